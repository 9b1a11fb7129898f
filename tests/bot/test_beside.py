"""A question setting names aside asks for what the sources list with them."""

from __future__ import annotations

from bot.beside import listed_beside, listed_with

LIST = "The ban hurts Velmar, Ostria and the river guild Karst Front, the council said."


def test_a_name_listed_with_the_set_aside_names_is_beside_them() -> None:
    assert listed_beside("Velmar and Ostria", "Karst Front", LIST)
    assert listed_beside("Velmar and Ostria", "the river guild Karst Front", LIST)


def test_the_set_aside_names_and_names_outside_the_list_are_not() -> None:
    assert not listed_beside("Velmar and Ostria", "Velmar", LIST)
    assert not listed_beside("Velmar and Ostria", "council", LIST)
    assert not listed_beside("the river guild", "Ostria", LIST)  # no name set aside
    assert not listed_beside("", "Karst Front", LIST)


def test_a_name_in_apposition_to_a_listed_noun_is_listed_too() -> None:
    text = "Singer Ada Moss left the trio, leaving members Tom Berg and Ola Lind."
    assert listed_beside("Jan Holt and Ola Lind", "Tom Berg", text)
    assert not listed_beside("Jan Holt and Ola Lind", "Ada Moss", text)


def test_what_a_sentence_lists_with_the_set_aside_thing_answers() -> None:
    """ "Apart from depots, what did the raids hit": the depots' list names the rest, common nouns too."""
    text = "The army said its raids hit depots and two Orla bridges, to stop the Karst Front using them."
    assert listed_with("depots", text) == "two Orla bridges"
    assert listed_with("depots", "Its raids hit ferries, docks and depots near Orla.") == "ferries, docks"
    assert listed_with("Velmar and Ostria", LIST) == "the river guild Karst Front"
    assert listed_with("depots", "The raids hit depots near Orla.") == ""  # no list: nothing beside
    assert listed_with("depots", "The raids hit docks and ferries.") == ""  # no list holds them


def test_a_question_asking_a_name_takes_only_named_members() -> None:
    """ "Apart from Orla, which town was hit": "the province" listed with Orla names no town."""
    assert listed_with("Orla", "Jets hit Orla and the province on Monday.", named=True) == ""
    assert (
        listed_with("Orla", "Jets hit Orla and the town of Keld on Monday.", named=True) == "the town of Keld"
    )
