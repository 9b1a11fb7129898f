"""Event scoping: a value counts only when its evidence is about the event the question names.

A question's qualifiers - a date ("on 19 April 2017", "in July 2016", "on Sunday"), the
actor ("by government forces") and the target ("on the hospital") - must fit the evidence
sentence or its article context (title, publication date, neighbouring sentences) before a
value found there may answer or disagree. Names (places, named events) are checked by the
answerer against the article; here only what names do not cover. Nothing here knows any
story: dates are read from the text and the article's ISO date, roles from the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.claim_periods import relative_periods
from bot.conflicts import Candidate
from bot.dates import (
    MONTH_NUMBER,
    WEEK_DAYS,
    Period,
    bare_months,
    long_label,
    parse_iso,
    period_label,
    periods_in,
    recent_weekdays,
    span_weekdays,
    states_day,
    states_month,
    states_year,
    weekday_date,
    weekdays_in,
)
from bot.evidence import EvidenceSentence, terms
from bot.rivals import compatible, parts
from bot.running_totals import asks_total, runs_from_before
from bot.source_frame import framed, source_frame
from bot.text import tokens, written_words
from index.lexicon import (
    AFTER_PREPOSITIONS,
    DEMONYM_ENDINGS,
    PLACE_KINDS,
    PLACE_PREPOSITIONS,
    REPORTING_FORMS,
    WEEKDAYS,
)
from index.tuning import AnswerTuning

if TYPE_CHECKING:
    from spacy.tokens import Token

_ROLE_PREPOSITIONS = frozenset({"by", "on", "against", "at"})
"""Prepositions that introduce an event's actor ("by government forces") or target ("on the hospital")."""


@dataclass(frozen=True)
class Scope:
    """What a question pins its event down by, besides names."""

    periods: tuple[Period, ...] = ()
    weekdays: tuple[str, ...] = ()
    roles: tuple[tuple[str, ...], ...] = ()
    """The actor's and target's common nouns as written (("government", "forces"), ("hospital",))."""
    events: tuple[str, ...] = ()
    """Event nouns a name owns ("the war before Ostrin's fall" -> ("fall",)): the named event."""
    parts: tuple[tuple[str, frozenset[str]], ...] = ()
    """Places asked in one part ("in central Ostria" -> ("Ostria", {"central"}))."""
    aftermath: tuple[str, ...] = ()
    """Named events the asked thing follows ("after Ostrin's fall" -> ("fall",)): its article names them."""
    total: bool = False
    """The question asks a running total ("since", "by Monday", "so far"), not one day's figure."""

    @property
    def dated(self) -> bool:
        return bool(self.periods or self.weekdays)


@lru_cache(maxsize=2048)
def question_scope(text: str, event_rank: int = AnswerTuning.event_sense_rank) -> Scope:
    """The dates, weekdays and actor/target nouns a question qualifies its event with; a named
    event's noun must be an event within ``event_rank`` (the answerer's ``event_sense_rank``);
    the words naming the report a question is asked of ("according to the memo on Brill's voyage",
    ``source_frame``) are none of these: they pick the report, whose own article is the evidence."""
    frame = source_frame(text)
    return Scope(
        tuple(_asked_periods(text)),
        tuple(dict.fromkeys(weekdays_in(text))),
        tuple(r for r in _roles(text) if not framed(r, frame)),
        tuple(e for e in _named_events(text, event_rank) if not framed((e,), frame)),
        tuple((name, frozenset(part)) for name, part in parts(text).items()),
        tuple(_aftermath_events(text, event_rank)),
        asks_total(text),
    )


