"""Concurrent users: N clients asking at once through the chat app's HTTP API, bounded in time.

    python benchmarks/concurrency.py [--clients 8] [--seconds 60] [--data-dir DIR] [--json OUT]

Starts ``factbot serve`` on a free 127.0.0.1 port in a subprocess (the real command, with its
own index: ``--data-dir`` reuses an ingested one, otherwise seeds/ go into a temporary one),
then each client calls ``/ask`` through ``gradio_client`` in a loop until the time is up.
Reports requests, errors and latency p50/p95 (queueing in Gradio included: that is what a
user waits). Everything stays on loopback; the server is stopped afterwards.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.chroma_server import free_port, stop, wait_http  # noqa: E402

FACTBOT = Path(sys.executable).with_name("factbot")
QUESTIONS = [
    "How many US troops are deployed in Syria?",
    "Where did Bashar al-Assad flee to?",
    "Who took control of Damascus?",
    "How many Pakistani nationals did Pakistan evacuate?",
    "Who did a Los Angeles grand jury indict?",
    "The US has 2,000 troops in Syria.",
    "Which US military command announced the airstrikes against ISIS in Syria?",
    "In which city did Blinken meet President Erdogan?",
]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def client_loop(url: str, index: int, deadline: float, out: dict[str, Any], lock: threading.Lock) -> None:
    """One user: ask, wait for the answer, ask the next question, until the deadline."""
    from gradio_client import Client

    try:
        client = Client(url, verbose=False)
    except Exception as exc:  # a client that cannot connect is an error to count
        with lock:
            out["errors"].append(f"client {index} connect: {exc!r}")
        return
    n = index
    while time.monotonic() < deadline:
        question = QUESTIONS[n % len(QUESTIONS)]
        n += 1
        started = time.perf_counter()
        try:
            answer = client.predict(question, "auto", api_name="/ask")
            ok = isinstance(answer, dict) and "status" in answer
            error = "" if ok else f"client {index}: unexpected reply {str(answer)[:200]}"
        except Exception as exc:
            error = f"client {index}: {exc!r}"[:300]
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            if error:
                out["errors"].append(error)
            else:
                out["latencies"].append(elapsed)


def run(clients: int, seconds: float, data_dir: Path | None, startup_limit: float) -> dict[str, Any]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    temp = None if data_dir else tempfile.TemporaryDirectory(prefix="factbot-conc-")
    keep = {"FACTBOT_EMBED_BACKEND", "FACTBOT_ONNX_CACHE", "FACTBOT_CHROMA_URL", "FACTBOT_COLLECTION_PREFIX"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_") or k in keep}
    env.update(GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1")
    env["FACTBOT_DATA_DIR"] = str(data_dir or Path(temp.name if temp else "."))
    cmd = [str(FACTBOT), "serve", "--host", "127.0.0.1", "--port", str(port)]
    if data_dir:
        cmd.append("--seeds")  # no folders: serve the given index as it is
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_http(url, proc, startup_limit)
        startup_s = time.monotonic() - started
        from gradio_client import Client

        Client(url, verbose=False).predict(QUESTIONS[0], "auto", api_name="/ask")  # warm: model, BM25
        out: dict[str, Any] = {"latencies": [], "errors": []}
        lock = threading.Lock()
        deadline = time.monotonic() + seconds
        threads = [
            threading.Thread(target=client_loop, args=(url, i, deadline, out, lock), daemon=True)
            for i in range(clients)
        ]
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=seconds + 120)  # a request in flight at the deadline may finish late
        wall = time.monotonic() - began
        lat: list[float] = out["latencies"]
        return {
            "clients": clients,
            "seconds": round(wall, 1),
            "server_startup_s": round(startup_s, 1),
            "requests": len(lat),
            "errors": len(out["errors"]),
            "error_samples": out["errors"][:5],
            "throughput_rps": round(len(lat) / wall, 2) if wall else 0.0,
            "p50_ms": round(pct(lat, 50), 1),
            "p95_ms": round(pct(lat, 95), 1),
            "max_ms": round(max(lat), 1) if lat else float("nan"),
            "stuck_clients": sum(t.is_alive() for t in threads),
            "load_average": os.getloadavg()[0],
        }
    finally:
        stop(proc, limit=15)
        if temp:
            temp.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--data-dir", type=Path, help="an ingested index to serve (default: seeds/)")
    parser.add_argument("--startup-limit", type=float, default=180.0, help="seconds to wait for the server")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= 64 or not 0 < args.seconds <= 600:
        parser.error("keep it bounded: 1-64 clients, at most 600 seconds")
    result = run(args.clients, args.seconds, args.data_dir, args.startup_limit)
    print(
        f"{result['clients']} clients for {result['seconds']} s: {result['requests']} answers, "
        f"{result['errors']} errors, {result['throughput_rps']} req/s, p50 {result['p50_ms']} ms, "
        f"p95 {result['p95_ms']} ms, max {result['max_ms']} ms (server up in {result['server_startup_s']} s)"
    )
    for line in result["error_samples"]:
        print(f"  error: {line}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["errors"] == 0 and result["requests"] > 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
