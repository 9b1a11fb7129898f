"""A sentence that has the claim's doer refuse or reject the thing the claim has it take up.

Pattern: the claim's doer does a deed to a thing ("Ostria supported the bill", "Velm accepted
the offer"), and the sentence has that same doer, by name, do to that same thing a deed WordNet
files under refusing, rejecting or denying ("Velm and Ostria vetoed the bill", "Velm
turned down the offer"), which the claim's verb is not: the sentence tells the claim's deed
refused, so it refutes the claim. Verbs WordNet opposes ("accepted" / "rejected") are read by
``bot/reversed_deed.py``; this covers a refusal WordNet links to the claim's verb by no antonym
("vetoed" / "supported"). Undoing a deed done ("withdrew its offer" / "made an offer"), stopping
or calling off tells no refusal of it (``bot/object_deed.py`` only keeps such a sentence from
supporting). A negated or hedged verb on either side, or a claim verb of saying, states nothing here.
"""

from __future__ import annotations

from functools import lru_cache

from bot.nlp import dependency_parse, is_passive
from bot.object_deed import _lemma, _phrase_head
from bot.reversed_deed import _deed, _hedged, _names, _reaches, _roles, predicate_negated
from index.lexicon import REFUSING_VERBS, REPORTING_VERBS

REFUSING_ANCHORS = ("refute", "reject", *REFUSING_VERBS)
"""Verbs whose commonest WordNet meanings are overruling ("veto"), rejecting and refusing; not
denying, which declares a report untrue ("denied the charges" answers them)."""
OBJECT_DEPS = frozenset({"dobj", "obj"})
"""The thing an active verb acts on: a passive's subject ("people were denied visas") is no doer's object."""


@lru_cache(maxsize=20_000)
def refused_object(claim: str, text: str, sense_rank: int, steps: int) -> str:
    """How the sentence has the claim's doer refuse the object of the claim's deed ("says vetoed,
    not supported"); "" when it does not. The claim's deed is its main verb (``reversed_deed``'s),
    asserted and active; the sentence's active verb takes a noun of the claim verb's object (or the
    phrase it qualifies) as its object, its subject names every name of the claim's subject and
    shares a word with it, and WordNet files one of its ``sense_rank`` + 1 commonest meanings
    within ``steps`` kinds under refusing (``REFUSING_ANCHORS``), none of the claim verb's."""
    deed = _deed(dependency_parse(claim))
    if deed is None or deed.pos_ != "VERB" or _hedged(deed) or predicate_negated(deed) or is_passive(deed):
        return ""
    if deed.lemma_.lower() in REPORTING_VERBS or _reaches(
        _lemma(deed), REFUSING_ANCHORS, sense_rank + 1, steps
    ):
        return ""
    objects = {c.lemma_.lower() for c in deed.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN"}
    doer, names = _roles(deed)[0], _names(deed)
    if not objects or not doer:
        return ""
    for tok in dependency_parse(text):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in objects:
            continue
        noun = _phrase_head(tok)
        verb = noun.head
        if noun.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB" or _hedged(verb) or predicate_negated(verb):
            continue
        if is_passive(verb):
            continue
        theirs = _roles(verb)[0]
        if not (doer & theirs and names <= theirs):
            continue
        if _reaches(_lemma(verb), REFUSING_ANCHORS, sense_rank + 1, steps):
            return f"says {verb.text}, not {deed.text}"
    return ""
