"""Light text normalisation shared by lexical search, alignment and answer matching."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import snowballstemmer

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "then",
        "than",
        "so",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "about",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "between",
        "among",
        "through",
        "without",
        "within",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "done",
        "have",
        "has",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "their",
        "them",
        "they",
        "he",
        "she",
        "his",
        "her",
        "him",
        "we",
        "our",
        "us",
        "you",
        "your",
        "i",
        "me",
        "my",
        "who",
        "whom",
        "whose",
        "what",
        "which",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "each",
        "every",
        "no",
        "not",
        "nor",
        "only",
        "own",
        "same",
        "such",
        "too",
        "very",
        "just",
        "also",
        "more",
        "most",
        "other",
        "another",
        "again",
        "further",
        "once",
        "up",
        "down",
        "out",
        "off",
        "said",
        "says",
        "say",
        "told",
        "tell",
        "according",
        "according",
        "one",
        "ever",
        "still",
        "yet",
        "s",
        "t",
    ]
)
QUESTION_WORDS = frozenset(
    ["who", "whom", "whose", "what", "which", "when", "where", "why", "how", "many", "much"]
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*")
_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def normalise(text: str) -> str:
    """U.S. -> US, curly quotes -> straight; used before tokenising or comparing values."""
    text = _ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Crude plural/possessive folding: enough to match 'strikes'/'strike', 'troops'/'troop'."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_SNOWBALL = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def word_stem(word: str) -> str:
    """Snowball stem: "fleeing"/"flee", "deployed"/"deploy" meet in lexical matching."""
    stemmed = str(_SNOWBALL.stemWord(stem(word)))
    return stemmed[:-1] if len(stemmed) > 4 and stemmed.endswith("e") else stemmed


def _content_words(text: str) -> list[str]:
    out = []
    for raw in _TOKEN.findall(normalise(text)):
        word = raw.lower()
        acronym = raw.isupper() and len(raw) >= 2
        if not acronym and (word in STOPWORDS or word in QUESTION_WORDS):
            continue
        out.append(word)
    return out


def tokens(text: str) -> list[str]:
    """Content tokens (stemmed, lowercased, no stopwords) for lexical matching."""
    return [word_stem(word) for word in _content_words(text)]


def surface_forms(text: str) -> dict[str, str]:
    """Token -> the word as written: the sentence model knows "struck" and "strikes", not "strik"."""
    out: dict[str, str] = {}
    for word in _content_words(text):
        out.setdefault(word_stem(word), word)
    return out


class TokenPool:
    """A set of tokens with fast fuzzy lookup (exact, then same-prefix candidates only)."""

    def __init__(self, toks: Iterable[str]) -> None:
        self.exact = set(toks)
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        for t in self.exact:
            self.by_prefix[t[:2]].append(t)
        self._memo: dict[str, bool] = {}

    def has(self, token: str) -> bool:
        if token in self.exact:
            return True
        if token not in self._memo:
            near = self.by_prefix.get(token[:2], [])
            self._memo[token] = any(close_enough(token, t) for t in near) or (
                len(token) >= 5
                and any(
                    close_enough(token, t)
                    for t in self.exact
                    if len(t) >= 5 and t[:1] != token[:1] and t[1:3] == token[1:3]
                )
            )
        return self._memo[token]


def close_enough(a: str, b: str) -> bool:
    """Same stem, one is a prefix form of the other (Russia/Russian), or a one-letter typo."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 3:
        return True
    if min(len(a), len(b)) >= 5 and (a.endswith(b) or b.endswith(a)):
        return True  # compounds: "airstrik" / "strik"
    if min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 1:
        return _edit_distance_le1(a, b)
    return False


def _edit_distance_le1(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = j = diffs = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        diffs += 1
        if diffs > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return diffs + (len(b) - j) + (len(a) - i) <= 1


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

    def _dense(self, query: list[str]) -> np.ndarray:
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
        dense = self._dense(query)
        return {int(i): float(dense[i]) for i in np.flatnonzero(dense)}

    def top(self, query: list[str], k: int) -> list[tuple[int, float]]:
        """The ``k`` best documents, best first; equal scores in document order."""
        dense = self._dense(query)
        hit = np.flatnonzero(dense)
        if k <= 0 or not len(hit):
            return []
        if len(hit) > k:
            kth = np.partition(dense[hit], len(hit) - k)[len(hit) - k]
            hit = hit[dense[hit] >= kth]
        order = hit[np.lexsort((hit, -dense[hit]))][:k]
        return [(int(i), float(dense[i])) for i in order]
