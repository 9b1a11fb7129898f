"""RAMDocs (ambiguous questions, misinformation and noise among each question's documents).

Only the development splits are ever read: lines 1-100 and 451-500 of RAMDocs_test.jsonl.
Lines 101-450 are held out for a final, untuned measurement: the line selection refuses
them and the reader skips them unparsed. Each split is reported under its own keys
(``ramdocs_*`` for lines 1-100, as in every earlier report; ``ramdocs_451_500_*``).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.eval.gold import shown_path
from bot.eval.scoring import answer_texts, mentions, ratio
from bot.types import Answer, Status
from index.errors import FactbotError
from index.settings import Settings

if TYPE_CHECKING:
    from index.embed import Embedder

DEV_SPLITS: dict[str, tuple[int, int]] = {"ramdocs": (1, 100), "ramdocs_451_500": (451, 500)}
"""Report key prefix -> the development split's first and last line (1-based, inclusive)."""
HELD_OUT = (101, 450)
"""Lines never read, tuned or tested on."""
DEFAULT_LINES = ",".join(f"{lo}-{hi}" for lo, hi in DEV_SPLITS.values())

METRICS = (
    "n",
    "gold_recall",
    "wrong_as_answer",
    "exact",
    "disagreement_recall",
    "false_disagreement",
    "abstained",
    "latency_p50_ms",
)
BETTER_LOW = ("wrong_as_answer", "false_disagreement", "abstained")


def split_keys(prefix: str) -> tuple[str, ...]:
    """The metric keys of one split, e.g. ``ramdocs_451_500_exact``."""
    return tuple(f"{prefix}_{m}" for m in METRICS)


RAMDOCS_KEYS = split_keys("ramdocs")
ALL_KEYS = tuple(k for prefix in DEV_SPLITS for k in split_keys(prefix))


class HeldOutLinesError(FactbotError):
    """A line selection that reaches outside the development splits."""


def parse_lines(spec: str) -> list[int]:
    """``"1-100,451-500"`` -> the line numbers, each checked to lie in a development split."""
    lines: set[int] = set()
    for part in (p.strip() for p in spec.split(",")):
        lo_text, _, hi_text = part.partition("-")
        try:
            lo, hi = int(lo_text), int(hi_text or lo_text)
        except ValueError as exc:
            raise FactbotError(f"--ramdocs-lines: {part!r} is not a line or a range like 451-500") from exc
        if lo < 1 or hi < lo:
            raise FactbotError(f"--ramdocs-lines: {part!r} is not a range of lines from 1 up")
        lines.update(range(lo, hi + 1))
    check_dev_lines(lines)
    return sorted(lines)


def check_dev_lines(lines: set[int] | list[int]) -> None:
    """Raises ``HeldOutLinesError`` for any line outside the development splits."""
    outside = sorted(n for n in lines if split_of(n) is None)
    if outside:
        raise HeldOutLinesError(
            f"RAMDocs lines {outside[0]}..{outside[-1]} are not in the development splits "
            f"({DEFAULT_LINES}); lines {HELD_OUT[0]}-{HELD_OUT[1]} are held out and never read"
        )


def split_of(line: int) -> str | None:
    """The report prefix of the development split holding ``line``; None when held out."""
    return next((prefix for prefix, (lo, hi) in DEV_SPLITS.items() if lo <= line <= hi), None)


def select(lines: list[int] | None = None, limit: int | None = None) -> dict[str, list[int]]:
    """Per split, the chosen lines (all of both splits by default), the first ``limit`` of each."""
    chosen = parse_lines(DEFAULT_LINES) if lines is None else sorted(set(lines))
    check_dev_lines(chosen)
    out: dict[str, list[int]] = {}
    for prefix in DEV_SPLITS:
        mine = [n for n in chosen if split_of(n) == prefix]
        mine = mine if limit is None else mine[: max(0, limit)]
        if mine:
            out[prefix] = mine
    return out


