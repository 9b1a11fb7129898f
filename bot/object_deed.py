"""A sentence that holds the claim's object under another deed.

Pattern: a claim's verb counts as told when the sentence holds the verb's object, whatever verb
the sentence puts over it ("received asylum" / "was granted asylum", "carried out raids" /
"launched raids"); but when the sentence's own verb over that object undoes, refuses, calls off
or reverses the deed, the object's words tell the opposite of the claim's deed ("made an offer" /
"withdrew its offer", "held the vote" / "called off the vote", "confirmed the report" / "denied
the report", "accepted the deal" / "rejected the deal", "opened the bridge" / "closed the
bridge"). The sentence's governing verb is read from the parse: the verb whose object or passive
subject the noun (or the noun phrase it qualifies: "vetoed a draft resolution") is, a participle or relative clause on it ("the vote, called off on Monday"), or
the deed noun it follows with "of" ("the withdrawal of its offer", read through WordNet's
derivation links). It is another deed when WordNet opposes one of its commonest meanings to a
meaning of the claim's verb or one that verb is a kind of, or when it is a kind of denying,
refusing, calling off or stopping (``DENYING_KINDS``, ``REFUSING_VERBS``, ``CALLING_OFF_VERBS``,
``STOPPING_VERBS``) and the claim's verb is not. Light verbs ("made", "held", "carried out") never undo.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.nlp import dependency_parse
from bot.reversed_deed import anchor_senses
from bot.wordnet import wordnet
from index.lexicon import (
    CALLING_OFF_VERBS,
    DENYING_KINDS,
    LIGHT_EVENT_VERBS,
    LIGHT_VERBS,
    REFUSING_VERBS,
    STOPPING_VERBS,
    SUPPORT_VERBS,
)

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
"""How the parse hangs the thing a verb acts on: its object, or its subject in the passive."""
MODIFIER_DEPS = frozenset({"acl", "relcl"})
"""A participle or relative clause on a noun ("the vote called off", "the offer it withdrew")."""
UNDOING_ANCHORS = (*sorted(DENYING_KINDS), *REFUSING_VERBS, *CALLING_OFF_VERBS, *STOPPING_VERBS)
"""Verbs whose commonest WordNet meanings are denying or rejecting, refusing, calling off and stopping:
a verb filed under one of them over the claim's object tells its deed undone."""
LIGHT = LIGHT_VERBS | SUPPORT_VERBS | LIGHT_EVENT_VERBS
"""Verbs too light to carry a deed of their own ("made an offer" carries it in "offer")."""


def other_deed(claim: str, verb: str, text: str, sense_rank: int, steps: int) -> str:
    """The sentence's verb (as written) that does another deed on the object of the claim's
    ``verb`` (as written): one undoing, refusing or opposed to it; "" when none does."""
    claimed = next(
        (t for t in dependency_parse(claim, entities=False) if t.pos_ == "VERB" and t.lower_ == verb), None
    )
    if claimed is None:
        return ""
    objects = {c.lemma_.lower() for c in claimed.children if c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN"}
    claim_lemma = claimed.lemma_.lower()
    for tok in dependency_parse(text, entities=False):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in objects:
            continue
        for word, lemmas in _governors(_phrase_head(tok)):
            if any(_undoes(g, claim_lemma, sense_rank, steps) for g in lemmas):
                return word
    return ""


def _governors(noun: Any) -> list[tuple[str, tuple[str, ...]]]:
    """Each word acting on the noun (as written) with the verb lemmas it stands for: the verb
    whose object it is, a participle or relative clause on it, a deed noun it follows with "of"
    (its WordNet verbs)."""
    found: list[tuple[str, tuple[str, ...]]] = []
    head = noun.head
    if noun.dep_ in OBJECT_DEPS and head.pos_ == "VERB":
        found.append((head.text, (_lemma(head),)))
    for c in noun.children:
        if (
            c.dep_ in MODIFIER_DEPS
            and c.pos_ == "VERB"
            and not any(g.dep_ in OBJECT_DEPS for g in c.children)
        ):
            found.append((c.text, (_lemma(c),)))
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        deed = head.head
        found.append((deed.text, _noun_verbs(deed.lemma_.lower())))
    return found


def _phrase_head(tok: Any) -> Any:
    """The head of the noun phrase the noun qualifies ("a draft resolution": "resolution"): the verb
    over the phrase acts on the qualifying noun's thing too ("vetoed a draft resolution")."""
    while tok.dep_ == "compound" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _lemma(tok: Any) -> str:
    """The verb's WordNet lemma, with its particle where WordNet knows the phrasal verb ("called
    off" -> "call_off")."""
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
    if particle and wordnet().senses(f"{lemma}_{particle}", "v"):
        return f"{lemma}_{particle}"
    return lemma


@lru_cache(maxsize=4096)
def _noun_verbs(noun: str) -> tuple[str, ...]:
    """The verbs WordNet derives the noun's commonest meaning from ("withdrawal" -> "withdraw")."""
    return tuple(sorted(wordnet().derived_verbs(noun, 1)))


@lru_cache(maxsize=20_000)
def _undoes(told: str, claimed: str, sense_rank: int, steps: int) -> bool:
    """The sentence's verb ``told`` undoes the claim's ``claimed`` (lemmas): WordNet opposes their
    meanings (either one's, or a kind it is within ``steps``), or ``told`` is a kind of denying,
    calling off or stopping and ``claimed`` is not."""
    if told == claimed or told in LIGHT:
        return False
    wn = wordnet()
    mine = wn.senses(claimed, "v")[: sense_rank + 1]
    theirs = wn.senses(told, "v")[: sense_rank + 1]
    if not theirs:
        return False
    above_mine, above_theirs = set(wn.steps_above(mine, steps)), set(wn.steps_above(theirs, steps))
    if any(o in above_mine for s in theirs for o in wn.opposites(s)) or any(
        o in above_theirs for s in mine for o in wn.opposites(s)
    ):
        return True
    anchors = anchor_senses(UNDOING_ANCHORS, "v", 1)
    return bool(above_theirs & anchors) and not (above_mine & anchors)
