"""The ranker's fit script: it dumps real answers' groups on a hand-made gold file and fits weights
that reorder hand-made groups out of sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.api import FactChecker
from bot.ranker import FEATURES, load_ranker
from index.embed import Embedder
from scripts.fit_answer_ranker import dump_items, fit
from tests.bot.tiny_index import tiny_checker


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return tiny_checker(tmp_path_factory, embedder)


def test_dump_labels_each_group_by_the_gold_answer(tiny: FactChecker, tmp_path: Path) -> None:
    gold = tmp_path / "tiny.jsonl"
    items = [
        {
            "id": "t-cost",
            "kind": "question",
            "question": "How much did the harbour repairs in Velmar cost?",
            "answer": "$3 million",
            "supporting": [{"doc": "harbour.txt", "quote": "The repairs cost $3 million"}],
        },
        {
            "id": "t-wrong",
            "kind": "question",
            "question": "How much did the harbour repairs in Velmar cost?",
            "answer": "$9 million",
            "supporting": [{"doc": "harbour.txt", "quote": "The repairs cost $3 million"}],
        },
        {
            "id": "t-none",
            "kind": "question",
            "question": "How many lighthouses does Velmar have?",
            "answer": "not in sources",
            "supporting": [],
        },
    ]
    gold.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    rows = {r["id"]: r for r in dump_items(tiny, gold)}
    assert set(rows) == {"t-cost", "t-wrong"}  # an unanswerable question has no order to learn
    cost, wrong = rows["t-cost"], rows["t-wrong"]
    assert cost["correct"] and not wrong["correct"]
    assert cost["final"]["right"][0] is True and "$3 million" in cost["final"]["values"][0]
    assert wrong["final"]["right"] == [False] * len(wrong["final"]["values"])
    assert set(cost) >= {"usable", "read", "floor", "final"}
    assert any(cost["usable"]["on_gold"])  # the gold sentence passed the gates
    assert all(len(f) == len(FEATURES) for f in cost["final"]["features"])
    assert tiny._answerer.observe is None


def _row(right_first: bool) -> dict[str, object]:
    """Two groups: the one repeating the question's words leads the hand order and is wrong
    unless ``right_first``."""
    repeat = [0.0] * len(FEATURES)
    fresh = [0.0] * len(FEATURES)
    repeat[FEATURES.index("value_in_question")] = 1.0
    repeat[FEATURES.index("first")] = 1.0
    final = {"right": [right_first, not right_first], "values": ["a", "b"], "features": [repeat, fresh]}
    return {"id": "x", "correct": right_first, "final": final}


def test_fit_learns_out_of_sample_what_the_other_sets_teach(tmp_path: Path) -> None:
    files = []
    for name, rows in {"one": [_row(False)] * 6 + [_row(True)], "two": [_row(False)] * 5}.items():
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        files.append(path)
    out = tmp_path / "ranker.json"
    table = fit(files, 1.0, ("value_in_question", "first"), out)
    assert table["two"] == (5, 5, 0, 5)  # learned from "one": a value repeating the question loses
    assert table["one"][2:] == (1, 6)
    ranker = load_ranker(str(out))
    assert ranker is not None and ranker.weights[0] < 0
