"""The sum a "what" question asks by its verb (``bot.value_verbs``), on invented text."""

from __future__ import annotations

from bot.value_verbs import ValueSlot, asked_slot, slot_sum


def test_the_slot_a_what_question_asks() -> None:
    """Business, sport, politics: a stranded preposition ("valued at"), "what" as the
    verb's object ("cost", "pay"), "worth"; a question asking a noun ("what kind of contract") asks none."""
    assert asked_slot("What was Ostra valued at after the merger?") == ValueSlot("value", "at")
    assert asked_slot("What does the ferry ticket cost now?") == ValueSlot("cost", "")
    assert asked_slot("What did Velm United pay for the striker?") == ValueSlot("pay", "")
    assert asked_slot("What is the council's stake worth?") == ValueSlot("worth", "")
    assert asked_slot("What kind of contract ran out after ten years?") is None


def test_a_sum_in_the_asked_slot_answers() -> None:
    """The money or percentage hanging on the same verb in the same way, with its currency sign."""
    assert slot_sum(ValueSlot("value", "at"), "Harbour-based Ostra is now valued at £2.1bn.") == "£2.1bn"
    assert slot_sum(ValueSlot("come", "to"), "Profit for the year came to $57m, the firm said.") == "$57m"
    assert slot_sum(ValueSlot("cost", ""), "The strike cost the port £40m.") == "£40m"
    assert slot_sum(ValueSlot("pay", ""), "The club paid $9m for the striker.") == "$9m"
    assert slot_sum(ValueSlot("worth", ""), "The deal, worth $3bn, was signed in Tarvel.") == "$3bn"


def test_a_sum_outside_the_slot_does_not_answer() -> None:
    """ "What did Velm buy": a price on "for", or a share describing the thing bought, is not the
    object; a count is no sum; another verb's sum is not the asked one."""
    assert slot_sum(ValueSlot("buy", ""), "Velm bought Ostra for $2bn.") == ""
    assert slot_sum(ValueSlot("buy", ""), "Velm bought a 20% stake in Ostra.") == ""
    assert slot_sum(ValueSlot("cost", ""), "The works took 14 months and employed 300 people.") == ""
    assert slot_sum(ValueSlot("value", "at"), "Shares rose 9% after Ostra was sold to Kell.") == ""
