"""Parts of a period: the time of day or the third of a month or year an event is placed in.

Pattern: a reader restates an event at another part of the same period: "in the afternoon" where
the source says "before sunrise", "at the beginning of last year" where it says "late last year",
"in early 2014" where it says "at the end of 2014". A part of the day is a span of hours
(``DAY_PART_HOURS``); a third of a period is named by a word before it ("early", "mid", "late")
or a noun over it ("the start of", "the end of"), on a period noun ("month", "year") with its
relative word ("last", "previous"), a month's name or a year. Two parts of one period that do
not overlap ("afternoon" / "sunrise", "early" / "late"; not "night" / "dawn", not "early" / "mid")
place the event apart: a swapped detail (``bot/swaps.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.nlp import dependency_parse
from index.lexicon import DAY_PART_HOURS, MONTH_PART_WORDS, MONTHS, PERIOD_NOUNS, RELATIVE_PERIOD_WORDS

DAY = "day"
"""The period a part of the day belongs to."""
DAY_HOURS = 24
"""Hours in a day: a part running past midnight meets the next morning's."""
THIRD_SPANS = {0: (0.0, 1.5), 1: (0.5, 2.5), 2: (1.5, 3.0)}
"""A third of a period as a span in thirds, widened so that neighbouring thirds meet: "early" and
"mid" may be one time told loosely, "early" and "late" never are."""
PART_DEPS = frozenset({"amod", "advmod", "npadvmod", "compound"})
"""How a word for a third sits on its period ("late last year", "early 2014", "mid-May")."""


@dataclass(frozen=True)
class PeriodPart:
    """A part of a period: the word naming it, the period ("day", "year:last", "2014") and its span."""

    word: str
    period: str
    low: float
    high: float


def period_parts(text: str) -> list[PeriodPart]:
    """The parts of the day and the thirds of periods the text places something in."""
    out = []
    for tok in dependency_parse(text):
        word = tok.lower_
        if word in DAY_PART_HOURS and _day_part(tok):
            low, high = DAY_PART_HOURS[word]
            out.append(PeriodPart(word, DAY, low, high))
        elif word in MONTH_PART_WORDS:
            period = _period_of(tok)
            if period:
                third = THIRD_SPANS[MONTH_PART_WORDS[word]]
                out.append(PeriodPart(word, period, third[0], third[1]))
    return out


def _day_part(tok: Any) -> bool:
    """A word for a part of the day used as a time: a common noun or adverb, one part (not
    "three nights"), not part of a name ("the Evening Herald")."""
    return (
        tok.pos_ in {"NOUN", "ADV"}
        and tok.tag_ != "NNS"
        and not any(c.dep_ == "nummod" for c in tok.children)
    )


def _period_of(tok: Any) -> str:
    """The period a word for a third names a part of: its head ("late last year", "early
    2014"), or the object of its "of" ("the end of the year"); "" when it is no period."""
    if tok.dep_ in PART_DEPS:
        return _period(tok.head)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return _period(obj)
    return ""


def _period(tok: Any) -> str:
    """ "year:last" for "last year" and "the previous year", "may" for a month's name, "2014"
    for a year; "" for any other word."""
    word = tok.lower_
    if word in MONTHS or (word.isdigit() and len(word) == 4):
        return word
    lemma = tok.lemma_.lower()
    if lemma not in PERIOD_NOUNS:
        return ""
    relative = next(
        (RELATIVE_PERIOD_WORDS[c.lower_] for c in tok.children if c.lower_ in RELATIVE_PERIOD_WORDS), ""
    )
    return f"{lemma}:{relative}"


def apart(a: PeriodPart, b: PeriodPart) -> bool:
    """Two parts of one period that do not overlap (a part of the day also against the next day's)."""
    if a.period != b.period:
        return False
    shifts = (0.0, DAY_HOURS, -DAY_HOURS) if a.period == DAY else (0.0,)
    return not any(a.low < b.high + s and b.low + s < a.high for s in shifts)


def other_parts(claim: str, text: str) -> list[tuple[str, str]]:
    """(the claim's word, the text's word) for each part of a period the claim names that the
    text tells as another, apart from it, and never as the claim's own."""
    theirs = period_parts(text)
    out = []
    for ours in period_parts(claim):
        same = [p for p in theirs if p.period == ours.period]
        if same and all(apart(ours, p) for p in same):
            out.append((ours.word, same[0].word))
    return out
