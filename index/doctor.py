"""``factbot doctor`` and ``factbot rebuild``: find what is damaged in an index, and repair it.

The store keeps every article's original text in SQLite, and passages, claims and their
vectors are derived from it, so a lost or damaged vector segment (HNSW files) is repaired
by re-deriving everything from the stored texts: no original files needed. A damaged
SQLite file holds those texts, so it can only be replaced by ingesting the files again;
the damaged folder is kept aside, never deleted.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.client import SQLITE, StoreDamagedError, check_files, failure, is_store_failure
from index.embed import DIM, Embedder, embedder_for
from index.errors import FactbotError, StoreError, printable
from index.ingest import IngestReport, Progress, ingest, store_articles
from index.load import Article
from index.settings import Settings
from index.store import KINDS, ArticleInfo, Store
from index.writer import sole_writer

log = logging.getLogger(__name__)

BACKUP = "rebuild-articles.jsonl"
"""Article texts saved before a rebuild drops the collections; a rebuild that dies reads them back."""
REBUILD = "run `factbot rebuild` to re-create them from the stored article texts"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the index and what to do about it."""

    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.what}; {self.fix}"


def diagnose(settings: Settings, store: Store | None = None) -> list[Problem]:
    """Every problem found, one per kind of damage (empty list: the index is sound)."""
    if not settings.chroma_url:
        files = _file_problems(settings.data_dir)
        if files:
            return files
    store = store or Store(settings)
    try:
        if not store.exists():
            return [Problem(f"nothing indexed at {store.location}", "run `factbot ingest PATH`")]
        return _record_problems(store)
    except StoreError as exc:
        return [Problem(str(exc), "see above")] if not isinstance(exc, StoreDamagedError) else [_damaged(exc)]


def _damaged(exc: StoreError) -> Problem:
    text = str(exc)
    what, _, fix = text.partition("; ")
    return Problem(what, fix or REBUILD)


def _file_problems(data: Path) -> list[Problem]:
    """SQLite must be a readable database: it holds the article texts everything else derives from."""
    if not data.exists():
        return [Problem(f"nothing indexed at {data}", "run `factbot ingest PATH`")]
    try:
        check_files(data)
    except StoreDamagedError as exc:
        return [_damaged(exc)]
    sqlite = data / SQLITE
    if not sqlite.exists():
        return [Problem(f"nothing indexed at {data}", "run `factbot ingest PATH`")]
    try:
        with sqlite3.connect(f"file:{sqlite}?mode=ro", uri=True) as db:
            verdict = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        verdict = str(exc)
    if verdict != "ok":
        return [
            Problem(
                f"{sqlite} is damaged ({verdict}); the article texts are stored in it",
                "run `factbot rebuild PATH...` with your article files to start the index again "
                "(the damaged folder is kept aside)",
            )
        ]
    return []


def _record_problems(store: Store) -> list[Problem]:
    """Each article's recorded chunk counts against what each collection holds and finds."""
    articles = store.articles()
    problems = []
    for kind in KINDS:
        expected = {a.doc: (a.hash, getattr(a, kind)) for a in articles}
        held = Counter(_chunk_owners(store, kind))
        short = [d for d, (h, n) in expected.items() if held[(d, h)] < n]
        if short:
            problems.append(
                Problem(
                    f"{kind}: {len(short):,} of {len(articles):,} articles miss chunks "
                    f"(e.g. {printable(short[0])}: {held[(short[0], expected[short[0]][0])]} of "
                    f"{expected[short[0]][1]})",
                    REBUILD,
                )
            )
        stray = sum(n for (d, h), n in held.items() if expected.get(d, ("", 0))[0] != h)
        if stray:
            problems.append(
                Problem(
                    f"{kind}: {stray:,} chunks belong to no complete article (an ingest was interrupted)",
                    "run the same `factbot ingest` again to finish it, or `factbot rebuild`",
                )
            )
        problems.extend(_vector_problems(store, kind, [a for a in articles if getattr(a, kind)]))
    return problems


def _chunk_owners(store: Store, kind: str) -> Iterator[tuple[str, str]]:
    for _, _, meta in store._scan(kind, documents=False):
        yield str(meta.get("doc", "")), str(meta.get("doc_hash", ""))


