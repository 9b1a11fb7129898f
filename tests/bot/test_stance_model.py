"""The learned stance's features, read from invented sentences, and the side its weights give."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from bot.api import FactChecker
from bot.stance import Judgement
from bot.stance_model import CLASSES, FEATURES, Peers, StanceModel, load_stance_model, stance_features
from bot.types import Stance
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand

NEUTRAL = Judgement(Stance.NEUTRAL, 0.7, "related, but does not state the claim")


def _row(tiny: FactChecker, claim: str, text: str, rule: Judgement = NEUTRAL) -> dict[str, float]:
    hit = hand(tiny, text, dense=0.7, score=0.7)
    return dict(zip(FEATURES, stance_features(claim, hit, rule, Peers(0.9, 2), CheckTuning()), strict=True))


def test_synonyms_count_as_stated_words(tiny: FactChecker) -> None:
    claim = "Tarnish rebels seized the Velm barracks."
    same = _row(tiny, claim, "Tarnish rebels captured the Velm barracks on Monday.")
    other = _row(tiny, claim, "Tarnish rebels painted the Velm barracks on Monday.")
    assert same["lemma_cover"] == 1.0 > other["lemma_cover"]
    assert same["reason_related"] == 1.0 and same["rule_supports"] == 0.0


def test_numbers_agree_or_clash_on_the_same_thing(tiny: FactChecker) -> None:
    claim = "The blast in Orvik killed 14 people."
    assert _row(tiny, claim, "Fourteen people died when the blast hit Orvik.")["claim_numbers"] == 1.0
    agreed = _row(tiny, claim, "The Orvik blast killed 14 people and hurt 30.")
    clashed = _row(tiny, claim, "The Orvik blast killed 40 people.")
    assert agreed["numbers_agree"] == 1.0 and agreed["numbers_clash"] == 0.0
    assert clashed["numbers_clash"] == 1.0 and clashed["numbers_agree"] == 0.0


def test_negation_antonyms_and_rival_names(tiny: FactChecker) -> None:
    claim = "Mayor Ilsa Venn opened the Marrowby pier."
    closed = _row(tiny, claim, "Mayor Ilsa Venn closed the Marrowby pier.")
    denied = _row(tiny, claim, "Mayor Ilsa Venn did not open the Marrowby pier.")
    rival = _row(tiny, claim, "Mayor Joss Calder opened the Marrowby pier.")
    assert closed["antonym_hits"] >= 1.0 and closed["negation_mismatch"] == 0.0
    assert denied["negation_mismatch"] == 1.0
    assert rival["rival_names"] >= 1.0 and rival["names_in_sentence"] < 1.0


def test_the_rules_stance_is_a_feature(tiny: FactChecker) -> None:
    refuting = Judgement(Stance.REFUTES, 0.7, "says 40", clear=True, rival="name")
    row = _row(tiny, "The Orvik blast killed 14.", "The Orvik blast killed 40.", refuting)
    assert (row["rule_refutes"], row["rule_clear"], row["rule_rival"]) == (1.0, 1.0, 1.0)
    assert sum(row[n] for n in FEATURES if n.startswith("reason_")) == 0.0


def _model(weight: float) -> StanceModel:
    """A model leaning on lemma coverage alone: high coverage says supports."""
    weights = np.zeros((len(FEATURES), len(CLASSES)))
    weights[FEATURES.index("lemma_cover"), CLASSES.index(Stance.SUPPORTS)] = weight
    n = len(FEATURES)
    return StanceModel(FEATURES, weights, np.zeros(n), np.ones(n), np.zeros(len(CLASSES)))


def test_a_side_needs_its_probability(tiny: FactChecker, tmp_path: Path) -> None:
    hit = hand(tiny, "Tarnish rebels captured the Velm barracks on Monday.", dense=0.7, score=0.7)
    claim = "Tarnish rebels seized the Velm barracks."
    assert _model(8.0).stance(claim, hit, NEUTRAL, Peers(0.7, 0), CheckTuning())[0] is Stance.SUPPORTS
    assert _model(0.5).stance(claim, hit, NEUTRAL, Peers(0.7, 0), CheckTuning())[0] is Stance.NEUTRAL
    path = tmp_path / "model.json"
    path.write_text(json.dumps(_model(8.0).to_dict()), encoding="utf-8")
    loaded = load_stance_model(str(path))
    assert (
        loaded is not None
        and loaded.stance(claim, hit, NEUTRAL, Peers(0.7, 0), CheckTuning())[0] is Stance.SUPPORTS
    )
    assert load_stance_model(str(tmp_path / "none.json")) is None


def test_peers_place_the_sentence_among_the_retrieved(tiny: FactChecker) -> None:
    hit = hand(tiny, "The Orvik blast killed 14 people.", dense=0.62, score=0.6)
    claim = "The Orvik blast killed 14."
    first = dict(
        zip(FEATURES, stance_features(claim, hit, NEUTRAL, Peers(0.62, 0), CheckTuning()), strict=True)
    )
    behind = dict(
        zip(FEATURES, stance_features(claim, hit, NEUTRAL, Peers(0.8, 5), CheckTuning()), strict=True)
    )
    assert (first["dense_first"], first["dense_gap"], first["rank"]) == (1.0, 0.0, 0.0)
    assert behind["dense_first"] == 0.0 and round(behind["dense_gap"], 2) == -0.18 and behind["rank"] > 1


def test_the_rules_alignment_counts_stated_and_opposed_words(tiny: FactChecker) -> None:
    claim = "Tarnish rebels seized the Velm barracks."
    stated = _row(tiny, claim, "Tarnish rebels captured the Velm barracks on Monday.")
    assert stated["stated_share"] == 1.0 and stated["unstated_words"] == 0.0
    opposed = _row(tiny, "The Velm bridge opened on Monday.", "The Velm bridge closed on Monday.")
    assert opposed["opposed_words"] == 1.0 and opposed["stated_share"] < 1.0
    far = dict(
        zip(
            FEATURES,
            stance_features(
                claim, hand(tiny, "Rain fell.", dense=0.1), NEUTRAL, Peers(0.7, 3), CheckTuning()
            ),
            strict=True,
        )
    )
    assert far["stated_share"] == 0.0 and far["unstated_words"] == 3.0
