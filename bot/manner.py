"""A deed told in the manner opposite to the claim's: done unopposed where the claim has it fought.

Pattern: a source tells the claim's deed on the claim's named party and qualifies it with a word
whose WordNet antonym means what a word of the claim means ("entered Velmport unopposed" against
"fought their way into Velmport", "had to overcome fierce resistance", "after heavy fighting"),
or denies that meaning with "without" ("seized Tarn without a fight" against "fought for Tarn").
The antonym of an adjective is read through the verb it is the participle of ("unopposed" ->
"opposed" -> "oppose", which WordNet files with "fight"), and a noun through the verb WordNet
derives it from ("resistance" -> "oppose"). The manner word must hang on a verb whose clause names
a name of the claim, and the claim's own word must not be negated ("took Tarn without a fight").
A noun naming a person ("fighters", WordNet's person file) says who took part, not how the deed
went: "Tarn fighters joined the force that took Velmport" is no fight for Velmport to refute.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.nlp import dependency_parse
from bot.reversed_deed import predicate_negated
from bot.text import TokenPool, tokens
from bot.wordnet import wordnet
from index.lexicon import TIME_LABELS

MANNER_DEPS = frozenset({"advcl", "advmod", "acomp", "oprd", "xcomp"})
"""How a word qualifying a deed hangs on its verb ("took Tarn unopposed", "arrived unharmed")."""
DENYING_PREPOSITIONS = frozenset({"without"})
"""Prepositions denying the noun they govern of the deed ("took Tarn without a fight")."""
PERSON_FILE = "noun.person"
"""WordNet's file of nouns naming people: a doer ("fighters"), never a manner of the deed."""
GERUND = "ing"
"""The ending of a noun that names its verb's doing ("fighting"): read as that verb too."""


def opposed_manner(claim: str, text: str, sense_rank: int) -> str:
    """How the sentence tells the claim's deed in the opposite manner ("unopposed, not fight"),
    or "" (module docstring). ``sense_rank`` bounds the WordNet senses read of every word."""
    claimed = dependency_parse(claim)
    names = _names(claimed)
    if not names:
        return ""
    ours = [(tok.text, _meanings(tok, sense_rank)) for tok in claimed if _asserted(tok)]
    for told, opposite in _manners(dependency_parse(text), names, sense_rank):
        for word, meanings in ours:
            if meanings & opposite:
                return f"says {told}, not {word}"
    return ""


def _names(doc: Any) -> list[str]:
    """The claim's proper-noun words (not times): the party its deed must be told on."""
    return [
        t for tok in doc if tok.pos_ == "PROPN" and tok.ent_type_ not in TIME_LABELS for t in tokens(tok.text)
    ]


def _asserted(tok: Any) -> bool:
    """A verb or noun the claim says happened: not negated, not under "without", and no noun
    whose commonest sense names a person (a doer, not the deed's manner: module docstring)."""
    if tok.pos_ == "NOUN" and wordnet().commonest_file(tok.lemma_.lower(), "n") == PERSON_FILE:
        return False
    return tok.pos_ in {"VERB", "NOUN"} and not predicate_negated(tok)


def _manners(doc: Any, names: list[str], sense_rank: int) -> Iterable[tuple[str, frozenset[str]]]:
    """(words, meanings they deny) for each manner word of a verb whose clause holds all the
    claim's names: an adjective's antonyms read as verbs, a noun under "without" itself."""
    for tok in doc:
        verb = tok.head
        if verb.pos_ not in {"VERB", "AUX"} or not _names_all(verb, tok, names):
            continue
        if tok.dep_ in MANNER_DEPS:
            told, denied = tok.text, _antonym_meanings(tok.lower_, sense_rank)
        elif tok.dep_ == "prep" and tok.lower_ in DENYING_PREPOSITIONS:
            told = " ".join(w.text for w in tok.subtree)
            denied = frozenset(m for g in tok.children if g.dep_ == "pobj" for m in _meanings(g, sense_rank))
        else:
            continue
        if denied:
            yield told, denied


def _names_all(verb: Any, manner: Any, names: list[str]) -> bool:
    """The verb's clause, but for the manner word's own phrase, writes every one of the names."""
    inside = {w.i for w in manner.subtree}
    pool = TokenPool(t for w in verb.subtree if w.i not in inside for t in tokens(w.text))
    return all(pool.has(n) for n in names)


def _antonym_meanings(word: str, sense_rank: int) -> frozenset[str]:
    """The meanings of the verbs whose participles WordNet opposes to the adjective
    ("unopposed" -> "opposed" -> "oppose"), with the nouns derived from them: an antonym that
    is no participle ("further" / "near") is no manner of a deed."""
    wn = wordnet()
    opposites = wn.antonyms(word, "a", sense_rank)
    verbs = {wn.verb_base(w) for w in opposites} - {"", *opposites}
    return frozenset(m for v in verbs for m in _with_derived(wn.senses(v, "v")[: sense_rank + 1]))


def _meanings(tok: Any, sense_rank: int) -> frozenset[str]:
    """A verb's or noun's senses up to ``sense_rank`` and WordNet's derivations of them; a
    gerund's ("fighting") with its verb's."""
    wn = wordnet()
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return _with_derived(wn.senses(lemma, "v")[: sense_rank + 1])
    senses = list(wn.senses(lemma, "n")[: sense_rank + 1])
    if tok.lower_.endswith(GERUND) and wn.verb_base(tok.lower_):
        senses += wn.senses(wn.verb_base(tok.lower_), "v")[: sense_rank + 1]
    return _with_derived(senses)


def _with_derived(senses: Iterable[str]) -> frozenset[str]:
    wn = wordnet()
    return frozenset(m for s in senses for m in (s, *wn.derived(s)))
