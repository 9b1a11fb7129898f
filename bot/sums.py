"""Sums of money a question itself gives or converts: "what was the A$3bn bid worth in US dollars".

A question may state one sum and ask for it in another currency: the stated sum is what is
being converted, never the answer, and the answer is written in the currency it names.
"""

from __future__ import annotations

import re

from bot.nlp import dependency_parse, verb_lemmas
from bot.values import Quantity, parse_quantities
from bot.wordnet import wordnet
from index.lexicon import CURRENCIES

_IN_CURRENCY = re.compile(rf"\b(?:in|into)\s+(?:[A-Za-z.]+\s+)?({'|'.join(sorted(CURRENCIES))})s?\b", re.I)
"""The currency an amount is asked in: "in US dollars", "in euros", "into pounds"."""


def given_sums(question: str) -> list[Quantity]:
    """The sums of money and shares the question states ("the A$3bn bid", "its 18.8% stake"):
    what it asks about, not for."""
    return [x for x in parse_quantities(question) if x.unit in CURRENCIES or x.unit == "percent"]


def asked_currency(question: str) -> str:
    """The currency the question wants the amount in ("worth in US dollars" -> "dollar"), ""
    when it names none."""
    m = _IN_CURRENCY.search(question)
    return m.group(1).lower() if m else ""


def is_given(x: Quantity, given: list[Quantity]) -> bool:
    """The amount is one the question states: same currency, same figure."""
    return any(x.unit == g.unit and x.low == g.low and x.high == g.high for g in given)


def states_a_way_of(question: str, text: str, max_rank: int) -> bool:
    """The sentence's verb is, in WordNet, a way of doing the question's verb ("spent" and
    "bought" are ways of paying, "invested" too), so "how much did X pay for Y" is answered by
    "X spent A$5m on Y"; only the verb's commonest senses up to ``max_rank`` count."""
    wn = wordnet()
    asked = [t.lemma_.lower() for t in dependency_parse(question) if t.dep_ == "ROOT" and t.pos_ == "VERB"]
    if not asked:
        return False
    verbs = verb_lemmas(text)
    return any(wn.is_kind(v, a, max_rank, "v") for v in verbs for a in asked if v != a)
