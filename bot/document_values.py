"""Each source's own value, and a date as fully as its source gives it.

Value readers weigh the best sentences of all sources together, so a source retrieved a
little less well than the leader (a second entity's page, or a copy of the leader with its
value swapped) may offer no value at all and its answer is never weighed. Reading every
source's own sentences alone gives each source the chance to state its value; the groups and
``bot.entity_answers`` then decide whether those values are other entities' answers or a
disagreement. A year is also often read from a heading ("born 1941") while the same source
gives the full date ("19 March 1941") nearby: the answer is the full date phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from bot.conflicts import Candidate
from bot.date_owner import another_doers_day
from bot.dates import MONTH_NUMBER, day_of_month_spans, states_day, states_month
from bot.evidence import EvidenceSentence
from bot.question import ENTITY_LABELS, Kind, Question
from bot.scope import asked_grain
from bot.text import stem
from index.lexicon import MONTHS

LIFE_SENTENCES = 3
"""Life dates follow the name in a biography's first sentence; a title line may come first."""

Read = Callable[[list[EvidenceSentence]], list[Candidate]]
"""A value reader over evidence sentences (counts, names, dates)."""

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_TEXT = (
    rf"\b(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+)|(?:{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?))"
    r"(?P<year>\d{3,4})\b"
)
_FULL_DATE = re.compile(_DATE_TEXT, re.I)
"""A day-month-year or month-(day-)year phrase ending in a year: "19 March 1941",
"September 1, 1956", "September 1888"."""


def source_values(
    q: Question,
    hits: list[EvidenceSentence],
    read: Read,
    sentences: int,
    retrieved: list[EvidenceSentence] | None = None,
    pages: list[EvidenceSentence] | None = None,
) -> list[Candidate]:
    """The candidates of a count, name or date question with every source's own value (open
    questions answer with sentences, which every source has: no per-source reading there);
    dates as fully as their sentence gives them; a birth or death date from the life dates
    that open a biography among the ``retrieved`` sources, in place of whatever else the readers
    took from it (a marriage year in a later sentence); last, each
    source still without a value reads its own sentences among ``pages`` (the gates relaxed
    for pages defining the subject: a biography's life dates read better than its sentences)."""
    if q.kind is not Kind.COUNT and q.kind not in ENTITY_LABELS:
        return read(hits)
    each_alone = q.kind is Kind.DATE
    found = per_document(hits, read, sentences, each_alone)
    lives = life_dates(q, retrieved or [], set())  # a biography's own life dates outrank its other years
    found = [c for c in found if c.doc not in {c.doc for c in lives}] + lives
    have = {c.doc for c in found}
    found += own_values([h for h in pages or [] if h.doc not in have], read, sentences, each_alone)
    for c in found:
        c.key = own_key(q, c.value, c.key)
    if q.kind is Kind.DATE:
        which = life_end(q)
        corpus = retrieved[0].corpus if retrieved else None
        for c in found:
            value = fullest_date(c.value, c.quote)
            if value == c.value and corpus is not None and titled_year(value, c.quote):
                value = fullest_date(value, " ".join(s.text for s in corpus.opening(c.doc, LIFE_SENTENCES)))
            value = (
                life_part(other_end(value, c.quote, which), which) if which else year_range(value, c.quote)
            )
            if value != c.value:  # grouped by what it now says: "1892" -> "6 May 1892"
                c.value, c.key = value, _plain_key(value)
            c.value = hedged(c.value, c.quote)  # "about 1820": said so, grouped with "1820"
        if not asked_grain(q.text):  # "when", not "in which month": a month's one day says it better
            for c in found:
                day = exact_day(c.value, [h.text for h in hits if h.doc == c.doc], q.text)
                if day:
                    c.value, c.key = day, _plain_key(day)
    if q.kind is Kind.PLACE:
        corpus = retrieved[0].corpus if retrieved else None
        for c in found:
            fuller = fullest_place(c.value, c.quote)
            if fuller == c.value and corpus is not None:  # "X (Velm, Ostria) ... in Velm, in Tarn County"
                opening = " ".join(s.text for s in corpus.opening(c.doc, LIFE_SENTENCES))
                fuller = fullest_place(c.value, opening, inside=False)
            c.value = fuller
        found = off_asked_verb(found)
    if q.kind is Kind.PERSON:
        found = called_as_asked(found)
    return found


