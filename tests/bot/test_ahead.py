"""``bot/ahead.py``: a date already past when its article was written answers no question of
when a thing will happen, on hand-made questions and dates."""

from __future__ import annotations

import pytest

from bot.ahead import asks_ahead, past_when_written


@pytest.mark.parametrize(
    "question",
    [
        "When will the Orvel ferry service resume?",
        "When is the Tarnby clinic expected to take patients again?",
        "When is the Velm inquiry due to be heard?",
        "When does the Kessa mill plan to open its second line?",
    ],
)
def test_a_question_looking_forward_asks_ahead(question: str) -> None:
    assert asks_ahead(question)


@pytest.mark.parametrize(
    "question",
    [
        "When did the Tarnby clinic reopen?",
        "When was the Tarnby clinic expected to reopen?",
        "When did Ada Kerr decide to resign?",
        "Since when did the Velm council refuse to meet the union?",
        "When is the Velm mill said to have closed?",
        "When was the Orvel bridge built?",
    ],
)
def test_a_question_looking_back_does_not(question: str) -> None:
    assert not asks_ahead(question)


def test_a_date_over_before_its_article_was_written_is_past() -> None:
    assert past_when_written("3 March 2019", "2019-03-05")
    assert past_when_written("February 2019", "2019-03-05")
    assert not past_when_written("5 March 2019", "2019-03-05")  # the day itself may still come
    assert not past_when_written("June 2019", "2019-03-05")
    assert not past_when_written("3 March 2019", "")  # an undated article gives no verdict
    assert not past_when_written("next spring", "2019-03-05")  # no calendar date named
