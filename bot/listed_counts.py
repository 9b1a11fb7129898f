"""A count told by the names it counts: "in three countries" / "in Velmar, Tolvik and Arn".

Pattern: a writer who names every member of a small set need not give its size, so a claim's
exact count of a kind of thing ("four cities") is stated by a coordinated list of exactly that
many names, each of which WordNet files under the counted noun (an instance or a kind of it:
"Germany" is a country). Names WordNet does not know never count: the list's kind is then
unsure, and a count told no other way stays unstated.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from bot.values import Quantity
from bot.wordnet import wordnet


def _name(tok: Any) -> str:
    """The whole name a conjunct stands in ("South Korea" for "Korea"), as WordNet spells names."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            words = [t.text for t in ent if t.dep_ != "det"]
            return " ".join(words).lower()
    return tok.text.lower()


def counted_by_list(count: Quantity, text: str) -> bool:
    """The sentence names exactly ``count``'s figure of things in one coordinated list, each a
    kind or instance of its counted noun (``count.unit``); a bound or a noun-less count never."""
    if not count.unit or not count.exact or count.low < 2:
        return False
    net = wordnet()
    for tok in dependency_parse(text):
        if tok.dep_ == "conj" or tok.pos_ != "PROPN" or not tok.conjuncts:
            continue
        members = [tok, *tok.conjuncts]
        if len(members) == count.low and all(net.is_kind_of(_name(m), count.unit) for m in members):
            return True
    return False
