"""Each source's stance is read around its best sentence, not only in it."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.check import Checker
from bot.types import Stance
from index.embed import Embedder
from index.settings import Settings
from tests.bot.tiny_index import sentence

REPORT = """Blast in Tarvel market

Officials gave no details on the Tarvel market blast on Wednesday.

Shops along the coast road closed early.

Rescue crews searched the rubble until late evening.

The blast killed six people and wounded 30 people, a hospital source said.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder = tmp_path_factory.mktemp("report-articles")
    (folder / "report.txt").write_text(REPORT)
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("report-index"))
    checker = FactChecker(settings, embedder=embedder)
    assert checker.ingest([folder]).articles == 1
    return checker


def test_a_source_that_sets_the_scene_states_its_toll_a_few_sentences_on(report: FactChecker) -> None:
    claim = "The Tarvel market blast wounded 32 people."
    scene = sentence(report, "Officials gave no details on the Tarvel market blast on Wednesday.")
    checker = Checker(report.retriever, report.settings)
    found = checker._nearby(claim, scene, scene.corpus.embed(claim))
    assert found is not None
    shown, judged = found
    assert shown[0].text.startswith("The blast killed six people and wounded 30 people")
    assert judged.stance is Stance.REFUTES and judged.reason == "gives 30, not 32"
