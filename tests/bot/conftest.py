"""Fixtures the answering and checking tests share."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from index.embed import Embedder
from tests.bot.tiny_index import tiny_checker


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    """The checker over ``tests.bot.tiny_index.ARTICLES``, ingested once per session."""
    return tiny_checker(tmp_path_factory, embedder)
