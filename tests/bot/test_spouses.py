"""Who someone is married to: the question's reading and the partner a sentence names."""

from __future__ import annotations

from bot.api import FactChecker
from bot.entities import entities
from bot.nlp import parse
from bot.question import analyse
from bot.spouses import asked_spouse, spouses
from bot.text import tokens
from index.tuning import AnswerTuning
from tests.bot.tiny_index import hand


def partners(person: str, sentence: str) -> list[str]:
    return spouses(sentence, parse(sentence).entities, tuple(tokens(person)))


def test_each_wording_of_the_spouse_question_names_the_asked_person() -> None:
    assert asked_spouse("Who was Mira Talven married to?") == ("mira", "talven")
    assert asked_spouse("Who did Mira Talven marry?") == ("mira", "talven")
    assert asked_spouse("Who was the husband of Mira Talven?") == ("mira", "talven")
    assert asked_spouse("Who is Mira Talven's wife?") == ("mira", "talven")
    assert asked_spouse("Who was the father of Mira Talven?") == ()
    assert asked_spouse("Who leads the Velmar council?") == ()


def test_the_other_partner_answers_whichever_is_written_first() -> None:
    assert partners("Mira Talven", "Oskar Brill married Mira Talven in 1899.") == ["Oskar Brill"]
    assert partners("Mira Talven", "Mira Talven married Oskar Brill in 1899.") == ["Oskar Brill"]
    assert partners("Mira Talven", "Mira Talven and her husband, Oskar Brill, opened the mill.") == [
        "Oskar Brill"
    ]
    assert partners("Mira Talven", "Oskar Brill's wife Mira Talven ran the mill.") == ["Oskar Brill"]


def test_a_spouse_or_marriage_noun_names_the_partner_but_a_parent_noun_does_not() -> None:
    assert partners("Mira Talven", "Mira Talven was a duchess of Velm as wife of Oskar Brill.") == [
        "Oskar Brill"
    ]
    said = "Mira Talven was a countess of Velm by marriage to Oskar Brill."
    assert partners("Mira Talven", said) == ["Oskar Brill"]
    assert partners("Mira Talven", "Mira Talven, daughter of Oskar Brill, ran the mill.") == []
    assert partners("Mira Talven", "Mira Talven met Oskar Brill in Velm.") == []


def test_the_partner_answers_the_question_not_the_father_beside_it(tiny: FactChecker) -> None:
    """A user asking whom she married sees the husband, not the father the sentence also names."""
    hit = hand(tiny, "Mira Talven, daughter of Ansel Corde, was a duchess as wife of Oskar Brill.", score=0.5)
    found = entities(analyse("Who was Mira Talven married to?"), [hit], AnswerTuning())
    assert [c.value for c in found] == ["Oskar Brill"]
