"""Slot rivals: the claim's deed, by its doer, with another filler in the same slot, on
hand-made sentences (invented names and places)."""

from __future__ import annotations

from bot.evidence import terms
from bot.slots import slot_clash


def never_similar(a: str, b: str) -> bool:
    return False


def jet_is_flight(a: str, b: str) -> bool:
    """The sentence model's word match, stood in for by the one pair these tests need."""
    return {a, b} == {"jet", "flight"}


def clash(claim: str, text: str, similar=never_similar) -> str:  # type: ignore[no-untyped-def]
    return slot_clash(claim, text, terms(text), similar)


def test_another_destination_of_the_same_flight_refutes() -> None:
    """ "Fled to A" against "fled to B"; "landed in A" (a verb of arriving) against "brought
    them to B" (the same trip, WordNet's "bring"/"land", the jet being the flight)."""
    assert clash("Corvin Dale fled to Velmora.", "Corvin Dale fled to Astrane in March.") == (
        "says Astrane, not Velmora"
    )
    landed = "The jet landed in Tolvik."
    brought = "A chartered flight from Brenmark brought the workers to Marnport."
    assert clash(landed, brought, jet_is_flight) == "says Marnport, not Tolvik"
    assert clash(landed, brought) == ""  # a plane is not a flight to the parse alone


def test_an_origin_or_a_place_only_mentioned_is_no_rival_destination() -> None:
    assert clash("Corvin Dale fled from Velmora.", "Corvin Dale fled to Astrane in March.") == ""
    assert clash("The jet flew from Tolvik.", "The jet flew the workers to Marnport.") == ""
    assert clash("Corvin Dale fled to Velmora.", "Corvin Dale, who was born in Astrane, fled in March.") == ""


def test_a_place_inside_the_claimed_one_or_another_doer_is_no_rival() -> None:
    """The claim's country still named beside the city is the same destination, more precisely
    told; another person's flight is another deed."""
    assert (
        clash("Corvin Dale fled to Velmora.", "Corvin Dale fled to Marnport, the capital of Velmora.") == ""
    )
    assert clash("Corvin Dale fled to Velmora.", "Ilse Varga fled to Astrane in March.") == ""


def test_a_deed_of_someone_the_claim_introduces_has_no_rival_place() -> None:
    """ "A bomber" is any bomber: one who struck elsewhere did another deed; "the bomber" is one."""
    text = "The bomber blew himself up in Astrane on Monday."
    assert clash("A bomber blew himself up in Velmora.", text) == ""
    assert clash("The bomber blew himself up in Velmora.", text) == "says Astrane, not Velmora"


def test_a_city_against_a_country_is_no_rival_but_two_countries_are() -> None:
    """WordNet files Lyon under cities and France under countries: one may hold the other."""
    assert clash("Corvin Dale fled to France.", "Corvin Dale fled to Lyon in March.") == ""
    assert clash("Corvin Dale fled to Lyon.", "Corvin Dale fled to France in March.") == ""
    assert clash("Corvin Dale fled to Peru.", "Corvin Dale fled to Chile in March.") == "says Chile, not Peru"


def test_another_year_for_the_same_deed_refutes_but_not_a_vaguer_one_or_another_deed() -> None:
    claim = "The Ostrian Guard seized the port in 2016."
    assert clash(claim, "The Ostrian Guard seized the port in 2014.") == "says 2014, not 2016"
    assert clash(claim, "The Ostrian Guard seized the port in late 2016.") == ""
    assert clash(claim, "The Ostrian Guard built the port in 2014.") == ""  # another deed's date
    assert clash(claim, "The Ostrian Guard seized the bank in 2014.") == ""  # another object
    assert clash(claim, "The Ostrian Guard seized the port in 2014 and lost it in 2016.") == (
        "says 2014, not 2016"
    )


def test_a_span_of_time_that_does_not_overlap_refutes() -> None:
    """ "About 30 years" against "more than five decades"; "nearly three decades" overlaps it."""
    claim = "The Varn family ruled Ostria for about 30 years."
    assert clash(claim, "The Varn family ruled Ostria for more than five decades.") == (
        "says more than five decades, not about 30 years"
    )
    assert clash(claim, "The Varn family ruled Ostria for nearly three decades.") == ""
    assert clash(claim, "The Varn family lived in Ostria for more than five decades.") == ""
