"""Running totals: a figure counted "since" an earlier day is no single day's figure.

News gives two kinds of toll: the day's ("92 were killed on Saturday") and the running total
("since 19 September at least 359 have been killed"). A question or claim about one day (or a
few) that does not itself ask a total ("since", "by Monday", "so far") is answered by the
first kind only: a sentence whose count runs from a day before the asked span sums several
days' events. The start is read from the text beside "since": a date with or without its year
(a yearless one falls in the year up to the article's day), a weekday of the article's week,
or the week, month or year before the article's ("since last month").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.dates import MONTH_NUMBER, WEEK_DAYS, Period, periods_in, weekday_date, weekdays_in
from bot.values import Quantity
from index.lexicon import ADDED_TO_COUNT

SHORT_SPAN_DAYS = WEEK_DAYS
"""An asked span under a week is "a day or a few": a running total from before it is another figure."""

_SINCE = re.compile(r"\bsince\s+((?:\S+\s+){0,3}\S+)", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\bsince\s+((?:[^\s,;:]+\s+){0,7}[^\s,;:]+)", re.IGNORECASE)
"""A "since" clause up to its first comma, eight words at most: "since it started in March 2011"."""
_MONTHS = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTHS})\b\.?", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_LAST = re.compile(r"\blast\s+(week|month|year)\b", re.IGNORECASE)
_TOTAL = re.compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+all|in\s+total|altogether|cumulative|"
    r"by\s+(?:the\s+)?(?:[a-z]+day|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|[a-z]+\.?\s+\d{1,2})\b|"
    rf"by\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS})\.?\s+\d{{4}}\b)",
    re.IGNORECASE,
)


def asks_total(text: str) -> bool:
    """The question or claim asks a running total ("since it began", "by Monday", "so far", "by
    June 2031": a figure up to a month is all of it so far, not that month's)."""
    return bool(_TOTAL.search(text))


def part_of_total(claim: str, claim_count: Quantity, text: str, count: Quantity) -> bool:
    """A claim's running total ("has given over $5m since 2001") is not refuted by a smaller
    figure of a sentence that counts no total ("made a $1m gift"): one part of a sum is below it."""
    return asks_total(claim) and not asks_total(text) and count.high < claim_count.low


_ARTICLE = frozenset({"a", "an"})


def added_figure(text: str, count: Quantity) -> bool:
    """Pattern: a figure written as an addition ("a further 15m", "another 200") counts what
    comes on top of a figure told before, not the whole: it never gives a claim's own figure,
    unless the claim's figure is an addition too."""
    words = [w for w in re.findall(r"[a-z]+", text[: count.start].lower())[-2:] if w not in _ARTICLE]
    return bool(words) and words[-1] in ADDED_TO_COUNT


def since_start(sentence: str, published: date | None) -> date | None:
    """The first day a "since" phrase counts from ("since Sept. 19" -> 19 Sep of the article's
    year), or None when it names no day that can be placed. A clause of a beginning ("since the
    war broke out in March 2031") starts on the date it writes, when its first words name none."""
    return _since_phrase(sentence, published) or _since_clause(sentence)


def _since_clause(sentence: str) -> date | None:
    """The first dated period (with a year) a "since" clause writes, or None."""
    for m in _SINCE_CLAUSE.finditer(sentence):
        dated = periods_in(m.group(1))
        if dated:
            return dated[0].start
    return None


def _since_phrase(sentence: str, published: date | None) -> date | None:
    """The day the four words after "since" name, or None."""
    for m in _SINCE.finditer(sentence):
        phrase = m.group(1)
        dated = periods_in(phrase)
        if dated:
            return dated[0].start
        if published is None:
            continue
        found = _yearless(phrase, published)
        if found is not None:
            return found
        named = weekdays_in(phrase)
        if named:
            return weekday_date(named[0], published)
        last = _LAST.search(phrase)
        if last:
            return _last(last.group(1).lower(), published)
    return None


def dating_context(sentence: str, context: str, published: date | None) -> str:
    """The text whose years may date the sentence's event (``claim_periods.date_misfit``): a
    running total told from a start ("330 have fled since it began in May 2030") counts up to its
    article's day, so only its own words date it, never a year a neighbouring sentence names;
    any other sentence is dated by its context."""
    return sentence if since_start(sentence, published) is not None else context


def _last(unit: str, published: date) -> date:
    """The first day of the week, month or year before ``published`` ("since last month")."""
    if unit == "week":
        return published - timedelta(days=published.weekday() + 7)
    if unit == "month":
        return (published.replace(day=1) - timedelta(days=1)).replace(day=1)
    return date(published.year - 1, 1, 1)


_YEAR_AFTER = re.compile(r"^,?\s*\d{4}\b")
"""A year written just after a day and month ("September 17, 2016"): the date is not yearless."""


def yearless_dates(text: str, published: date) -> list[date]:
    """Each day and month the text writes without a year ("On September 17", "on 3 March"), as its
    latest occurrence up to ``published``: a report tells a recent day by its day and month, so
    "September 17" in an article of December 2016 is 17 September 2016."""
    out = []
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(text):
            if _YEAR_AFTER.match(text[m.end() :]):
                continue
            found = _yearless(m.group(0), published)
            if found is not None:
                out.append(found)
    return out


def _yearless(phrase: str, published: date) -> date | None:
    """A day and month without a year, as their latest occurrence up to ``published``."""
    m = _DAY_MONTH.search(phrase)
    day, month = (m.group(1), m.group(2)) if m else (None, None)
    if m is None:
        m = _MONTH_DAY.search(phrase)
        day, month = (m.group(2), m.group(1)) if m else (None, None)
    if day is None or month is None:
        return None
    number = MONTH_NUMBER.get(month.lower().rstrip("."))
    if number is None:
        return None
    for year in (published.year, published.year - 1):
        try:
            found = date(year, number, int(day))
        except ValueError:
            return None
        if found <= published:
            return found
    return None


def runs_from_before(asked: list[Period], sentence: str, published: date | None) -> bool:
    """The sentence counts a running total from before the asked spans, all short: its figure
    is not the asked days' (callers first rule out questions that ask a total, ``asks_total``)."""
    short = [p for p in asked if (p.end - p.start).days < SHORT_SPAN_DAYS]
    if not short or len(short) < len(asked):
        return False
    start = since_start(sentence, published)
    return start is not None and all(start < p.start for p in short)


_WHOLE_SPAN = re.compile(
    r"\b(?:in|since|of|during|throughout)\s+the\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE
)
"""A definite span a count may be set in, up to three words: "in the Syrian civil war", "since the war"."""


def war_total(sentence: str, question: str) -> bool:
    """The sentence sets its count in a whole war ("killed in the Syrian conflict", "since the
    war began"), which the question does not name: a running total over the war, no one
    event's figure. A war is a noun whose commonest WordNet sense is a conflict or a military
    action (war, conflict, uprising, insurgency), not one attack, raid or blast, nor a deed
    named by its verb ("the fighting" near a dam is the event's own)."""
    from bot.wordnet import wordnet

    wn = wordnet()
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    for m in _WHOLE_SPAN.finditer(sentence):
        for noun in (w.lower() for w in m.group(1).split()):
            if noun in asked or noun.endswith("ing") or not noun.isalpha():
                continue
            if wn.kind_rank(noun, "conflict") == 0 or wn.kind_rank(noun, "military_action") == 0:
                return True
    return False
