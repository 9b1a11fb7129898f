"""Cleaned lines -> sentences -> passages and claim units, all as spans of the original.

Sentence splitting is rule-based (abbreviations, initials, quotations) rather than a
parser: it is exact about offsets, deterministic, and fast enough for thousands of
articles a minute, which a full parse is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.clean import Cleaned, is_heading
from index.lexicon import MONTHS, REPORTING_FORMS

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "capt",
    "cpt",
    "sgt",
    "maj",
    "adm",
    "gov",
    "sen",
    "rep",
    "pres",
    "st",
    "jr",
    "sr",
    "rev",
    "hon",
    "inc",
    "corp",
    "ltd",
    "co",
    "vs",
    "etc",
    "no",
    "nos",
    "fig",
    "approx",
    "dept",
    "est",
    "mt",
    "ft",
    "ave",
    "blvd",
    "a.m",
    "p.m",
    "e.g",
    "i.e",
    "al",
    "ca",
    "cf",
    "gov't",
    "govt",
    *MONTHS[12:],  # "Jan.", "Sept.": the month abbreviations
}
_REPORTING = "|".join(REPORTING_FORMS)
_NAME = r"(?:[A-Z][\w.’'-]*(?:\s+(?:of\s+(?:the\s+)?|al-|bin |de |van |von )?[A-Z][\w.’'-]*){0,5})"
_AUX = r"(?:has|have|had|was|were|is|are|will|would|also|further|later|then)"
_THE = rf"(?:[Tt]he|[Aa]n?)(?:\s+(?!{_AUX}\b)[a-zA-Z’'-]+){{1,6}}?"
_WHO = rf"(?:{_THE}|{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Oo]fficials?)"
_TAIL_SPEAKER = re.compile(
    rf"[,.!?]\s*[\"'”’»]?\s*(?P<who>{_WHO})\s+(?:{_REPORTING})\b[^\"“”]{{0,120}}[.!?]?\s*$"
)
_TAIL_SPEAKER_INVERTED = re.compile(
    rf"[,.!?]\s*[\"'”’»]?\s*(?:{_REPORTING})\s+(?P<who>{_WHO})[^\"“”]{{0,80}}[.!?]?\s*$"
)
_HEAD_SPEAKER = re.compile(rf"^(?P<who>{_WHO})\s+(?:{_AUX}\s+){{0,2}}(?:{_REPORTING})\b")
_ACCORDING = re.compile(rf"\baccording to (?P<who>{_WHO})")
_PRONOUNS = {"he", "she", "they"}
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s+(?:[-–—•]\s+)?[\"'“‘«(\[]?[A-Z0-9])"  # end mark, space, capital
    r"|(?<=[a-z]{3})[.!?](?=[A-Z][a-z]+\s)"  # a lost space: "irresolution.For his part"
    r"|\s*\t\s*"  # a tab run: a line break that lost its newline
)
_BULLET = "-–—• \t"
_REPORTED_TAIL = re.compile(rf"\s*{_WHO}\s+(?:{_REPORTING})\b[^.!?]{{0,60}}[.!?]")
"""After a closing quote, "Brill said." still belongs to the quotation's sentence."""
_OPEN = {"“": "”", "«": "»", '"': '"'}
_QUOTE_CHARS = re.compile("[" + "".join(sorted(set(_OPEN) | set(_OPEN.values()))) + "]")
_TOKEN_BEFORE = re.compile(r"([\w.’'-]+)$")
_LONGEST_ABBREVIATION = 16
"""Only this many characters before a full stop are searched for its word: a longer word is
not an abbreviation either way, and searching the whole line made long lines quadratic."""


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int
    """Contiguous run of kept lines it belongs to; passages never cross a dropped line."""
    heading: bool = False


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    first: int
    last: int
    """Indexes of its first and last sentence."""


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    sentence: int
    speaker: str = ""
    story: tuple[int, int] | None = None
    """Its span without the kept furniture at its edges (``story_span``); None when it has none."""