def exact_day(value: str, texts: list[str], question: str = "") -> str:
    """Pattern: a source that dates the asked event by its month ("the fair, held in June") and,
    in another of its sentences stating the question, by one day of that month ("the fair opens
    on 11 June") tells one time twice, the second time exactly: the answer is that day, as the
    sentence writes it. A month whose several days those sentences give (two shows, "11 June"
    and "20 June") stays the month; a day a sentence gives for the deed of a doer it names and
    the question does not ("Ostra will play on 21 June") dates that doer's deed, not the asked one
    (``another_doers_day``). A value already naming a day, or no month, is kept ("")."""
    if states_day(value) or not states_month(value):
        return ""
    months = {MONTH_NUMBER[w] for w in re.findall(r"[a-z]+", value.lower()) if w in MONTH_NUMBER}
    years = set(re.findall(r"\b\d{4}\b", value))
    if len(months) != 1:
        return ""
    days: dict[str, str] = {}
    for text in texts:
        for start, end in day_of_month_spans(text):
            phrase = " ".join(text[start:end].rstrip(".").split())
            words = re.findall(r"[a-z]+|\d+", f"{phrase} {text[end : end + 6]}".lower())
            said_years = {w for w in words if len(w) == 4 and w.isdigit()}
            in_month = {MONTH_NUMBER[w] for w in words if w in MONTH_NUMBER} == months
            if another_doers_day(text, start, question):
                continue
            if in_month and not (years and said_years and said_years != years):
                days.setdefault(
                    re.findall(r"\d+", phrase)[0], with_year(phrase, text)
                )  # "11th June" is "June 11"
    return next(iter(days.values())) if len(days) == 1 else ""


def off_asked_verb(found: list[Candidate]) -> list[Candidate]:
    """ "Where did X flee": once a source gives a place on the asked verb ("fled to A"), a place
    another sentence hangs on another verb ("seized B") answers another question and goes;
    places on no verb ("the blast in C") stay (``Candidate.on_asked_verb``)."""
    if not any(c.on_asked_verb for c in found):
        return found
    return [c for c in found if c.on_asked_verb is not False]


def called_as_asked(found: list[Candidate]) -> list[Candidate]:
    """ "Which candidate called the poster tasteless": once a source names someone it calls a
    candidate ("Tory candidate Tomas Brill branded it ..."), a name another source merely gives
    without that title ("the poster showed Ansel Orn") answers another question and goes; a name
    filling the asked role ("Ansel Orn called it tasteless") stays (``Candidate.called_as_asked``
    None)."""
    if not any(c.called_as_asked for c in found):
        return found
    return [c for c in found if c.called_as_asked is not False]


def per_document(
    hits: list[EvidenceSentence], read: Read, sentences: int, each_alone: bool = False
) -> list[Candidate]:
    """Every source the evidence comes from offers its own value: the reader over all the
    evidence, plus, for each source it gave no value, ``own_values``. Names keep the guard:
    a name in weaker evidence often answers another question."""
    found = read(hits)
    have = {c.doc for c in found}
    return found + own_values([h for h in hits if h.doc not in have], read, sentences, each_alone)


def own_values(
    hits: list[EvidenceSentence], read: Read, sentences: int, each_alone: bool = False
) -> list[Candidate]:
    """Per source, the best value of its own best ``sentences`` sentences read together, else
    (``each_alone``, for dates) of the first of them that gives one read on its own: a page's
    title sentence outscores the sentence with its date, and next to it that sentence reads as
    weak evidence."""
    by_doc: dict[str, list[EvidenceSentence]] = {}
    for h in hits:
        by_doc.setdefault(h.doc, []).append(h)
    out = []
    for mine in by_doc.values():
        own = read(mine[:sentences])
        if not own and each_alone:
            own = next((v for h in mine[:sentences] if (v := read([h]))), [])
        if own:
            out.append(max(own, key=lambda c: c.score))
    return out


def fullest_date(value: str, text: str) -> str:
    """A bare year answered where the same text gives that year as a full date ("born 1941 ...
    (19 March 1941 - 2018)") becomes the full date phrase, and so does a day and month its
    text goes on to give a year for (see ``with_year``); any other value is kept."""
    if not re.fullmatch(r"\d{3,4}", value.strip()):
        return with_year(value, text)
    for m in _FULL_DATE.finditer(text):
        if m.group("year") == value.strip():
            return " ".join(m.group().split())
    return value


_HEDGE = r"(?:about|around|circa|approximately|c\.|ca\.)"


def hedged(value: str, text: str) -> str:
    """A date its text gives approximately ("built about 1820", "c. 1790") is answered with
    the hedge, as the source says it; any other value is kept."""
    if re.match(rf"{_HEDGE}\s", value, re.I):
        return value
    m = re.search(rf"\b({_HEDGE})\s+{re.escape(value)}(?!\w)", text, re.I)
    return f"{m.group(1)} {value}" if m else value


