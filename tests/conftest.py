"""Shared fixtures: the real model (loaded once), real Chroma stores in temp dirs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from index.embed import Embedder, embedder_for
from index.ingest import ingest
from index.settings import Settings
from index.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the project's own .factbot index or a user's settings."""
    for key in list(os.environ):
        if key.startswith("FACTBOT_") and key != "FACTBOT_ONNX_CACHE":
            monkeypatch.delenv(key)
    monkeypatch.setenv("FACTBOT_DATA_DIR", str(tmp_path / "factbot-data"))


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return embedder_for(Settings.from_env(env={}))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env(env={}, data_dir=tmp_path / "index")


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Store]:
    """The five seed articles indexed once for the whole session (read-only for tests)."""
    data = tmp_path_factory.mktemp("seeds-index")
    settings = Settings.from_env(env={}, data_dir=data)
    store = Store(settings)
    report = ingest([SEEDS], settings, store=store, embedder=embedder)
    assert report.articles == 5 and not report.skipped
    yield store


@pytest.fixture(scope="session")
def checker(seeds_index: Store, embedder: Embedder):  # type: ignore[no-untyped-def]
    """A FactChecker over the session's seed index (read-only)."""
    from bot.api import FactChecker

    return FactChecker(seeds_index.settings, store=seeds_index, embedder=embedder)
