"""The gold runner: every item scored once in a warm process, the corpus ingested only when new."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.eval.gold import GoldClaim, Quote, load_gold
from bot.eval.runner import GoldEvaluator, evaluate_gold, gold_problems
from bot.eval.scoring import GOLD_KEYS
from bot.types import Answer
from index.embed import Embedder
from index.errors import FactbotError
from index.settings import Settings
from tests.bot.eval.samples import FakeSystem, FakeTextSystem, question, text_item, text_of, write_harbour


def test_evaluator_reports_every_gold_format_key_and_items() -> None:
    items = [
        question(),
        question("not in sources", ()),
        GoldClaim(id="c", kind="claim", claim="x", verdict="refuted"),
    ]
    report = GoldEvaluator(items, text_of)(FakeSystem())
    assert set(GOLD_KEYS) <= set(report)
    assert all(isinstance(report[k], int | float) for k in GOLD_KEYS)
    assert report["answer_accuracy"] == 1.0 and report["abstention_accuracy"] == 0.0
    assert [i["correct"] for i in report["items"]] == [True, False, True]
    assert report["items"][1]["problems"] == ["should have abstained (answered '900')"]


def test_text_items_are_checked_whole_and_each_gold_quote_alone() -> None:
    items = [question(), text_item()]
    report = GoldEvaluator(items, text_of)(FakeTextSystem())
    assert (report["n_questions"], report["n_texts"], report["n_text_claims"]) == (1, 1, 2)
    assert report["text_claim_recall"] == 0.5 and report["text_verdict_accuracy"] == 1.0
    assert report["text_single_verdict_accuracy"] == 0.5  # alone, everything is "refuted"
    assert [i["kind"] for i in report["items"]] == ["question", "text"]
    assert report["items"][1]["problems"] == ["claim not found: 'hit 75 targets'"]
    assert [r["alone"] for r in report["items"][1]["claims"]] == ["refuted", "refuted"]


def test_a_system_without_check_text_skips_text_items() -> None:
    report = GoldEvaluator([question(), text_item()], text_of)(FakeSystem())
    assert "n_texts" not in report and [i["kind"] for i in report["items"]] == ["question"]


class Counting(FakeSystem):
    """Counts calls; its second question fails the way a broken index would."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def ask(self, question: str) -> Answer:
        self.asked.append(question)
        if len(self.asked) == 3:
            raise FactbotError("the index is damaged")
        return super().ask(question)


def test_one_untimed_warm_up_and_a_failing_item_is_scored_wrong() -> None:
    system = Counting()
    report = GoldEvaluator([question(), question()], text_of)(system)
    assert len(system.asked) == 3  # warm-up + two items
    assert [i["correct"] for i in report["items"]] == [True, False]
    assert report["items"][1]["problems"] == ["error: the index is damaged"]


def test_gold_problems_names_quotes_the_corpus_lacks() -> None:
    items = [question(), question(supporting=[Quote("a.txt", "500 troops")])]
    assert gold_problems(items, text_of) == ["q: quote not found in a.txt: '500 troops'"]


@pytest.mark.slow
def test_a_second_run_on_the_same_data_dir_embeds_nothing(tmp_path: Path, embedder: Embedder) -> None:
    corpus, gold = write_harbour(tmp_path)
    settings = Settings.from_env(env={}, data_dir=tmp_path / "index")
    first = evaluate_gold(gold, settings, [corpus], embedder, baseline=True)
    assert (first["ingest"]["articles"], first["ingest"]["unchanged"]) == (2, 0)
    assert first["baseline"]["index"]["added"] == first["baseline"]["index"]["chunks"] > 0
    second = evaluate_gold(gold, settings, [corpus], embedder, baseline=True)
    assert (second["ingest"]["articles"], second["ingest"]["unchanged"]) == (0, 2)
    assert second["baseline"]["index"]["added"] == 0
    strip = ("latency_ms",)
    items = [[{k: v for k, v in i.items() if k not in strip} for i in r["items"]] for r in (first, second)]
    assert items[0] == items[1] and len(items[0]) == len(load_gold(gold))


@pytest.mark.slow
def test_a_gold_set_that_does_not_match_the_corpus_is_an_error(tmp_path: Path, embedder: Embedder) -> None:
    corpus, gold = write_harbour(tmp_path)
    (corpus / "gazette.txt").unlink()
    settings = Settings.from_env(env={}, data_dir=tmp_path / "index")
    with pytest.raises(FactbotError, match="the gold set does not match the corpus"):
        evaluate_gold(gold, settings, [corpus], embedder)
