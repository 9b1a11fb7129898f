"""The asked noun fixes a name-question's answer type; a name tied to it answers (invented text)."""

from __future__ import annotations

from bot.asked_noun import (
    asked_head,
    asked_noun,
    asks_doer,
    asks_place_division,
    body_head,
    country_own,
    is_place_division,
    kind_names,
    place_noun,
    tied_to_noun,
)
from bot.question import Kind, question_kind


def test_asked_noun_past_a_name() -> None:
    assert asked_noun("In which Velmora district was the clinic shelled last May?") == "district"
    assert asked_noun("what's the name of the village near Tarvel that was flooded") == "village"
    assert asked_noun("Who opened the Ostrin bridge?") == ""


def test_asked_noun_past_a_hyphenated_modifier() -> None:
    """ "which army-held port": "army" and "held" only describe the port asked for."""
    assert asked_noun("Which army-held port did the Orla ferries reach in May?") == "port"
    assert asked_noun("which council-run school in Tarvel shut first") == "school"


def test_asked_noun_past_a_hyphened_name() -> None:
    """ "which Tel al-Varos district": the pieces of a hyphened name count as one word."""
    assert asked_noun("Which Tel al-Varos district was shelled on Monday?") == "district"


def test_asked_noun_the_parse_misreads() -> None:
    """War, sport, business, politics: a noun after "which" a small parser reads as a verb, a
    misread modifier before the noun and the question's auxiliary, an abbreviation ending the
    phrase; after "what", a verb that is the question's own stays one."""
    assert asked_noun("Which villages north of Tarvel did the army take?") == "village"
    assert asked_noun("Which spots in Ostrin were flooded in the storm?") == "spot"
    assert asked_noun("what games studio does Ann Cole run?") == "studio"
    assert asked_noun("Which Velm Party MP quit on Monday?") == "mp"
    assert asked_noun("What hit the Ostrin clinic?") == ""
    assert asked_noun("What drives prices up in Tarvel?") == ""
    assert asked_noun("What caused the fire at the depot?") == ""
    assert asked_noun("which EU country left the pact first?") == "country"


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


def test_the_asked_head_of_a_compound() -> None:
    assert asked_head("Which aid group ran the clinic in Tarvel?") == "group"
    assert asked_head("which Velmora hospital was shelled on Monday") == "hospital"
    assert asked_head("Who opened the Ostrin bridge?") == ""
    assert asked_head("From which air base did the Orla jets fly?") == "base"


def test_a_name_called_by_the_asked_noun_or_a_kind_of_it() -> None:
    question = "Which hospital in Tarvel was shelled last May?"
    assert kind_names("hospital", "Gunners shelled Ostra hospital in Tarvel on Monday.", question) == [
        "Ostra hospital"
    ]
    assert kind_names("school", "A shell fell on al-Vanna School for Girls at noon.", "which school") == [
        "al-Vanna School for Girls"
    ]
    assert kind_names("hospital", "Shells hit the Brill Infirmary near the market.", question) == [
        "Brill Infirmary"
    ]
    assert kind_names("group", "Police blamed the militant group Velm Front for it.", "which group") == [
        "Velm Front"
    ]
    assert kind_names("group", "Velm Front, a small armed group, denied it.", "which group") == ["Velm Front"]


def test_a_name_not_called_the_asked_noun_does_not_answer() -> None:
    question = "Which hospital in Tarvel was shelled last May?"
    assert kind_names("hospital", "Gunners shelled the market in Tarvel on Monday.", question) == []
    # the question's own name is no answer
    assert kind_names("hospital", "Tarvel hospital was shelled on Monday.", question) == []
    assert kind_names("group", "Syrian forces said the town lost power.", "which group") == []


def test_a_name_headed_by_a_body_word_in_its_body_sense() -> None:
    # "Authority" is first the power to give orders; in a name it is an agency
    text = "Crews from the Orvel Flood Relief Authority reached the villages on Monday."
    assert kind_names("agency", text, "which relief agency sent crews to the villages") == [
        "Orvel Flood Relief Authority"
    ]
    assert body_head("Authority", "agency")
    assert body_head("Office", "agency")
    # a lower-case word, or a body far under the asked noun, is no such name
    assert not body_head("authority", "agency")
    assert not body_head("State", "group")
    assert not body_head("Authority", "group")
    assert (
        kind_names("charity", "The Orvel Flood Relief Authority met the Dorn Council.", "which charity") == []
    )


def test_a_doer_is_asked_when_the_noun_does_the_deed() -> None:
    assert asks_doer("Which group claimed the blast in Tarvel?")
    assert not asks_doer("which Velmora clinic was struck by a shell on Monday")
    assert not asks_doer("Which school had a shell land in its yard?")
    assert not asks_doer("Which charity was behind the clinic in Tarvel?")
    assert not asks_doer("Which hospital did the jets hit on Monday?")


def test_a_fronted_noun_with_another_subject_after_it_is_the_object() -> None:
    """A clause has one subject: where the parse also gives the verb the asked noun as subject
    ("Which striker did Orn United sign", "Which minority did the regime persecute"), the
    subject after "did" does the deed and the asked noun undergoes it; a which-noun with no
    other subject ("Which club signed the striker") still does the deed."""
    assert not asks_doer("Which striker did Orn United sign in January?")
    assert not asks_doer("Which firm did Kell Holdings buy last year?")
    assert not asks_doer("Which minority did the regime commit crimes against in Velm?")
    assert asks_doer("Which club signed the striker in January?")
    assert asks_doer("which group carried out the attack on the depot?")


def test_a_lone_nationality_after_the_asked_noun_names_none() -> None:
    """ "Kell's offer Canadian winemaker Tarvo has rejected": "Canadian" stands after "offer" but
    describes the winemaker, so it names no offer; a name the noun stands before still does."""
    said = "Winery rejects Kell's offer Canadian winemaker Tarvo has rejected a merger offer."
    assert kind_names("offer", said, "What new offer did Kell's make?") == []
    assert kind_names("group", "Police blamed the group Velm Front.", "which group") == ["Velm Front"]


def test_the_nationality_and_the_asked_noun_name_a_countrys_own() -> None:
    text = "The Danish government also paid for two ferries to the island of Orvel."
    assert country_own("government", "Danish", text) == "Danish government"
    assert country_own("army", "Peruvian", "Shells from the Peruvian army hit the depot.") == "Peruvian army"
    # a place's name is no nationality's; no article, a kind of the noun, or a name after it: none
    assert country_own("brewer", "Danish", "Shares in the Danish brewer Kellbrau rose.") == ""
    assert country_own("group", "Syrian", "Syrian forces said the town lost power.") == ""
    assert country_own("group", "Danish", "The Danish militia shelled Velm.") == ""
    assert country_own("government", "Danish", "A Danish government plane landed.") == ""
