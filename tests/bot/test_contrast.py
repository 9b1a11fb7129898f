"""A claim's own contrast: "X, not Y" states X and denies Y."""

from __future__ import annotations

import pytest

from bot.contrast import contrasts, denied_words, own_words, stated_part, swapped


@pytest.mark.parametrize(
    ("claim", "stated", "denied"),
    [
        ("The flood reached a bakery, not a library.", "a bakery", "a library"),
        ("The flood reached not a library but a bakery.", "a bakery", "a library"),
        ("Goats rather than sheep ate the turnips.", "Goats", "sheep"),
        ("It was the ferry captain, not the pilot, who sounded the alarm.", "the ferry captain", "the pilot"),
    ],
)
def test_a_contrast_is_read_into_its_stated_and_denied_phrases(claim: str, stated: str, denied: str) -> None:
    """Each wording of a contrast gives the phrase the claim states and the one it denies."""
    (found,) = contrasts(claim)
    assert (found.stated, found.denied) == (stated, denied)


def test_a_negated_deed_or_state_is_no_contrast() -> None:
    """ "did not", "pleaded not guilty", "no more" negate the deed or bound a count: no contrast."""
    for claim in (
        "The ferry did not leave the harbour.",
        "The clerk pleaded not guilty at his hearing.",
        "Exactly 12 lorries were seized, no more.",
        "The guild has not only sold boats but also built them.",
    ):
        assert contrasts(claim) == [], claim
        assert stated_part(claim) == claim


def test_the_stated_part_drops_the_denial_and_the_swap_puts_the_denied_in_its_place() -> None:
    """What a sentence must state, and what a sentence refuting the contrast states; "ones"
    stands for the stated head noun."""
    claim = "It was green trucks, not blue ones, that blocked the Dorvel road."
    assert stated_part(claim) == "It was green trucks that blocked the Dorvel road."
    (found,) = contrasts(claim)
    assert swapped(claim, found) == "It was blue trucks that blocked the Dorvel road."
    assert denied_words(found) == {"blue"}
    assert own_words(found) == {"green"}
    before = "The flood reached not a library but a bakery."
    assert swapped(before, contrasts(before)[0]) == "The flood reached a library."
