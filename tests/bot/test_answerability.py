"""The answerability step: its features read from hand-made values over the tiny index, its
fitted odds, and the answerer giving a set-aside value only when the model accepts it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from bot.answerability import FEATURES, GATES, Answerability, key_share, rescue_features
from bot.conflicts import Candidate, Group
from bot.question import analyse
from bot.text import tokens
from bot.types import Status
from index.tuning import AnswerTuning
from tests.bot.tiny_index import hand


def _cand(value: str, quote: str, doc: str, score: float, key: str = "") -> Candidate:
    return Candidate(f"{doc}-0", value, key or value.lower(), doc, 0, len(quote), quote, score)


def _column(row: np.ndarray, name: str) -> float:
    return round(float(row[FEATURES.index(name)]), 4)


def test_key_share_weighs_the_questions_rarer_words_more(tiny) -> None:  # type: ignore[no-untyped-def]
    """Of two sentences naming one question word each, the one naming the word fewer articles use
    ("volunteers": one article; "Dunmoor": two) holds more of the question; one naming every word
    holds all of it; none, nothing."""
    idf = tiny.retriever.corpus().idf
    words = tokens("How many sandbags did volunteers from Dunmoor fill?")
    whole = key_share(words, "Volunteers from Dunmoor filled 500 sandbags.", idf)
    named = key_share(words, "Dunmoor sent help.", idf)
    common = key_share(words, "Volunteers sent help.", idf)
    assert whole == 1.0
    assert idf("volunt") > idf("dunmoor")
    assert 0.0 < named < common < 1.0
    assert key_share(words, "Rain fell on Tuesday.", idf) == 0.0
    assert key_share((), "Rain fell on Tuesday.", idf) == 0.0


def test_features_read_the_best_values_gates_kind_margin_and_sources(tiny) -> None:  # type: ignore[no-untyped-def]
    q = analyse("How many sandbags did volunteers from Dunmoor fill?")
    text = "Volunteers from Dunmoor filled 500 sandbags near the bridges."
    hit = hand(tiny, text, doc="a.txt", dense=0.7)
    best = Group([_cand("500 sandbags", text, "a.txt", 0.4), _cand("500 sandbags", text, "b.txt", 0.35)])
    other = Group([_cand("two bridges", "The council closed two bridges.", "c.txt", 0.3)])
    row = rescue_features(q, [best, other], hit, ["floor", "predicate"], 0.45, text)
    assert row.shape == (len(FEATURES),)
    assert best.score > 0.4  # a second source adds support
    assert _column(row, "floor_ratio") == round(best.score / 0.45, 4)
    assert _column(row, "dense") == 0.7
    assert _column(row, "gates_failed") == 2.0
    assert [_column(row, f"failed_{g}") for g in GATES] == [1.0, 0.0, 0.0, 0.0, 1.0]
    assert _column(row, "kind_fits") == 1.0  # a count, as asked
    assert _column(row, "margin") == round(best.score - other.score, 4)
    assert _column(row, "docs") == round(float(np.log1p(2)), 4)
    sentence = Group([_cand(text, text, "a.txt", 0.4, key="sentence")])
    assert _column(rescue_features(q, [sentence], hit, [], 0.45, text), "kind_fits") == 0.0


def test_no_stored_weights_is_no_model_and_the_odds_follow_the_weights() -> None:
    assert Answerability.of(AnswerTuning(answerability_weights=())) is None
    n = len(FEATURES)
    weights = tuple(1.0 if f == "kind_fits" else 0.0 for f in FEATURES)
    tune = AnswerTuning(
        answerability_weights=weights,
        answerability_mean=(0.0,) * n,
        answerability_scale=(1.0,) * n,
        answerability_bias=-0.5,
    )
    model = Answerability.of(tune)
    assert model is not None
    fits_kind = np.zeros(n)
    fits_kind[FEATURES.index("kind_fits")] = 1.0
    assert model.probability(fits_kind) > 0.5 > model.probability(np.zeros(n))


def _accepting(tune: AnswerTuning, threshold: float) -> AnswerTuning:
    """Weights that accept any value whose kind is the asked kind, at ``threshold``."""
    n = len(FEATURES)
    return replace(
        tune,
        answerability_weights=tuple(8.0 if f == "kind_fits" else 0.0 for f in FEATURES),
        answerability_mean=(0.0,) * n,
        answerability_scale=(1.0,) * n,
        answerability_bias=-4.0,
        answerability_threshold=threshold,
    )


def test_a_declined_question_gets_the_set_aside_value_the_model_accepts(tiny, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Asked of a deed and doers no sentence states ("firemen ... carry" for "volunteers ...
    filled"), the gates decline; with a model that accepts any value of the asked kind, the
    set-aside sentence's count is given, cited, with a note that the sources say it less
    directly; with its threshold out of reach the question stays declined (the fitted weights
    and threshold are what keep such a value back)."""
    answerer = tiny._answerer
    question = "How many sandbags did the firemen from Dunmoor carry?"
    assert tiny.ask(question).status is Status.NOT_IN_SOURCES
    monkeypatch.setattr(answerer, "tune", _accepting(answerer.tune, 0.5))
    rescued = tiny.ask(question)
    assert rescued.status is Status.ANSWERED
    assert "500" in rescued.answer
    assert rescued.citations and rescued.citations[0].doc == "river.txt"
    assert "less directly" in rescued.note
    monkeypatch.setattr(answerer, "tune", _accepting(answerer.tune, 0.9999))
    assert tiny.ask(question).status is Status.NOT_IN_SOURCES


def test_a_question_on_what_one_speaker_said_is_never_rescued_from_another(tiny, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Asked what a speaker no article quotes said, even a model accepting every set-aside value
    gives none: the harbour master's words are not the Ostrin mayor's."""
    answerer = tiny._answerer
    n = len(FEATURES)
    accept_all = replace(
        answerer.tune,
        answerability_weights=(0.0,) * n,
        answerability_mean=(0.0,) * n,
        answerability_scale=(1.0,) * n,
        answerability_bias=4.0,
        answerability_threshold=0.5,
    )
    monkeypatch.setattr(answerer, "tune", accept_all)
    assert tiny.ask("What did the Ostrin mayor say about the Velmar harbour?").status is Status.NOT_IN_SOURCES
    assert tiny.ask("What did Ilse Varga say about the Velmar harbour?").status is Status.ANSWERED
