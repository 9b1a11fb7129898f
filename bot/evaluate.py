"""Scores factbot against a gold set (docs/gold-format.md), a LangChain baseline and RAMDocs.

This is the one module that scores, so the CLI, the regression gate and ``docs/eval.md``
cannot drift apart. Both systems are scored by the same ``GoldEvaluator`` on the same items;
an item's outcome lists what went wrong in words, so a failing run can be read, not just seen.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from bot.gold import GoldClaim, GoldItem, GoldQuestion, load_gold
from bot.types import Answer, Citation, Evidence, Label, Passage, Stance, Status, Verdict
from bot.values import SCALES, UNITS, number_word
from index.errors import FactbotError
from index.settings import PROJECT_ROOT, Settings

if TYPE_CHECKING:
    from bot.api import FactChecker
    from index.embed import Embedder

BARS: dict[str, float] = {
    "answer_accuracy": 0.90,
    "abstention_accuracy": 0.90,
    "citation_precision": 0.90,
    "citation_recall": 0.85,
    "disagreement_precision": 0.80,
    "disagreement_recall": 0.80,
    "verdict_macro_f1": 0.80,
}
"""The bars of the answers issue; the regression gate ratchets its floors up towards these."""

GOLD_KEYS = (
    "n_questions",
    "n_claims",
    "answer_accuracy",
    "abstention_accuracy",
    "citation_precision",
    "citation_recall",
    "disagreement_precision",
    "disagreement_recall",
    "verdict_accuracy",
    "verdict_macro_f1",
    "retrieval_recall_at_5",
    "latency_p50_ms",
    "latency_p95_ms",
)
"""Every key docs/gold-format.md requires of an evaluation report."""

RATE_KEYS = tuple(k for k in GOLD_KEYS if not k.startswith(("n_", "latency")))
RAMDOCS_KEYS = (
    "ramdocs_n",
    "ramdocs_gold_recall",
    "ramdocs_wrong_as_answer",
    "ramdocs_exact",
    "ramdocs_disagreement_recall",
    "ramdocs_false_disagreement",
    "ramdocs_abstained",
    "ramdocs_latency_p50_ms",
)
RAMDOCS_DEV_LINES = 100
"""Lines 1-100 of RAMDocs are the development split; the rest is held out and never read."""

DEFAULT_GOLD = PROJECT_ROOT / "gold" / "seeds.jsonl"
DEFAULT_CORPUS = PROJECT_ROOT / "seeds"
RETRIEVAL_K = 5

# --- answer normalisation ----------------------------------------------------------------

_UNITS = UNITS
_SCALES = {word: value for word, value in SCALES.items() if len(word) > 2}  # not "m", "bn", "k"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_ACRONYM = re.compile(r"\b[a-z](?:\.[a-z])+\.?(?!\w)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_PUNCT = re.compile(r"[^\w\s.]|_|(?<!\d)\.|\.(?!\d)")


def _spelled_numbers(words: list[str]) -> list[str]:
    """Runs of spelled-out integer words become digits ("nine hundred" -> "900").

    Only integers, and a run starts with a number word: "a dozen" and "1.5 million" keep
    their words, since "a dozen" and "12" are not the same claim in news text.
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] not in _UNITS:
            out.append(words[i])
            i += 1
            continue
        total = current = 0.0
        while i < len(words):
            step = number_word(total, current, words[i], _SCALES)
            if step is not None:
                total, current = step
            elif not (words[i] == "and" and i + 1 < len(words) and words[i + 1] in _UNITS):
                break
            i += 1
        out.append(str(int(total + current)))
    return out


def normalise_answer(text: str) -> str:
    """Case, punctuation, whitespace (non-breaking too), "U.S."/"US", curly quotes, number words."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    text = _ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    text = _PUNCT.sub(" ", _THOUSANDS.sub("", text))
    return " ".join(_spelled_numbers(text.split()))


def mentions(gold: str, text: str) -> bool:
    """The normalised gold string occurs in the normalised text, on word boundaries.

    Word boundaries keep "900" from matching "1900"; otherwise it is plain containment.
    """
    needle = normalise_answer(gold)
    return bool(needle) and f" {needle} " in f" {normalise_answer(text)} "


def answer_texts(answer: Answer) -> list[str]:
    """The answer and, when sources disagree, every variant value: where a value can be given."""
    return [answer.answer] + [v.value for d in answer.disagreements for v in d.variants]


def matches_gold(q: GoldQuestion, answer: Answer) -> bool:
    wanted = [q.answer, *q.answer_aliases]
    return any(mentions(g, t) for g in wanted for t in answer_texts(answer))


# --- spans -------------------------------------------------------------------------------

Span = tuple[str, int, int]


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence of ``quote``: a citation of a repeated sentence is right wherever it is."""
    spans = []
    start = text.find(quote) if quote else -1
    while start >= 0:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def cited_spans(answer: Answer) -> list[Span]:
    """Each distinct cited span, including the citations inside disagreement variants."""
    cites: list[Citation] = list(answer.citations)
    cites += [c for d in answer.disagreements for v in d.variants for c in v.citations]
    return list(dict.fromkeys((c.doc, c.start, c.end) for c in cites))


