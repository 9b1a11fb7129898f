"""``scripts/declined.py`` groups a declined question by the gate that rejects its gold sentence."""

from __future__ import annotations

from scripts.declined import group_of

FLOOR = 0.45


def test_no_gold_sentence_among_the_readers_is_a_retrieval_miss() -> None:
    assert group_of([], [], FLOOR) == "retrieval miss"


def test_the_gold_sentence_that_gets_furthest_names_the_group() -> None:
    """One gold sentence fails the floor, another only the predicate check: the predicate check
    is what keeps the answer out."""
    assert group_of([["floor", "states"], ["states"]], [], FLOOR) == "state (predicate not stated)"
    assert group_of([["floor"], ["keys", "states"]], [], FLOOR) == "key terms"
    assert group_of([["fits", "states"]], [], FLOOR) == "event scope"


def test_a_gold_sentence_passing_every_gate_is_the_readers_to_answer() -> None:
    assert group_of([["states"], []], [], FLOOR) == "reader finds no candidate"
    assert group_of([[]], [0.41, 0.3], FLOOR) == "candidate under the floor"
    assert group_of([[]], [0.52], FLOOR) == "answer stage"
