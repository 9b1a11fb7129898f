"""Hybrid retrieval: dense (Chroma) + lexical (BM25) over claim sentences, fused, re-scored.

Re-scoring uses features a reader can check: embedding similarity, how much of the
question's content the sentence (and its article) covers, the lexical match, the article's
title and publication date against the question, and whether the sentence holds the asked
kind of value. The articles most about the question lend all their sentences as candidates
(``bot.articles``): the sentence stating a toll often does not name the event. Results
are diversified so every article that speaks to the question gets a say, not only the
nearest chunk's. Each result is an ``EvidenceSentence``; ``Retriever.search`` also gives the
query's vector and the ``Corpus`` view answering reads (``bot.langchain_retriever`` wraps the
same as a LangChain retriever).
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from bot.articles import ArticleIndex, ArticleScores
from bot.dates import date_words, parse_iso, periods_in
from bot.evidence import Corpus, EvidenceSentence
from bot.fragments import unnamed_subject
from bot.lexical import LexicalIndex, code_key, load_cache, save_cache
from bot.names import holds_a_form, in_compound, place_forms
from bot.question import Kind, question_kind
from bot.text import TokenPool, tokens
from bot.types import Passage
from bot.values import parse_quantities
from index.embed import Embedder
from index.settings import Settings
from index.store import Chunk, Store

REFRESH_SECONDS = 2.0
"""How long a process trusts its lexical index before checking the store for other writers."""


@dataclass(frozen=True)
class Retrieval:
    """What one search found: the query's vector, its sentences best first, and their corpus."""

    query: str
    vector: np.ndarray
    sentences: list[EvidenceSentence]
    corpus: Corpus


