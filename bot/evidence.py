"""What a retrieved sentence offers as evidence: its terms (with acronyms) and its neighbours."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import TokenPool, tokens

_CAPSEQ = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+\b")
_SMALL = {"Of", "The", "And"}


def acronyms(text: str) -> list[str]:
    """ "United States" -> "us", "Islamic State" -> "is": names are often cited by initials."""
    out = []
    for m in _CAPSEQ.finditer(text):
        words = [w for w in m.group().split() if w not in _SMALL]
        if len(words) >= 2:
            out.append("".join(w[0] for w in words).lower())
    return out


@lru_cache(maxsize=50_000)
def terms(text: str) -> TokenPool:
    return TokenPool([*tokens(text), *acronyms(text)])
