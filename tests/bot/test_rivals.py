"""Rival names: another place, direction or weekday in the claim's slot, on hand-made sentences."""

from __future__ import annotations

from bot.evidence import terms
from bot.rivals import (
    article_other_part,
    coarser_place,
    directions,
    name_clash,
    name_slot,
    other_part,
    weekday_clash,
)


def test_a_direction_that_begins_a_place_name_is_not_a_direction() -> None:
    """ "East Ghouta" is a place's name: it says nothing against "central Damascus"."""
    assert directions("Rockets hit residential areas in East Ghouta near Tarvel.") == set()
    assert directions("Rockets hit central Tarvel. East of the city, shells fell.") == {"central", "east"}


def test_a_direction_and_its_adjective_are_one_direction() -> None:
    """ "in the north of Tarvel" states "in northern Tarvel"; "southern Tarvel" does not."""
    claim = "Drones hit farmers gathered at a pump in northern Tarvel."
    north = "Drones targeted a pump where farmers were gathered in the north of Tarvel city."
    assert name_clash(claim, north, terms(north), terms(north)) == ""
    south = "Drones targeted a pump where farmers were gathered in southern Tarvel."
    assert name_clash(claim, south, terms(south), terms(south)) == "says south, not north"


def test_a_place_inside_a_parenthesis_is_an_aside_not_a_rival_place() -> None:
    claim = "The Islamic Front claimed it shot down the helicopter near Aleppo."
    aside = "The helicopter was shot down by the Front (a group born in Lebanon) on Monday."
    assert name_clash(claim, aside, terms(aside), terms(aside)) == ""
    rival = "The helicopter was shot down by the Front in Lebanon on Monday."
    assert name_clash(claim, rival, terms(rival), terms(rival)) == "names Lebanon, not Aleppo"


def test_another_weekday_in_the_same_slot_is_a_rival_day() -> None:
    """ "On Sunday" against "on Wednesday" is a rival day; a sentence naming the claim's day too,
    or no day at all, is not."""
    claim = "Rebels shelled the market in Dorvan on Sunday."
    assert (
        weekday_clash(claim, "Rebels shelled the market in Dorvan on Wednesday.")
        == "names Wednesday, not Sunday"
    )
    assert weekday_clash(claim, "The shelling on Sunday followed a raid on Wednesday.") == ""
    assert weekday_clash(claim, "Rebels shelled the market in Dorvan.") == ""


def test_a_sentence_whose_article_places_the_event_in_another_part_is_about_events_there() -> None:
    """ "In northern Ostria" is not told by "hit 40 targets" from an article only about central
    Ostria; an article naming the claim's part too, or a sentence naming a part, is left alone."""
    claim = "Drones hit 40 targets in northern Ostria."
    article = "Drones struck camps in central Ostria on Sunday. Drones hit more than 40 targets."
    assert "central" in article_other_part(claim, "Drones hit more than 40 targets.", article)
    both = "Drones struck camps in northeastern Ostria and in central Ostria."
    assert article_other_part(claim, "Drones hit more than 40 targets.", both) == ""
    assert article_other_part(claim, "Drones hit 40 targets in central Ostria.", article) == ""
    assert article_other_part(claim, "Drones hit 40 targets.", "Talks were held in West Ostria.") == ""


def test_a_text_placing_the_event_in_another_part_names_it() -> None:
    claim = "Drones hit 40 targets in northern Ostria."
    assert "central Ostria" in other_part(claim, "Drones struck central Ostria. They hit 40 targets.")
    assert other_part(claim, "Drones struck northern Ostria and central Ostria.") == ""
    assert other_part(claim, "Drones hit 40 targets in Ostria.") == ""


def test_a_name_written_by_its_initials_is_not_a_rival() -> None:
    """ "The V.R." is "the Velmoran Republic" in initials, either way round; "Ostria" is another place."""
    claim = "Two Dunmorese officials were charged in the Velmoran Republic with fraud."
    short = "Two Dunmorese officials were charged in the V.R. with fraud."
    assert name_clash(claim, short, terms(short), terms(short)) == ""
    assert name_clash(short, claim, terms(claim), terms(claim)) == ""
    other = "Two Dunmorese officials were charged in Ostria with fraud."
    assert name_clash(claim, other, terms(other), terms(other)) == "names Ostria, not the Velmoran Republic"


