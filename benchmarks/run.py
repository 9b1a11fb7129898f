"""Speed and scale in one command: indexes of growing size, each measured the same way.

    python benchmarks/run.py [--rows seeds,real,100k] [--server] [--questions N]
                             [--json OUT] [--plot OUT.png] [--work DIR] [--profile DIR]

Rows: ``seeds`` (seeds/), ``real`` (seeds + FA-KES + BBC News, ~3,000 articles, embedded for
real) and ``100k`` (the real row's stored chunks copied under new article ids until ~100,000
passages, vectors plus a little renormalised noise: it measures search, not embedding).
Each row runs in its own subprocess so peak RSS is that row's, not the whole run's. Per row:
ingest passages/s, index size on disk, peak RSS, ``ask`` p50/p95 over a fixed question set,
the LangChain baseline (``Chroma.similarity_search_with_score`` top-4 over the same passages
collection, same embedder, same process) and cold start (a fresh ``python`` that opens the
existing index and answers one question, timed from spawn to answer, lexical build split out).
``--server`` runs every row against one ``chroma run`` on 127.0.0.1 that it starts and stops.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import os
import platform
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bbc import BBC, write_jsonl  # noqa: E402

SEEDS = ROOT / "seeds"
FAKES = ROOT.parent / "shared" / "corpora" / "fa-kes" / "articles"
GOLD = ROOT / "gold" / "seeds.jsonl"
ROWS = ("seeds", "real", "100k")
TARGET_PASSAGES = 100_000
NOISE = 0.01
"""Per-dimension sigma on unit 384-d vectors (components ~0.05): copies stay ~0.98 cosine."""

GENERAL_QUESTIONS = [
    "How many people were killed in the air strikes?",
    "Who won the election?",
    "What did the prime minister say about the economy?",
    "How much did the company pay for the acquisition?",
    "Which film won the award?",
    "What happened to oil prices?",
    "Who was appointed as the new coach?",
    "When will the new law come into force?",
]

TARGETS = {
    "ask_p50_ms": 300,
    "ask_p95_ms": 800,
    "cold_start_s": 10,
    "peak_rss_mb": 3072,
    "passages_per_s": 60,
}

COLD_START = r"""
import json, sys, time
t0 = time.time()
from bot.api import FactChecker
checker = FactChecker()
t1 = time.time()
checker.embedder.encode_one("warm up")
t2 = time.time()
checker.retriever.lexical()
t3 = time.time()
checker.ask(sys.argv[1])
t4 = time.time()
hwm = [ln for ln in open("/proc/self/status") if ln.startswith("VmHWM:")]
print("COLD " + json.dumps({"done": t4, "import_s": t1 - t0, "model_s": t2 - t1,
                            "lexical_s": t3 - t2, "first_ask_s": t4 - t3,
                            "lexical_source": checker.retriever.lexical_source,
                            "peak_rss_mb": int(hwm[0].split()[1]) / 1024 if hwm else None}), flush=True)
"""


def questions(n: int) -> list[str]:
    """The fixed set: general news questions first, then the seed gold questions, first ``n``."""
    seeds = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    pool = GENERAL_QUESTIONS + [r["question"] for r in seeds if r.get("kind") == "question"]
    return pool[:n]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """High-water RSS. On Linux, this process's own ``VmHWM``: ``ru_maxrss`` of a child also
    counts its parent's RSS at fork/exec, so a 2 GB parent would report a 2 GB child."""
    status = Path("/proc/self/status")
    if who == resource.RUSAGE_SELF and status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if platform.system() == "Darwin" else peak / 1024


