"""Tuning: every number has a name and a reason, lives in Settings, and takes effect."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from index.settings import Settings
from index.store import Store
from index.tuning import AnswerTuning, CheckTuning, RetrievalTuning, Tuning

SOURCE = Path(__file__).resolve().parents[2] / "index" / "tuning.py"


def test_every_value_has_a_one_line_reason() -> None:
    tree = ast.parse(SOURCE.read_text())
    groups = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    assert {g.name for g in groups} == {
        "RetrievalTuning",
        "AnswerTuning",
        "CheckTuning",
        "SenseTuning",
        "Tuning",
    }
    for cls in groups:
        body = cls.body
        for i, node in enumerate(body):
            if isinstance(node, ast.AnnAssign):
                name = ast.unparse(node.target)
                doc = body[i + 1] if i + 1 < len(body) else None
                assert isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant), f"{cls.name}.{name}"
                assert str(doc.value.value).strip() and "\n" not in str(doc.value.value).strip(), name


def test_settings_nest_one_frozen_tuning() -> None:
    settings = Settings.from_env(env={})
    assert settings.tuning == Tuning()
    assert isinstance(settings.tuning.retrieval, RetrievalTuning)
    assert settings.tuning.answer.same_point == AnswerTuning().same_point
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.tuning.check.aligned_dense = 0.1  # type: ignore[misc]
    assert settings.to_dict()["tuning"]["check"]["aligned_dense"] == CheckTuning().aligned_dense
    weights = settings.tuning.retrieval
    total = weights.dense_weight + weights.coverage_weight + weights.context_weight + weights.lexical_weight
    assert total == pytest.approx(1.0)  # a score stays on the cosine's scale


def test_a_tuned_value_changes_what_the_reader_sees(seeds_index: Store, embedder) -> None:  # type: ignore[no-untyped-def]
    from bot.api import FactChecker

    question = "How many airstrikes did the US carry out in Syria on Sunday?"
    default = FactChecker(seeds_index.settings, store=seeds_index, embedder=embedder).ask(question)
    assert default.disagreements  # "a dozen" vs "dozens"
    strict = Tuning(answer=dataclasses.replace(AnswerTuning(), count_rival_ratio=10.0))
    tuned = FactChecker(seeds_index.settings.with_(tuning=strict), store=seeds_index, embedder=embedder)
    answer = tuned.ask(question)
    assert answer.status == "answered" and not answer.disagreements  # no rival can reach 10x the lead
