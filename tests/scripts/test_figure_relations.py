from bot.values import Quantity, parse_quantities
from scripts.figure_relations import relation


def _one(text: str) -> Quantity:
    (q,) = parse_quantities(text)
    return q


def test_relations_name_how_a_quote_figure_meets_the_claims() -> None:
    """A floor below the claim's, a scale word and a near bound overlap without being inside."""
    assert relation(_one("at least 30 kites"), _one("more than 70 kites"), 0.5) == "floor_below"
    assert relation(_one("hundreds of kites"), _one("410 kites"), 0.5) == "scale_word"
    assert relation(_one("at least 400 kites"), _one("410 kites"), 0.5) == "bound_near"
    assert relation(_one("92 kites"), _one("more than 70 kites"), 0.5) == "inside"
    assert relation(_one("12 kites"), _one("more than 70 kites"), 0.5) == "disjoint"
