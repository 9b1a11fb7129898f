"""Datelines: wire copy opening "Saturday 24 Sep 2016" was published that day.

Corpora date articles from their feeds or crawls, sometimes weeks off the story's day. Agency
copy carries its own dateline near the top: a weekday, written out or cut to three letters
("Saturday" or "Sat"), followed by a full date. Where the weekday
is that date's weekday, the pair is a dateline (a date the story merely mentions seldom comes
with its agreeing weekday), so it, not the listed date, says which days' events the article
reports. Nothing here knows a corpus or an outlet: the pattern is read from the text.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from bot.dates import periods_in

_DAYS = "|".join([*calendar.day_name, *calendar.day_abbr])
_DATELINE = re.compile(
    rf"\b({_DAYS})\.?,?\s+(\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?,?\s+\d{{4}}|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},?\s+\d{{4}})"
)


def dateline(opening: str) -> date | None:
    """The day a weekday-and-date pair in an article's opening names, when the weekday agrees."""
    for m in _DATELINE.finditer(opening):
        days = [p for p in periods_in(m.group(2)) if p.start == p.end]
        if days and _weekday(m.group(1)) == days[0].start.weekday():
            return days[0].start
    return None


def _weekday(name: str) -> int:
    """The weekday's number (Monday 0) from its name written out or cut to three letters."""
    return [*calendar.day_abbr].index(name[:3])
