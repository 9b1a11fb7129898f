"""A support states every word of what the claim says its subject is (hand-made sentences)."""

from __future__ import annotations

import pytest

from bot.alignment import stated_words
from bot.api import FactChecker
from bot.predicate_slots import complement_words, unstated_detail
from bot.stance import judge
from bot.text import TokenPool
from bot.types import Stance
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand


def never_similar(a: str, b: str) -> bool:
    return False


def detail(claim: str, text: str) -> str:
    tune = CheckTuning()
    aligned = stated_words(claim, text, TokenPool([]), never_similar, tune.stated_sense_rank, tune.stated_arc)
    return unstated_detail(claim, aligned)


@pytest.mark.parametrize(
    ("claim", "text", "left"),
    [
        # sport: which club of the league
        ("Dorn Rovers are the league's oldest club.", "Dorn Rovers, a club of the league, won.", "oldest"),
        # business: which bank
        ("Velcor is Ostrin's biggest bank.", "Velcor, a bank in Ostrin, cut jobs.", "biggest"),
        # arts: which of her novels
        ("The Salt Road was Ana Orsk's debut novel.", "Ana Orsk's novel The Salt Road won a prize.", "debut"),
        # politics: an adjective complement
        ("The mayor is popular with farmers.", "The mayor met farmers.", "popular"),
    ],
)
def test_a_complement_word_the_sentence_leaves_out_is_named(claim: str, text: str, left: str) -> None:
    assert detail(claim, text) == left


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # every word of the complement stated, by another form or a synonym
        ("Velcor is Ostrin's biggest bank.", "Velcor, the largest bank in Ostrin, cut jobs."),
        # not a copula: a deed is read by the other rules
        ("The striker won the derby with a late header.", "The striker won the derby."),
        # the subject's own description may be looser than the claim's
        ("The old Velcor bank is Ostrin's biggest bank.", "Velcor is Ostrin's biggest bank."),
        # a name in the complement is left to the name checks
        ("The Salt Road was a novel by Ana Orsk.", "The Salt Road was a novel."),
    ],
)
def test_no_complement_word_left_out_no_detail(claim: str, text: str) -> None:
    assert detail(claim, text) == ""


def test_the_complement_excludes_the_subject_and_names() -> None:
    words = [t.text for t in complement_words("The old ferry is the Velm company's fastest boat.")]
    assert words == ["company", "fastest", "boat"]
    assert complement_words("The old ferry carried 300 passengers.") == []
    # a clause on the complement's noun is told in other words, not a qualifier
    assert [t.text for t in complement_words("Dorn were the clear favourites to win the cup.")] == [
        "clear",
        "favourites",
    ]
    # a group's initials the tagger reads as "is" are no copula
    assert complement_words("Three IS bombers in stolen cars killed at least 12 Velm soldiers in Dorn.") == []


def test_a_close_sentence_without_the_claims_qualifier_does_not_support(tiny: FactChecker) -> None:
    """What a user sees: the sentence names the subject and the kind but not which one the claim
    says it is, so the claim is not supported by it; a sentence saying which one supports it."""
    tune = CheckTuning()
    claim = "The Ostrin ferry company is the region's oldest shipping firm."
    without = hand(tiny, "The Ostrin ferry company is a shipping firm of the region.", dense=0.85, score=0.85)
    assert judge(claim, without, tune).stance is Stance.NEUTRAL
    told = hand(
        tiny, "The Ostrin ferry company is the region's oldest shipping firm.", dense=0.95, score=0.95
    )
    assert judge(claim, told, tune).stance is Stance.SUPPORTS
