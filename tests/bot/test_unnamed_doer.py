"""A doer brought in with "a"/"an" and no name is no rival to a named doer: invented sentences."""

from __future__ import annotations

import pytest

from bot.stance import attribution_stance
from bot.types import Stance
from bot.unnamed_doer import own_name, unnamed_doer


def never_similar(a: str, b: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("actor", "sentence", "unnamed"),
    [
        ("armed group", "An armed group raided the village of Orlesk at dawn.", True),
        ("militant faction", "A militant faction shelled the market in Varno on Monday.", True),
        ("group", "An armed group that had come from Varno raided the village.", True),  # no name
        ("Velmar brigade", "A Velmar brigade raided the village of Orlesk.", False),  # a name in the phrase
        ("group", "A group of Dorvan fighters raided the village of Orlesk.", False),
        ("armed group", "The armed group raided the village of Orlesk.", False),  # already identified
        ("rebels", "Rebels raided the village of Orlesk.", False),
    ],
)
def test_an_indefinite_doer_with_no_name_in_its_phrase(actor: str, sentence: str, unnamed: bool) -> None:
    assert unnamed_doer(actor, sentence) is unnamed


def test_a_doer_has_a_name_of_its_own_only_with_a_proper_noun() -> None:
    assert own_name("the Velmar Front")
    assert not own_name("government forces")
    assert not own_name("rebels")


def test_an_unnamed_group_does_not_refute_a_named_doer_but_a_named_rival_still_does() -> None:
    claim = "The Velmar Front carried out the massacre in Orlesk."
    unnamed = "An armed band carried out the massacre in Orlesk, the police said."
    assert attribution_stance(claim, unnamed, never_similar) is None
    named = attribution_stance(claim, "The Dorvan Legion carried out the massacre in Orlesk.", never_similar)
    assert named is not None and named[0] is Stance.REFUTES
