"""Whether a sentence tells what the named doer of a how-question did.

Pattern: "How did X <verb> ..." (X a name, the subject of the asked verb) asks what X did: a
sentence that names X only as what something else was done to or for ("a defeat for Velmar
and X", "the strikes hit X") tells someone else's deed, whatever its verb, so it does not
answer. X as a subject (active or passive), an owner ("X's leader said"), the noun a subject
is named by ("X officials said"), or the one a report is by or from ("according to X", "a
statement from X") is X's own deed or word; a sentence not naming X is left to the other
gates (a pronoun may stand for X).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.names import name_form
from bot.nlp import dependency_parse

if TYPE_CHECKING:
    from spacy.tokens import Token

_LINKS = frozenset({"compound", "appos", "conj", "flat", "nmod"})
"""Links that make a name part of a larger phrase that takes its role ("the group X", "A and X")."""
_DOER_ROLES = frozenset({"nsubj", "nsubjpass", "csubj", "poss", "agent"})
"""Roles in which a phrase is the one acting, speaking or owning."""
_SOURCE_PREPOSITIONS = frozenset({"by", "from"})
"""Prepositions whose object is the doer or source ("by X", "from X"); "to" only after "according"."""


def asked_doer(question: str) -> list[str]:
    """The words of the name a "how did/does/has X <verb>" question makes the subject of its
    verb ("How did Velm Front react" -> ["velm", "front"]); [] for any other question."""
    doc = dependency_parse(question)
    words = [t for t in doc if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "how" or words[1].pos_ != "AUX":
        return []
    verb = words[0].head
    if verb.pos_ != "VERB":
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if not subjects:
        return []
    subject = subjects[0]
    return [t.lower_ for t in subject.subtree if t.pos_ == "PROPN"]


def _acts(tok: Token) -> bool:
    """The phrase holding ``tok`` stands where a doer, speaker or owner stands."""
    while tok.dep_ in _LINKS and tok.head.i != tok.i:
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.dep_ in _DOER_ROLES:
            return True  # "X officials said"
        tok = tok.head
    if tok.dep_ in _DOER_ROLES:
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in _SOURCE_PREPOSITIONS or (prep.lower_ == "to" and prep.head.lower_ == "according")


def names_doer_elsewhere(question: str, text: str) -> bool:
    """The module's pattern: the question asks what a named doer did, and the sentence names
    that doer, but never where a doer, speaker or owner stands."""
    name = asked_doer(question)
    if not name:
        return False
    named = [t for t in dependency_parse(text) if any(name_form(t.lower_, n) for n in name)]
    return bool(named) and not any(_acts(t) for t in named)