class Retriever:
    def __init__(self, store: Store, embedder: Embedder, settings: Settings) -> None:
        self.store, self.embedder, self.settings = store, embedder, settings
        self._lexical: LexicalIndex | None = None
        self._corpus: Corpus | None = None
        self._articles: ArticleIndex | None = None
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
                lex = load_cache(self.cache_path(), self._header(fingerprint)) if fingerprint else None
                self.lexical_source = "cache"
                if lex is None:
                    # the fingerprint is read before the chunks: if a writer changes the store
                    # meanwhile, the next check sees a new fingerprint and rebuilds
                    lex = LexicalIndex.build(self.store.chunks("claims"), self.store.chunks("passages"))
                    self.lexical_source = "store"
                    if fingerprint and self.store.fingerprint() == fingerprint:
                        save_cache(self.cache_path(), self._header(fingerprint), lex)
                self._lexical = lex
                self._fingerprint = fingerprint
        return self._lexical

    def corpus(self) -> Corpus:
        """The current state of the index as answering sees it (see ``bot.evidence.Corpus``)."""
        lex = self.lexical()
        corpus = self._corpus
        if corpus is None or corpus._lexical is not lex:
            tuning = self.settings.tuning
            corpus = self._corpus = Corpus(
                lex,
                self.store,
                self.embedder,
                tuning.word_similarity,
                tuning.answer.evidence_senses,
                tuning.answer.dateline_chars,
            )
        return corpus

    def articles(self) -> ArticleIndex:
        """Article-level lookups over the current lexical index (made once per index state)."""
        lex = self.lexical()
        found = self._articles
        if found is None or found.lex is not lex:
            found = self._articles = ArticleIndex(lex)
        return found

    def best_articles(self, query: str, count: int) -> list[str]:
        """The ``count`` articles whose words cover the query best (body, title and period, as
        ``retrieve`` widens to whole articles): an article on the question's event names its
        names somewhere, though its value sentence may word the deed too briefly to be found."""
        weights = {t: self.lexical().bm25.idf(t) for t in set(tokens(query))}
        tune = self.settings.tuning.retrieval
        best = self._article_scores(query, weights).best(count, tune.title_weight, tune.off_period_penalty)
        return [doc for doc, _ in best]

    def invalidate(self) -> None:
        self._checked = 0.0

    def cache_path(self) -> Path:
        """Where this store's lexical index is cached (under the data dir, one file per store)."""
        folder = getattr(self.settings, "lexical_cache_dir", None) or self.settings.data_dir / "lexical"
        where = self.settings.chroma_url or str(Path(self.settings.data_dir).resolve())
        key = hashlib.sha1(f"{where}|{self.store.name('claims')}".encode()).hexdigest()[:16]
        return Path(folder) / f"{key}.npz"

    def _header(self, fingerprint: str) -> dict[str, str]:
        return {"code": code_key(), "collection": self.store.name("claims"), "fingerprint": fingerprint}

    # --- retrieval ---------------------------------------------------------------------
    def search(self, query: str, k: int | None = None) -> Retrieval:
        """``retrieve`` with the query's vector and the corpus its sentences come from."""
        vector = self.embedder.encode_one(query)
        sentences = self.retrieve(query, k, vector=vector)
        return Retrieval(query, vector, sentences, self.corpus())

    def retrieve(
        self, query: str, k: int | None = None, vector: np.ndarray | None = None
    ) -> list[EvidenceSentence]:
        """Candidate sentences for ``query``, best first, several articles represented."""
        lex = self.lexical()
        if not lex.chunks:
            return []
        corpus = self.corpus()
        tune = self.settings.tuning.retrieval
        qvec = self.embedder.encode_one(query) if vector is None else vector
        n = self.settings.candidate_k
        pool = max(n, tune.candidate_pool)
        dense = self.store.search("claims", qvec, pool)
        qtoks = tokens(query)
        every = lex.bm25.every(qtoks)
        bm = lex.bm25.best(every, pool)
        top_bm = bm[0][1] if bm else 0.0
        hits: dict[str, EvidenceSentence] = {}
        for rank, (chunk, sim) in enumerate(dense):
            hit = hits.setdefault(chunk.id, corpus.sentence(chunk))
            hit.dense = sim
            hit.rrf += 1 / (tune.rrf_k + rank)
        for rank, (i, _) in enumerate(bm):
            hits.setdefault(lex.chunks[i].id, corpus.sentence(lex.chunks[i])).rrf += 1 / (tune.rrf_k + rank)
        weights = {t: lex.bm25.idf(t) for t in set(qtoks)}
        places = place_words(weights, query)
        kind = question_kind(query)
        asked = set(qtoks)
        articles = self._article_scores(query, weights)
        self._expand(hits, articles)
        self._fill_dense(hits, qvec)
        contexts: dict[str, float] = {}  # per article: its many candidates share one
        named_contexts: dict[str, float] = {}  # the same with the question's names held
        article_held: dict[str, list[bool]] = {}  # per article: which of the question's words it holds
        names = _values(query)[2]  # the question's names, held by a fragment's nameless sentence
        periods = periods_in(query)
        scan = self.settings.tuning.answer.nameless_scan
        for hit in hits.values():
            row = lex.chunks.find(hit.chunk.doc, hit.chunk.seq)
            hit.lexical = float(every[row]) / top_bm if row is not None and top_bm else 0.0
            own = sentence_pool(hit.chunk.text)
            held = holds(weights, own, places)  # read once for the sentence and its window
            doc = hit.chunk.doc
            code = lex.chunks.code_of(doc)
            day = parse_iso(hit.chunk.date) if periods else None  # the dateline's day (Corpus.sentence)
            inside = day is not None and any(p.reported(day, self.settings.tuning.answer) for p in periods)
            unnamed = bool(names) and unnamed_subject(hit.chunk.text, _opening(lex, hit.chunk.doc), scan)
            if unnamed:  # a page's cut-off passage: "the village" is the asked one (bot.fragments)
                held = _names_held(weights, held, names)
            hit.coverage = coverage(weights, own, held=held)
            previous = lex.previous(hit.chunk)
            if previous is not None:  # "the citizens" in one sentence, "Velmarians" in the one before
                window = coverage(weights, own, sentence_pool(previous.text), held=held)
                hit.coverage = max(hit.coverage, tune.previous_discount * window)
            if doc not in contexts:
                article = lex.doc_tokens.get(doc) or TokenPool(())
                article_held[doc] = holds(weights, article, places)
                contexts[doc] = coverage(weights, article, held=article_held[doc])
            if unnamed and doc not in named_contexts:  # the page it was cut from named what is asked
                article = lex.doc_tokens.get(doc) or TokenPool(())
                named_contexts[doc] = coverage(
                    weights, article, held=_names_held(weights, article_held[doc], names)
                )
            hit.context = (named_contexts if unnamed else contexts)[doc]
            title = float(articles.title[code]) if code is not None else 0.0
            off = float(day is not None and not inside)  # as answering dates it, not as listed
            value = float(holds_value(kind, hit.chunk.text, asked))
            # the evidence score (answers' floors read it) is lowered off the asked period; title
            # and value only order the candidates, so they never lift a sentence over a floor
            hit.score = (
                tune.dense_weight * hit.dense
                + tune.coverage_weight * hit.coverage
                + tune.context_weight * hit.context
                + tune.lexical_weight * hit.lexical
                - tune.off_period_penalty * off
            )
            order = hit.score + tune.title_weight * title + tune.value_weight * value
            hit.features = {
                "dense": round(hit.dense, 4),
                "lexical": round(hit.lexical, 4),
                "coverage": round(hit.coverage, 4),
                "context": round(hit.context, 4),
                "title": round(title, 4),
                "off_period": off,
                "value": value,
                "rrf": round(hit.rrf, 5),
                "rank": round(order, 4),
            }
        ranked = sorted(hits.values(), key=lambda h: -h.features["rank"])
        k = k or n
        head = round(tune.diversify_head * k)
        return diversify(ranked, k, tune.diversify_ratio, lambda h: h.features["rank"], head)

    def _article_scores(self, query: str, weights: dict[str, float]) -> ArticleScores:
        """How much of the question each article covers, and whether it is off the asked period."""
        articles = self.articles()
        scores = articles.scores(weights)
        periods = periods_in(query)
        if periods:
            scores = replace(scores, off_period=articles.off_period(periods, self.settings.tuning.answer))
        return scores

    def _expand(self, hits: dict[str, EvidenceSentence], articles: ArticleScores) -> None:
        """The sentences of the articles most about the question's event join the candidates:
        their title, other sentences and date name the event a toll sentence may not."""
        tune = self.settings.tuning.retrieval
        corpus = self.corpus()
        lex = self.lexical()
        best = articles.best(tune.expand_articles, tune.title_weight, tune.off_period_penalty)
        for doc, score in best:
            if score < tune.expand_ratio * best[0][1]:
                break
            for chunk in lex.by_doc.get(doc, []):
                hits.setdefault(chunk.id, corpus.sentence(chunk))

    def _fill_dense(self, hits: dict[str, EvidenceSentence], qvec: np.ndarray) -> None:
        """Lexical-only candidates get their true cosine too, so features are comparable."""
        missing = [h.chunk.id for h in hits.values() if h.dense == 0.0]
        for ident, vec in self.store.vectors("claims", missing).items():
            hit = hits[ident]
            hit.dense = float(np.dot(vec, qvec))
            hit._vector, hit._vector_read = vec, True

    def context(
        self, hits: list[EvidenceSentence], query: str, k: int, vector: np.ndarray | None = None
    ) -> list[Passage]:
        """Passages to show: those holding the best-ranked sentences first, then the nearest by
        meaning. Shown passages follow the rank, not ``diversify``'s one-article-each order: an
        article's second passage often holds the answer its best sentence only leads into, and
        other articles' bests still get their turn below it (scripts/fit_passages.py)."""
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
                        chunk.date,
                    )
                )

        for hit in sorted(hits, key=lambda h: -h.features.get("rank", h.score)):
            if len(out) >= k:
                break
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


