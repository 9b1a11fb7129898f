"""The side an actor belongs to: the nationality, country or region qualifying its kind.

Pattern: an actor named as a kind of doer ("jets", "troops", "forces", "the government") with a
side qualifying it ("Danish jets", "Kurdish forces", "US-led coalition jets") is identified by
that side, not by its kind. Two such actors of two sides are two actors however alike their
kinds are ("Danish jets" / "Dutch jets", "the Velmari army" / "Ostrian forces"): a shared kind
word, or the sentence model putting the two phrases close, does not make them one. A side is a
capitalised modifier of the phrase's head noun: a nationality, country or region, a capitalised
adjective ("Norvish") or a name ("Velmar troops", "the Arlo administration"); an actor whose head
is itself a name ("the Free Ostrian Army", "Mr Kerry") or qualified only by common nouns
("regime jets") has no side here and is compared as before. Two
sides are one when they share a word, name one place by two of its names ("American" / "U.S."),
one is the adjective WordNet says pertains to the other ("Norwegian" / "Norway", "Chinese" /
"China"), or one lies inside the other.
"""

from __future__ import annotations

from functools import lru_cache

from bot.names import names_place, pertained_names
from bot.nlp import dependency_parse
from bot.rivals import one_inside
from bot.text import TokenPool, tokens, word_stem

SIDE_ENTITIES = frozenset({"NORP", "GPE", "LOC"})
"""Entity labels of a word naming a side: a nationality or group of people, a country, a region."""
QUALIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod", "poss", "nummod"})
"""How a side hangs on the kind it qualifies, or on the word qualifying it ("US-led coalition")."""


@lru_cache(maxsize=20_000)
def sides(actor: str) -> tuple[str, ...]:
    """The words naming the side of an actor named by a kind ("Kurdish forces" -> "Kurdish"),
    as written; () when its head is a name or nothing qualifies it by side."""
    doc = dependency_parse(actor)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "NOUN":
        return ()
    found = []
    for tok in root.subtree:
        if tok is root or tok.dep_ not in QUALIFIER_DEPS or not tok.text[:1].isupper():
            continue
        if tok.ent_type_ in SIDE_ENTITIES or tok.pos_ in {"PROPN", "ADJ"}:
            found.append(tok.text)
        elif "-" in tok.text:  # "U.S.-led": the side inside a compound word
            found.extend(p for p in tok.text.split("-") if p[:1].isupper())
    return tuple(found)


def other_sides(a: str, b: str) -> bool:
    """Both actors are of a side and no side of one is a side of the other (module docstring)."""
    ours, theirs = sides(a), sides(b)
    if not ours or not theirs:
        return False
    return not any(one_side(x, y) for x in ours for y in theirs)


def one_side(x: str, y: str) -> bool:
    """Two side words name one side: a shared word, two names of one place, a country and its
    adjective (``pertained_names``), one inside the other."""
    wx, wy = tokens(x), tokens(y)
    if {word_stem(w) for w in wx} & {word_stem(w) for w in wy}:
        return True
    if any(names_place(TokenPool(wy), w) for w in wx) or any(names_place(TokenPool(wx), w) for w in wy):
        return True
    if y.lower() in pertained_names(x) or x.lower() in pertained_names(y):
        return True  # "the Norwegian navy" is "Norway's navy"
    return one_inside(x, y)
