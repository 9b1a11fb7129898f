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

from bot.alignment import Alignment, content_words, figure_tokens, is_name
from bot.nlp import dependency_parse
from bot.wordnet import wordnet

COPULA = "be"
"""The lemma of the verb that says what its subject is."""
COMPLEMENT_DEPS = frozenset({"attr", "acomp"})
"""What a copula says its subject is: a noun ("is the biggest bank") or an adjective ("is oldest")."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
"""The main clause's subject: the thing the predicate is said of (its description may be loose)."""
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
"""A clause the main verb takes as its content: a report or wish, told freely in other words."""
LEFT_POS = frozenset({"ADV", "VERB", "AUX"})
"""Parts of speech the deed's check leaves to others: an adverb a report drops freely, a verb the
stance's verb rules read in other words ("left 6 dead" / "killed", "closed up" / "gained")."""


def complement_words(claim: str) -> list[Any]:
    """The content tokens of what the claim's main copula says its subject is (see the module
    docstring); none when the claim's main verb is not a copula."""
    doc = dependency_parse(claim)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() != COPULA:
        return []
    complements = [c for c in root.children if c.dep_ in COMPLEMENT_DEPS]
    if any(c.dep_ in CLAUSE_DEPS for k in complements for c in k.children):
        return []  # "is worried that ...": a feeling about a clause, told in other words
    under = {t.i for c in complements for t in c.subtree}
    return [t for t in content_words(claim) if t.i in under and not is_name(t)]


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


def deed_words(claim: str) -> list[Any]:
    """The content tokens of the claim's deed as a figure's count or a doer is told of: its objects,
    means, cause and their qualifiers, outside the subject; not a name, a verb or adverb
    (``LEFT_POS``) or a noun a figure counts; none for a claim whose main verb takes a clause (a
    report, a wish: its content is told in other words) or is a copula (``complement_words``)."""
    doc = dependency_parse(claim)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() == COPULA or root.pos_ != "VERB":
        return []
    if any(c.dep_ in CLAUSE_DEPS for c in root.children) or wordnet().takes_clause(root.lemma_.lower()):
        return []
    subject = {t.i for c in root.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    under = {t.i for t in root.subtree}
    figures = figure_tokens(claim)
    return [
        t
        for t in content_words(claim)
        if t.i in under
        and t.i not in subject
        and t.pos_ not in LEFT_POS
        and not is_name(t)
        and not _counted(t, figures)
    ]


def _counted(tok: Any, figures: set[int]) -> bool:
    """The noun a figure counts, with its compound ("three matches", "dozens of strikes", "twelve air
    raids"): the value checks compare it
    (``stance.counted_alike``: "matches" / "meetings"), not the deed's words."""
    if any(c.dep_ == "nummod" or c.i in figures for c in tok.children):
        return True
    if tok.dep_ == "compound" and _counted(tok.head, figures):
        return True  # "twelve air raids": the compound is the counted noun's own
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and (head.head.i in figures or head.head.like_num)


def unstated_deed_word(claim: str, alignment: Alignment | None) -> str:
    """Pattern: a sentence giving the claim's figure supports it only if it also tells the deed the
    figure counts, with its means and cause ("killed in rebel shelling" is not told by "killed in
    air strikes"; "carried out by jets" by a sentence naming no doer): the first deed word
    (``deed_words``) the alignment leaves unstated, or "" when all are stated or there is no
    alignment to read."""
    if alignment is None or not alignment.unstated:
        return ""
    held = {i for i, _ in alignment.where}
    unstated = set(alignment.unstated)
    for tok in deed_words(claim):
        if tok.i not in held and tok.text in unstated:
            return tok.text
    return ""
