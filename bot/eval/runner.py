"""Runs a gold evaluation: the corpus ingested once, every item asked in one warm process.

``GoldEvaluator`` scores any ``System`` (factbot's ``FactChecker``, the LangChain baseline,
factbot with an LLM) on the same items with the same rules (``bot.eval.scoring``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from bot.eval.gold import (
    DEFAULT_CORPUS,
    GoldClaim,
    GoldItem,
    GoldQuestion,
    GoldText,
    corpus_articles,
    load_gold,
)
from bot.eval.scoring import (
    BARS,
    ItemResult,
    failed_item,
    metrics,
    score_claim,
    score_question,
    text_or_empty,
)
from bot.eval.text_items import failed_text_item, score_text_item, text_metrics
from bot.types import Answer, TextReport, Verdict
from index.errors import FactbotError
from index.settings import Settings

if TYPE_CHECKING:
    from bot.api import FactChecker
    from index.embed import Embedder
    from index.ingest import IngestReport


class System(Protocol):
    """Anything that answers and checks: factbot's ``FactChecker`` or the baseline."""

    def ask(self, question: str) -> Answer: ...

    def check(self, claim: str) -> Verdict: ...


@runtime_checkable
class TextSystem(System, Protocol):
    """A system that also checks whole texts claim by claim (factbot; not the baseline)."""

    def check_text(self, text: str) -> TextReport: ...


class GoldEvaluator:
    """Scores a system on gold items; returns the metrics dict plus ``items``.

    The primary metric is ``answer_accuracy``. One untimed warm-up call comes first, so
    latencies are those of a warm process, not of lazy model and index loading. Text items
    are scored only for a system with ``check_text`` (the baseline has none), under the
    ``TEXT_KEYS``; their time is not in the question and claim latencies.
    """

    primary_metric = "answer_accuracy"

    def __init__(
        self, items: list[GoldItem], article_text: Callable[[str], str], progress: bool = False
    ) -> None:
        self.items = [i for i in items if isinstance(i, GoldQuestion | GoldClaim | GoldText)]
        self.article_text = article_text
        self.progress = progress

    def __call__(self, system: System, name: str = "factbot") -> dict[str, Any]:
        from tqdm import tqdm

        first = next((i for i in self.items if isinstance(i, GoldQuestion)), None)
        if first is not None:
            system.ask(first.question)
        results: list[ItemResult] = []
        texts: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        for item in tqdm(self.items, desc=name, unit="item", file=sys.stderr, disable=not self.progress):
            if isinstance(item, GoldText):
                if isinstance(system, TextSystem):
                    texts.append(self.score_text(system, item))
                    rows.append(texts[-1])
                continue
            results.append(self.score(system, item))
            rows.append(results[-1].to_dict())
        out: dict[str, Any] = dict(metrics(results))
        if texts:
            out |= text_metrics(texts)
        out["items"] = rows
        return out

    def score_text(self, system: TextSystem, item: GoldText) -> dict[str, Any]:
        """The text checked whole, then each gold quote checked alone for the one-at-a-time figure."""
        started = time.perf_counter()
        try:
            report = system.check_text(item.text)
            elapsed = time.perf_counter() - started
            alone = {c["quote"]: str(system.check(c["quote"]).verdict) for c in item.claims}
            outcome = score_text_item(item.raw, report, alone)
        except FactbotError as exc:
            elapsed = time.perf_counter() - started
            outcome = failed_text_item(item.raw, exc)
        outcome["latency_ms"] = round(elapsed * 1000, 1)
        return outcome

    def score(self, system: System, item: GoldItem) -> ItemResult:
        started = time.perf_counter()
        try:
            if isinstance(item, GoldQuestion):
                answer = system.ask(item.question)
                elapsed = time.perf_counter() - started
                result = score_question(item, answer, self.article_text)
            else:
                assert isinstance(item, GoldClaim)
                verdict = system.check(item.claim)
                elapsed = time.perf_counter() - started
                result = score_claim(item, verdict)
        except FactbotError as exc:
            elapsed = time.perf_counter() - started
            result = failed_item(item, exc)
        result.latency_ms = elapsed * 1000
        return result


