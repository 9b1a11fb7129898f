"""``scripts/text_vs_alone.py``: a text claim's verdict in its text against its quote's alone."""

from __future__ import annotations

from scripts.text_vs_alone import rows, side


def test_claims_are_sided_and_the_check_split_is_skipped() -> None:
    claim = {
        "quote": "q",
        "claim": "c",
        "expected": "supported",
        "got": "not_enough_info",
        "alone": "supported",
    }
    report = {
        "items": [
            {"id": "t-one", "kind": "text", "claims": [claim, {**claim, "got": "supported"}]},
            {"id": "u25-t-two", "kind": "text", "claims": [claim]},
            {"id": "q-three", "kind": "question"},
        ]
    }
    found = rows(report)
    assert [item for item, _ in found] == ["t-one", "t-one"]
    assert [side(row) for _, row in found] == ["alone only", "both"]
