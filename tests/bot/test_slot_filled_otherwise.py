"""A sentence filling a slot of the claim with its own word does not support it (hand-made sentences)."""

from __future__ import annotations

import pytest

from bot.alignment import stated_words
from bot.api import FactChecker
from bot.slot_filled_otherwise import slot_filled_otherwise
from bot.stance import judge
from bot.text import TokenPool
from bot.types import Stance
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand


def never_similar(a: str, b: str) -> bool:
    return False


def other(claim: str, text: str) -> str:
    tune = CheckTuning()
    aligned = stated_words(claim, text, TokenPool([]), never_similar, tune.stated_sense_rank, tune.stated_arc)
    return slot_filled_otherwise(claim, text, aligned)


@pytest.mark.parametrize(
    ("claim", "text", "said"),
    [
        # sport: another match of the tie qualifies the same noun
        (
            "Dorn beat Velm in the opening doubles match.",
            "Dorn beat Velm in the fourth doubles match.",
            "fourth",
        ),
        # war: another kind of doer on the same noun
        ("Rebel gunmen stormed the depot.", "Army gunmen stormed the depot.", "Army"),
        # business: the object of the same preposition on the same verb
        ("The firm paid the fine in cash.", "The firm paid the fine in instalments.", "instalments"),
        # politics: the direct object of the same verb
        ("The senate approved the budget.", "The senate approved the treaty.", "treaty"),
    ],
)
def test_the_sentence_s_word_in_the_claim_s_slot_is_named(claim: str, text: str, said: str) -> None:
    assert other(claim, text).startswith(f"{said}, not ")


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # the slot left empty: the sentence says less, not otherwise
        ("Dorn beat Velm in the opening doubles match.", "Dorn beat Velm in the doubles."),
        # the claim's word stated by a synonym
        ("The senate approved the large budget.", "The senate approved the big budget."),
        # a name in the slot is the name rules' (another place, another person)
        ("The firm opened a plant in Tarn.", "The firm opened a plant in Velm."),
        # a figure in the slot is the count rules'
        ("The club sold 40 tickets.", "The club sold 400 tickets."),
        # a deed noun in a preposition's slot may be told by another deed noun
        ("The army took the hills in a nine-day push.", "The army took the hills in a nine-day campaign."),
        # a deed noun in the sentence's slot may tell the claim's word (thanks for a bridge, for leading its design)
        (
            "The board thanked the engineer for the bridge.",
            "The board thanked the engineer for her leadership on the design.",
        ),
        # two descriptive adjectives stack: "preferential loans" may be cheap
        ("The bank offered cheap loans to farmers.", "The bank offered preferential loans to farmers."),
        # a counted noun is the count rules' to compare ("troops" / "soldiers")
        ("The army sent 300 troops to the border.", "The army sent 300 soldiers to the border."),
        # a hyphened compound is read whole ("anti-Velm" is told by "against Velm")
        (
            "The troops stay as part of the anti-Velm coalition.",
            "The troops stay as part of the regional coalition against Velm.",
        ),
        # every word stated
        ("The council closed two bridges.", "The council closed two bridges over the river."),
    ],
)
def test_no_rival_word_in_the_slot_no_refusal(claim: str, text: str) -> None:
    assert other(claim, text) == ""


def test_a_close_sentence_with_another_qualifier_does_not_support(tiny: FactChecker) -> None:
    """What a user sees: the sentence tells the claim's deed with its own qualifier where the claim
    has another ("the ferry pier" / "the cargo pier"), so it is no support; the sentence
    with the claim's qualifier still supports it."""
    tune = CheckTuning()
    claim = "Workers rebuilt 14 cranes along the cargo pier."
    other_pier = hand(tiny, "Workers rebuilt 14 cranes along the ferry pier.", dense=0.9, score=0.9)
    judged = judge(claim, other_pier, tune)
    assert judged.stance is not Stance.SUPPORTS
    same_pier = hand(tiny, "Workers rebuilt 14 cranes along the cargo pier.", dense=0.95, score=0.95)
    assert judge(claim, same_pier, tune).stance is Stance.SUPPORTS
