"""Dates as news text gives them: periods a text names, weekdays, ISO article dates, labels.

Read from the words ("19 April 2017", "4-5 July 2015", "Feb 2015", "in 2016", "on Sunday")
and from the store's ISO dates; shared by event scoping (``bot.scope``) and the time-ordered
disagreement note (``bot.conflicts``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.text import word_stem
from index.lexicon import MONTH_PART_WORDS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from index.tuning import AnswerTuning

_FULL = {name: i + 1 for i, name in enumerate(MONTHS[:12])}
MONTH_NUMBER = _FULL | {a: next(n for f, n in _FULL.items() if f.startswith(a[:3])) for a in MONTHS[12:]}
"""Month name or abbreviation (lower case) -> its number: "sept" -> 9."""
_WORD = re.compile(r"[A-Za-z]+|\d+")


@dataclass(frozen=True)
class Period:
    """A stretch of calendar days a date expression covers ("July 2016": 1-31 July 2016)."""

    start: date
    end: date

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def reported(self, day: date, tune: AnswerTuning) -> bool:
        """An article of ``day`` can report this period's events (published during or soon after)."""
        lead = timedelta(days=tune.report_lead_days)
        return self.start - lead <= day <= self.end + timedelta(days=tune.report_lag_days)


def parse_iso(text: str) -> date | None:
    """An ISO ``YYYY-MM-DD`` date (the store's format), or None."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def within_days(a: str, b: str, days: int) -> bool:
    """Two articles' ISO dates at most ``days`` apart; an undated one is given the benefit."""
    day_a, day_b = parse_iso(a), parse_iso(b)
    return day_a is None or day_b is None or abs((day_a - day_b).days) <= days


def periods_in(text: str) -> list[Period]:
    """Calendar periods a text names: "19 April 2017", "4-5 July 2015", "Feb 2015", "in 2016".

    A month needs a year beside it (a day without a year is too vague to place); "May" counts
    as a month only when capitalised or next to a number. A year on its own is the whole year.
    A month after a word for a third of it ("late June 2019", "the end of June 2019") is that third
    (``month_part``)."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(text)]
    out: list[Period] = []
    used: set[int] = set()
    for i in range(len(words)):
        month = _month(words, i)
        if not month:
            continue
        year_at = next(
            (j for j in range(i + 1, min(len(words), i + 4)) if _year(words[j][0])),
            None,
        )
        if year_at is None:
            continue
        year = int(words[year_at][0])
        days = [int(w) for w, _ in words[max(0, i - 2) : i] if w.isdigit() and 1 <= int(w) <= 31]
        days += [int(w) for w, _ in words[i + 1 : year_at] if w.isdigit() and 1 <= int(w) <= 31]
        last = calendar.monthrange(year, month)[1]
        days = [d for d in days if d <= last]
        if days:
            out.append(Period(date(year, month, min(days)), date(year, month, max(days))))
        else:
            out.append(month_part(year, month, _part_before(words, i)))
        used.add(year_at)
    for j, (word, _) in enumerate(words):
        if j not in used and _year(word):
            year = int(word)
            out.append(Period(date(year, 1, 1), date(year, 12, 31)))
    return out


MONTH_THIRD_DAYS = 10
"""Days in a month's first and middle thirds ("early May" is 1-10 May, "mid-May" 11-20)."""


def month_part(
    year: int, month: int, part: int | None, slack: int = AnswerTuning.month_part_slack_days
) -> Period:
    """The days of a month, or of the third of it that ``part`` names (0 early, 1 mid, 2 late:
    ``MONTH_PART_WORDS``) widened by ``slack`` days each way: a report of "mid-May" tells of
    neither the 2nd nor the 28th, so an article or a sentence dated so is about another event."""
    last = calendar.monthrange(year, month)[1]
    if part is None:
        return Period(date(year, month, 1), date(year, month, last))
    first = 1 + part * MONTH_THIRD_DAYS
    end = last if part == 2 else first + MONTH_THIRD_DAYS - 1
    return Period(date(year, month, max(1, first - slack)), date(year, month, min(last, end + slack)))


def _part_before(words: list[tuple[str, int]], i: int) -> int | None:
    """The month third named just before the month word at ``i`` ("late May", "mid-May", "the end
    of May"), or None."""
    before = [w.lower() for w, _ in words[max(0, i - 2) : i]]
    if before[-1:] == ["of"]:
        before = before[:-1]
    return MONTH_PART_WORDS.get(before[-1]) if before else None


_BARE_MONTH = re.compile(
    rf"\b((?i:in|during|last|early|late|mid|(?:beginning|start|middle|end)\s+of))[\s-]+"
    rf"({'|'.join(m.capitalize() for m in MONTHS)})\b(?![\s,]*\d)"
)


def bare_months(text: str, published: date) -> list[Period]:
    """Months a text names without a year ("in May", "in late May"), each as its latest occurrence
    up to the article's ``published`` day (news names a month of the past year that way), a named
    third of it as that third (``month_part``)."""
    out = []
    for m in _BARE_MONTH.finditer(text):
        month = MONTH_NUMBER[m.group(2).lower()]
        year = published.year if month <= published.month else published.year - 1
        out.append(month_part(year, month, MONTH_PART_WORDS.get(m.group(1).split()[0].lower())))
    return out


