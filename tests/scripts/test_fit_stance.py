"""The stance fit script: how a judged sentence is labelled, and a fit that learns a side from
hand-made feature rows."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

from bot.stance_model import CLASSES, FEATURES
from bot.types import Stance
from scripts.fit_stance import OTHER_WEIGHT, _label, fit_multinomial

SUPPORTS, REFUTES, NEUTRAL = (CLASSES.index(s) for s in (Stance.SUPPORTS, Stance.REFUTES, Stance.NEUTRAL))


def test_a_quoted_sentence_takes_its_claims_side() -> None:
    assert _label("supported", True, Stance.NEUTRAL) == (SUPPORTS, 1.0)
    assert _label("refuted", True, Stance.SUPPORTS) == (REFUTES, 1.0)
    assert _label("conflicting", True, Stance.REFUTES) == (REFUTES, 1.0)
    assert _label("conflicting", True, Stance.NEUTRAL)[1] == 0.0  # its side unknown: left out
    assert _label("not_enough_info", False, Stance.NEUTRAL) == (NEUTRAL, 1.0)
    assert _label("supported", False, Stance.NEUTRAL) == (NEUTRAL, OTHER_WEIGHT)


def _dump(path: Path, seed: int) -> Path:
    """Rows where lemma coverage says supports and an antonym says refutes, with a little noise."""
    rng = random.Random(seed)
    sentences = []
    for _ in range(90):
        y = rng.choice([NEUTRAL, SUPPORTS, REFUTES])
        x = [0.0 for _ in FEATURES]
        x[FEATURES.index("dense")] = rng.random()
        x[FEATURES.index("lemma_cover")] = (0.9 if y != NEUTRAL else 0.2) + 0.1 * rng.random()
        x[FEATURES.index("antonym_hits")] = 1.0 if y == REFUTES else 0.0
        sentences.append({"doc": "a.txt", "start": 0, "y": y, "w": 1.0, "x": x})
    path.write_text(json.dumps({"id": "c", "gold": "supported", "rules": "x", "sentences": sentences}) + "\n")
    return path


def test_the_fit_learns_a_side_from_the_rows(tmp_path: Path) -> None:
    model = fit_multinomial([_dump(tmp_path / "a.jsonl", 1), _dump(tmp_path / "b.jsonl", 2)], l2=1.0)
    row = [0.0] * len(FEATURES)
    row[FEATURES.index("dense")] = 0.5
    row[FEATURES.index("lemma_cover")] = 0.9
    agreeing = model.probabilities(np.array([row]))[0]
    row[FEATURES.index("antonym_hits")] = 1.0
    opposing = model.probabilities(np.array([row]))[0]
    assert agreeing.argmax() == SUPPORTS and opposing.argmax() == REFUTES
