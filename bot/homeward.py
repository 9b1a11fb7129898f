"""Where "home" is: a country's own people brought "home" are brought to their country.

A claim may send people "home" ("flew its nationals home", "got the Chileans home") where its
source names the destination: the country itself or a place WordNet files within it ("brought
the nationals to Santiago"). The country is the one the claim names, by its name or its people's
("Chile", "Chileans"); a sentence sending them to a place of another country, or naming no
destination, does not say "home".
"""

from __future__ import annotations

from typing import Any

from bot.names import country_sense
from bot.wordnet import wordnet

__all__ = ["home_told"]

NOT_WHERE = frozenset({"compound", "amod", "nsubj", "nsubjpass"})
"""Where "home" is no destination: a modifier ("home ministry") or a subject ("the home was hit")."""
TOWARDS = frozenset({"to", "into", "for"})
"""Prepositions naming where someone goes ("brought them to Santiago", "left for Santiago")."""


def home_told(tok: Any, sent_doc: Any) -> list[int]:
    """Pattern: the claim's "home" of a verb of going or sending is stated by a destination of
    the sentence that is the claim's country or lies within it (WordNet's part holonyms). The
    sentence tokens naming that destination; none when it names none."""
    if tok.lower_ != "home" or tok.dep_ in NOT_WHERE or any(c.dep_ == "poss" for c in tok.children):
        return []  # "their home" is a house, not where they were brought
    countries = {c for t in tok.doc if t.pos_ == "PROPN" and (c := _country(t.text))}
    if not countries:
        return []
    return [t.i for t in sent_doc if _destination(t) and _within(t.text, countries)]


def _country(name: str) -> str | None:
    """The country a name or its people's name in the plural names ("Chile", "Chileans")."""
    plural = name.endswith("s") and not name.endswith("ss")
    return country_sense(name) or (country_sense(name[:-1]) if plural else None)


def _destination(tok: Any) -> bool:
    """A name the sentence sends someone to: the object of "to", "into" or "for"."""
    return tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in TOWARDS


def _within(name: str, countries: set[str]) -> bool:
    """The name is one of the countries, or WordNet files a sense of it inside one of them."""
    wn = wordnet()
    return any(wn.within(sense, countries) for sense in wn.senses(name.lower(), "n"))
