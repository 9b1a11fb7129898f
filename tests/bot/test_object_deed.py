"""The claim's object held by a sentence under another deed: undone, refused, called off, opposed."""

from __future__ import annotations

import pytest

from bot.object_deed import other_deed
from index.tuning import CheckTuning

RANK = CheckTuning.deed_sense_rank
STEPS = CheckTuning.deed_kind_steps


@pytest.mark.parametrize(
    ("claim", "verb", "sentence", "word"),
    [
        (  # a light verb's deed taken back
            "The Arden club made an offer for the striker.",
            "made",
            "The Arden club withdrew its offer for the striker on Monday.",
            "withdrew",
        ),
        (  # a planned event called off, a phrasal verb
            "The Kessel rebels launched an offensive on the valley.",
            "launched",
            "The Kessel rebels called off their offensive on the valley.",
            "called",
        ),
        (  # a verb filed under one opposed to the claim's (denying is contradicting)
            "The minister confirmed the report about the budget.",
            "confirmed",
            "The minister denied the report about the budget.",
            "denied",
        ),
        (  # refused, in the passive
            "Rovan signed the peace deal in Ostrin.",
            "signed",
            "The peace deal was refused by Rovan in Ostrin.",
            "refused",
        ),
        (  # the undoing told by a deed noun over the object
            "The town held the annual parade.",
            "held",
            "The cancellation of the annual parade upset the town.",
            "cancellation",
        ),
        (  # the object qualifying the noun the verb takes
            "Velm backed the Tarn council draft on the new bridge.",
            "backed",
            "On Monday Velm vetoed a draft council resolution on the new bridge.",
            "vetoed",
        ),
        (  # a participle on the object
            "The league staged the match in Tarn.",
            "staged",
            "Fans were angry about the match cancelled on Monday.",
            "cancelled",
        ),
    ],
)
def test_another_deed_on_the_claims_object_is_found(claim: str, verb: str, sentence: str, word: str) -> None:
    assert other_deed(claim, verb, sentence, RANK, STEPS) == word


@pytest.mark.parametrize(
    ("claim", "verb", "sentence"),
    [
        ("The council received a grant for the bridge.", "received", "The council was granted a grant."),
        (
            "The navy carried out airstrikes on the port.",
            "carried",
            "The navy launched airstrikes on the port.",
        ),
        ("The Tarn team won the cup final.", "won", "The Tarn team lifted the cup after the final."),
        ("Brill accepted the nomination.", "accepted", "Brill took the nomination for the party."),
        ("The army ended its siege of the port.", "ended", "The army halted its siege of the port."),
        ("The Dunmoor army seized the airport.", "seized", "The Dunmoor army made the airport its base."),
        ("The firm cut 90 jobs at the plant.", "cut", "The union rejected the firm's plan for the plant."),
    ],
)
def test_the_same_deed_in_other_words_or_another_object_is_not(claim: str, verb: str, sentence: str) -> None:
    assert other_deed(claim, verb, sentence, RANK, STEPS) == ""
