"""Event scope by date: a dated claim speaks of one event; articles from other times do not."""

from __future__ import annotations

from datetime import date

from bot.claim_periods import date_misfit, periods


def test_periods_from_day_month_and_year_phrases() -> None:
    (day,) = periods("Rockets hit the port of Velmar on 5 February 2015.")
    assert (day.first, day.last) == (date(2015, 2, 5), date(2015, 2, 5))
    (month,) = periods("The depot burned in April 2017.")
    assert (month.first, month.last) == (date(2017, 4, 1), date(2017, 4, 30))
    (days,) = periods("Strikes hit Velmar on 4 and 5 July 2015.")
    assert (days.first, days.last) == (date(2015, 7, 4), date(2015, 7, 5))
    assert periods("The port reopened on Monday.") == ()


def test_article_dated_soon_after_fits_and_one_from_another_year_does_not() -> None:
    claim = "Rockets hit the port of Velmar on 5 February 2015."
    assert date_misfit(claim, "2015-02-06", "Rockets hit the port.", 10) == ""
    assert "2016-03-01" in date_misfit(claim, "2016-03-01", "Rockets hit the port.", 10)
    assert date_misfit(claim, "", "Rockets hit the port.", 10) == ""  # undated: nothing ruled out


def test_context_naming_the_year_fits_and_a_year_is_reported_the_year_after() -> None:
    claim = "Velmar's port handled more ships in 2004."
    assert date_misfit(claim, "2005-02-10", "The port had a record year.", 10) == ""
    looking_back = "In 2004 the port handled 900 ships."
    assert date_misfit("The port handled 900 ships in February 2004.", "2009-05-01", looking_back, 10) == ""
