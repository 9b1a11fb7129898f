"""A claim told whole with another figure on its counted noun, on hand-made sentences (invented names)."""

from __future__ import annotations

from bot.api import FactChecker
from bot.count_owner import counts
from bot.nlp import dependency_parse
from bot.restated_count import noun_at, same_thing
from bot.stance import judge
from bot.types import Stance
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand

CLAIM = "Oda Renn has five Tarvik Cup titles."


def _judged(tiny: FactChecker, claim: str, text: str) -> tuple[Stance, str]:
    judged = judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())
    return judged.stance, judged.reason


def test_the_noun_a_figure_modifies_is_what_it_counts() -> None:
    """ "four Tarvik Cups": a name the value parser leaves without a unit is still counted."""
    text = "Oda Renn has won four Tarvik Cups."
    doc = dependency_parse(text, entities=False)
    assert doc[noun_at(doc, counts(text)[0]) or 0].text == "Cups"


def test_another_figure_on_the_noun_stating_the_claims_refutes_it(tiny: FactChecker) -> None:
    """Every word told, the titles told as the cups they are, four of them: not five."""
    stance, reason = _judged(tiny, CLAIM, "Oda Renn has won four Tarvik Cups, in 1998, 2001, 2003 and 2006.")
    assert stance is Stance.REFUTES and "four" in reason


def test_the_same_figure_on_that_noun_supports_it(tiny: FactChecker) -> None:
    stance, _ = _judged(tiny, CLAIM, "Oda Renn has won five Tarvik Cups, in 1998, 2001, 2003, 2004 and 2006.")
    assert stance is Stance.SUPPORTS


def test_a_figure_on_a_noun_not_stating_the_claims_does_not_refute(tiny: FactChecker) -> None:
    """ "two vessels" are not said to be the claim's ships: no figure told for them."""
    stance, _ = _judged(
        tiny, "Velm sold five ships to Tarn in 2003.", "Velm sold two vessels to Tarn in 2003."
    )
    assert stance is not Stance.REFUTES


def test_a_figure_on_a_narrower_kind_does_not_refute(tiny: FactChecker) -> None:
    """Two bombers sold leave room for five aircraft: the narrower noun states the claim's, but
    its count is a part."""
    claim = "Velm sold five aircraft to Tarn in 2003."
    stance, _ = _judged(tiny, claim, "Velm sold two bombers to Tarn in 2003.")
    assert stance is not Stance.REFUTES


def test_the_same_thing_is_the_noun_its_compound_or_a_synonym_never_a_narrower_kind() -> None:
    titles = dependency_parse(CLAIM)
    assert same_thing(titles, 6, "Cups") and same_thing(titles, 6, "championships")
    assert not same_thing(titles, 6, "medals")
    aircraft = dependency_parse("Velm sold five aircraft to Tarn in 2003.")
    assert not same_thing(aircraft, 3, "bombers")


def test_a_figure_told_of_another_subject_does_not_refute(tiny: FactChecker) -> None:
    """The players a league has are not the players a clash killed, beside the league's name or
    inside the players' own noun phrase."""
    claim = "The league still has 10,000 players."
    for text in (
        "Clashes killed at least 40 players from rival leagues as well as 12 Korvan players.",
        "Another 17 Korvan league players were hurt in clashes on Sunday.",
    ):
        stance, _ = _judged(tiny, claim, text)
        assert stance is not Stance.REFUTES, text
