"""A real ``chroma run`` on 127.0.0.1 for server-mode tests, stopped afterwards.

``free_port`` and ``wait_http`` also serve the tests and benchmarks that start ``factbot serve``.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, proc: subprocess.Popen[bytes], limit: float) -> None:
    """Return once ``url`` answers; RuntimeError if ``proc`` exits or ``limit`` seconds pass."""
    args = proc.args if isinstance(proc.args, list | tuple) else [proc.args]
    name = " ".join(Path(str(a)).name for a in args[:2])
    deadline = time.monotonic() + limit
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with {proc.returncode}") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} not up after {limit:.0f} s") from None
            time.sleep(0.25)


def stop(proc: subprocess.Popen[bytes], limit: float) -> None:
    """Ask a child process to exit; kill it if it has not within ``limit`` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@contextmanager
def chroma_server(path: Path) -> Iterator[str]:
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/api/v2/heartbeat", proc, limit=30)
        yield url
    finally:
        stop(proc, limit=10)
