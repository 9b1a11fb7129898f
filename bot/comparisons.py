"""Comparisons: "X grossed less than Y" and "X grossed more than Y" say opposite things.

A claim and a source that compare with the same thing ("than Prince") in opposite directions
(more/less, higher/lower) contradict each other whatever else they share; a sentence on the
claim's topic giving the claim's thing another rank ("came third" / "in second place") does too.
"""

from __future__ import annotations

import re
from typing import Any

from bot.nlp import dependency_parse
from bot.predicates import names_time
from bot.text import word_stem
from index.lexicon import MONTHS, ORDINAL_WORDS

_MORE = ("more", "higher", "bigger", "larger", "greater")
_LESS = ("less", "fewer", "lower", "smaller")
_COMPARISON = re.compile(
    rf"\b({'|'.join(_MORE + _LESS)})\s+(?:[\w'’-]+\s+){{0,3}}?than\s+(?:the\s+)?([A-Za-z][\w'’-]*)", re.I
)


def comparison_clash(claim: str, text: str) -> str:
    """The same comparison made the other way round: "grossed less than Prince" against
    "grossed more than Prince" (the same thing compared with, opposite directions)."""
    for c in _COMPARISON.finditer(claim):
        for e in _COMPARISON.finditer(text):
            if word_stem(_bare(c.group(2))) != word_stem(_bare(e.group(2))):
                continue
            if (c.group(1).lower() in _MORE) != (e.group(1).lower() in _MORE):
                return f"says {e.group(1).lower()} than {_bare(e.group(2))}, not {c.group(1).lower()}"
    return ""


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.lower())


_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
_ANY_ORDINAL = re.compile(rf"\b(?:{'|'.join(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))\b", re.I)
ALONE_DEPS = frozenset({"amod", "nummod", "compound"})
"""How an ordinal hangs on the noun it ranks ("the ninth budget"); any other way it stands alone."""


def ordinal_clash(claim: str, text: str) -> str:
    """Another rank for the claim's thing: the claim ranks it ("came third", "his ninth budget") and
    the sentence gives a different rank standing alone or on the same noun ("in second place",
    "his eighth"), never the claim's. A rank of a stretch of time ("the second day", "for the
    first time") counts occasions, not the thing's place, and is left out."""
    if not (_ANY_ORDINAL.search(claim) and _ANY_ORDINAL.search(text)):
        return ""  # no parse for the many sentences with no rank
    ours, theirs = _ranks(claim), _ranks(text)
    if not ours or not theirs or any(r == t for r, _, _ in ours for t, _, _ in theirs):
        return ""
    for rank, head, word in ours:
        for other, other_head, other_word in theirs:
            if other != rank and (head == "" or other_head == "" or head == other_head):
                return f"says {other_word}, not {word}"
    return ""


def _ranks(text: str) -> list[tuple[int, str, str]]:
    """Each ordinal of the text (not a day of a month) as (rank, the noun it ranks or "" when it stands
    alone, the word as written), ranks of time left out."""
    out = []
    for tok in dependency_parse(text):
        rank = _rank(tok)
        if rank is None or _in_date(tok):
            continue
        head: Any = tok.head if tok.dep_ in ALONE_DEPS and tok.head.pos_ in {"NOUN", "PROPN"} else None
        if head is not None and names_time(head):
            continue
        out.append((rank, head.lemma_.lower() if head is not None else "", tok.text.lower()))
    return out


def _in_date(tok: Any) -> bool:
    """A day of a month ("21st March", "March 21st", "the 3rd of May")."""
    doc = tok.doc
    near = doc[max(tok.i - 1, 0) : tok.i + 3]
    return any(t.lower_ in MONTHS for t in near)


def _rank(tok: Any) -> int | None:
    word = tok.lower_
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    digits = _DIGIT_ORDINAL.match(word)
    return int(digits.group(1)) if digits else None
