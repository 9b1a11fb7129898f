"""Shares told otherwise: a fraction word against a percentage of the same whole, on hand-made
sentences (invented names and figures)."""

from __future__ import annotations

from bot.shares import fraction_changes, other_share, shares, unstated_share


def test_a_fraction_word_is_a_share_of_the_whole_after_of() -> None:
    """ "A fifth of the guild's profits" is about 20% of its profits; "the third of May" is a date."""
    (fifth,) = shares("The court gave Oskar Brandt a fifth of the guild's profits.")
    assert (fifth.whole, fifth.word) == ("profit", True)
    assert fifth.low < 20 < fifth.high
    assert shares("The fair opened on the third of May.") == []
    (most,) = shares("More than half of the Velmar wardens quit.")
    assert (most.low, most.high) == (50.0, 100.0)


def test_another_share_of_the_same_whole_refutes() -> None:
    """ "A fifth of the profits" against "10% of the profits"; "a quarter" against "10%"."""
    claim = "The court gave Oskar Brandt a fifth of the guild's profits."
    assert (
        other_share(claim, "The court upheld Brandt's claim to 10% of the guild's profits.")
        == "says 10%, not a fifth"
    )
    claim = "The Tarn lab found about a quarter of the town's wells were poisoned."
    assert (
        other_share(claim, "The Tarn lab said 10% of the wells were poisoned.") == "says 10%, not a quarter"
    )


def test_a_share_within_the_fraction_words_rounding_or_of_another_whole_is_no_clash() -> None:
    """ "A quarter" allows 24%; 10% of the budget says nothing of the profits; two percentages are
    left to the figure rules."""
    claim = "The court gave Oskar Brandt a quarter of the guild's profits."
    assert other_share(claim, "The court upheld Brandt's claim to 24% of the guild's profits.") == ""
    assert other_share(claim, "The court upheld Brandt's claim to 10% of the guild's budget.") == ""
    assert other_share("Brandt won 20% of the profits.", "Brandt won 10% of the profits.") == ""
    assert other_share("Nearly half of the wells ran dry.", "Some 45% of the wells ran dry.") == ""


def test_a_change_told_by_a_fraction_word_is_a_percent_change() -> None:
    """ "Grew by a quarter" is a rise of about 25%, "cut by more than half" one of over 50%; "a third
    party", "backed by a third of the members" and "bought by half its rivals" are no change."""
    (quarter,) = fraction_changes("Ticket sales at the Ostrin fair rose by roughly a quarter in 2019.")
    assert (quarter.unit, quarter.text) == ("percent", "roughly a quarter")
    assert quarter.low < 25 < quarter.high and quarter.high < 35
    (half,) = fraction_changes("The Velm council cut its roads budget by more than half.")
    assert (half.low, half.high) == (50.0, 100.0)
    (third,) = fraction_changes("Profits at Dorn Mining rose by a third last year.")
    assert third.low < 33 < third.high
    assert fraction_changes("The Tarn mayor was beaten by a third party candidate.") == []
    assert fraction_changes("The Tarn bill was backed by a third of the members.") == []
    assert fraction_changes("The Dorn mill was bought by half its rivals.") == []


def test_a_share_the_sentence_gives_in_no_way_is_unstated() -> None:
    """ "Took half of the town" is not told by "took the town"; a share, percentage or fraction word
    that may be the claim's gives it."""
    assert (
        unstated_share("The militia held half of the port.", "The militia held the port on Monday.") == "half"
    )
    assert (
        unstated_share("About 30% of the staff left the firm.", "Staff left the firm in May.") == "About 30%"
    )
    assert (
        unstated_share("The militia held half of the port.", "The militia held half the port on Monday.")
        == ""
    )
    assert (
        unstated_share("The Velm party won a fifth of the vote.", "The Velm party won 21% of the vote.") == ""
    )
    assert unstated_share("The Velm party won the vote.", "The Velm party won the vote in Tarn.") == ""
