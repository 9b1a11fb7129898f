"""Event scope: does a claim's date fit the evidence sentence's article?

News about a war or a market repeats the same kind of event (a strike, a blast, a toll) on
many days. A claim that says when ("on 5 February 2015", "in April 2017", "in 2004") is about
one of them: a sentence speaks to it only when its article mentions that date or was published
in the days after it. A sentence from an article dated months away is about another event, so
it neither supports nor refutes the claim.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from bot.dates import (
    MONTH_NUMBER,
    WEEK_DAYS,
    month_part,
    parse_iso,
    recent_weekdays,
    span_weekdays,
    weekdays_in,
)
from bot.nlp import dependency_parse, parse
from bot.running_totals import yearless_dates
from index.lexicon import MONTH_PART_WORDS

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WORD = re.compile(r"[a-z]+|\d+")
_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
"""The word just before a date phrase that makes it a beginning."""


@dataclass(frozen=True)
class Period:
    """The span a date phrase names: "5 February 2015" is one day, "April 2017" a month."""

    first: date
    last: date
    text: str
    ongoing: bool = False
    """Named as a state's beginning ("since 2009"): the period runs on to whenever it is told."""

    def reported_in(self, published: date, report_days: int) -> bool:
        """An article published during the period or soon after: within ``report_days``, or
        as long again as the period itself (a year's results are reported the next year); an
        ongoing period (``ongoing``) fits any article from its beginning on."""
        if self.ongoing:
            return self.first <= published
        after = max(report_days, (self.last - self.first).days)
        return self.first <= published <= self.last + timedelta(days=after)


@lru_cache(maxsize=4096)
def periods(text: str) -> tuple[Period, ...]:
    """The dated periods a text names: date entities with a year, and a month or day if given.

    Phrases without a year ("on Monday", "the eve of Eid") name no period here: a weekday is
    compared word for word by the checker, and a feast day needs a calendar this does not have.
    A date after "since" is when a state began, not when the claim's event happened: the
    period is ``ongoing`` (a curfew "since 2009" is told in a report of 2015 too).
    """
    out = []
    for ent in parse(text).entities:
        if ent.label != "DATE":
            continue
        lowered = ent.text.lower()
        ongoing = lowered.startswith("since ") or _SINCE.search(text[: ent.start]) is not None
        years = _YEAR.findall(lowered)
        if len(years) != 1:
            continue
        year = int(years[0])
        words = _WORD.findall(lowered)
        months = [MONTH_NUMBER[w] for w in words if w in MONTH_NUMBER]
        if not months:
            out.append(Period(date(year, 1, 1), date(year, 12, 31), ent.text, ongoing))
            continue
        month = months[0]
        month_days = calendar.monthrange(year, month)[1]
        days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= month_days and w != years[0]]
        if days:
            out.append(Period(date(year, month, min(days)), date(year, month, max(days)), ent.text, ongoing))
        else:
            part = month_part(year, month, _named_third(f"{text[: ent.start]} {lowered}"))
            out.append(Period(part.start, part.end, ent.text, ongoing))
    return tuple(out)


_THIRD = re.compile(
    rf"\b({'|'.join(MONTH_PART_WORDS)})(?:\s+of)?[\s-]+(?:the\s+)?(?:month\s+of\s+)?[a-z]+\.?\s*\d{{4}}\s*$",
    re.IGNORECASE,
)
"""A third of a month written before it, up to its year: "late July 2015", "the end of June 2019"."""


def _named_third(text: str) -> int | None:
    """The third of a month a date phrase ending ``text`` names (``MONTH_PART_WORDS``), or None."""
    found = _THIRD.search(text.strip())
    return MONTH_PART_WORDS[found.group(1).lower()] if found else None


def date_misfit(claim: str, published: str, context: str, report_days: int) -> str:
    """Why the evidence is about another time than the claim, or "" when it may be the same.

    The article fits when its context (the sentence and its neighbours, or its title) names
    the claim's year, or a day and month without a year that falls in the claim's period at its
    latest occurrence before the article ("on September 17" in a December report,
    ``bot.running_totals.yearless_dates``), or its publication date falls in the claim's period or
    the days after.
    Without a publication date nothing is ruled out here.
    """
    day = parse_iso(published)
    if day is None:
        return ""
    context_years = set(_YEAR.findall(context))
    told_days = yearless_dates(context, day)
    for period in periods(claim):
        if str(period.first.year) in context_years:
            continue
        if any(period.first <= told <= period.last for told in told_days):
            continue  # "On September 17 ..." in a later article: that day of the claim's period
        if not period.reported_in(day, report_days):
            return f"is from {day.isoformat()}, not {period.text}"
    return ""


def weekday_misfit(claim: str, sentence: str, published: str, context: str, lag_days: int) -> str:
    """Why a sentence is from another day's report than the claim's weekday, or "" when it may
    be the same: a claim "on Sunday" without a year is about a Sunday just before its sources,
    so a sentence whose neighbours and title never name that weekday, in an article that
    appeared days later, reports another day.

    A sentence naming its own weekday is left to the weekday clash; an undated article, or a
    claim with a dated period (checked by ``date_misfit``), is not ruled out here.
    """
    days = set(weekdays_in(claim))
    day = parse_iso(published)
    if not days or day is None or periods(claim) or weekdays_in(sentence):
        return ""
    if days & set(weekdays_in(context)):
        return ""
    if recent_weekdays(day, lag_days) & days:
        return ""
    return f"is from {day.isoformat()} and names no {', '.join(sorted(d.capitalize() for d in days))}"


