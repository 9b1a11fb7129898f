"""Ask and check latency on an index that is already built: prints figures, asserts nothing.

    FACTBOT_DATA_DIR=DIR python benchmarks/gold_latency.py [--gold gold/fakes.jsonl]
        [--repeat N] [--profile OUT.txt] [--top 40] [--json OUT]

``benchmarks/run.py`` times 40 general questions on indexes it builds itself; this one times a
gold set's questions (``ask``) and claims (``check``) on the index a user points it at (seeds
+ FA-KES, say: ~800 articles, where answering costs most per question), the way
``factbot eval`` does but without scoring. Wall time (``perf_counter``) moves with whatever
else shares the CPUs, so process CPU time (``process_time``) is printed beside it and the load
average is recorded; ``--profile`` writes a cProfile of the timed loop (cumulative order,
with each function's share of the loop's total) so a change can be judged by where the time
goes rather than by a noisy wall clock. One untimed ask first loads the models.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentiles(values: list[float]) -> dict[str, float]:
    """p50/p95 as ``factbot eval`` computes them (numpy, interpolated), plus the mean."""
    import numpy as np

    if not values:
        return {"p50": float("nan"), "p95": float("nan"), "mean": float("nan")}
    return {
        "p50": round(float(np.percentile(values, 50)), 1),
        "p95": round(float(np.percentile(values, 95)), 1),
        "mean": round(float(np.mean(values)), 1),
    }


def profile_text(profiler: cProfile.Profile, total_s: float, top: int) -> str:
    """The ``top`` functions by cumulative time, each with its share of the timed loop."""
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)  # type: ignore[attr-defined]
    lines = [f"{'share':>6} {'cum s':>8} {'own s':>8} {'calls':>9}  function"]
    for (path, line, name), (_, calls, own, cum, _) in rows[:top]:
        where = f"{Path(path).name}:{line}({name})" if line else name
        lines.append(f"{cum / total_s:>6.1%} {cum:>8.2f} {own:>8.2f} {calls:>9}  {where}")
    stats.sort_stats("tottime").print_stats(top)
    return "\n".join(lines) + "\n\n== by own time ==\n" + text.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "fakes.jsonl")
    parser.add_argument("--repeat", type=int, default=1, help="time the whole set N times")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the timed loop here")
    parser.add_argument("--top", type=int, default=40, help="functions listed in the profile")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)

    from benchmarks.run import peak_rss_mb
    from bot.api import FactChecker
    from bot.eval.gold import GoldClaim, GoldQuestion, load_gold

    items = load_gold(args.gold)
    calls: list[tuple[str, str]] = [("ask", i.question) for i in items if isinstance(i, GoldQuestion)]
    calls += [("check", i.claim) for i in items if isinstance(i, GoldClaim)]
    checker = FactChecker()
    if not calls:
        parser.error(f"{args.gold} has no questions or claims")
    checker.ask(calls[0][1])  # models, lexical index and caches of the first question: untimed

    wall: dict[str, list[float]] = {"ask": [], "check": []}
    cpu: dict[str, list[float]] = {"ask": [], "check": []}
    load_before = os.getloadavg()[0]
    profiler = cProfile.Profile() if args.profile else None
    loop_wall, loop_cpu = time.perf_counter(), time.process_time()
    with profiler if profiler else nullcontext():
        for _ in range(args.repeat):
            for kind, text in calls:
                w, c = time.perf_counter(), time.process_time()
                checker.ask(text, mode="question") if kind == "ask" else checker.check(text)
                wall[kind].append((time.perf_counter() - w) * 1000)
                cpu[kind].append((time.process_time() - c) * 1000)
    loop_wall, loop_cpu = time.perf_counter() - loop_wall, time.process_time() - loop_cpu

    result: dict[str, Any] = {
        "gold": str(args.gold),
        "index": os.environ.get("FACTBOT_DATA_DIR", str(checker.settings.data_dir)),
        "articles": checker.store.counts()["articles"],
        "cpus": os.cpu_count(),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "loop_wall_s": round(loop_wall, 2),
        "loop_cpu_s": round(loop_cpu, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    for kind in ("ask", "check"):
        result[kind] = {
            "n": len(wall[kind]),
            "wall_ms": percentiles(wall[kind]),
            "cpu_ms": percentiles(cpu[kind]),
        }
    both_wall, both_cpu = wall["ask"] + wall["check"], cpu["ask"] + cpu["check"]
    result["all"] = {"n": len(both_wall), "wall_ms": percentiles(both_wall), "cpu_ms": percentiles(both_cpu)}

    print(
        f"{result['gold']} on {result['index']} ({result['articles']} articles, {result['cpus']} CPUs, "
        f"load average {result['load_average'][0]} -> {result['load_average'][1]})"
    )
    print(
        f"{'calls':<6} {'n':>4} {'wall p50':>9} {'wall p95':>9} {'cpu p50':>8} {'cpu p95':>8} {'cpu mean':>9}"
    )
    for kind in ("ask", "check", "all"):
        r = result[kind]
        w, c = r["wall_ms"], r["cpu_ms"]
        print(
            f"{kind:<6} {r['n']:>4} {w['p50']:>9.0f} {w['p95']:>9.0f} {c['p50']:>8.0f} {c['p95']:>8.0f} {c['mean']:>9.0f}"
        )
    print(
        f"ms per call; loop {loop_wall:.1f} s wall, {loop_cpu:.1f} s CPU (this process, all threads); "
        f"peak RSS {result['peak_rss_mb']:.0f} MB"
    )
    if profiler and args.profile:
        args.profile.parent.mkdir(parents=True, exist_ok=True)
        args.profile.write_text(profile_text(profiler, loop_wall, args.top))
        profiler.dump_stats(args.profile.with_suffix(".prof"))  # for pstats' callers/callees
        print(f"profile: {args.profile} (raw: {args.profile.with_suffix('.prof')})")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
