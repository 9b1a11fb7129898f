"""Ingest throughput and memory on the seeds and the BBC corpus: prints figures, asserts nothing.

    python benchmarks/ingest.py [--corpus seeds|bbc|all] [--backend onnx|onnx-int8|torch]
                                [--limit N] [--json OUT] [--wait-idle SECONDS]
    python benchmarks/ingest.py --embed-only [BACKEND ...] [--limit N]

The BBC corpus (CSV rows of ``text,category``) is turned into a temporary .jsonl so it goes
through the same loader as a user's files; nothing is copied into the repo. Each corpus is
indexed into a fresh temporary data dir. Time is split into model load, split (load, clean,
split), embed and store (Chroma writes) by wrapping those calls, so a missed target says where
the time went. Peak RSS is ``ru_maxrss`` of this process: everything (Chroma included) runs
in-process, so children need not be tracked; it is a high-water mark, so with ``--corpus all``
the BBC figure includes the seeds run before it. One embedder (one loaded model) serves both
corpora, as in a real process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bbc import BBC, rows, write_jsonl  # noqa: E402
from index import ingest as ingest_module  # noqa: E402
from index.embed import DEFAULT_BACKEND, Embedder  # noqa: E402
from index.ingest import ingest, prepare  # noqa: E402
from index.load import Article  # noqa: E402
from index.settings import Settings  # noqa: E402
from index.store import Store  # noqa: E402

SEEDS = ROOT / "seeds"


@dataclass
class Timers:
    """Wall and CPU seconds spent inside the wrapped calls, by stage.

    CPU time (all threads of the process) is what survives other jobs on the machine: on an
    idle 2-core box a stage takes about its CPU time / the cores it keeps busy.
    """

    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, seconds: float, cpu: float = 0.0) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds
        self.cpu[stage] = self.cpu.get(stage, 0.0) + cpu

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.add(stage, time.perf_counter() - started, time.process_time() - cpu)

        return timed


class TimedEmbedder(Embedder):
    """The real embedder, with the time spent in ``encode`` and the text count recorded."""

    def __init__(self, timers: Timers, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.timers = timers
        self.texts = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        started, cpu = time.perf_counter(), time.process_time()
        vectors = super().encode(texts)
        self.timers.add("embed", time.perf_counter() - started, time.process_time() - cpu)
        self.texts += len(texts)
        return vectors


@dataclass
class Result:
    corpus: str
    backend: str
    articles: int
    passages: int
    claims: int
    sentences: int
    seconds: float
    """Wall time of ``ingest()`` alone (model already loaded)."""
    cpu_seconds: float
    """User + system CPU time of this process during ``ingest()``; 2 cores allow 2x wall."""
    model_load_s: float
    stages: dict[str, float]
    stages_cpu: dict[str, float]
    peak_rss_mb: float
    skipped: int
    load_average: tuple[float, float]
    """1-minute load average before and after: other work on the machine skews the figures."""

    def rate(self, count: int) -> float:
        return count / self.seconds if self.seconds else 0.0


@contextmanager
def patched(obj: Any, name: str, replacement: Any) -> Iterator[None]:
    original = getattr(obj, name)
    setattr(obj, name, replacement)
    try:
        yield
    finally:
        setattr(obj, name, original)


def peak_rss_mb() -> float:
    """High-water resident set of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if platform.system() == "Darwin" else peak / 1024


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def wait_for_idle(limit: float, below: float = 0.5) -> None:
    """Other jobs on a 2-core machine halve the figures; wait (bounded) for them to finish."""
    deadline = time.monotonic() + limit
    while os.getloadavg()[0] >= below and time.monotonic() < deadline:
        time.sleep(5)
    if os.getloadavg()[0] >= below:
        print(f"note: load average {os.getloadavg()[0]:.2f}: figures are pessimistic")


def load_embedder(backend: str) -> tuple[TimedEmbedder, float]:
    """The embedder with its model loaded (and an ONNX export built if missing), and the time."""
    settings = Settings.from_env(embed_backend=backend)
    embedder = TimedEmbedder(
        Timers(),
        backend=backend,
        max_seq_length=settings.max_seq_length,
        batch_size=settings.embed_batch_size,
        onnx_cache=settings.onnx_cache,
    )
    started = time.perf_counter()
    embedder.encode(["warm up the model"])
    return embedder, time.perf_counter() - started


def run(corpus: str, paths: list[Path], embedder: TimedEmbedder, model_load_s: float, work: Path) -> Result:
    """Index ``paths`` into a fresh data dir under ``work`` with stage timers in place."""
    settings = Settings.from_env(data_dir=work / f"data-{corpus}", embed_backend=embedder.backend)
    timers = embedder.timers = Timers()
    store = Store(settings)
    load_before = os.getloadavg()[0]
    cpu_before = cpu_seconds()
    with (
        patched(ingest_module, "prepare", timers.wrap("split", ingest_module.prepare)),
        patched(store, "replace_articles", timers.wrap("store", store.replace_articles)),
    ):
        report = ingest(list(paths), settings, store=store, embedder=embedder)
    stages = dict(timers.seconds)
    stages["other"] = report.seconds - sum(stages.values())
    return Result(
        corpus=corpus,
        backend=embedder.backend,
        articles=report.articles,
        passages=report.passages,
        claims=report.claims,
        sentences=report.sentences,
        seconds=report.seconds,
        cpu_seconds=cpu_seconds() - cpu_before,
        model_load_s=model_load_s,
        stages=stages,
        stages_cpu=dict(timers.cpu),
        peak_rss_mb=peak_rss_mb(),
        skipped=len(report.skipped),
        load_average=(load_before, os.getloadavg()[0]),
    )


