"""A sentence writing the asked noun of "which N" with nothing saying which one (invented text)."""

from __future__ import annotations

from bot.which_unsaid import leaves_which_open


def test_the_noun_with_nothing_tied_leaves_which_open() -> None:
    q = "Which venue will host the Tarvel gala?"
    assert leaves_which_open(q, "Organisers said no venue has been announced for the Tarvel gala.")
    assert leaves_which_open(q, "The Tarvel gala needs a larger venue, its organisers said.")


def test_a_name_tied_to_the_noun_says_which() -> None:
    q = "Which venue will host the Tarvel gala?"
    assert not leaves_which_open(q, "The Tarvel gala will be held at the Morrow venue in Ostrin.")
    assert not leaves_which_open(q, "The venue for the Tarvel gala is the Palladine Hall.")
    assert not leaves_which_open(q, "The gala moves to Brask Hall, a venue near the harbour.")


def test_an_of_phrase_or_a_kind_says_which() -> None:
    assert not leaves_which_open(
        "What charges does Ana Brill face?", "Ana Brill faces charges of fraud, the court heard."
    )
    assert not leaves_which_open(
        "Which gas was found in the Orla tanks?",
        "Inspectors found traces of chlorine and said the gas had leaked from the Orla tanks.",
    )


def test_a_figure_the_question_does_not_give_may_be_the_answer() -> None:
    assert not leaves_which_open(
        "What ranking did Ana Brill reach?", "Ana Brill has climbed to 48 in the world, her best ranking."
    )


def test_a_sentence_not_writing_the_noun_is_left_to_other_gates() -> None:
    assert not leaves_which_open(
        "Which town did the Orla militia enter?", "The Orla militia entered Velm on Monday."
    )


def test_a_relative_clause_names_nothing_of_which() -> None:
    q = "Which venue did the Tarvel choir book?"
    assert leaves_which_open(q, "The Tarvel choir booked a venue that had hosted Ostrin bands.")