def titled_year(value: str, text: str) -> bool:
    """Whether a bare year is read off a title's qualifier ("Grey Shore (2007 album)"): the
    page's date in short, which its opening gives in full ("released on 1 November 2007")."""
    year = value.strip()
    return bool(re.fullmatch(r"\d{4}", year)) and bool(re.search(rf"\(\s*{year}\b[^()]*\)", text))


_DAY_MONTH = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)", re.I
)


def with_year(value: str, text: str) -> str:
    """A day and month answered ("March 25") where its text follows them with a year, even one
    run into the next word as in scraped life dates ("(March 25, 1882October 30, 1943)"),
    becomes the dated phrase as written ("March 25, 1882"): the year is the part a "when" asks for most."""
    if not _DAY_MONTH.fullmatch(value.strip()):
        return value
    m = re.search(rf"\b{re.escape(value.strip())},?\s+(\d{{4}})(?!\d)", text)
    return " ".join(m.group().split()) if m else value


_PLACE_PART = r",\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?!\.?\w)"
"""One comma-joined part of a place name: ", Michigan", ", New York", ", USA"."""
_CLAUSE_END = r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|at|near|along|by|and|or|of|off|from|with|within)\b)"
"""A place name ends at punctuation or a preposition or conjunction ("Ontario on the east
slope"), never before a verb ("Velmar, the minister met")."""


def fullest_place(value: str, text: str, inside: bool = True) -> str:
    """A place answered where its text names it with the region it lies in ("in Millbrook,
    Ohio", "in Fenton, Ontario, Canada") becomes that fuller name: the bare town is
    ambiguous. The name must end the clause: in "in Velmar, Minister Brook met ..." the capitalised
    word after the comma is the next clause's subject. The text may be the value's own sentence
    or its source's opening (a page titled "X (Millbrook, Ohio)" names the region its later
    sentence leaves out); only in the value's own sentence is a region also read as the place
    in it (``within_place``, with ``inside``). Any other value is kept."""
    m = re.search(rf"\b{re.escape(value)}((?:{_PLACE_PART}){{1,2}}){_CLAUSE_END}", text)
    if m:
        return f"{value}{m.group(1)}"
    return within_place(value, text) if inside else value


_PLACE_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
"""A capitalised place name of one to three words: "Verona", "Baltimore County"."""


def within_place(value: str, text: str) -> str:
    """A region answered where its text names the place in it just before, after "in", "at" or
    "near" ("in Verona, Wisconsin" for "Wisconsin", the town's own name perhaps dropped as a
    word of the question) becomes the whole place name: the region alone says less than the
    source. Any other value is kept."""
    m = re.search(
        rf"\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+({_PLACE_NAME}(?:,\s+{_PLACE_NAME}){{0,1}}),\s+{re.escape(value)}{_CLAUSE_END}",
        text,
    )
    return f"{m.group(1)}, {value}" if m else value


_LIFE_PLACE = r"(?:,\s*[^()–—\d]{1,60}?)?"
"""A place after a life date, before the dash or the bracket: ", Velm, Ostria"."""
_LIFE = re.compile(
    rf"\(\s*(?:born\s+)?(?P<birth>{_DATE_TEXT.replace('?P<year>', '')}|\d{{3,4}}){_LIFE_PLACE}\s*[–—-]\s*"
    rf"(?:died\s+)?(?P<death>{_DATE_TEXT.replace('?P<year>', '')}|\d{{3,4}}){_LIFE_PLACE}\s*\)",
    re.I,
)
"""A biography's life dates right after the name: "(9 October 1834 – 4 September 1894)", each
date perhaps followed by its place ("(2 May 1850, Velm, Ostria – 3 June 1911, Tarn)")."""
_BIRTH = re.compile(r"\b(?:born|birth)\b", re.I)
_DEATH = re.compile(r"\b(?:die|died|death)\b", re.I)


def life_dates(q: Question, retrieved: list[EvidenceSentence], have: set[str]) -> list[Candidate]:
    """A biography opens "X (9 October 1834 – 4 September 1894) was ...": asked when someone
    was born (died), each retrieved source not in ``have`` offers the first (second) date
    of the life dates in its first sentences, at its best sentence's score. Those sentences
    need not use the verb "born", so the value readers pass them by."""
    which = life_end(q)
    if q.kind is not Kind.DATE or not which or not retrieved:
        return []
    best: dict[str, float] = {}
    for h in retrieved:
        best[h.doc] = max(best.get(h.doc, 0.0), h.score)
    out = []
    for doc, score in best.items():
        if doc in have:
            continue
        for sentence in retrieved[0].corpus.opening(doc, LIFE_SENTENCES):
            m = _LIFE.search(sentence.text)
            if m:
                value = " ".join(m.group(which).split())
                out.append(Candidate.of(sentence, value, value.lower(), score))
                break
    return out


