"""The Chroma store behind one small interface; nothing above ``index/`` sees chromadb types.

Three collections per vector configuration: ``passages`` and ``claims`` (searched) and
``articles`` (one record per article: its original text, hash and metadata). The article
record is written last, so its presence means the article's chunks are complete: an
interrupted ingest leaves articles without a record, and the next run redoes them.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from index.client import (
    SQLITE,
    StoreReadOnlyError,
    check_files,
    failure,
    guarded,
    location,
    open_client,
)
from index.embed import DIM
from index.errors import StoreError
from index.settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

log = logging.getLogger(__name__)

KINDS = ("passages", "claims")
_PAGE = 2000


@dataclass(frozen=True)
class Chunk:
    """A stored span of an article: a passage or a claim (one checkable sentence)."""

    id: str
    kind: str
    doc: str
    start: int
    end: int
    text: str
    seq: int = 0
    """Sentence index (claims) or first sentence index (passages) within the article."""
    last: int = 0
    speaker: str = ""
    title: str = ""
    outlet: str = ""
    date: str = ""
    story_start: int = 0
    story_end: int = 0
    """The span a citation quotes when kept furniture (a glued headline or tag run) sits at
    the sentence's edge (``index.split.story_span``); both 0 when it is the whole chunk."""

    def metadata(self, doc_hash: str) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "seq": self.seq,
            "last": self.last,
            "speaker": self.speaker,
            "title": self.title,
            "outlet": self.outlet,
            "date": self.date,
            "story_start": self.story_start,
            "story_end": self.story_end,
            "doc_hash": doc_hash,
        }

    @classmethod
    def from_record(cls, chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
        return cls(
            id=chunk_id,
            kind=str(meta["kind"]),
            doc=str(meta["doc"]),
            start=int(meta["start"]),
            end=int(meta["end"]),
            text=text,
            seq=int(meta.get("seq", 0)),
            last=int(meta.get("last", 0)),
            speaker=str(meta.get("speaker", "")),
            title=str(meta.get("title", "")),
            outlet=str(meta.get("outlet", "")),
            date=str(meta.get("date", "")),
            story_start=int(meta.get("story_start", 0)),
            story_end=int(meta.get("story_end", 0)),
        )

    @property
    def story(self) -> tuple[int, int]:
        """The span to quote: the chunk without kept furniture at its edges."""
        return (self.story_start, self.story_end) if self.story_end else (self.start, self.end)

    @property
    def story_text(self) -> str:
        """The text of ``story``: what a citation quotes and an answer may be drawn from."""
        lo, hi = self.story
        return self.text[lo - self.start : hi - self.start]


def chunk_id(doc: str, doc_hash: str, kind: str, start: int, end: int) -> str:
    """Content-derived id: the same article content always yields the same ids."""
    return hashlib.sha1(f"{doc}|{doc_hash}|{kind}|{start}|{end}".encode()).hexdigest()[:24]


@dataclass(frozen=True)
class ArticleInfo:
    doc: str
    hash: str
    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    path: str = ""
    passages: int = 0
    claims: int = 0


@dataclass(frozen=True)
class ArticleRecord:
    """One article ready to store: its chunks with their vectors, and its own vector."""

    info: ArticleInfo
    text: str
    chunks: dict[str, list[Chunk]]
    vectors: dict[str, np.ndarray]
    article_vector: np.ndarray

    def metadata(self, ingested_at: float) -> dict[str, Any]:
        i = self.info
        return {
            "hash": i.hash,
            "title": i.title,
            "outlet": i.outlet,
            "date": i.date,
            "url": i.url,
            "path": i.path,
            "passages": i.passages,
            "claims": i.claims,
            "ingested_at": ingested_at,
        }


@dataclass
class Store:
    """Reads never create anything (a missing index reads as empty); writes create what they need."""

    settings: Settings
    _client: ClientAPI | None = None
    _collections: dict[str, Collection] = field(default_factory=dict)
    _texts: dict[str, str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _copy: Path | None = None
    """The private copy a read-only data dir is read through (writes are refused)."""

    @property
    def client(self) -> ClientAPI:
        """The Chroma client, opened for writing (creating the data dir) when it can be."""
        return self._open(writable=True)

    def _open(self, writable: bool) -> ClientAPI:
        if self._client is None:
            self._client, self._copy = open_client(self.settings, writable=writable)
        return self._client

    @property
    def location(self) -> str:
        """The data dir or server URL, as the user named it."""
        return location(self.settings)

    def exists(self) -> bool:
        """Whether anything was ever indexed here (reading never creates the store)."""
        if not self.settings.chroma_url:
            check_files(self.settings.data_dir)
            if not (self.settings.data_dir / SQLITE).exists():
                return False
        return self._existing("articles") is not None

    def check_writable(self) -> None:
        """Raise before any work when the index cannot take writes (read-only dir or copy)."""
        data = self.settings.data_dir
        if self.settings.chroma_url:
            return
        target = data if data.exists() else next((p for p in data.parents if p.exists()), data)
        if self._copy is not None or not _writable(target) or not _writable(data / SQLITE):
            raise failure(OSError(13, "read-only"), self.settings, "writing")

    def name(self, kind: str) -> str:
        return f"{self.settings.collection_prefix}-{kind}-{self.settings.vector_key}"

    def collection(self, kind: str) -> Collection:
        """The collection for writing: created when missing."""
        if self._copy is not None:
            raise StoreReadOnlyError(
                f"the index in {self.location} is read-only: it can be searched but not changed"
            )
        if kind not in self._collections or self._client is None:
            with self._lock:
                self._collections[kind] = self.client.get_or_create_collection(
                    self.name(kind),
                    embedding_function=None,
                    configuration={"hnsw": {"space": "cosine"}},
                )
        return self._collections[kind]

    def _existing(self, kind: str) -> Collection | None:
        """The collection for reading, or None when nothing of this kind was ever written."""
        if kind in self._collections:
            return self._collections[kind]
        if not self.settings.chroma_url and not (self.settings.data_dir / SQLITE).exists():
            return None
        from chromadb.errors import NotFoundError

        try:
            found = self._open(writable=False).get_collection(self.name(kind), embedding_function=None)
        except (NotFoundError, ValueError):
            return None
        self._collections[kind] = found
        return found

    # --- writing -----------------------------------------------------------------------
    def replace_article(
        self,
        info: ArticleInfo,
        text: str,
        chunks: dict[str, list[Chunk]],
        vectors: dict[str, np.ndarray],
        article_vector: np.ndarray,
    ) -> None:
        """Swap one article's chunks for new ones; the article record goes in last."""
        self.replace_articles([ArticleRecord(info, text, chunks, vectors, article_vector)])

    @guarded("writing articles")
    def replace_articles(self, records: list[ArticleRecord]) -> None:
        """Write a group of articles in a few calls: old chunks out, chunks in, records last.

        Old chunks are deleted even for articles without a record: an interrupted run may
        have left some. Article records are written after every chunk, so an article whose
        record exists is complete.
        """
        if not records:
            return
        self.delete_chunks([r.info.doc for r in records])
        for kind in KINDS:
            items = [(c, r.info.hash) for r in records for c in r.chunks.get(kind, [])]
            if not items:
                continue
            vecs = np.concatenate([r.vectors[kind] for r in records if len(r.chunks.get(kind, []))])
            for lo in range(0, len(items), _PAGE):
                part = items[lo : lo + _PAGE]
                self.collection(kind).add(
                    ids=[c.id for c, _ in part],
                    documents=[c.text for c, _ in part],
                    embeddings=vecs[lo : lo + _PAGE],
                    metadatas=[c.metadata(h) for c, h in part],  # type: ignore[misc]
                )
        now = time.time()
        for lo in range(0, len(records), _PAGE):
            group = records[lo : lo + _PAGE]
            self.collection("articles").upsert(
                ids=[r.info.doc for r in group],
                documents=[r.text for r in group],
                embeddings=np.stack([r.article_vector for r in group]),
                metadatas=[r.metadata(now) for r in group],  # type: ignore[misc]
            )
        for r in records:
            self._texts[r.info.doc] = r.text
        self._bump_generation()

    @guarded("deleting chunks")
    def delete_chunks(self, docs: list[str]) -> None:
        if not docs:
            return
        for kind in KINDS:
            self.collection(kind).delete(where={"doc": {"$in": list(docs)}})  # type: ignore[dict-item]

    @guarded("deleting articles")
    def delete_articles(self, docs: list[str]) -> None:
        if not docs:
            return
        self.collection("articles").delete(ids=docs)
        self.delete_chunks(docs)
        for doc in docs:
            self._texts.pop(doc, None)
        self._bump_generation()

    def _bump_generation(self) -> None:
        """One small record every writer changes, so readers detect changes without a scan."""
        self.collection("meta").upsert(
            ids=["generation"],
            documents=[uuid.uuid4().hex],
            embeddings=np.eye(1, DIM, dtype=np.float32),
        )

    # --- reading -----------------------------------------------------------------------
    @guarded("reading the article list")
    def articles(self) -> list[ArticleInfo]:
        out = []
        for ident, _, meta in self._scan("articles", documents=False):
            out.append(
                ArticleInfo(
                    doc=ident,
                    hash=str(meta["hash"]),
                    title=str(meta.get("title", "")),
                    outlet=str(meta.get("outlet", "")),
                    date=str(meta.get("date", "")),
                    url=str(meta.get("url", "")),
                    path=str(meta.get("path", "")),
                    passages=int(meta.get("passages", 0)),
                    claims=int(meta.get("claims", 0)),
                )
            )
        return sorted(out, key=lambda a: a.doc)

    def article_hashes(self) -> dict[str, str]:
        return {a.doc: a.hash for a in self.articles()}

    @guarded("reading an article")
    def article_text(self, doc: str) -> str:
        """The original text every span indexes into."""
        if doc not in self._texts:
            articles = self._existing("articles")
            docs = (articles.get(ids=[doc], include=["documents"]).get("documents") or []) if articles else []
            if not docs or docs[0] is None:
                raise StoreError(f"article {doc!r} is not in the index")
            self._texts[doc] = docs[0]
        return self._texts[doc]

    @guarded("reading chunks")
    def chunks(self, kind: str) -> list[Chunk]:
        """Every chunk of a kind that belongs to a complete article (for lexical search)."""
        complete = self.article_hashes()
        out = []
        for ident, text, meta in self._scan(kind, documents=True):
            if complete.get(str(meta["doc"])) == meta.get("doc_hash"):
                out.append(Chunk.from_record(ident, text or "", meta))
        return out

    @guarded("reading chunks")
    def get(self, kind: str, ids: list[str]) -> list[Chunk]:
        collection = self._existing(kind)
        if not ids or collection is None:
            return []
        got = collection.get(ids=ids, include=["documents", "metadatas"])
        docs = got.get("documents") or []
        metas = got.get("metadatas") or []
        return [
            Chunk.from_record(i, d or "", dict(m or {}))
            for i, d, m in zip(got["ids"], docs, metas, strict=True)
        ]

    @guarded("reading vectors")
    def vectors(self, kind: str, ids: list[str]) -> dict[str, np.ndarray]:
        collection = self._existing(kind)
        if not ids or collection is None:
            return {}
        got = collection.get(ids=ids, include=["embeddings"])
        embs = got.get("embeddings")
        if embs is None:
            return {}
        return {i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], embs, strict=True)}

    @guarded("searching")
    def search(
        self, kind: str, vector: np.ndarray, k: int, where: dict[str, Any] | None = None
    ) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine similarity (1 - Chroma's cosine distance)."""
        collection = self._existing(kind)
        if collection is None:
            return []
        res = collection.query(  # Chroma caps n_results at the collection's size (empty: no rows)
            query_embeddings=[vector.tolist()],
            n_results=k,
            where=where,  # type: ignore[arg-type]
            include=["documents", "metadatas", "distances"],
        )
        ids = res["ids"][0]
        docs = (res.get("documents") or [[]])[0]
        metas = (res.get("metadatas") or [[]])[0]
        dists = (res.get("distances") or [[]])[0]
        return [
            (Chunk.from_record(i, d or "", dict(m or {})), 1.0 - float(dist))
            for i, d, m, dist in zip(ids, docs, metas, dists, strict=True)
        ]

    @guarded("counting")
    def counts(self) -> dict[str, int]:
        found = {kind: self._existing(kind) for kind in ("articles", *KINDS)}
        return {kind: c.count() if c is not None else 0 for kind, c in found.items()}

    @guarded("reading the index generation")
    def fingerprint(self) -> str:
        """Changes whenever any article is added, replaced or removed (by any process).

        Reads one record, not every article: cheap enough to check before each question.
        """
        meta = self._existing("meta")
        docs = (meta.get(ids=["generation"], include=["documents"]).get("documents") or []) if meta else []
        return str(docs[0]) if docs else ""

    def _scan(self, kind: str, documents: bool) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
        collection = self._existing(kind)
        if collection is None:
            return
        include: list[Any] = ["metadatas", "documents"] if documents else ["metadatas"]
        offset = 0
        while True:
            got = collection.get(limit=_PAGE, offset=offset, include=include)
            ids = got["ids"]
            if not ids:
                return
            found = got.get("documents")
            docs: list[str | None] = list(found) if found else [None] * len(ids)
            metas = got.get("metadatas") or [{}] * len(ids)
            for ident, doc, meta in zip(ids, docs, metas, strict=True):
                yield ident, doc, dict(meta or {})
            offset += len(ids)


def _writable(path: Path) -> bool:
    return not path.exists() or os.access(path, os.W_OK)
