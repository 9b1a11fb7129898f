"""``bot/tallies.py``: which figures a sentence gives as a whole death toll, on hand-made sentences."""

from __future__ import annotations

import pytest

from bot.stance import counted_verb
from bot.tallies import counts_the_dead, death_noun, death_tally, gives_toll, tells_death
from bot.values import Quantity, parse_quantities


def _tallied(text: str) -> list[str]:
    return [q.text for q in parse_quantities(text) if death_tally(text, q)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The port authority placed the death toll at 14.", "14"),
        ("Residents put the death toll higher, saying that about 30 had been killed.", "about 30"),
        ("The mayor gave a toll of 17 killed and 40 hurt.", "17"),
        ("The radio said the number of sailors who died in the storm has risen to 9.", "9"),
    ],
)
def test_a_figure_given_as_a_death_toll_is_a_whole_toll(text: str, figure: str) -> None:
    assert _tallied(text) == [figure]
    assert gives_toll(text)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in the harbour district reached 4.",  # a part of the event's toll
        "Eleven fishermen drowned near the pier, the coastguard said.",  # a count, not a toll
        "At least 12 sailors died, and the number of injured reached 40.",  # the injured are not a toll of deaths
        "The firm put the number of jobs at risk at 300.",  # a tally of something else
        "The storm left 6 dead and 25 injured.",
    ],
)
def test_parts_plain_counts_and_other_tallies_are_not_death_tolls(text: str) -> None:
    assert _tallied(text) == []


def test_a_figure_inside_the_tallys_own_words_is_not_its_value() -> None:
    """In "brought to 23 the number killed in three days", the three days say when; 23 is the toll."""
    text = "The coastguard said the fighting brought to 23 the number killed along the border in three days of clashes."
    assert "three" not in _tallied(text)


@pytest.mark.parametrize(
    ("noun", "dead"),
    [
        ("dead", True),
        ("death", True),
        ("fatality", True),
        ("martyr", True),
        ("injury", False),
        ("boat", False),
        ("", False),
    ],
)
def test_a_noun_of_the_dead_says_its_members_died(noun: str, dead: bool) -> None:
    assert death_noun(noun) is dead


def _count(text: str) -> tuple[Quantity, str]:
    (q,) = parse_quantities(text)
    return q, counted_verb(text, q)


@pytest.mark.parametrize(
    "text",
    [
        "The landslide near Orvel left 9 dead.",
        "The landslide near Orvel caused nine deaths.",
        "Nine martyrs fell at Orvel.",
    ],
)
def test_people_killed_and_a_count_of_the_dead_count_the_same(text: str) -> None:
    killed = _count("Nine people were killed in the landslide near Orvel.")
    assert counts_the_dead(*killed, *_count(text))
    assert counts_the_dead(*_count(text), *killed)


def test_the_dead_are_not_the_wounded_nor_a_narrower_kind_of_people() -> None:
    dead = _count("The landslide near Orvel left 9 dead.")
    assert not counts_the_dead(*_count("Nine people were hurt in the landslide near Orvel."), *dead)
    assert not counts_the_dead(*_count("Three children were killed in the landslide near Orvel."), *dead)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("How many people died in the Velm flood?", True),
        ("What was the death toll of the Dorn bombing?", True),
        ("How many miners were killed in the collapse?", True),
        ("How many fans were hurt in the crush?", False),
        ("How many jobs did Kessler add?", False),
    ],
)
def test_a_text_about_the_dead(text: str, dead: bool) -> None:
    assert tells_death(text) is dead
