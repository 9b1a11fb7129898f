"""``scripts/gold_ranks.py``: a quote's rank in a ranked list and its share of the item's words."""

from __future__ import annotations

from scripts.gold_ranks import first_rank, word_share


def test_a_rank_is_the_first_hits_place_counted_from_one() -> None:
    assert first_rank([False, False, True, True]) == 3
    assert first_rank([True]) == 1
    assert first_rank([False, False]) is None
    assert first_rank([]) is None


def test_a_quote_holds_the_share_of_the_items_content_words_it_says() -> None:
    """ "How many ferries did Tarvel buy?" asks "ferries", "Tarvel", "buy": "Tarvel bought two
    ferries" says "Tarvel" and "ferries" (the irregular "bought" is not "buy" by form)."""
    assert word_share("How many ferries did Tarvel buy?", "Tarvel bought two ferries.") == 2 / 3
    assert word_share("How many ferries did Tarvel buy?", "Osterby opened a school.") == 0.0
    assert word_share("How many?", "Tarvel bought two ferries.") == 0.0
