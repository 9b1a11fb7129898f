"""A claim told whole by a sentence with another figure on the thing it counts.

Pattern: when a sentence states every content word of a claim (``Alignment.complete``: the
figures are left to the value checks), and the noun the claim counts is stated by the very noun
one of the sentence's counts counts, that count's figure is the claim's figure as the sentence
tells it, so a figure it cannot be refutes the claim ("Renn has won four cups" against "Renn
has five cup titles"), whatever the counted nouns' wording. The value checks pair
counts by their nouns' stems or WordNet senses; this pairs them by the alignment of the whole
claim, which is what says they are one thing. The count must be told of the claim's subject: the
word stating it is the subject of the verb the sentence's count hangs off ("the league has 10,000
players" is not restated by "clashes killed 12 players from the league", nor by "12 league
players were hurt").
"""

from __future__ import annotations

from typing import Any

from bot.alignment import Alignment
from bot.count_owner import counts
from bot.nlp import dependency_parse, first_conjunct
from bot.text import stem
from bot.values import Quantity, agree
from bot.wordnet import wordnet
from index.tuning import CheckTuning


def noun_at(doc: Any, q: Quantity, reach: int = CheckTuning.counted_noun_reach) -> int | None:
    """The parse index of the noun a count counts: the noun its figure modifies as a number
    ("four Tarvik Cups", a name the value parser leaves without a unit), else the first token
    after the figure, within ``reach`` tokens, whose plural-folded form is the count's unit; None
    when there is neither."""
    figure = [t for t in doc if q.start <= t.idx < q.end]
    modified = [t.head for t in figure if t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN")]
    if modified:
        return int(modified[-1].i)
    after = [t for t in doc if t.idx >= q.end][:reach]
    return next((t.i for t in after if q.unit and stem(t.text) == q.unit), None)


def _stating(claim_doc: Any, noun: int, where: dict[int, tuple[int, ...]]) -> set[int]:
    """The sentence tokens stating the claim's counted noun; for a noun the alignment finds implied
    by the words it is compounded with ("five Tarvik Cup titles": titles that are Tarvik Cups), the
    tokens stating those words."""
    own = set(where.get(noun, ()))
    if own or noun not in where:
        return own
    return {i for c in _compounds(claim_doc, noun) for i in where.get(c, ())}


def _compounds(doc: Any, noun: int) -> list[int]:
    return [t.i for t in doc[noun].children if t.dep_ == "compound"]


def same_thing(claim_doc: Any, noun: int, word: str) -> bool:
    """The sentence's counted noun is the claim's, or a word it is compounded with, as written or
    a WordNet synonym: never a narrower kind ("two bombers" leave room for five aircraft)."""
    own = [claim_doc[noun].text, *(claim_doc[c].text for c in _compounds(claim_doc, noun))]
    if stem(word) in {stem(w) for w in own}:
        return True
    lemma = stem(word)
    return any(lemma in wordnet().synonyms(stem(w), "n") for w in own)


def _governor(token: Any) -> Any:
    """The word a noun hangs off, through any coordination ("killed 40 X and 12 Y": killed)."""
    return first_conjunct(token).head


def _named(token: Any) -> Any:
    """A word of a name stands for the name's head ("Oda" in "Oda Renn": Renn)."""
    while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN" and token.head is not token:
        token = token.head
    return token


def told_of_subject(claim_doc: Any, noun: int, doc: Any, at: int, where: dict[int, tuple[int, ...]]) -> bool:
    """Whether the sentence's count at ``at`` is told of the claim's subject: a sentence word stating
    the subject of the verb the claim's count hangs off is the subject of the verb the sentence's
    count hangs off. True when the claim's subject is stated by no sentence word (a name in the
    context) or the count is the subject itself."""
    subjects = [
        c.i for c in _governor(claim_doc[noun]).children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun
    ]
    told = [_named(doc[t]) for s in subjects for t in where.get(s, ())]
    if not told:
        return True
    governor = _governor(doc[at])
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == governor.i for t in told)


def restated_count(
    claim: str, text: str, alignment: Alignment | None, reach: int = CheckTuning.counted_noun_reach
) -> str:
    """Why the sentence refutes the claim by another figure on the noun it counts (see the module
    docstring), or "": the claim has one count of a noun, the sentence states all its words, and
    a count of the sentence whose noun states the claim's gives a figure that cannot be it."""
    if alignment is None or not alignment.complete:
        return ""
    counted = [q for q in counts(claim) if q.unit]
    if len(counted) != 1:
        return ""
    claim_q = counted[0]
    claim_doc = dependency_parse(claim)
    noun = noun_at(claim_doc, claim_q, reach)
    if noun is None:
        return ""
    where = dict(alignment.where)
    stating = _stating(claim_doc, noun, where)
    if not stating:
        return ""
    doc = dependency_parse(text, entities=False)
    for q in counts(text):
        at = noun_at(doc, q, reach)
        if (
            at in stating
            and same_thing(claim_doc, noun, doc[at].text)
            and told_of_subject(claim_doc, noun, doc, at, where)
            and not agree(q, claim_q)
        ):
            return f"gives {q.text} {q.unit or 'of them'}, not {claim_q.text}"
    return ""
