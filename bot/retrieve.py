"""Hybrid retrieval: dense (Chroma) + lexical (BM25) over claim sentences, fused, re-scored.

Re-scoring uses features a reader can check: embedding similarity, how much of the
question's content the sentence (and its article) covers, and the lexical match. Results
are diversified so every article that speaks to the question gets a say, not only the
nearest chunk's. ``FactbotRetriever`` exposes the same thing as a LangChain retriever.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import pickle
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import numpy as np

from bot.text import BM25, TokenPool, tokens
from bot.types import Passage
from index.embed import Embedder
from index.settings import Settings
from index.store import Chunk, Store

if TYPE_CHECKING:
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

log = logging.getLogger(__name__)

RRF_K = 60
REFRESH_SECONDS = 2.0
CACHE_FORMAT = 1
"""Bump when the lexical cache file's layout changes (the source hash below catches the rest)."""


@functools.cache
def _code_key() -> str:
    """Hash of the code that decides what the lexical index holds (tokeniser, BM25, layout)."""
    digest = hashlib.sha1(str(CACHE_FORMAT).encode())
    for module in ("text.py", "retrieve.py"):
        try:
            digest.update((Path(__file__).with_name(module)).read_bytes())
        except OSError:
            digest.update(module.encode())
    return digest.hexdigest()[:16]


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


class ChunkTable(Sequence[Chunk]):
    """Chunks of one kind stored column-wise (a few arrays and two UTF-8 blobs).

    Saves and loads in milliseconds whatever its size; a ``Chunk`` is made the first time
    it is read. Rows keep the order the store returned them in.
    """

    def __init__(self, kind: str, state: dict[str, Any]) -> None:
        self.kind = kind
        self.docs: list[str] = state["docs"]
        self.strings: list[str] = state["strings"]
        self._codes: np.ndarray = state["codes"]  # (n, 5): doc, speaker, title, outlet, date
        self._nums: np.ndarray = state["nums"]  # (n, 4): start, end, seq, last
        self._ids: bytes = state["ids"]
        self._id_at: np.ndarray = state["id_at"]
        self._texts: bytes = state["texts"]
        self._text_at: np.ndarray = state["text_at"]
        self._order: np.ndarray = state["order"]
        self._bounds: np.ndarray = state["bounds"]
        self._doc_code = {doc: i for i, doc in enumerate(self.docs)}
        self._made: dict[int, Chunk] = {}

    @classmethod
    def from_chunks(cls, kind: str, chunks: Sequence[Chunk]) -> ChunkTable:
        docs: dict[str, int] = {}
        strings: dict[str, int] = {}

        def code(table: dict[str, int], value: str) -> int:
            return table.setdefault(value, len(table))

        codes = np.array(
            [
                (
                    code(docs, c.doc),
                    code(strings, c.speaker),
                    code(strings, c.title),
                    code(strings, c.outlet),
                    code(strings, c.date),
                )
                for c in chunks
            ],
            dtype=np.int64,
        ).reshape(-1, 5)
        nums = np.array([(c.start, c.end, c.seq, c.last) for c in chunks], dtype=np.int64).reshape(-1, 4)
        ids, id_at = _pack([c.id for c in chunks])
        texts, text_at = _pack([c.text for c in chunks])
        # per article, rows by sentence index; a stable sort keeps the store's order for ties
        order = np.lexsort((nums[:, 2], codes[:, 0])) if len(chunks) else np.zeros(0, dtype=np.int64)
        bounds = np.searchsorted(codes[order, 0], np.arange(len(docs) + 1)) if len(chunks) else np.zeros(1)
        return cls(
            kind,
            {
                "docs": list(docs),
                "strings": list(strings),
                "codes": codes,
                "nums": nums,
                "ids": ids,
                "id_at": id_at,
                "texts": texts,
                "text_at": text_at,
                "order": np.asarray(order, dtype=np.int64),
                "bounds": np.asarray(bounds, dtype=np.int64),
            },
        )

    def state(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "strings": self.strings,
            "codes": self._codes,
            "nums": self._nums,
            "ids": self._ids,
            "id_at": self._id_at,
            "texts": self._texts,
            "text_at": self._text_at,
            "order": self._order,
            "bounds": self._bounds,
        }

    def __len__(self) -> int:
        return len(self._nums)

    @overload
    def __getitem__(self, i: int) -> Chunk: ...

    @overload
    def __getitem__(self, i: slice) -> list[Chunk]: ...

    def __getitem__(self, i: int | slice) -> Chunk | list[Chunk]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        made = self._made.get(i)
        if made is None:
            doc, speaker, title, outlet, date = self._codes[i].tolist()
            start, end, seq, last = self._nums[i].tolist()
            made = Chunk(
                id=_unpack(self._ids, self._id_at, i),
                kind=self.kind,
                doc=self.docs[doc],
                start=start,
                end=end,
                text=_unpack(self._texts, self._text_at, i),
                seq=seq,
                last=last,
                speaker=self.strings[speaker],
                title=self.strings[title],
                outlet=self.strings[outlet],
                date=self.strings[date],
            )
            self._made[i] = made
        return made

    def __iter__(self) -> Iterator[Chunk]:
        """Every chunk in order; a full scan does not keep them all (memory stays flat)."""
        for i in range(len(self)):
            made = self._made.get(i)
            if made is None:
                made = self[i]
                self._made.pop(i, None)
            yield made

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def code_of(self, doc: str) -> int | None:
        """The article's number in ``docs`` (None if it has no chunks here)."""
        return self._doc_code.get(doc)

    def doc_code(self, i: int) -> int:
        """The article number of row ``i``."""
        return int(self._codes[i, 0])

    def find(self, doc: str, seq: int) -> int | None:
        """The first row (by sentence index) of an article with this sentence index."""
        code = self._doc_code.get(doc)
        if code is None:
            return None
        rows = self._order[self._bounds[code] : self._bounds[code + 1]]
        found = np.flatnonzero(self._nums[rows, 2] == seq)
        return int(rows[found[0]]) if len(found) else None

    def rows(self, doc: str) -> list[int]:
        """Row numbers of one article's chunks, by sentence index."""
        code = self._doc_code.get(doc)
        if code is None:
            return []
        return self._order[self._bounds[code] : self._bounds[code + 1]].tolist()  # type: ignore[no-any-return]


