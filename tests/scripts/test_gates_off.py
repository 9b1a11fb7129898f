"""``scripts/gates_off.py`` asks again the questions a baseline declines, wrongly or rightly."""

from __future__ import annotations

import json
from pathlib import Path

from bot.types import NOT_IN_SOURCES
from scripts.gates_off import todo


def test_declined_answerable_and_rightly_declined_unanswerable_questions_are_asked(tmp_path: Path) -> None:
    """An answered question, a claim and a wrong answer are left alone: no gate declined them; a
    check-split item is never listed."""
    items = [
        {"id": "a", "kind": "question", "expected": "Tomas Brill", "got": NOT_IN_SOURCES, "correct": False},
        {"id": "b", "kind": "question", "expected": "not in sources", "got": NOT_IN_SOURCES, "correct": True},
        {"id": "c", "kind": "question", "expected": "Velm", "got": "Velm", "correct": True},
        {"id": "d", "kind": "question", "expected": "not in sources", "got": "Orlo", "correct": False},
        {"id": "e", "kind": "claim", "expected": "supported", "got": NOT_IN_SOURCES, "correct": False},
        {"id": "u25-x", "kind": "question", "expected": "Velm", "got": NOT_IN_SOURCES, "correct": False},
    ]
    baseline = tmp_path / "base.json"
    baseline.write_text(json.dumps({"items": items}))
    assert todo(baseline) == {"a": "ans", "b": "unans"}
