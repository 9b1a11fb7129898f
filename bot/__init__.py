"""factbot: cited answers, disagreement notes and claim verdicts from your news articles."""

from bot.api import FactChecker
from bot.types import (
    NOT_IN_SOURCES,
    Answer,
    Citation,
    Disagreement,
    Evidence,
    Label,
    Passage,
    Stance,
    Status,
    Variant,
    Verdict,
)

__all__ = [
    "NOT_IN_SOURCES",
    "Answer",
    "Citation",
    "Disagreement",
    "Evidence",
    "FactChecker",
    "Label",
    "Passage",
    "Stance",
    "Status",
    "Variant",
    "Verdict",
]
