"""A count set in another scene: a toll tied by a time clause to another act than the asked one.

Pattern: a question may name its event by a time clause on the counted deed ("how many died
when the ferry sank"), and a sentence may tie its count to one too ("nine died when gunmen
stormed a market", the deed naming no doer of its own); when the sentence's clause tells
another act (its verb neither the question's clause verb, a WordNet synonym of it nor a way of
it, either way round) done by or to other things (no head noun of its subject or object is a
word of the question), in a place or on a thing the question does not name (a proper noun of
the clause), the count is that other event's toll, even on the same day and in the same
province, so it neither answers nor stands against the asked count. "Raiders burned a granary,
leaving nine dead" is set in the act the verb of result hangs on. A sentence without such a
clause, or a question without one, is left to the other event checks.
"""

from __future__ import annotations

from typing import Any

from bot.count_owner import count_verb
from bot.nlp import dependency_parse
from bot.scene_clauses import DESCRIBING
from bot.text import TokenPool, tokens
from bot.values import Quantity
from bot.wordnet import wordnet
from index.lexicon import RESULT_VERBS, TIME_LABELS

SCENE_MARKS = frozenset({"when", "after"})
"""Subordinators opening the clause that tells what act a deed happened in."""

_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
"""Dependencies of the nouns that do or undergo a scene's act."""


def scene_verb(verb: Any) -> Any:
    """The verb of the time clause set on ``verb`` ("killed ... when jets raided"), or None; the
    parser may hang such a clause on the deed as a conjunct, so both count."""
    for child in verb.children:
        marked = any(c.lower_ in SCENE_MARKS and c.dep_ in {"mark", "advmod"} for c in child.children)
        if child.pos_ == "VERB" and child.dep_ in {"advcl", "conj"} and marked:
            return child
    return None


def result_of(verb: Any) -> Any:
    """The act a verb of result hangs on ("a storm hit the port, leaving 14 dead": the hitting),
    or None: what left them so is the count's scene. A clause describing a noun on the way ("a
    shell fired by X, leaving ...") is passed for the act it is part of."""
    if verb.lemma_.lower() not in RESULT_VERBS or verb.dep_ != "advcl":
        return None
    return next((up for up in verb.ancestors if up.pos_ == "VERB" and up.dep_ not in DESCRIBING), None)


def names_apart(verb: Any, words: TokenPool) -> bool:
    """The clause names a place or thing (a proper noun, no day or month) the question does not."""
    return any(
        t.pos_ == "PROPN" and t.ent_type_ not in TIME_LABELS and not words.has(t.lower_) for t in verb.subtree
    )


def own_doer(verb: Any, x: Quantity) -> bool:
    """The counted deed names its own doer ("air strikes killed 21 as ..."): its subject is no
    part of the count, so a clause beside it tells what else went on, not how they died."""
    return any(
        c.dep_ == "nsubj" and not any(x.start <= t.idx < x.end for t in c.subtree) for c in verb.children
    )


def act_name(verb: Any) -> str:
    """The verb's base with its particle, as WordNet files phrasal verbs ("shoot_down")."""
    base = wordnet().verb_base(verb.lower_) or verb.lemma_.lower()
    particle = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{base}_{particle[0]}" if particle and wordnet().senses(f"{base}_{particle[0]}", "v") else base


def participants(verb: Any) -> set[str]:
    """The head nouns (lemmas) that do or undergo the verb's act, a passive's agent included."""
    out = {c.lemma_.lower() for c in verb.children if c.dep_ in _PARTICIPANTS and c.pos_ in {"NOUN", "PROPN"}}
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        out |= {c.lemma_.lower() for c in agent.children if c.dep_ == "pobj"}
    return out


def related_acts(a: str, b: str, rank: int) -> bool:
    """The same act: one verb, WordNet synonyms, or one a way of the other (senses up to ``rank``)."""
    wn = wordnet()
    return (
        a == b
        or b in {s.replace(" ", "_") for s in wn.synonyms(a, "v", rank)}
        or a in {s.replace(" ", "_") for s in wn.synonyms(b, "v", rank)}
        or wn.way_of(a, b, "v", rank)
        or wn.way_of(b, a, "v", rank)
    )


def asked_scene(question: str) -> Any:
    """The question's own time clause on its main verb ("... killed when X sank"), or None."""
    doc = dependency_parse(question)
    for tok in doc:
        if tok.dep_ == "ROOT":
            return scene_verb(tok)
    return None


def another_scene(question: str, text: str, x: Quantity, rank: int) -> bool:
    """The count ``x`` of ``text`` is tied to another act than the question's (see the module)."""
    asked = asked_scene(question)
    if asked is None:
        return False
    doc = dependency_parse(text)
    verb = count_verb(doc, x)
    if verb is None:
        return False
    told = result_of(verb) or (None if own_doer(verb, x) else scene_verb(verb))
    if told is None:
        return False
    theirs, ours = participants(told), participants(asked)
    if not theirs or not ours:
        return False
    words = TokenPool(tokens(question))
    if theirs & ours or any(words.has(n) for n in theirs) or not names_apart(told, words):
        return False
    return not related_acts(act_name(told), act_name(asked), rank)
