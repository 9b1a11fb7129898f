"""The answerability fit script: its held-out curve counts, and a leave-one-corpus-out fit on
made-up rows where one feature decides."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.answerability import FEATURES
from scripts.fit_answerability import THRESHOLDS, curve, fit


def test_the_curve_counts_right_values_wrong_values_and_unanswerables_taken() -> None:
    p = np.array([0.95, 0.55, 0.45, 0.85])
    y = np.array([1.0, 0.0, 0.0, 0.0])
    answerable = np.array([True, True, False, False])
    rows = dict((t, (right, wrong, unans)) for t, right, wrong, unans in curve(p, y, answerable))
    assert rows[0.5] == (1, 1, 1)
    assert rows[0.9] == (1, 0, 0)
    assert rows[0.3] == (1, 1, 2)
    assert set(rows) == set(THRESHOLDS)


def _row(corpus: str, right: bool, answerable: bool, decisive: float, k: int) -> dict[str, object]:
    features = [0.1 * ((k * 7 + i) % 5) for i in range(len(FEATURES))]
    features[FEATURES.index("window_share")] = decisive
    return {
        "id": f"{corpus}-{k}",
        "corpus": corpus,
        "answerable": answerable,
        "right": right,
        "features": features,
    }


def test_a_feature_that_decides_everywhere_is_learnt_out_of_each_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = []
    for corpus in ("alpha", "beta", "gamma"):
        rows = [_row(corpus, True, True, 0.9, k) for k in range(6)]
        rows += [_row(corpus, False, k % 2 == 0, 0.1, k) for k in range(6, 18)]
        path = tmp_path / f"{corpus}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        files.append(path)
    fit(files, l2=1.0, write=True, names=("window_share", "margin"))
    out = capsys.readouterr().out
    held = out.split("held out, all corpora")[1].split("in sample")[0]
    at_half = next(line.split() for line in held.splitlines() if line.strip().startswith("0.50"))
    assert at_half == ["0.50", "18", "0", "0"]  # every right value, no wrong one, no unanswerable
    weights = next(line for line in out.splitlines() if line.startswith("answerability_weights"))
    assert weights.count("0.0,") >= len(FEATURES) - 3  # only the fitted features weigh
