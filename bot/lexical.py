"""The lexical side of retrieval: BM25 over claim sentences, per-article token pools, its cache.

The index is rebuilt from the store when the store changes and cached on disk so a new
process loads it in about a second. The cache is numpy arrays in an ``.npz`` file opened with
``allow_pickle=False`` plus a JSON header: unlike a pickle, a file someone else can write in
the data dir cannot make factbot run code, only fail to load (and then it is rebuilt).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import math
import os
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from bot.chunks import ByDoc, ChunkTable
from bot.text import TokenPool, tokens
from index.store import Chunk

log = logging.getLogger(__name__)

CACHE_FORMAT = 2
"""Bump when the cache file's layout changes (the source hash below catches the rest)."""


@functools.cache
def code_key() -> str:
    """Hash of the code that decides what the lexical index holds (tokeniser, BM25, layout)."""
    digest = hashlib.sha1(str(CACHE_FORMAT).encode())
    for module in ("text.py", "chunks.py", "lexical.py"):
        try:
            digest.update((Path(__file__).with_name(module)).read_bytes())
        except OSError:
            digest.update(module.encode())
    return digest.hexdigest()[:16]


class BM25:
    """Okapi BM25 over pre-tokenised documents with an inverted index (fast for short queries).

    Postings are kept as flat arrays (one slice per term), so the index saves and loads as a
    handful of arrays (``state`` / ``from_state``) and a query's scores are summed in numpy.
    """

    def __init__(self, docs: Iterable[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        lengths = []
        for i, doc in enumerate(docs):
            lengths.append(len(doc))
            for term, tf in Counter(doc).items():
                postings[term].append((i, tf))
        sizes = np.fromiter((len(p) for p in postings.values()), np.int64, count=len(postings))
        offsets = np.zeros(len(postings) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        total = int(offsets[-1])
        ids = np.fromiter((d for p in postings.values() for d, _ in p), np.int64, count=total)
        tfs = np.fromiter((f for p in postings.values() for _, f in p), np.float32, count=total)
        self._set(k1, b, np.asarray(lengths, dtype=np.float32), list(postings), offsets, ids, tfs)

    def _set(
        self,
        k1: float,
        b: float,
        lengths: np.ndarray,
        terms: list[str],
        offsets: np.ndarray,
        ids: np.ndarray,
        tfs: np.ndarray,
    ) -> None:
        self.k1, self.b = k1, b
        self.n = len(lengths)
        self.lengths = lengths
        self.avg = float(self.lengths.mean()) if self.n else 1.0
        self.terms = {t: i for i, t in enumerate(terms)}
        self.offsets, self.ids, self.tfs = offsets, ids, tfs

    def state(self) -> dict[str, object]:
        """Everything the index holds, as arrays and a term list (for a cache file)."""
        return {
            "k1": self.k1,
            "b": self.b,
            "lengths": self.lengths,
            "terms": list(self.terms),
            "offsets": self.offsets,
            "ids": self.ids,
            "tfs": self.tfs,
        }

    @classmethod
    def from_state(cls, state: dict[str, object]) -> BM25:
        out = cls.__new__(cls)
        out._set(
            float(state["k1"]),  # type: ignore[arg-type]
            float(state["b"]),  # type: ignore[arg-type]
            np.asarray(state["lengths"], dtype=np.float32),
            list(state["terms"]),  # type: ignore[call-overload]
            np.asarray(state["offsets"], dtype=np.int64),
            np.asarray(state["ids"], dtype=np.int64),
            np.asarray(state["tfs"], dtype=np.float32),
        )
        return out

    def posting(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(document ids, term frequencies) of a term, ids ascending; None if unseen."""
        t = self.terms.get(term)
        if t is None:
            return None
        lo, hi = int(self.offsets[t]), int(self.offsets[t + 1])
        return self.ids[lo:hi], self.tfs[lo:hi]

    def idf(self, term: str) -> float:
        t = self.terms.get(term)
        df = int(self.offsets[t + 1] - self.offsets[t]) if t is not None else 0
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def every(self, query: list[str]) -> np.ndarray:
        """Every document's score (0 where no query term occurs), summed term by term."""
        out = np.zeros(self.n, dtype=np.float64)
        for term in set(query):
            posting = self.posting(term)
            if posting is None:
                continue
            ids, tfs = posting
            norm = self.k1 * (1 - self.b + self.b * self.lengths[ids] / self.avg)
            part = self.idf(term) * tfs * (self.k1 + 1) / (tfs + norm)
            out[ids] += part  # ids are unique within a term
        return out

    def scores(self, query: list[str]) -> dict[int, float]:
        dense = self.every(query)
        return {int(i): float(dense[i]) for i in np.flatnonzero(dense)}

    def top(self, query: list[str], k: int) -> list[tuple[int, float]]:
        """The ``k`` best documents, best first; equal scores in document order."""
        return self.best(self.every(query), k)

    @staticmethod
    def best(dense: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The ``k`` best of ``every``'s scores, best first; equal scores in document order."""
        hit = np.flatnonzero(dense)
        if k <= 0 or not len(hit):
            return []
        if len(hit) > k:
            kth = np.partition(dense[hit], len(hit) - k)[len(hit) - k]
            hit = hit[dense[hit] >= kth]
        order = hit[np.lexsort((hit, -dense[hit]))][:k]
        return [(int(i), float(dense[i])) for i in order]


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
        self.by_doc: Mapping[str, list[Chunk]] = ByDoc(chunks)
        self.passages_by_doc: Mapping[str, list[Chunk]] = ByDoc(passages)
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

    def neighbours(self, chunk: Chunk, before: int, after: int) -> list[Chunk]:
        """The article's claim sentences from ``before`` sentences back to ``after`` on, itself
        included, by sentence index (a sentence that is not a claim has no row)."""
        return [c for c in self.by_doc.get(chunk.doc, []) if -before <= c.seq - chunk.seq <= after]

    def at_span(self, doc: str, start: int, end: int) -> Chunk | None:
        """The claim sentence at exactly this span of an article, if there is one."""
        found = [c for c in self.by_doc.get(doc, []) if c.start == start and c.end == end]
        return found[-1] if found else None


# --- the cache file: flat arrays in an .npz, everything else in a JSON header --------------
def save_cache(path: Path, header: dict[str, str], lex: LexicalIndex) -> None:
    """Write ``lex`` to ``path`` atomically: readers see the old file or the new one, never a part."""
    arrays, layout = _flatten(lex.state())
    meta = json.dumps({**header, "layout": layout}).encode()
    arrays["header"] = np.frombuffer(meta, dtype=np.uint8)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            np.savez(fh, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot write the lexical cache %s: %s", path, exc)
        with contextlib.suppress(OSError):  # on a read-only disk the cleanup fails too
            tmp.unlink(missing_ok=True)


def load_cache(path: Path, header: dict[str, str]) -> LexicalIndex | None:
    """The cached index if the file is there, intact and made for ``header``; else None."""
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(data["header"].tobytes())
            if {k: meta.get(k) for k in header} != header:
                return None
            return LexicalIndex.from_state(_unflatten(data, meta["layout"]))
    except FileNotFoundError:
        return None
    except Exception as exc:  # truncated, corrupt, from another version, or not ours: rebuild
        log.warning("ignoring the lexical cache %s (%s)", path, exc.__class__.__name__)
        return None


def _flatten(state: dict[str, Any], prefix: str = "") -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Nested state -> named arrays, and a layout saying how to turn each back (JSON-safe)."""
    arrays: dict[str, np.ndarray] = {}
    layout: dict[str, Any] = {}
    for key, value in state.items():
        name = prefix + key
        if isinstance(value, dict):
            inner, inner_layout = _flatten(value, name + ".")
            arrays.update(inner)
            layout[key] = inner_layout
        elif isinstance(value, np.ndarray):
            arrays[name] = value
            layout[key] = "array"
        elif isinstance(value, bytes):
            arrays[name] = np.frombuffer(value, dtype=np.uint8)
            layout[key] = "bytes"
        elif isinstance(value, list):
            at = np.zeros(len(value) + 1, dtype=np.int64)
            np.cumsum([len(v) for v in value], out=at[1:])
            arrays[name] = np.frombuffer("".join(value).encode(), dtype=np.uint8)
            arrays[name + "@"] = at
            layout[key] = "strings"
        else:
            layout[key] = ["scalar", value]
    return arrays, layout


def _unflatten(data: Mapping[str, np.ndarray], layout: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, how in layout.items():
        name = prefix + key
        if isinstance(how, dict):
            out[key] = _unflatten(data, how, name + ".")
        elif isinstance(how, list) and how[:1] == ["scalar"]:
            out[key] = how[1]
        elif how == "array":
            out[key] = data[name]
        elif how == "bytes":
            out[key] = data[name].tobytes()
        elif how == "strings":
            joined = data[name].tobytes().decode()
            at = data[name + "@"].tolist()
            out[key] = [joined[at[i] : at[i + 1]] for i in range(len(at) - 1)]
        else:
            raise ValueError(f"unknown layout {how!r} for {name}")
    return out
