"""The day gaps between two accounts of one count (``scripts/fit_rival_days.py``)."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.fit_rival_days import account_pairs, gaps, smallest_keeping


def test_pairs_are_a_questions_differing_variants_and_a_conflicting_claims_articles() -> None:
    question = {
        "kind": "question",
        "disagreement": {
            "variants": [
                {"doc": "a.txt", "value": "40"},
                {"doc": "b.txt", "value": "40"},
                {"doc": "c.txt", "value": "55"},
                {"doc": "c.txt", "value": "60"},
            ]
        },
    }
    assert sorted(account_pairs(question)) == [("a.txt", "c.txt"), ("b.txt", "c.txt")]
    claim = {"kind": "claim", "verdict": "conflicting", "evidence": [{"doc": "b.txt"}, {"doc": "a.txt"}]}
    assert list(account_pairs(claim)) == [("a.txt", "b.txt")]
    assert list(account_pairs({**claim, "verdict": "supported"})) == []


def test_gaps_skip_undated_articles_and_the_check_split(tmp_path: Path) -> None:
    items = [
        {"id": "x-1", "kind": "claim", "verdict": "conflicting", "evidence": [{"doc": "a"}, {"doc": "b"}]},
        {"id": "x-2", "kind": "claim", "verdict": "conflicting", "evidence": [{"doc": "a"}, {"doc": "u"}]},
        {"id": "u25-x", "kind": "claim", "verdict": "conflicting", "evidence": [{"doc": "a"}, {"doc": "c"}]},
    ]
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(i) for i in items))
    dates = {"a": "2031-03-07", "b": "2031-03-08", "c": "2031-03-20", "u": ""}
    assert gaps([gold], dates) == [(1, "x-1")]


def test_the_smallest_gap_keeping_a_share() -> None:
    assert smallest_keeping([0, 0, 1, 1, 5], 0.8) == 1
    assert smallest_keeping([0, 0, 1, 1, 5], 1.0) == 5
    assert smallest_keeping([], 0.8) == 0
