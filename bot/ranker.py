"""Features of answer candidate groups, and a fitted linear order over them (not wired in).

Each group that passed the evidence floor gets a few cheap features (its retrieval scores, its
support, how much of the question its sentence covers, whether its value repeats the question,
where its sentence sits in the article, how recent its sources are): nothing beyond what the
answer flow already has, no parse, no model call. ``scripts/fit_answer_ranker.py`` records them
through ``Answerer.observe`` and fits a logistic regression on the union of the gold sets; fitted
leave-one-set-out it did not beat the hand order, so ``Answerer`` keeps the hand order and
``Ranker`` serves the script and the next experiment.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import numpy as np

from bot.conflicts import Group
from bot.dates import parse_iso
from bot.evidence import EvidenceSentence
from bot.linear import LinearFit, read_fit
from bot.question import Kind, Question
from bot.text import tokens

FEATURES: tuple[str, ...] = (
    "score",
    "score_gap",
    "first",
    "rank_share",
    "docs",
    "members",
    "dense",
    "lexical",
    "coverage",
    "context",
    "question_cover",
    "key_cover",
    "title_cover",
    "value_in_question",
    "value_words",
    "sentence_value",
    "sentence_for_kind",
    "position",
    "recency",
    "on_asked_verb",
)
"""The feature names, in the order of ``group_features``' columns."""

_HIT_FEATURES = ("dense", "lexical", "coverage", "context")

Observer = Callable[[str, Question, list[Group], list[EvidenceSentence], list[str]], None]
"""Sees, at a named stage of an answer, its groups in the hand order, the candidate sentences and
the answer text each group would give (``scripts/fit_answer_ranker.py`` records them). Stages:
"usable", each sentence that passed the gates, as itself; "read", every group the value readers
offered, below the floor too; "floor", the floor-passing groups after the date and place
filters; "final", those left where the answer is picked."""


def _share(wanted: Sequence[str], have: set[str]) -> float:
    """The share of ``wanted`` words found in ``have`` (0 when nothing is wanted)."""
    return sum(w in have for w in wanted) / len(wanted) if wanted else 0.0


def group_features(q: Question, groups: Sequence[Group], hits: Sequence[EvidenceSentence]) -> np.ndarray:
    """One row of ``FEATURES`` per group, in the groups' order: a group's best member speaks for it,
    support counts its sources, and each share is over the question's own content words."""
    by_id = {h.chunk.id: h for h in hits}
    asked = list(dict.fromkeys(tokens(q.text)))
    asked_set = set(asked)
    keys = list(q.key_terms)
    top = groups[0].score if groups else 0.0
    days = [[d for d in (parse_iso(m.date) for m in g.members) if d is not None] for g in groups]
    newest = max((max(d) for d in days if d), default=None)
    rows = []
    for rank, (g, dated) in enumerate(zip(groups, days, strict=True)):
        lead = g.members[0]
        hit = by_id.get(lead.chunk_id)
        said = set(tokens(lead.quote))
        value = tokens(lead.value)
        sentence = lead.key == "sentence" or lead.value == lead.quote
        gap = (newest - max(dated)).days if newest is not None and dated else 0
        row = {
            "score": g.score,
            "score_gap": g.score - top,
            "first": float(rank == 0),
            "rank_share": rank / max(1, len(groups) - 1),
            "docs": math.log1p(len(g.docs)),
            "members": math.log1p(len(g.members)),
            **{f: float(getattr(hit, f)) if hit is not None else 0.0 for f in _HIT_FEATURES},
            "question_cover": _share(asked, said),
            "key_cover": _share(keys, said),
            "title_cover": _share(asked, set(tokens(lead.title))),
            "value_in_question": 0.0 if sentence else _share(value, asked_set),
            "value_words": math.log1p(len(value)),
            "sentence_value": float(sentence),
            "sentence_for_kind": float(sentence and q.kind is not Kind.OPEN),
            "position": math.log1p(lead.start) / 10,
            "recency": min(gap, 3650) / 365,
            "on_asked_verb": float(any(m.on_asked_verb for m in g.members)),
        }
        rows.append([row[f] for f in FEATURES])
    return np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))


@dataclass(frozen=True)
class Ranker(LinearFit):
    """A fitted logistic regression over standardised ``FEATURES`` (``bias`` a scalar)."""

    FEATURES: ClassVar[tuple[str, ...]] = FEATURES
    WHAT: ClassVar[str] = "answer ranker"

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """The fitted log-odds that each row's value is right (rows in ``FEATURES`` order)."""
        return self.logits(rows)

    def order(self, q: Question, groups: list[Group], hits: Sequence[EvidenceSentence]) -> list[Group]:
        """The groups by fitted score, best first; ties keep the hand order."""
        if len(groups) < 2:
            return groups
        score = self.scores(group_features(q, groups, hits))
        return [groups[i] for i in np.argsort(-score, kind="stable")]


@cache
def load_ranker(path: str) -> Ranker | None:
    """The fitted ranker stored at ``path`` (read once), or None when no fit was stored."""
    return read_fit(path, Ranker)
