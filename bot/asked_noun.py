"""The noun a name-question asks for, and whether a name in a sentence is tied to it.

Pattern: "which/what N ..." and "what is the name of the N ..." ask for a name of an N: the
noun fixes the answer's type. A noun WordNet files (first or second sense) under a district or
a geographical area ("district", "village", "suburb", "county") asks for a place name, whatever
the question's other words; and of the names a sentence gives, the one the sentence ties to the
noun ("the Vell district", "the district of Vell", "Vell, a district of ...") is the answer, not
the city or country around it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.nlp import dependency_parse
from bot.wordnet import wordnet

PLACE_DIVISIONS = ("district", "geographical_area")
"""WordNet kinds of the nouns that ask for a place's name: divisions of land and settlements."""
DIVISION_SENSES = 2
"""The noun's first or second sense ("village": a community, then a settlement) decides."""
PHRASE_WORDS = 4
"""The asked noun comes within four words of "which" ("which Velm Air Force base")."""
_MODIFYING = frozenset({"PROPN", "ADJ", "NUM"})
"""Words that may stand between "which" and its noun (a name, an adjective), which the parse
may also misread ("in which Velm district was ...": "which" as a pronoun)."""
_ASKING = re.compile(r"\b(?:which|what)\b", re.I)


@lru_cache(maxsize=4096)
def asked_noun(question: str) -> str:
    """The lemma of the first noun within ``PHRASE_WORDS`` after "which"/"what" ("in which Velm district" -> "district")
    or that "the name of the" introduces ("what is the name of the village" -> "village");
    "" when the question has neither."""
    if not _ASKING.search(question):
        return ""  # no which/what: no parse needed
    doc = dependency_parse(question)
    for tok in doc:
        if tok.lower_ in ("which", "what"):
            for word in doc[tok.i + 1 : tok.i + 1 + PHRASE_WORDS]:  # "which Velm district": past the name
                if word.pos_ == "NOUN":
                    return str(word.lemma_).lower()
                if word.pos_ not in _MODIFYING:
                    break
        if tok.lemma_.lower() == "name" and tok.pos_ == "NOUN":
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            named = [p for o in of for p in o.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            if named and any(t.lower_ == "what" for t in doc[: tok.i]):
                return str(named[0].lemma_).lower()
    return ""


def is_place_division(noun: str) -> bool:
    """WordNet files the noun's first or second sense under a district or a geographical area
    ("district", "village", "suburb"): a place name answers; "side" or "area" (a region, but no
    division) and "seat" are not."""
    wn = wordnet()
    return any(
        (r := wn.kind_rank(noun, kind)) is not None and r < DIVISION_SENSES for kind in PLACE_DIVISIONS
    )


def asks_place_division(question: str) -> bool:
    """The question asks for the name of a place division (``asked_noun``, ``is_place_division``)."""
    noun = asked_noun(question)
    return bool(noun) and is_place_division(noun)


def place_noun(asked: str, given: str) -> bool:
    """The sentence's noun for a name calls it a place as the question's does: the asked noun,
    or any division or region ("the Vell neighbourhood" for "which district"). Which division
    is left loose: sources call one quarter a district, a neighbourhood or an area."""
    return given == asked or is_place_division(given) or wordnet().kind_rank(given, "region") == 0


_PLACE_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_PLACE_NOUN_BEFORE = re.compile(r"\bthe\s+([a-z]+)\s+of\s+$")
_PLACE_NOUN_APPOSED = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\b")


def tied_to_noun(noun: str, text: str, start: int, end: int) -> bool:
    """The sentence writes the name at ``start:end`` with a place noun (``place_noun``): right
    after it ("the Vell district"), as "the N of Vell" (not "the Vell quarter of Ostrin": Ostrin
    is the city around it), or in apposition ("Vell, a small N")."""
    after, before = text[end:], text[:start]
    given = [
        m.group(1)
        for m in (
            _PLACE_NOUN_AFTER.match(after),
            _PLACE_NOUN_BEFORE.search(before),
            _PLACE_NOUN_APPOSED.match(after),
        )
        if m
    ]
    return any(place_noun(noun, g) for g in given)