def coverage(
    weights: dict[str, float], pool: TokenPool, *more: TokenPool, held: list[bool] | None = None
) -> float:
    """IDF-weighted share of the query's content words found (typos and word forms allowed)
    in the pools together (a word is in their union when it is in one of them). ``held``, when
    given, is ``pool.has`` of each word of ``weights`` in order, already read (the same sum)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    found = held if held is not None else [pool.has(t) for t in weights]
    return (
        sum(w for (t, w), h in zip(weights.items(), found, strict=True) if h or any(p.has(t) for p in more))
        / total
    )


def place_words(weights: dict[str, float], query: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The query's words that name a country or its people, with the country's other names
    (``place_forms``): "British officials" is covered by a sentence on "UK ministers" or "the
    United Kingdom", which word-for-word coverage would count as missing the country. A word
    opening a compound WordNet knows whole ("French fries", "Dutch auction") names a kind of
    thing, not the country (``in_compound``)."""
    whole = in_compound(query)
    return {t: forms for t in weights if t not in whole and (forms := place_forms(t))}


def holds(
    weights: dict[str, float], pool: TokenPool, places: dict[str, tuple[tuple[str, ...], ...]]
) -> list[bool]:
    """``pool.has`` of each word of ``weights`` in order, a place word also by another of its
    country's names (``place_words``)."""
    return [pool.has(t) or holds_a_form(pool, places.get(t, ())) for t in weights]