def gold_problems(items: list[GoldItem], article_text: Callable[[str], str]) -> list[str]:
    """Gold quotes the ingested corpus does not contain: scoring against them would be noise."""
    problems = []
    for item in items:
        quotes = list(getattr(item, "supporting", [])) + list(getattr(item, "evidence", []))
        for q in quotes:
            if q.quote not in text_or_empty(article_text, q.doc):
                problems.append(f"{item.id}: quote not found in {q.doc}: {q.quote[:50]!r}")
    return problems


def evaluate_gold(
    gold: str | Path,
    settings: Settings,
    corpus: Sequence[str | Path] = (DEFAULT_CORPUS,),
    embedder: Embedder | None = None,
    baseline: bool = False,
    progress: bool = False,
    llm: str = "",
) -> dict[str, Any]:
    """Ingests ``corpus`` into the index ``settings`` name and scores factbot (and the baseline).

    The ingest is the user's own: articles already indexed unchanged cost a hash, so a data
    dir that holds the corpus is reused (``report["ingest"]`` says what was new). With ``llm``
    (a ``FACTBOT_LLM`` spec) the LLM-written answers are scored too, under ``"llm"``.

    Returns factbot's metrics and ``items`` at the top level (the gold-format keys), the
    baseline's under ``"baseline"``. Raises ``FactbotError`` when gold quotes are missing
    from the corpus: a wrong ``--corpus`` must not read as a bad score.
    """
    from bot.api import FactChecker

    items = load_gold(gold)
    checker = FactChecker(settings, embedder=embedder)
    ingested = ingest_corpus(checker, list(corpus), progress)
    problems = gold_problems(items, checker.store.article_text)
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise FactbotError(f"the gold set does not match the corpus{more}: " + "; ".join(problems[:5]))
    evaluator = GoldEvaluator(items, checker.store.article_text, progress=progress)
    report: dict[str, Any] = {"gold": str(gold), "corpus": [str(c) for c in corpus]}
    report |= evaluator(_Questions(checker), "factbot")
    if baseline:
        from bot.eval.baseline import QuickStartBaseline

        articles = corpus_articles(corpus, settings.max_file_bytes)
        quick = QuickStartBaseline(
            checker.store.client, checker.embedder, articles, prefix=settings.collection_prefix
        )
        report["baseline"] = evaluator(quick, "baseline")
        report["baseline"]["index"] = {"chunks": quick.chunks, "added": quick.added}
    if llm:
        llm_checker = FactChecker(settings.with_(llm=llm), store=checker.store, embedder=checker.embedder)
        report["llm"] = evaluator(_Questions(llm_checker), f"factbot-llm ({llm})")
    report["bars"] = dict(BARS)
    report["settings"] = settings.to_dict() | {"vector_key": settings.vector_key}
    report["ingest"] = ingested.to_dict()
    return report


class _Questions:
    """``FactChecker`` as a ``System``: gold questions are asked as questions, never routed."""

    def __init__(self, checker: FactChecker) -> None:
        self.checker = checker

    def ask(self, question: str) -> Answer:
        return self.checker.ask(question, mode="question")

    def check(self, claim: str) -> Verdict:
        return self.checker.check(claim)

    def check_text(self, text: str) -> TextReport:
        return self.checker.check_text(text)


def ingest_corpus(checker: FactChecker, paths: list[str | Path], progress: bool) -> IngestReport:
    """``FactChecker.ingest`` with a progress bar; skipped files are listed on stderr.

    A real corpus holds files that are not articles (a ``metadata.json``) or that clean to
    nothing (a headline alone); they cost nothing unless a gold quote is in one, which
    ``gold_problems`` then reports as a mismatch rather than a lower score.
    """
    from tqdm import tqdm

    with tqdm(desc="ingesting", unit="file", file=sys.stderr, disable=not progress, leave=False) as bar:

        def update(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        report = checker.ingest(paths, progress=update)
    for line in report.skipped:
        print(f"skipped {line}", file=sys.stderr)
    return report
