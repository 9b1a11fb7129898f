"""Counts of one deed's people under one noun, or under a wider and a narrower one.

Outlets count the same dead in their own words: "16 civilians were killed" in one report,
"killing 11 people" in another. Civilians are people, so the first cannot be true beside the
second: a narrower noun's count never exceeds a wider noun's count of the same deed. Nouns are
compared by WordNet's commonest sense; the wider noun is only "person" itself ("people" read as
its plural), the narrower any kind of person ("civilian"): between two kinds WordNet's
commonest senses mislead ("rebel" is first a Confederate soldier), so siblings and kinds of
kinds ("militants" / "terrorists", "rebels" / "soldiers") never clash.
For counts of people, deed verbs tell one outcome when WordNet says one causes or entails the
other ("kill" -> "die"): "two people died" and "killing three persons" count the same deaths.
Only for people: for sums WordNet's entailments join verbs whose figures differ in kind ("buy"
entails "pay", but "bought for $9.3bn" beside "paid $9.4bn" is a price told two ways).
"""

from __future__ import annotations

from bot.values import Quantity
from bot.wordnet import wordnet

PLURAL_OF = {"people": "person", "persons": "person"}
"""English's irregular plural of "person" (WordNet files "people" as a group, not as persons)."""


def _sense(noun: str) -> str:
    """The commonest noun sense of ``noun`` ("" when WordNet does not know it)."""
    word = noun.lower()
    senses = wordnet().senses(PLURAL_OF.get(word, word), "n")
    return senses[0] if senses else ""


def same_noun(a: str, b: str) -> bool:
    """Two nouns whose commonest senses are one ("people" / "persons")."""
    sa = _sense(a)
    return bool(sa) and sa == _sense(b)


def narrower(narrow: str, wide: str) -> bool:
    """``wide`` is "person" ("people") and ``narrow``'s commonest sense a kind of person ("civilians")."""
    sn, sw = _sense(narrow), _sense(wide)
    return bool(sn and sw) and sw == _sense("person") and sn != sw and sw in wordnet().ancestors(sn)


def one_outcome(a: str, b: str) -> bool:
    """Two deed verbs naming one outcome: WordNet says the commonest sense of one causes or
    entails a sense of the other ("kill" -> "die")."""
    wn = wordnet()
    sa, sb = wn.senses(a, "v"), wn.senses(b, "v")
    if not sa or not sb:
        return False
    return bool(set(wn.outcomes(sa[0])) & set(sb)) or bool(set(wn.outcomes(sb[0])) & set(sa))


def of_people(noun: str) -> bool:
    """The noun's commonest sense is a person or a kind of person ("people", "civilians")."""
    sn, person = _sense(noun), _sense("person")
    return bool(sn) and person in wordnet().ancestors(sn)


def nested_clash(claim_q: Quantity, evidence_q: Quantity) -> bool:
    """Counts of one deed under nested nouns that cannot both be true: the narrower noun's
    lowest figure exceeds the wider noun's highest ("at least 16 civilians" / "11 people")."""
    if narrower(claim_q.unit, evidence_q.unit):
        return claim_q.low > evidence_q.high
    if narrower(evidence_q.unit, claim_q.unit):
        return evidence_q.low > claim_q.high
    return False
