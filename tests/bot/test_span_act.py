"""The act a span of time measures, on hand-made sentences (invented names)."""

from __future__ import annotations

from bot.count_owner import counts
from bot.span_act import asked_act, of_asked_act, one_act, same_span_act, span_act


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


def test_a_span_of_a_noun_measures_that_noun() -> None:
    """ "four decades of rule": the decades are the rule's length, in any unit of time."""
    assert _act("The Brill family left Tarvel after four decades of rule.") == ("rule", "n")
    assert _act("Ostrin reopened after two centuries of neglect.") == ("neglect", "n")


def test_a_how_long_question_names_the_act_it_measures() -> None:
    """The subject when it is a happening ("the siege"), else the main verb; a light verb names none."""
    assert asked_act("How many years had the Tarvel siege gone on when the port fell?", 1) == ("siege", "n")
    assert asked_act("How long was the Orlen strike?", 1) == ("strike", "n")
    assert asked_act("How long was Ada Kerr jailed?", 1) == ("jail", "v")
    assert asked_act("How many years did the council rule the port?", 1) == ("rule", "v")
    assert asked_act("How many years has it been?", 1) == ("", "")


def test_a_span_of_another_act_gives_way_to_the_asked_ones() -> None:
    """Asked how long the siege lasted, "four decades of rule" is another thing's length where
    "an eight-year siege" is told, in that sentence or another; a span of no named act stays."""
    one = "The port fell after an eight-year siege and four decades of Brill rule."
    other = "The Brill family ruled Tarvel for more than 40 years."
    bare = "It was 40 years."
    spans = [(one, q) for q in counts(one)] + [(other, counts(other)[0]), (bare, counts(bare)[0])]
    assert of_asked_act(("siege", "n"), spans, 1) == [True, False, False, True]
    assert of_asked_act(("flood", "n"), spans, 1) == [True, True, True, True]  # none measures a flood