def _pack(values: list[str]) -> tuple[bytes, np.ndarray]:
    encoded = [v.encode() for v in values]
    at = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=at[1:])
    return b"".join(encoded), at


def _unpack(blob: bytes, at: np.ndarray, i: int) -> str:
    return blob[int(at[i]) : int(at[i + 1])].decode()


class _ByDoc(Mapping[str, list[Chunk]]):
    """Article -> its chunks by sentence index, made on first use."""

    def __init__(self, table: ChunkTable) -> None:
        self.table = table
        self._made: dict[str, list[Chunk]] = {}

    def __getitem__(self, doc: str) -> list[Chunk]:
        made = self._made.get(doc)
        if made is None:
            rows = self.table.rows(doc)
            if not rows:
                raise KeyError(doc)
            made = self._made[doc] = [self.table[i] for i in rows]
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self.table.docs)

    def __len__(self) -> int:
        return len(self.table.docs)


class _DocTokens(Mapping[str, TokenPool]):
    """Article -> the tokens of its claim sentences and title (stored as ids into a vocabulary)."""

    def __init__(self, table: ChunkTable, state: dict[str, Any]) -> None:
        self.table = table
        self.vocab: list[str] = state["vocab"]
        self._at: np.ndarray = state["at"]  # per article of ``table.docs``: a slice of ``ids``
        self._ids: np.ndarray = state["ids"]
        self._made: dict[str, TokenPool] = {}

    @classmethod
    def build(cls, table: ChunkTable, claim_tokens: list[list[str]]) -> _DocTokens:
        vocab: dict[str, int] = {}
        per_doc: list[set[int]] = [set() for _ in table.docs]
        titles: dict[int, set[int]] = {}
        for i, toks in enumerate(claim_tokens):
            code = table.doc_code(i)
            per_doc[code].update(vocab.setdefault(t, len(vocab)) for t in toks)
            if code not in titles:
                title = titles[code] = {vocab.setdefault(t, len(vocab)) for t in tokens(table[i].title)}
                per_doc[code].update(title)
        at = np.zeros(len(per_doc) + 1, dtype=np.int64)
        np.cumsum([len(p) for p in per_doc], out=at[1:])
        ids = np.fromiter((t for p in per_doc for t in sorted(p)), dtype=np.int32, count=int(at[-1]))
        return cls(table, {"vocab": list(vocab), "at": at, "ids": ids})

    def state(self) -> dict[str, Any]:
        return {"vocab": self.vocab, "at": self._at, "ids": self._ids}

    def __getitem__(self, doc: str) -> TokenPool:
        made = self._made.get(doc)
        if made is None:
            code = self.table.code_of(doc)
            if code is None:
                raise KeyError(doc)
            ids = self._ids[self._at[code] : self._at[code + 1]].tolist()
            made = self._made[doc] = TokenPool(self.vocab[i] for i in ids)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self.table.docs)

    def __len__(self) -> int:
        return len(self.table.docs)


