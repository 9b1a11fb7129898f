"""``bot/comparisons.py``: the same comparison made the other way round."""

from __future__ import annotations

from bot.comparisons import (
    compared_parties,
    comparison_clash,
    count_comparison_clash,
    figure_order_clash,
    ordinal_clash,
    superlative_clash,
    unstated_comparison,
)


def test_opposite_comparisons_with_the_same_thing_clash() -> None:
    claim = "Velmar's 2004 tour grossed less money than Ostrin's."
    assert comparison_clash(claim, "Although she grossed more than Ostrin last year, Velmar came second.")
    assert not comparison_clash(claim, "Velmar's tour grossed less than Ostrin's.")  # the same way round
    assert not comparison_clash(claim, "Velmar grossed more than Dunmoor.")  # compared with another
    assert not comparison_clash("It showed in more than 950 cinemas.", "It showed in fewer than 950 cinemas.")


def test_another_rank_for_the_claims_thing_clashes() -> None:
    claim = "The Zeta machine came third in the speed list."
    assert ordinal_clash(claim, "In second place was the Zeta machine.") == "says second, not third"
    assert (
        ordinal_clash("Velm's budget will be her ninth.", "Velm's budget will be her 8th.")
        == "says 8th, not ninth"
    )
    assert not ordinal_clash(
        claim, "The Zeta machine came third, behind the second-placed Orvan."
    )  # gives ours
    assert not ordinal_clash("Velm won its third title.", "Velm won its fourth cup.")  # another thing ranked
    assert not ordinal_clash(claim, "It was the second time the list was published.")  # a rank of time
    assert not ordinal_clash(claim, "The list came out on 2nd May.")  # a day of a month
    assert not ordinal_clash("The Zeta machine is fast.", "In second place was the Zeta machine.")


def test_a_rank_of_a_hyphenated_noun_ranks_that_noun() -> None:
    claim = "Orvan dropped the first round but went on to win the cup."
    assert not ordinal_clash(claim, "Orvan reached the cup after a win in the second semi-final.")


def test_count_comparison_the_other_way_round_refutes() -> None:
    claim = "More Velm guards than Tarn militiamen were killed near Orsk."
    assert count_comparison_clash(
        claim, "The monitor said 12 guards and 20 militiamen had been killed near Orsk."
    )
    assert not count_comparison_clash(
        claim, "The monitor said 22 guards and 20 militiamen had been killed near Orsk."
    )
    assert not count_comparison_clash(
        claim, "12 guards were killed and 20 militiamen were captured near Orsk."
    )
    fewer = "Fewer civilians than soldiers were wounded in Orsk."
    assert count_comparison_clash(fewer, "In Orsk 40 civilians and 12 soldiers were wounded.")
    assert not count_comparison_clash(fewer, "In Orsk 4 civilians and 12 soldiers were wounded.")


def test_a_bound_is_no_comparison() -> None:
    claim = "The raids hit more than 75 camps."
    assert not count_comparison_clash(claim, "The raids hit 70 camps and 12 depots.")
    assert not unstated_comparison(claim, "The raids hit 80 camps.")


def test_a_comparison_is_unsaid_by_one_count() -> None:
    claim = "More Velm guards than Tarn militiamen were killed near Orsk."
    assert unstated_comparison(claim, "The monitor said 12 Velm and 20 militiamen had been killed.")
    assert not unstated_comparison(claim, "More guards than militiamen died, the monitor said.")
    assert not unstated_comparison(claim, "Velm guards and Tarn militiamen were killed near Orsk.")
    assert not unstated_comparison(claim, "The monitor said 22 guards and 20 militiamen had been killed.")


def test_parties_given_figures_the_other_way_round_clash() -> None:
    claim = "The Velmar drive will store more data than a Kessaron card."
    text = "A Velmar drive holds 20GB, while the Kessaron card can store 64GB."
    assert figure_order_clash(claim, text) == "gives 20GB for Velmar drive and 64GB for Kessaron card"
    assert figure_order_clash(claim, "A Velmar drive holds 64GB, while the Kessaron card stores 20GB.") == ""
    # a common word of one party's phrase in the other's name does not take its figure
    assert figure_order_clash(claim, "The Velmar drive holds 64GB; a Kessaron drive holds 20GB.") == ""


def test_a_bracketed_conversion_and_initials_keep_the_parties_figures() -> None:
    claim = "Tarnwick fetched more at the autumn sale than Orsa Holdings."
    text = "Tarnwick is valued at about $1.2bn (£0.9bn), against OH's $8.4bn."
    assert figure_order_clash(claim, text).startswith("gives $1.2bn for Tarnwick")


def test_figures_of_other_units_or_one_party_do_not_clash() -> None:
    claim = "The Velmar drive will store more data than a Kessaron card."
    assert (
        figure_order_clash(claim, "The Velmar drive holds 20GB and costs $90, the Kessaron card $40.") == ""
    )
    assert figure_order_clash(claim, "The Velmar drive holds 20GB.") == ""


def test_a_bound_or_unnamed_parties_are_no_compared_parties() -> None:
    assert compared_parties("More than 75 troops were sent to Tarn.") is None
    assert compared_parties("More people voted this year than last year.") is None
    assert compared_parties("Tarn City scored fewer goals than Velm Rovers.") == (
        "Tarn City",
        "Velm Rovers",
        False,
    )


def test_another_place_in_the_same_ranking_clashes() -> None:
    """ "Tarvia's biggest port" against "Tarvia's third-largest port": one ranking (big/large are
    WordNet synonyms), another place; a bare superlative is first."""
    claim = "Dunmoor is Tarvia's biggest port."
    assert (
        superlative_clash(claim, "Dunmoor, Tarvia's third-largest port, reopened.")
        == "says third-largest, not biggest"
    )
    second = "Velmar is the second most populous town in Ostria."
    assert (
        superlative_clash(second, "Velmar, the most populous town in Ostria, voted.")
        == "says most populous, not second most populous"
    )


def test_the_same_place_another_ranking_or_scope_is_no_clash() -> None:
    """The same place; another adjective (the oldest is not the biggest); another thing ranked;
    another scope (the world's third-biggest port may be Europe's biggest)."""
    claim = "Dunmoor is Tarvia's biggest port."
    assert superlative_clash(claim, "Dunmoor, Tarvia's largest port, reopened.") == ""
    assert superlative_clash(claim, "Dunmoor, Tarvia's third-oldest port, reopened.") == ""
    assert superlative_clash(claim, "Dunmoor, Tarvia's third-biggest town, reopened.") == ""
    assert superlative_clash(claim, "Dunmoor, the world's third-biggest port, reopened.") == ""
