"""``bot/speaker_role.py``: a speaker's title is asked only through a person noun, on invented words."""

from __future__ import annotations

from bot.speaker_role import asks_title, names_person
from bot.text import TokenPool, tokens
from index.tuning import AnswerTuning

RANK = AnswerTuning().speaker_title_sense_rank


def asked(question: str) -> TokenPool:
    return TokenPool(tokens(question))


def test_a_role_noun_is_a_person_a_bodys_name_is_not() -> None:
    assert names_person("chairman", RANK)
    assert names_person("Minister", RANK)
    assert names_person("head", RANK)  # its fourth sense: a leader
    assert not names_person("Velmarco", RANK)
    assert not names_person("harbour", RANK)


def test_the_title_is_asked_only_by_a_shared_person_noun() -> None:
    title = ["Velmarco", "Foods", "chairman"]
    assert asks_title(title, asked("Who is the chairman of Velmarco Foods?"), RANK)
    assert not asks_title(title, asked("Who is buying the Velmarco Foods depot?"), RANK)
    assert asks_title(["Harbour", "Minister"], asked("who is the harbour minister"), RANK)
