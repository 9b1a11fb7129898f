"""A linear model over standardised, named features, stored the way the fit scripts write it.

The answer ranker (``bot/ranker.py``) and the stance model (``bot/stance_model.py``) are both
logistic regressions fitted by scripts in ``scripts/``: one keeps how such a fit is standardised,
scored, written and read back, so a stored fit means the same thing to both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

import numpy as np

Fit = TypeVar("Fit", bound="LinearFit")


def _rounded(a: np.ndarray) -> Any:
    """The array as JSON numbers, six decimals (a scalar stays a scalar)."""
    return np.round(a.astype(float), 6).tolist()


@dataclass(frozen=True)
class LinearFit:
    """``weights`` per feature named in ``names`` (one column per class for a multinomial fit),
    ``mean`` and ``scale`` to standardise rows with, ``bias`` (one per class, or a scalar)."""

    names: tuple[str, ...]
    weights: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    bias: np.ndarray | float = 0.0

    FEATURES: ClassVar[tuple[str, ...]] = ()
    """The features the code computes, in the column order of its feature rows."""
    WHAT: ClassVar[str] = "linear model"
    """What the fit is, for the message when a stored fit names features this code lacks."""

    @classmethod
    def from_dict(cls: type[Fit], data: dict[str, Any]) -> Fit:
        """The fit a script wrote (``to_dict``); features it names that this code lacks fail loudly."""
        names = tuple(data["features"])
        unknown = set(names) - set(cls.FEATURES)
        if unknown:
            raise ValueError(f"{cls.WHAT} names unknown features: {sorted(unknown)}")
        return cls(
            names,
            np.array(data["weights"], dtype=float),
            np.array(data["mean"], dtype=float),
            np.array(data["scale"], dtype=float),
            np.array(data.get("bias", 0.0), dtype=float),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(self.names),
            "weights": _rounded(self.weights),
            "mean": _rounded(self.mean),
            "scale": _rounded(self.scale),
            "bias": _rounded(np.asarray(self.bias)),
        }

    def logits(self, rows: np.ndarray) -> np.ndarray:
        """Each row's log-odds (one column per class for a multinomial fit); rows are in
        ``FEATURES`` order, and a fit may use a subset of them."""
        cols = [self.FEATURES.index(n) for n in self.names]
        return np.asarray((rows[:, cols] - self.mean) / self.scale @ self.weights + self.bias, dtype=float)


def fit_logistic_l2(
    x: np.ndarray, y: np.ndarray, l2: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """L2-regularised logistic regression by Newton steps on standardised columns (the bias not
    shrunk): the weights, the columns' means and scales, and the bias."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], mean, scale, float(w[-1])


def read_fit(path: str, kind: type[Fit]) -> Fit | None:
    """The fit of ``kind`` stored at ``path``, or None when no fit was stored."""
    try:
        with open(path, encoding="utf-8") as f:
            return kind.from_dict(json.load(f))
    except FileNotFoundError:
        return None