def life_end(q: Question) -> str:
    """ "birth" for a when-born question, "death" for a when-died one, else ""."""
    return "birth" if _BIRTH.search(q.text) else "death" if _DEATH.search(q.text) else ""


_SPAN = re.compile(r"^(?P<birth>.+?)\s*[–—-]\s*(?P<death>.+)$")


def life_part(value: str, which: str) -> str:
    """A life span read as one date ("6 May 1892 – 1980") answers a born (died) question with
    its first (second) date; any other value is kept."""
    m = _SPAN.match(value)
    if not m or not all(re.search(r"\d{3,4}", m.group(g)) for g in ("birth", "death")):
        return value
    return m.group(which).strip()


def other_end(value: str, text: str, which: str) -> str:
    """Asked when someone died (was born), a value that is the other end of life dates in its
    own sentence ("1646" of "(1646 – 11 March 1707)") is answered with the asked end."""
    other = "death" if which == "birth" else "birth"
    for m in _LIFE.finditer(text):
        if " ".join(m.group(other).split()) == value.strip():
            return " ".join(m.group(which).split())
    return value


def year_range(value: str, text: str) -> str:
    """A year its text gives as the start of a span ("built in 1911-12", "1880–1881") is
    answered with the span: the bare first year says less than the source. Not for births and
    deaths, whose spans are lives."""
    if not re.fullmatch(r"\d{4}", value.strip()):
        return value
    m = re.search(rf"\b{value.strip()}\s*([–—-])\s*(\d{{4}}|\d{{2}})\b(?!\s*[–—-])", text)
    if not m:
        return value
    end = m.group(2) if len(m.group(2)) == 4 else value.strip()[:2] + m.group(2)
    return f"{value.strip()}{m.group(1)}{m.group(2)}" if end > value.strip() else value


def _stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[\w-]+", text.lower())}


def _plain_key(value: str) -> str:
    return " ".join(re.findall(r"\w+", value.lower()))


def own_key(q: Question, value: str, key: str) -> str:
    """A value is grouped under its own words, not under a name the question asks about: a
    page titled "X (Miami)" makes "Miami" read as another name of X, and every town so
    titled would then count as one answer to "where is X"."""
    asked, own, keyed = _stems(q.text), _stems(value), set(key.split())
    return _plain_key(value) if keyed and keyed <= asked and not own <= asked else key


@cache
def _life_word(reach: int) -> re.Pattern[str]:
    """A person's birth or death at most ``reach`` words before a date: "born 3 May 1901", "died
    Feb. 6 , 1744", "until his death in 1722" (not a "death toll", which counts others' deaths,
    nor a "Velmar-born" player, whose birthplace it names); compiled once per reach."""
    return re.compile(
        rf"(?<![\w-])(?:born|died|(?:his|her)\s+(?:birth|death))\b(?:\W+[\w.]+){{0,{reach}}}?\W*$", re.I
    )


_DATED_WORD = re.compile(rf"^(?:\d[\d/–—-]*|{_MONTH}|[–—,-]|c\.|ca\.|circa|born|died|b\.|d\.)$", re.I)
"""A word of a bracket that holds only dates: figures, month names, dashes, "born", "c."."""


def life_date(
    text: str, start: int, end: int, people: list[tuple[int, int]], reach: int = 3, dates: int = 2
) -> bool:
    """Whether the date at ``start``-``end`` is a birth or death date: a date a person's birth
    or death word stands at most ``reach`` words before ("born 3 May 1901", "until his death in
    1722"), or a date in the bracket that follows a person's name (``people``: the spans the parse tags as
    persons), perhaps after another bracket, when the bracket holds life dates ("X (9 October
    1834, Velm – 4 September 1894)") or ``dates`` dates and nothing else ("(30/31 March 17021
    May 1766)", scraped without its dash). A life's dates say when someone was born and died,
    so they never answer when that person did anything else (took office, founded a
    firm); a span after a noun ("a governor (1740–1746)") or after a building's name is no life."""
    if _life_word(reach).search(text[max(0, start - 20 * reach) : start]):
        return True
    opened = text.rfind("(", 0, start)
    closed = text.find(")", end)
    if opened < 0 or closed < 0 or ")" in text[opened:start] or "(" in text[end:closed]:
        return False
    if not _after_person(text, opened, people):
        return False
    if any(m.start() <= start and end <= m.end() for m in _LIFE.finditer(text)):
        return True
    inside = text[opened + 1 : closed].split()
    if not all(_DATED_WORD.match(w) for w in inside):
        return False
    return sum(1 for w in inside if re.match(r"\d{3,4}\b|" + _MONTH, w, re.I)) >= dates


