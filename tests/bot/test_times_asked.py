"""A "what time" question asks a time, not a day (``bot.times_asked``), on invented text."""

from __future__ import annotations

from bot.times_asked import asks_time, states_time


def test_what_time_asks_a_time_but_not_a_time_of_year_or_a_span() -> None:
    assert asks_time("What time did Mira Kell run to win the Dunmoor 10km?")
    assert asks_time("At what time did the Velm ferry leave port?")
    assert asks_time("what winning time did Ostrin post in the 200m?")
    assert not asks_time("What time of year does the Kellby fair open?")
    assert not asks_time("What time period does the Velmar archive cover?")
    assert not asks_time("When did the Velm ferry leave port?")
    assert not asks_time("How many times did Ostrin win the title?")


def test_a_clock_time_or_a_time_taken_states_a_time_and_a_day_does_not() -> None:
    for value in (
        "10:40",
        "3pm",
        "9 a.m.",
        "six o'clock",
        "noon",
        "Sunday morning",
        "9.87 seconds",
        "9.87s",
        "2hrs 8min",
        "2:08:31",
    ):
        assert states_time(value), value
    for value in ("Sunday", "1998", "12 March 2019", "last week", "March", "the 1990s"):
        assert not states_time(value), value
