"""The typed results every surface renders: UI, CLI, API and eval all use ``to_dict()``.

Evidence lives in fields (citations with spans into the original file), never as prose
with "[1]" pasted in, so a renderer can always show and verify the exact source text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

NOT_IN_SOURCES = "The sources do not answer this."
"""The one phrase factbot uses when the indexed articles do not answer a question."""


class Status(StrEnum):
    ANSWERED = "answered"
    NOT_IN_SOURCES = "not_in_sources"


class Label(StrEnum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    CONFLICTING = "conflicting"
    NOT_ENOUGH_INFO = "not_enough_info"


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class Citation:
    """An exact span of an original article: ``original[start:end] == quote``."""

    id: int
    doc: str
    start: int
    end: int
    quote: str
    score: float
    outlet: str = ""
    title: str = ""
    date: str = ""
    """The article's publication date, ISO ``YYYY-MM-DD`` (empty when unknown)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Variant:
    """One value that some sources give, with the citations that give it."""

    value: str
    citations: list[Citation]

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "citations": [c.to_dict() for c in self.citations]}


@dataclass(frozen=True)
class Disagreement:
    """Sources that give different values for the same thing."""

    about: str
    note: str
    variants: list[Variant]

    def to_dict(self) -> dict[str, Any]:
        return {
            "about": self.about,
            "note": self.note,
            "variants": [v.to_dict() for v in self.variants],
        }


@dataclass(frozen=True)
class Passage:
    """A retrieved passage with its score, shown as context or as the closest matches."""

    doc: str
    start: int
    end: int
    text: str
    score: float
    outlet: str = ""
    title: str = ""
    date: str = ""
    """The article's publication date, ISO ``YYYY-MM-DD`` (empty when unknown)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    question: str
    status: Status
    answer: str
    citations: list[Citation] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    single_source: bool = False
    passages: list[Passage] = field(default_factory=list)
    note: str = ""
    """Plain-language remarks: which sources state it, fallbacks, routing."""
    removed: list[dict[str, str]] = field(default_factory=list)
    """LLM mode: sentences dropped by the checker, each ``{"sentence", "reason"}``."""
    mode: str = "extractive"
    verdict: Verdict | None = None
    """Set when ``ask(mode="auto")`` routed a claim to ``check``."""
    entities: list[EntityAnswer] = field(default_factory=list)
    """Several right answers: one per entity sharing the asked name ("Night Train (1959 film)")."""

    @property
    def text(self) -> str:
        return self.answer

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "question": self.question,
            "status": str(self.status),
            "answer": self.answer,
            "citations": [c.to_dict() for c in self.citations],
            "disagreements": [d.to_dict() for d in self.disagreements],
            "single_source": self.single_source,
            "passages": [p.to_dict() for p in self.passages],
            "note": self.note,
            "mode": self.mode,
        }
        if self.removed:
            out["removed"] = list(self.removed)
        if self.verdict is not None:
            out["verdict"] = self.verdict.to_dict()
        if self.entities:
            out["entities"] = [e.to_dict() for e in self.entities]
        return out


@dataclass(frozen=True)
class Evidence:
    """One source's sentence bearing on a claim, with its stance."""

    doc: str
    start: int
    end: int
    quote: str
    stance: Stance
    score: float
    outlet: str = ""
    title: str = ""
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["stance"] = str(self.stance)
        return out


@dataclass(frozen=True)
class SourceStance:
    """One article's stance towards a claim: its clearest sentence's, with the reason."""

    doc: str
    stance: Stance
    strength: float
    clear: bool
    """Strongly aligned or read from the parse; a weak stance can be outweighed by clear ones."""
    reason: str = ""
    outlet: str = ""
    date: str = ""

    @property
    def label(self) -> str:
        """How a reader names the source: outlet and date when known, else the article id."""
        named = " ".join(p for p in (self.outlet, self.date) if p)
        return f"{named} ({self.doc})" if named else self.doc

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["stance"] = str(self.stance)
        return out


@dataclass
class Verdict:
    claim: str
    verdict: Label
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""
    sources: list[SourceStance] = field(default_factory=list)
    """Every source about the claim (sentence aligned with it), with its stance."""

    @property
    def counts(self) -> dict[str, int]:
        """How many sources support, refute or do not address the claim."""
        return {str(s): sum(1 for x in self.sources if x.stance is s) for s in Stance}

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "verdict": str(self.verdict),
            "evidence": [e.to_dict() for e in self.evidence],
            "note": self.note,
            "counts": self.counts,
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass
class TextClaim:
    """One atomic claim of a checked text: ``text`` is the claim as checked (its subject or
    attribution restored, pronouns resolved); ``input[start:end]`` are its own words and
    ``spans`` every part of the input it was built from (own words, shared subject, speaker)."""

    text: str
    start: int
    end: int
    checkworthy: bool = True
    reason: str = ""
    """Why it is not check-worthy ("a question, not a claim"); empty when it is."""
    verdict: Verdict | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The verdict's label, or ``not_checkworthy`` (the summary's key) when it was not judged."""
        return str(self.verdict.verdict) if self.verdict is not None else NOT_CHECKWORTHY

    def to_dict(self) -> dict[str, Any]:
        """``verdict`` is one of the four labels, or ``None`` for a claim not judged (not
        check-worthy); the four-label vocabulary stays that of ``Verdict``."""
        verdict = self.verdict
        return {
            "claim": self.text,
            "start": self.start,
            "end": self.end,
            "spans": [list(s) for s in self.spans],
            "checkworthy": self.checkworthy,
            "reason": self.reason,
            "verdict": str(verdict.verdict) if verdict is not None else None,
            "note": verdict.note if verdict is not None else self.reason,
            "evidence": [e.to_dict() for e in verdict.evidence] if verdict is not None else [],
        }


NOT_CHECKWORTHY = "not_checkworthy"
SUMMARY_KEYS = (*(str(label) for label in Label), NOT_CHECKWORTHY)


@dataclass
class TextReport:
    """A whole text checked claim by claim, in reading order."""

    text: str
    claims: list[TextClaim] = field(default_factory=list)

    @property
    def summary(self) -> dict[str, int]:
        """How many claims got each verdict, and how many were not check-worthy."""
        counts = dict.fromkeys(SUMMARY_KEYS, 0)
        for claim in self.claims:
            counts[claim.label] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "claims": [c.to_dict() for c in self.claims],
            "summary": self.summary,
        }


@dataclass(frozen=True)
class EntityAnswer:
    """One of several things sharing the asked name, and its value: ``label`` is what tells it
    apart ("Night Train (1959 film)"); ``disagreement`` is set when its own sources differ."""

    label: str
    value: str
    citations: list[Citation]
    disagreement: Disagreement | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "value": self.value,
            "citations": [c.to_dict() for c in self.citations],
            "disagreement": self.disagreement.to_dict() if self.disagreement else None,
        }