class LexicalIndex:
    """BM25 over claim sentences plus per-article lookups (claims, passages, token pools)."""

    def __init__(
        self,
        chunks: ChunkTable,
        bm25: BM25,
        passages: ChunkTable,
        pools: dict[str, Any] | None = None,
        claim_tokens: list[list[str]] | None = None,
    ) -> None:
        self.chunks, self.bm25, self.passages = chunks, bm25, passages
        self.by_doc: Mapping[str, list[Chunk]] = _ByDoc(chunks)
        self.passages_by_doc: Mapping[str, list[Chunk]] = _ByDoc(passages)
        if pools is None:
            toks = claim_tokens if claim_tokens is not None else [tokens(c.text) for c in chunks]
            self._pools = _DocTokens.build(chunks, toks)
        else:
            self._pools = _DocTokens(chunks, pools)
        self.doc_tokens: Mapping[str, TokenPool] = self._pools

    @classmethod
    def build(cls, claims: list[Chunk], passages: list[Chunk]) -> LexicalIndex:
        toks = [tokens(c.text) for c in claims]
        table = ChunkTable.from_chunks("claims", claims)
        return cls(table, BM25(toks), ChunkTable.from_chunks("passages", passages), claim_tokens=toks)

    def state(self) -> dict[str, Any]:
        return {
            "claims": self.chunks.state(),
            "bm25": self.bm25.state(),
            "passages": self.passages.state(),
            "pools": self._pools.state(),
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> LexicalIndex:
        return cls(
            ChunkTable("claims", state["claims"]),
            BM25.from_state(state["bm25"]),
            ChunkTable("passages", state["passages"]),
            pools=state["pools"],
        )

    def previous(self, chunk: Chunk) -> Chunk | None:
        """The claim sentence right before this one in its article, if there is one."""
        row = self.chunks.find(chunk.doc, chunk.seq - 1)
        return None if row is None else self.chunks[row]


class Retriever:
    def __init__(self, store: Store, embedder: Embedder, settings: Settings) -> None:
        self.store, self.embedder, self.settings = store, embedder, settings
        self._lexical: LexicalIndex | None = None
        self._fingerprint = ""
        self._checked = 0.0
        self._lock = threading.Lock()
        self.lexical_source = ""
        """How the lexical index in memory was obtained: "cache" (read from the cache file) or "store"."""

    # --- lexical side, rebuilt when any process changes the store --------------------------
    def lexical(self) -> LexicalIndex:
        now = time.monotonic()
        if self._lexical is not None and now - self._checked < REFRESH_SECONDS:
            return self._lexical
        with self._lock:
            fingerprint = self.store.fingerprint()
            self._checked = time.monotonic()
            if self._lexical is None or fingerprint != self._fingerprint:
                lex = self._load_cache(fingerprint) if fingerprint else None
                self.lexical_source = "cache"
                if lex is None:
                    # the fingerprint is read before the chunks: if a writer changes the store
                    # meanwhile, the next check sees a new fingerprint and rebuilds
                    lex = LexicalIndex.build(self.store.chunks("claims"), self.store.chunks("passages"))
                    self.lexical_source = "store"
                    if fingerprint and self.store.fingerprint() == fingerprint:
                        self._save_cache(fingerprint, lex)
                self._lexical = lex
                self._fingerprint = fingerprint
        return self._lexical

    def invalidate(self) -> None:
        self._checked = 0.0

    # --- lexical cache file: one per store and collection, replaced atomically --------------
    def cache_path(self) -> Path:
        """Where this store's lexical index is cached (under the data dir, one file per store)."""
        folder = getattr(self.settings, "lexical_cache_dir", None) or self.settings.data_dir / "lexical"
        where = self.settings.chroma_url or str(Path(self.settings.data_dir).resolve())
        key = hashlib.sha1(f"{where}|{self.store.name('claims')}".encode()).hexdigest()[:16]
        return Path(folder) / f"{key}.pkl"

    def _header(self, fingerprint: str) -> dict[str, str]:
        return {"code": _code_key(), "collection": self.store.name("claims"), "fingerprint": fingerprint}

    def _load_cache(self, fingerprint: str) -> LexicalIndex | None:
        path = self.cache_path()
        try:
            with path.open("rb") as fh:
                if pickle.load(fh) != self._header(fingerprint):
                    return None
                return LexicalIndex.from_state(pickle.load(fh))
        except FileNotFoundError:
            return None
        except Exception as exc:  # truncated, corrupt or from another version: rebuild
            log.warning("ignoring the lexical cache %s (%s)", path, exc.__class__.__name__)
            return None

    def _save_cache(self, fingerprint: str, lex: LexicalIndex) -> None:
        path = self.cache_path()
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as fh:
                pickle.dump(self._header(fingerprint), fh, protocol=5)
                pickle.dump(lex.state(), fh, protocol=5)
            os.replace(tmp, path)  # readers see the old file or the new one, never a part
        except OSError as exc:
            log.warning("cannot write the lexical cache %s: %s", path, exc)
            with contextlib.suppress(OSError):  # on a read-only disk the cleanup fails too
                tmp.unlink(missing_ok=True)

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
            own = sentence_pool(hit.chunk.text)
            hit.coverage = coverage(weights, own)
            previous = lex.previous(hit.chunk)
            if previous is not None:  # "the citizens" in one sentence, "Pakistanis" in the one before
                window = coverage(weights, own, sentence_pool(previous.text))
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


def coverage(weights: dict[str, float], pool: TokenPool, *more: TokenPool) -> float:
    """IDF-weighted share of the query's content words found (typos and word forms allowed)
    in the pools together (a word is in their union when it is in one of them)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    return sum(w for t, w in weights.items() if pool.has(t) or any(p.has(t) for p in more)) / total


@functools.lru_cache(maxsize=20_000)
def sentence_pool(text: str) -> TokenPool:
    """One sentence's tokens, made once: hits recur across questions and as previous sentences."""
    return TokenPool(tokens(text))


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


def _langchain_retriever() -> type[BaseRetriever]:
    """Built on first use: LangChain costs seconds to import and answering does not need it."""
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

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

    FactbotRetriever.__module__ = __name__
    FactbotRetriever.__qualname__ = "FactbotRetriever"
    return FactbotRetriever


if TYPE_CHECKING:

    class FactbotRetriever(BaseRetriever):
        """factbot's hybrid retrieval as a LangChain retriever (plugs into LCEL chains)."""

        retriever: Any
        k: int = 8

else:

    def __getattr__(name: str) -> Any:
        if name == "FactbotRetriever":
            cls = globals()["FactbotRetriever"] = _langchain_retriever()
            return cls
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
