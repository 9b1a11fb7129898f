"""One writer per embedded index folder: a second process waits, then stops with a message."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from index.doctor import rebuild
from index.embed import Embedder
from index.errors import IndexBusyError
from index.ingest import ingest
from index.settings import Settings
from index.writer import LOCK_FILE, sole_writer

_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from index.settings import Settings
    from index.writer import sole_writer
    with sole_writer(Settings(data_dir=Path(sys.argv[1]))):
        print("held", flush=True)
        sys.stdin.readline()
    """
)


def _hold(data: Path) -> subprocess.Popen[str]:
    """Another process holding the folder's write lock until its stdin gets a line."""
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=30)


def test_an_ingest_stops_while_another_process_writes_the_same_index(tmp_path: Path) -> None:
    data = tmp_path / "index"
    article = tmp_path / "a.txt"
    article.write_text("The Orvel ferry resumed service on Monday after repairs.", encoding="utf-8")
    holder = _hold(data)
    try:
        with pytest.raises(IndexBusyError) as caught:
            ingest([article], Settings(data_dir=data, write_wait=0.3))
        message = str(caught.value)
        assert f"process {holder.pid}" in message and str(data) in message
        assert "FACTBOT_DATA_DIR" in message
    finally:
        _release(holder)


def test_a_waiting_writer_goes_on_once_the_other_finishes(tmp_path: Path) -> None:
    data = tmp_path / "index"
    holder = _hold(data)
    threading.Timer(0.5, _release, args=(holder,)).start()
    with sole_writer(Settings(data_dir=data, write_wait=20.0)):
        assert (data / LOCK_FILE).read_text(encoding="utf-8").strip().isdigit()
    assert holder.returncode == 0


def test_a_nested_write_in_one_thread_keeps_the_lock(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "index", write_wait=0.3)
    with sole_writer(settings), sole_writer(settings):
        pass


def test_a_chroma_server_needs_no_lock(tmp_path: Path) -> None:
    settings = replace(Settings(data_dir=tmp_path / "index"), chroma_url="http://127.0.0.1:9")
    with sole_writer(settings):
        pass
    assert not (tmp_path / "index").exists()


def test_a_rebuild_stops_while_another_process_writes_the_same_index(
    tmp_path: Path, embedder: Embedder
) -> None:
    data = tmp_path / "index"
    holder = _hold(data)
    try:
        with pytest.raises(IndexBusyError, match=f"process {holder.pid}"):
            rebuild(Settings(data_dir=data, write_wait=0.3), embedder=embedder)
    finally:
        _release(holder)
