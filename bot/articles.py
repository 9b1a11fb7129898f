"""Which articles are about the question's event, scored over the whole corpus at query time.

A sentence stating a value often does not name the event ("Local police put the death toll
at 16 earlier"): its article's title, its other sentences and its date do. Every article is
scored from the lexical index's postings (a few numpy operations per query word, whatever the
corpus size), so an article can lend its sentences to the candidates even when none of them
is near the question on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from bot.dates import Period, parse_iso
from bot.lexical import LexicalIndex
from bot.text import close_enough, tokens
from index.tuning import AnswerTuning


@dataclass(frozen=True)
class ArticleScores:
    """Per article (``LexicalIndex.chunks.docs`` order): the shares of the query it covers."""

    docs: Sequence[str]
    body: np.ndarray
    """IDF-weighted share of the query's words found in the article's sentences or title."""
    title: np.ndarray
    """The same share over the title alone: a headline names the event it is about."""
    off_period: np.ndarray
    """1 where the question names a period and the article appeared outside its reporting."""

    def best(self, count: int, title_weight: float, off_penalty: float) -> list[tuple[str, float]]:
        """The ``count`` best articles by body share, title share and period (ties in corpus
        order), best first; none that covers nothing."""
        score = self.body + title_weight * self.title - off_penalty * self.off_period
        if count <= 0 or not self.body.any():
            return []
        order = np.argsort(-score, kind="stable")[:count]
        return [(self.docs[i], float(score[i])) for i in order if self.body[i] > 0]


class ArticleIndex:
    """Article-level lookups over one state of the lexical index, made once per state."""

    def __init__(self, lex: LexicalIndex) -> None:
        self.lex = lex
        self.row_doc = lex.chunks.doc_codes()
        self.n_docs = len(lex.chunks.docs)
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        for term in lex.bm25.terms:
            self._by_prefix[term[:2]].append(term)
        titles: dict[str, set[int]] = defaultdict(set)
        self.days: list[date | None] = [None] * self.n_docs
        for code, doc in enumerate(lex.chunks.docs):
            rows = lex.chunks.rows(doc)
            if rows:
                first = lex.chunks[rows[0]]
                self.days[code] = parse_iso(first.date)
                for t in tokens(first.title):
                    titles[t].add(code)
        self._titles = {t: np.fromiter(c, dtype=np.int64, count=len(c)) for t, c in titles.items()}
        self._title_prefix: dict[str, list[str]] = defaultdict(list)
        for term in self._titles:
            self._title_prefix[term[:2]].append(term)

    def variants(self, token: str, title: bool = False) -> list[str]:
        """Indexed words that match ``token`` as ``TokenPool.has`` does (same stem, a word form, a
        one-letter typo), among words sharing its first two letters."""
        pool = self._title_prefix if title else self._by_prefix
        return [t for t in pool.get(token[:2], []) if close_enough(token, t)]

    def scores(self, weights: dict[str, float]) -> ArticleScores:
        """Every article's coverage of the weighted query words, in its body and in its title."""
        body = np.zeros(self.n_docs)
        title = np.zeros(self.n_docs)
        total = sum(weights.values())
        if not total or not self.n_docs:
            return ArticleScores(self.lex.chunks.docs, body, title, np.zeros(self.n_docs))
        for token, weight in weights.items():
            found = np.zeros(self.n_docs, dtype=bool)
            for variant in self.variants(token):
                posting = self.lex.bm25.posting(variant)
                if posting is not None:
                    found[self.row_doc[posting[0]]] = True
            in_title = np.zeros(self.n_docs, dtype=bool)
            for variant in self.variants(token, title=True):
                in_title[self._titles[variant]] = True
            body[found | in_title] += weight / total
            title[in_title] += weight / total
        return ArticleScores(self.lex.chunks.docs, body, title, np.zeros(self.n_docs))

    def off_period(self, periods: list[Period], tune: AnswerTuning) -> np.ndarray:
        """Per article, 1.0 when it is dated and was published outside the time ``periods`` were
        reported (as ``Period.reported`` has it); an undated article is never off."""
        out = np.zeros(self.n_docs)
        for code, day in enumerate(self.days):
            if day is not None and not any(p.reported(day, tune) for p in periods):
                out[code] = 1.0
        return out
