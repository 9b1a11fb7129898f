"""Does a sentence fill the slot a question asks, though it words the deed in other verbs?

Two readings the "states the asked predicate" gate (``Answerer._states``) does not make: the
sentence holds a value of the asked kind, in the asked role, that the question does not name
already (``typed_value``: a person for "who", a place after "in" for "where"), and it names the things the question names (``unsaid_nouns``: each common noun of the
question, or a word WordNet puts beside it). A verb may be paraphrased; the things may not.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse, spacy_doc
from bot.question import Kind, Question
from bot.text import tokens
from bot.wordnet import wordnet

_TYPED_LABELS = {
    Kind.PERSON: frozenset({"PERSON", "ORG", "NORP"}),
    Kind.ORG: frozenset({"ORG", "NORP", "PERSON"}),
    Kind.PLACE: frozenset({"GPE", "LOC", "FAC"}),
    Kind.DATE: frozenset({"DATE", "TIME"}),
}
"""Entity labels a value of each asked kind carries (a who-question's doer may be a body)."""
_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "into", "across"})
"""Prepositions that set a place as where a deed happened, not its doer ("the United States said")."""


def _named_in(words: list[str], asked: set[str]) -> bool:
    """A word of the entity is one of the question's, or shares its start with one ("Velmese" and
    "Velm"): the question names it already, so it answers nothing."""
    return any(
        w in asked or any(len(a) >= 4 and (w.startswith(a) or a.startswith(w)) for a in asked) for w in words
    )


def _in_role(kind: Kind, ent: Any) -> bool:
    """A place answers "where" set after a locative preposition ("in Velm"); other kinds in any role."""
    if kind is not Kind.PLACE:
        return True
    head = ent.root.head
    return head.dep_ == "prep" and head.lower_ in _LOCATIVE


def typed_value(q: Question, text: str) -> bool:
    """The sentence names a value of the asked kind, in the role the question asks it in
    (``_in_role``), that the question does not name itself (an open question's value has no
    type: any sentence may hold it). A count, sum or share asked fills no slot: a close sentence
    states another deed's number (the fighters killed for those still active, a profit made for
    one expected, a speed for a cost)."""
    if q.amount or q.kind is Kind.COUNT:
        return False  # a number is its deed's ("how many are still active"): another deed's is near
    labels = _TYPED_LABELS.get(q.kind)
    if labels is None:
        return True
    asked = set(tokens(q.text))
    for ent in spacy_doc(text).ents:
        if ent.label_ in labels and not _named_in(tokens(ent.text), asked) and _in_role(q.kind, ent):
            return True
    return False


def _noun_kin(noun: str, told: set[str], rank: int) -> bool:
    """The noun, a synonym of it, a kind one step above it or two below it is among ``told``."""
    if noun in told:
        return True
    wn = wordnet()
    mine = wn.senses(noun, "n")[: rank + 1]
    near = set(wn.steps_above(mine, 1))
    for word in told:
        theirs = wn.senses(word, "n")[: rank + 1]
        if near & set(theirs) or set(mine) & set(wn.steps_above(theirs, 2)):
            return True
    return False


def _asked_noun(tok: Any) -> bool:
    """The noun the wh-word asks a value of ("which city", "what day", "whose view"): the
    sentence gives the value, not the noun."""
    wh = {"WDT", "WP", "WP$"}
    return any(c.tag_ in wh for c in tok.children) or (tok.i > 0 and tok.nbor(-1).tag_ in wh)


def _attribution(tok: Any) -> bool:
    """The noun names where the question read it ("according to the article"), not the deed."""
    return any(a.lower_ == "according" for a in tok.ancestors)


_SETTING_FILES = frozenset({"noun.time", "noun.location"})
"""WordNet's files of nouns that set a deed in time or place ("the weekend", "the north side"):
the scope and name gates check those; they are not the things the deed is done to."""


def _setting(lemma: str) -> bool:
    """The noun's commonest sense is a time or a place (``_SETTING_FILES``)."""
    return wordnet().commonest_file(lemma, "n") in _SETTING_FILES


def unsaid_nouns(question: str, text: str, rank: int) -> list[str]:
    """The question's common nouns (not its names, the noun its wh-word asks a value of, nor one
    of time or place: ``_setting``) the text does not say in any form WordNet puts beside them (``_noun_kin``): a sentence may
    word the deed in other verbs, but it names the same things."""
    parsed = dependency_parse(text, entities=False)
    told = {t.lemma_.lower() for t in parsed} | {t.lower_ for t in parsed}
    asked = [
        t.lemma_.lower()
        for t in dependency_parse(question, entities=False)
        if t.pos_ == "NOUN" and not _asked_noun(t) and not _attribution(t)
    ]
    return [n for n in asked if not _setting(n) and not _noun_kin(n, told, rank)]
