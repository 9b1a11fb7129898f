"""Each answer and verdict rule on a tiny index of two hand-written articles (not the seeds)."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.types import Label, Stance, Status
from index.embed import Embedder
from index.settings import Settings

PORT = """Port of Velmar reopens

The port of Velmar reopened on Monday after two years of repairs, harbour master Ilse Varga said.

Workers rebuilt 14 cranes along the northern pier of the port.

The city council did not approve a new ferry line to Ostrin.
"""
COAST = """Velmar cranes back in use

Workers rebuilt a dozen cranes along the northern pier of the port, the Velmar council said.

Fishing boats returned to the harbour the same week.
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder = tmp_path_factory.mktemp("rules-articles")
    (folder / "port.txt").write_text(PORT)
    (folder / "coast.txt").write_text(COAST)
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("rules-index"))
    checker = FactChecker(settings, embedder=embedder)
    assert checker.ingest([folder]).articles == 2
    return checker


def stances(checker: FactChecker, claim: str) -> tuple[Label, dict[str, tuple[Stance, str]]]:
    verdict = checker.check(claim)
    return verdict.verdict, {e.doc: (e.stance, e.reason) for e in verdict.evidence}


def test_same_count_supports_and_a_count_that_cannot_overlap_refutes(small: FactChecker) -> None:
    label, by_doc = stances(small, "Workers rebuilt 14 cranes along the northern pier of the port.")
    assert label is Label.CONFLICTING
    assert by_doc["port.txt"][0] is Stance.SUPPORTS
    assert by_doc["coast.txt"] == (Stance.REFUTES, "gives a dozen, not 14")


def test_another_weekday_or_direction_in_the_same_slot_refutes(small: FactChecker) -> None:
    label, by_doc = stances(small, "The port of Velmar reopened on Sunday.")
    assert label is Label.REFUTED and by_doc["port.txt"] == (Stance.REFUTES, "names Monday, not Sunday")
    label, by_doc = stances(small, "Workers rebuilt 14 cranes along the southern pier of the port.")
    assert label is Label.REFUTED and by_doc["port.txt"] == (Stance.REFUTES, "says north, not south")


def test_opposite_polarity_refutes(small: FactChecker) -> None:
    label, by_doc = stances(small, "The city council approved a new ferry line to Ostrin.")
    assert label is Label.REFUTED
    assert by_doc["port.txt"] == (Stance.REFUTES, "one says it happened, the other that it did not")


def test_an_order_the_source_does_not_give_and_an_unrelated_claim_are_not_enough_info(
    small: FactChecker,
) -> None:
    label, by_doc = stances(small, "The port of Velmar reopened before the council vote.")
    assert label is Label.NOT_ENOUGH_INFO
    assert by_doc["port.txt"] == (Stance.NEUTRAL, "related, but does not state the claim")  # no vote
    assert small.check("Penguins invaded the port of Velmar.").verdict is Label.NOT_ENOUGH_INFO


def test_a_count_two_sources_give_differently_is_a_disagreement(small: FactChecker) -> None:
    answer = small.ask("How many cranes did workers rebuild?")
    (dis,) = answer.disagreements
    assert {v.value: [c.doc for c in v.citations] for v in dis.variants} == {
        "14 cranes": ["port.txt"],
        "a dozen cranes": ["coast.txt"],
    }
    assert small.ask("How mnay cranes did workers rebuild?").answer == answer.answer  # a typo reads the same


def test_when_and_who_are_answered_by_the_entity_in_the_asked_role(small: FactChecker) -> None:
    when = small.ask("When did the port of Velmar reopen?")
    assert (when.status, when.answer, [c.doc for c in when.citations]) == (
        Status.ANSWERED,
        "Monday",
        ["port.txt"],
    )
    who = small.ask("Who is the harbour master of Velmar?")  # the name right after the asked title
    assert who.answer == "Ilse Varga" and who.single_source


def test_what_no_source_states_is_not_in_the_sources(small: FactChecker) -> None:
    answer = small.ask("How many bridges collapsed in Velmar?")
    assert answer.status is Status.NOT_IN_SOURCES and not answer.citations and answer.passages
