"""A doer the sentence brings in as some group not yet named is no rival to a named doer.

Pattern: where the sentence writes the doer with the indefinite article and nothing in its phrase
names it ("an armed group raided the village", "a militant faction shelled the market": no proper
noun, no entity, no capitalised word), it has not said which group did the deed, so the group the
claim names ("the Velmar Front raided the village") may be that one, and the sentence names no rival.
A phrase with a name in it ("a Dorvan brigade", "a unit of the Dorvan Front") tells who, and rivals
as before; a claim whose doer has no name of its own ("government forces") is left as before.
The article is read from spaCy's morphology (``Definite=Ind``), not from a word list.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from bot.text import tokens

INDEFINITE = "Ind"
"""spaCy's ``Definite`` value for "a" and "an": the article that brings in a thing not yet identified."""
CLAUSE_DEPS = frozenset({"relcl", "acl"})
"""A clause on the doer's noun tells what it did, not who it is ("a group that raided Varno")."""


def unnamed_doer(actor: str, sentence: str) -> bool:
    """The sentence writes ``actor`` (its doer's words) as "a"/"an" + words naming no one."""
    words = tokens(actor)
    if not words:
        return False
    doc = dependency_parse(sentence)
    for head in doc:
        if tokens(head.text) != words[-1:] or head.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not any(INDEFINITE in c.morph.get("Definite") for c in head.children if c.dep_ == "det"):
            continue
        phrase = _phrase(head)
        if all(w in {x for t in phrase for x in tokens(t.text)} for w in words):
            return not any(_naming(t) for t in phrase)
    return False


def own_name(actor: str) -> bool:
    """The claim's doer carries a name of its own (a proper noun: "Jabhat Velmar", "the Dorvan Front")."""
    return any(t.pos_ == "PROPN" for t in dependency_parse(actor))


def _phrase(head: Any) -> list[Any]:
    """The doer's noun with its own words, the clauses hanging on it left out."""
    out = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS:
            out.extend(child.subtree)
    return out


def _naming(tok: Any) -> bool:
    """A word that names someone: a proper noun, an entity, or a capitalised word past the article."""
    if tok.dep_ == "det":
        return False
    return tok.pos_ == "PROPN" or bool(tok.ent_type_) or tok.text[:1].isupper()