def du_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0
    return total / 1e6


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation: p95 of 40 samples is the 38th)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def row_env(row: str, work: Path, url: str, backend: str) -> dict[str, str]:
    """The ``FACTBOT_*`` variables that point a process at one row's index."""
    keep = {"FACTBOT_ONNX_CACHE", "FACTBOT_EMBED_BATCH_SIZE", "FACTBOT_MAX_SEQ_LENGTH"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_") or k in keep}
    env["FACTBOT_EMBED_BACKEND"] = backend
    env["FACTBOT_COLLECTION_PREFIX"] = f"bench{row}"
    if url:
        env["FACTBOT_CHROMA_URL"] = url
    else:
        env["FACTBOT_DATA_DIR"] = str(work / row)
    return env


# --- building ------------------------------------------------------------------------------


def build_embedded(row: str, work: Path, checker: Any) -> dict[str, Any]:
    """Ingest for real (embedding every sentence): the seeds or the ~3,000 real articles."""
    paths: list[str | Path] = [SEEDS]
    if row == "real":
        source = work / "bbc.jsonl"
        if not source.exists():
            write_jsonl(source, BBC)
        paths += [FAKES, source]
    checker.embedder.encode_one("load the model")  # model load is not ingest throughput
    report = checker.ingest(paths)
    return {
        "mode": "embed",
        "seconds": report.seconds,
        "articles": report.articles,
        "passages": report.passages,
        "claims": report.claims,
        "sentences": report.sentences,
        "skipped": len(report.skipped),
        "passages_per_s": report.passages / report.seconds if report.seconds else 0.0,
    }


def _pages(collection: Any, include: list[str], page: int = 2000) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        got = collection.get(limit=page, offset=offset, include=include)
        if not got["ids"]:
            return
        yield got
        offset += len(got["ids"])


def build_copies(store: Any, source: Any, target: int, seed: int = 0) -> dict[str, Any]:
    """Copy ``source``'s chunks under new article ids (``doc~N``) until ~``target`` passages.

    Copy 0 keeps the real vectors; later copies get renormalised Gaussian noise, so the HNSW
    graph sees distinct points. Written straight into the collections in pages (no
    per-article delete), articles last, as ``Store.replace_article`` orders it.
    """
    import numpy as np

    from index.store import chunk_id

    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    articles = source.articles()
    chosen: dict[str, list[int]] = {a.doc: [] for a in articles}
    total, copy = 0, 0
    while total < target:
        for a in articles:
            if total >= target:
                break
            chosen[a.doc].append(copy)
            total += a.passages
        copy += 1

    def new_doc(doc: str, c: int) -> str:
        return doc if c == 0 else f"{doc}~{c}"

    def noisy(vectors: Any, c: int) -> Any:
        v = np.asarray(vectors, dtype=np.float32)
        if c == 0:
            return v
        v = v + rng.normal(0.0, NOISE, v.shape).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    written = {"passages": 0, "claims": 0, "articles": 0}
    batch = min(5000, int(store.client.get_max_batch_size()))
    for kind in ("passages", "claims", "articles"):
        dest = store.collection(kind)
        pending: dict[str, list[Any]] = {"ids": [], "documents": [], "embeddings": [], "metadatas": []}

        def flush(dest: Any = dest, pending: dict[str, list[Any]] = pending) -> None:
            if pending["ids"]:
                dest.add(
                    ids=pending["ids"],
                    documents=pending["documents"],
                    embeddings=np.concatenate(pending["embeddings"]),
                    metadatas=pending["metadatas"],
                )
            for values in pending.values():
                values.clear()

        for got in _pages(source.collection(kind), ["documents", "metadatas", "embeddings"], page=batch):
            for c in range(copy):
                rows = [
                    i
                    for i, ident in enumerate(got["ids"])
                    if c in chosen.get(ident if kind == "articles" else got["metadatas"][i]["doc"], ())
                ]
                if not rows:
                    continue
                if len(pending["ids"]) + len(rows) > batch:
                    flush()  # Chroma refuses a call above its max batch size
                metas, ids = [], []
                for i in rows:
                    meta = dict(got["metadatas"][i])
                    if kind == "articles":
                        ids.append(new_doc(got["ids"][i], c))
                    else:
                        meta["doc"] = new_doc(str(meta["doc"]), c)
                        ids.append(
                            chunk_id(
                                meta["doc"], str(meta["doc_hash"]), kind, int(meta["start"]), int(meta["end"])
                            )
                        )
                    metas.append(meta)
                pending["ids"] += ids
                pending["documents"] += [got["documents"][i] for i in rows]
                pending["embeddings"].append(noisy(np.asarray(got["embeddings"])[rows], c))
                pending["metadatas"] += metas
                written[kind] += len(rows)
                if len(pending["ids"]) >= batch:
                    flush()
        flush()
    store._bump_generation()  # readers (and the lexical cache) see one change, as after an ingest
    seconds = time.perf_counter() - started
    return {
        "mode": f"copy x{copy} (no embedding)",
        "seconds": seconds,
        "articles": written["articles"],
        "passages": written["passages"],
        "claims": written["claims"],
        "sentences": 0,
        "skipped": 0,
        "passages_per_s": written["passages"] / seconds if seconds else 0.0,
    }


# --- measuring -----------------------------------------------------------------------------


def time_calls(fn: Any, items: list[str]) -> list[float]:
    out = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - started) * 1000)
    return out


def cold_start(env: dict[str, str], question: str, timeout: float) -> dict[str, Any]:
    """A fresh interpreter on the existing index: spawn to first answer, end to end."""
    spawned = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", COLD_START, question],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("COLD ")), "")
    if proc.returncode != 0 or not line:
        raise RuntimeError(f"cold start failed ({proc.returncode}): {proc.stderr[-2000:]}")
    got = json.loads(line[5:])
    got["cold_start_s"] = got.pop("done") - spawned
    if got.get("peak_rss_mb") is None:
        got["peak_rss_mb"] = peak_rss_mb(resource.RUSAGE_CHILDREN)  # includes this process's RSS
    return got


