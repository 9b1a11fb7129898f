"""Server mode: the same pipeline against a real ``chroma run`` on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.embed import Embedder
from index.errors import StoreError
from index.ingest import ingest
from index.settings import Settings
from index.store import Store
from tests.chroma_server import chroma_server, free_port, wait_http
from tests.conftest import SEEDS


@pytest.mark.slow
def test_ingest_and_search_through_a_chroma_server(tmp_path: Path, embedder: Embedder) -> None:
    with chroma_server(tmp_path / "server") as url:
        settings = Settings.from_env(env={"FACTBOT_CHROMA_URL": url})
        store = Store(settings)
        report = ingest([SEEDS], settings, store=store, embedder=embedder)
        assert report.articles == 5
        other_process_view = Store(settings)
        assert other_process_view.counts() == store.counts()
        assert ingest([SEEDS], settings, store=other_process_view, embedder=embedder).unchanged == 5
        hit = other_process_view.search("claims", embedder.encode_one("US troops in Syria"), 1)[0][0]
        assert other_process_view.article_text(hit.doc)[hit.start : hit.end] == hit.text
    assert not (tmp_path / "index").exists()


def test_unreachable_server_is_a_clear_error() -> None:
    settings = Settings.from_env(env={"FACTBOT_CHROMA_URL": f"http://127.0.0.1:{free_port()}"})
    with pytest.raises(StoreError, match="cannot reach the Chroma server"):
        Store(settings).counts()


def test_waiting_for_a_server_that_exits_says_so() -> None:
    proc = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(RuntimeError, match=r"python\S* -c exited with 3"):
        wait_http(f"http://127.0.0.1:{free_port()}/", proc, limit=60)
