"""A misspelt word in a question, read as the corpus word it was meant to be.

A typed question may misspell an ordinary word ("civillians", "checkpiont", "efected");
neither the lexical index nor the answer's word checks can match it then. A lower-case word
that is in no indexed article and in no dictionary is replaced by the indexed word closest
to it in letters. Names (capitalised) are never touched: their spellings
are ``bot.names``'s business.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher, get_close_matches

from bot.wordnet import wordnet

_WORD = re.compile(r"(?<![\w’'-])[a-z]{5,}(?![\w’'-])")


def vocabulary(text: str) -> Counter[str]:
    """How often each lower-cased word of three letters or more occurs in the text."""
    return Counter(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))


def respelt(question: str, vocab: Counter[str], min_count: int, min_similarity: float) -> str:
    """The question with each unknown lower-case word replaced by the most similar corpus word
    (letter similarity at least ``min_similarity``; the more frequent on a tie)."""

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if word in vocab or _known(word):
            return word
        near = [w for w, n in vocab.items() if n >= min_count and abs(len(w) - len(word)) <= 2]
        best = get_close_matches(word, near, n=3, cutoff=min_similarity)
        return max(best, key=lambda w: (SequenceMatcher(None, word, w).ratio(), vocab[w])) if best else word

    return _WORD.sub(fix, question)


def _known(word: str) -> bool:
    """A dictionary word (any part of speech): spelt right even if no article uses it."""
    return any(wordnet().senses(word, pos) for pos in "nvar")
