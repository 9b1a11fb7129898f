"""Files -> store, idempotently. Unchanged articles cost a hash; changed ones are replaced.

Sentences are embedded once, across a group of articles at a time (so batches are full
and sorted by length); claim vectors are the sentence vectors and passage vectors are
the unit mean of their sentences' vectors, so no text is embedded twice. A sentence seen
earlier in the same run (a syndicated copy, a repeated sign-off) reuses its vector.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.clean import clean
from index.embed import DIM, Embedder, embedder_for, mean_vector
from index.errors import InputFileError, printable
from index.identity import UPLOAD_NAMESPACE, Identities, source_of
from index.load import Article, discover, load_file
from index.metadata import MetaSources
from index.settings import Settings
from index.split import Split, split
from index.store import ArticleInfo, ArticleRecord, Chunk, Store, chunk_id
from index.writer import sole_writer

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Called with (files done, files total)."""

SENTENCE_CACHE = 20_000
"""Sentence vectors kept for reuse within one ingest run (~30 MB); the oldest go first."""


@dataclass
class IngestReport:
    articles: int = 0
    """Articles added or replaced in this run."""
    unchanged: int = 0
    passages: int = 0
    claims: int = 0
    sentences: int = 0
    pruned: int = 0
    skipped: list[str] = field(default_factory=list)
    """One line per file that could not be used: ``path: why``."""
    replaced: list[str] = field(default_factory=list)
    """Articles whose source changed since the last run: ``id (content changed)``."""
    renamed: list[str] = field(default_factory=list)
    """Articles indexed under a longer id because another source has their name."""
    seconds: float = 0.0
    stored: list[str] = field(default_factory=list, repr=False)
    """Ids written in this run."""

    def notes(self) -> list[str]:
        """What the user should know beyond the counts, one printable line each."""
        return [f"replaced {r}" for r in self.replaced] + [f"renamed {r}" for r in self.renamed]

    def summary(self) -> str:
        return (
            f"{self.articles} articles indexed ({self.unchanged} unchanged), "
            f"{self.passages} passages, {self.claims} claims, {len(self.skipped)} skipped, "
            f"{self.pruned} pruned, {self.seconds:.1f} s"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "unchanged": self.unchanged,
            "passages": self.passages,
            "claims": self.claims,
            "sentences": self.sentences,
            "pruned": self.pruned,
            "skipped": list(self.skipped),
            "replaced": list(self.replaced),
            "renamed": list(self.renamed),
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class Prepared:
    article: Article
    parts: Split
    sentence_texts: list[str]


def prepare(article: Article, settings: Settings) -> Prepared:
    parts = split(
        article.text,
        clean(article.text),
        settings.passage_sentences,
        settings.passage_overlap,
        settings.claim_min_words,
    )
    texts = [article.text[s.start : s.end] for s in parts.sentences]
    return Prepared(article, parts, texts)


def ingest(
    paths: list[str | Path],
    settings: Settings,
    store: Store | None = None,
    embedder: Embedder | None = None,
    prune: bool = False,
    progress: Progress | None = None,
    meta: list[str | Path] | None = None,
    namespace: str = "",
    max_sentences: int | None = None,
) -> IngestReport:
    """Index ``paths``; ``meta`` files (csv/jsonl with a ``file`` column) give article metadata,
    ``namespace`` gives uploads ids of their own, ``max_sentences`` bounds the work."""
    started = time.perf_counter()
    sources = MetaSources([Path(p) for p in paths], [Path(m) for m in meta or []])
    store = store or Store(settings)
    store.check_writable()
    with sole_writer(settings):
        return _ingest(
            paths, settings, store, embedder, prune, progress, sources, namespace, max_sentences, started
        )


def _ingest(
    paths: list[str | Path],
    settings: Settings,
    store: Store,
    embedder: Embedder | None,
    prune: bool,
    progress: Progress | None,
    sources: MetaSources,
    namespace: str,
    max_sentences: int | None,
    started: float,
) -> IngestReport:
    """The ingest itself, run while this process is the index's only writer."""
    report = IngestReport()
    files, errors = discover(paths)
    report.skipped.extend(str(e) for e in errors)
    known = {a.doc: a for a in store.articles()}
    ids = Identities(
        {doc: a.path for doc, a in known.items()}, namespace, {d: a.hash for d, a in known.items()}
    )
    todo: list[Article] = []
    for done, path in enumerate(files, start=1):
        problems: list[str] = []
        try:
            articles = [sources.complete(a) for a in load_file(path, settings.max_file_bytes, problems)]
        except InputFileError as exc:
            report.skipped.append(str(exc))
            articles = []
        report.skipped.extend(problems)
        for loaded in articles:
            article, note = ids.assign(loaded)
            if note == "listed twice":
                report.skipped.append(f"{printable(str(path))}: listed twice; indexed once")
                continue
            if note:
                report.renamed.append(f"{printable(str(path))}: {note}")
            old = known.get(article.id)
            if old is not None and old.hash == article.hash:
                report.unchanged += 1
            else:
                todo.append(article)
        if progress and len(todo) < settings.ingest_group_size:
            progress(done - len(todo), len(files))
    report.skipped.extend(sources.errors)
    embedder = embedder or embedder_for(settings)
    store_articles(todo, settings, store, embedder, report, progress, len(files), max_sentences)
    report.replaced = [f"{printable(doc)} (content changed)" for doc in report.stored if doc in known]
    if prune:
        read = {source_of(f) for f in files}
        gone = sorted(d for d, a in known.items() if d not in ids.seen and _vanished(a.path, read))
        store.delete_articles(gone)
        report.pruned = len(gone)
    report.seconds = time.perf_counter() - started
    return report


def store_articles(
    todo: list[Article],
    settings: Settings,
    store: Store,
    embedder: Embedder,
    report: IngestReport,
    progress: Progress | None = None,
    total: int = 0,
    max_sentences: int | None = None,
) -> None:
    """Split, embed and write articles a group at a time (ingest and rebuild share this)."""
    total = total or len(todo)
    done_files = total - len(todo)
    cache = SentenceCache(embedder)
    budget = max_sentences
    for lo in range(0, len(todo), settings.ingest_group_size):
        group = [prepare(a, settings) for a in todo[lo : lo + settings.ingest_group_size]]
        if budget is not None:
            group, budget = _within_budget(group, budget, max_sentences or 0, report)
        _store_group(group, store, cache, report)
        done_files += len(group)
        if progress:
            progress(done_files, total)


def _within_budget(
    group: list[Prepared], budget: int, limit: int, report: IngestReport
) -> tuple[list[Prepared], int]:
    """Articles that fit in the sentences left; the others are skipped with the limit named."""
    kept = []
    for p in group:
        n = len(p.sentence_texts)
        if n > budget:
            report.skipped.append(
                f"{printable(p.article.path)}: {n:,} sentences would pass this upload's limit of "
                f"{limit:,} sentences; split it or ingest it with `factbot ingest`"
            )
            continue
        budget -= n
        kept.append(p)
    return kept, budget


def _vanished(source: str, read: set[str]) -> bool:
    """Pruned: a file that is gone, or a line no longer in a file this run read; never an upload."""
    if source.startswith(f"{UPLOAD_NAMESPACE}:"):
        return False
    return source in read or not Path(source).exists()


class SentenceCache:
    """The embedder with a bounded memory of the sentences it embedded in this run."""

    def __init__(self, embedder: Embedder, limit: int = SENTENCE_CACHE) -> None:
        self.embedder, self.limit = embedder, limit
        self.vectors: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors in order; only sentences not seen before reach the model, in one call."""
        new = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if new:
            self.vectors.update(zip(new, self.embedder.encode(new), strict=True))
        out = np.stack([self.vectors[t] for t in texts]) if texts else np.zeros((0, DIM), np.float32)
        for old in list(self.vectors)[: max(0, len(self.vectors) - self.limit)]:
            del self.vectors[old]
        return out


def _store_group(group: list[Prepared], store: Store, cache: SentenceCache, report: IngestReport) -> None:
    """Embed a group's sentences in one call and write the group in a few store calls."""
    texts = [t for p in group for t in p.sentence_texts]
    vectors = cache.encode(texts)
    offset = 0
    records = []
    for prepared in group:
        n = len(prepared.sentence_texts)
        sentence_vectors = vectors[offset : offset + n]
        offset += n
        if n == 0:
            report.skipped.append(f"{printable(prepared.article.path)}: no article text left after cleaning")
            continue
        records.append(_record(prepared, sentence_vectors))
        report.stored.append(prepared.article.id)
        report.articles += 1
        report.sentences += n
        report.passages += len(prepared.parts.passages)
        report.claims += len(prepared.parts.claims)
    store.replace_articles(records)


def _record(prepared: Prepared, sentence_vectors: np.ndarray) -> ArticleRecord:
    article, parts = prepared.article, prepared.parts
    passages = [
        Chunk(
            id=chunk_id(article.id, article.hash, "passages", p.start, p.end),
            kind="passages",
            doc=article.id,
            start=p.start,
            end=p.end,
            text=article.text[p.start : p.end],
            seq=p.first,
            last=p.last,
            title=article.title,
            outlet=article.outlet,
            date=article.date,
        )
        for p in parts.passages
    ]
    claims = [
        Chunk(
            id=chunk_id(article.id, article.hash, "claims", c.start, c.end),
            kind="claims",
            doc=article.id,
            start=c.start,
            end=c.end,
            text=article.text[c.start : c.end],
            seq=c.sentence,
            last=c.sentence,
            speaker=c.speaker,
            story_start=c.story[0] if c.story else 0,
            story_end=c.story[1] if c.story else 0,
            title=article.title,
            outlet=article.outlet,
            date=article.date,
        )
        for c in parts.claims
    ]
    passage_vectors = np.stack([mean_vector(sentence_vectors[p.first : p.last + 1]) for p in parts.passages])
    claim_vectors = (
        sentence_vectors[[c.sentence for c in parts.claims]]
        if claims
        else np.zeros((0, sentence_vectors.shape[1]), dtype=np.float32)
    )
    info = ArticleInfo(
        doc=article.id,
        hash=article.hash,
        title=article.title,
        outlet=article.outlet,
        date=article.date,
        url=article.url,
        path=article.path,
        passages=len(passages),
        claims=len(claims),
    )
    return ArticleRecord(
        info,
        article.text,
        {"passages": passages, "claims": claims},
        {"passages": passage_vectors, "claims": claim_vectors},
        mean_vector(sentence_vectors),
    )
