"""The claim's doer refusing the thing the claim has it take up (hand-made sentences)."""

from __future__ import annotations

import pytest

from bot.refused_object import refused_object
from index.tuning import CheckTuning

RANK = CheckTuning.refused_sense_rank
STEPS = CheckTuning.reversed_kind_steps


@pytest.mark.parametrize(
    ("claim", "sentence", "reason"),
    [
        (  # overruling, which WordNet opposes to backing by no antonym; the doer one of two
            "Ostria supported the harbour bill.",
            "Last week Velm and Ostria vetoed the harbour bill that the Tarn senate had passed.",
            "says vetoed, not supported",
        ),
        (  # rejecting the thing the claim has the same board back
            "The Velm board backed the Tarn offer.",
            "The Velm board rejected the Tarn offer on Friday.",
            "says rejected, not backed",
        ),
    ],
)
def test_refused(claim: str, sentence: str, reason: str) -> None:
    assert refused_object(claim, sentence, RANK, STEPS) == reason


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        # another doer refuses it
        (
            "Ostria supported the harbour bill.",
            "Last week Velm vetoed the harbour bill that the Tarn senate had passed.",
        ),
        # denying charges answers them: no refusal
        (
            "Ilse Varn and Tom Brill had answered the league charges in writing.",
            "Ilse Varn and Tom Brill, who have both denied the charges, await a ruling.",
        ),
        # a passive's subject is no doer's object
        (
            "Some 25 people were hurt in the Tarn market fire.",
            "Only a failed test will mean people are denied a visa.",
        ),
        # negated or hedged refusals state nothing
        ("The Velm board backed the Tarn offer.", "The Velm board has not rejected the Tarn offer."),
        ("The Velm board backed the Tarn offer.", "The Velm board may reject the Tarn offer."),
        # undoing a deed done is no refusal of it
        ("The Velm board made an offer to Tarn.", "The Velm board withdrew its offer to Tarn on Friday."),
    ],
)
def test_not_refused(claim: str, sentence: str) -> None:
    assert refused_object(claim, sentence, RANK, STEPS) == ""
