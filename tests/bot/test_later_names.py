"""A thing written only as "a N", named by the next sentence (``bot.later_names``), on invented text."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.asked_noun import asked_noun
from bot.later_names import described_nouns, later_name, later_name_candidates
from index.embed import Embedder
from index.tuning import AnswerTuning
from tests.bot.tiny_index import checker_over, sentence

FIRM = "Which firm bought the Ostrin brewery?"
BOUGHT = "A Dutch firm bought the Ostrin brewery on Monday."


def test_a_thing_written_only_as_a_noun_is_described_not_named() -> None:
    """ "a Dutch firm" and "an outlying district" say there was one; a name tied to the noun
    ("Kessler Holdings, a Dutch firm") or a definite named one says which."""
    assert described_nouns("firm", False, BOUGHT)
    assert described_nouns("", True, "Shells landed in an outlying district of the capital on Sunday.")
    assert not described_nouns("firm", False, "Kessler Holdings, a Dutch firm, bought the brewery.")
    assert not described_nouns("district", True, "Shells hit the Varos district.")
    assert not described_nouns("firm", False, "The Ostrin brewery was sold on Monday.")


def named(question: str, noun: str, place: bool, described: str, following: str) -> str:
    """``later_name`` with the nouns the describing sentence writes the thing by."""
    return later_name(question, place, described, following, described_nouns(noun, place, described))


def test_the_next_sentence_names_the_described_thing() -> None:
    """Business, war, politics and sport: the one name of the asked kind the next sentence gives."""
    following = "Kessler Holdings said it bought the brewery to widen its range."
    assert named(FIRM, "firm", False, BOUGHT, following) == "Kessler Holdings"
    district = "In which district did the shells land?"
    landed = "Shells landed in an outlying district of the capital on Sunday."
    assert named(
        district, "district", True, landed, "The attack was in Varos, a district near the river."
    ) == ("Varos")
    village = "What is the village that voted to leave the council called?"
    left = "A small village voted to leave the council."
    assert named(village, "village", True, left, "The people of Ostrig voted by 300 to 12.") == "Ostrig"
    player = "Which player scored the winner?"
    scored = "A young player scored the winner in extra time."
    assert named(player, "player", False, scored, "Tomas Brill, 19, said the winner was his first.") == (
        "Tomas Brill"
    )


def test_no_name_when_the_next_sentence_does_not_tell_which() -> None:
    """Two names of the kind, a name of another kind (a person for a firm), a name that only
    modifies another noun, a name the question already holds, or a next sentence about another
    thing (no noun of the description, no word of the question): no answer from the rule; nor
    where the asked noun asks no kind of name ("what weapon": a group named next did not fire),
    nor from a name inside a hyphened word ("France-based")."""
    for following in (
        "Kessler Holdings and Varga Group bid for the brewery last year.",
        "John Smith said the brewery was sold.",
        "The sale of the brewery breached Velmar Treasury rules.",
        "Ostrin Council welcomed the sale of the brewery.",
        "Kessler Holdings opened a new pub in the town.",
    ):
        assert named(FIRM, "firm", False, BOUGHT, following) == "", following
    weapon = "What weapon did the gunmen fire at the base?"
    fired = "The gunmen fired a rocket at the base."
    assert named(weapon, "weapon", False, fired, "The Velm Brigade fired it, the army said.") == ""
    district = "In which district did the shells land?"
    landed = "Shells landed in an outlying district of the capital on Sunday."
    assert (
        named(district, "district", True, landed, "The France-based monitor said the district was hit.") == ""
    )


def test_what_is_the_n_called_asks_the_name_of_the_n() -> None:
    """ "what is the stadium called" asks a stadium's name, as "the name of the stadium" does;
    "what is the toll" asks no name."""
    assert asked_noun("what is the new stadium called?") == "stadium"
    assert asked_noun("What's the village that hosts the fair called?") == "village"
    assert asked_noun("what is the toll?") == ""


ARTICLES = {
    "brewery.txt": """Brewery changes hands

A firm from abroad has bought the historic Ostrin brewery for an undisclosed sum. Kessler Holdings said it bought the brewery to widen its range. The brewery employs 40 people.
""",
}


@pytest.fixture(scope="module")
def brewery(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(ARTICLES, "later-names", tmp_path_factory, embedder)


def test_the_name_is_cited_from_both_sentences(brewery: FactChecker) -> None:
    """The candidate is the next sentence's name, cited there and in the describing sentence,
    scored as the describing one; and the user's answer is that name."""
    said = sentence(
        brewery,
        "A firm from abroad has bought the historic Ostrin brewery for an undisclosed sum.",
        score=0.6,
    )
    found = later_name_candidates(FIRM, "firm", False, [said], AnswerTuning())
    assert [c.value for c in found] == ["Kessler Holdings", "Kessler Holdings"]
    assert found[0].quote == "Kessler Holdings said it bought the brewery to widen its range."
    assert found[0].score == pytest.approx(0.6)
    answer = brewery.ask("Which firm bought the Ostrin brewery?")
    assert answer.answer == "Kessler Holdings"
