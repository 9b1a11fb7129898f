"""Whose deed a sentence tells: the claim's person, or someone that person owns."""

from __future__ import annotations

from bot.api import FactChecker
from bot.possessed import told_of_another
from bot.stance import judge
from bot.types import Stance
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand


def test_a_person_written_only_as_an_owner_is_not_the_one_the_deed_is_about() -> None:
    """ "The ferryman's son drowned" tells nothing of the ferryman drowning; a sentence naming the
    ferryman on his own as well, or the claim's owner itself, does."""
    claim = "The ferryman drowned off Kessel pier."
    assert (
        told_of_another(claim, "The ferryman's son drowned off Kessel pier.") == "ferryman, only of its son"
    )
    assert told_of_another(claim, "The ferryman drowned off Kessel pier, his son said.") == ""
    assert told_of_another(claim, "The ferryman and the ferryman's son drowned off the pier.") == ""
    assert told_of_another("The ferryman's son drowned.", "The ferryman's son drowned off the pier.") == ""


def test_the_owner_of_a_deed_noun_is_its_doer() -> None:
    """ "The league's return" is the league returning: a deed noun's owner is told."""
    claim = "Halting the league's comeback matters most."
    assert told_of_another(claim, "Preventing the league's return matters most.") == ""


def test_a_sentence_about_an_owned_person_does_not_support_the_claim(tiny: FactChecker) -> None:
    """What a user sees: the skipper's brother lost at sea is no support for the skipper lost."""
    claim = "The skipper was lost at sea off Dunmoor."
    other = judge(
        claim,
        hand(tiny, "The skipper's brother was lost at sea off Dunmoor.", dense=0.8, score=0.8),
        CheckTuning(),
    )
    assert (
        other.stance is Stance.NEUTRAL and other.reason == "does not say it of skipper, only of its brother"
    )
    same = judge(
        claim, hand(tiny, "The skipper was lost at sea off Dunmoor.", dense=0.8, score=0.8), CheckTuning()
    )
    assert same.stance is Stance.SUPPORTS
