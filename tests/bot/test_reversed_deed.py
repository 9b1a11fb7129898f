"""The claim's deed of the same parties told reversed: an antonym, one side negated, roles swapped."""

from __future__ import annotations

import pytest

from bot.reversed_deed import reversed_deed
from index.tuning import CheckTuning

RANK = CheckTuning.reversed_sense_rank
STEPS = CheckTuning.reversed_kind_steps


@pytest.mark.parametrize(
    ("claim", "sentence", "reason"),
    [
        (  # a WordNet antonym of the claim's verb, same subject and day
            "The Velm index rose on Monday.",
            "The Velm index fell sharply on Monday after the vote.",
            "says fell, not rose",
        ),
        (  # an antonym of the verb, same court and defendant
            "The Tarn court convicted Ilse Brandt of fraud.",
            "The Tarn court acquitted Ilse Brandt of fraud on Friday.",
            "says acquitted, not convicted",
        ),
        (  # the same verb negated in the sentence only
            "The Brill union lodged a complaint against the Oster referee.",
            "The Brill union decided not to lodge a complaint against the Oster referee.",
            "says not lodge",
        ),
        (  # the sentence negates what the claim's verb is a kind of (slackening is weakening)
            "Arnholt slackened its campaign against the Velm dam.",
            "Arnholt will not weaken its campaign against the Velm dam, the minister said.",
            "says not weaken",
        ),
        (  # the claim negated, the sentence asserting a synonym
            "Ostrava does not regard the Karsk Front as a terrorist group.",
            "Ostrava regards the Karsk Front as a terrorist group, officials said.",
            "says regards",
        ),
        (  # doer and object swapped around the same verb
            "Velm attacked Tarn last week.",
            "Tarn attacked Velm last week, officials said.",
            "says the other way round: attacked",
        ),
    ],
)
def test_reversed(claim: str, sentence: str, reason: str) -> None:
    assert reversed_deed(claim, sentence, RANK, STEPS) == reason


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # the same deed, the same way
            "Velm attacked Tarn last week.",
            "Velm attacked Tarn last week, officials said.",
        ),
        (  # the passive tells the same direction
            "Velm attacked Tarn last week.",
            "Tarn was attacked by Velm last week.",
        ),
        (  # a hedged opposite states nothing
            "The Tarn court convicted Ilse Brandt of fraud.",
            "The Tarn court may acquit Ilse Brandt of fraud.",
        ),
        (  # another owner's shares: the kind of thing alone pins no event
            "Korval shares rose 4% on the news.",
            "Pellam's shares fell 2% on the news.",
        ),
        (  # the antonym said of other parties
            "The Velm index rose on Monday.",
            "Oil prices fell in Tarn on Monday.",
        ),
        (  # a report the sentence holds as a noun's content asserts nothing either way
            "The Korvel tunnel will not reopen in June.",
            "The minister rejected rumours that the Korvel tunnel would reopen in June.",
        ),
        (  # "come" and "go" oppose, but no kind of going opposes every kind of coming
            "The Ostrava convoy had come from the Brenna border.",
            "The Ostrava convoy had travelled to Velm from the Brenna border.",
        ),
    ],
)
def test_not_reversed(claim: str, sentence: str) -> None:
    assert reversed_deed(claim, sentence, RANK, STEPS) == ""
