"""Misspelt question words are read as meant, where the grammar expects one, and only there."""

from __future__ import annotations

import pytest

from bot.question import Kind, analyse, apostrophed, correct
from bot.text import one_typo_apart


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("How mnay bridges were built?", "How many bridges were built?"),  # two letters swapped
        ("how man bridges were built?", "how many bridges were built?"),  # a letter dropped
        ("How mutch did the bridge cost?", "How much did the bridge cost?"),  # a letter added
        ("how lnog did the works last?", "how long did the works last?"),
        ("Hwo many bridges were built?", "How many bridges were built?"),  # "how", not "who", before "many"
        ("Waht is the name of the bridge?", "What is the name of the bridge?"),
        ("Wehn did the bridge open?", "When did the bridge open?"),
        ("were did the ferry dock?", "where did the ferry dock?"),  # two auxiliaries cannot open a question
        ("how many bridges r there?", "how many bridges are there?"),  # chat shorthand
    ],
)
def test_misspelt_question_words_are_corrected(typed: str, meant: str) -> None:
    assert correct(typed) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Then what happened to the bridge?",  # a question word is already there
        "War in Velmar: how many bridges fell?",
        "Were the bridges rebuilt?",  # one auxiliary opening a yes/no question
        "How did Mnay vote?",  # a capitalised name is never a typo
        "how old is the bridge?",  # "old" is not one typo from many/much/long/often/far
    ],
)
def test_words_that_are_meant_are_left_alone(text: str) -> None:
    assert correct(text) == text


def test_the_corrected_question_is_classified_as_meant() -> None:
    assert analyse("How mnay bridges were built in Velmar?").kind is Kind.COUNT
    assert analyse("How mnay bridges were built in Velmar?").target == "bridge"
    assert analyse("were did the ferry dock?").kind is Kind.PLACE
    assert analyse("Wehn did the bridge open?").kind is Kind.DATE
    question = "how mnay bridges r there?"
    assert analyse(question).text == question  # the user's words are kept for display


def test_one_typo_apart() -> None:
    assert one_typo_apart("mnay", "many") and one_typo_apart("man", "many") and one_typo_apart("wat", "what")
    assert not one_typo_apart("many", "many") and not one_typo_apart("mnya", "many")
    assert not one_typo_apart("old", "long")


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("whats the death toll of the Orvel flood?", Kind.COUNT),
        ("Whats the population of Tarnby?", Kind.COUNT),
        ("wheres the Velm summit being held?", Kind.PLACE),
        ("whens the Tarnby vote?", Kind.DATE),
    ],
)
def test_a_question_word_run_together_with_is_asks_as_the_contraction(typed: str, kind: Kind) -> None:
    """ "whats the death toll" asks what "what's the death toll" asks: a count, not an open
    question read as "what the death toll"."""
    contracted = apostrophed(typed)
    assert contracted.split()[0].lower().endswith("'s")
    assert analyse(typed).kind is kind
    assert analyse(typed).target == analyse(contracted).target
    assert analyse(typed).text == typed  # the user's words are kept for display


@pytest.mark.parametrize(
    "text", ["whose boat sank at Orvel?", "Which shows did Tarnby cancel?", "How shows end"]
)
def test_words_ending_in_s_after_a_question_word_are_left_alone(text: str) -> None:
    assert apostrophed(text) == text