def test_a_place_that_is_part_of_the_claims_place_is_not_a_rival() -> None:
    """WordNet's part holonyms: Portugal lies in Europe (either way round); Chile does not."""
    claim = "Velcor's sales in Europe rose last year."
    for text, rival in [
        ("Velcor's sales in Portugal rose last year.", False),
        ("Velcor's sales in Chile rose last year.", True),
    ]:
        assert bool(name_clash(claim, text, terms(text), terms(text))) is rival
    back = "Velcor's sales in Portugal rose last year."
    assert not name_clash(back, claim, terms(claim), terms(claim))


def test_a_sentence_naming_only_the_country_holding_the_claims_city_gives_less() -> None:
    """ "charged in Spain" does not say "charged in Madrid" (a detail no source gives) unless a
    neighbouring sentence names Madrid; the other way round nothing is missing."""
    city = "Two bankers were charged in Madrid with fraud."
    country = "Two bankers were charged in Spain with fraud."
    assert coarser_place(city, country, terms(country)) == "says Spain, not where in it (Madrid)"
    assert coarser_place(city, country, terms(country + " The trial opens in Madrid.")) == ""
    assert coarser_place(country, city, terms(city)) == ""


def test_a_country_spoken_to_is_a_party_not_the_scene() -> None:
    """ "In Lima, the envoy urged Peru to reopen the border" is told by a sentence where the envoy
    "urged Peru": Peru is addressed, not where it was said; "met in Peru" still gives less."""
    claim = "In Lima, the envoy urged Peru to reopen the border."
    urged = "The envoy urged Peru to reopen the border."
    assert coarser_place(claim, urged, terms(urged)) == ""
    met = "The envoy met the ministers in Peru."
    assert (
        coarser_place("The envoy met the ministers in Lima.", met, terms(met))
        == "says Peru, not where in it (Lima)"
    )


def test_a_capital_as_the_doer_is_its_country_not_a_place_within_it() -> None:
    """ "Lima recalled its envoy" is said by "Peru recalled its envoy"; a flood in Lima is
    still more than a sentence placing it only in Peru."""
    country = "Peru recalled its envoy on Friday."
    assert coarser_place("Lima recalled its envoy on Friday.", country, terms(country)) == ""
    flood = "A flood hit Peru on Friday."
    assert (
        coarser_place("A flood hit Lima on Friday.", flood, terms(flood))
        == "says Peru, not where in it (Lima)"
    )


def test_a_country_is_no_rival_of_a_town_wordnet_does_not_know() -> None:
    """ "over Poland" does not name another place than "over Tarnow": a country holds towns
    WordNet may not know; another town ("Krosno") is still a rival."""
    claim = "A helicopter was shot down over Tarnow on Monday."
    country = "A helicopter was shot down over Poland on Monday."
    assert name_clash(claim, country, terms(country), terms(country)) == ""
    town = "A helicopter was shot down over Krosno on Monday."
    assert name_clash(claim, town, terms(town), terms(town)) == "names Krosno, not Tarnow"


def test_a_name_spelt_with_a_letter_doubled_is_the_same_name() -> None:
    """ "Pariss" is "Paris" transliterated again; "Rome" is a rival."""
    claim = "The talks were held in Paris."
    respelt = "The talks were held in Pariss."
    assert name_clash(claim, respelt, terms(respelt), terms(respelt)) == ""
    rome = "The talks were held in Rome."
    assert name_clash(claim, rome, terms(rome), terms(rome)) == "names Rome, not Paris"


def test_a_name_in_another_slot_is_another_party_not_a_rival() -> None:
    """Only a name standing where the claim's stands contradicts it: "in Velmar" against "in
    Tarnby", not against an envoy of Tarnby who speaks; a passive's agent is the doer."""
    claim = "Protesters gathered in Velmar on Friday."
    there = "Protesters gathered in Tarnby on Friday."
    assert name_clash(claim, there, terms(there), terms(there)) == "names Tarnby, not Velmar"
    speaker = "Protesters gathered on Friday, Oskar Brandt of Tarnby told reporters."
    assert name_clash(claim, speaker, terms(speaker), terms(speaker)) == ""
    blamed = "Ilse Varga blamed the Velmar floods on Oskar Brandt."
    quoted = "Anna Merrow said the Velmar floods were a disaster."
    assert name_clash(blamed, quoted, terms(quoted), terms(quoted)) == ""
    bought = "Oskar Brandt bought the Tarnby mill."
    passive = "The Tarnby mill was bought by Anna Merrow."
    assert (
        name_clash(bought, passive, terms(passive), terms(passive)) == "names Anna Merrow, not Oskar Brandt"
    )