# --- scoring one item --------------------------------------------------------------------


@dataclass
class ItemResult:
    """One gold item's outcome: what was expected, what came back, and what went wrong."""

    id: str
    kind: str
    text: str
    expected: str
    got: str
    correct: bool
    latency_ms: float = 0.0
    problems: list[str] = field(default_factory=list)
    answerable: bool = False
    abstained: bool = False
    citations: int = 0
    citations_on_gold: int = 0
    docs_cited_share: float = 0.0
    flagged: bool = False
    gold_disagreement: bool = False
    quotes: int = 0
    quotes_in_top5: int = 0
    verdict: str = ""
    gold_verdict: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "expected": self.expected,
            "got": self.got,
            "correct": self.correct,
            "latency_ms": round(self.latency_ms, 1),
            "problems": list(self.problems),
        }
        if self.kind == "question":
            out |= {
                "answerable": self.answerable,
                "abstained": self.abstained,
                "citations": self.citations,
                "citations_on_gold": self.citations_on_gold,
                "docs_cited_share": round(self.docs_cited_share, 4),
                "flagged_disagreement": self.flagged,
                "gold_disagreement": self.gold_disagreement,
                "quotes_in_top5": f"{self.quotes_in_top5}/{self.quotes}",
            }
        return out


def score_question(q: GoldQuestion, answer: Answer, article_text: Callable[[str], str]) -> ItemResult:
    """Scores one answer by the rules of docs/gold-format.md."""
    abstained = answer.status == Status.NOT_IN_SOURCES
    got = answer.answer
    if answer.disagreements:
        got += " [variants: " + "; ".join(v.value for d in answer.disagreements for v in d.variants) + "]"
    result = ItemResult(
        q.id,
        "question",
        q.question,
        q.answer,
        got,
        correct=False,
        answerable=q.answerable,
        abstained=abstained,
        flagged=bool(answer.disagreements),
        gold_disagreement=q.disagreement is not None,
    )
    problems = result.problems
    if not q.answerable:
        result.correct = abstained
        if not abstained:
            problems.append(f"should have abstained (answered {answer.answer!r})")
    else:
        result.correct = not abstained and matches_gold(q, answer)
        if abstained:
            problems.append(f"abstained; expected {q.answer!r}")
        elif not result.correct:
            problems.append(f"wrong value: got {answer.answer!r}, expected {q.answer!r}")
        gold_quotes = [(g.doc, g.quote) for g in q.supporting]
        if q.disagreement is not None:
            gold_quotes += [(v.doc, v.quote) for v in q.disagreement.variants]
        gold_spans = [
            (doc, s, e)
            for doc, quote in gold_quotes
            for s, e in quote_spans(_text_of(article_text, doc), quote)
        ]
        cited = cited_spans(answer)
        on_gold = [c for c in cited if any(overlaps(c, g) for g in gold_spans)]
        result.citations, result.citations_on_gold = len(cited), len(on_gold)
        for doc, start, end in cited:
            if (doc, start, end) not in on_gold:
                problems.append(f"citation off the gold quotes: {doc}[{start}:{end}]")
        gold_docs = sorted({g.doc for g in q.supporting})
        cited_docs = {c[0] for c in cited}
        result.docs_cited_share = (
            sum(d in cited_docs for d in gold_docs) / len(gold_docs) if gold_docs else 0.0
        )
        if not abstained:
            problems += [f"missing citation to {d}" for d in gold_docs if d not in cited_docs]
    if result.gold_disagreement and not result.flagged:
        problems.append("missed disagreement")
    elif result.flagged and not result.gold_disagreement:
        values = [v.value for d in answer.disagreements for v in d.variants]
        problems.append(f"false disagreement: {' vs '.join(values)}")
    top = [(p.doc, p.start, p.end) for p in answer.passages[:RETRIEVAL_K]]
    for quote in q.supporting:
        spans = quote_spans(_text_of(article_text, quote.doc), quote.quote)
        result.quotes += 1
        if any(overlaps((quote.doc, s, e), t) for s, e in spans for t in top):
            result.quotes_in_top5 += 1
        else:
            problems.append(f"gold quote not in the top {RETRIEVAL_K} passages: {quote.doc}")
    return result


