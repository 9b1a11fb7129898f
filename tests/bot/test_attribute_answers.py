"""Attribute answers read from infobox rows and page titles, on hand-made lines and pages."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.attribute_answers import infobox_values, listed_kinds
from bot.types import Status
from index.embed import Embedder
from index.settings import Settings


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
    assert infobox_values("Rank Rear Admiral Commands", ["rank"], rows_only=True) == []
    assert infobox_values("The genre of the film is unclear.", ["genre"]) == []
    assert infobox_values("Home News Sports Sports US Sports Weather", ["sport"]) == []


ALBUM = (
    "Blue Harbour (Anna Marlow album)\n\nBlue Harbour is the second record of the singer, issued in 2011 "
    "on Tallow Records. It was made in Kelmby over one winter.\n"
)


@pytest.fixture(scope="module")
def album_checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder = tmp_path_factory.mktemp("album-articles")
    (folder / "harbour.txt").write_text(ALBUM, encoding="utf-8")
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("album-index"))
    fc = FactChecker(settings, embedder=embedder)
    fc.ingest([folder])
    return fc


def test_a_page_titled_with_a_name_and_the_work_s_kind_names_its_artist(album_checker: FactChecker) -> None:
    """ "Blue Harbour (Anna Marlow album)" whose sentences never say "by": asked the album's
    artist, the title's name answers; asked who produced it, the title names no producer."""
    answer = album_checker.ask('Who is the artist of the album "Blue Harbour"?')
    assert answer.status is Status.ANSWERED and answer.answer == "Anna Marlow", answer.answer
    produced = album_checker.ask('Who is the producer of the album "Blue Harbour"?')
    assert "Anna Marlow" not in produced.answer


def test_a_question_asking_for_a_name_is_not_answered_by_a_common_noun() -> None:
    """ "Which group led the Velm coalition": "terrorist" (from "the terrorist group") is a kind,
    not the group's name; an open question keeps its lower-case values ("rugby league")."""
    from bot.attribute_answers import named_values
    from bot.conflicts import Candidate
    from bot.question import analyse

    def said(value: str) -> Candidate:
        return Candidate("c1", value, value.lower(), "a.txt", 0, len(value), value, 0.6)

    found = [said("terrorist"), said("Velm Front")]
    assert [c.value for c in named_values(analyse("Which group led the Velm coalition?"), found)] == [
        "Velm Front"
    ]
    kept = named_values(analyse("What sport is Tomas Vell associated with?"), [said("rugby league")])
    assert [c.value for c in kept] == ["rugby league"]


def test_a_made_thing_in_a_list_of_its_kinds_answers_as_the_whole_list() -> None:
    """ "what aircraft did the Velm squadron use": every kind in the list it used, not the first; a
    value outside the list, or an attribute that is no made thing (a sport), keeps its one value."""
    used = "The Velm squadron used Zeta-9s, Kolt-4s and Arv-2s against the Dunmoor camps."
    assert listed_kinds("aircraft", "Zeta-9s", used) == "Zeta-9s, Kolt-4s and Arv-2s"
    assert listed_kinds("weapon", "rifles", "The Orn militia carried rifles, grenades and mortars.") == (
        "rifles, grenades and mortars"
    )
    assert listed_kinds("aircraft", "Tornados", used) == "Tornados"
    assert listed_kinds("sport", "rugby", "Tomas Kell played rugby, cricket and golf at school.") == "rugby"
