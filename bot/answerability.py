"""Whether a value the hard gates set aside answers the question: a fitted answer/decline step.

When every gated sentence leaves a question unanswered, the sentences over a lower floor that
failed one of the answerer's gates (the evidence floor, the question's names, the asked period,
background dated before it, the asked predicate) are read again by the same value readers, and
the best value is given only when a logistic regression over a few features of it (its score
against the evidence floor, its sentence's closeness in meaning to the question, the IDF-weighted
share of the question's words in the sentence and around it and of its names around it, which gates it failed, whether
its kind is the asked kind, its margin over the next value, how many articles give it) puts its
odds of answering the question over ``AnswerTuning.answerability_threshold``.
``scripts/fit_answerability.py`` records the features through ``Answerer.observe_rescue`` on
every gold set and fits the weights leave-one-corpus-out; they live in ``AnswerTuning``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from bot.conflicts import Group
from bot.evidence import EvidenceSentence, terms
from bot.linear import LinearFit
from bot.question import Kind, Question
from bot.text import tokens
from index.tuning import AnswerTuning

GATES: tuple[str, ...] = ("floor", "names", "period", "background", "predicate")
"""The answerer's per-sentence gates, in the order it applies them (``Answerer._failed_gates``)."""

FEATURES: tuple[str, ...] = (
    "score",
    "floor_ratio",
    "dense",
    "key_share",
    "window_share",
    "name_share",
    "gates_failed",
    *(f"failed_{g}" for g in GATES),
    "kind_fits",
    "margin",
    "docs",
    "open_question",
)
"""The feature names, in the order of ``rescue_features``' columns."""

RescueObserver = Callable[[Question, Group, np.ndarray, str], None]
"""Sees each rescue's best group, its feature row and the answer text it would give."""


def key_share(keys: Sequence[str], text: str, idf: Callable[[str], float]) -> float:
    """The IDF-weighted share of the question's ``keys`` (stems: its content words or its names)
    that ``text`` holds (word forms and typos allowed, as ``TokenPool.has``); 0 when none is asked."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return 0.0
    pool = terms(text)
    weights = [max(idf(k), 0.0) + 1e-3 for k in keys]
    return sum(w for k, w in zip(keys, weights, strict=True) if pool.has(k)) / sum(weights)


def rescue_features(
    q: Question,
    groups: Sequence[Group],
    hit: EvidenceSentence,
    failed: Sequence[str],
    floor: float,
    window: str,
) -> np.ndarray:
    """One row of ``FEATURES`` for the best of ``groups`` (its lead member's sentence ``hit``,
    the gates that sentence ``failed``, its ``window`` of neighbouring sentences)."""
    top = groups[0]
    lead = top.members[0]
    idf = hit.corpus.idf
    words = tokens(q.text)
    second = groups[1].score if len(groups) > 1 else 0.0
    sentence = lead.key == "sentence" or lead.value == lead.quote
    row = {
        "score": top.score,
        "floor_ratio": top.score / floor if floor else 0.0,
        "dense": float(hit.dense),
        "key_share": key_share(words, hit.text, idf),
        "window_share": key_share(words, window, idf),
        "name_share": key_share(q.key_terms, window, idf) if q.key_terms else 1.0,
        "gates_failed": float(len(failed)),
        **{f"failed_{g}": float(g in failed) for g in GATES},
        "kind_fits": float(q.kind is Kind.OPEN or not sentence),
        "margin": top.score - second,
        "docs": math.log1p(len(top.docs)),
        "open_question": float(q.kind is Kind.OPEN),
    }
    return np.array([row[f] for f in FEATURES], dtype=float)


@dataclass(frozen=True)
class Answerability(LinearFit):
    """A fitted logistic regression over standardised ``FEATURES`` (``bias`` a scalar)."""

    FEATURES: ClassVar[tuple[str, ...]] = FEATURES
    WHAT: ClassVar[str] = "answerability model"

    @classmethod
    def of(cls, tune: AnswerTuning) -> Answerability | None:
        """The fit stored in ``tune`` (None when none was stored)."""
        if not tune.answerability_weights:
            return None
        return cls(
            FEATURES,
            np.array(tune.answerability_weights, dtype=float),
            np.array(tune.answerability_mean, dtype=float),
            np.array(tune.answerability_scale, dtype=float),
            tune.answerability_bias,
        )

    def probability(self, row: np.ndarray) -> float:
        """The fitted probability that the row's value answers its question."""
        return float(1.0 / (1.0 + np.exp(-self.logits(row.reshape(1, -1))[0])))
