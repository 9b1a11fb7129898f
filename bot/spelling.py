"""A misspelt word in a question, read as the corpus word it was meant to be.

A typed question may misspell an ordinary word ("civillians", "checkpiont", "efected");
neither the lexical index nor the answer's word checks can match it then. A lower-case word
that is in no indexed article and in no dictionary is replaced by the indexed word closest
to it in letters. Names (capitalised) are never touched: their spellings
are ``bot.names``'s business. A name typed in lower case ("who leads veltrac") is written as
the articles write it ("Veltrac"), so the answerer reads it as a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher, get_close_matches

from bot.names import skeleton
from bot.wordnet import wordnet

_WORD = re.compile(r"(?<![\w’'-])[a-z]{5,}(?![\w’'-])")


def vocabulary(text: str) -> Counter[str]:
    """How often each lower-cased word of three letters or more occurs in the text."""
    return Counter(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{3,}(?![\w-])(?!['’](?!s\b))")
"""A lower-case word of three letters or more, possessive "'s" allowed ("utd's")."""


def name_form(word: str, text: str, lower: str, min_count: int, min_share: float) -> str | None:
    """How the text writes a lower-case word when it writes it as a name: inside sentences
    (after a lower-case word, a figure or a comma, where a capital is the word's own) at least
    ``min_count`` times, capitalised in at least ``min_share`` of them ("veltrac" ->
    "Veltrac", "ukop" -> "UKOP"). A word written both ways ("march", "bush") has none.
    ``lower`` is ``text.lower()``, searched with ``str.find`` (a regex over a whole corpus
    per question word is too slow)."""
    forms: Counter[str] = Counter()
    at = lower.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (end == len(text) or not text[end].isalnum()) and at >= 2
        if whole and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] in "0123456789,;"):
            forms[text[at:end]] += 1
        at = lower.find(word, end)
    total = sum(forms.values())
    capital = Counter({f: n for f, n in forms.items() if f[0].isupper()})
    if total < min_count or not capital or sum(capital.values()) < min_share * total:
        return None
    return capital.most_common(1)[0][0]


def cased(question: str, form: Callable[[str], str | None]) -> str:
    """The question with each lower-case word that ``form`` (``name_form`` over the articles)
    knows as a name written as the articles write it."""
    return _LOWER_WORD.sub(lambda m: form(m.group()) or m.group(), question)


def respelt(
    question: str, vocab: Counter[str], min_count: int, min_similarity: float, min_consonants: int
) -> str:
    """The question with each unknown lower-case word replaced by the most similar corpus word
    (letter similarity at least ``min_similarity``; the more frequent on a tie) where that word
    keeps its consonants, else by the word that does (``same_consonants``), else the nearest; and
    each vowel-less shorthand ("ppl") by the word it stands for (``shorthand``)."""

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if word in vocab or _known(word):
            return word
        near = [w for w, n in vocab.items() if n >= min_count and abs(len(w) - len(word)) <= 2]
        close = get_close_matches(word, near, n=3, cutoff=min_similarity)
        best = max(close, key=lambda w: (SequenceMatcher(None, word, w).ratio(), vocab[w])) if close else None
        if best is not None and skeleton(best) == skeleton(word):
            return best  # "harbur": the nearest word keeps its consonants
        return same_consonants(word, near, vocab, min_consonants) or best or word

    return _SHORTHAND.sub(
        lambda m: shorthand(m.group(), vocab, min_count) or m.group(), _WORD.sub(fix, question)
    )


_SHORTHAND = re.compile(r"(?<![\w’'-])[b-df-hj-np-tv-z]{3,}(?![\w’'-])")
"""A lower-case word of three or more letters without a vowel ("ppl", "yrs")."""
_VOWEL_LETTERS = frozenset("aeiou")


def shorthand(word: str, vocab: Counter[str], min_count: int) -> str | None:
    """The word a vowel-less shorthand ("ppl", "yrs") stands for: the most frequent corpus word
    whose consonants, in order and doubled letters kept, are exactly its letters ("people",
    "years"). Only for a word that is in no article and no dictionary."""
    if word in vocab or _known(word):
        return None
    same = [
        w
        for w, n in vocab.items()
        if n >= min_count and w[0] == word[0] and "".join(c for c in w if c not in _VOWEL_LETTERS) == word
    ]
    return max(same, key=lambda w: vocab[w]) if same else None


def same_consonants(word: str, words: list[str], vocab: Counter[str], min_consonants: int) -> str | None:
    """The most frequent of ``words`` with the word's consonants in order, each doubled letter
    once ("ifective" -> "effective", "seperate" -> "separate"): a reader unsure of vowels and
    double letters keeps the consonants, so where the letter-nearest word has others
    ("infective") this one is meant. At least ``min_consonants``, so few match at random."""
    shape = skeleton(word)
    if len(shape) < min_consonants:
        return None
    same = [w for w in words if skeleton(w) == shape]
    return max(same, key=lambda w: vocab[w]) if same else None


def _known(word: str) -> bool:
    """A dictionary word (any part of speech): spelt right even if no article uses it."""
    return any(wordnet().senses(word, pos) for pos in "nvar")