def weekdays_in(text: str) -> list[str]:
    """Days of the week a text names ("on Sunday"), lower-cased, abbreviated ones as their full
    names (``abbreviated_weekdays``: "Sat 13 Aug" names Saturday)."""
    full = [w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() in WEEKDAYS]
    return full + [WEEKDAY_ABBREVIATIONS[w.lower()] for w in abbreviated_weekdays(text)]


_ABBREVIATED_DAY = re.compile(
    rf"\b([A-Z][a-z]{{2,4}})\.?,?\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\b|(?:{'|'.join(MONTHS)})\b)", re.I
)
"""A capitalised word, an optional period or comma, then a day's number or a month's name."""


def abbreviated_weekdays(text: str) -> list[str]:
    """The weekday abbreviations a text writes as a date's first word, as written ("Sat" in "on
    Sat 13 Aug", "Tue" in "Tue, 4 October"): capitalised and followed by a day's number or a
    month's name, as a date opens ("they sat 13 hours" is no date)."""
    return [
        m.group(1)
        for m in _ABBREVIATED_DAY.finditer(text)
        if m.group(1)[:1].isupper() and m.group(1).lower() in WEEKDAY_ABBREVIATIONS
    ]


def weekday_date(weekday: str, published: date) -> date:
    """The day a weekday in an article of ``published`` names: that weekday in the week up to
    and including the publication day (news tells "on Monday" of the days just past)."""
    wanted = [d.lower() for d in calendar.day_name].index(weekday.lower())
    return published - timedelta(days=(published.weekday() - wanted) % 7)


WEEK_DAYS = 7
"""Days in a week: a span shorter than this does not hold every weekday."""


def span_weekdays(first: date, last: date) -> frozenset[str]:
    """The lower-cased weekday names of the days from ``first`` to ``last`` (all seven from a week on)."""
    span = min((last - first).days + 1, WEEK_DAYS)
    return frozenset(calendar.day_name[(first + timedelta(days=i)).weekday()].lower() for i in range(span))


def recent_weekdays(published: date, lag_days: int) -> frozenset[str]:
    """The weekday names of the publication day and the ``lag_days`` before it: the days an
    article's "on Monday" can name."""
    return frozenset(
        calendar.day_name[(published - timedelta(days=d)).weekday()].lower() for d in range(lag_days + 1)
    )


def long_label(day: date) -> str:
    """ "9 December 2024": a calendar date as an answer gives it."""
    return f"{day.day} {day:%B %Y}"


def date_words(text: str) -> frozenset[str]:
    """The tokens of a text's month and weekday names: scope checks them, not the name checks."""
    return frozenset(
        word_stem(w.lower())
        for w in re.findall(r"[A-Za-z]+", text)
        if w.lower() in WEEKDAYS or (w.lower() in MONTH_NUMBER and (w[:1].isupper() or w.lower() != "may"))
    ) | {word_stem(w.lower()) for w in abbreviated_weekdays(text)}


def _month(words: list[tuple[str, int]], i: int) -> int:
    word = words[i][0]
    lower = word.lower()
    if lower not in MONTH_NUMBER:
        return 0
    if lower == "may" and not word[:1].isupper():
        near = [w for w, _ in words[max(0, i - 1) : i + 2] if w.isdigit()]
        if not near:
            return 0  # "may" the modal verb
    return MONTH_NUMBER[lower]


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099


def period_label(days: list[date]) -> str:
    """ "3 Mar 2017", "3-6 Mar 2017", "28 Feb - 3 Mar 2017", "Dec 2016 - Jan 2017": a span in words."""
    first, last = min(days), max(days)
    if first == last:
        return day_label(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}-{last.day} {first:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} - {day_label(last)}"
    return f"{day_label(first)} - {day_label(last)}"


def day_label(day: date, year: bool = True) -> str:
    """ "3 Mar 2017" (or "3 Mar" when the year is already said)."""
    return f"{day.day} {day:%b %Y}" if year else f"{day.day} {day:%b}"


_MONTH_NAMES = "|".join(MONTHS)
_DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{_MONTH_NAMES})\b\.?"
    rf"|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b[A-Z][\w'’]*\s+(?:Day|Eve)\b",
    re.I,
)
"""A day of a month: "22 March", "March 22nd", "the 3rd of May", "22/03/2031", "2031-03-22", or a
named day ("Boxing Day", "New Year's Eve")."""
_YEAR_NUMBER = re.compile(r"(?<![\d,.])(?:1[0-9]|20)\d\d(?![\d]|s\b)")
"""A calendar year written out: "2031", "in 1998"; not "the 1990s", nor a part of "12,005"."""
_MONTH_NAME = re.compile(rf"\b(?:{_MONTH_NAMES})\b", re.I)


def states_day(value: str) -> bool:
    """The value names a day of a month (see ``_DAY_OF_MONTH``), not only a month, a year or a weekday."""
    return bool(_DAY_OF_MONTH.search(value))


def day_of_month_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a day of a month (``_DAY_OF_MONTH``), as (start, end) offsets."""
    return [m.span() for m in _DAY_OF_MONTH.finditer(text)]


def states_year(value: str) -> bool:
    """The value names a calendar year ("2031", "22 March 2031"), not only a weekday or "last year"."""
    return bool(_YEAR_NUMBER.search(value))


def states_month(value: str) -> bool:
    """The value names a month ("March", "March 2031") or a day of one."""
    return bool(_MONTH_NAME.search(value)) or states_day(value)
