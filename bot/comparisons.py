"""Comparisons: "X grossed less than Y" and "X grossed more than Y" say opposite things.

A claim and a source that compare with the same thing ("than Prince") in opposite directions
(more/less, higher/lower) contradict each other whatever else they share.
"""

from __future__ import annotations

import re

from bot.text import word_stem

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