def _names_held(weights: dict[str, float], held: list[bool], names: set[str] | frozenset[str]) -> list[bool]:
    """``held`` with the question's ``names`` counted as held (a cut-off page's nameless sentence)."""
    return [h or t in names for t, h in zip(weights, held, strict=True)]


def _opening(lex: LexicalIndex, doc: str) -> str:
    """How an article opens, its title or else its first claim sentence: where a passage cut
    out of a page shows its cut (a text file's first line is its title)."""
    chunks = lex.by_doc.get(doc) or []
    return (chunks[0].title or chunks[0].text) if chunks else ""


@functools.lru_cache(maxsize=20_000)
def sentence_pool(text: str) -> TokenPool:
    """One sentence's tokens, made once: hits recur across questions and as previous sentences."""
    return TokenPool(tokens(text))


_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+")


@functools.lru_cache(maxsize=20_000)
def _values(text: str) -> tuple[bool, bool, frozenset[str]]:
    """(holds a count, holds a date or weekday, the stems of its capitalised words after the first)."""
    names = frozenset(t for m in _NAME.findall(text) for t in tokens(m))
    return bool(parse_quantities(text)), bool(periods_in(text) or date_words(text)), names


def holds_value(kind: Kind, text: str, asked: set[str]) -> bool:
    """The sentence states a value of the kind asked: a count for "how many", a date or weekday
    for "when", a name the question does not hold for who/where/which-group questions."""
    count, dated, names = _values(text)
    if kind is Kind.COUNT:
        return count
    if kind is Kind.DATE:
        return dated
    if kind in (Kind.PERSON, Kind.PLACE, Kind.ORG):
        return bool(names - asked)
    return False


def diversify(
    ranked: list[EvidenceSentence],
    k: int,
    ratio: float,
    key: Callable[[EvidenceSentence], float] = lambda h: h.score,
    head: int = 0,
) -> list[EvidenceSentence]:
    """Best hit of each article first (in ``key`` order, the score unless told), then the rest:
    no source is drowned out. The ``head`` best-ranked sentences stay candidates even when many
    articles' bests would fill the list (a question's own article states it a few sentences in)."""
    firsts: list[EvidenceSentence] = []
    rest: list[EvidenceSentence] = []
    seen: set[str] = set()
    for hit in ranked:
        (rest if hit.chunk.doc in seen else firsts).append(hit)
        seen.add(hit.chunk.doc)
    best = key(ranked[0]) if ranked else 0.0
    strong = [h for h in firsts if key(h) >= ratio * best]
    weak = [h for h in firsts if key(h) < ratio * best]
    order = strong + sorted(rest + weak, key=lambda h: -key(h))
    chosen = {id(h) for h in ranked[: min(head, k)]}  # the head first: the room it needs is
    for hit in order:  # taken from the order's tail, never from another head sentence
        if len(chosen) >= k:
            break
        chosen.add(id(hit))
    return [h for h in order if id(h) in chosen]
