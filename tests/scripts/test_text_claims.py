"""``scripts/text_claims.py``: a text's gold quotes with the claims split from it, compared."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.text_claims import closeness, compare, dump

ITEM = {
    "id": "t1",
    "kind": "text",
    "text": "The ferry left Velmar on Monday and sank near Ostrin.",
    "claims": [{"quote": "sank near Ostrin", "verdict": "supported"}],
}


def test_each_quote_is_shown_with_its_claim_and_a_change_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(ITEM) + "\n")
    dump([str(gold)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "g\tt1\tsupported\tsank near Ostrin\tThe ferry sank near Ostrin."
    old = tmp_path / "old.tsv"
    old.write_text("\n".join(lines) + "\n")
    new = tmp_path / "new.tsv"
    new.write_text("g\tt1\tsupported\tsank near Ostrin\tNone\n")
    compare(str(old), str(new))
    out = capsys.readouterr().out
    assert out.startswith("- g t1") and "closeness 0.60 -> 0.00" in out


def test_closeness_is_the_word_overlap_with_the_quote() -> None:
    assert closeness("sank near Ostrin", "The ferry sank near Ostrin.") == pytest.approx(3 / 5)
    assert closeness("sank near Ostrin", "None") == 0.0