def _named_events(text: str, max_rank: int) -> list[str]:
    """Nouns for a happening owned by a proper name ("Ostrin's fall", "Brill's visit"): a named
    event that the evidence's context must name too, or its value is another event's. A "noun"
    taking an auxiliary ("did Velcor's revenue fall"), or the object of a question's "did" ("how
    many raids did Brill's air force launch"), is a verb the tagger misread, not an event.
    A noun doing the question's deed ("Brill's jets hit", "Ostrin's government collapsed") is
    read in its commonest sense: a happening only where that sense is one (the jets are planes,
    not a squirt; the government is a body, not the act of governing). A weekday or month
    owning the noun ("Sunday's raid") dates it, which ``Scope.weekdays``/``periods`` read: no name.
    The object of a question asking how someone worded it ("how did Kerr describe Brill's
    pledge", ``speech.asks_wording``) is what their words are about, which they may word apart."""
    from bot.nlp import dependency_parse
    from bot.speech import asks_wording
    from bot.wordnet import wordnet

    out = []
    for tok in dependency_parse(text):
        if tok.dep_ != "poss" or tok.pos_ != "PROPN" or tok.head.pos_ != "NOUN":
            continue
        if tok.lower_ in WEEKDAYS or tok.lower_ in MONTH_NUMBER:
            continue  # "Sunday's raid": the raid on Sunday
        if any(c.dep_ in {"aux", "auxpass"} for c in tok.head.children):
            continue
        if tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() == "do":
            continue  # "how many raids did Brill's air force launch": "did" read as the verb
        if tok.head.dep_ == "dobj" and asks_wording(tok.head.head):
            continue  # "how did Kerr describe Brill's pledge": what her words are about, not when
        if _owned_place(tok.head):
            continue
        doer = tok.head.dep_ in {"nsubj", "nsubjpass"} and tok.head.head.pos_ in {"VERB", "AUX"}
        if wordnet().is_kind(tok.head.lemma_.lower(), "event", 0 if doer else max_rank):
            out.append(tok.head.lower_)
    return out


def _aftermath_events(text: str, event_rank: int) -> list[str]:
    """Named events a question places its asked thing after ("what did X urge after Ostrin's
    fall", "how many strikes since Brill's death"): the event is a time anchor, not the thing
    asked, so evidence from an article that names it anywhere is about its aftermath."""
    from bot.nlp import dependency_parse

    named = set(_named_events(text, event_rank))
    return [
        tok.lower_
        for tok in dependency_parse(text)
        if tok.lower_ in named and tok.dep_ == "pobj" and tok.head.lower_ in AFTER_PREPOSITIONS
    ]


def _owned_place(noun: Token) -> bool:
    """A possessed noun that WordNet also files as a place, as the object of a preposition of
    place ("crashed into Ostrin's market", "at Brill's square"), says where, not which event."""
    from bot.wordnet import wordnet

    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ in PLACE_PREPOSITIONS
        and any(wordnet().is_kind_of(noun.lemma_.lower(), kind) for kind in PLACE_KINDS)
    )


_YEAR_PREPOSITIONS = frozenset({"in", "on", "at", "during", "for", "from", "since", "over"})
"""Prepositions that introduce a year of their own: "before levies in 2031" dates the deed to 2031."""
_BEFORE = re.compile(r"\b(?:before|until|till|prior\s+to)\s+((?:[A-Za-z]+\s+){0,2}\d{4})\b", re.I)
EARLIEST = date(1900, 1, 1)
"""Where a period asked as "before X" starts: news has no earlier events to scope."""


def _asked_periods(text: str) -> list[Period]:
    """The periods a question names, where "before 2005" asks about the time up to 2005, not
    about 2005 itself ("the last winner before 2005" won in 1976). A year with a preposition of
    its own after "before" ("earnings before levies in 2031", "losses before interest for 2019")
    dates the deed: "before" there governs the noun between, and the year is the asked one."""
    ends = {
        p: Period(EARLIEST, p.start - timedelta(days=1))
        for m in _BEFORE.finditer(text)
        if not _YEAR_PREPOSITIONS & {w.lower() for w in m.group(1).split()}
        for p in periods_in(m.group(1))
    }
    return [ends.get(p, p) for p in periods_in(text)]


