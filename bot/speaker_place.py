"""Where a report's speaker is or spoke, not where the reported deed happened.

"An official at the Tarn port authority said gunmen shot five in Velm", "the Orland-based
watchdog said 22 drowned": Tarn and Orland say where the one who speaks sits. A figure given in such
a sentence still counts the deed the speaker reports, so the speaker's place is no other place
for it (``bot.stance.own_place``). "At a rally in Tarn, Brill told supporters the pier will
reopen": Tarn is where the telling happened (``spoken_at``), so a text opening so does not set its
later claims in Tarn (``bot.check.scene_places``).
"""

from __future__ import annotations

from typing import Any

from index.lexicon import REPORTING_VERBS

_UP = frozenset({"compound", "pobj", "prep", "npadvmod", "amod", "nmod"})
"""Arcs by which a place qualifies the noun above it ("at X", "X-based", "X police")."""
_MAX_CLIMB = 8
"""Heads climbed at most along those arcs: a guard against a parse loop, far above any phrase's depth."""


def _climb(tok: Any) -> list[Any]:
    """The heads above ``tok`` along ``_UP`` arcs, nearest first (``speaker_place`` reads the
    top one, ``spoken_at`` the first verb)."""
    above: list[Any] = []
    while tok.dep_ in _UP and tok.head is not tok and len(above) < _MAX_CLIMB:
        tok = tok.head
        above.append(tok)
    return above


def speaker_place(tok: Any) -> bool:
    """Pattern: a place that, through prepositions, compounds and "-based" modifiers, qualifies
    the subject of a reporting verb ("an official at X told", "the X-based watchdog said") names where
    the speaker is. ``tok``: a spaCy token of the place."""
    tok = next(reversed(_climb(tok)), tok)
    return (
        tok.dep_ == "nsubj" and tok.pos_ in {"NOUN", "PROPN"} and tok.head.lemma_.lower() in REPORTING_VERBS
    )


def spoken_at(tok: Any) -> bool:
    """Pattern: a place that, through prepositions and the nouns they take, qualifies a reporting
    verb itself ("At a rally in X, Brill told supporters ...", "Speaking in X, she said") names where
    the saying happened, not where what was said happened. ``tok``: a spaCy token of the place."""
    verb = next((t for t in _climb(tok) if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    said = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" else verb  # "Speaking in X, she said"
    return said.lemma_.lower() in REPORTING_VERBS
