from __future__ import annotations

import math

import pytest

from bot.values import parse_quantities, unit_matches


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The United States has 900 troops deployed", 900, 900, "troop"),
        ("forces conducted a dozen airstrikes in central Syria", 12, 12, "airstrike"),
        ("carried out dozens of airstrikes on Sunday", 24, 99, "airstrike"),
        ("struck more than 75 targets using assets", 75, math.inf, "target"),
        ("hitting 75 ISIS-linked targets", 75, 75, "target"),
        ("nine hundred soldiers arrived", 900, 900, "soldier"),
        ("The US has 2,000 troops in Syria.", 2000, 2000, "troop"),
        ("two high-ranking Syrian intelligence officials were charged", 2, 2, "official"),
        ("raised 1.5 million dollars", 1_500_000, 1_500_000, "dollar"),
    ],
)
def test_quantities_as_intervals(text: str, low: float, high: float, unit: str) -> None:
    (q,) = parse_quantities(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_dates_years_and_model_names_are_not_counts() -> None:
    assert parse_quantities("published on November 9, 2019 by the agency") == []
    assert parse_quantities("its refusal since 2011 to engage") == []
    assert parse_quantities("assets such as B-52s, F-15s and A-10s") == []


def test_a_dozen_and_dozens_conflict_but_more_than_75_and_75_agree() -> None:
    dozen, dozens = parse_quantities("a dozen strikes and dozens of strikes")
    assert not dozen.overlaps(dozens)
    seventy_five, more = parse_quantities("75 targets and more than 75 targets")
    assert seventy_five.overlaps(more)
    assert unit_matches("strike", "airstrike") and not unit_matches("camp", "target")
