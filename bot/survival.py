"""Who died and who came out alive: "the guard was killed" against "the guard was unharmed".

A sentence about the claim's event that says the very person the claim says died (the same head
noun as subject) survived, was safe, unharmed or alive refutes the claim; other people dying in
the same sentence ("the guard was safe but his brother was killed") say nothing against it.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from index.lexicon import DEATH_STATES, DEATH_VERBS, SURVIVAL_STATES, SURVIVAL_VERBS


def survival_clash(claim: str, text: str) -> str:
    """The reason in words when the sentence says someone the claim says died came out alive, else ""."""
    both = _died(claim) & _survived(text)
    return f"says the {sorted(both)[0]} survived" if both else ""


def _died(text: str) -> set[str]:
    """Head nouns of those a sentence says died: the subject of a death verb ("the guard was
    killed", "died") or the object of an active one ("the blast killed the guard"), not negated,
    and the subject said to be dead or among the dead ("was among those killed")."""
    out: set[str] = set()
    for tok in dependency_parse(text):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in DEATH_VERBS and not _negated(tok):
            out |= _subjects(tok, {"nsubj"} if lemma == "die" else {"nsubjpass", "dobj"})
        elif lemma == "be" and not _negated(tok) and any(_dead(c) for c in tok.children):
            out |= _subjects(tok, {"nsubj"})
    return out


def _dead(tok: Any) -> bool:
    """ "dead" after "was", or "among the dead" / "among those killed" after it."""
    if tok.dep_ == "acomp":
        return tok.lemma_.lower() in DEATH_STATES
    if tok.dep_ != "prep" or tok.lower_ != "among":
        return False
    return any(
        g.lemma_.lower() in DEATH_STATES
        or any(a.dep_ == "acl" and a.lemma_.lower() in DEATH_VERBS for a in g.children)
        for g in tok.children
        if g.dep_ == "pobj"
    )


def _survived(text: str) -> set[str]:
    """Head nouns of the subjects said to survive or to be safe, unharmed or alive."""
    out: set[str] = set()
    for tok in dependency_parse(text):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in SURVIVAL_VERBS and not _negated(tok):
            out |= _subjects(tok, {"nsubj"})
        elif lemma in SURVIVAL_STATES and tok.dep_ == "acomp" and not _negated(tok.head):
            out |= _subjects(tok.head, {"nsubj"})
    return out


def _subjects(verb: Any, deps: set[str]) -> set[str]:
    """The verb's subject nouns and those coordinated with them ("the groom and bride")."""
    heads = [c for c in verb.children if c.dep_ in deps and c.pos_ in {"NOUN", "PROPN"}]
    heads += [g for h in heads for g in h.conjuncts if g.pos_ in {"NOUN", "PROPN"}]
    return {h.lemma_.lower() for h in heads}


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)
