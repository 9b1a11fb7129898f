"""An either-or question read once per alternative, and answered by the one the sources answer."""

from __future__ import annotations

import pytest

from bot.alternatives import alternatives
from bot.api import FactChecker
from bot.types import Status
from index.embed import Embedder
from tests.bot.tiny_index import checker_over


def test_coordinated_clauses_are_each_asked_with_the_shared_subject() -> None:
    """ "did X A or did they B?": the second clause's "they" is the first clause's subject."""
    assert alternatives("did the miners have to dig their way out or did they just climb up?") == (
        "did the miners have to dig their way out?",
        "did the miners just climb up?",
    )


def test_a_gendered_pronoun_is_left_as_written() -> None:
    """ "she" may stand for the first clause's object, not its subject: it is not replaced."""
    assert alternatives("did the club fire the coach or is she just on leave?")[1] == "is she just on leave?"


def test_coordinated_phrases_are_each_put_in_the_question() -> None:
    assert alternatives("Did Orvel sign the pact in 2019 or 2020?") == (
        "Did Orvel sign the pact in 2019?",
        "Did Orvel sign the pact in 2020?",
    )
    assert alternatives("did the mayor speak in Velm or on the coast?") == (
        "did the mayor speak in Velm?",
        "did the mayor speak on the coast?",
    )


@pytest.mark.parametrize(
    "question",
    [
        "has the strike been settled or not?",  # "or not" offers no alternative
        "was it 12 barges or more?",  # a figure's choice: figure_choice asks how many
        "who won the final, Vell or Ansel?",  # a wh-question: offered() reads its options
        "did the ferry leave on time?",  # no "or"
    ],
)
def test_no_alternatives_where_none_are_offered(question: str) -> None:
    assert alternatives(question) == ()


ARTICLES = {
    "taken.txt": """Militia enters Korvel

Militia fighters took the town of Korvel unopposed on Tuesday after the garrison withdrew overnight.

Residents said the streets were quiet as the column arrived.
""",
}


@pytest.fixture(scope="module")
def korvel(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(ARTICLES, "alternatives", tmp_path_factory, embedder)


def test_an_either_or_question_is_answered_by_the_alternative_the_sources_answer(
    korvel: FactChecker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the question as a whole finds nothing (here: made to), the first guess alone finds
    the sentence that says how the town fell, and the answer says which reading it gave."""
    asked = "did the militia need to fight for Korvel or did they just stroll in?"
    answerer = korvel._answerer
    whole = answerer._whole
    monkeypatch.setattr(
        answerer, "_whole", lambda q: whole("nothing about Zorbu?") if q == asked else whole(q)
    )
    answer = korvel.ask(asked)
    assert answer.status is Status.ANSWERED and answer.question == asked
    assert "unopposed" in answer.answer
    assert answer.citations[0].doc == "taken.txt"
    assert answer.note.startswith('Read as "did the militia need to fight for Korvel?"')


def test_an_either_or_question_no_source_answers_still_declines(korvel: FactChecker) -> None:
    answer = korvel.ask("did the mayor resign in March or was he dismissed in April?")
    assert answer.status is Status.NOT_IN_SOURCES
