"""``bot/dates.py``: weekday names of a span, on hand-picked dates."""

from __future__ import annotations

from datetime import date

from bot.dates import span_weekdays


def test_a_span_names_its_days_weekdays_and_a_week_names_all_seven() -> None:
    """2 October 2017 was a Monday: the span to the 3rd is Monday and Tuesday; ten days hold all."""
    assert span_weekdays(date(2017, 10, 2), date(2017, 10, 2)) == {"monday"}
    assert span_weekdays(date(2017, 10, 2), date(2017, 10, 3)) == {"monday", "tuesday"}
    assert len(span_weekdays(date(2017, 10, 2), date(2017, 10, 11))) == 7


def test_an_abbreviated_weekday_opening_a_date_names_its_day() -> None:
    """ "on Sat 13 Aug" and "Tue, 4 October" name Saturday and Tuesday; "they sat 13 hours" and a
    capitalised word before no day's number or month name name no day."""
    from bot.dates import abbreviated_weekdays, date_words, weekdays_in

    assert weekdays_in("Shelling hit Velm on Sat 13 Aug 2031.") == ["saturday"]
    assert weekdays_in("Tue, 4 October: the Tarvel ferry sailed.") == ["tuesday"]
    assert weekdays_in("On Friday they sat 13 hours in the Sun.") == ["friday"]
    assert abbreviated_weekdays("Sun Records signed Ada Kerr.") == []
    assert "sat" in date_words("How many died in Velm on Sat 13 Aug 2031?")
