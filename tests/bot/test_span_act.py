"""The act a span of time measures, on hand-made sentences (invented names)."""

from __future__ import annotations

from bot.count_owner import counts
from bot.span_act import one_act, same_span_act, span_act


def _act(text: str) -> tuple[str, str]:
    return span_act(text, counts(text)[0])


def test_a_span_on_a_noun_measures_that_noun() -> None:
    assert _act("The Orlen keeper got a three-month suspension.") == ("suspension", "n")
    assert _act("Auditors finished a ten-day survey of the Tarvel docks.") == ("survey", "n")


def test_a_span_in_a_verbs_phrase_measures_the_verb() -> None:
    assert _act("The Orlen keeper was suspended from the squad for two months.") == ("suspend", "v")


def test_time_passed_on_a_clause_measures_the_clause() -> None:
    """ "spent three days surveying": the time went on the survey, not on spending."""
    assert _act("The Velm auditors spent three days in Tarvel surveying the docks.") == ("survey", "v")


def test_a_count_of_things_has_no_act() -> None:
    assert _act("The Orlen club sold four players.") == ("", "")


def test_a_verb_and_its_noun_are_one_act() -> None:
    assert one_act(("suspend", "v"), ("suspension", "n"), 1)
    assert one_act(("survey", "n"), ("survey", "v"), 1)
    assert not one_act(("suspension", "n"), ("fine", "n"), 1)


def test_spans_of_one_act_held_by_other_verbs_count_the_same_thing() -> None:
    """ "got a three-month suspension" and "was handed a two-month suspension" give the same
    suspension's length; a "two-month tour" is another thing."""
    claim = "The Orlen keeper got a three-month suspension."
    cq = counts(claim)[0]
    handed = "The league handed the Orlen keeper a two-month suspension."
    toured = "The Orlen keeper began a two-month tour."
    assert same_span_act(claim, cq, handed, counts(handed)[0], 1)
    assert not same_span_act(claim, cq, toured, counts(toured)[0], 1)
