"""Pattern: a negation with "whether" right after it ("could not tell whether A or B did it", "it
was not clear whether the strike hit", "did not know whether") denies knowing which, not the deed
in the "whether" clause. Two texts that both leave the same question open agree in polarity,
whatever words each one's negation happens to sit near; one leaving it open and one asserting it
are read as before (``bot.stance.negated_near``)."""

from __future__ import annotations

from bot.text import cue_words
from index.lexicon import NEGATION_CUES

QUESTION_WORD = "whether"
"""The word that opens an indirect yes/no or either/or question ("if" also opens conditions)."""


def open_question(text: str, window: int) -> bool:
    """A negation cue with "whether" within ``window`` words after it: the text leaves a question open."""
    words = [w.lower() for w in cue_words(text)]
    return any(
        word in NEGATION_CUES and QUESTION_WORD in words[i + 1 : i + 1 + window]
        for i, word in enumerate(words)
    )


def both_open(claim: str, text: str, window: int) -> bool:
    """Claim and sentence each leave a question open: their negations deny knowing, not the deed."""
    return open_question(claim, window) and open_question(text, window)
