"""Two articles telling one point with different figures, on invented sentences."""

from __future__ import annotations

from bot.conflicts import Candidate, Group
from bot.restated_figures import figures, given_texts, restated_rivals, ties
from bot.values import parse_quantities

SLACK = 0.25
"""``AnswerTuning.bound_slack``."""

LEAD = "Corvan Mills agreed to pay a $4.2bn fine to settle the Drell river case."


def _said(doc: str, sentence: str, score: float = 0.8) -> Candidate:
    """One open-answer member: the lead's words shown, this article's sentence quoted."""
    return Candidate(f"{doc}-1", LEAD, "sentence", doc, 0, len(sentence), sentence, score)


def _values(groups: list[Group]) -> list[list[str]]:
    return [[m.value for m in g.members] for g in groups]


def test_another_sum_for_the_same_point_is_a_rival() -> None:
    lead = Group(
        [_said("a", LEAD), _said("b", "Corvan Mills will pay a $4.5bn fine over the Drell river case.")]
    )
    groups = restated_rivals(lead, SLACK)
    assert _values(groups) == [[LEAD], ["Corvan Mills will pay a $4.5bn fine over the Drell river case."]]


def test_the_same_sum_rounded_or_reworded_agrees() -> None:
    for other in (
        "Corvan Mills is paying a $4.2bn fine in the Drell river case.",
        "Corvan Mills will pay a fine of about $4bn over the Drell river case.",
        "Corvan Mills will pay a $4.23bn fine over the Drell river case.",
    ):
        assert restated_rivals(Group([_said("a", LEAD), _said("b", other)]), SLACK) == []


def test_a_sum_in_another_currency_or_a_sentence_with_two_sums_is_no_rival() -> None:
    for other in (
        "Corvan Mills will pay a 3.9bn euro fine over the Drell river case.",
        "Corvan Mills will pay a $4.5bn fine, after a $1bn fine last year.",
        "Corvan Mills will pay a fine over the Drell river case.",
    ):
        assert restated_rivals(Group([_said("a", LEAD), _said("b", other)]), SLACK) == []


def test_the_same_article_never_rivals_itself() -> None:
    lead = Group([_said("a", LEAD), _said("a", "Corvan Mills will pay a $4.5bn fine.")])
    assert restated_rivals(lead, SLACK) == []


def test_rivals_giving_one_figure_stand_together() -> None:
    other = "Corvan Mills will pay a $4.5bn fine over the Drell river case."
    lead = Group([_said("a", LEAD), _said("b", other), _said("c", other)])
    groups = restated_rivals(lead, SLACK)
    assert [g.docs for g in groups] == [["a"], ["b", "c"]]


def test_a_figure_the_question_gives_is_not_a_source_figure() -> None:
    asked = "what did the 12 towns say about the $4.2bn fine?"
    assert figures("The 12 towns welcomed the $4.2bn fine.", given_texts(asked)) == {}
    assert list(figures("The 12 towns welcomed the fine.")) == ["town"]


def test_a_sum_of_another_thing_in_the_sentence_is_not_compared() -> None:
    other = "The mill was sold for $9bn last year to help Corvan Mills pay a $4.5bn fine."
    groups = restated_rivals(Group([_said("a", LEAD), _said("b", other)]), SLACK)
    assert _values(groups) == [[LEAD], [other]]
    lone = "The mill was sold for $9bn last year."
    assert restated_rivals(Group([_said("a", LEAD), _said("b", lone)]), SLACK) == []


def test_a_figure_is_tied_to_the_nouns_and_verb_it_hangs_on() -> None:
    for text, words in (
        ("Corvan Mills agreed to pay a fine of $4.2bn.", {"fine", "pay"}),
        ("The mill was sold for $9bn.", {"sell"}),
    ):
        x = parse_quantities(text)[0]
        assert ties(text, x) == frozenset(words)