def print_table(results: list[Result]) -> None:
    head = (
        f"{'corpus':<7} {'backend':<10} {'articles':>8} {'passages':>8} {'claims':>7} "
        f"{'sents':>7} {'secs':>7} {'art/s':>7} {'pass/s':>7} {'claim/s':>7} {'sent/s':>7} "
        f"{'peakMB':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        print(
            f"{r.corpus:<7} {r.backend:<10} {r.articles:>8} {r.passages:>8} {r.claims:>7} "
            f"{r.sentences:>7} {r.seconds:>7.1f} {r.rate(r.articles):>7.1f} "
            f"{r.rate(r.passages):>7.1f} {r.rate(r.claims):>7.1f} {r.rate(r.sentences):>7.1f} "
            f"{r.peak_rss_mb:>7.0f}"
        )
    print()
    for r in results:
        parts = ", ".join(
            f"{k} {v:.1f} s ({100 * v / r.seconds:.0f}%"
            + (f", cpu {r.stages_cpu[k]:.1f} s)" if k in r.stages_cpu else ")")
            for k, v in r.stages.items()
        )
        print(f"{r.corpus} / {r.backend}: {parts}")
        print(
            f"    cpu {r.cpu_seconds:.1f} s ({r.cpu_seconds / r.seconds:.2f} cores busy), model load "
            f"{r.model_load_s:.1f} s (not in secs), load average {r.load_average[0]:.2f} before, "
            f"{r.load_average[1]:.2f} after"
        )


def embed_only(backends: list[str], limit: int | None) -> int:
    """Sentence embedding alone, as ingest calls it (groups of articles): wall and CPU rates."""
    settings = Settings.from_env()
    articles = [Article(id=row.id, text=row.text, path="bbc", title=row.title) for row in rows(BBC, limit)]
    groups = [
        [
            t
            for a in articles[lo : lo + settings.ingest_group_size]
            for t in prepare(a, settings).sentence_texts
        ]
        for lo in range(0, len(articles), settings.ingest_group_size)
    ]
    count = sum(len(g) for g in groups)
    embedders = {b: load_embedder(b)[0] for b in backends}
    print(f"{len(articles)} articles, {count} sentences, {len(groups)} groups")
    print(
        f"{'backend':<10} {'round':>5} {'secs':>7} {'sent/s':>7} {'cpu s':>7} {'sent/cpu-s':>10} {'load':>5}"
    )
    for round_ in (1, 2):
        for backend, embedder in embedders.items():
            load, started, cpu = os.getloadavg()[0], time.perf_counter(), time.process_time()
            for group in groups:
                embedder.encode(group)
            wall, used = time.perf_counter() - started, time.process_time() - cpu
            print(
                f"{backend:<10} {round_:>5} {wall:>7.1f} {count / wall:>7.1f} {used:>7.1f} "
                f"{count / used:>10.1f} {load:>5.2f}",
                flush=True,
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["seeds", "bbc", "all"], default="all")
    parser.add_argument("--backend", choices=["torch", "onnx", "onnx-int8"], default=DEFAULT_BACKEND)
    parser.add_argument("--limit", type=int, default=None, help="first N BBC rows only")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="first wait up to this long for the 1-minute load average to fall below 0.5",
    )
    parser.add_argument(
        "--embed-only",
        nargs="*",
        metavar="BACKEND",
        help="only embed the BBC sentences (first --limit rows), with these backends in turn "
        "(default all three), twice, alternating, so drifting load hits each alike",
    )
    args = parser.parse_args(argv)
    if args.embed_only is not None:
        return embed_only(args.embed_only or ["torch", "onnx", "onnx-int8"], args.limit)
    if args.corpus in {"bbc", "all"} and not BBC.is_dir():
        parser.error(f"BBC corpus not found at {BBC}")
    wait_for_idle(args.wait_idle)
    results: list[Result] = []
    embedder, model_load_s = load_embedder(args.backend)
    with tempfile.TemporaryDirectory(prefix="factbot-bench-") as tmp:
        work = Path(tmp)
        if args.corpus in {"seeds", "all"}:
            results.append(run("seeds", [SEEDS], embedder, model_load_s, work))
        if args.corpus in {"bbc", "all"}:
            source = work / "bbc.jsonl"
            write_jsonl(source, BBC, args.limit)
            results.append(run("bbc", [source], embedder, model_load_s, work))
    print_table(results)
    if args.json:
        payload = [
            asdict(r)
            | {
                "articles_per_s": r.rate(r.articles),
                "passages_per_s": r.rate(r.passages),
                "claims_per_s": r.rate(r.claims),
                "sentences_per_s": r.rate(r.sentences),
            }
            for r in results
        ]
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
