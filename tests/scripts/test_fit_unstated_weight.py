"""The unstated-words measure of ``scripts/fit_unstated_weight.py`` on hand-made rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.fit_unstated_weight import _liftable, fit, residual


def _row(reason: str, unstated: list[list[object]], dense: float = 0.7) -> dict[str, object]:
    return {
        "dense": dense,
        "reason": reason,
        "stated": [["ferry", 3.0]],
        "unstated": unstated,
        "opposed": False,
    }


def test_a_close_word_leaves_less_unstated_than_a_far_one() -> None:
    far = _row("does not say sailed", [["sailed", 1.0, "VERB", 0.2]])
    close = _row("does not say sailed", [["sailed", 1.0, "VERB", 0.9]])
    assert residual(far, 0.4) == 0.25
    assert residual(close, 0.4) < residual(far, 0.4)
    assert residual(_row("not about the same thing", []), 0.4) == 0.0


def test_only_wording_reasons_may_be_lifted() -> None:
    assert _liftable(_row("does not say sailed", []))
    assert not _liftable(_row("does not say what came before", []))
    assert not _liftable(_row("does not mention velmar", []))


def test_fit_counts_a_lifted_supported_claim_as_right(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    dump = tmp_path / "d.jsonl"
    rows = [_row("does not say sailed", [["sailed", 1.0, "VERB", 0.9]], dense=0.8)]
    dump.write_text(
        json.dumps({"id": "x", "gold": "supported", "rules": "not_enough_info", "rows": rows}) + "\n"
    )
    fit([dump])
    out = capsys.readouterr().out
    assert "1 right / 0 wrong" in out
