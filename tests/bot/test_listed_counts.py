"""A count told by the names it counts (``bot/listed_counts.py``)."""

from __future__ import annotations

from bot.listed_counts import counted_by_list
from bot.stance import _claim_counts


def _count(claim: str) -> object:
    (found,) = [q for q in _claim_counts(claim) if q.unit]
    return found


def test_a_list_of_as_many_names_of_the_counted_kind_states_the_count() -> None:
    """ "three countries" is stated by a list of three countries, not of two, nor of three cities."""
    three = _count("Envoys from three countries signed the fishing pact.")
    assert counted_by_list(three, "Envoys from Norway, Iceland and Denmark signed the fishing pact.")
    assert not counted_by_list(three, "Envoys from Norway and Iceland signed the fishing pact.")
    assert not counted_by_list(three, "Envoys from Oslo, Bergen and Tromso signed the fishing pact.")


def test_names_wordnet_does_not_know_never_count() -> None:
    """A list of made-up names may be of any kind: the count stays unstated."""
    two = _count("Delegates from two cities met at the harbour.")
    assert not counted_by_list(two, "Delegates from Velmar and Tolvik met at the harbour.")
    assert counted_by_list(two, "Delegates from Lisbon and Madrid met at the harbour.")
