"""The side an actor belongs to, on invented actors: two sides of one kind are two actors."""

from __future__ import annotations

from bot.blame import same_actor
from bot.sides import other_sides, sides
from bot.stance import attribution_stance
from bot.types import Stance


def _always(a: str, b: str) -> bool:
    return True  # a sentence model that puts every two phrases close


def test_a_nationality_qualifying_a_kind_is_its_side() -> None:
    assert sides("Danish jets") == ("Danish",)
    assert sides("the Norvish army") == ("Norvish",)
    assert "US" in sides("US-led coalition jets")


def test_a_name_or_a_common_noun_names_no_side() -> None:
    """A name is compared word by word as before; "regime jets" may be anyone's jets."""
    assert sides("the Free Ostrian Army") == ()
    assert sides("regime jets") == ()
    assert sides("Mr Tarrow") == ()


def test_two_sides_of_one_kind_are_two_actors() -> None:
    """ "Danish jets" / "Dutch jets": the shared kind, or a model finding them close, is no match."""
    assert other_sides("Danish jets", "Dutch jets")
    assert not same_actor("Danish jets", "Dutch jets", _always)
    assert not same_actor("the Velmari army", "Ostrian forces", _always)


def test_one_side_under_two_names_or_scales_is_one_actor() -> None:
    """A shared side word, or two names of one country ("American" / "U.S."), is one side."""
    assert not other_sides("Iraqi forces", "Iraqi Kurdish forces")
    assert not other_sides("American jets", "US-led coalition jets")
    assert same_actor("Danish jets", "Danish warplanes", _always)


def test_another_side_refutes_who_did_it() -> None:
    claim = "The raid on the grain depot was carried out by Danish jets."
    text = "The raid on the grain depot was carried out by Dutch jets."
    stance = attribution_stance(claim, text, _always)
    assert stance is not None and stance[0] is Stance.REFUTES


def test_a_country_and_its_adjective_are_one_side() -> None:
    """ "Norway's navy" and "the Norwegian navy" are one actor: WordNet says the adjective pertains
    to the country (``bot.names.pertained_names``); another country's adjective is still another
    side."""
    assert not other_sides("Norway's navy", "the Norwegian navy")
    assert not other_sides("the French army", "France's army")
    assert other_sides("Norway's navy", "the Danish navy")
