"""Attribute answers read from infobox rows, on hand-made lines."""

from __future__ import annotations

from bot.attribute_answers import infobox_values


def test_an_infobox_row_gives_the_value_after_the_attributes_key() -> None:
    """Rows run together: the value is the longest known phrase after the key, before the next key."""
    row = "Height 6 ft 1 in Position ( s ) Goalkeeper Youth career Velm Rovers"
    assert infobox_values(row, ["position"]) == ["Goalkeeper"]
    box = "Born Tarn , Ostria Service / branch Ostrian Army Rank Lieutenant General Commands 3rd Division"
    assert infobox_values(box, ["rank"], rows_only=True) == ["Lieutenant General"]
    assert infobox_values("Political party Republican Spouse ( s ) Ada Vorn", ["party"]) == ["Republican"]


def test_prose_naming_the_attributes_word_is_no_row() -> None:
    """In a sentence the key word is followed by lower-case words, or starts it: no value."""
    assert infobox_values("He spoke at the Velm Party Conference in May.", ["party"], rows_only=True) == []
    assert infobox_values("Rank Brigadier General Commands", ["rank"], rows_only=True) == []
    assert infobox_values("The genre of the film is unclear.", ["genre"]) == []
    assert infobox_values("Home News Sports Sports US Sports Weather", ["sport"]) == []
