"""A support states every word of what the claim says its subject is (hand-made sentences)."""

from __future__ import annotations

import pytest

from bot.alignment import stated_words
from bot.api import FactChecker
from bot.predicate_slots import complement_words, deed_words, unstated_deed_word, unstated_detail
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


def deed_left(claim: str, text: str) -> str:
    tune = CheckTuning()
    aligned = stated_words(claim, text, TokenPool([]), never_similar, tune.stated_sense_rank, tune.stated_arc)
    return unstated_deed_word(claim, aligned)


@pytest.mark.parametrize(
    ("claim", "text", "left"),
    [
        ("The club sold 3,000 tickets through its website.", "The club sold 3,000 tickets.", "website"),
        ("The firm cut 200 jobs at its plant.", "The firm cut 200 jobs.", "plant"),
        ("The 12 soldiers died in rocket fire.", "12 soldiers died.", "rocket"),
        ("The depot was shelled by artillery.", "The depot was shelled.", "artillery"),
    ],
)
def test_a_deed_word_a_count_sentence_leaves_out_is_named(claim: str, text: str, left: str) -> None:
    assert deed_left(claim, text) == left


def test_the_deed_leaves_out_verbs_counted_nouns_reports_and_copulas() -> None:
    # verbs are left to the verb rules, the nouns the figures count to the value checks
    assert [t.text for t in deed_words("The rebels launched 12 raids on the town.")] == ["town"]
    assert [t.text for t in deed_words("The rebels launched 12 air raids on the town.")] == ["town"]
    assert [t.text for t in deed_words("Jets carried out dozens of airstrikes on the port.")] == ["port"]
    assert deed_words("Officials said 12 soldiers died in the blast.") == []
    assert deed_words("The club is the league's oldest.") == []
    assert deed_left("The 12 soldiers died in rocket fire.", "12 soldiers died in rocket fire.") == ""


def test_a_count_sentence_without_the_claims_cause_does_not_support(tiny: FactChecker) -> None:
    """What a user sees: a sentence giving the claim's figure but not the cause the claim gives
    leaves the claim unsupported; one giving the cause too supports it."""
    tune = CheckTuning()
    claim = "Twelve sailors died in rocket fire near Dorn on Monday."
    bare = hand(tiny, "Twelve sailors died near Dorn on Monday.", dense=0.85, score=0.85)
    judged = judge(claim, bare, tune)
    assert judged.stance is Stance.NEUTRAL
    assert "rocket" in judged.reason
    told = hand(tiny, "Twelve sailors died in rocket fire near Dorn on Monday.", dense=0.95, score=0.95)
    assert judge(claim, told, tune).stance is Stance.SUPPORTS
