"""Light text normalisation shared by lexical search, alignment and answer matching."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

import snowballstemmer

from index.lexicon import AUXILIARIES

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


_CUE_WORD = re.compile(r"[\w'-]+")
_BARE_NOT = re.compile(r"\b(" + "|".join(AUXILIARIES) + r")nt\b", re.I)
"""An auxiliary's "n't" written with no apostrophe ("couldnt", "didnt"): text whose apostrophes
were stripped; no such spelling is another English word (won't and can't drop letters)."""


def cue_words(text: str) -> list[str]:
    """Words as negation cues are read: apostrophes straightened and "n't" split off, so
    "didn’t" (curly) gives "did", "n't" just as "didn't" does, and so does "didnt" (``_BARE_NOT``)."""
    return _CUE_WORD.findall(_BARE_NOT.sub(r"\1 n't", normalise(text).replace("n't", " n't")))


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


def written_words(text: str) -> list[str]:
    """The text's distinct words of three letters or more, lower-cased, in order: what a word
    is compared with by meaning (``Corpus.share``), as written rather than stemmed."""
    return sorted({w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)})


def surface_forms(text: str) -> dict[str, str]:
    """Token -> the word as written: the sentence model knows "struck" and "strikes", not "strik"."""
    out: dict[str, str] = {}
    for word in _content_words(text):
        out.setdefault(word_stem(word), word)
    return out


class TokenPool:
    """A set of tokens with fast fuzzy lookup (exact, then same-prefix, same-ending or
    same-middle candidates only: a compound shares its head's ending, a first-letter typo the
    second and third letters)."""

    def __init__(self, toks: Iterable[str]) -> None:
        self.exact = set(toks)
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        for t in self.exact:
            self.by_prefix[t[:2]].append(t)
        self._memo: dict[str, bool] = {}
        self._named: dict[str, bool] = {}
        self._keyed: dict[Callable[[str], str], dict[str, list[str]]] = {}

    def keyed(self, key: Callable[[str], str]) -> dict[str, list[str]]:
        """The pool's tokens grouped by ``key`` (a name's skeleton), built once per key."""
        found = self._keyed.get(key)
        if found is None:
            found = self._keyed[key] = defaultdict(list)
            for t in self.exact:
                found[key(t)].append(t)
        return found

    def has(self, token: str) -> bool:
        if token in self.exact:
            return True
        found = self._memo.get(token)
        if found is None:
            found = self._memo[token] = self._fuzzy(token)
        return found

    def names(self, name: str) -> bool:
        """Pattern: the pool names the name ``name`` (a stem) as ``has`` finds a word, except by a
        shorter word that only ends it: a name written as one word ("Skyport", "Ironwall") is not
        named by its last part ("port", "wall"), which names a kind of thing, not the named one;
        a longer pool word ending in the name ("Alraqqa" for "Raqqa") still names it."""
        if name in self.exact:
            return True
        found = self._named.get(name)
        if found is None:
            found = self._named[name] = self._fuzzy(name, _names_as)
        return found

    def _fuzzy(self, token: str, match: Callable[[str, str], bool] | None = None) -> bool:
        match = match or close_enough
        if len(token) < 5:
            return False  # ``close_enough`` matches a word under 5 letters only to itself: not here
        if any(match(token, t) for t in self.by_prefix.get(token[:2], ())):
            return True
        if any(
            match(token, t) for t in (self._keyed.get(_ending) or self.keyed(_ending)).get(token[-3:], ())
        ):
            return True  # a compound and its head ("airstrik" / "strik")
        return any(  # a typo in the first letter ("Morland" typed for "Norland")
            match(token, t)
            for t in (self._keyed.get(_middle) or self.keyed(_middle)).get(token[1:3], ())
            if len(t) >= 5 and t[:1] != token[:1]
        )

    def share(self, words: list[str]) -> float:
        """The share of ``words`` in the pool (0 for no words)."""
        return sum(1 for w in words if self.has(w)) / len(words) if words else 0.0


class ExactPool(TokenPool):
    """A token pool matched as written only: a whole article's many tokens would hold a near
    spelling of almost any word ("striker" for "strike")."""

    def has(self, token: str) -> bool:
        return token in self.exact

    def names(self, name: str) -> bool:
        return name in self.exact


def _ending(token: str) -> str:
    return token[-3:]


def _middle(token: str) -> str:
    return token[1:3]


def _names_as(name: str, word: str) -> bool:
    """``close_enough``, less a shorter ``word`` that only ends the ``name`` (``TokenPool.names``)."""
    if len(word) < len(name) and name.endswith(word) and not name.startswith(word):
        return abs(len(name) - len(word)) <= 1 and _edit_distance_le1(name, word)
    return close_enough(name, word)


def close_enough(a: str, b: str) -> bool:
    """Same stem, one is a prefix form of the other (Russia/Russian), or a one-letter typo."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    if (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 3:
        return True
    if a.endswith(b) or b.endswith(a):
        return True  # compounds: "airstrik" / "strik"
    if abs(len(a) - len(b)) <= 1:
        return _edit_distance_le1(a, b)
    return False


def one_typo_apart(a: str, b: str) -> bool:
    """One letter inserted, dropped, changed, or two neighbours swapped ("mnay"/"many")."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        ):
            return True
    return abs(len(a) - len(b)) <= 1 and _edit_distance_le1(a, b)


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


_QUOTE_MARKS = re.compile('[“”"«»]')


def quoted(text: str, at: int) -> bool:
    """Whether the character at ``at`` lies inside quoted words: after an opening mark not yet
    closed (“…”, «…», "…"), or before a closing ” or » that nothing opened (the sentence ends a
    quotation begun in an earlier one). What a speaker is quoted as saying, not the narration."""
    open_mark = ""
    for m in _QUOTE_MARKS.finditer(text):
        mark = m.group()
        if m.start() >= at:
            return bool(open_mark) or (mark in "”»" and not open_mark)
        if not open_mark and mark in '“«"':
            open_mark = mark
        elif open_mark and mark in ("”»" if open_mark != '"' else '"'):
            open_mark = ""
    return False


def spells(first: str, second: str, word: str) -> bool:
    """Pattern: two words written apart spell one closed compound ("air strikes" / "airstrikes",
    "war planes" / "warplanes"): joined, they have the word's stem (a hyphen in it ignored)."""
    return (
        first.isalpha()
        and second.isalpha()
        and word_stem((first + second).lower()) == word_stem(word.lower().replace("-", ""))
    )


def written_apart(word: str, text: str) -> bool:
    """The text writes the closed compound ``word`` as two words (``spells``)."""
    words = re.findall(r"[A-Za-z]+", text)
    return any(spells(a, b, word) for a, b in itertools.pairwise(words))
