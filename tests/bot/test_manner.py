"""The claim's deed told in the opposite manner (``bot/manner.py``)."""

from bot.manner import opposed_manner

RANK = 1


def test_unopposed_refutes_fighting_in() -> None:
    said = opposed_manner(
        "The militia had to fight its way into Velmport.",
        "The militia entered Velmport unopposed on Friday.",
        RANK,
    )
    assert said == "says unopposed, not fight"


def test_unopposed_refutes_resistance_and_fighting() -> None:
    told = "The militia entered Velmport unopposed on Friday."
    assert opposed_manner("The militia met stiff resistance in Velmport.", told, RANK)
    assert opposed_manner("The militia took Velmport after days of fighting.", told, RANK)


def test_without_a_fight_refutes_fought() -> None:
    said = opposed_manner(
        "The guards fought hard for the port of Tarn.",
        "The guards seized the port of Tarn without a fight.",
        RANK,
    )
    assert said == "says without a fight, not fought"


def test_claim_saying_the_same_manner_is_left_alone() -> None:
    assert not opposed_manner(
        "The guards took Tarn without a fight.", "The guards entered Tarn unopposed on Friday.", RANK
    )


def test_other_place_is_left_alone() -> None:
    assert not opposed_manner(
        "The guards fought hard for the port of Tarn.",
        "The guards seized the port of Dorn without a fight.",
        RANK,
    )


def test_adverb_antonym_is_no_manner() -> None:
    assert not opposed_manner(
        "Ostrova said the guards must be stopped from coming back.",
        "Ostrova further warned her office would protect its staff.",
        RANK,
    )


def test_the_reason_names_the_manner_word_alone() -> None:
    said = opposed_manner(
        "The militia had to fight its way into Velmport.",
        "The militia entered Velmport unopposed on Friday after a short march from the coast.",
        RANK,
    )
    assert said == "says unopposed, not fight"


def test_a_doer_noun_is_no_manner_of_the_deed() -> None:
    assert not opposed_manner(
        "Local fighters were among the force that took Velmport.",
        "The militia entered Velmport unopposed on Friday.",
        RANK,
    )
