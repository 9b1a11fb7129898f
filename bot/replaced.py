"""Replaced details: a sentence that names the claim's detail only as the thing set aside.

The pattern: a source tells the claim's event and names the claim's detail only to set it aside
for another ("held in Velm and not Tarn", "used rifles rather than mortars", "moved to Velm
instead of Tarn", "not in March but in May"). A word match would take such a sentence for
support (it holds every word of the claim); the contrast says the claim's detail is the one
that did not happen. The parse marks the set-aside part: the object of "rather than",
"instead of" or "in place of", or a noun phrase (or a prepositional phrase) that "not"
qualifies ("and not Tarn", "not in March"), never "not only" or "not just" (which add, not
replace). A claim word stated in the sentence only inside such a part is replaced; with the
rest of the claim stated the sentence refutes the claim, as a swapped detail does
(``bot/swaps.py``; the stance asks it at ``CheckTuning.swap_dense`` and
``swap_stated_share``, fitted by ``scripts/fit_swaps.py``).
"""

from __future__ import annotations

from typing import Any

from bot.alignment import Alignment
from bot.nlp import dependency_parse
from index.lexicon import RESTRICTING_WORDS

CONTRAST_HEADS = {"than": "rather", "of": "instead"}
"""The word introducing the set-aside part, with the adverb before it ("rather than", "instead of")."""
PLACE_OF = ("in", "place", "of")
"""'in place of X': the last word takes the set-aside part as its object."""
ADDING = frozenset({"only", "just", "merely", "simply", "solely"})
"""Words after "not" that add a second thing ("not only X but also Y"): nothing is replaced."""
NEGATED_POS = frozenset({"NOUN", "PROPN", "NUM", "ADP"})
"""What "not" may qualify for a part set aside (a noun phrase, a number, "not in X"); "not"
on a verb or an auxiliary negates the deed, which the negation rules read."""
LOOSE_DEPS = frozenset({"npadvmod", "advmod", "relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})
"""Dependents of a set-aside head that belong to the clause, not to the thing set aside."""
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
"""Parts of speech a replaced detail is made of."""


def set_aside(text: str) -> set[int]:
    """Indices of the text's tokens inside a part it sets aside (see the module docstring)."""
    doc = dependency_parse(text, entities=False)
    out: set[int] = set()
    for tok in doc:
        root = _set_aside_root(doc, tok)
        if root is not None:
            out |= _phrase(root)
    return out


def _phrase(root: Any) -> set[int]:
    """The set-aside phrase: the head and what qualifies it, without what the parse hangs on it
    that tells of the deed ("not Tarvik this year": "this year" is the fair's)."""
    out = {root.i}
    for child in root.children:
        if child.dep_ not in LOOSE_DEPS:
            out |= {t.i for t in child.subtree}
    return out


def _set_aside_root(doc: Any, tok: Any) -> Any:
    """The head of the part ``tok`` sets aside, or None: the object of "rather than", "instead
    of", "in place of"; the phrase "not" qualifies."""
    lower = tok.lower_
    if lower in CONTRAST_HEADS and tok.i > 0 and doc[tok.i - 1].lower_ == CONTRAST_HEADS[lower]:
        return _object(tok)
    if (
        lower == PLACE_OF[-1]
        and tok.i >= 2
        and tuple(t.lower_ for t in doc[tok.i - 2 : tok.i + 1]) == PLACE_OF
    ):
        return _object(tok)
    if tok.dep_ == "neg" and lower in {"not", "n't"}:
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ADDING:
            return None
        if tok.head.pos_ in NEGATED_POS and tok.head.i > tok.i:
            return tok.head
    return None


def _object(tok: Any) -> Any:
    """The object a contrast word takes ("than barrel bombs" -> bombs), or, where the parse makes
    the contrast word a conjunction, the conjunct after it ("a ferry instead of a flight"); None."""
    found = next((c for c in tok.children if c.dep_ in {"pobj", "pcomp", "conj"}), None)
    if found is None and tok.dep_ == "cc":
        found = next((c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i), None)
    return found


def replaced_words(claim: str, text: str) -> list[str]:
    """The claim's content words (nouns, names, numbers, adjectives) the sentence states only
    inside a part it sets aside, as the claim writes them; none when the claim sets a part
    aside itself (it may be telling the same contrast)."""
    if set_aside(claim):
        return []
    aside = set_aside(text)
    if not aside:
        return []
    doc = dependency_parse(text, entities=False)
    inside = {_lemma(t) for t in doc if t.i in aside and t.pos_ in CONTENT_POS}
    outside = {_lemma(t) for t in doc if t.i not in aside}
    return [
        t.text
        for t in dependency_parse(claim, entities=False)
        if t.pos_ in CONTENT_POS and (lemma := _lemma(t)) in inside and lemma not in outside
    ]


def _lemma(tok: Any) -> str:
    """The word's lemma, lower-cased: "bombs" is "bomb", but "bombing" (the deed) stays itself."""
    return str(tok.lemma_.lower())


def share_without(alignment: Alignment, words: list[str]) -> tuple[float, int]:
    """Share of the claim's content words the sentence states and how many, the replaced words
    left out on both sides (the sentence names them, but only to set them aside)."""
    left_out = {w.lower() for w in words}
    stated = [w for w in alignment.stated if w.lower() not in left_out]
    unstated = [w for w in alignment.unstated if w.lower() not in left_out]
    total = len(stated) + len(unstated)
    return (len(stated) / total if total else 0.0), len(stated)


def unstated_restriction(claim: str, text: str) -> str:
    """The restricting word of a claim that confines its deed to one place, time or party with a
    prepositional phrase ("closed only in Velm", "solely after the vote"), when the sentence
    confines nothing: a sentence saying "closed in Tarn and Velm" or "mostly in Velm" tells the
    deed without the claim's limit, so it cannot support it. "" otherwise, and for "not only"
    (which adds) or a restricted figure ("only 12 ships", a count the numbers check)."""
    doc = dependency_parse(claim, entities=False)
    word = next(
        (
            t.lower_
            for t in doc
            if t.lower_ in RESTRICTING_WORDS
            and not (t.i > 0 and doc[t.i - 1].lower_ in {"not", "n't"})
            and (t.head.pos_ == "ADP" or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "ADP"))
        ),
        "",
    )
    if not word or any(t.lower_ in RESTRICTING_WORDS for t in dependency_parse(text, entities=False)):
        return ""
    return word
