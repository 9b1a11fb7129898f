"""``bot/comparisons.py``: the same comparison made the other way round."""

from __future__ import annotations

from bot.comparisons import comparison_clash


def test_opposite_comparisons_with_the_same_thing_clash() -> None:
    claim = "Velmar's 2004 tour grossed less money than Ostrin's."
    assert comparison_clash(claim, "Although she grossed more than Ostrin last year, Velmar came second.")
    assert not comparison_clash(claim, "Velmar's tour grossed less than Ostrin's.")  # the same way round
    assert not comparison_clash(claim, "Velmar grossed more than Dunmoor.")  # compared with another
    assert not comparison_clash("It showed in more than 950 cinemas.", "It showed in fewer than 950 cinemas.")