def day_weekday_misfit(claim: str, sentence: str) -> str:
    """Why a sentence names another day than the claim's calendar day, or "": a claim "on 9 March
    2011" happened on a Wednesday, so a sentence telling what happened "on Friday" (and on no
    Wednesday) reports another day, whatever its article's date. Only periods of a few days count
    (a month holds every weekday), and never one a state began on ("since 9 March 2011": every
    day after it is the state's)."""
    said = set(weekdays_in(sentence))
    if not said:
        return ""
    for period in periods(claim):
        if period.ongoing or (period.last - period.first).days + 1 >= WEEK_DAYS:
            continue
        if not span_weekdays(period.first, period.last) & said:
            return f"names {', '.join(sorted(d.capitalize() for d in said))}, not {period.text}"
    return ""


def without_opening_time(claim: str) -> str:
    """The claim without the time it opens with ("On Sunday 5 May, during the fair, rebels shelled
    X" -> "rebels shelled X"), or the claim itself: the time is checked against the articles'
    dates (``date_misfit``, ``weekday_misfit``), while its words, rarely repeated by the sentence
    that states the deed, would only lower the claim's likeness to it. The opening is dates with
    their prepositions and commas; it must open with a preposition or end with a comma ("2015 was
    the worst year" keeps its subject)."""
    doc = dependency_parse(claim)
    i, dated = 0, False
    while i < len(doc):
        tok = doc[i]
        if tok.ent_type_ == "DATE":
            dated = True
        elif not (
            (tok.pos_ == "ADP" and i + 1 < len(doc) and doc[i + 1].ent_type_ == "DATE")
            or (tok.text == "," and dated)
        ):
            break
        i += 1
    if not dated or i >= len(doc) or not (doc[0].pos_ == "ADP" or doc[i - 1].text == ","):
        return claim
    rest = claim[doc[i].idx :]
    return rest[:1].upper() + rest[1:]


RELATIVE_MARKS = frozenset({"same", "next", "following", "previous", "preceding", "that"})
"""Words making a time noun point at a time the text told before ("the same day", "that night")."""
ORDER_ADVERBS = frozenset({"before", "after", "earlier", "later"})
"""Adverbs placing a time before or after one the text told ("the day before", "hours later")."""


def without_text_time(claim: str) -> str:
    """The claim without an opening time told relative to its text ("The same day", "The day
    before,", "Hours later", "Three years later", "That night,"), or the claim itself. Such a
    time points at a sentence before it in the text, so no source writes it: the text's scene
    sentence carries that time (``scene_sentence``). Read from the parse: a time noun (WordNet's
    commonest sense filed under time) modifying the verb, marked relative (``RELATIVE_MARKS``) or
    measured before or after with no object (``ORDER_ADVERBS``: "two days after the raid" keeps
    its anchor), ending before the subject; a comma after it goes too."""
    from bot.wordnet import wordnet

    doc = dependency_parse(claim)
    if not len(doc):
        return claim
    top = doc[0]
    while top.head.i != top.i and top.head.pos_ not in {"VERB", "AUX"}:
        top = top.head
    if top.dep_ not in {"npadvmod", "advmod"} or top.head.pos_ not in {"VERB", "AUX"}:
        return claim
    words = list(top.subtree)
    if words[0].i != 0 or any(t.dep_ in {"pobj", "pcomp"} or t.ent_type_ in {"GPE", "ORG"} for t in words):
        return claim
    nouns = [t for t in words if t.pos_ == "NOUN"]
    if not nouns or any(wordnet().commonest_file(t.lemma_.lower(), "n") != "noun.time" for t in nouns):
        return claim
    lowered = {t.lower_ for t in words}
    if not lowered & (RELATIVE_MARKS | ORDER_ADVERBS) or any(t.like_num and len(t.text) == 4 for t in words):
        return claim
    end = words[-1].i + 1
    if end < len(doc) and doc[end].text == ",":
        end += 1
    if end >= len(doc) or not doc[end].is_alpha:
        return claim
    rest = claim[doc[end].idx :]
    return rest[:1].upper() + rest[1:]


@lru_cache(maxsize=4096)
def relative_periods(text: str) -> tuple[str, ...]:
    """The date phrases a text dates by the time it was written, not by the calendar ("last
    year", "next month's", "this week"): a date entity with no figure, month or weekday whose
    head noun WordNet's commonest sense files under time. Only the writing day places them."""
    from bot.wordnet import wordnet

    out = []
    for ent in parse(text).entities:
        words = _WORD.findall(ent.text.lower())
        if ent.label != "DATE" or not words or any(w.isdigit() or w in MONTH_NUMBER for w in words):
            continue
        if weekdays_in(ent.text):
            continue
        head = words[-1] if words[-1] != "s" else words[-2] if len(words) > 1 else ""
        if head and len(words) > 1 and wordnet().commonest_file(head, "n") == "noun.time":
            out.append(ent.text)
    return tuple(out)
