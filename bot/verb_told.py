"""A claim whose every word but its verb a close sentence states: the verb told in other words.

Writers retell a deed with another verb ("set up" a party / it "was formed"; "worked with" /
"close coordination between"; "seized" / "took"), often one WordNet does not link and the
sentence model puts a word apart from, so a sentence that names everything the claim names, with
its numbers, stays neutral. When the sentence states every other content word of the claim
(``bot/alignment.py``) at a cosine of ``verb_told_dense`` (``CheckTuning``, fitted by
``scripts/fit_verb_told.py``), each unsaid verb loosely kin (``told_verb_similarity``) to a verb of
the sentence or to the verb one of its nouns is made from ("coordination" -> "coordinate", WordNet's
derivational links) and not opposed to it by WordNet ("lost" / "won"), it tells the claim: a weak
support, unless one of the two is negated and the other not. A verb telling a clause ("admitted
that X") is no deed: the sentence stating X does not say who admitted it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any

from bot.nlp import dependency_parse, main_verbs
from bot.told import negated, opposed_verbs
from bot.wordnet import wordnet

__all__ = ["kin_verbs", "verb_told", "verb_words"]

NOUN_SENSES = 2
"""Senses of a sentence noun whose derived verbs are read: a noun's rare senses derive unrelated
verbs ("destruction" -> "end" through its sense "a final state")."""


def kin_verbs(text: str) -> set[str]:
    """The lemmas of the text's verbs, and the verbs its nouns are made from ("the fragmentation
    of Syria" -> "fragment", "a bid" -> "bid"): a deed is as often told by a noun."""
    wn = wordnet()
    found: set[str] = set()
    for tok in dependency_parse(text, entities=False):
        if tok.pos_ == "VERB":
            found.add(tok.lemma_.lower())
        elif tok.pos_ == "NOUN":
            found.update(v.replace("_", " ") for v in wn.derived_verbs(tok.lemma_.lower(), NOUN_SENSES))
    return found


def verb_words(parsed: Iterable[Any], verbs: Collection[str]) -> set[str]:
    """The words that make a phrase of one of the ``verbs`` (as written, lower-cased): its
    particle or adverb ("breaking apart", "keep up"), its complement ("make sure"). They go
    with the verb: the sentence tells the phrase in other words or not at all."""
    return {
        t.lower_
        for t in parsed
        if t.dep_ in VERB_PARTS and t.head.lower_ in verbs and t.head.pos_ in {"VERB", "AUX"}
    }


VERB_PARTS = frozenset({"prt", "advmod", "acomp", "oprd"})
"""Dependencies of a verb's particle, adverb and adjective complement."""


def verb_told(
    claim: str,
    text: str,
    unstated: Collection[str],
    verbs: Collection[str],
    dense: float,
    min_dense: float,
    kin: Callable[[str, str], bool],
) -> bool:
    """The sentence (at cosine ``dense``) tells the claim with its ``verbs`` (as written) in other
    words: at least ``min_dense``, every content word it leaves ``unstated`` one of those verbs,
    none of them telling a clause ("admitted that", "claimed that": a sentence telling the
    clause says nothing of who told it), both or neither negated, no main verb of the sentence
    opposed to one of them, and
    each ``kin`` to one of the sentence's (``kin_verbs``) that WordNet does not oppose to it."""
    if not verbs or dense < min_dense or negated(claim) != negated(text):
        return False
    said = {v.lower() for v in verbs}
    parsed = dependency_parse(claim, entities=False)
    if any(w.lower() not in said | verb_words(parsed, said) for w in unstated):
        return False
    if any(t.lower_ in said and any(c.dep_ == "ccomp" for c in t.children) for t in parsed):
        return False  # "admitted that X": who says it is the claim, not a deed to retell
    lemmas = {t.text.lower(): t.lemma_.lower() for t in parsed}
    theirs = kin_verbs(text)
    own = main_lemmas(text)
    for verb in said:
        base = lemmas.get(verb, verb)
        if any(opposed_verbs(base, e) for e in own if e != base):
            return False  # "took the prize" against a sentence that says it "lost" it
        if not any(e == base or (kin(base, e) and not opposed_verbs(base, e)) for e in theirs):
            return False
    return True


def main_lemmas(text: str) -> set[str]:
    """The lemmas of the text's main verbs (``bot.nlp.main_verbs``): not a preposition spelt as a
    verb ("following the collapse"), which WordNet opposes to "stop" and "break"."""
    written = set(main_verbs(text))
    return {t.lemma_.lower() for t in dependency_parse(text, entities=False) if t.lower_ in written}