@dataclass(frozen=True)
class Split:
    sentences: list[Sentence]
    passages: list[Passage]
    claims: list[Claim]


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``; never breaks inside a quotation."""
    spans: list[tuple[int, int]] = []
    line = text[start:end]
    inside = _quote_mask(line)
    cursor = 0
    for match in _BOUNDARY.finditer(line):
        cut = match.end()
        if (inside[match.start()] and inside[match.end() - 1]) or _is_abbreviation(line, match.start()):
            continue
        if inside[match.start()] and _REPORTED_TAIL.match(line, cut):
            continue
        piece = line[cursor:cut].strip().lstrip(_BULLET)
        if piece:
            offset = line.index(piece, cursor)
            spans.append((start + offset, start + offset + len(piece)))
        cursor = cut
    rest = line[cursor:].strip().lstrip(_BULLET)
    if rest:
        offset = line.index(rest, cursor)
        spans.append((start + offset, start + offset + len(rest)))
    return spans


def _quote_mask(line: str) -> list[bool]:
    """True where a character sits inside an open double quotation; unbalanced -> no mask."""
    mask = [False] * (len(line) + 1)
    closer: str | None = None
    opened_at = 0
    for match in _QUOTE_CHARS.finditer(line):
        i, ch = match.start(), match.group()
        if closer is None and ch in _OPEN:
            if ch == '"' and i > 0 and line[i - 1].isalnum():
                continue
            closer, opened_at = _OPEN[ch], i
        elif closer is not None and ch == closer:
            mask[opened_at:i] = [True] * (i - opened_at)
            closer = None
    return mask


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    token = _TOKEN_BEFORE.search(line, max(0, dot - _LONGEST_ABBREVIATION), dot)
    if not token:
        return False
    word = token.group(1)
    bare = word.lower().rstrip(".")
    if bare in ABBREVIATIONS:
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word + ".") and len(word.replace(".", "")) <= 3:
        return True  # U.S. / U.N. / J. initials
    return len(word) == 1 and word.isupper()


def speaker_of(sentence: str) -> str:
    """Who the sentence attributes its content to ("…, Brill said" -> "Brill")."""
    for pattern in (_TAIL_SPEAKER, _TAIL_SPEAKER_INVERTED, _HEAD_SPEAKER, _ACCORDING):
        match = pattern.search(sentence)
        if match:
            return match.group("who").strip().rstrip(".,")
    return ""


def split(text: str, cleaned: Cleaned, passage_sentences: int, overlap: int, claim_min_words: int) -> Split:
    sentences: list[Sentence] = []
    block = 0
    previous_end: int | None = None
    for start, end in cleaned.spans:
        if previous_end is not None and _dropped_between(cleaned, previous_end, start):
            block += 1
        line_is_heading = is_heading(text[start:end])
        for s, e in split_sentences(text, start, end):
            sentences.append(Sentence(s, e, block, heading=line_is_heading))
        previous_end = end
    passages = _passages(sentences, passage_sentences, overlap)
    claims = [
        replace(c, story=story_span(text, c.start, c.end, cleaned.heads))
        for c in _claims(text, sentences, claim_min_words)
    ]
    return Split(sentences=sentences, passages=passages, claims=claims)


def story_span(text: str, start: int, end: int, heads: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The sentence ``text[start:end]`` without kept furniture at its start or end (a headline
    run into the lead, tags glued before or after the story): the part a citation quotes. None
    when no furniture touches it, or when nothing of the story would be left."""
    lo, hi = start, end
    for s, e, _ in heads:
        if s <= lo < e:
            lo = e
        elif s < hi <= e or (lo < s < hi and not text[e:hi].strip(" .!?\"'”’")):
            hi = s
    while lo < hi and text[lo].isspace():
        lo += 1
    hi = lo + len(text[lo:hi].rstrip())
    if (lo, hi) == (start, end) or not re.search(r"\w", text[lo:hi]):
        return None
    return lo, hi


def _dropped_between(cleaned: Cleaned, left: int, right: int) -> bool:
    return any(left <= s < right for s, _, _ in cleaned.dropped)


def _passages(sentences: list[Sentence], size: int, overlap: int) -> list[Passage]:
    out: list[Passage] = []
    step = size - overlap
    i = 0
    while i < len(sentences):
        block = sentences[i].block
        j = i
        while j + 1 < len(sentences) and j + 1 - i < size and sentences[j + 1].block == block:
            j += 1
        out.append(Passage(sentences[i].start, sentences[j].end, i, j))
        if j + 1 >= len(sentences):
            break
        nxt = i + step if sentences[j + 1].block == block else j + 1
        i = max(nxt, i + 1)
    return out


def _claims(text: str, sentences: list[Sentence], min_words: int) -> list[Claim]:
    out: list[Claim] = []
    last_named = ""
    for index, sentence in enumerate(sentences):
        body = text[sentence.start : sentence.end]
        speaker = speaker_of(body)
        if speaker.lower() in _PRONOUNS:
            speaker = last_named or speaker
        elif speaker:
            last_named = speaker
        short = len(body.split()) < min_words and not (index == 0 and cut_tail(text, body))
        if sentence.heading or body.rstrip().endswith("?") or short:
            continue
        out.append(Claim(sentence.start, sentence.end, index, speaker))
    return out


_CONTINUING = frozenset(",.;:)]}")
"""Marks that continue a sentence begun before a text's start."""


def opens_mid_sentence(text: str) -> bool:
    """Whether a source's text starts inside a sentence: a lower-case word or a mark that
    continues a sentence first ("of the 2011 count, ...", "] History"), as a passage
    cut from a page does; an article opens with a capital, a figure or a quote."""
    first = text.lstrip()[:1]
    return bool(first) and (first.islower() or first in _CONTINUING)


def cut_tail(text: str, first: str) -> bool:
    """Whether ``first``, a text's first sentence, is the tail of a sentence cut off with the
    page it began on (``opens_mid_sentence``) and states a figure ("founded in 1912.", "opened
    on 3 May 1880."): a passage cut from a page keeps its subject's value there, so it is a
    claim unit however few its words. A tail without a figure ("this building.", "learning .")
    says nothing a reader could ask for, and stays out."""
    return opens_mid_sentence(text) and bool(re.search(r"\d", first))
