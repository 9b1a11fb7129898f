"""A "what time" question asks a time, not a day.

Pattern: "what time" (or "at what time", "what winning time") asks a time of day ("at 3pm",
"10:40", "on Sunday morning") or a time something took ("clocked 9.87 seconds", "in 2:08:31"),
never a day, a date or a year: "Sunday" or "1998" answers no such question, so the next
candidate answers or the question is declined. "What time of year/day" and "what time
period/frame" ask a season, a part of the day or a span and are left alone.
"""

from __future__ import annotations

import re

_ASKS_TIME = re.compile(
    r"\b(?:what|which)\s+(?:[a-z-]+\s+)?time\b(?!\s+(?:of|period|frame|span|zone)\b)", re.I
)
""""what time", "which time", "what winning time": the asked thing is a time, unless "of"
(a time of year or day) or a span noun ("time period") follows."""

_CLOCK = re.compile(
    r"\d{1,2}[:.]\d{2}|\d\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\bo'?clock\b|\b(?:noon|midday|midnight)\b", re.I
)
"""A time of day written as a clock reads it: "10:40", "3pm", "9 a.m.", "six o'clock", "noon"."""

_DAY_PART = re.compile(r"\b(?:morning|afternoon|evening|night|dawn|dusk|daybreak|nightfall)\b", re.I)
"""A part of the day: "early morning" says when in the day."""

_TAKEN = re.compile(
    r"(?<!\d)\d{1,3}(?:[.:]\d+)*\s*(?:-\s*)?(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|ms)\b", re.I
)
"""A time something took: a figure of up to three digits with a unit of time ("9.87 seconds",
"9.87s", "2hrs", "45min"); a decade ("the 1990s") is no time taken."""


def asks_time(question: str) -> bool:
    """The question asks "what time": a clock time or a time taken, not a day."""
    return bool(_ASKS_TIME.search(question))


def states_time(value: str) -> bool:
    """The value says a time of day or a time taken (see the module's pattern), not only a day,
    a date or a year."""
    return bool(_CLOCK.search(value) or _DAY_PART.search(value) or _TAKEN.search(value))
