"""A how-question's named doer must be the one acting in its answer (``bot.named_doer``), on invented sentences."""

from __future__ import annotations

from bot.answer_types import sentence_of_asked_kind
from bot.named_doer import asked_doer, names_doer_elsewhere
from bot.question import analyse

ASKED = "How did the Velm Front react to the ceasefire?"


def test_the_doer_is_the_subject_name_of_a_how_question() -> None:
    assert asked_doer(ASKED) == ["velm", "front"]
    assert asked_doer("How did the fire start?") == []  # no name
    assert asked_doer("How many people did Velm Front hold?") == []  # a count, not a manner


def test_a_sentence_naming_the_doer_only_as_undergoer_tells_another_deed() -> None:
    assert names_doer_elsewhere(
        ASKED, "The ceasefire was a blow to the Velm Front, officials in Ostrin said."
    )
    assert names_doer_elsewhere(
        ASKED, "Ostrin welcomed the ceasefire as a defeat for Kell and the Velm Front."
    )


def test_the_doer_acting_speaking_or_owning_answers() -> None:
    assert not names_doer_elsewhere(ASKED, "The Velm Front rejected the ceasefire within hours.")
    assert not names_doer_elsewhere(ASKED, "Velm Front commanders vowed to keep fighting.")
    assert not names_doer_elsewhere(ASKED, "According to the Velm Front, the ceasefire is a trap.")
    assert not names_doer_elsewhere(ASKED, "The Velm Front's leader called the truce a trick.")
    assert not names_doer_elsewhere(ASKED, "It called the truce a trick.")  # a pronoun: left to other gates


def test_an_open_answer_sentence_must_tell_the_doers_deed() -> None:
    q = analyse(ASKED)
    assert not sentence_of_asked_kind(
        q, "The ceasefire was a blow to the Velm Front, officials in Ostrin said."
    )
    assert sentence_of_asked_kind(q, "The Velm Front rejected the ceasefire within hours.")
