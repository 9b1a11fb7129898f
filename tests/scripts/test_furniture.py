"""``scripts/furniture.py``: where a span of an article ends up after cleaning and splitting."""

from __future__ import annotations

from index.clean import clean
from index.split import split
from scripts.furniture import place

PAGE = (
    "Harbour at Velmar reopens after repairs\n"
    "The harbour at Velmar reopened on Friday after two years of repairs.\n"
    "Follow us on Twitter for updates\n"
    "Is it ready?\n"
)


def _where(quote: str) -> str:
    cleaned = clean(PAGE)
    parts = split(PAGE, cleaned, passage_sentences=3, overlap=1, claim_min_words=5)
    lo = PAGE.index(quote)
    return place(PAGE, parts, cleaned.dropped, lo, lo + len(quote))


def test_a_quote_is_in_a_claim_or_named_by_why_it_is_not() -> None:
    assert _where("reopened on Friday") == "claim"
    assert _where("Harbour at Velmar reopens") == "title"
    assert _where("Follow us on Twitter") == "follow/share line"
    assert _where("Is it ready?") == "question"
