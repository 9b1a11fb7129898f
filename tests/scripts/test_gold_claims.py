"""The fitting scripts' shared command line: ``dump`` writes the rows, ``grid`` reads every dump."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.gold_claims import dump_or_rows


def test_dump_writes_the_rows_and_grid_reads_every_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def dump(gold: Path, index: Path) -> list[dict[str, Any]]:
        return [{"gold": gold.name, "index": index.name, "dense": 0.61}]

    out = tmp_path / "a.json"
    monkeypatch.setattr(sys, "argv", ["fit", "dump", "claims.jsonl", "idx", "--out", str(out)])
    assert dump_or_rows("Fit a gate.", dump) is None
    assert json.loads(out.read_text()) == [{"gold": "claims.jsonl", "index": "idx", "dense": 0.61}]

    other = tmp_path / "b.json"
    other.write_text(json.dumps([{"gold": "more.jsonl", "dense": 0.4}]))
    monkeypatch.setattr(sys, "argv", ["fit", "grid", str(out), str(other)])
    rows = dump_or_rows("Fit a gate.", dump)
    assert rows is not None and [r["gold"] for r in rows] == ["claims.jsonl", "more.jsonl"]


def test_the_floor_grid_counts_refuted_claims_apart_from_the_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A refuting rule's grid: above a floor, how many refuted claims would gain a refuting
    sentence and how many claims of the other verdicts would."""
    from scripts.gold_claims import print_floor_grid

    row = {"reason": "says A, not B", "sentence": "s"}
    rows = [
        row | {"id": "a", "claim": "x", "gold": "refuted", "dense": 0.62},
        row | {"id": "b", "claim": "y", "gold": "supported", "dense": 0.41},
    ]
    print_floor_grid(rows)
    lines = capsys.readouterr().out.splitlines()
    assert "dense>=0.40: refuted claims gained 1, others 1" in lines
    assert "dense>=0.45: refuted claims gained 1, others 0" in lines
    assert "dense>=0.65: refuted claims gained 0, others 0" in lines


def test_judged_claims_never_checks_the_check_split(tmp_path: Path) -> None:
    """A fitting script sees the development claims and never checks a held-out one."""
    from types import SimpleNamespace

    from scripts.gold_claims import judged_claims

    gold = tmp_path / "g.jsonl"
    rows = [
        {"id": "u24-c-held", "kind": "claim", "claim": "The ferry sank in Ostrin.", "verdict": "refuted"},
        {"id": "u9-c-open", "kind": "claim", "claim": "The ferry docked in Velm.", "verdict": "supported"},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    checked: list[str] = []
    fc = SimpleNamespace(_checker=SimpleNamespace(observe=None), check=checked.append)
    assert list(judged_claims(fc, gold)) == []  # type: ignore[arg-type]
    assert checked == ["The ferry docked in Velm."]
