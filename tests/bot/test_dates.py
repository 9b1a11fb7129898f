"""``bot/dates.py``: weekday names of a span, on hand-picked dates."""

from __future__ import annotations

from datetime import date

from bot.dates import span_weekdays, within_days


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


def test_a_value_names_a_day_a_year_or_a_month_only_where_it_writes_one() -> None:
    """ "22 March", "March 22nd", "the 3rd of May", "22/03/2031" and "Boxing Day" name a day of a
    month; "November", "Tuesday" and "March 2031" do not. A year is four digits ("in 1998"), not
    "the 1990s" nor "last year"; a month is its name or a day of it."""
    from bot.dates import states_day, states_month, states_year

    for value in ("22 March", "March 22nd", "the 3rd of May", "22/03/2031", "2031-03-22", "Boxing Day"):
        assert states_day(value), value
    for value in ("November", "Tuesday", "March 2031", "later this month", "2031"):
        assert not states_day(value), value
    assert states_year("in 1998") and states_year("Tuesday 22 March 2031")
    assert not any(states_year(v) for v in ("the 1990s", "last year", "Tuesday", "12,005 fans"))
    assert states_month("March 2031") and states_month("22/03/2031") and not states_month("Tuesday")


def test_two_dates_within_days_and_an_undated_article_given_the_benefit() -> None:
    assert within_days("2031-03-04", "2031-03-04", 0)
    assert not within_days("2031-03-04", "2031-03-05", 0)
    assert within_days("2031-03-04", "2031-03-06", 2)
    assert within_days("", "2031-03-06", 0)


def test_a_third_of_a_month_named_before_it_is_that_third() -> None:
    """ "late March 2031" is no report of 2 March, "mid-June" none of the 28th: early, mid and
    late (and "the beginning/end of") narrow the month to its third, a couple of days either way."""
    from bot.dates import bare_months, periods_in

    late = periods_in("The ferry sank in late March 2031.")[0]
    assert late.start == date(2031, 3, 19) and late.end == date(2031, 3, 31)
    mid = periods_in("Prices rose in mid-June 2031.")[0]
    assert mid.start == date(2031, 6, 9) and mid.end == date(2031, 6, 22)
    early = periods_in("At the beginning of May 2031 the bridge shut.")[0]
    assert early.start == date(2031, 5, 1) and early.end == date(2031, 5, 12)
    assert periods_in("In March 2031 the ferry sank.")[0].end == date(2031, 3, 31)
    assert periods_in("On 2 March 2031 the ferry sank.")[0].end == date(2031, 3, 2)
    end = bare_months("At the end of March the ferry sank.", date(2031, 4, 2))[0]
    assert end.start == date(2031, 3, 19) and end.end == date(2031, 3, 31)
