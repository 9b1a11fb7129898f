"""``scripts/why_supported_nei.py`` groups a claim by how far the rules got with its sentences."""

from __future__ import annotations

import re

from scripts.why_supported_nei import _group, _held_out, _missed, _order


def test_a_reason_loses_its_particulars() -> None:
    assert _group("neutral: does not say worked, helped") == "neutral: does not say"
    assert _group("neutral: not about the same thing") == "neutral: not about the"
    assert _group("NOT JUDGED") == "NOT JUDGED"


def test_a_sentence_the_rules_read_further_comes_first() -> None:
    reasons = ["neutral: not about the", "neutral: does not say", "neutral: related, but does"]
    assert min(reasons, key=_order) == "neutral: does not say"
    assert _order("supports: states the same") < _order("neutral: does not say x")
    assert _order("NOT JUDGED") == _order("neutral: not about the")


def test_a_refuted_claim_read_as_supported_is_listed_too() -> None:
    """A refuted claim the checker supports missed its refuting sentence as one it calls
    not_enough_info did; a supported claim read as refuted is another question."""
    assert _missed("refuted", "supported") and _missed("refuted", "not_enough_info")
    assert _missed("supported", "not_enough_info")
    assert not _missed("supported", "refuted") and not _missed("refuted", "refuted")


def test_a_held_out_split_is_never_read() -> None:
    hidden = re.compile(r"^h9-")
    assert _held_out("h9-c-velm", hidden) and not _held_out("h8-c-velm", hidden)
    assert not _held_out("h9-c-velm", None)
