"""A count's owner introduced as "a N" and named by the sentence after it.

Pattern (a delayed naming of a count's owner): news writing gives a count of "members of a clan"
first and names the clan one sentence later: "Raiders killed 40 members of a clan in the hills.
Elders of the Velmar clan said ...". A question asking "how many members of the Velmar clan" is
answered by the forty when the count's own "of"/"from" phrase is an indefinite "a N" with no
name tied to it, the question writes each of its modifiers right before that noun N ("the Velmar
clan"), and the next sentence of the same article does too. A count "of a clan" whose next
sentence names another clan, or names the modifier before another noun, stays unowned.
"""

from __future__ import annotations

import re

from bot.nlp import dependency_parse
from bot.values import Quantity, parse_quantities

_INDEFINITE = frozenset({"a", "an"})
_ORIGIN = frozenset({"of", "from"})
_NOUN_GAP = 30
"""Characters from a figure to its counted noun ("700 members", "40 of the members")."""


def named_later(modifiers: tuple[str, ...], question: str, text: str, x: Quantity, after: str) -> bool:
    """The count ``x`` in ``text`` is "of a N" and both the question and ``after`` (the sentences
    that follow) write every modifier right before N: the count is the named owner's."""
    kind = indefinite_owner(text, x)
    if not kind or not modifiers:
        return False
    return all(names_before(m, kind, question) and names_before(m, kind, after) for m in modifiers)


def indefinite_owner(text: str, x: Quantity) -> str:
    """The noun of the count's "of a N" / "from a N" phrase, with no capitalised word in it
    ("members of a tribe" -> "tribe"); "" when the count has none."""
    doc = dependency_parse(text)
    noun = next((t for t in doc if t.idx >= x.end and t.pos_ in {"NOUN", "PROPN"}), None)
    if noun is None or noun.idx - x.end > _NOUN_GAP:
        return ""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _ORIGIN:
            continue
        for owner in prep.children:
            if owner.dep_ != "pobj" or owner.pos_ != "NOUN":
                continue
            before = [t for left in owner.lefts for t in left.subtree]  # not its relative clause
            if not any(t.dep_ == "det" and t.lower_ in _INDEFINITE for t in owner.children):
                continue
            if any(t.text[:1].isupper() for t in before):
                continue  # "a Velmar clan": named already, judged by ``counts.owned_by``
            return owner.lemma_.lower()
    return ""


def names_before(modifier: str, kind: str, text: str) -> bool:
    """The text writes the modifier right before the noun, at most one word between ("the
    al-Velmar clan", "Velmar hill clan")."""
    pattern = rf"\b{re.escape(modifier)}(?:[\s-]+[A-Za-z]+)?\s+{re.escape(kind)}\w*\b"
    return re.search(pattern, text, re.I) is not None


def owner_named_later(modifiers: tuple[str, ...], question: str, text: str, after: str) -> bool:
    """Some count in ``text`` is the named owner's by ``named_later``: a sentence giving it need
    not write the modifier itself."""
    return any(named_later(modifiers, question, text, x, after) for x in parse_quantities(text))
