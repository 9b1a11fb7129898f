"""What a retrieved sentence offers as evidence: its terms (with acronyms) and its neighbours."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

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


class WordSimilarity:
    """Word-level meaning match ("met"/"meet", "struck"/"strike") with the sentence model.

    Vectors are cached per word and unknown words are encoded in one batch, so a question
    costs at most one small model call.
    """

    def __init__(self, embedder: object, threshold: float = 0.6) -> None:
        self.embedder, self.threshold = embedder, threshold
        self._vectors: dict[str, np.ndarray] = {}

    def _ensure(self, words: list[str]) -> None:
        missing = sorted({w for w in words if w not in self._vectors})
        if missing:
            for word, vec in zip(missing, self.embedder.encode(missing), strict=True):  # type: ignore[attr-defined]
                self._vectors[word] = vec

    def share(
        self,
        words: list[str],
        pool: TokenPool,
        verbs: list[str] | None = None,
        surface: dict[str, str] | None = None,
    ) -> float:
        """Share of ``words`` (tokens) found in ``pool`` literally, by word form, or by meaning.

        Meaning is only tried against ``verbs`` (the sentence's predicates, as written):
        irregular forms ("met"/"meet") are where word forms fail, and a few words keep the
        model call small. ``surface`` maps a token back to the word as written, which is
        what the model should see ("strikes", not the stem "strik").
        """
        if not words:
            return 0.0
        absent = [w for w in words if not pool.has(w)]
        if not absent or not verbs:
            return (len(words) - len(absent)) / len(words)
        forms = [(surface or {}).get(w, w) for w in absent]
        candidates = sorted(set(verbs))
        self._ensure(forms + candidates)
        matrix = np.stack([self._vectors[c] for c in candidates])
        found = sum(1 for w in forms if float((matrix @ self._vectors[w]).max()) >= self.threshold)
        return (len(words) - len(absent) + found) / len(words)
