"""The declined-values tally: where a declined question stands in the rescue, from made-up values."""

from __future__ import annotations

from scripts.declined_values import STAGES, stage


def test_an_answerable_question_is_placed_where_its_right_value_is_first_offered() -> None:
    gold = ["Tilda Varn"]
    assert stage(gold, False, [], [], []) == "no sentence"
    assert stage(gold, True, ["Tilda Varn", "Oskar Pell"], [], []) == "best value right"
    assert stage(gold, True, ["Oskar Pell", "Tilda Varn"], [], []) == "lower value right"
    assert stage(gold, True, ["Oskar Pell"], ["the mill owner Tilda Varn"], []) == "right before type filter"
    assert stage(gold, True, ["Oskar Pell"], ["Oskar Pell"], ["Tilda Varn"]) == "right name of asked kind"
    assert stage(gold, True, ["Oskar Pell"], ["Oskar Pell"], ["Brell"]) == "no right value"


def test_an_unanswerable_question_counts_whether_any_value_is_offered() -> None:
    assert stage([], True, ["Oskar Pell"], [], []) == "unanswerable: value offered"
    assert stage([], True, [], ["Oskar Pell"], []) == "unanswerable: no value"
    assert stage([], False, [], [], []) == "no sentence"
    assert set(STAGES) >= {"best value right", "unanswerable: value offered"}
