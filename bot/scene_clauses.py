"""Claim verbs that only set a scene, which the sentence's article may tell instead of it.

Pattern: a claim's subordinate clause ("After the depot fell, ...", "since the strike began",
"Before reaching Velm, ...") or a clause describing one of its nouns ("a van packed with
crates", "the ferry that left from Ostra") sets the scene of what the claim says happened; a
report tells that scene once, often sentences away from the sentence stating the deed. So such a
verb need not be written in the sentence when its article writes it; the clause's names and
numbers are still checked as every claim's are.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from bot.text import TokenPool, word_stem

SCENE_MARKERS = frozenset({"after", "before", "when", "as", "since", "until", "once", "while"})
"""Subordinators of time: the clause they open says when the main clause happened."""

DESCRIBING = frozenset({"relcl", "acl"})
"""Dependencies of a clause describing a noun ("the ferry that left", "a van packed with")."""


def scene_clause_verbs(claim: str, article: TokenPool) -> set[str]:
    """The verbs (as written) of the claim's scene-setting clauses whose stem ``article`` has."""
    return {v for v in scene_verbs(claim) if article.has(word_stem(v))}


def told_orders(claim: str, article: TokenPool) -> set[str]:
    """The subordinators ("after", "before") of the time clauses the claim opens with whose every
    verb ``article`` has: a fronted clause sets the scene the article tells, so the order is its
    article's story, not something the sentence must write ("After the depot fell, fighters
    paraded ..."). A trailing clause asserts the order ("X met A before he met B"): not told."""
    out: set[str] = set()
    for tok in dependency_parse(claim, entities=False):
        if tok.pos_ != "VERB" or tok.dep_ in DESCRIBING or not _sets_scene(tok):
            continue
        if tok.left_edge.i != 0:
            continue
        verbs = [t.text.lower() for t in tok.subtree if t.pos_ == "VERB"]
        if all(article.has(word_stem(v)) for v in verbs):
            marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
            out |= set(marks) if tok.dep_ == "advcl" else {tok.head.lower_}
    return out


def scene_verbs(claim: str) -> set[str]:
    """The verbs (as written) of the claim's time clauses and noun-describing clauses."""
    out: set[str] = set()
    for tok in dependency_parse(claim, entities=False):
        if tok.pos_ == "VERB" and _sets_scene(tok):
            out |= {t.text.lower() for t in tok.subtree if t.pos_ == "VERB"}
    return out


def _sets_scene(verb: Any) -> bool:
    """A verb heading a time clause ("after X fell", "before reaching X") or a clause on a noun."""
    if verb.dep_ in DESCRIBING and verb.head.pos_ in {"NOUN", "PROPN"}:
        return not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # "the first to hit"
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in SCENE_MARKERS for c in verb.children)
    return verb.dep_ == "pcomp" and verb.head.lower_ in SCENE_MARKERS  # "before reaching X"
