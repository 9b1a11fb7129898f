"""The answer-group ranker: features read from hand-made candidates, and an order its weights decide."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.conflicts import Candidate, Group
from bot.question import Kind, Question
from bot.ranker import FEATURES, Ranker, group_features, load_ranker
from bot.text import tokens


def _cand(value: str, quote: str, doc: str, score: float, start: int = 0, date: str = "") -> Candidate:
    return Candidate(
        f"{doc}-{start}", value, value.lower(), doc, start, start + len(quote), quote, score, date=date
    )


QUESTION = Question("Who opened the new pier in Marrowby?", Kind.PERSON, key_terms=tuple(tokens("Marrowby")))
SAME = "Mayor Ilsa Venn opened the new pier in Marrowby on Friday."
OTHER = "The Marrowby pier was built by Joss Calder."


def _groups() -> list[Group]:
    return [
        Group([_cand("Marrowby", OTHER, "a.txt", 0.8, start=900, date="2024-01-01")]),
        Group(
            [
                _cand("Ilsa Venn", SAME, "b.txt", 0.7, date="2024-03-01"),
                _cand("Ilsa Venn", SAME, "c.txt", 0.6, date="2024-02-01"),
            ]
        ),
    ]


def _column(rows: np.ndarray, name: str) -> list[float]:
    return [round(float(x), 4) for x in rows[:, FEATURES.index(name)]]


def test_features_read_support_coverage_repetition_and_recency() -> None:
    rows = group_features(QUESTION, _groups(), [])
    assert rows.shape == (2, len(FEATURES))
    assert _column(rows, "first") == [1.0, 0.0]
    assert _column(rows, "score_gap")[0] == 0.0 and _column(rows, "score_gap")[1] < 0
    assert _column(rows, "docs") == [round(float(np.log1p(1)), 4), round(float(np.log1p(2)), 4)]
    # the value "Marrowby" repeats the question's own name; "Ilsa Venn" does not
    assert _column(rows, "value_in_question") == [1.0, 0.0]
    # "opened the new pier in Marrowby": every question word; the other sentence fewer
    cover = _column(rows, "question_cover")
    assert cover[1] == 1.0 and cover[0] < 1.0
    assert _column(rows, "key_cover") == [1.0, 1.0]
    # the first group's source is two months older than the newest
    recency = _column(rows, "recency")
    assert recency[1] == 0.0 and recency[0] == round(60 / 365, 4)
    assert _column(rows, "position")[0] > _column(rows, "position")[1] == 0.0


def test_features_mark_a_whole_sentence_given_for_a_name() -> None:
    sentence = Group([Candidate("s", SAME, "sentence", "b.txt", 0, len(SAME), SAME, 0.9)])
    rows = group_features(QUESTION, [sentence, _groups()[1]], [])
    assert _column(rows, "sentence_for_kind") == [1.0, 0.0]
    assert _column(rows, "value_in_question")[0] == 0.0  # a sentence is no repeated value


def _ranker(**weights: float) -> Ranker:
    names = tuple(weights)
    return Ranker(names, np.array(list(weights.values())), np.zeros(len(names)), np.ones(len(names)))


def test_the_ranker_orders_two_candidates_as_its_weights_say() -> None:
    groups = _groups()
    against_repeats = _ranker(value_in_question=-2.0, score=1.0)
    assert [g.value for g in against_repeats.order(QUESTION, groups, [])] == ["Marrowby", "Ilsa Venn"][::-1]
    by_score = _ranker(score=1.0)
    assert [g.value for g in by_score.order(QUESTION, groups, [])] == ["Marrowby", "Ilsa Venn"]


def test_the_ranker_loads_its_stored_weights(tmp_path: Path) -> None:
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(_ranker(docs=1.5, score=0.5).to_dict()), encoding="utf-8")
    ranker = load_ranker(str(path))
    assert ranker is not None and ranker.names == ("docs", "score")
    assert [g.value for g in ranker.order(QUESTION, _groups(), [])] == ["Ilsa Venn", "Marrowby"]
    assert load_ranker(str(tmp_path / "none.json")) is None


def test_a_stored_ranker_naming_an_unknown_feature_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown features"):
        Ranker.from_dict({"features": ["shoe_size"], "weights": [1], "mean": [0], "scale": [1]})
