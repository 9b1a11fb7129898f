"""A country's people brought "home" are brought to their country (hand-made sentences)."""

from __future__ import annotations

from bot.alignment import stated_words
from bot.homeward import home_told
from bot.nlp import dependency_parse
from bot.text import TokenPool, tokens
from index.tuning import CheckTuning

CLAIM = "Chile flew 200 of its nationals home from Tarnby."


def _home(claim: str, text: str) -> list[str]:
    doc, sent = dependency_parse(claim), dependency_parse(text, entities=False)
    home = next(t for t in doc if t.lower_ == "home")
    return [sent[i].text for i in home_told(home, sent)]


def test_home_is_a_destination_in_the_claims_country() -> None:
    assert _home(CLAIM, "A night flight from Tarnby brought the nationals to Santiago.") == ["Santiago"]
    assert _home(CLAIM, "A night flight from Tarnby brought the nationals to Valparaiso.") == ["Valparaiso"]
    assert _home("The envoy got the Chileans home.", "The envoy got the Chileans to Santiago.") == [
        "Santiago"
    ]


def test_home_is_not_another_countrys_place_nor_a_place_set_out_from() -> None:
    assert _home(CLAIM, "A night flight from Tarnby brought the nationals to Cairo.") == []
    assert _home(CLAIM, "A night flight from Santiago brought the nationals to Tarnby.") == []
    assert _home("Chile shelled their home near Tarnby.", "Chile shelled a road to Santiago.") == []


def test_the_claim_is_stated_with_home_told_by_its_destination() -> None:
    tune = CheckTuning()
    context = TokenPool(tokens("Chile evacuated 200 nationals."))

    def unstated(text: str) -> tuple[str, ...]:
        return stated_words(
            CLAIM, text, context, lambda a, b: False, tune.stated_sense_rank, tune.stated_arc
        ).unstated

    assert unstated("A night flight from Tarnby brought the nationals to Santiago.") == ()
    assert unstated("A night flight from Tarnby brought the nationals back.") == ("home",)
