"""A stored linear fit reads back to the same scores, and a fit of features the code lacks fails."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from bot.linear import LinearFit, read_fit


class _Fit(LinearFit):
    FEATURES: ClassVar[tuple[str, ...]] = ("height", "weight", "age")
    WHAT: ClassVar[str] = "toy fit"


def test_logits_standardise_the_named_columns_only(tmp_path: Path) -> None:
    fit = _Fit(("age", "height"), np.array([2.0, -1.0]), np.array([30.0, 170.0]), np.array([10.0, 5.0]), 0.5)
    rows = np.array([[175.0, 70.0, 40.0], [170.0, 90.0, 30.0]])
    assert fit.logits(rows).tolist() == pytest.approx([2.0 - 1.0 + 0.5, 0.5])
    path = tmp_path / "fit.json"
    path.write_text(json.dumps(fit.to_dict()), encoding="utf-8")
    again = read_fit(str(path), _Fit)
    assert again is not None and again.logits(rows).tolist() == pytest.approx(fit.logits(rows).tolist())


def test_a_multinomial_fit_keeps_one_bias_per_class() -> None:
    fit = _Fit(("age",), np.array([[1.0, -1.0]]), np.array([0.0]), np.array([1.0]), np.array([0.0, 2.0]))
    assert fit.logits(np.array([[0.0, 0.0, 3.0]])).tolist() == [[3.0, -1.0]]
    assert np.asarray(_Fit.from_dict(fit.to_dict()).bias).tolist() == [0.0, 2.0]


def test_unknown_features_and_a_missing_file() -> None:
    with pytest.raises(ValueError, match="toy fit names unknown features: \\['shoe_size'\\]"):
        _Fit.from_dict({"features": ["shoe_size"], "weights": [1], "mean": [0], "scale": [1]})
    assert read_fit("/nonexistent/fit.json", _Fit) is None
