"""Event scope by date: a dated claim speaks of one event; articles from other times do not."""

from __future__ import annotations

from datetime import date

import pytest

from bot.claim_periods import (
    date_misfit,
    day_weekday_misfit,
    periods,
    relative_periods,
    weekday_misfit,
    without_opening_time,
    without_text_time,
)


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


def test_a_day_and_month_without_a_year_date_a_later_article_s_sentence() -> None:
    """ "On March 4" in a report of July 2030 tells 4 March 2030: it fits a claim of March 2030,
    not one of May 2030, and a day written with another year does not count as yearless."""
    sentence = "On March 4 the Velm ferry sank near the Tarn quay, leaving 30 sailors missing."
    assert date_misfit("The Velm ferry sank in March 2030.", "2030-07-20", sentence, 10) == ""
    assert "2030-07-20" in date_misfit("The Velm ferry sank in May 2030.", "2030-07-20", sentence, 10)
    dated = "On March 4, 2027 the Velm ferry sank near the Tarn quay."
    assert "2030-07-20" in date_misfit("The Velm ferry sank in March 2030.", "2030-07-20", dated, 10)
    later = "On 4 March the Velm ferry sank."  # a March after the article's day is last year's
    assert date_misfit("The Velm ferry sank in March 2029.", "2030-02-01", later, 10) == ""


def test_a_claim_weekday_needs_its_day_near_the_sentence_or_an_article_from_just_after() -> None:
    """ "On Sunday": a report from that Tuesday fits; one from a Thursday naming no Sunday does not."""
    claim = "Drones struck the Velmar depot on Sunday."
    sentence = "Drones struck the Velmar depot, killing four guards."
    assert weekday_misfit(claim, sentence, "2021-03-09", sentence, 2) == ""  # a Tuesday
    assert "2021-03-11" in weekday_misfit(claim, sentence, "2021-03-11", sentence, 2)  # a Thursday
    named = "The depot was hit on Sunday. " + sentence
    assert weekday_misfit(claim, sentence, "2021-03-11", named, 2) == ""  # a neighbour names it
    assert weekday_misfit(claim, sentence, "", sentence, 2) == ""  # undated: nothing ruled out
    on_monday = "Drones struck the Velmar depot on Monday."
    assert weekday_misfit(claim, on_monday, "2021-03-11", on_monday, 2) == ""  # the clash decides
    dated = "Drones struck the Velmar depot on Sunday, 7 March 2021."
    assert weekday_misfit(dated, sentence, "2021-03-11", sentence, 2) == ""  # the date decides


def test_a_claim_is_judged_without_the_time_it_opens_with() -> None:
    """The opening dates, with their prepositions and commas, go; a date that is the subject, or
    one after the deed, stays."""
    assert (
        without_opening_time("On Friday 3 March 2017, during the holidays, gunmen robbed a bank in Tarvel.")
        == "Gunmen robbed a bank in Tarvel."
    )
    assert (
        without_opening_time("Last week, gunmen robbed a bank in Tarvel.")
        == "Gunmen robbed a bank in Tarvel."
    )
    assert (
        without_opening_time("2015 was the driest year in Tarvel.") == "2015 was the driest year in Tarvel."
    )
    kept = "Gunmen robbed a bank in Tarvel on Friday."
    assert without_opening_time(kept) == kept


def test_a_sentence_naming_another_weekday_than_the_claims_calendar_day_reports_another_day() -> None:
    """10 March 2021 was a Wednesday: "on Friday" is another day, "on Wednesday" may be it; a
    two-day span holds both its weekdays, and a month every weekday."""
    claim = "Shelling killed nine people in Ostrava Nova on 10 March 2021."
    assert day_weekday_misfit(claim, "Shelling killed four people in the town on Friday.") == (
        "names Friday, not 10 March 2021"
    )
    assert day_weekday_misfit(claim, "Shelling on Wednesday killed nine, and on Friday two more.") == ""
    assert day_weekday_misfit(claim, "Shelling killed nine people in the town.") == ""
    span = "Shelling killed nine people in Ostrava Nova on 13 and 14 March 2021."
    assert day_weekday_misfit(span, "Shelling killed four people in the town on Sunday.") == ""
    month = "Shelling killed nine people in Ostrava Nova in March 2021."
    assert day_weekday_misfit(month, "Shelling killed four people in the town on Friday.") == ""


def test_a_period_told_by_the_writing_day_is_relative() -> None:
    """ "last year", "next month's" and "this week" date by the day of writing; a year, a month
    with its year, a weekday or a span of years do not."""
    assert relative_periods("Thirty ferries sailed last year, and next month's fair opens.") == (
        "last year",
        "next month's",
    )
    assert relative_periods("The Tarvik fair drew 300 people this week.") == ("this week",)
    assert relative_periods("The fair opened on Monday in May 2030, as in 2029.") == ()


def test_a_claim_in_a_third_of_a_month_is_not_reported_before_it() -> None:
    """A ferry sinking "in late March 2031" cannot be what an article of 5 March reports; one of
    the first days of April can, and a claim of March as a whole fits either."""
    late = "The Velm ferry sank in late March 2031."
    assert "2031-03-05" in date_misfit(late, "2031-03-05", "The ferry sank.", 10)
    assert date_misfit(late, "2031-04-02", "The ferry sank.", 10) == ""
    assert date_misfit("The Velm ferry sank in March 2031.", "2031-03-05", "The ferry sank.", 10) == ""


@pytest.mark.parametrize(
    ("claim", "checked"),
    [
        ("The day before, shells landed near the Velm embassy.", "Shells landed near the Velm embassy."),
        ("The same weekend Danish jets bombed the depots.", "Danish jets bombed the depots."),
        ("Three years later a drone killed two guards.", "A drone killed two guards."),
        ("Hours later the agency said 12 were hurt.", "The agency said 12 were hurt."),
    ],
)
def test_a_time_told_relative_to_the_text_is_left_to_the_text(claim: str, checked: str) -> None:
    """ "The day before" or "hours later" points at an earlier sentence of the text, which no
    source writes: the claim is checked without it."""
    assert without_text_time(claim) == checked


@pytest.mark.parametrize(
    "claim",
    [
        "Two days after the raid, police found the car.",  # anchored on its own object
        "The day police found the car was cold.",  # a time noun, not told relative to the text
        "The shells fell close to the embassy.",
        "On Sunday rebels shelled Velm.",  # an absolute time: ``without_opening_time``'s
    ],
)
def test_a_time_not_relative_to_the_text_stays(claim: str) -> None:
    assert without_text_time(claim) == claim
