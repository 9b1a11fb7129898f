"""'Who are the three Xs': a sentence naming exactly that many people lists them (hand-made)."""

from __future__ import annotations

from bot.named_people import asked_people_count, counted_people
from bot.nlp import parse

ASKED = "Who are the three presenters taking over Lena Ross's Velmar FM show?"


def test_a_who_question_about_a_counted_group_gives_its_size() -> None:
    assert asked_people_count(ASKED) == 3
    assert asked_people_count("Who were the two men arrested in Ostrin?") == 2
    assert asked_people_count("Who is the presenter of the Velmar FM show?") == 0
    assert asked_people_count("Who are the presenters of the show?") == 0
    assert asked_people_count("Who are the three towns on the river?") == 0


def test_the_sentence_naming_that_many_people_lists_them() -> None:
    """However the sentence joins them, with a given name the tagger cut off kept, and the
    question's own person set aside; two names in a sentence do not answer "the three"."""
    spread = (
        "Veteran presenter Tomas Brill will host on Mondays, with John Marsh on Tuesdays and "
        "Peter Holt on Fridays, replacing Lena Ross."
    )
    assert counted_people(ASKED, spread, parse(spread).entities) == [
        "Tomas Brill",
        "John Marsh",
        "Peter Holt",
    ]
    listed = "Tomas Brill, Anna Holt and Peter Marsh will each present the show from March."
    assert counted_people(ASKED, listed, parse(listed).entities) == [
        "Tomas Brill",
        "Anna Holt",
        "Peter Marsh",
    ]
    two = "Tomas Brill and Anna Holt will present the show from March."
    assert counted_people(ASKED, two, parse(two).entities) == []


def test_a_given_name_the_tagger_cut_off_is_kept_but_no_noun_before_it() -> None:
    """ "Rock DJ Ivo Marsten" tagged "Marsten": the name is "Ivo Marsten" ("DJ" is a noun)."""
    from bot.named_people import _with_given_name
    from bot.nlp import Entity

    text = "Rock DJ Ivo Marsten will host on Tuesdays."
    assert _with_given_name(text, Entity("Marsten", "PERSON", 12, 19)) == "Ivo Marsten"
