"""Counts of one deed's people under one noun or nested nouns (invented figures)."""

from bot.counted_sets import narrower, nested_clash, of_people, one_outcome, same_noun
from bot.values import Quantity


def q(low: float, high: float, unit: str) -> Quantity:
    return Quantity(low, high, str(low), unit, 0, 0)


def test_people_is_the_plural_of_person() -> None:
    assert same_noun("people", "person")
    assert same_noun("persons", "people")
    assert not same_noun("people", "civilian")


def test_civilians_are_narrower_than_people_siblings_are_not() -> None:
    assert narrower("civilian", "people")
    assert narrower("child", "person")
    assert not narrower("people", "civilian")
    assert not narrower("terrorist", "militant")
    assert not narrower("militant", "terrorist")
    assert not narrower("rebel", "soldier")  # WordNet's first "rebel" is a Confederate soldier


def test_kill_and_die_tell_one_outcome() -> None:
    assert one_outcome("kill", "die")
    assert one_outcome("die", "kill")
    assert not one_outcome("injure", "die")


def test_narrower_count_cannot_exceed_wider() -> None:
    assert nested_clash(q(14, 14, "civilian"), q(9, 9, "people"))  # "14 civilians" / "9 people"
    assert nested_clash(q(9, 9, "people"), q(14, 14, "civilian"))
    assert not nested_clash(q(14, 14, "civilian"), q(23, 23, "people"))  # others died too
    assert not nested_clash(q(23, 23, "people"), q(14, 14, "civilian"))
    assert nested_clash(q(14, float("inf"), "civilian"), q(9, 9, "people"))  # "at least 14"
    assert not nested_clash(q(30, 30, "rebel"), q(5, 5, "soldier"))  # no nesting: no clash


def test_only_counts_of_people_join_verbs_by_outcome() -> None:
    assert of_people("civilian") and of_people("people") and of_people("persons")
    assert not of_people("dollar") and not of_people("lorry")
