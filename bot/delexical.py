"""A delexical verb is told by the verb that carries its object noun.

Pattern: a verb of the closed class that adds little but tense and direction to its object noun
("got a warning", "was given an award", "played a part", ``index.lexicon.DELEXICAL_VERBS``) is
stated where the sentence states that noun and hangs it on the same verb, a WordNet synonym of it
in any sense ("was handed an award", "received a prize") or another delexical verb the same way round
("got a medal" / "was given a medal", never "gave a medal"), on the sentence's word for the verb the
claim's verb hangs on ("keep holding a seat" / "retain its seat"), or tells the noun as a verb
of its own ("was warned" for "got a warning", where WordNet derives one from the other), in
the voice that keeps who receives the deed ("got a warning" / "was warned", never "warned").
The noun must be stated by its own word: a delexical verb alone is never read into a sentence.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import is_passive
from bot.wordnet import wordnet
from index.lexicon import DELEXICAL_VERBS

OBJECTS = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
"""How a verb takes the noun that carries its deed ("got a prize", "was made an officer")."""
RECEIVING = frozenset({"get", "receive", "have"})
"""Delexical verbs whose subject receives the deed: a derived verb tells it in the passive."""
PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
"""The carried noun as the subject of the passive delexical verb ("a warning was given")."""
CARRIERS = OBJECTS | PASSIVE_SUBJECTS
"""Where the sentence's verb holds the carried noun."""


def carried_noun(verb: Any) -> Any | None:
    """The object noun a delexical claim verb carries ("got a warning" -> warning), or None. An
    object comes before a passive subject: in "the guild was given a prize" the guild receives, the
    prize is carried; only without an object is the passive subject carried ("a warning was given")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DELEXICAL_VERBS:
        return None
    nouns = [c for c in verb.children if c.dep_ in CARRIERS and c.pos_ in {"NOUN", "PROPN"}]
    nouns.sort(key=lambda c: c.dep_ in PASSIVE_SUBJECTS)
    return nouns[0] if nouns else None


def told_by_carrier(verb: Any, held: dict[int, list[int]], sent_doc: Any) -> list[int]:
    """The sentence tokens stating a delexical claim verb through its carried noun (see the
    module's docstring); empty where the noun is unstated or hangs on no fitting verb."""
    noun = carried_noun(verb)
    if noun is None or not held.get(noun.i):
        return []
    lemma = verb.lemma_.lower()
    kin = wordnet().synonyms(lemma, "v") | {lemma}
    above = set(held.get(verb.head.i, [])) if verb.dep_ in {"xcomp", "ccomp"} else set()
    for at in held[noun.i]:
        word = sent_doc[at]
        if word.pos_ == "VERB":
            if is_passive(word) == _receives(verb):
                return [at]  # "was warned": the noun told as its verb, in the voice that fits
            continue
        head = word.head
        if word.dep_ not in CARRIERS or head.pos_ not in {"VERB", "AUX"} or head.i == word.i:
            continue
        if head.lemma_.lower() in kin or head.i in above or _same_direction(verb, head):
            return [head.i]
    return []


def _receives(verb: Any) -> bool:
    """The verb's subject receives the deed: a receiving verb active, or a giving one passive."""
    return (verb.lemma_.lower() in RECEIVING) != is_passive(verb)


def _same_direction(verb: Any, other: Any) -> bool:
    """Two delexical verbs telling the deed the same way round ("got a medal" / "was given a medal")."""
    return other.lemma_.lower() in DELEXICAL_VERBS and _receives(verb) == _receives(other)