def _text_of(article_text: Callable[[str], str], doc: str) -> str:
    try:
        return article_text(doc)
    except FactbotError:
        return ""


def score_claim(c: GoldClaim, verdict: Verdict) -> ItemResult:
    got = str(verdict.verdict)
    result = ItemResult(
        c.id, "claim", c.claim, c.verdict, got, got == c.verdict, verdict=got, gold_verdict=c.verdict
    )
    if not result.correct:
        result.problems.append(f"wrong verdict: got {got}, expected {c.verdict}")
    return result


def failed_item(item: GoldItem, error: Exception) -> ItemResult:
    """An item whose ask or check raised: wrong on every count, with the error as its problem."""
    text = item.question if isinstance(item, GoldQuestion) else getattr(item, "claim", "")
    expected = item.answer if isinstance(item, GoldQuestion) else getattr(item, "verdict", "")
    result = ItemResult(item.id, item.kind, text, expected, "", False, problems=[f"error: {error}"])
    if isinstance(item, GoldQuestion):
        result.answerable = item.answerable
        result.gold_disagreement = item.disagreement is not None
        result.quotes = len(item.supporting)
    else:
        result.gold_verdict = expected
    return result


# --- aggregating -------------------------------------------------------------------------


def ratio(num: float, den: float, empty: float = 0.0) -> float:
    """A share; ``empty`` when nothing was there to count (e.g. no flags and none expected)."""
    return num / den if den else empty


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Mean per-label F1 over the labels that occur in gold or predictions (sklearn's default)."""
    labels = sorted(set(gold) | set(pred))
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        scores.append(ratio(2 * tp, 2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else 0.0


def metrics(results: list[ItemResult]) -> dict[str, float]:
    """The gold-format metrics of scored items; an empty group scores 0.0 (its ``n_`` says why)."""
    qs = [r for r in results if r.kind == "question"]
    claims = [r for r in results if r.kind == "claim"]
    answerable = [r for r in qs if r.answerable]
    unanswerable = [r for r in qs if not r.answerable]
    flagged = [r for r in qs if r.flagged]
    expected = [r for r in qs if r.gold_disagreement]
    both = [r for r in flagged if r.gold_disagreement]
    latencies = [r.latency_ms for r in results]
    return {
        "n_questions": len(qs),
        "n_claims": len(claims),
        "answer_accuracy": ratio(sum(r.correct for r in answerable), len(answerable)),
        "abstention_accuracy": ratio(sum(r.abstained for r in unanswerable), len(unanswerable)),
        "citation_precision": ratio(
            sum(r.citations_on_gold for r in answerable), sum(r.citations for r in answerable)
        ),
        "citation_recall": ratio(sum(r.docs_cited_share for r in answerable), len(answerable)),
        "disagreement_precision": ratio(len(both), len(flagged), empty=0.0 if expected else 1.0),
        "disagreement_recall": ratio(len(both), len(expected), empty=1.0),
        "verdict_accuracy": ratio(sum(r.correct for r in claims), len(claims)),
        "verdict_macro_f1": macro_f1([r.gold_verdict for r in claims], [r.verdict for r in claims]),
        "retrieval_recall_at_5": ratio(sum(r.quotes_in_top5 for r in qs), sum(r.quotes for r in qs)),
        "latency_p50_ms": float(np.percentile(latencies, 50)) if latencies else 0.0,
        "latency_p95_ms": float(np.percentile(latencies, 95)) if latencies else 0.0,
    }


# --- the evaluator -----------------------------------------------------------------------


class System(Protocol):
    """Anything that answers and checks: factbot's ``FactChecker`` or the baseline."""

    def ask(self, question: str) -> Answer: ...

    def check(self, claim: str) -> Verdict: ...


class GoldEvaluator:
    """Scores a system on gold items; returns the metrics dict plus ``items``.

    The primary metric is ``answer_accuracy``. One untimed warm-up call comes first, so
    latencies are those of a warm process, not of lazy model and index loading.
    """

    primary_metric = "answer_accuracy"

    def __init__(
        self, items: list[GoldItem], article_text: Callable[[str], str], progress: bool = False
    ) -> None:
        self.items = [i for i in items if isinstance(i, GoldQuestion | GoldClaim)]
        self.article_text = article_text
        self.progress = progress

    def __call__(self, system: System, name: str = "factbot") -> dict[str, Any]:
        from tqdm import tqdm

        first = next((i for i in self.items if isinstance(i, GoldQuestion)), None)
        if first is not None:
            system.ask(first.question)
        results = []
        for item in tqdm(self.items, desc=name, unit="item", file=sys.stderr, disable=not self.progress):
            results.append(self.score(system, item))
        out: dict[str, Any] = dict(metrics(results))
        out["items"] = [r.to_dict() for r in results]
        return out

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
            if q.quote not in _text_of(article_text, q.doc):
                problems.append(f"{item.id}: quote not found in {q.doc}: {q.quote[:50]!r}")
    return problems


# --- the LangChain quick-start baseline --------------------------------------------------


class QuickStartBaseline:
    """What a LangChain quick-start does, to show what factbot adds over it.

    Raw articles cut by ``RecursiveCharacterTextSplitter`` (800 characters, 100 overlap, with
    start offsets so citations have spans), a ``langchain_chroma.Chroma`` store with the same
    embedding model, and ``similarity_search`` top-4: the top chunk is the answer, the four
    chunks its citations. It never abstains and never flags a disagreement. For a claim it
    says "supported" when the top chunk's cosine similarity is at least ``threshold`` (0.6:
    for MiniLM, a passage that restates the claim usually scores above it) and
    "not_enough_info" otherwise; it cannot refute.
    """

    k = 4
    chunk_size = 800
    chunk_overlap = 100

    def __init__(
        self,
        client: Any,
        embedder: Embedder,
        articles: dict[str, str],
        prefix: str = "eval",
        threshold: float = 0.6,
    ) -> None:
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from index.embed import MODEL_NAME

        self.threshold = threshold
        shape = f"{MODEL_NAME}|{self.chunk_size}|{self.chunk_overlap}"
        name = f"{prefix}-baseline-{hashlib.sha1(shape.encode()).hexdigest()[:10]}"
        self.db = Chroma(client=client, collection_name=name, embedding_function=embedder.as_langchain())
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=self.chunk_size, chunk_overlap=self.chunk_overlap, add_start_index=True
        )
        docs = splitter.create_documents(
            list(articles.values()), metadatas=[{"doc": doc} for doc in articles]
        )
        ids = [
            hashlib.sha1(
                f"{d.metadata['doc']}|{d.metadata['start_index']}|{d.page_content}".encode()
            ).hexdigest()
            for d in docs
        ]
        if docs:
            self.db.add_documents(docs, ids=ids)

    def _search(self, text: str, k: int) -> list[Passage]:
        """Top chunks; Chroma's default squared-L2 distance d of unit vectors is 2 - 2 cos."""
        hits = self.db.similarity_search_with_score(text, k=k)
        out = []
        for doc, distance in hits:
            start = int(doc.metadata["start_index"])
            end = start + len(doc.page_content)
            out.append(Passage(str(doc.metadata["doc"]), start, end, doc.page_content, 1.0 - distance / 2))
        return out

    def ask(self, question: str) -> Answer:
        # k=5 only so retrieval_recall_at_5 is measured at 5; the answer cites the top 4.
        passages = self._search(question, RETRIEVAL_K)
        citations = [
            Citation(n, p.doc, p.start, p.end, p.text, p.score)
            for n, p in enumerate(passages[: self.k], start=1)
        ]
        text = passages[0].text if passages else ""
        return Answer(
            question, Status.ANSWERED, text, citations=citations, passages=passages, mode="baseline"
        )

    def check(self, claim: str) -> Verdict:
        passages = self._search(claim, self.k)
        if passages and passages[0].score >= self.threshold:
            top = passages[0]
            evidence = Evidence(top.doc, top.start, top.end, top.text, Stance.SUPPORTS, top.score)
            note = f"top passage similarity {top.score:.2f} >= {self.threshold}"
            return Verdict(claim, Label.SUPPORTED, [evidence], note)
        best = passages[0].score if passages else 0.0
        return Verdict(claim, Label.NOT_ENOUGH_INFO, [], f"top passage similarity {best:.2f}")


def load_articles(paths: Iterable[str | Path], max_bytes: int) -> dict[str, str]:
    """The same article ids and texts factbot indexes, so spans mean the same in both systems."""
    from index.load import discover, load_file

    files, _ = discover(list(paths))
    out: dict[str, str] = {}
    for path in files:
        try:
            out.update({a.id: a.text for a in load_file(path, max_bytes)})
        except FactbotError:
            continue
    return out


# --- running a gold evaluation -----------------------------------------------------------


def evaluate_gold(
    gold: str | Path,
    settings: Settings,
    corpus: Sequence[str | Path] = (DEFAULT_CORPUS,),
    embedder: Embedder | None = None,
    baseline: bool = False,
    progress: bool = False,
    llm: str = "",
) -> dict[str, Any]:
    """Ingests ``corpus`` into ``settings.data_dir`` and scores factbot (and the baseline).

    With ``llm`` (a ``FACTBOT_LLM`` spec) the LLM-written answers are scored too, under ``"llm"``.

    Returns factbot's metrics and ``items`` at the top level (the gold-format keys), the
    baseline's under ``"baseline"``. Raises ``FactbotError`` when gold quotes are missing
    from the corpus: a wrong ``--corpus`` must not read as a bad score.
    """
    from bot.api import FactChecker

    items = load_gold(gold)
    checker = FactChecker(settings, embedder=embedder)
    _ingest(checker, list(corpus), progress)
    problems = gold_problems(items, checker.store.article_text)
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise FactbotError(f"the gold set does not match the corpus{more}: " + "; ".join(problems[:5]))
    evaluator = GoldEvaluator(items, checker.store.article_text, progress=progress)
    report: dict[str, Any] = {"gold": str(gold), "corpus": [str(c) for c in corpus]}
    report |= evaluator(_Questions(checker), "factbot")
    if baseline:
        articles = load_articles(corpus, settings.max_file_bytes)
        quick = QuickStartBaseline(
            checker.store.client, checker.embedder, articles, prefix=settings.collection_prefix
        )
        report["baseline"] = evaluator(quick, "baseline")
    if llm:
        llm_checker = FactChecker(settings.with_(llm=llm), store=checker.store, embedder=checker.embedder)
        report["llm"] = evaluator(_Questions(llm_checker), f"factbot-llm ({llm})")
    report["bars"] = dict(BARS)
    report["settings"] = settings.to_dict() | {"vector_key": settings.vector_key}
    return report


class _Questions:
    """``FactChecker`` as a ``System``: gold questions are asked as questions, never routed."""

    def __init__(self, checker: FactChecker) -> None:
        self.checker = checker

    def ask(self, question: str) -> Answer:
        return self.checker.ask(question, mode="question")

    def check(self, claim: str) -> Verdict:
        return self.checker.check(claim)


def _ingest(checker: FactChecker, paths: list[str | Path], progress: bool) -> None:
    from tqdm import tqdm

    with tqdm(desc="ingesting", unit="file", file=sys.stderr, disable=not progress, leave=False) as bar:

        def update(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        report = checker.ingest(paths, progress=update)
    if report.skipped:
        raise FactbotError("could not ingest: " + "; ".join(report.skipped[:5]))


# --- RAMDocs -----------------------------------------------------------------------------


def load_ramdocs(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` questions of the development split; lines past 100 are never read."""
    n = RAMDOCS_DEV_LINES if limit is None else max(0, min(limit, RAMDOCS_DEV_LINES))
    out = []
    try:
        with Path(path).open(encoding="utf-8") as f:
            for number, line in enumerate(itertools.islice(f, n), start=1):
                if line.strip():
                    record = json.loads(line)
                    record["line"] = number
                    out.append(record)
    except (OSError, json.JSONDecodeError) as exc:
        raise FactbotError(f"cannot read RAMDocs from {path}: {exc}") from exc
    return out


def score_ramdocs(record: dict[str, Any], answer: Answer) -> dict[str, Any]:
    """One RAMDocs question: gold answers given, wrong answers given unflagged, disagreement."""
    gold = [str(g) for g in record.get("gold_answers") or []]
    wrong = [str(w) for w in record.get("wrong_answers") or []]
    texts = answer_texts(answer)
    flagged = bool(answer.disagreements)
    answered = answer.status == Status.ANSWERED
    missed = [g for g in gold if not any(mentions(g, t) for t in texts)]
    wrong_given = [w for w in wrong if answered and not flagged and mentions(w, answer.answer)]
    misinfo = any(d.get("type") == "misinfo" for d in record.get("documents", []))
    problems = []
    if not answered:
        problems.append("abstained")
    problems += [f"missed gold answer {g!r}" for g in missed]
    problems += [f"wrong answer given as the answer: {w!r}" for w in wrong_given]
    if misinfo and not flagged:
        problems.append("missed disagreement (misinfo documents present)")
    if flagged and not misinfo:
        problems.append("disagreement flagged without misinfo documents")
    return {
        "line": record.get("line", 0),
        "question": record.get("question", ""),
        "gold_answers": gold,
        "wrong_answers": wrong,
        "got": answer.answer,
        "variants": [v.value for d in answer.disagreements for v in d.variants],
        "gold_recall": not missed and bool(gold),
        "wrong_as_answer": bool(wrong_given),
        "exact": not missed and bool(gold) and not wrong_given,
        "misinfo": misinfo,
        "flagged": flagged,
        "abstained": not answered,
        "problems": problems,
    }


def evaluate_ramdocs(
    path: str | Path,
    settings: Settings,
    limit: int | None = None,
    embedder: Embedder | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Each question's own documents in a fresh collection, then the question asked once.

    Documents go in as a temporary .jsonl (one line each, ids ``d1``, ``d2``...), ingested by
    ``FactChecker.ingest`` exactly as a user's files would be.
    """
    from tqdm import tqdm

    from bot.api import FactChecker
    from index.embed import embedder_for

    records = load_ramdocs(path, limit)
    embedder = embedder or embedder_for(settings)
    folder = Path(settings.data_dir) / "ramdocs-input"
    folder.mkdir(parents=True, exist_ok=True)
    rows, latencies = [], []
    for record in tqdm(records, desc="ramdocs", unit="q", file=sys.stderr, disable=not progress):
        line = record["line"]
        docs = folder / f"q{line:03d}.jsonl"
        docs.write_text(
            "".join(
                json.dumps({"id": f"d{n}", "text": d.get("text", "")}) + "\n"
                for n, d in enumerate(record.get("documents", []), start=1)
            ),
            encoding="utf-8",
        )
        own = settings.with_(collection_prefix=f"{settings.collection_prefix}-ramdocs-{line:03d}")
        checker = FactChecker(own, embedder=embedder)
        checker.ingest([docs])
        started = time.perf_counter()
        try:
            answer = checker.ask(str(record.get("question", "")), mode="question")
        except FactbotError as exc:
            answer = Answer(str(record.get("question", "")), Status.NOT_IN_SOURCES, f"error: {exc}")
        latencies.append((time.perf_counter() - started) * 1000)
        rows.append(score_ramdocs(record, answer))
    with_misinfo = [r for r in rows if r["misinfo"]]
    without = [r for r in rows if not r["misinfo"]]
    n = len(rows)
    return {
        "ramdocs": _shown(path),
        "ramdocs_n": n,
        "ramdocs_gold_recall": ratio(sum(r["gold_recall"] for r in rows), n),
        "ramdocs_wrong_as_answer": ratio(sum(r["wrong_as_answer"] for r in rows), n),
        "ramdocs_exact": ratio(sum(r["exact"] for r in rows), n),
        "ramdocs_disagreement_recall": ratio(sum(r["flagged"] for r in with_misinfo), len(with_misinfo)),
        "ramdocs_false_disagreement": ratio(sum(r["flagged"] for r in without), len(without)),
        "ramdocs_abstained": ratio(sum(r["abstained"] for r in rows), n),
        "ramdocs_latency_p50_ms": float(np.percentile(latencies, 50)) if latencies else 0.0,
        "ramdocs_items": rows,
    }


# --- rendering ---------------------------------------------------------------------------

_BETTER_LOW = {"ramdocs_wrong_as_answer", "ramdocs_false_disagreement", "ramdocs_abstained"}


def _fmt(key: str, value: Any) -> str:
    if value is None:
        return "-"
    if key.startswith("n_") or key == "ramdocs_n":
        return str(int(value))
    if "latency" in key:
        return f"{value:.0f}"
    return f"{value:.3f}"


def summary_rows(report: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(metric, factbot, baseline, bar) rows shared by the console table and the markdown."""
    rows = []
    base = report.get("baseline") or {}
    if "n_questions" in report:
        for key in GOLD_KEYS:
            bar = f">= {BARS[key]:.2f}" if key in BARS else ""
            if key in BARS and report[key] < BARS[key]:
                bar += " (below)"
            rows.append((key, _fmt(key, report[key]), _fmt(key, base.get(key)) if base else "-", bar))
    for key in RAMDOCS_KEYS:
        if key in report:
            note = "lower is better" if key in _BETTER_LOW else ""
            rows.append((key, _fmt(key, report[key]), "-", note))
    return rows


def llm_rows(report: dict[str, Any]) -> list[tuple[str, str]]:
    """(metric, LLM mode) rows, printed below the main table when ``--llm`` was given."""
    block = report.get("llm") or {}
    return [(k, _fmt(k, block[k])) for k in GOLD_KEYS if k in block]


def summary_text(report: dict[str, Any]) -> str:
    rows = [("metric", "factbot", "baseline", "bar"), *summary_rows(report)]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    failing = [i for i in report.get("items", []) if i["problems"]]
    if "items" in report:
        lines.append(
            f"\n{len(failing)} of {len(report['items'])} items have problems (see --md for the table)"
        )
    return "\n".join(line.rstrip() for line in lines)


def _cell(text: Any, limit: int = 160) -> str:
    s = " ".join(str(text).split()).replace("|", "\\|")
    return s if len(s) <= limit else s[: limit - 1] + "…"


PROBLEM_KINDS = (
    "wrong value",
    "should have abstained",
    "abstained",
    "missing citation",
    "citation off the gold quotes",
    "missed disagreement",
    "false disagreement",
    "gold quote not in the top 5 passages",
    "wrong verdict",
    "missed gold answer",
    "wrong answer given as the answer",
    "disagreement flagged without misinfo documents",
    "error",
)


def problem_kinds(items: list[dict[str, Any]]) -> Counter[str]:
    """How often each kind of problem occurs, so the biggest failure class is seen first."""
    return Counter(
        next((k for k in PROBLEM_KINDS if p.startswith(k)), p) for i in items for p in i["problems"]
    )


def _shown(path: str | Path) -> str:
    """A path as a reader of the committed report should see it: relative to the project."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(PROJECT_ROOT)) if resolved.is_relative_to(PROJECT_ROOT) else str(path)


def markdown(report: dict[str, Any], plot: str | None = None, command: str = "") -> str:
    """The report as markdown: summary side by side, then every item that went wrong.

    The baseline's items stay in the JSON: nearly all of them fail by design.
    """
    out = ["# factbot evaluation", ""]
    out.append(f"Generated {date.today().isoformat()}" + (f" by `{command}`" if command else "") + ".")
    if "gold" in report:
        corpus = ", ".join(f"`{_shown(c)}`" for c in report.get("corpus", []))
        out.append(f"Gold set `{_shown(report['gold'])}` over {corpus}.")
    if "ramdocs" in report:
        out.append(f"RAMDocs `{report['ramdocs']}`, lines 1-{report['ramdocs_n']} (development split only).")
    if "settings" in report:
        out.append(f"Vector key `{report['settings'].get('vector_key', '')}`.")
    out += ["", "| metric | factbot | baseline | bar |", "| --- | ---: | ---: | --- |"]
    out += [f"| {m} | {f} | {b} | {bar} |" for m, f, b, bar in summary_rows(report)]
    if "baseline" in report:
        out += ["", QUICKSTART_NOTE]
    if plot:
        out += ["", f"![metrics side by side]({plot})"]
    if report.get("items"):
        items = [i for i in report["items"] if i["problems"]]
        kinds = ", ".join(f"{kind} {n}" for kind, n in problem_kinds(items).most_common())
        out += ["", f"## What went wrong: gold set ({len(items)} of {len(report['items'])} items)", ""]
        out += [f"Problems by kind: {kinds}.", ""]
        out += ["| id | kind | expected | got | problems |", "| --- | --- | --- | --- | --- |"]
        out += [
            f"| {i['id']} | {i['kind']} | {_cell(i['expected'])} | {_cell(i['got'])} | "
            f"{_cell('; '.join(i['problems']), 400)} |"
            for i in items
        ]
    if "ramdocs_items" in report:
        rows = [r for r in report["ramdocs_items"] if r["problems"]]
        kinds = ", ".join(f"{kind} {n}" for kind, n in problem_kinds(rows).most_common())
        out += ["", f"## What went wrong: RAMDocs ({len(rows)} of {report['ramdocs_n']} questions)", ""]
        out += [f"Problems by kind: {kinds}.", ""]
        out += ["| line | question | gold | got | problems |", "| ---: | --- | --- | --- | --- |"]
        for r in rows:
            got = r["got"] + (f" [variants: {'; '.join(r['variants'])}]" if r["variants"] else "")
            out.append(
                f"| {r['line']} | {_cell(r['question'])} | {_cell(', '.join(r['gold_answers']))} | "
                f"{_cell(got)} | {_cell('; '.join(r['problems']), 300)} |"
            )
    return "\n".join(out) + "\n"


QUICKSTART_NOTE = (
    "Baseline: a LangChain quick-start (RecursiveCharacterTextSplitter 800/100, Chroma "
    "similarity search top-4, same MiniLM model); its answer is the whole top chunk, so "
    "`answer_accuracy` credits it whenever that chunk contains the value anywhere. It never "
    "abstains or flags disagreements; a claim is `supported` when the top chunk's cosine "
    "similarity is >= 0.6, else `not_enough_info`."
)


def plot(report: dict[str, Any], out: str | Path) -> None:
    """Bar chart of the rate metrics, factbot beside the baseline, with the bars marked."""
    try:
        import matplotlib
    except ImportError as exc:
        raise FactbotError("--plot needs matplotlib: pip install matplotlib") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    gold = [k for k in RATE_KEYS if k in report]
    ram = [k for k in RAMDOCS_KEYS if k in report and not k.endswith(("_n", "_ms"))]
    panels = [(keys, title) for keys, title in ((gold, "gold set"), (ram, "RAMDocs (lines 1-100)")) if keys]
    if not panels:
        raise FactbotError("nothing to plot: the report has no metrics")
    fig, axes = plt.subplots(
        1,
        len(panels),
        figsize=(6 + 5 * len(panels), 4.8),
        squeeze=False,
        gridspec_kw={"width_ratios": [len(k) for k, _ in panels]},
    )
    for ax, (keys, title) in zip(axes[0], panels, strict=True):
        x = np.arange(len(keys))
        systems = [("factbot", report)]
        if title == "gold set" and report.get("baseline"):
            systems.append(("baseline", report["baseline"]))
        if title == "gold set" and report.get("llm"):
            systems.append(("factbot LLM", report["llm"]))
        width = 0.8 / len(systems)
        for n, (name, block) in enumerate(systems):
            values = [float(block[k]) for k in keys]
            bars = ax.bar(x + (n - (len(systems) - 1) / 2) * width, values, width, label=name)
            ax.bar_label(bars, fmt="%.2f", fontsize=7)
        for i, key in enumerate(keys):
            if key in BARS:
                ax.hlines(BARS[key], i - 0.45, i + 0.45, colors="black", linestyles="dashed", linewidth=1)
        ax.set_xticks(x, [k.removeprefix("ramdocs_").replace("_", "\n") for k in keys], fontsize=8)
        ax.set_ylim(0, 1.08)
        ax.set_title(title)
        ax.legend(loc="upper right", fontsize=8)
    fig.suptitle("factbot evaluation (dashed: the bar to reach)")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


# --- the command -------------------------------------------------------------------------


def cmd_eval(args: argparse.Namespace) -> int:
    """``factbot eval``: its own temporary index unless ``--data-dir`` says otherwise."""
    from index.embed import embedder_for

    gold = args.gold or (None if args.ramdocs else str(DEFAULT_GOLD))
    own_dir = None if args.data_dir else Path(tempfile.mkdtemp(prefix="factbot-eval-"))
    try:
        settings = Settings.from_env(data_dir=Path(args.data_dir or str(own_dir)), collection_prefix="eval")
        embedder = embedder_for(settings)
        report: dict[str, Any] = {}
        if gold:
            corpus = args.corpus or [str(DEFAULT_CORPUS)]
            report |= evaluate_gold(
                gold, settings, corpus, embedder, baseline=args.baseline, progress=True, llm=args.llm or ""
            )
        if args.ramdocs:
            report |= evaluate_ramdocs(args.ramdocs, settings, args.limit, embedder, progress=True)
    finally:
        if own_dir is not None:
            shutil.rmtree(own_dir, ignore_errors=True)
    print(summary_text(report))
    if report.get("llm"):
        print(f"\nLLM mode ({args.llm}):")
        for key, value in llm_rows(report):
            print(f"  {key:24} {value:>8}")
    for out in (args.json, args.plot, args.md):
        if out:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    if args.plot:
        plot(report, args.plot)
        print(f"wrote {args.plot}", file=sys.stderr)
    if args.md:
        image = None
        if args.plot:
            png, md_dir = Path(args.plot).resolve(), Path(args.md).resolve().parent
            image = str(png.relative_to(md_dir)) if png.is_relative_to(md_dir) else str(png)
        Path(args.md).write_text(markdown(report, image, _command_line()), encoding="utf-8")
        print(f"wrote {args.md}", file=sys.stderr)
    return 0


def _command_line() -> str:
    """How this report was made, for the markdown header; only when run as ``factbot eval``."""
    argv = sys.argv[1:]
    return "factbot " + " ".join(argv) if "eval" in argv else ""
