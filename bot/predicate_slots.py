"""The claim's predicate, word by word: what a support must state, not just most of.

A claim says something of its subject: a deed with its object, its means and its purpose ("won
the final with a late penalty", "is axing jobs to pay for a move"), or, after a copula, what the
subject is ("is Tarn's biggest port", "was her debut novel"). A sentence holding most of the
claim's words, its subject and the event's names, may still leave out the one detail the claim
adds or tells otherwise; a support read from closeness or from who did it alone (``bot/stance.py``:
the coverage fallback, the blame rule) is then no support, for the sentence does not address
that detail. The subject's own description ("the independent tribunal", "Tarn, which won the
cup") is left to the other rules: a report names its subject more loosely than the claim.

Which words are the predicate's comes from the parse: every content word under the claim's main
verb (or its copula's complement) that is not in the subject's subtree, a name or a figure; an
adverb is left out (adverbs are stated only as the same word, ``bot/alignment.py``, and a report
drops "also", "now" freely). What the sentence states comes from the alignment
(``Alignment.where``), so a synonym, a WordNet kind or a phrase the sentence tells in other
words counts as stated.
"""

from __future__ import annotations

from typing import Any

from bot.alignment import Alignment, content_words, is_name
from bot.nlp import dependency_parse

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
"""The main clause's subject: the thing the predicate is said of."""
LEFT_POS = frozenset({"ADV"})
"""Parts of speech a report may drop from the predicate without saying otherwise."""
MAIN_DEPS = frozenset({"ROOT"})
"""Where the claim's main clause hangs."""


def predicate_words(claim: str) -> list[Any]:
    """The claim's predicate's content tokens: under the main clause, outside its subject, not a
    name, a figure or an adverb (see the module docstring)."""
    doc = dependency_parse(claim)
    roots = [t for t in doc if t.dep_ in MAIN_DEPS]
    if not roots:
        return []
    root = roots[0]
    subject = {t.i for c in root.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    under = {t.i for t in root.subtree}
    return [
        t
        for t in content_words(claim)
        if t.i in under and t.i not in subject and t.pos_ not in LEFT_POS and not is_name(t)
    ]


def unstated_detail(claim: str, alignment: Alignment | None) -> str:
    """Pattern: a support must state every content word of the claim's predicate (its deed, object,
    means, purpose, or what a copula says the subject is); the first such word the sentence's
    alignment leaves unstated ("debut" of "was her debut novel" against "her novel won"), or "" when
    every one is stated or there is no alignment to read (the sentence off topic)."""
    if alignment is None or not alignment.unstated:
        return ""
    held = {i for i, _ in alignment.where}
    unstated = set(alignment.unstated)
    for tok in predicate_words(claim):
        if tok.i not in held and tok.text in unstated:
            return tok.text
    return ""
