"""A person called by the doer noun of the asked verb: "who led X" is stated by "Ada Kerr, leader of X".

A who-question asks the doer of its verb; articles often give that doer no verb at all, only the
noun WordNet derives from the verb for the person who does it ("lead" -> "leader", "found" ->
"founder"), set before the name as a title or after it in apposition. With the question's object
named in the same sentence, that noun states the asked deed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from bot.nlp import Entity, dependency_parse
from bot.roles import agent_verb, asked_role
from bot.text import TokenPool, tokens, word_stem
from bot.wordnet import wordnet

_LINKS = frozenset({"appos", "compound"})
"""Dependencies joining a name and the noun describing it ("Ada Kerr, leader of", "party founder Ada Kerr")."""


@lru_cache(maxsize=1024)
def agent_nouns(verb: str) -> frozenset[str]:
    """The person nouns WordNet derives from ``verb`` that name its doer ("lead" -> "leader"),
    as word stems; a derived noun for the deed itself ("leadership") is no person."""
    return frozenset(
        word_stem(n) for n in wordnet().derived_nouns(verb) if " " not in n and agent_verb(n) == verb
    )


@lru_cache(maxsize=1024)
def _asked_doer(question: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The asked verb's doer nouns and the tokens of its object's names and nouns ("who led the
    Velm Guard": {"leader"}, ("velm", "guard")); empty when the question asks no doer or its
    verb has no object."""
    ask = asked_role(question)
    if ask is None or ask.role != "agent":
        return frozenset(), ()
    nouns = agent_nouns(ask.lemma)
    objects = [
        t
        for v in dependency_parse(question)
        if v.lemma_.lower() == ask.lemma and v.pos_ in {"VERB", "AUX"}
        for c in v.children
        if c.dep_ == "dobj"
        for t in c.subtree
        if t.pos_ in {"NOUN", "PROPN"}
    ]
    return nouns, tuple(dict.fromkeys(x for t in objects for x in tokens(t.text)))


def names_doer(question: str, text: str, entities: Iterable[Entity]) -> bool:
    """Pattern: a sentence naming every noun of the who-question's object calls a person by the
    doer noun of the asked verb, set in apposition to the name or as its title ("Ada Kerr,
    leader of X", "X founder Ada Kerr"): it states who did the asked deed. A doer noun the
    name is not joined to ("Ada Kerr met the leader of X") names another person."""
    nouns, objects = _asked_doer(question)
    if not nouns or not objects or not all(TokenPool(tokens(text)).has(t) for t in objects):
        return False
    spans = [(e.start, e.end) for e in entities if e.label == "PERSON"]
    if not spans:
        return False
    doc = dependency_parse(text)
    for start, end in spans:
        inside = [t for t in doc if start <= t.idx < end]
        for root in (t for t in inside if not start <= t.head.idx < end):
            joined = [root.head] if root.dep_ in _LINKS else []
            joined += [c for c in root.children if c.dep_ in _LINKS and not start <= c.idx < end]
            if any(word_stem(t.lower_) in nouns for t in joined):
                return True
    return False
