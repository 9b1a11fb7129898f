"""``scripts/declined.py`` groups a declined question by the gate that rejects its gold sentence."""

from __future__ import annotations

import json
from pathlib import Path

from bot.types import NOT_IN_SOURCES
from scripts.declined import declined_ids, group_of

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


def test_only_declined_answerable_questions_outside_the_check_split_are_listed(tmp_path: Path) -> None:
    items = [
        {"id": "a", "kind": "question", "expected": "Velm", "got": NOT_IN_SOURCES, "correct": False},
        {"id": "u24-b", "kind": "question", "expected": "Velm", "got": NOT_IN_SOURCES, "correct": False},
        {"id": "c", "kind": "question", "expected": "not in sources", "got": NOT_IN_SOURCES, "correct": True},
    ]
    baseline = tmp_path / "base.json"
    baseline.write_text(json.dumps({"items": items}))
    assert declined_ids(baseline) == ["a"]
