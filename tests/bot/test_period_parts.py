"""Parts of a period (time of day, thirds of a month or year), on hand-made sentences."""

from __future__ import annotations

from bot.period_parts import other_parts, period_parts


def test_a_time_of_day_hours_apart_is_another_part() -> None:
    assert other_parts(
        "The Tarvel depot burned in the afternoon.", "The Tarvel depot burned before sunrise."
    ) == [("afternoon", "sunrise")]


def test_times_of_day_that_meet_are_no_other_part() -> None:
    """ "At night" and "at daybreak" may be one hour; "morning" and "noon" too."""
    assert other_parts("The Tarvel depot burned at night.", "The Tarvel depot burned at daybreak.") == []
    assert other_parts("The Tarvel depot burned in the morning.", "The Tarvel depot burned at noon.") == []


def test_the_first_and_last_third_of_one_period_are_apart() -> None:
    """ "at the beginning of the previous year" is not "late last year"."""
    claim = "The Velm ferry line opened at the beginning of the previous year."
    assert other_parts(claim, "The Velm ferry line opened late last year.") == [("beginning", "late")]
    assert other_parts("The mill closed in early 2019.", "The mill closed at the end of 2019.") == [
        ("early", "end")
    ]


def test_thirds_of_other_periods_are_no_rivals() -> None:
    """Early 2019 and late 2021 are two years: the year rules compare them, not the thirds."""
    assert other_parts("The mill closed in early 2019.", "The mill closed in late 2021.") == []


def test_words_for_parts_that_name_no_time_are_left_alone() -> None:
    """A newspaper's name, a count of nights and "the late mayor" place nothing in time."""
    assert period_parts("The Evening Courier printed the story.") == []
    assert period_parts("The guards worked three nights in a row.") == []
    assert period_parts("The late mayor of Tarvel opened the bridge.") == []
