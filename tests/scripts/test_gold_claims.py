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
