"""An article's header: the title line, datelines, bylines and credits before the story.

News text opens with furniture: a title line, a date ("Published April 5 2017",
"Wed 01 Oct 2014 at 1459"), a byline ("by Name Name"), the title again, a dateline
("BEIRUT, Dec 9 (Reuters) -", "Aleppo SANA-"), sometimes all on one line that runs into
the first sentence. None of it is evidence; the title, date and wire credit become
metadata. Dates are parsed by ``dateutil``; the patterns here only find where one is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from dateutil import parser as dateparser

TITLE_WORDS = (3, 30)
"""A title line has 3-30 words: shorter lines are section names, longer ones are a lede."""
REPEAT_WINDOW = 60
"""The title repeated within a body line's first 60 words is still the header."""
GAP_WORDS = 12
"""At most 12 unrecognised words (the rest of a byline) before a repeated title."""
HEAD_LINES = 8
"""Header lines are looked for among the first 8 kept lines."""
CAPTION_CHARS = 400
"""A caption runs at most 400 characters before its photo credit."""

TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”»]\s*$")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY_NAME = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"{_DAY_NAME}?(?:"
    rf"(?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR})"
    rf"|(?P<glued>{_MONTH}\s+\d{{1,2}})(?P<gyear>{_YEAR})\b"
    rf"|(?P<mdy>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?)"
    rf"|(?P<iso>{_YEAR}-\d{{2}}-\d{{2}})(?:T[\d:.]+Z?)?"
    rf"|(?P<num>\d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d{{2}}))"
    r")(?![\w/-])"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:?\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|ET|EST)(?:[+-]\d{1,2})?)?(?!\d))?"
    r"(?:\s*\(updated[^()]{0,40}\))?"
)
_LABEL = re.compile(
    r"(?:published|posted(?: on)?|date of publication|last updated(?: at| on)?|updated(?: at| on)?"
    r"|print this page|first published(?: on)?)\b:?"
    rf"(?=\s*(?:\d|{_DAY_NAME}|{_MONTH}|[Bb]y\b))",
    re.I,
)
_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?"
_BYLINE = re.compile(rf"[Bb]y\s+{_NAME}(?:\s*(?:,|and)\s*{_NAME})*")
_SIGNED = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\.(?=\s+[A-Z])")
"""A name alone as a sentence ("Stephanie Nebehay.") right after the header is a byline."""
_AGENCIES = (
    r"Reuters|AFP|AP|Associated Press|Agence France-Presse|SANA|NNA|Xinhua|TASS|Anadolu"
    r"|DPA|UPI|EFE|ANSA|Kyodo|Yonhap|IRNA|MENA|KUNA|WAM|QNA|SPA"
)
"""Wire agencies whose name alone in a header is a credit (the outlet of a wire story)."""
_AGENCY = re.compile(rf"\(?(?P<credit>{_AGENCIES})\)?(?=\s*[-–—,:]|\s+(?![a-z]))")
"""Not followed by a lowercase word: "SANA reporter in Aleppo said" is the story's subject."""
_NOT_PLACE = r"(?!(?:The|A|An|In|On|At|It|He|She|They|We|This|That|By)\b)"
_PLACE = rf"{_NOT_PLACE}[A-Z][\w’'.]*(?:,?\s+{_NOT_PLACE}[A-Z][\w’'.]*){{0,3}}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:,?\s+{_YEAR})?)?"
    r"\s*(?:\((?P<credit>[^()]{1,60})\))?(?P<dash>\s*[-–—]{1,2}\s*(?=[\"“‘'A-Z0-9])|\s+(?=[A-Z]))"
)
_WIDGETS = re.compile(
    r"(?:(?:get short url|print|tweet|share|e-?mail|views?|comments?|related)\b(?:\s+\d+)*\s*)+", re.I
)
_PHOTO_CREDIT = re.compile(r"\((?:[^()]{0,30}\b(?:photo|picture|image)s?\b[^()]{0,30})\)", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[\"“A-Z0-9])")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|us|uk|info|news|co|io|tv)\b", re.I)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DEFAULTS = (datetime(1904, 1, 1), datetime(1908, 2, 2))
"""Two different defaults: a field dateutil filled from them was not in the text."""


def is_heading(line: str) -> bool:
    """A title or sub-heading: short, no sentence-ending punctuation. Kept, but not a claim."""
    return not TERMINAL.search(line) and len(line.split()) <= 14