def _roles(text: str) -> list[tuple[str, ...]]:
    """Noun phrases after "by/on/against/at" that name who acted or what was hit, as their
    common nouns: "by government forces" -> ("government", "forces"); "on the hospital" ->
    ("hospital",). Proper names are the answerer's name check; dates are not roles.
    """
    from bot.nlp import dependency_parse
    from bot.wordnet import wordnet

    out = []
    for tok in dependency_parse(text):
        if tok.dep_ != "pobj" or tok.head.lower_ not in _ROLE_PREPOSITIONS or tok.pos_ != "NOUN":
            continue
        if tok.ent_type_ in {"DATE", "TIME", "CARDINAL"} or wordnet().is_kind_of(tok.lower_, "time_period"):
            continue  # "on the first day", "over the weekend": when, not who or what
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            continue  # "on their way", "at his home": the actor's own circumstances, not a party
        nouns = [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        out.append((*nouns, tok.lower_))
    return out


def fits(scope: Scope, hit: EvidenceSentence, tune: AnswerTuning) -> bool:
    """The evidence is about the question's event: its dates and its actor/target nouns fit."""
    if not scope.periods and not scope.weekdays and not scope.roles and not scope.events and not scope.parts:
        return True
    window = hit.window(before=tune.scope_window, after=tune.scope_window)
    context = f"{hit.chunk.title}\n{window}"
    published = parse_iso(hit.chunk.date)
    return (
        _fits_periods(scope, hit.chunk.text, context, published, tune)
        and _fits_weekdays(scope, hit.chunk.text, context, published, tune)
        and _fits_roles(scope, hit, context)
        and _fits_events(scope, hit, context)
        and _fits_parts(scope, hit.chunk.text)
    )


def _fits_periods(
    scope: Scope, sentence: str, context: str, published: date | None, tune: AnswerTuning
) -> bool:
    """The article was published when the asked period's events were reported, or its text names
    the period; a sentence naming only other periods ("in 2016" for 2017) is about another event."""
    if not scope.periods:
        return True
    if not scope.total and runs_from_before(list(scope.periods), sentence, published):
        return False  # "since 19 September, 359 killed": several days' total, not the asked day's
    own = periods_in(sentence) or (bare_months(sentence, published) if published else [])
    if (
        own
        and not any(p.overlaps(q) for p in own for q in scope.periods)
        and not undated_own(sentence, published)
    ):
        return False
    if not own and not _weekday_in_period(scope, sentence, published):
        return False
    if any(p.overlaps(q) and _as_fine(p, q, tune) for p in periods_in(context) for q in scope.periods):
        return True
    return published is None or any(q.reported(published, tune) for q in scope.periods)


def undated_own(sentence: str, published: date | None) -> bool:
    """In an article with no known date, a sentence that dates its own fact by the writing day
    ("last year", "next month's") may be telling the asked period: the calendar periods it also
    names ("against 12 in 2029") do not rule it out, since only the unknown day would."""
    return published is None and bool(relative_periods(sentence))


_SAID_ON = re.compile(rf"\b(?:{'|'.join(REPORTING_FORMS)})\s+(?:on\s+)?[A-Za-z]+day\b", re.IGNORECASE)


def _weekday_in_period(scope: Scope, sentence: str, published: date | None) -> bool:
    """A sentence dated only by weekdays ("killed four on Tuesday") is another day's event when
    none of them is a weekday of an asked span of under a week ("2 October 2017" is a Monday),
    or, in an article of the asked period's week, when none falls in the period as dated from
    the article's day (``weekday_date``). A weekday after a reporting verb ("a monitor said on
    Friday") dates the report, not the event; an article from weeks later is not dated by its
    weekdays (its "on Monday" can only be another week's, or its own date is wrong)."""
    named = weekdays_in(_SAID_ON.sub(" ", sentence))
    if not named:
        return True
    short = [q for q in scope.periods if (q.end - q.start).days < WEEK_DAYS]
    if short and not {w for q in short for w in span_weekdays(q.start, q.end)} & set(named):
        return False
    if published is None:
        return True
    near = [q for q in scope.periods if q.start <= published <= q.end + timedelta(days=WEEK_DAYS - 1)]
    days = [weekday_date(w, published) for w in named]
    return not near or any(q.start <= d <= q.end for d in days for q in near)


def _as_fine(named: Period, asked: Period, tune: AnswerTuning) -> bool:
    """A date in the context confirms the asked one only when about as precise: "since it
    intervened in 2015" says nothing about "4-5 July 2015" (a year is no day)."""
    return (named.end - named.start).days <= max((asked.end - asked.start).days, tune.context_period_days)


def _fits_weekdays(
    scope: Scope, sentence: str, context: str, published: date | None, tune: AnswerTuning
) -> bool:
    """ "On Sunday": the text names that day, or the article appeared that day or just after.

    A sentence naming another weekday and not the asked one is about another day's events.
    A question with a full date pins the day already: the weekday is not checked again.
    """
    if not scope.weekdays or any(p.start == p.end for p in scope.periods):
        return True
    named = set(weekdays_in(context))
    if named & set(scope.weekdays):
        return True
    if set(weekdays_in(sentence)):
        return False
    if published is None:
        return True
    return bool(recent_weekdays(published, tune.weekday_lag_days) & set(scope.weekdays))


def _fits_roles(scope: Scope, hit: EvidenceSentence, context: str) -> bool:
    """Each actor or target phrase has a noun in the sentence, its neighbours or the title, by
    word form or by meaning ("rocket barrage"/"rockets"): a toll of another attack does not answer."""
    pool = terms(context)
    written = written_words(context)
    for phrase in scope.roles:
        wanted = [t for word in phrase for t in tokens(word)]
        surface = {t: word for word in phrase for t in tokens(word)}
        if wanted and hit.corpus.share(wanted, pool, written, surface) == 0.0:
            return False
    return True


def _fits_events(scope: Scope, hit: EvidenceSentence, context: str) -> bool:
    """Each named event's noun is in the sentence, its neighbours or the title, by word form or
    meaning: a war's length told beside no word of the fall it preceded is another war's stage.
    An event the question asks about the aftermath of (``Scope.aftermath``) may be named anywhere
    in the article: a report of what followed a fall names the fall once, in its lead."""
    if not scope.events:
        return True
    pool = terms(context)
    written = written_words(context)
    return all(
        hit.corpus.share(tokens(noun), pool, written, {t: noun for t in tokens(noun)}) > 0.0
        or (noun in scope.aftermath and all(hit.article_tokens.has(t) for t in tokens(noun)))
        for noun in scope.events
    )


def _fits_parts(scope: Scope, sentence: str) -> bool:
    """A sentence placing its event in another part of an asked place ("northern Ostria" for
    "central Ostria") and not in the asked part is about events there."""
    said = parts(sentence)
    return all(
        compatible(set(part), places)
        for name, part in scope.parts
        for word, places in said.items()
        if word == name or of_place(word, name)
    )


def of_place(word: str, name: str) -> bool:
    """ "Velmarian" is the adjective of "Velmaria": the name's stem (less at most two final
    letters) followed by an adjective ending, so "northern Velmarian towns" lie in northern
    Velmaria."""
    if len(name) < 4 or not word.endswith(DEMONYM_ENDINGS) or len(word) <= len(name) - 2:
        return False
    stem = name[: max(4, len(name) - 2)]
    return word.startswith(stem) and len(word) - len(stem) <= 5


def asks_weekday(question: str) -> bool:
    """The question asks for a day of the week ("on what day of the week", "which weekday")."""
    lowered = question.lower()
    return "day of the week" in lowered or bool(re.search(r"\bweekday\b", lowered))


def weekday_values(question: str, candidates: list[Candidate]) -> list[Candidate]:
    """For a day-of-the-week question, only values naming a weekday answer ("Sunday", not
    "the past two weeks" or "3 May"); other questions keep every candidate."""
    if not asks_weekday(question):
        return candidates
    return [c for c in candidates if weekdays_in(c.value)]


_WEEKDAY_ONLY = re.compile(r"(?:on\s+|last\s+|this\s+past\s+)?([a-z]+)", re.I)
"""A value that is a weekday alone ("Monday", "on Monday", "last Monday"), nothing else of a date."""


def asks_date(question: str) -> bool:
    """The question asks for a calendar date ("what date", "when"), not a day ("which day")."""
    lowered = question.lower().strip()
    return not re.search(r"\b(?:day|weekday)\b", lowered) and bool(
        re.search(r"\bdate\b", lowered) or lowered.startswith("when")
    )


def weekday_dates(question: str, candidates: list[Candidate]) -> list[Candidate]:
    """For a date question, a weekday alone from a dated article is that weekday's calendar date
    in the week up to the article's ("Monday" in a Wednesday 11 December article: "9 December
    2024"); an undated article's weekday, and any value for a day question, stay as written."""
    if not asks_date(question):
        return candidates
    out = []
    for c in candidates:
        found = _WEEKDAY_ONLY.fullmatch(c.value.strip())
        published = parse_iso(c.date)
        if found and published is not None and weekdays_in(found.group(1)):
            label = long_label(weekday_date(found.group(1), published))
            c = replace(c, value=label, key=label.lower())
        out.append(c)
    return out


_ASKS_YEAR = re.compile(
    r"\b(?:what|which)\s+(?:[\w-]+\s+)?year\b|\bthe\s+(?:[\w-]+\s+)?year\s+(?:of|in\s+which)\b", re.I
)
"""A year asked by name: "in which year", "what calendar year", "the founding year of"."""
_ASKS_MONTH = re.compile(r"\b(?:what|which)\s+month\b", re.I)
"""A month asked by name: "in which month"."""
_ASKS_DAY_DATE = re.compile(
    r"\b(?:what|which)\s+(?:[\w-]+\s+)?date\b|\bthe\s+(?:[\w-]+\s+)?date\s+(?:of|for|on)\b", re.I
)
"""A calendar date asked by name: "on what date", "which start date", "the date of"."""
YEAR, MONTH, DAY = "year", "month", "day"


def asked_grain(question: str) -> str:
    """How finely a when-question names the time it asks: a year ("in which year"), a month
    ("which month"), a calendar day ("on what date"), or "" for any time ("when")."""
    if asks_weekday(question):
        return ""  # ``weekday_values`` reads a day-of-the-week question
    if _ASKS_DAY_DATE.search(question):
        return DAY
    if _ASKS_YEAR.search(question):
        return YEAR
    if _ASKS_MONTH.search(question):
        return MONTH
    return ""


_STATES_GRAIN = {YEAR: states_year, MONTH: states_month, DAY: states_day}


def grain_values(question: str, candidates: list[Candidate]) -> list[Candidate]:
    """A when-question that names the unit of time it asks is answered only by a value giving
    that unit: a year question by a year ("2031", not "Tuesday"), a date question by a day of a
    month ("22 March", not "November", not a weekday no dated article turns into a date), a month
    question by a month; sentence answers and other questions keep every candidate."""
    grain = asked_grain(question)
    if not grain:
        return candidates
    states = _STATES_GRAIN[grain]
    return [c for c in candidates if c.key == "sentence" or states(c.value)]


def latest(candidates: list[Candidate], floor: float, tune: AnswerTuning) -> tuple[list[Candidate], str]:
    """An undated question over reports from different periods is about the latest one.

    When the dated candidates at or above the evidence floor span more than
    ``period_span_days``, only those within ``recent_days`` of the latest (and undated ones)
    stay; the returned note says which period the answer covers ("" when nothing was dropped).
    """
    strong = [d for d in (parse_iso(c.date) for c in candidates if c.score >= floor) if d is not None]
    if not strong or (max(strong) - min(strong)).days <= tune.period_span_days:
        return candidates, ""
    since = max(strong) - timedelta(days=tune.recent_days)
    kept = [c for c in candidates if (d := parse_iso(c.date)) is None or d >= since]
    days = [d for d in (parse_iso(c.date) for c in kept if c.score >= floor) if d is not None]
    dropped = len(candidates) - len(kept)
    return (
        kept,
        f" Covers the latest reports ({period_label(days)}); {dropped} value(s) from older reports left out.",
    )


def dated_before(scope: Scope, hit: EvidenceSentence, tune: AnswerTuning) -> bool:
    """For a question naming no date, a sentence dating its own event to a month or day its
    article could not be reporting ("In March 2019 two guards were hurt" in a report of June
    2020) tells of an earlier event: background to the article's news, not the news asked of. A
    year alone ("the 2010 census"), a span ("since March 2011") or a later date is no such dating."""
    published = parse_iso(hit.chunk.date)
    if scope.dated or published is None or not _YEAR_WORD.search(hit.chunk.text):
        return False
    if _SINCE.search(hit.chunk.text):
        return False
    own = [p for p in periods_in(hit.chunk.text) if (p.end - p.start).days <= tune.context_period_days]
    return bool(own) and all(p.end < published and not p.reported(published, tune) for p in own)


_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")
"""A year written in the sentence: without one it names no period (``periods_in``)."""
_SINCE = re.compile(r"\b(?:since|until|till|between|from)\b", re.I)
"""Words that make a date one end of a span reaching the article's time."""
