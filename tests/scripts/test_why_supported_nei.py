"""``scripts/why_supported_nei.py`` groups a claim by how far the rules got with its sentences."""

from __future__ import annotations

from scripts.why_supported_nei import _group, _order


def test_a_reason_loses_its_particulars() -> None:
    assert _group("neutral: does not say worked, helped") == "neutral: does not say"
    assert _group("neutral: not about the same thing") == "neutral: not about the"
    assert _group("NOT JUDGED") == "NOT JUDGED"


def test_a_sentence_the_rules_read_further_comes_first() -> None:
    reasons = ["neutral: not about the", "neutral: does not say", "neutral: related, but does"]
    assert min(reasons, key=_order) == "neutral: does not say"
    assert _order("supports: states the same") < _order("neutral: does not say x")
    assert _order("NOT JUDGED") == _order("neutral: not about the")
