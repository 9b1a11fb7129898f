"""What a claim says its subject is, word by word: a support must state it, not just most of it.

A claim with a copula says what its subject is: a noun with the qualifiers that pick out which
one ("is Tarn's biggest port", "was her debut novel", "is the league's oldest club"). The noun
alone is rarely in doubt (the port is a port); the qualifiers are the claim. A sentence naming the
subject and the noun but not a qualifier ("the Tarn port was founded in 1900") does not say it,
however close it is and however many of the claim's words it holds; a support read from closeness,
from who did it or from a figure alone (``bot/stance.py``: the coverage fallback, the blame rule,
the count rule) is then no support.

Which words are the complement's comes from the parse: every content word under the copula's
complement (``attr``, ``acomp``) that is not a name or a figure (names and figures have their own
checks). What the sentence states comes from the alignment (``Alignment.where``), so a synonym, a
WordNet kind or a phrase the sentence tells in other words counts as stated.
"""

from __future__ import annotations

from typing import Any

from bot.alignment import Alignment, content_words, is_name
from bot.nlp import dependency_parse

COPULA = "be"
"""The lemma of the verb that says what its subject is."""
COMPLEMENT_DEPS = frozenset({"attr", "acomp"})
"""What a copula says its subject is: a noun ("is the biggest bank") or an adjective ("is oldest")."""
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
"""A clause a complement takes as its content ("is afraid that ..."): told freely in other words."""


def complement_words(claim: str) -> list[Any]:
    """The content tokens of what the claim's main copula says its subject is (see the module
    docstring); none when the claim's main verb is not a copula."""
    doc = dependency_parse(claim)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() != COPULA or root.text.isupper():
        return []  # "IS bombers killed ...": a group's initials read as "is" are no copula
    complements = [c for c in root.children if c.dep_ in COMPLEMENT_DEPS]
    if any(c.dep_ in CLAUSE_DEPS for k in complements for c in k.children):
        return []  # "is afraid that ...": a feeling about a clause, told in other words
    under = {t.i for c in complements for t in c.subtree if not _in_clause(t, c)}
    return [t for t in content_words(claim) if t.i in under and not is_name(t)]


def _in_clause(tok: Any, complement: Any) -> bool:
    """The token is, or hangs under, a verb within the complement ("the first to climb the
    peak"): a clause on the noun, told in other words, not a qualifier picking out which one."""
    for t in (tok, *tok.ancestors):
        if t == complement:
            return False
        if t.pos_ in {"VERB", "AUX"}:
            return True
    return False


def unstated_detail(claim: str, alignment: Alignment | None) -> str:
    """Pattern: a claim saying what its subject is ("X is Tarn's biggest port") is supported only
    by a sentence stating every content word of that complement; the first word the sentence's
    alignment leaves unstated ("biggest" against "X, a port of Tarn"), or "" when every one is
    stated, the claim has no copula, or there is no alignment to read (the sentence off topic)."""
    if alignment is None or not alignment.unstated:
        return ""
    held = {i for i, _ in alignment.where}
    unstated = set(alignment.unstated)
    for tok in complement_words(claim):
        if tok.i not in held and tok.text in unstated:
            return tok.text
    return ""