def test_an_object_told_with_a_preposition_is_in_the_objects_slot() -> None:
    claim = "In Velmar, Anna Merrow met Oskar Brandt."
    met = "In Velmar, Anna Merrow met with Jonas Keller."
    assert name_clash(claim, met, terms(met), terms(met)) == "names Jonas Keller, not Oskar Brandt"


def test_the_destination_of_a_visit_framing_the_deed_is_where_it_took_place() -> None:
    """ "During his visit to Velmar, Dorn met Sarn" places the meeting in Velmar, against "met
    Sarn in Tarnbury"; a visit before the deed ("after his visit to") says nothing of its place."""
    during = "During his visit to Velmar, Dorn met Foreign Minister Kael Brant and President Ivo Sarn."
    assert name_slot(during, during.index("Velmar"), during.index("Velmar") + 6) == "where"
    claim = "Dorn sat down with Brant and Sarn in Tarnbury."
    assert name_clash(claim, during, terms(during), terms(during)) == "names Velmar, not Tarnbury"
    after = "After his visit to Velmar, Dorn met Foreign Minister Kael Brant."
    assert name_slot(after, after.index("Velmar"), after.index("Velmar") + 6) != "where"
    assert name_clash(claim, after, terms(after), terms(after)) == ""


def test_the_place_of_a_court_or_jury_doing_its_act_is_where_the_act_took_place() -> None:
    """ "A Tarnbury jury indicted Sarn" (or "was indicted by a Tarnbury jury") says where he was
    indicted; a force shelling a village from its seat ("the Tarnbury army shelled Ostby") does not."""
    for text in (
        "A Tarnbury grand jury indicted Ivo Sarn on charges of fraud.",
        "Ivo Sarn was indicted by a Tarnbury grand jury on charges of fraud.",
    ):
        start = text.index("Tarnbury")
        assert name_slot(text, start, start + len("Tarnbury")) == "where"
    shelled = "The Tarnbury army shelled the village of Ostby."
    start = shelled.index("Tarnbury")
    assert name_slot(shelled, start, start + len("Tarnbury")) != "where"


def test_a_place_of_another_noun_the_claim_names_is_no_rival_place() -> None:
    """ "A documentary in Canada" places the documentary, not the festival the claim films it
    at "in Lisbon": both may be true. A place of the claim's own noun still rivals, and so does a
    place on the people where the claim's place is on the verb ("protesters in Oslo were
    arrested" / "arrested in Bergen")."""

    def clash(claim: str, text: str) -> str:
        return name_clash(claim, text, terms(text), terms(text))

    claim = "The band's documentary was recorded at a festival in Lisbon."
    assert clash(claim, "The band will star in a documentary in Canada including festival footage.") == ""
    assert (
        clash(claim, "The band's documentary was recorded at a festival in Madrid.")
        == "names Madrid, not Lisbon"
    )
    claim = "The bank's annual report was presented at a meeting in Madrid."
    assert clash(claim, "The bank issued an annual report in Kenya with minutes of the meeting.") == ""
    assert (
        clash(claim, "The bank's annual report was presented at a meeting in Oslo.")
        == "names Oslo, not Madrid"
    )
    assert (
        clash("Protesters were arrested in Bergen.", "Protesters in Oslo were arrested.")
        == "names Oslo, not Bergen"
    )
    assert clash("The talks in Geneva ended the strike.", "The talks in Vienna ended the strike.") == (
        "names Vienna, not Geneva"
    )


def test_a_place_within_another_place_the_claim_names_is_that_place_not_a_rival() -> None:
    """Lima lies in Peru, which the claim names as where the team flies on to: the sentence tells that place."""
    claim = "The Ostrian survey team met in Vienna before flying on to Peru."
    for text, rival in [
        ("Peru asked the Ostrian survey team, now in Lima, to map the coast.", False),
        ("Peru asked the Ostrian survey team, now in Madrid, to map the coast.", True),
    ]:
        assert bool(name_clash(claim, text, terms(text), terms(text))) is rival
