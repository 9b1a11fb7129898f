"""Sums a question gives and the currency it asks for, on hand-made questions."""

from __future__ import annotations

from bot.sums import asked_currency, given_sums, is_given
from bot.values import parse_quantities


def test_the_sum_a_question_states_is_what_it_converts() -> None:
    """ "the A$4bn offer ... in US dollars": the stated A$4bn is given, $3.1bn is not."""
    question = "What was Keldby's A$4bn offer for Velmar Wines worth in US dollars?"
    given = given_sums(question)
    assert [g.text for g in given] == ["4bn"]
    stated = parse_quantities("an offer worth 4bn Australian dollars ($3.1bn; £2.2bn)")
    assert [is_given(x, given) for x in stated] == [True, False, False]
    assert given_sums("How many ferries sank near Ostrin in 2019?") == []
    assert [g.unit for g in given_sums("How much did Keldby pay for its 12.5% stake in Velmar?")] == [
        "percent"
    ]


def test_the_currency_an_amount_is_asked_in() -> None:
    assert asked_currency("What was the offer worth in US dollars?") == "dollar"
    assert asked_currency("How much is the Velmar deal worth in euros?") == "euro"
    assert asked_currency("How much did the bridge cost in March?") == ""


def test_a_way_of_the_asked_verb_states_it() -> None:
    """ "spent" is a way of paying (WordNet), so it says what was paid; "sold" is not."""
    from bot.sums import states_a_way_of

    question = "How much did Keldby pay for its stake in Velmar Wines?"
    assert states_a_way_of(question, "Keldby spent $40m on buying a stake in Velmar Wines.", 1)
    assert not states_a_way_of(question, "Keldby sold its stake in Velmar Wines for $40m.", 1)
