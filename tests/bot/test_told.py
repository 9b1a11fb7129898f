"""A sentence very close to a claim tells it in other words unless polarity or WordNet differ (invented sentences)."""

from bot.told import negated, opposed_verbs, told_in_other_words


def test_close_sentence_tells_claim() -> None:
    claim = "Mayor Ilsa Varn held talks with the Orvane council."
    assert told_in_other_words(claim, "Mayor Ilsa Varn met the Orvane council on Friday.", 0.84, 0.8)


def test_below_cutoff_tells_nothing() -> None:
    claim = "Mayor Ilsa Varn held talks with the Orvane council."
    assert not told_in_other_words(claim, "Mayor Ilsa Varn met the Orvane council on Friday.", 0.7, 0.8)


def test_negation_on_one_side_tells_nothing() -> None:
    claim = "Tarvik would ease its campaign against the Quell militia."
    text = "Tarvik would not weaken its campaign against the Quell militia."
    assert negated(text) and not negated(claim)
    assert not told_in_other_words(claim, text, 0.9, 0.8)


def test_opposed_verbs_tell_nothing() -> None:
    assert opposed_verbs("lose", "win")
    claim = "The Dunmere Hawks lost the Corran cup final."
    assert not told_in_other_words(claim, "The Dunmere Hawks won the Corran cup final.", 0.95, 0.8)
