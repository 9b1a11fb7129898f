"""``scripts/wrong_answers.py`` sorts a wrongly answered question by the kind of its failure."""

from __future__ import annotations

from typing import Any

from scripts.wrong_answers import failure, is_sentence, outcome


def item(got: str, expected: str, answerable: bool = True, top5: str = "1/1") -> dict[str, Any]:
    return {"got": got, "expected": expected, "answerable": answerable, "quotes_in_top5": top5}


def test_an_answer_where_the_sources_say_nothing_is_unanswerable() -> None:
    assert failure(item("12 boats", "not in sources", answerable=False, top5="0/0")) == "unanswerable"


def test_no_gold_passage_in_the_top_five_is_a_retrieval_miss() -> None:
    assert failure(item("12 boats", "9 boats", top5="0/2")) == "not retrieved"


def test_a_long_sentence_for_a_short_gold_value_is_a_sentence_for_a_phrase() -> None:
    said = "The ferry company said on Monday that its new harbour would open to traffic next spring."
    assert failure(item(said, "next spring")) == "sentence for a phrase"
    assert failure(item("Osk harbour", "Velm harbour")) == "wrong value"
    assert failure(item("The sources differ: 9 vs 12", "14")) == "wrong values (a disagreement)"


def test_a_sentence_answer_is_told_from_a_value_and_from_the_sources_values() -> None:
    said = "The ferry company said on Monday that its new harbour would open to traffic next spring."
    assert is_sentence(item(said, "next spring"))
    assert not is_sentence(item("next spring", "next spring"))
    assert not is_sentence(item("The sources differ: 9 boats vs 12 boats vs 14 boats vs 15 boats", "9"))
    assert outcome({**item(said, "not in sources", answerable=False), "correct": False}) == "unanswerable"
    assert outcome({**item(said, "next spring"), "correct": True}) == "right"
