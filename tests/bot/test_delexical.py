"""A delexical verb told by the verb carrying its object noun (hand-made sentences)."""

from __future__ import annotations

import pytest

from bot.alignment import stated_words
from bot.delexical import carried_noun
from bot.nlp import dependency_parse
from bot.text import TokenPool, tokens
from index.tuning import CheckTuning


def never_similar(a: str, b: str) -> bool:
    return False


def unstated(claim: str, text: str) -> tuple[str, ...]:
    tune = CheckTuning()
    pool = TokenPool(tokens(text))
    return stated_words(
        claim, text, pool, never_similar, tune.stated_sense_rank, tune.stated_arc, text
    ).unstated


@pytest.mark.parametrize(
    ("claim", "text", "left"),
    [
        # the noun on a synonym of the verb, on the verb the claim's verb hangs on, or told as a verb
        (
            "The Tarn guild was given an award at the harvest fair.",
            "The Tarn guild was handed an award at the harvest fair.",
            (),
        ),
        (
            "The mayor asked the Velm club to keep holding a seat on the board.",
            "The mayor asked the Velm club to retain its seat on the board.",
            (),
        ),
        ("Ola Brenn got a fine for speeding.", "Ola Brenn was fined for speeding.", ()),
        ("Ola Brenn got a medal for bravery.", "Ola Brenn was given a medal for bravery.", ()),
        ("Ola Brenn was given a medal for bravery.", "Ola Brenn got a medal for bravery.", ()),
        # never where the noun hangs on another deed, nor a derived verb in the other voice
        (
            "The Tarn guild was given an award at the harvest fair.",
            "The Tarn guild turned down an award at the harvest fair.",
            ("given",),
        ),
        (
            "The mayor asked the Velm club to keep holding a seat on the board.",
            "The mayor asked the Velm club to vacate its seat on the board.",
            ("keep", "holding"),
        ),
        ("Ola Brenn got a fine for speeding.", "Ola Brenn fined a driver for speeding.", ("got",)),
        ("Ola Brenn got a medal for bravery.", "Ola Brenn gave a medal for bravery.", ("got",)),
    ],
)
def test_delexical_verb_told_by_its_noun(claim: str, text: str, left: tuple[str, ...]) -> None:
    assert unstated(claim, text) == left


def test_carried_noun_only_for_delexical_verbs() -> None:
    doc = dependency_parse("Tom Varn got a medal and painted a wall.")
    got, painted = (t for t in doc if t.pos_ == "VERB")
    assert carried_noun(got) is not None and carried_noun(got).text == "medal"
    assert carried_noun(painted) is None
