"""Whose deed a sentence tells: "the driver's brother was killed" tells nothing of the driver.

A sentence may write every word of the claim ("The driver was killed in the crash") and still
be about someone else: the claim's doer or victim appears in it only as the owner of another
noun ("the driver's brother"). Word overlap and the sentence model
both read such a sentence as the claim; the parse tells the owner from the one the deed is about.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from bot.wordnet import THING_LEXFILES, wordnet

CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
"""The claim's doer and the one its deed is done to."""


def told_of_another(claim: str, text: str) -> str:
    """Pattern: a doer or victim of the claim's deed that the sentence writes only as the owner
    of another noun ("the driver's brother"): the sentence's deed is
    that other one's. Returns the claim's word and the noun the sentence tells of ("driver,
    only of its brother"); "" when each such word stands in the sentence on its own somewhere."""
    sentence = list(dependency_parse(text))
    for word in _core_nouns(claim):
        found = [t for t in sentence if t.lemma_.lower() == word]
        if found and all(_owner(t) for t in found):
            return f"{word}, only of its {found[0].head.text.lower()}"
    return ""


def _core_nouns(claim: str) -> list[str]:
    """Lemmas of the claim's subject and object nouns (not its possessors' or its names' parts)."""
    return [
        t.lemma_.lower()
        for t in dependency_parse(claim)
        if t.dep_ in CORE_DEPS and t.pos_ in {"NOUN", "PROPN"} and not _owner(t)
    ]


def _owner(tok: Any) -> bool:
    """The token owns another noun that is a person or a thing ("driver" in "the driver's
    brother", by WordNet's commonest sense), not a deed or a state, whose owner is its doer
    ("the group's return" is the group returning); an "of" phrase is left alone ("the centre of
    the town" is still the town)."""
    return tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and _thing(tok.head.lemma_.lower())


def _thing(noun: str) -> bool:
    """WordNet files the noun's commonest sense among people or things (``THING_LEXFILES``)."""
    wn = wordnet()
    senses = wn.senses(noun, "n")
    return bool(senses) and wn.synsets[senses[0]].lexfile in THING_LEXFILES
