"""The person a "which <named kind>" question asks, named further down the article (``bot.titled_elsewhere``), on invented text."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.question import analyse
from bot.titled_elsewhere import titled_elsewhere_candidates
from index.embed import Embedder
from index.tuning import AnswerTuning
from tests.bot.tiny_index import checker_over, sentence

ARTICLES = {
    "party.txt": """Vale Party leader detained

The leader of the Vale Party has been detained by police in Tarnby after a rally.

Vale Party treasurer Ann Cole was detained on Friday on the same charge.

A party spokesman said Ms Cole, from Dorn, was detained after a speech and later freed.

Vale Party founder Piet Marr spoke at the rally.
""",
    "league.txt": """Orla Rovers sack coach

Orla Rovers have sacked their coach after a fifth defeat in a row.

Orla Rovers captain Emil Varga and Orla Rovers striker Jon Pell were both dropped by the coach.
""",
}


@pytest.fixture(scope="module")
def party(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(ARTICLES, "titled-elsewhere", tmp_path_factory, embedder)


def test_the_article_names_the_asked_person_further_down(party: FactChecker) -> None:
    """The best sentence tells the detention by a role; the sentence naming a Vale Party person and
    telling the detention gives the answer, cited there and scored as the best sentence; the
    founder, named in a sentence not telling the detention, and the same person's later surname
    are no rival."""
    best = sentence(
        party, "The leader of the Vale Party has been detained by police in Tarnby after a rally."
    )
    q = analyse("Which Vale Party official was detained two days after the leader?")
    found = titled_elsewhere_candidates(q, best, 0.6, AnswerTuning())
    assert [c.value for c in found] == ["Ann Cole"]
    assert found[0].quote.startswith("Vale Party treasurer Ann Cole")
    assert found[0].score == pytest.approx(0.6)


def test_nothing_when_the_best_sentence_names_one_or_two_are_named(party: FactChecker) -> None:
    """A best sentence naming the person itself is left to it; two different people named as
    close to the event leave the question to the sentence; a question asking no named kind gets nothing."""
    best = sentence(party, "Vale Party treasurer Ann Cole was detained on Friday on the same charge.")
    q = analyse("Which Vale Party official was detained two days after the leader?")
    assert titled_elsewhere_candidates(q, best, 0.6, AnswerTuning()) == []
    coach = sentence(party, "Orla Rovers have sacked their coach after a fifth defeat in a row.")
    q = analyse("Which Orla Rovers player was dropped by the coach?")
    assert titled_elsewhere_candidates(q, coach, 0.6, AnswerTuning()) == []
    q = analyse("Which official was detained two days after the leader?")
    assert titled_elsewhere_candidates(q, best, 0.6, AnswerTuning()) == []


def test_nothing_when_the_best_sentence_names_another_person(party: FactChecker) -> None:
    """A best sentence naming a person the question does not may answer with other words for the
    kind ("founder" for "official"): no other sentence's name replaces it."""
    best = sentence(party, "Vale Party founder Piet Marr spoke at the rally.")
    q = analyse("Which Vale Party official was detained two days after the leader?")
    assert titled_elsewhere_candidates(q, best, 0.6, AnswerTuning()) == []
