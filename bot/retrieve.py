"""Hybrid retrieval: dense (Chroma) + lexical (BM25) over claim sentences, fused, re-scored.

Re-scoring uses features a reader can check: embedding similarity, how much of the
question's content the sentence (and its article) covers, and the lexical match. Results
are diversified so every article that speaks to the question gets a say, not only the
nearest chunk's. ``FactbotRetriever`` exposes the same thing as a LangChain retriever.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from bot.text import BM25, TokenPool, tokens
from bot.types import Passage
from index.embed import Embedder
from index.settings import Settings
from index.store import Chunk, Store

RRF_K = 60
REFRESH_SECONDS = 2.0


@dataclass
class Hit:
    """A candidate sentence with the features that explain its score."""

    chunk: Chunk
    dense: float = 0.0
    lexical: float = 0.0
    coverage: float = 0.0
    context: float = 0.0
    rrf: float = 0.0
    score: float = 0.0
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class LexicalIndex:
    chunks: list[Chunk]
    bm25: BM25
    doc_tokens: dict[str, TokenPool]
    positions: dict[str, int]
    by_doc: dict[str, list[Chunk]]
    passages_by_doc: dict[str, list[Chunk]]

    def previous(self, chunk: Chunk) -> Chunk | None:
        """The claim sentence right before this one in its article, if there is one."""
        for other in self.by_doc.get(chunk.doc, []):
            if other.seq == chunk.seq - 1:
                return other
        return None


class Retriever:
    def __init__(self, store: Store, embedder: Embedder, settings: Settings) -> None:
        self.store, self.embedder, self.settings = store, embedder, settings
        self._lexical: LexicalIndex | None = None
        self._fingerprint = ""
        self._checked = 0.0
        self._lock = threading.Lock()

    # --- lexical side, rebuilt when any process changes the store --------------------------
    def lexical(self) -> LexicalIndex:
        now = time.monotonic()
        if self._lexical is not None and now - self._checked < REFRESH_SECONDS:
            return self._lexical
        with self._lock:
            fingerprint = self.store.fingerprint()
            self._checked = time.monotonic()
            if self._lexical is None or fingerprint != self._fingerprint:
                chunks = self.store.chunks("claims")
                toks = [tokens(c.text) for c in chunks]
                per_doc: dict[str, set[str]] = {}
                for chunk, tks in zip(chunks, toks, strict=True):
                    per_doc.setdefault(chunk.doc, set()).update(tks)
                    per_doc[chunk.doc].update(tokens(chunk.title))
                self._lexical = LexicalIndex(
                    chunks,
                    BM25(toks),
                    {doc: TokenPool(t) for doc, t in per_doc.items()},
                    {c.id: i for i, c in enumerate(chunks)},
                    _by_doc(chunks),
                    _by_doc(self.store.chunks("passages")),
                )
                self._fingerprint = fingerprint
        return self._lexical

    def invalidate(self) -> None:
        self._checked = 0.0

    # --- retrieval ---------------------------------------------------------------------
    def retrieve(self, query: str, k: int | None = None, vector: np.ndarray | None = None) -> list[Hit]:
        """Candidate sentences for ``query``, best first, several articles represented."""
        lex = self.lexical()
        if not lex.chunks:
            return []
        qvec = self.embedder.encode_one(query) if vector is None else vector
        n = self.settings.candidate_k
        dense = self.store.search("claims", qvec, n)
        qtoks = tokens(query)
        bm = lex.bm25.top(qtoks, n)
        hits: dict[str, Hit] = {}
        for rank, (chunk, sim) in enumerate(dense):
            hit = hits.setdefault(chunk.id, Hit(chunk))
            hit.dense = sim
            hit.rrf += 1 / (RRF_K + rank)
        top_bm = bm[0][1] if bm else 1.0
        for rank, (i, s) in enumerate(bm):
            chunk = lex.chunks[i]
            hit = hits.setdefault(chunk.id, Hit(chunk))
            hit.lexical = s / top_bm if top_bm else 0.0
            hit.rrf += 1 / (RRF_K + rank)
        self._fill_dense(hits, qvec)
        weights = {t: lex.bm25.idf(t) for t in set(qtoks)}
        for hit in hits.values():
            own = tokens(hit.chunk.text)
            hit.coverage = coverage(weights, TokenPool(own))
            previous = lex.previous(hit.chunk)
            if previous is not None:  # "the citizens" in one sentence, "Pakistanis" in the one before
                window = coverage(weights, TokenPool(own + tokens(previous.text)))
                hit.coverage = max(hit.coverage, 0.8 * window)
            hit.context = coverage(weights, lex.doc_tokens.get(hit.chunk.doc) or TokenPool(()))
            hit.score = 0.5 * hit.dense + 0.3 * hit.coverage + 0.1 * hit.context + 0.1 * hit.lexical
            hit.features = {
                "dense": round(hit.dense, 4),
                "lexical": round(hit.lexical, 4),
                "coverage": round(hit.coverage, 4),
                "context": round(hit.context, 4),
                "rrf": round(hit.rrf, 5),
            }
        ranked = sorted(hits.values(), key=lambda h: -h.score)
        return diversify(ranked, k or n)

    def _fill_dense(self, hits: dict[str, Hit], qvec: np.ndarray) -> None:
        """Lexical-only candidates get their true cosine too, so features are comparable."""
        missing = [h.chunk.id for h in hits.values() if h.dense == 0.0]
        for ident, vec in self.store.vectors("claims", missing).items():
            hits[ident].dense = float(np.dot(vec, qvec))

    def context(self, hits: list[Hit], query: str, k: int, vector: np.ndarray | None = None) -> list[Passage]:
        """Passages to show: those holding the best sentences first, then the nearest by meaning."""
        lex = self.lexical()
        out: list[Passage] = []
        seen: set[str] = set()

        def add(chunk: Chunk, score: float) -> None:
            if chunk.id not in seen and len(out) < k:
                seen.add(chunk.id)
                out.append(
                    Passage(
                        chunk.doc,
                        chunk.start,
                        chunk.end,
                        chunk.text,
                        round(score, 4),
                        chunk.outlet,
                        chunk.title,
                    )
                )

        for hit in hits[:k]:
            holders = [
                p for p in lex.passages_by_doc.get(hit.chunk.doc, []) if p.seq <= hit.chunk.seq <= p.last
            ]
            if holders:
                add(holders[0], hit.score)
        for chunk, score in self.passages(query, k, vector=vector):
            add(chunk, score)
        return out

    def passages(self, query: str, k: int, vector: np.ndarray | None = None) -> list[tuple[Chunk, float]]:
        qvec = self.embedder.encode_one(query) if vector is None else vector
        return self.store.search("passages", qvec, k)


def _by_doc(chunks: list[Chunk]) -> dict[str, list[Chunk]]:
    out: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        out.setdefault(chunk.doc, []).append(chunk)
    for doc_chunks in out.values():
        doc_chunks.sort(key=lambda c: c.seq)
    return out


def coverage(weights: dict[str, float], pool: TokenPool) -> float:
    """IDF-weighted share of the query's content words found (typos and word forms allowed)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    return sum(w for t, w in weights.items() if pool.has(t)) / total


def diversify(ranked: list[Hit], k: int) -> list[Hit]:
    """Best hit of each article first (in score order), then the rest: no source is drowned out."""
    firsts: list[Hit] = []
    rest: list[Hit] = []
    seen: set[str] = set()
    for hit in ranked:
        (rest if hit.chunk.doc in seen else firsts).append(hit)
        seen.add(hit.chunk.doc)
    best = ranked[0].score if ranked else 0.0
    strong = [h for h in firsts if h.score >= 0.6 * best]
    weak = [h for h in firsts if h.score < 0.6 * best]
    return (strong + sorted(rest + weak, key=lambda h: -h.score))[:k]


class FactbotRetriever(BaseRetriever):
    """factbot's hybrid retrieval as a LangChain retriever (plugs into LCEL chains)."""

    retriever: Any
    k: int = 8

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                page_content=h.chunk.text,
                metadata={
                    "doc": h.chunk.doc,
                    "start": h.chunk.start,
                    "end": h.chunk.end,
                    "speaker": h.chunk.speaker,
                    "score": round(h.score, 4),
                    **h.features,
                },
                id=h.chunk.id,
            )
            for h in self.retriever.retrieve(query, self.k)
        ]
