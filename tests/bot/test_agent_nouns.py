"""A person called by the doer noun of the asked verb states who did it ("Ada Kerr, leader of X")."""

from __future__ import annotations

from bot.agent_nouns import agent_nouns, names_doer
from bot.api import FactChecker
from bot.nlp import parse
from bot.question import analyse
from tests.bot.tiny_index import hand


def doer_named(question: str, sentence: str) -> bool:
    return names_doer(question, sentence, parse(sentence).entities)


def test_the_doer_noun_of_a_verb_is_its_person_noun_not_the_deed() -> None:
    assert agent_nouns("lead") == frozenset({"leader"})
    assert "founder" in agent_nouns("found")
    assert "leadership" not in agent_nouns("lead")


def test_a_name_titled_or_apposed_by_the_doer_noun_answers_who_did_it() -> None:
    asked = "Who led the Orvan Brigade during the siege?"
    assert doer_named(asked, "Tomas Brill, leader of the Orvan Brigade, left the town.")
    assert doer_named(asked, "The Orvan Brigade leader Tomas Brill was wounded.")
    assert doer_named(asked, "Shelling grew after Tomas Brill leader of the Orvan Brigade spoke.")
    assert doer_named("Who founded Pellcorp?", "Pellcorp founder Ada Kerr sold her shares.")


def test_a_doer_noun_not_joined_to_the_name_or_of_another_object_names_nobody() -> None:
    asked = "Who led the Orvan Brigade during the siege?"
    assert not doer_named(asked, "Tomas Brill met the leader of the Orvan Brigade.")
    assert not doer_named(asked, "The Orvan Brigade, whose leader was wounded, blamed Tomas Brill.")
    assert not doer_named(asked, "Tomas Brill, leader of the Velt Party, left the town.")
    assert not doer_named("Who founded Pellcorp?", "Pellcorp chief Ada Kerr sold her shares.")


def test_the_apposed_doer_states_the_asked_deed(tiny: FactChecker) -> None:
    """A user asking who led a group gets the person the articles call its leader."""
    answerer = tiny._answerer
    asked = analyse("Who led the Orvan Brigade during the siege?")
    assert answerer._states(
        asked, hand(tiny, "Tomas Brill, leader of the Orvan Brigade, left the town.", score=0.6)
    )
    assert not answerer._states(
        asked, hand(tiny, "Tomas Brill met the leader of the Orvan Brigade.", score=0.6)
    )
