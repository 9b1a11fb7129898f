"""The asked noun fixes a name-question's answer type; a name tied to it answers (invented text)."""

from __future__ import annotations

from bot.asked_noun import asked_noun, asks_place_division, is_place_division, place_noun, tied_to_noun
from bot.question import Kind, question_kind


def test_asked_noun_past_a_name() -> None:
    assert asked_noun("In which Velmora district was the clinic shelled last May?") == "district"
    assert asked_noun("what's the name of the village near Tarvel that was flooded") == "village"
    assert asked_noun("Who opened the Ostrin bridge?") == ""


def test_divisions_ask_for_place_names() -> None:
    assert is_place_division("district") and is_place_division("village") and is_place_division("suburb")
    assert not is_place_division("side") and not is_place_division("area") and not is_place_division("film")


def test_division_questions_are_place_questions() -> None:
    assert question_kind("In which Velmora district was the clinic shelled?") is Kind.PLACE
    assert question_kind("what is the name of the village near Tarvel that was flooded") is Kind.PLACE
    assert asks_place_division("which suburb did the Ostrin mayor visit")
    assert not asks_place_division("which side won the Dunmoor derby")
    assert question_kind("What is the name of the man who opened the Ostrin bridge?") is Kind.PERSON


def _tied(noun: str, text: str, name: str) -> bool:
    start = text.index(name)
    return tied_to_noun(noun, text, start, start + len(name))


def test_names_tied_to_a_place_noun() -> None:
    text = "Shells hit a clinic in the Korvasi quarter of Velmora, the regional capital, on Monday."
    assert _tied("district", text, "Korvasi")
    assert not _tied("district", text, "Velmora")  # the city around the quarter
    assert _tied("village", "Jets struck Pellan village west of Tarvel.", "Pellan")
    assert _tied("village", "The floods reached the village of Omsk-Dari before dawn.", "Omsk-Dari")
    assert not _tied("village", "Jets from Tarvel struck a school.", "Tarvel")


def test_place_noun_is_loose_about_the_division() -> None:
    assert place_noun("district", "neighbourhood") and place_noun("village", "town")
    assert not place_noun("district", "hospital")
