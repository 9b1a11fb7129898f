"""``bot/wished.py``: a figure in what someone wants is not what was done, on hand-made text."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.types import Status
from bot.wished import asks_wish, desire_verb, wished_for
from index.embed import Embedder
from tests.bot.tiny_index import checker_over

ARTICLES = {
    "orlan_coach.txt": "Orlan Rovers name Ada Kerr coach\n\nAda Kerr, the new Orlan Rovers coach, said she wants "
    "a three-year contract at the club one day. The club has handed Kerr a nine-month contract. Kerr "
    "replaces Tomas Brill, who left in May.\n",
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(ARTICLES, "wished", tmp_path_factory, embedder)


def _at(text: str, figure: str) -> bool:
    return wished_for(text, text.index(figure))


def test_a_figure_in_what_someone_wants_is_wished_for() -> None:
    assert _at("Most coaches want a three-year contract.", "three")
    assert _at("The residents wish for 200 more homes.", "200")
    assert not _at("The club gave her a nine-month contract.", "nine")
    assert not _at("The council wants to cut 300 jobs.", "300")  # the cut is the wish's deed
    assert not _at("The family is seeking $40m in damages.", "40")  # a claim made, not a feeling


def test_desire_verbs_are_felt_wishes() -> None:
    assert desire_verb("want") and desire_verb("wish") and desire_verb("hope")
    assert not desire_verb("seek") and not desire_verb("give") and not desire_verb("need")


def test_a_question_about_the_wish_keeps_it() -> None:
    assert asks_wish("How long a contract does the coach hope for?")
    assert not asks_wish("How long is the contract the club gave the coach?")


def test_how_long_a_contract_is_the_one_given_not_the_one_wanted(checker: FactChecker) -> None:
    answer = checker.ask("How long is the contract Orlan Rovers gave Ada Kerr?", mode="question")
    assert answer.status is Status.ANSWERED
    assert "nine" in answer.answer.lower() and "three" not in answer.answer.lower(), answer.answer