def iso_date(value: str) -> str:
    """``YYYY-MM-DD`` for any common written date, else "" (a date needs a day, month and year).

    Slashes are month first ("4/5/17" = 5 April 2017, the US convention); dots and dashes
    with the year last are day first ("24.08.2013", "03-08-2016", the European one).
    """
    value = " ".join(value.split())
    glued = re.fullmatch(rf"({_MONTH}\s+\d{{1,2}})({_YEAR})", value)
    if glued:  # "Jul 152015": a lost space between day and year
        value = f"{glued.group(1)} {glued.group(2)}"
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        value = value[:10]
    if not value:
        return ""
    dayfirst = bool(re.fullmatch(r"\d{1,2}[.-]\d{1,2}[.-]\d{2,4}", value))
    try:
        first, second = (dateparser.parse(value, default=d, dayfirst=dayfirst) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return ""
    if first.date() != second.date():
        return ""  # the day, month or year was not in the text
    return first.strftime("%Y-%m-%d")


@dataclass
class Header:
    """What the first lines say about the article, and the spans that are furniture."""

    title: str = ""
    date: str = ""
    outlet: str = ""
    cuts: list[tuple[int, int, str]] = field(default_factory=list)
    """``(start, end, reason)`` spans of the original text that are not evidence."""


def _words(text: str) -> list[tuple[str, int, int]]:
    return [
        (m.group().replace("’", "").replace("'", "").lower(), m.start(), m.end())
        for m in _WORD.finditer(text)
    ]


def clean_title(line: str) -> tuple[str, str]:
    """The title without a site name around it ("Title | Jordan Times"), and that site name."""
    parts = [p.strip() for p in re.split(r"\s+\|\s+", line) if p.strip()]
    if len(parts) == 1:
        dashed = [p.strip() for p in re.split(r"\s+[-–—]\s+", line) if p.strip()]
        longest = max(dashed, key=lambda p: len(p.split()))
        others = [p for p in dashed if p is not longest]
        site_like = all(len(p.split()) >= 2 and all(w[0].isupper() for w in p.split()) for p in others)
        if len(dashed) > 2 or (len(dashed) == 2 and site_like and len(longest.split()) >= 5):
            parts = dashed
    if len(parts) == 1:
        return line.strip(), ""
    title = max(parts, key=lambda p: len(p.split()))
    ends = [p for p in (parts[-1], parts[0]) if p is not title]
    return title, ends[0] if ends else ""


class _Head:
    """Consumes furniture from the start of one line, recording what it learns."""

    def __init__(self, text: str, start: int, end: int, title: str, header: Header) -> None:
        self.text, self.pos, self.end, self.header = text, start, end, header
        self.title_words = [w for w, _, _ in _words(title)] if len(title.split()) >= TITLE_WORDS[0] else []
        self.consumed = False

    def skip_space(self) -> None:
        while self.pos < self.end and (self.text[self.pos].isspace() or self.text[self.pos] in ".,:|"):
            self.pos += 1

    def take(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        match = pattern.match(self.text, self.pos, self.end)
        if match and match.end() > self.pos:
            self.pos = match.end()
            return match
        return None

    def step(self) -> bool:
        """Consume one piece of furniture; False when the story starts here."""
        self.skip_space()
        if self.pos >= self.end or self.take_title() or self.take(_LABEL):
            return self.pos < self.end
        byline = _BYLINE.match(self.text, self.pos, self.end) or (
            _SIGNED.match(self.text, self.pos, self.end) if self.consumed else None
        )
        if byline and (self.consumed or not self.text[byline.end() : self.end].strip()):
            self.pos = byline.end()
            return self.pos < self.end
        date = self.take(_DATE)
        if date:
            found = iso_date(
                date.group("dmy") or date.group("mdy") or date.group("iso") or date.group("num") or ""
            )
            if date.group("glued"):
                found = iso_date(f"{date.group('glued')} {date.group('gyear')}")
            self.header.date = self.header.date or found
            return True
        agency = _AGENCY.match(self.text, self.pos, self.end)
        if agency and (self.consumed or agency.group().startswith("(")):
            self.pos = agency.end()
            self.header.outlet = self.header.outlet or agency.group("credit")
            return True
        if self.consumed and self.take(_WIDGETS):
            return True
        return self.take_caption() or self.take_dateline()

    def take_caption(self) -> bool:
        """A photo caption right after the header: up to its credit, with no sentence end before."""
        credit = _PHOTO_CREDIT.search(self.text, self.pos, min(self.end, self.pos + CAPTION_CHARS))
        if not (self.consumed and credit) or _SENTENCE_END.search(self.text, self.pos, credit.start()):
            return False
        self.pos = credit.end()
        return True

    def take_title(self) -> bool:
        """The title again, directly or after the rest of a byline (a few words, no sentence end)."""
        if not self.title_words:
            return False
        words = _words(self.text[self.pos : self.end])[:REPEAT_WINDOW]
        n = len(self.title_words)
        for i in range(min(GAP_WORDS, len(words) - n) + 1):
            if [w for w, _, _ in words[i : i + n]] == self.title_words:
                gap = self.text[self.pos : self.pos + words[i][1]]
                if i and (_SENTENCE_END.search(gap) or not self.consumed):
                    return False
                self.pos += words[i + n - 1][2]
                self.title_words = []
                return True
        return False

    def take_dateline(self) -> bool:
        match = _DATELINE.match(self.text, self.pos, self.end)
        if not match:
            return False
        place, dash = match.group("place"), match.group("dash")
        dashed = bool(dash.strip()) and (
            dash[0].isspace() or dash[-1].isspace() or place.split()[-1].isupper()
        )
        caps = place.split()[0].isupper() and len(place.split()[0]) >= 4
        if not (
            dashed
            or (caps and self.consumed and match.group("credit") is None)
            or (caps and match.group("credit"))
        ):
            return False
        last = place.split()[-1]
        credit = match.group("credit") or (last if re.fullmatch(_AGENCIES, last) else "")
        agency = _AGENCY.search(credit + " ")
        if credit and not self.header.outlet:
            self.header.outlet = (
                agency.group("credit") if agency else credit if len(credit.split()) <= 3 else ""
            )
        self.pos = match.end()
        return True


def read_header(text: str, lines: list[tuple[int, int]]) -> Header:
    """Title, date and credit from the kept lines' start, and the spans to drop as furniture."""
    header = Header()
    title_line = ""
    for index, (start, end) in enumerate(lines[:HEAD_LINES]):
        line = text[start:end]
        words = len(line.split())
        following = lines[index + 1] if index + 1 < len(lines) else None
        if is_heading(line) and _DOMAIN.search(line):
            header.cuts.append((start, end, "site name"))
            continue
        if not title_line and following and TITLE_WORDS[0] <= words <= TITLE_WORDS[1]:
            title, site = clean_title(line)
            repeated = _Head(text, following[0], following[1], title, Header())
            repeated.consumed = True
            if not TERMINAL.search(line) or repeated.take_title():
                title_line, header.title = line, title
                header.outlet = header.outlet or site
                header.cuts.append((start, end, "title"))
                continue
        head = _Head(text, start, end, header.title, header)
        while head.step():
            head.consumed = True
        if head.pos >= end:
            header.cuts.append((start, end, "dateline or byline"))
            continue
        if head.pos > start:
            header.cuts.append((start, head.pos, "dateline or byline"))
        if not is_heading(line):
            break
    return header


def caption_cuts(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A photo credit in parentheses ends a caption: drop it with the sentence it closes."""
    out = []
    for credit in _PHOTO_CREDIT.finditer(text, start, end):
        lo = max(start, credit.start() - CAPTION_CHARS)
        ends = list(_SENTENCE_END.finditer(text, lo, credit.start()))
        begin = ends[-1].end() if ends else lo
        if not ends and lo > start:
            continue  # no sentence start found near it: not a caption we can delimit
        out.append((begin, credit.end(), "photo caption"))
    return out


HEADLINE_WORDS = (3, 7)
"""A headline glued to its lead has 3-7 words: fewer is a name or a label; past 7, most splits
of the BBC rows cut into the lead's own opening phrase (3 of 33 right: ``scripts/headline_lengths.py``)."""
LEAD_NAME_OFFSET = 2
"""The lead names the headline's subject within its first 3 words ("Former boss Name ...")."""
LEAD_RUN = 6
"""The lead's opening noun phrase, read for that name, is at most 6 words long."""
_BARE = re.compile(r"^[\"'‘’“”(\[]*(?P<word>.*?)[\"'‘’“”)\],]*$")


def _bare(token: str) -> str:
    match = _BARE.match(token)
    return match.group("word") if match else token


def _capitalised(word: str) -> bool:
    """Title case ("Harbour"), not an acronym ("UK")."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _function(word: str) -> bool:
    """A function word ("the", "The"), not an acronym spelled like one ("US")."""
    return word.lower() in _stop_words() and not (len(word) > 1 and word.isupper())


@cache
def _stop_words() -> frozenset[str]:
    """Function words (spaCy's list): a capital on one of these starts a sentence, never a name.
    Imported on first use, so importing the index loads no spaCy (nor torch through it)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def glued_headline(text: str, start: int, end: int) -> int | None:
    """Where a headline run into its lead without a stop ends ("Mayor plans new bridge The city ..."),
    or None: the lead starts at the first capitalised word that only a sentence start explains
    (a function word, or a word the article otherwise writes in lower case), or at a name the
    headline already gave that opens the lead's first noun phrase ("... bridge Mayor Jo Bloggs").
    The first place the headline's name comes back decides: when it is not a clean start, the
    boundary is unclear ("... profit Big airline Name") and nothing is split."""
    tokens = [(m.group(), m.start()) for m in re.finditer(r"\S+", text[start:end])]
    if len(tokens) <= HEADLINE_WORDS[0]:
        return None
    words = [_bare(t) for t, _ in tokens]
    limit = min(HEADLINE_WORDS[1], len(tokens) - 1)
    for k in range(1, limit + 1):
        if TERMINAL.search(tokens[k - 1][0]) or tokens[k - 1][0].endswith(","):
            return None  # the first sentence or clause ended before any headline did
        if k < HEADLINE_WORDS[0] or not words[k][:1].isupper():
            continue
        if _capitalised(words[k]) and _sentence_start_word(words, k):
            return start + tokens[k][1]
        offset = _headline_name_at(words, k)
        if offset is not None:
            return start + tokens[k][1] if _clean_name_start(words, k, offset) else None
    return None


def _sentence_start_word(words: list[str], k: int) -> bool:
    """Only a sentence start capitalises this word: a function word, or one written in lower
    case elsewhere in the text and never capitalised there except here."""
    lower = words[k].lower()
    if _function(words[k - 1]) or _capitalised(words[k - 1]):
        return False  # "... in The", "... Meet The": the capital may belong to a name
    if _function(words[k]):
        return True
    others = words[:k] + words[k + 1 :]
    return lower in others and not any(w == words[k] for w in others[1:])


def _headline_name_at(words: list[str], k: int) -> int | None:
    """Where, in the noun phrase opening at ``k`` (up to a function word), a capitalised word
    of the text before ``k`` comes back, counted from ``k``."""
    named = {w.lower() for w in words[:k] if w[:1].isupper() and not _function(w)}
    for offset, word in enumerate(words[k : k + LEAD_RUN]):
        if not word or _function(word):
            return None
        if word[:1].isupper() and word.lower() in named:
            return offset
    return None


def _clean_name_start(words: list[str], k: int, offset: int) -> bool:
    """The lead opens at ``k`` with the headline's name: right after a headline word in lower
    case, the name within its first words, those before it new (a first name, a title, not
    said again later), and no word said twice before ``k`` (then the lead began earlier)."""
    before = words[k - 1]
    if not before[:1].islower() or _function(before) or offset > LEAD_NAME_OFFSET:
        return False
    head = [w.lower() for w in words[:k] if not _function(w)]
    rest = {w.lower() for w in words[k + offset + 1 :]}
    return len(set(head)) == len(head) and not any(w.lower() in rest for w in words[k : k + offset])


def headline_cut(text: str, kept: list[tuple[int, int]], header: Header) -> tuple[int, int, int] | None:
    """The glued headline of a text with no title line of its own, as ``(start, end, lead)`` in its
    first kept line (``index.clean.Cleaned.spans``): the headline's span and where the lead starts,
    or None. Cutting it from the text lost the words that link the lead to its questions (bbc-more
    6-10 broken, 0-1 fixed), so ``index.clean`` keeps it in the stored sentence and records it as
    kept furniture that citations and answers leave out."""
    if header.title or not kept or is_heading(text[kept[0][0] : kept[0][1]]):
        return None
    boundary = glued_headline(text, *kept[0])
    if boundary is None:
        return None
    start = kept[0][0]
    return start, start + len(text[start:boundary].rstrip()), boundary
