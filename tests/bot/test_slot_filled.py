"""A sentence fills the asked slot in its own verbs: the asked kind of value, the question's things."""

from __future__ import annotations

from bot.question import analyse
from bot.slot_filled import typed_value, unsaid_nouns


def test_a_who_question_is_filled_by_a_body_or_person_the_question_does_not_name() -> None:
    asked = analyse("Who handled the ferrying of the stranded hikers from Keldby to Orvik?")
    assert typed_value(asked, "The Tarn Rescue Service organised boats for the hikers.")
    assert not typed_value(asked, "The Orvik council organised boats for the hikers.")  # named
    assert not typed_value(asked, "Hikers in Keldby waited for boats to Orvik.")  # only its own names


def test_a_name_spelt_as_its_people_is_named_by_the_question() -> None:
    asked = analyse("Who chaired the meeting in Velmar about the harbour?")
    assert not typed_value(asked, "Velmarian fishermen spoke about the harbour.")


def test_a_where_question_is_filled_by_a_place_after_a_locative_word() -> None:
    asked = analyse("Where did Ada Kerr open the new school?")
    assert typed_value(asked, "Ada Kerr cut the ribbon at the school in Lisbon.")
    assert not typed_value(asked, "Portugal said Ada Kerr cut the ribbon at the school.")  # a doer


def test_a_sum_or_count_asked_is_its_deeds_and_no_near_sentence_fills_it() -> None:
    asked = analyse("How much did it cost to build the Keldby bridge?")
    assert not typed_value(asked, "The Keldby bridge earned $4m in tolls last year.")
    assert not typed_value(asked, "The Keldby bridge is 310 metres long.")
    counted = analyse("How many ferries still sail from Keldby?")
    assert not typed_value(counted, "Storms sank more than 20 Keldby ferries last winter.")


def test_the_questions_things_must_be_said_though_its_verb_may_not() -> None:
    asked = "Who sorted out the ferrying of the hikers to Orvik?"
    assert unsaid_nouns(asked, "The council organised the ferrying of the hikers to Orvik.", 1) == []
    assert unsaid_nouns(asked, "The council organised buses to Orvik.", 1) == ["ferrying", "hiker"]


def test_a_noun_is_said_by_a_kind_of_it_and_the_asked_noun_need_not_be() -> None:
    assert (
        unsaid_nouns("What did the aircraft hit near the farm?", "A plane struck a barn near the farm.", 1)
        == []
    )
    assert unsaid_nouns("In which city did the band play?", "The band played in Orvik.", 1) == []


def test_the_source_a_question_cites_is_no_thing_of_its_deed() -> None:
    asked = "According to the report, why did the talks fail?"
    assert unsaid_nouns(asked, "The talks failed because both sides walked out.", 1) == []


def test_a_noun_of_time_or_place_sets_the_deed_and_may_go_unsaid() -> None:
    asked = "How many boats did the navy sink over the weekend on the north side of the bay?"
    assert unsaid_nouns(asked, "On Sunday the navy sank four boats in the bay.", 1) == []
