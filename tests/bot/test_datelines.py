from datetime import date

from bot.datelines import dateline


def test_a_weekday_with_its_own_date_is_the_dateline() -> None:
    opening = "Floods cut the Velm road\n\nFloods cut the Velm road Reuters Tuesday 4 Mar 2031 Rain fell"
    assert dateline(opening) == date(2031, 3, 4)
    assert dateline("Ostrin Herald, Friday, March 7, 2031. The port reopened.") == date(2031, 3, 7)


def test_a_weekday_that_is_not_the_dates_is_no_dateline() -> None:
    """4 March 2031 is a Tuesday: "Monday 4 March 2031" is a slip or a mention, not a dateline."""
    assert dateline("Rain fell on Monday 4 March 2031 in Velm.") is None


def test_a_date_without_a_weekday_is_no_dateline() -> None:
    assert dateline("The Velm road, shut on 4 March 2031, reopened.") is None


def test_a_weekday_cut_to_three_letters_is_a_dateline() -> None:
    """Wire copy often shortens the weekday ("Tue Mar 4 2031"); it must still agree with the date."""
    assert dateline("Velm road reopens\n\nTue Mar 4 2031 Velm road reopens after the floods.") == date(
        2031, 3, 4
    )
    assert dateline("Velm road reopens. Tue. 4 Mar 2031 The port reopened.") == date(2031, 3, 4)
    assert dateline("Velm road reopens. Mon Mar 4 2031 The port reopened.") is None