def _after_person(text: str, opened: int, people: list[tuple[int, int]]) -> bool:
    """Whether the bracket opening at ``opened`` follows a person's name, perhaps after other
    brackets ("Ivo Tarn (Norlandic: Ivo Tarnik) (1590 – 1637)")."""
    before = opened
    while True:
        head = text[:before].rstrip()
        if not head.endswith(")"):
            break
        before = head.rfind("(")
        if before < 0:
            return False
    head_end = len(text[:before].rstrip())
    return any(s < head_end <= e for s, e in people)


_AGE = re.compile(r"^(?:at\s+)?(?:the\s+)?(?:age\s+of|aged?)\s+\d+$|^\d+\s+years?\s+old$", re.I)


def is_age(value: str) -> bool:
    """ "the age of 13", "aged 40", "13 years old": how old someone was, not when; an age never
    answers a when-question, nor stands against a date given for it."""
    return bool(_AGE.match(value.strip()))


def asks_life(q: Question) -> bool:
    """A when-question about a birth, a death or a life ("when did X live"): life dates answer it."""
    return bool(life_end(q)) or bool(re.search(r"\blived?\b", q.text, re.I))


_LIFE_KEYS = {
    "birth": r"(?:date\s+of\s+birth|birth\s+date|born|birth|b\.)",
    "death": r"(?:date\s+of\s+death|death\s+date|died|death|d\.)",
}


def life_keyed(before: str, which: str) -> bool:
    """Whether a date is the value of a row keyed by the asked end of a life: "date of death 4
    May 1790", "Born: 3 June 1901", "Died 1 May 1790" in a data page's rows run into one
    "sentence". The key says what the date is, whatever verb a parse of the run-on rows hangs
    it on (a row "stated in <archive>" is no one reporting the date); the tagger may leave
    the day numeral out of the date ("death 4 | May 1790")."""
    key = _LIFE_KEYS.get(which)
    pattern = rf"(?<![\w-]){key}\s*:?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*)?$" if key else ""
    return bool(key) and bool(re.search(pattern, before, re.I))


def keyed_life_date(q: Question, hit: EvidenceSentence) -> bool:
    """Whether the sentence holds a date keyed by the asked end of a life (``life_keyed``): a
    data row ("date of death 4 May 1790") states the death without the question's verb."""
    which = life_end(q) if q.kind is Kind.DATE else ""
    text = hit.chunk.text
    return bool(which) and any(
        e.label == "DATE" and life_keyed(text[: e.start], which) for e in hit.parsed.entities
    )


_SPAN_END = re.compile(r"\bfrom\s+[^,;()]{1,40}?\s+(?:until|till|to|through)\s+(?:the\s+)?$", re.I)


_SINCE = re.compile(
    rf"\bsince\s+(?:(?:early|mid|late|the|\d{{1,2}}(?:st|nd|rd|th)?|{_MONTH}),?\s+){{0,3}}$", re.I
)
"""A date right after "since" ("since 1999", "since 4 May 2001", "since early 1999")."""
_BEING = frozenset({"be", "exist"})
"""The verbs of the thing's own being: "has existed since 1980" dates the thing itself."""


def dates_later_state(text: str, start: int, verb: str, asked: bool) -> bool:
    """Pattern: for when a thing was made (founded, built, established), a date after "since" on
    a verb other than the asked one and other than being ("has been run by the Velm Trust since
    1999", "has hosted the fair since 2004") dates when a later state of the thing began, not
    the thing: "has existed since 1980" or "has been open since 1980" still answer."""
    return (
        bool(_SINCE.search(text[max(0, start - 40) : start]))
        and bool(verb)
        and not asked
        and verb not in _BEING
    )


def ends_span(text: str, start: int) -> bool:
    """Whether the date at ``start`` closes a span "from A until B" ("ran from 1902 until
    1975", "held office from May to June 1848"): when the state it dates ended, never when it
    began (so never when the thing was founded, built or took office)."""
    return bool(_SPAN_END.search(text[max(0, start - 80) : start]))