def load_ramdocs(
    path: str | Path, lines: list[int] | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """The chosen development lines as records (with ``line``); every other line stays unparsed."""
    wanted = {n for chosen in select(lines, limit).values() for n in chosen}
    last = max(wanted, default=0)
    out = []
    try:
        with Path(path).open(encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                if number > last:
                    break
                if number in wanted and line.strip():
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
        "entities": [f"{e.label}: {e.value}" for e in answer.entities],
        "gold_recall": not missed and bool(gold),
        "wrong_as_answer": bool(wrong_given),
        "exact": not missed and bool(gold) and not wrong_given,
        "misinfo": misinfo,
        "flagged": flagged,
        "abstained": not answered,
        "problems": problems,
    }


def split_metrics(prefix: str, rows: list[dict[str, Any]], latencies: list[float]) -> dict[str, Any]:
    """One split's metrics under its prefix; shares of 0 when the split has no rows."""
    with_misinfo = [r for r in rows if r["misinfo"]]
    without = [r for r in rows if not r["misinfo"]]
    n = len(rows)
    values = {
        "n": n,
        "gold_recall": ratio(sum(r["gold_recall"] for r in rows), n),
        "wrong_as_answer": ratio(sum(r["wrong_as_answer"] for r in rows), n),
        "exact": ratio(sum(r["exact"] for r in rows), n),
        "disagreement_recall": ratio(sum(r["flagged"] for r in with_misinfo), len(with_misinfo)),
        "false_disagreement": ratio(sum(r["flagged"] for r in without), len(without)),
        "abstained": ratio(sum(r["abstained"] for r in rows), n),
        "latency_p50_ms": float(np.percentile(latencies, 50)) if latencies else 0.0,
    }
    out: dict[str, Any] = {f"{prefix}_{m}": values[m] for m in METRICS}
    out[f"{prefix}_items"] = rows
    out[f"{prefix}_lines"] = line_ranges([r["line"] for r in rows])
    return out


def line_ranges(lines: list[int]) -> str:
    """[1, 2, 3, 7] -> "1-3,7": which lines a split's figures come from."""
    parts: list[str] = []
    for n in sorted(lines):
        if parts and n == int(parts[-1].rpartition("-")[2]) + 1:
            parts[-1] = f"{parts[-1].partition('-')[0]}-{n}"
        else:
            parts.append(str(n))
    return ",".join(parts)


def evaluate_ramdocs(
    path: str | Path,
    settings: Settings,
    limit: int | None = None,
    embedder: Embedder | None = None,
    progress: bool = False,
    lines: list[int] | None = None,
    baseline: bool = False,
) -> dict[str, Any]:
    """Each question's own documents in a fresh collection, then the question asked once.

    Documents go in as a temporary .jsonl (one line each, ids ``d1``, ``d2``...), ingested by
    ``FactChecker.ingest`` exactly as a user's files would be. ``lines`` (default both
    development splits) and ``limit`` (the first N of each split) choose the questions. With
    ``baseline`` the LangChain quick-start answers each question over the same documents,
    scored alike under ``report["baseline"]`` (the same ``ramdocs_*`` keys).
    """
    from tqdm import tqdm

    from index.embed import embedder_for

    records = load_ramdocs(path, lines, limit)
    embedder = embedder or embedder_for(settings)
    folder = Path(settings.data_dir) / "ramdocs-input"
    folder.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"ramdocs": shown_path(path)}
    for prefix in DEV_SPLITS:
        mine = [r for r in records if split_of(r["line"]) == prefix]
        if not mine:
            continue
        rows, latencies = [], []
        base_rows, base_latencies = [], []
        for record in tqdm(mine, desc=prefix, unit="q", file=sys.stderr, disable=not progress):
            answers = _ask(record, folder, settings, embedder, baseline)
            (answer, elapsed), quick = answers[0], answers[1:]
            latencies.append(elapsed)
            rows.append(score_ramdocs(record, answer))
            for base_answer, base_elapsed in quick:
                base_latencies.append(base_elapsed)
                base_rows.append(score_ramdocs(record, base_answer))
        report |= split_metrics(prefix, rows, latencies)
        if baseline:
            report["baseline"] = report.get("baseline", {}) | split_metrics(prefix, base_rows, base_latencies)
    return report


def _ask(
    record: dict[str, Any], folder: Path, settings: Settings, embedder: Embedder, baseline: bool = False
) -> list[tuple[Answer, float]]:
    """Ingests one question's documents into its own collection; factbot's answer and its ms,
    then (with ``baseline``) the quick-start baseline's over the same documents."""
    from bot.api import FactChecker

    line = record["line"]
    texts = {f"d{n}": str(d.get("text", "")) for n, d in enumerate(record.get("documents", []), start=1)}
    docs = folder / f"q{line:03d}.jsonl"
    docs.write_text(
        "".join(json.dumps({"id": doc, "text": text}) + "\n" for doc, text in texts.items()),
        encoding="utf-8",
    )
    own = settings.with_(collection_prefix=f"{settings.collection_prefix}-ramdocs-{line:03d}")
    checker = FactChecker(own, embedder=embedder)
    checker.ingest([docs])
    question = str(record.get("question", ""))
    systems: list[Callable[[str], Answer]] = [partial(checker.ask, mode="question")]
    if baseline:
        from bot.eval.baseline import QuickStartBaseline

        quick = QuickStartBaseline(checker.store.client, embedder, texts, prefix=own.collection_prefix)
        systems.append(quick.ask)
    out = []
    for ask in systems:
        started = time.perf_counter()
        try:
            answer = ask(question)
        except FactbotError as exc:
            answer = Answer(question, Status.NOT_IN_SOURCES, f"error: {exc}")
        out.append((answer, (time.perf_counter() - started) * 1000))
    return out
