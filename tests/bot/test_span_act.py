"""The act a span of time measures, on hand-made sentences (invented names)."""

from __future__ import annotations

from bot.count_owner import counts
from bot.span_act import one_act, same_span_act, span_act


def _act(text: str) -> tuple[str, str]:
    return span_act(text, counts(text)[0])


def test_a_span_on_a_noun_measures_that_noun() -> None:
    assert _act("The Orlen coach got a ten-week ban.") == ("ban", "n")
    assert _act("Auditors finished a five-day survey of the Tarvel docks.") == ("survey", "n")


def test_a_span_in_a_verbs_phrase_measures_the_verb() -> None:
    assert _act("The Orlen coach was banned from the bench for six weeks.") == ("ban", "v")


def test_time_passed_on_a_clause_measures_the_clause() -> None:
    """ "spent two weeks surveying": the time went on the survey, not on spending."""
    assert _act("The Velm auditors spent two weeks in Tarvel surveying the docks.") == ("survey", "v")


def test_a_count_of_things_has_no_act() -> None:
    assert _act("The Orlen club sold four players.") == ("", "")


def test_a_verb_and_its_noun_are_one_act() -> None:
    assert one_act(("investigate", "v"), ("investigation", "n"), 1)
    assert one_act(("ban", "n"), ("ban", "v"), 1)
    assert not one_act(("ban", "n"), ("fine", "n"), 1)


def test_spans_of_one_act_held_by_other_verbs_count_the_same_thing() -> None:
    """ "got a ten-week ban" and "imposed a six-week ban" give the same ban's length; a "six-week
    tour" is another thing."""
    claim = "The Orlen coach got a ten-week ban."
    cq = counts(claim)[0]
    imposed = "The league imposed a six-week ban on the Orlen coach."
    toured = "The Orlen coach began a six-week tour."
    assert same_span_act(claim, cq, imposed, counts(imposed)[0], 1)
    assert not same_span_act(claim, cq, toured, counts(toured)[0], 1)
