"""The LangChain quick-start baseline on a real Chroma store and the real model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from chromadb.api.models.Collection import Collection

from bot.eval.baseline import QuickStartBaseline
from bot.eval.gold import corpus_articles
from bot.types import Label, Status
from index.embed import Embedder
from index.settings import Settings
from index.store import Store
from tests.conftest import SEEDS

SMALL_BATCH = 7
"""Stands in for Chroma's max batch size (about 5,400 records) so a few seed chunks exceed it."""


@pytest.fixture
def small_chroma_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Chroma refusing any write above ``SMALL_BATCH`` records, as it does above its real limit."""
    sizes: list[int] = []
    real = Collection.upsert

    def upsert(self: Collection, ids: Any, *args: Any, **kwargs: Any) -> None:
        sizes.append(len(ids))
        if len(ids) > SMALL_BATCH:
            raise ValueError(f"Cannot submit more than {SMALL_BATCH:,} embeddings at once.")
        real(self, ids, *args, **kwargs)

    monkeypatch.setattr(Collection, "upsert", upsert)
    return sizes


def _client(tmp_path: Path) -> Any:
    return Store(Settings.from_env(env={}, data_dir=tmp_path / "index")).client


@pytest.mark.slow
def test_writes_in_batches_below_the_max_and_reuses_what_is_stored(
    tmp_path: Path, embedder: Embedder, small_chroma_batches: list[int]
) -> None:
    articles = corpus_articles(SEEDS)
    client = _client(tmp_path)
    with pytest.raises(ValueError, match="Cannot submit more than"):
        QuickStartBaseline(client, embedder, articles, prefix="unbatched", max_batch=10 * SMALL_BATCH)
    baseline = QuickStartBaseline(client, embedder, articles, max_batch=SMALL_BATCH)
    assert baseline.chunks > 3 * SMALL_BATCH and baseline.added == baseline.chunks
    assert baseline.db._collection.count() == baseline.chunks
    assert max(small_chroma_batches[1:]) <= SMALL_BATCH
    again = QuickStartBaseline(client, embedder, articles, max_batch=SMALL_BATCH)
    assert (again.chunks, again.added) == (baseline.chunks, 0)


@pytest.mark.slow
def test_the_top_chunk_is_the_answer_and_similarity_decides_a_claim(
    tmp_path: Path, embedder: Embedder
) -> None:
    articles = corpus_articles(SEEDS)
    baseline = QuickStartBaseline(_client(tmp_path), embedder, articles)
    answer = baseline.ask("How many US troops are in Syria?")
    assert answer.status == Status.ANSWERED and answer.answer == answer.passages[0].text
    assert len(answer.citations) == 4 and len(answer.passages) == 5
    top = answer.passages[0]
    assert articles[top.doc][top.start : top.end] == top.text
    restated = baseline.check(top.text[:300])
    assert restated.verdict == Label.SUPPORTED and restated.evidence[0].score >= baseline.threshold
    unrelated = baseline.check("The recipe needs two cups of flour and a pinch of salt.")
    assert unrelated.verdict == Label.NOT_ENOUGH_INFO and unrelated.evidence == []