def run_row(
    row: str, work: Path, url: str, backend: str, n_questions: int, profile: Path | None
) -> dict[str, Any]:
    """Build one row's index, then measure it; runs inside the row's own process."""
    from langchain_chroma import Chroma

    from bot.api import FactChecker
    from index.settings import Settings
    from index.store import Store

    env = row_env(row, work, url, backend)
    settings = Settings.from_env(env=env)
    checker = FactChecker(settings)
    saved = work / f"{row}.build.json"
    if saved.exists() and checker.store.counts()["articles"]:
        build = json.loads(saved.read_text())  # an index kept in --work: measure, don't rebuild
    elif row == "100k":
        source = Store(Settings.from_env(env=row_env("real", work, url, backend)))
        if source.counts()["articles"] == 0:
            raise RuntimeError("the 100k row copies the real row: run --rows real first (same --work)")
        build = build_copies(checker.store, source, TARGET_PASSAGES)
    else:
        build = build_embedded(row, work, checker)
    saved.write_text(json.dumps(build))
    if not checker.store.fingerprint() and checker.store.counts()["articles"]:
        checker.store._bump_generation()  # kept from before generation records: give it one
    counts = checker.store.counts()
    size_mb = du_mb(work / "server") if url else du_mb(work / row)

    qs = questions(n_questions)
    checker.embedder.encode_one("load the model")
    checker.retriever.cache_path().unlink(missing_ok=True)  # time the build from the store
    started = time.perf_counter()
    checker.retriever.lexical()
    lexical_s = time.perf_counter() - started
    started = time.perf_counter()
    checker.ask(qs[0])
    first_ask_ms = (time.perf_counter() - started) * 1000

    profiler = cProfile.Profile() if profile else None
    with profiler if profiler else nullcontext():
        ask_ms = time_calls(checker.ask, qs)
    if profiler and profile:
        profile.mkdir(parents=True, exist_ok=True)
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
        stats.print_stats(45)
        (profile / f"{row}.txt").write_text(text.getvalue())

    baseline = Chroma(
        client=checker.store.client,
        collection_name=checker.store.name("passages"),
        embedding_function=checker.embedder.as_langchain(),
    )
    baseline.similarity_search_with_score(qs[0], k=4)
    base_ms = time_calls(lambda q: baseline.similarity_search_with_score(q, k=4), qs)
    rss = peak_rss_mb()
    cold = cold_start(env, qs[0], timeout=900)
    return {
        "row": row,
        "server": bool(url),
        "backend": backend,
        "counts": counts,
        "build": build,
        "index_mb": round(size_mb, 1),
        "peak_rss_mb": round(rss, 1),
        "lexical_build_s": round(lexical_s, 3),
        "first_ask_ms": round(first_ask_ms, 1),
        "questions": len(qs),
        "ask_ms": {"p50": pct(ask_ms, 50), "p95": pct(ask_ms, 95), "mean": statistics.fmean(ask_ms)},
        "baseline_ms": {"p50": pct(base_ms, 50), "p95": pct(base_ms, 95), "mean": statistics.fmean(base_ms)},
        "ratio_p50": pct(ask_ms, 50) / pct(base_ms, 50),
        "cold_start": cold,
        "load_average": os.getloadavg()[0],
    }


# --- orchestration -------------------------------------------------------------------------


@contextmanager
def maybe_server(enabled: bool, work: Path) -> Iterator[tuple[str, int | None]]:
    if not enabled:
        yield "", None
        return
    from tests.chroma_server import chroma_server

    with chroma_server(work / "server") as url:
        yield url, None


