from __future__ import annotations

from index.clean import clean
from index.tags import tag_runs


def runs(page: str) -> list[str]:
    """The tag runs found in the cleaned page's kept lines."""
    return [page[s:e] for start, end in clean(page).spans for s, e in tag_runs(page, start, end)]


def test_a_tag_run_before_a_story_sentence_ends_where_the_story_starts() -> None:
    page = (
        "Ferry strike ends after talks\n"
        "Workers return to the harbour on Monday. Tags Norland Harbour Union port strikes "
        "Kellan Mora The ferry crews voted to end the strike on Sunday, the union said.\n"
    )
    assert [r.strip() for r in runs(page)] == ["Tags Norland Harbour Union port strikes Kellan Mora"]


def test_a_number_or_a_subject_starts_the_story_after_the_tags() -> None:
    counted = runs(
        "Tide warnings issued along the coast. Tags Brenmouth flooding storm Twelve homes were flooded on Friday.\n"
    )
    assert [r.strip() for r in counted] == ["Tags Brenmouth flooding storm"]
    named = runs("Bridge shut after crash. Tags Dunmore traffic Local crews closed the bridge on Friday.\n")
    assert [r.strip() for r in named] == ["Tags Dunmore traffic"]


def test_a_tag_run_that_closes_its_sentence_runs_to_the_sentence_end() -> None:
    page = "The council approved twelve new schools on Tuesday, the mayor said Tags education Velport council budget.\n"
    assert runs(page) == ["Tags education Velport council budget"]


def test_prose_about_tags_or_topics_is_no_tag_run() -> None:
    page = (
        "The browser offered a Smart Tags feature from a rival maker by some users' account.\n"
        "Topics range from the weather in the valley to the price of bread at the market.\n"
    )
    assert runs(page) == []