def _vector_problems(store: Store, kind: str, articles: list[ArticleInfo]) -> list[Problem]:
    """Every vector readable, and a search restricted to each article finds one of its chunks."""
    collection = store._existing(kind)
    if collection is None:
        return [Problem(f"{kind}: the collection is missing", REBUILD)] if articles else []
    try:
        offset = 0
        while got := collection.get(limit=2000, offset=offset, include=["embeddings"])["ids"]:
            offset += len(got)
    except Exception as exc:
        if not is_store_failure(exc):
            raise
        return [Problem(f"{kind}: stored vectors cannot be read ({_reason(exc)})", REBUILD)]
    probe = np.eye(1, DIM, dtype=np.float32)[0].tolist()
    silent, failed, reason = [], [], ""
    for a in articles:
        try:
            res = collection.query(query_embeddings=[probe], n_results=1, where={"doc": a.doc})
            if not res["ids"][0]:
                silent.append(a.doc)
        except Exception as exc:
            if not is_store_failure(exc):
                raise
            failed.append(a.doc)
            reason = _reason(exc)
    bad = failed + silent
    if not bad:
        return []
    why = f"search fails ({reason})" if failed else "search finds none of their chunks"
    return [
        Problem(
            f"{kind}: for {len(bad):,} of {len(articles):,} articles {why}, e.g. {printable(bad[0])}", REBUILD
        )
    ]


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or exc.__class__.__name__


@dataclass
class RebuildReport:
    restored: int = 0
    """Articles re-created from the texts stored in the index."""
    moved_to: str = ""
    """Where a damaged data dir was moved before starting a fresh one."""
    ingest: IngestReport | None = None

    def summary(self) -> str:
        parts = []
        if self.moved_to:
            parts.append(f"the damaged index was moved to {self.moved_to}")
        parts.append(f"{self.restored} articles re-created from the stored texts")
        if self.ingest is not None:
            parts.append(f"from files: {self.ingest.summary()}")
        return "; ".join(parts)


def rebuild(
    settings: Settings,
    paths: list[str | Path] | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> RebuildReport:
    """Re-create passages, claims and vectors from the stored texts; then ingest ``paths``.

    When the SQLite file itself is damaged (the texts are in it), the data dir is moved
    aside and ``paths`` are ingested into a fresh one; without paths that is an error
    saying so.
    """
    report = RebuildReport()
    embedder = embedder or embedder_for(settings)
    if not settings.chroma_url and _file_problems(settings.data_dir) and settings.data_dir.exists():
        problem = _file_problems(settings.data_dir)[0]
        if "nothing indexed" not in problem.what:
            if not paths:
                raise StoreDamagedError(
                    f"{problem.what}: it cannot be rebuilt from itself; run `factbot rebuild PATH...` "
                    "with your article files (the damaged folder is kept aside)"
                )
            report.moved_to = str(_move_aside(settings.data_dir))
    store = Store(settings)
    store.check_writable()
    with sole_writer(settings):  # the ingest below takes the same lock again (nested: ours already)
        try:
            articles = _stored_articles(store, settings)
            _save_backup(settings, articles)
            _drop_collections(store)
            restored = IngestReport()
            store_articles(articles, settings, store, embedder, restored, progress)
            report.restored = restored.articles
        except FactbotError:
            raise
        except Exception as exc:
            if not is_store_failure(exc):
                raise
            raise failure(exc, settings, "rebuilding") from exc
        _backup_path(settings).unlink(missing_ok=True)
        if paths:
            report.ingest = ingest(list(paths), settings, store=store, embedder=embedder, progress=progress)
    return report


def _stored_articles(store: Store, settings: Settings) -> list[Article]:
    """Every article's text and metadata, from the store and any backup a dead rebuild left."""
    found: dict[str, Article] = {}
    backup = _backup_path(settings)
    if backup.exists():
        for line in backup.read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                found[a["id"]] = Article(**a)
    if store.exists():
        for doc, text, meta in store._scan("articles", documents=True):
            found[doc] = Article(
                id=doc,
                text=text or "",
                path=str(meta.get("path", "")),
                title=str(meta.get("title", "")),
                outlet=str(meta.get("outlet", "")),
                date=str(meta.get("date", "")),
                url=str(meta.get("url", "")),
            )
    return [found[d] for d in sorted(found)]


def _backup_path(settings: Settings) -> Path:
    if settings.chroma_url:
        import tempfile

        return Path(tempfile.gettempdir()) / f"factbot-{settings.collection_prefix}-{BACKUP}"
    return settings.data_dir / BACKUP


def _save_backup(settings: Settings, articles: list[Article]) -> None:
    path = _backup_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for a in articles:
            record = {k: getattr(a, k) for k in ("id", "text", "path", "title", "outlet", "date", "url")}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)


def _drop_collections(store: Store) -> None:
    for kind in ("articles", *KINDS, "meta"):
        if store._existing(kind) is not None:
            store.client.delete_collection(store.name(kind))
    store._collections.clear()
    store._texts.clear()


def _move_aside(data: Path) -> Path:
    target = data.with_name(f"{data.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    data.rename(target)
    log.info("moved the damaged index %s to %s", data, target)
    return target
