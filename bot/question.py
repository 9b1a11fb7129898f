"""What a question asks for: a count, a person, a place, a date, an organisation or a passage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from bot.text import QUESTION_WORDS, STOPWORDS, normalise, stem, tokens, word_stem


class Kind(StrEnum):
    COUNT = "count"
    PERSON = "person"
    PLACE = "place"
    DATE = "date"
    ORG = "org"
    OPEN = "open"


ENTITY_LABELS = {
    Kind.PERSON: ("PERSON",),
    Kind.PLACE: ("GPE", "LOC", "FAC"),
    Kind.DATE: ("DATE", "TIME"),
    Kind.ORG: ("ORG", "NORP"),
}
_MEASURE = r"(?:population|number|total|amount|death\s+toll|toll|headcount|tally)"
_COUNT = re.compile(
    r"\b(how\s+(many|much|m[a-z]{1,3}y)|number\s+of|how\s+long|what\s+(?:was\s+the\s+)?(?:number|total|amount))\b"
    rf"|\b(?:what|which)\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?{_MEASURE}\b",
    re.I,
)
_AUX = r"(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)"
_WHICH = rf"\b(?:which|what)\s+(?:(?!{_AUX}\b)[\w'-]+\s+){{0,3}}?"
_WHO = re.compile(
    rf"\bnames?\s+of\b|^\s*(who|whom|whose)\b|{_WHICH}(person|people|official|minister|leader|general|man|woman|president|spokes\w+|names?)s?\b",
    re.I,
)
_WHERE = re.compile(
    rf"^\s*(where|were did)\b|{_WHICH}(cit(y|ies)|countr(y|ies)|towns?|places?|regions?|provinces?|capitals?|locations?|part)\b",
    re.I,
)
_WHEN = re.compile(rf"^\s*when\b|{_WHICH}(day|date|year|month|time)s?\b", re.I)
_ORG = re.compile(
    rf"{_WHICH}(organi[sz]ations?|groups?|agenc(y|ies)|command|compan(y|ies)|part(y|ies)|militias?|bod(y|ies)|ministr(y|ies))\b",
    re.I,
)
_AUX_AFTER = re.compile(
    r"\s+(are|is|was|were|did|does|do|has|have|had|will|would|can|could|got|get|r)\b", re.I
)


@dataclass(frozen=True)
class Question:
    text: str
    kind: Kind
    target: str = ""
    """Stem of the counted noun for counts ("troop" in "how many US troops ...")."""
    key_terms: tuple[str, ...] = field(default_factory=tuple)
    """Name-like words (stemmed) that evidence must mention: "russian" in "Russian troops"."""
    content: tuple[str, ...] = field(default_factory=tuple)
    duration: bool = False
    """"how long": a span of time, not a point in it."""
    modifiers: tuple[str, ...] = field(default_factory=tuple)
    """Name-like words right before a count's noun ("Russian" troops): the evidence must name them."""


def analyse(text: str) -> Question:
    clean = normalise(text.strip())
    if _COUNT.search(clean):
        kind = Kind.COUNT
    elif _WHEN.search(clean):
        kind = Kind.DATE
    elif _WHERE.search(clean):
        kind = Kind.PLACE
    elif _WHO.search(clean):
        kind = Kind.PERSON
    elif _ORG.search(clean):
        kind = Kind.ORG
    else:
        kind = Kind.OPEN
    return Question(
        text=text,
        kind=kind,
        target=_count_target(clean) if kind is Kind.COUNT else "",
        key_terms=tuple(_key_terms(clean)),
        content=tuple(
            tokens(re.sub(r"\bhow\s+(long|many|much|often|far|m[a-z]{1,3}y)\b", " ", clean, flags=re.I))
        ),
        duration=bool(re.search(r"\bhow\s+long\b", clean, re.I)),
        modifiers=tuple(_modifiers(clean)) if kind is Kind.COUNT else (),
    )


def _modifiers(text: str) -> list[str]:
    m = re.search(r"\b(?:how\s+(?:many|much|m[a-z]{1,3}y)|number\s+of|total\s+of)\s+(.*)", text, re.I)
    if not m:
        return []
    phrase = _AUX_AFTER.split(m.group(1), maxsplit=1)[0]
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)[:4]
    return [word_stem(w.lower()) for w in words if w[:1].isupper() or (w.isupper() and len(w) > 1)]


MEASURE_TARGETS = {"population": "people", "death toll": "death", "toll": "death"}


def _count_target(text: str) -> str:
    """The noun "how many" counts: "how many US troops" -> "troop" (parsed, with a regex fallback)."""
    measured = re.search(rf"\bthe\s+(?:\w+\s+)?({_MEASURE})\s+of\b", text, re.I)
    if measured:
        noun = " ".join(measured.group(1).lower().split())
        if noun in MEASURE_TARGETS:
            return MEASURE_TARGETS[noun]
    from bot.nlp import nlp

    doc = nlp()(text)
    for tok in doc:
        if tok.lower_ in {"many", "much"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head is not tok:
            head = tok.head
            compounds = [c.text for c in head.children if c.dep_ == "compound" and c.text.islower()]
            return stem("".join(compounds) + head.text) if compounds else stem(head.text)
    m = re.search(r"\b(?:how\s+(?:many|much|m[a-z]{1,3}y)|number\s+of|total\s+of)\s+(.*)", text, re.I)
    if not m:
        return ""
    phrase = _AUX_AFTER.split(m.group(1), maxsplit=1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", phrase)]
    words = [w for w in words if w.lower() not in STOPWORDS and w.lower() not in QUESTION_WORDS]
    if not words:
        return ""
    lowered = [w for w in words[:4] if not w[:1].isupper()]
    return stem(lowered[0] if lowered else words[0])


def _key_terms(text: str) -> list[str]:
    """Capitalised words after the first word (names, nationalities, places), and acronyms."""
    out = []
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    for i, word in enumerate(words):
        if i == 0 or word.lower() in QUESTION_WORDS:
            continue
        if word[:1].isupper() and word.lower() not in STOPWORDS | {"i"}:
            out.append(word_stem(word.lower()))
        elif word.isupper() and len(word) >= 2:
            out.append(word.lower())
    return out
