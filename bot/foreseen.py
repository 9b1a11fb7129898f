"""A figure of a deed still to come is no count of a deed that was done.

Pattern: "the single is expected to sell 300,000 copies by Sunday" or "analysts predict the
plant will build 9,000 cars" tell what a writer looks forward to, not what happened, so they
answer no question asking in the past tense what was done ("how many copies did it sell",
"how many cars were built"). A figure is foreseen when the verb the parse hangs it on (within
``FORESEEN_STEPS`` heads) carries "will" or "shall", or is an infinitive under a verb whose
commonest WordNet sense is a kind of anticipating ("expect", "predict", "forecast"). A question
that itself looks ahead or speaks of a possibility (a modal: "will", "would", "could") keeps them.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import VERB_TAGS, dependency_parse, governing_verb
from bot.wordnet import wordnet

__all__ = ["asks_done", "foreseen"]

FORESEEN_STEPS = 4
"""A figure reaches its verb within four heads: the noun it counts, a preposition, the verb
("will sell 300,000 copies", "expected to reach more than 40 towns")."""

_AHEAD = frozenset({"will", "shall"})
"""Modal auxiliaries that put a deed in the future."""
_PAST_TAGS = frozenset({"VBD"})
"""Penn tag of a finite verb in the past tense ("sold", "did", "were")."""
_PERFECT = frozenset({"has", "have", "had"})
"""Auxiliaries of a perfect ("has taken"): a deed already done."""
ANTICIPATE = "anticipate"
"""WordNet's verb of regarding something as likely to come ("expect", "predict", "forecast")."""


def anticipating(lemma: str) -> bool:
    """The verb's commonest WordNet sense is a kind of anticipating ("expect", "predict")."""
    return wordnet().kind_rank(lemma, ANTICIPATE, "v") == 0


def asks_done(question: str) -> bool:
    """The question asks of a deed already done: its verbs are finite in the past tense ("did",
    "went", "were") or perfect ("has taken"), and none carries a modal ("would", "will", "could")."""
    doc = dependency_parse(question)
    if any(t.tag_ == "MD" for t in doc):
        return False
    return any(
        t.tag_ in _PAST_TAGS or (t.dep_ == "aux" and t.lower_ in _PERFECT) for t in doc if t.pos_ in VERB_TAGS
    )


def _ahead(verb: Any) -> bool:
    """The verb carries "will"/"shall", or is a to-infinitive under a verb of anticipating."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _AHEAD and c.tag_ == "MD" for c in aux):
        return True
    to = any(c.lower_ == "to" and c.tag_ == "TO" for c in aux)
    return to and verb.dep_ == "xcomp" and anticipating(verb.head.lemma_.lower())


def foreseen(text: str, start: int) -> bool:
    """The figure at ``start`` counts a deed the sentence looks forward to: its verb up the parse
    (within ``FORESEEN_STEPS`` heads) is ahead (``_ahead``)."""
    verb = governing_verb(text, start, FORESEEN_STEPS, kinds=VERB_TAGS)
    return verb is not None and _ahead(verb)
