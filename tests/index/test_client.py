"""Failures of the store itself: read-only, disk full, a server that dies mid-ingest.

Each must be one line naming what to do, and leave every indexed article complete.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from bot import ui
from bot.api import FactChecker
from index.client import ServerLostError, StoreReadOnlyError
from index.doctor import diagnose
from index.embed import Embedder
from index.errors import StoreError
from index.ingest import ingest
from index.settings import Settings
from index.store import Store
from tests.chroma_server import free_port, stop, wait_http
from tests.conftest import ROOT, SEEDS

QUESTION = "How many US troops are in Syria?"


def more_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        sentences = [
            f"The board counted {i * 40 + j} votes in ward {j} on day {i}, clerks said." for j in range(30)
        ]
        (folder / f"ward-{i:02d}.txt").write_text(" ".join(sentences))
    return folder


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs of its own (needs root); skipped, saying why, where mounting is not allowed."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a size-limited or read-only tmpfs needs root to mount; this run is not root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2600k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture(scope="module")
def seeds_copy(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    data = tmp_path_factory.mktemp("client-seeds") / "index"
    ingest([SEEDS], Settings.from_env(env={}, data_dir=data), embedder=embedder)
    shutil.rmtree(data / "lexical", ignore_errors=True)
    return data


def test_a_read_only_index_answers_and_refuses_writes_in_one_line(
    tmpfs: Path, seeds_copy: Path, tmp_path: Path, embedder: Embedder
) -> None:
    shutil.copytree(seeds_copy, tmpfs, dirs_exist_ok=True)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    settings = Settings.from_env(env={}, data_dir=tmpfs)
    checker = FactChecker(settings, embedder=embedder)
    answer = checker.ask(QUESTION)
    assert "900" in answer.answer and answer.citations[0].doc == "000_66cd316cc8c383c8.txt"
    assert len(checker.store.articles()) == 5
    with pytest.raises(StoreReadOnlyError, match="is read-only") as info:
        checker.ingest([more_articles(tmp_path / "more", 1)])
    assert "`factbot ask` and `factbot stats` still work" in str(info.value)
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--data-dir", str(tmpfs), "stats"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0 and "articles: 5" in run.stdout and "Traceback" not in run.stderr


def factbot(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "--data-dir", str(data), *args],
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=400,
    )


def test_a_full_disk_is_one_line_and_keeps_every_indexed_article_whole(
    tmpfs: Path, seeds_copy: Path, tmp_path: Path
) -> None:
    """In separate processes, as a user runs them: Chroma can hang reading in the process whose write failed."""
    shutil.copytree(seeds_copy, tmpfs, dirs_exist_ok=True)
    more = more_articles(tmp_path / "more", 60)
    full = factbot(tmpfs, "ingest", str(more), FACTBOT_INGEST_GROUP_SIZE="4")
    assert full.returncode == 1 and full.stdout == ""
    assert full.stderr == (
        f"factbot: the disk holding {tmpfs} is full while writing articles; free some space and run the "
        "same command again (completed articles are kept)\n"
    )
    stats = factbot(tmpfs, "stats", "--json")
    assert stats.returncode == 0
    docs = {a["doc"] for a in json.loads(stats.stdout)["articles"]}
    assert {p.name for p in SEEDS.glob("*.txt")} <= docs
    doctor = factbot(tmpfs, "doctor")
    assert "miss chunks" not in doctor.stdout and "Traceback" not in doctor.stderr
    answer = factbot(tmpfs, "ask", QUESTION)
    assert answer.returncode == 0 and "900" in answer.stdout


class KillsServer(Embedder):
    """The real embedder; on its second call the Chroma server is killed (a crash mid-ingest)."""

    def __init__(self, inner: Embedder, server: subprocess.Popen[bytes]) -> None:
        super().__init__()
        self.inner, self.server, self.calls = inner, server, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        if self.calls == 2:
            self.server.kill()
            self.server.wait()
        return self.inner.encode(texts)


def start_server(path: Path, port: int) -> subprocess.Popen[bytes]:
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, limit=30)
    return proc


@pytest.mark.slow
def test_a_server_killed_mid_ingest_is_one_line_and_the_next_run_finishes(
    tmp_path: Path, embedder: Embedder
) -> None:
    port = free_port()
    settings = Settings.from_env(env={"FACTBOT_CHROMA_URL": f"http://127.0.0.1:{port}"}, ingest_group_size=2)
    server = start_server(tmp_path / "server", port)
    try:
        with pytest.raises(ServerLostError) as info:
            ingest([SEEDS], settings, store=Store(settings), embedder=KillsServer(embedder, server))
        message = str(info.value)
        assert message.startswith(f"cannot reach the Chroma server at http://127.0.0.1:{port} while ")
        assert f"--port {port}`" in message and "\n" not in message
        checker = FactChecker(settings, embedder=embedder)
        page = ui.reply_html(checker, QUESTION)
        assert "cannot reach the Chroma server" in page and "Something went wrong" not in page
    finally:
        stop(server, limit=10)
    server = start_server(tmp_path / "server", port)
    try:
        store = Store(settings)
        kept = len(store.articles())
        assert kept == 2 and not [p for p in diagnose(settings, store) if "miss chunks" in p.what]
        finished = ingest([SEEDS], settings, store=store, embedder=embedder)
        assert (finished.articles, finished.unchanged) == (3, 2) and store.counts()["articles"] == 5
    finally:
        stop(server, limit=10)


def test_the_server_hint_names_the_configured_port() -> None:
    port = free_port()
    settings = Settings.from_env(env={"FACTBOT_CHROMA_URL": f"http://127.0.0.1:{port}"})
    with pytest.raises(StoreError, match=f"--port {port}`"):
        Store(settings).counts()
