"""Grouping missed conflicting claims by where their gold quotes stopped (``scripts/missed_conflicts.py``)."""

from __future__ import annotations

from bot.stance import Judgement, Stance
from scripts.missed_conflicts import gate, summary


def test_a_quotes_gate_is_its_neutral_reason_its_side_or_no_judgement() -> None:
    assert gate(None) == "not judged"
    assert gate(Judgement(Stance.REFUTES, 0.5, "gives 9, not 12")) == "took a side (refutes)"
    assert gate(Judgement(Stance.NEUTRAL, 0.5, "does not say it of barges")) == "subject unsaid"
    assert gate(Judgement(Stance.NEUTRAL, 0.5, "does not say sailed")) == "verb unsaid"
    assert gate(Judgement(Stance.NEUTRAL, 0.5, "does not give the claim's numbers")) == "numbers"
    assert gate(Judgement(Stance.NEUTRAL, 0.5, "a reason no gate names")) == "other neutral"


def test_the_summary_counts_only_missed_claims_under_each_gate_they_met() -> None:
    found = {
        "a": ("not_enough_info", {"numbers", "not judged"}),
        "b": ("supported", {"numbers"}),
        "c": ("conflicting", {"numbers"}),
    }
    assert summary(found) == [
        "2 of 3 claims missed; gold quotes stopped at:",
        "  numbers: 2 (a b)",
        "  not judged: 1 (a)",
    ]
