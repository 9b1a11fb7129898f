"""A question setting names aside asks for what the sources list with them."""

from __future__ import annotations

from bot.beside import listed_beside

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
