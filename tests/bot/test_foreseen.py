"""A figure of a deed still to come is no count of a deed that was done."""

from __future__ import annotations

from bot.foreseen import anticipating, asks_done, foreseen


def _at(text: str, figure: str) -> bool:
    return foreseen(text, text.index(figure))


def test_a_figure_under_will_or_an_expectation_is_foreseen() -> None:
    assert _at("The new album is expected to sell 40,000 copies by Friday.", "40,000")
    assert _at("Analysts predict that the Velmar plant will build 9,000 cars next year.", "9,000")
    assert _at("The firm said it will cut 300 jobs.", "300")


def test_a_figure_of_a_deed_done_is_not_foreseen() -> None:
    assert not _at("The new album sold 40,000 copies on its first day.", "40,000")
    assert not _at("More than 9,000 cars were built at the Velmar plant in May.", "9,000")
    assert not _at("The firm warned it could close if it fails to cut costs by $50m.", "$50m")
    assert not _at("Officials expected trouble after 300 people gathered in the square.", "300")


def test_a_question_of_a_deed_done() -> None:
    assert asks_done("How many copies did the album sell on its first day?")
    assert asks_done("how many copies of the album went on its first day?")
    assert asks_done("How much has the film taken so far?")
    assert not asks_done("How many cars will the plant build next year?")
    assert not asks_done("How many jobs would the plan cut?")
    assert not asks_done("How many people live in Tormel?")


def test_verbs_of_anticipating() -> None:
    assert anticipating("expect") and anticipating("predict") and anticipating("forecast")
    assert not anticipating("fail") and not anticipating("say") and not anticipating("sell")