def spawn_row(row: str, args: argparse.Namespace, work: Path, url: str) -> dict[str, Any]:
    """One row in a fresh interpreter, so its peak RSS and cold state are its own."""
    cmd = [sys.executable, __file__, "--_row", row, "--work", str(work), "--backend", args.backend]
    cmd += ["--questions", str(args.questions)]
    if url:
        cmd += ["--_url", url]
    if args.profile:
        cmd += ["--profile", str(args.profile)]
    out = work / f"{row}.result.json"
    out.unlink(missing_ok=True)
    proc = subprocess.run(cmd, cwd=ROOT, timeout=args.row_timeout, check=False)
    if proc.returncode != 0 or not out.exists():
        return {"row": row, "error": f"row process exited {proc.returncode}"}
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def fmt_table(results: list[dict[str, Any]]) -> str:
    head = (
        f"{'row':<6} {'articles':>8} {'passages':>8} {'claims':>7} {'ingest p/s':>10} {'index MB':>8} "
        f"{'peak MB':>7} {'ask p50':>7} {'ask p95':>7} {'base p50':>8} {'base p95':>8} {'ratio':>6} "
        f"{'cold s':>6} {'lex s':>6} {'serve MB':>8}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        if "error" in r:
            lines.append(f"{r['row']:<6} {r['error']}")
            continue
        c, b, a, base, cold = r["counts"], r["build"], r["ask_ms"], r["baseline_ms"], r["cold_start"]
        lines.append(
            f"{r['row']:<6} {c['articles']:>8} {c['passages']:>8} {c['claims']:>7} "
            f"{b['passages_per_s']:>10.1f} {r['index_mb']:>8.0f} {r['peak_rss_mb']:>7.0f} "
            f"{a['p50']:>7.0f} {a['p95']:>7.0f} {base['p50']:>8.1f} {base['p95']:>8.1f} "
            f"{r['ratio_p50']:>6.1f} {cold['cold_start_s']:>6.1f} {cold['lexical_s']:>6.1f} "
            f"{cold['peak_rss_mb']:>8.0f}"
        )
    lines.append(
        "ms for ask/base; ingest p/s for 100k is a copy (no embedding); peak MB = row process "
        "(build + asks); serve MB = cold-start process (open index, first answer); lex s = lexical "
        "(BM25) index load inside cold start (from its cache file; built from the store if stale)."
    )
    lines.append(
        "targets (2 cores): ask p50 < 300 ms, p95 < 800 ms at 100k; cold start < 10 s; "
        "peak RSS < 3 GB; ingest >= 60 passages/s"
    )
    return "\n".join(lines)


def plot(results: list[dict[str, Any]], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ok = [r for r in results if "error" not in r]
    xs = [r["counts"]["passages"] for r in ok]
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for key, label, color in (
        ("ask_ms", "factbot ask", "C0"),
        ("baseline_ms", "LangChain similarity_search top-4", "C1"),
    ):
        ax.plot(xs, [r[key]["p50"] for r in ok], "o-", color=color, label=f"{label} p50")
        ax.plot(xs, [r[key]["p95"] for r in ok], "s--", color=color, alpha=0.6, label=f"{label} p95")
    ax.axhline(300, color="grey", lw=0.8, ls=":", label="targets: p50 300 ms, p95 800 ms")
    ax.axhline(800, color="grey", lw=0.8, ls=":")
    for r, x in zip(ok, xs, strict=True):
        ax.annotate(r["row"], (x, r["ask_ms"]["p50"]), textcoords="offset points", xytext=(4, 6))
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("passages in the index")
    ax.set_ylabel("latency (ms)")
    mode = "Chroma server" if ok and ok[0]["server"] else "embedded Chroma"
    ax.set_title(f"Query latency vs index size ({mode}, {os.cpu_count()} CPU cores)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out, dpi=120)


def main(argv: list[str] | None = None) -> int:
    from index.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default=",".join(ROWS), help="comma list of seeds, real, 100k")
    parser.add_argument("--server", action="store_true", help="run against a `chroma run` on 127.0.0.1")
    parser.add_argument("--questions", type=int, default=40, help="first N of the fixed question set")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--plot", type=Path, help="write latency vs index size here (.png)")
    parser.add_argument("--work", type=Path, help="keep indexes here (default: a temporary dir)")
    parser.add_argument(
        "--backend", default=os.environ.get("FACTBOT_EMBED_BACKEND", Settings().embed_backend)
    )
    parser.add_argument("--profile", type=Path, help="write a cProfile of the ask loop per row here")
    parser.add_argument("--row-timeout", type=float, default=3600, help="seconds per row, then fail it")
    parser.add_argument("--_row", help=argparse.SUPPRESS)
    parser.add_argument("--_url", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    if args._row:
        result = run_row(args._row, args.work, args._url, args.backend, args.questions, args.profile)
        (args.work / f"{args._row}.result.json").write_text(json.dumps(result, indent=2))
        return 0

    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    if unknown := set(rows) - set(ROWS):
        parser.error(f"unknown rows {sorted(unknown)}; choose from {ROWS}")
    if "real" in rows and not (BBC.is_dir() and FAKES.is_dir()):
        parser.error(f"corpora not found under {FAKES.parent.parent}")
    temp = None if args.work else tempfile.mkdtemp(prefix="factbot-bench-")
    work = (args.work or Path(temp or ".")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, Any]] = []
    try:
        with maybe_server(args.server, work) as (url, _):
            for row in rows:
                print(f"== row {row} ({'server ' + url if url else 'embedded'})", file=sys.stderr, flush=True)
                results.append(spawn_row(row, args, work, url))
                print(fmt_table(results), file=sys.stderr, flush=True)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    print(fmt_table(results))
    if args.json:
        payload = {
            "machine": {
                "cpus": os.cpu_count(),
                "platform": platform.platform(),
                "python": platform.python_version(),
            },
            "targets": TARGETS,
            "rows": results,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    if args.plot:
        plot(results, args.plot)
    return 0 if all("error" not in r for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
