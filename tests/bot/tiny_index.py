"""A tiny real index of hand-written articles (not the seeds), built once per test session.

The rule modules (``bot/counts.py``, ``bot/entities.py``, ``bot/sentences.py``) read only
``EvidenceSentence``s, which need a real corpus behind them (IDF, the sentence model, stored
vectors); these helpers give them one, and hand-picked sentences with chosen scores.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from bot.api import FactChecker
from bot.evidence import EvidenceSentence
from index.embed import Embedder
from index.settings import Settings
from index.store import Chunk

ARTICLES = {
    "harbour.txt": """Velmar harbour reopens

The harbour of Velmar reopened on Monday after repairs, harbour master Ilse Varga said.

Workers rebuilt 14 cranes along the northern pier.

The repairs cost $3 million and took more than two years.

The storm displaced thousands in the coastal villages.

Ferries from Ostrin, Dunmoor and Keldby arrived in Velmar on Tuesday.
""",
    "coast.txt": """Velmar cranes back in use

Workers rebuilt a dozen cranes along the northern pier, the Velmar council said.

These cranes lift containers for the fishing fleet.

Mayor Tomas Brill opened the new pier in Velmar on Friday.
""",
    "river.txt": """Flood warning on the Ansel river

Heavy rain swelled the Ansel river for three days.

The council closed two bridges over the river.

Volunteers from Dunmoor filled 500 sandbags near the bridges.
""",
}

_built: dict[str, FactChecker] = {}


def tiny_checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    """A ``FactChecker`` over ``ARTICLES``, ingested once per session (read-only for tests)."""
    if "checker" not in _built:
        _built["checker"] = checker_over(ARTICLES, "tiny", tmp_path_factory, embedder)
    return _built["checker"]


def checker_over(
    articles: dict[str, str], name: str, tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> FactChecker:
    """A ``FactChecker`` over these hand-written articles (file name → text) in fresh temp dirs."""
    folder: Path = tmp_path_factory.mktemp(f"{name}-articles")
    for file_name, text in articles.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp(f"{name}-index"))
    checker = FactChecker(settings, embedder=embedder)
    assert checker.ingest([folder]).articles == len(articles)
    return checker


def sentence(checker: FactChecker, text: str, **scores: Any) -> EvidenceSentence:
    """The indexed claim sentence with exactly this text, with the given scores (others 0)."""
    for hit in checker.retriever.search(text, 50).sentences:
        if hit.chunk.text == text:
            return hit.rescored(**scores) if scores else hit
    raise AssertionError(f"not indexed as one sentence: {text!r}")


def hand(
    checker: FactChecker, text: str, doc: str = "hand.txt", speaker: str = "", **scores: float
) -> EvidenceSentence:
    """A hand-made sentence (not indexed) as evidence over the tiny corpus: the corpus's IDF and
    sentence model, but no stored vector and no neighbours."""
    key = hashlib.sha1(f"{doc}|{text}".encode()).hexdigest()[:24]
    chunk = Chunk(f"hand-{key}", "claims", doc, 0, len(text), text, speaker=speaker)
    return checker.retriever.corpus().sentence(chunk, **scores)
