"""``bot/dates.py``: weekday names of a span, on hand-picked dates."""

from __future__ import annotations

from datetime import date

from bot.dates import span_weekdays


def test_a_span_names_its_days_weekdays_and_a_week_names_all_seven() -> None:
    """2 October 2017 was a Monday: the span to the 3rd is Monday and Tuesday; ten days hold all."""
    assert span_weekdays(date(2017, 10, 2), date(2017, 10, 2)) == {"monday"}
    assert span_weekdays(date(2017, 10, 2), date(2017, 10, 3)) == {"monday", "tuesday"}
    assert len(span_weekdays(date(2017, 10, 2), date(2017, 10, 11))) == 7
