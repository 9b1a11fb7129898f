"""Swapped details: one detail of the claim told otherwise by a sentence stating the rest, on
hand-made sentences (invented names, places and figures)."""

from __future__ import annotations

from bot.alignment import Alignment, stated_words
from bot.evidence import terms
from bot.swaps import details, pinned, roles_told, share_besides, swapped_detail, written_besides
from bot.text import TokenPool, tokens


def _never(a: str, b: str) -> bool:
    return False


def _swap(claim: str, text: str, share: float = 0.6) -> str:
    def align() -> Alignment:
        return stated_words(claim, text, terms(text), _never, 1, 2)

    return swapped_detail(claim, text, text, terms(text), align, share, _never)[1]


def test_a_year_after_the_same_preposition_is_swapped() -> None:
    """ "Since 2009" against "since 2013": the same refusal, another year."""
    claim = "The Dorvan council blamed the crisis on its refusal since 2013 to fund the port."
    text = "The Dorvan council said its refusal since 2009 to fund the port caused the crisis."
    assert _swap(claim, text) == "says 2009, not 2013"
    assert _swap(claim, "The Dorvan council's refusal since 2013 to fund the port caused the crisis.") == ""


def test_a_year_in_another_slot_is_no_swap() -> None:
    """A year the sentence gives for something else ("founded in 1998") says nothing of the claim's."""
    claim = "The Velmar guild opened its hall since 2013."
    assert _swap(claim, "The Velmar guild, founded in 1998, opened its hall.") == ""


def test_a_place_after_the_same_preposition_is_swapped() -> None:
    """ "Flown home from Tarvia" against "flown home from Oskaria"."""
    claim = "The stranded Velmar students were flown home from Tarvia on a chartered plane."
    text = "The stranded Velmar students were flown home from Oskaria on a chartered plane."
    assert _swap(claim, text) == "says Oskaria, not Tarvia"


def test_a_count_of_the_same_qualified_thing_is_swapped() -> None:
    """ "Three suicide car bombs" against "two suicide car bombs", whatever verb tells the attack."""
    claim = "The rebels hit the Dorvan garrison with three suicide car bombs."
    text = "The rebels attacked the Dorvan garrison with two suicide car bombs."
    assert _swap(claim, text) == "says two, not three"


def test_a_count_of_another_deed_is_no_swap() -> None:
    """Six people killed is no rival of 30 people wounded."""
    claim = "Thirty people were wounded in the blast at the Dorvan market."
    text = "Six people were killed in the blast at the Dorvan market."
    assert _swap(claim, text) == ""


def test_overlapping_figures_are_no_swap() -> None:
    """ "About 40 trucks" allows "42 trucks": a rounder figure is the same one."""
    claim = "The convoy to Velmar carried about 40 trucks of flour."
    assert _swap(claim, "The convoy to Velmar carried 42 trucks of flour.") == ""


def test_another_weekday_is_swapped() -> None:
    claim = "The Tarvel mayor resigned on a Friday."
    assert _swap(claim, "The Tarvel mayor resigned on Sunday.") == "says Sunday, not Friday"


def test_a_sentence_stating_too_little_else_is_no_swap() -> None:
    """Another place in a sentence that states few of the claim's other words tells another deed."""
    claim = "The stranded Velmar students were flown home from Tarvia on a chartered plane."
    text = "Prices of bread rose from Oskaria to the coast."
    assert _swap(claim, text) == ""


def test_slots_follow_the_preposition_or_the_qualified_noun() -> None:
    found = {
        (d.kind, d.text, d.slot)
        for d in details("The case was brought by the Morlan administration in 2004.")
    }
    assert ("year", "2004", "in") in found
    assert share_besides(Alignment(("Tarvia",), ("students", "flown"), ()), "Tarvia") == 1.0


def test_a_place_swap_needs_the_claims_other_counts() -> None:
    """ "25 killed in Tarvia" is not "ten killed in Oskaria" with its place swapped."""
    claim = "Twenty-five people were killed by the car bombs in Tarvia."
    assert _swap(claim, "Ten people were killed by the car bombs in Oskaria.") == ""
    assert _swap(claim, "Twenty-five people were killed by the car bombs in Oskaria.") == (
        "says Oskaria, not Tarvia"
    )


def test_a_share_is_no_swapped_count() -> None:
    """Percentages are of many things at many times: the amount rules read them."""
    claim = "Growth in Velmar's factory output slowed to 11.5% in 2004."
    assert _swap(claim, "Velmar's factory output growth slowed to 15.7% in the year to October.") == ""


def _pinned(claim: str, text: str, detail: str) -> bool:
    return pinned(claim, text, detail, stated_words(claim, text, terms(text), _never, 1, 2))


def test_a_sentence_writing_the_claims_other_names_and_deed_is_pinned() -> None:
    """ "A Denver grand jury indicted the former Lisbon jailer" against a Boston grand jury
    indicting a former jailer in Lisbon: the same deed of the same named party, however long."""
    claim = "A Denver grand jury indicted the former Lisbon jailer."
    text = "A Boston grand jury indicted Oskar Brennick, a former jailer in Lisbon, on charges of extortion."
    assert _pinned(claim, text, "Denver")
    assert _swap(claim, text, 0.6) == "says Boston, not Denver"


def test_a_sentence_naming_none_of_the_claims_other_names_is_not_pinned() -> None:
    """ "The shells hit Oslo" against "the shells hit Bergen": a deed alone pins no one event."""
    assert not _pinned("The shells hit the port of Oslo.", "The shells hit the port of Bergen.", "Oslo")


def test_a_sentence_leaving_a_name_to_its_neighbours_is_not_pinned() -> None:
    """The claim's other name only in the context: the sentence may tell another party's deed."""
    claim = "The Norwegian ferry sailed to Oslo on Monday."
    assert not _pinned(claim, "The ferry sailed to Bergen on Monday.", "Oslo")


def test_a_sentence_not_stating_the_claims_deed_is_not_pinned() -> None:
    """The claim's names with another deed ("visited" for "indicted") tell another event."""
    claim = "A Denver grand jury indicted the former Lisbon jailer."
    assert not _pinned(claim, "A Boston grand jury visited the former jail in Lisbon.", "Denver")


def test_a_place_sharing_only_a_common_word_with_the_claims_is_swapped() -> None:
    """ "In Lisbon province" against "in Porto province": the shared "province" names neither."""
    claim = "The Spanish drone strike hit a village in Lisbon province in May."
    text = "The Spanish drone strike hit a village in Porto province in May."
    assert _swap(claim, text) == "says Porto province, not Lisbon province"


def test_a_name_qualifying_a_noun_fills_the_nouns_place_phrase_slot() -> None:
    """ "By a Tarn grand jury" and "a Velm grand jury indicted": one role, the jury's place."""
    claim = {(d.text, d.also or d.slot) for d in details("The jailer was indicted by a Denver grand jury.")}
    assert ("Denver", "of:jury") in claim
    text = {(d.text, d.slot) for d in details("A Boston grand jury indicted the jailer.")}
    assert ("Boston", "of:jury") in text
    placed = {(d.text, d.also) for d in details("The former prison head in Lisbon was charged.")}
    assert ("Lisbon", "of:head") in placed


def test_prepositions_of_one_sense_are_one_slot() -> None:
    """ "Out of Lisbon" is "from Lisbon"; "inside Norway" is "in Norway"."""
    found = {(d.text, d.slot) for d in details("The cargo plane out of Lisbon crashed inside Norway.")}
    assert ("Lisbon", "from") in found
    assert ("Norway", "in") in found


def _roles(claim: str, text: str, detail: str) -> bool:
    return roles_told(claim, detail, stated_words(claim, text, terms(text), _never, 1, 2))


def test_a_sentence_stating_the_deed_doer_and_object_tells_the_roles() -> None:
    """The claim's modifiers ("stranded", "home") left out, its deed and parties stated."""
    claim = "Velmar flew its stranded students home on a charter out of Tarvia."
    text = "Velmar flew the students on a charter from Oskaria to its capital."
    assert _roles(claim, text, "Tarvia")
    assert _swap_roles(claim, text) == "says Oskaria, not Tarvia"


def test_a_sentence_missing_the_object_or_the_deed_does_not_tell_the_roles() -> None:
    claim = "Velmar flew its stranded students home on a charter out of Tarvia."
    assert not _roles(claim, "Velmar flew its diplomats on a charter from Oskaria.", "Tarvia")
    assert not _roles(claim, "Velmar thanked the students on a charter from Oskaria.", "Tarvia")
    assert _swap_roles(claim, "Velmar flew its diplomats on a charter from Oskaria.") == ""


def _swap_roles(claim: str, text: str) -> str:
    def align() -> Alignment:
        return stated_words(claim, text, terms(text), _never, 1, 2)

    return swapped_detail(claim, text, text, terms(text), align, 2.0, _never, roles_too=True)[1]


def test_a_verb_only_saying_a_deed_was_done_needs_its_object() -> None:
    """ "The jets took off from Lisbon": "took" tells no deed without an object to name it."""
    claim = "The Velmar jets took off from a carrier near Lisbon."
    assert not _roles(claim, "The Velmar jets took off from a base near Porto.", "Lisbon")


def test_a_deed_of_common_nouns_alone_pins_no_event_for_the_roles() -> None:
    """ "The strikes hit the town of Lisbon" / "... of Porto": any strike hits some town."""
    assert not _roles("The strikes hit the town of Lisbon.", "The strikes hit the town of Porto.", "Lisbon")


def test_the_verb_a_detail_hangs_on_tells_the_roles() -> None:
    """ "Were flown home from Tarvia", the second verb of a coordination: its deed is the
    detail's verb with the first verb's subject, not the first verb alone."""
    claim = "The Velmar pupils caught in the Dorn floods were flown home from Tarvia."
    text = "The Velmar pupils were flown home from Oskaria."
    assert _roles(claim, text, "Tarvia")
    assert not _roles(claim, "The Velmar pupils were caught in the floods.", "Tarvia")


def test_two_details_told_otherwise_do_not_hide_each_other() -> None:
    """ "From Lisbon to Oslo" against "from Porto to Bergen": each place told otherwise, so
    neither is a name the sentence leaves unstated; a count told otherwise beside another
    place is still another event (``test_a_place_swap_needs_the_claims_other_counts``)."""
    claim = "Velmar flew its stranded students straight from Lisbon to Oslo."
    text = "Velmar flew the students on a charter from Porto to Bergen."
    assert _swap_roles(claim, text) == "says Porto, not Lisbon"
    assert _swap_roles(claim, "Velmar flew the students on a charter from Porto to Oslo.") == (
        "says Porto, not Lisbon"
    )
    assert _swap_roles(claim, "Velmar thanked the students on a charter from Porto to Bergen.") == ""


def test_a_detail_under_no_verb_tells_no_roles() -> None:
    """A claim whose detail hangs on a noun with no verb above it ("Reports of the Velmar strike
    on Lisbon.") has no deed for the detail: the walk up its heads stops at the root."""
    assert not _roles(
        "Reports of the Velmar strike on Lisbon.", "Reports of the Velmar strike on Porto.", "Lisbon"
    )


def test_a_countrys_adjective_on_a_place_noun_is_a_place_detail() -> None:
    """ "Near the Bolivian border" against "on the Chilean border": a country's adjective on a
    noun places it, so the border is told otherwise; the same adjective is no swap, nor a town
    against a country's adjective ("their Chilean stronghold" may be that town)."""
    claim = "The Dorvan Front raid at Tarlo wounded guards along the Chilean border."
    text = "The Dorvan Front raid at Tarlo wounded guards along the Bolivian border."
    assert _swap(claim, text) == "says Bolivian, not Chilean"
    assert _swap(claim, "The Dorvan Front raid at Tarlo wounded guards along the Chilean border.") == ""
    assert [d.kind for d in details("The Velmari jets struck near the Chilean border.")].count("place") >= 1
    claim = "The Dorvan Front strikes on Tarvik wounded 12 guards on Sunday."
    text = "The Dorvan Front strikes on the rebels' Chilean stronghold wounded 12 guards on Sunday."
    assert _swap(claim, text) == ""  # a country's adjective rivals only another country


def test_the_place_of_a_noun_fills_any_place_phrase_on_the_same_noun() -> None:
    """ "Its tour of Chile" against "its tour to Kenya": "of" names the noun's place in any
    sense, so the tour is placed otherwise; "from" and "to" on one noun are two places."""
    claim = "Anna Sorel will coach the Velmar team on its 2031 tour of Chile."
    text = "Anna Sorel will coach the Velmar team on its 2031 tour to Kenya."
    assert _swap(claim, text) == "says Kenya, not Chile"
    assert _swap(claim, "Anna Sorel will coach the Velmar team on its 2031 tour to Chile.") == ""
    claim = "Anna Sorel flew the Velmar team on its 2031 flight from Chile."
    assert _swap(claim, "Anna Sorel flew the Velmar team on its 2031 flight to Kenya.") == ""


def _thing(claim: str, text: str, depth: int = 2) -> str:
    def align() -> Alignment:
        return stated_words(claim, text, terms(text), _never, 1, 2)

    return swapped_detail(claim, text, text, terms(text), align, 0.6, _never, kin=(1, depth))[1]


def test_another_kind_of_the_claims_thing_in_its_slot_is_swapped() -> None:
    """ "Sown by a fighter jet" against "sown by a helicopter": two kinds of aircraft."""
    claim = "Farmers in Tarn said the seed was sown over their fields by a fighter jet."
    text = "Farmers in Tarn said the seed was sown over their fields by a helicopter."
    assert _thing(claim, text) == "says helicopter, not fighter jet"
    assert _thing(claim, text, depth=-1) == ""  # off in the tuning's absence


def test_another_name_on_the_same_noun_is_swapped() -> None:
    """ "The Dorvan Book Fair" against "the Karsk Book Fair": another fair's name."""
    claim = "The Lantern was printed in 2011 for the Dorvan Book Fair."
    text = "In 2011 the Lantern was printed as a gift for the Karsk Book Fair."
    assert _thing(claim, text) == "says Karsk, not Dorvan"


def test_a_thing_the_sentence_states_or_of_no_shared_kind_is_no_swap() -> None:
    """A kind of the claim's thing ("a jet" for "an aircraft") tells it; things WordNet files
    far apart are no rivals ("a truck" / "a helicopter"); another slot is no rival."""
    claim = "Farmers in Tarn said the seed was sown over their fields by an aircraft."
    text = "Farmers in Tarn said the seed was sown over their fields by a jet."
    assert _thing(claim, text) == ""
    claim = "Farmers in Tarn said the seed was sown over their fields by a truck."
    text = "Farmers in Tarn said the seed was sown over their fields by a helicopter."
    assert _thing(claim, text) == ""
    claim = "Farmers in Tarn said the helicopter seed fell on their fields near the gate."
    text = "Farmers in Tarn said the seed fell on their fields near a jet."
    assert _thing(claim, text) == ""


def test_a_measure_or_a_name_spelt_otherwise_is_no_thing_swapped() -> None:
    """ "For half a century" is "for 50 years" (a unit is the count rules' to compare), and
    "Karsk" / "Kursk" may be one name transliterated twice."""
    claim = "The Dorvan family ruled the Velm valley for more than half a century."
    text = "The Dorvan family ruled the Velm valley for more than 50 years."
    assert _thing(claim, text) == ""
    claim = "The Lantern was printed in 2011 for the Karsk Book Fair."
    text = "In 2011 the Lantern was printed as a gift for the Kursk Book Fair."
    assert _thing(claim, text) == ""


def test_kinds_of_people_and_parts_of_a_persons_name_are_no_things_swapped() -> None:
    """ "Two of the chess players" tells "two of the chess champions" (people are worded loosely), and
    "Mr Dorn" is "Karl Dorn" (a person's name is the person details')."""
    claim = "Two of the chess champions at the Velm open fell ill on the ferry."
    text = "Two of the chess players at the Velm open fell ill on the ferry."
    assert _thing(claim, text) == ""
    claim = "The ferry to Velm was renamed in a ceremony led by Karl Dorn last spring."
    text = "The ferry to Velm was renamed in a ceremony led by Mr Dorn last spring."
    assert _thing(claim, text) == ""


def test_another_time_of_day_is_swapped() -> None:
    """ "In the afternoon" against "at midnight": the same fire, hours apart."""
    claim = "A fire destroyed the Velmar grain depot in the afternoon."
    text = "A fire destroyed the Velmar grain depot at midnight."
    assert _swap(claim, text) == "says midnight, not afternoon"


def _swap_around(claim: str, text: str, window: str = "", rank: int = 3) -> str:
    """As ``_swap``, reading stretches of land up to ``rank`` and the sentence's ``window``."""

    def align() -> Alignment:
        return stated_words(claim, text, terms(text), _never, 1, 2)

    window = window or text
    return swapped_detail(claim, text, window, terms(window), align, 0.6, _never, region_rank=rank)[1]


def test_a_place_on_a_stretch_of_land_is_where_the_deed_was() -> None:
    """ "On Kenyan soil" says where, as "in Kenya" does: it rivals the claim's "in Uganda"."""
    claim = "The Dorvan militia burned the grain depot in Uganda."
    text = "The Dorvan militia burned the grain depot on Kenyan soil."
    assert _swap_around(claim, text) == "says Kenyan, not Uganda"
    assert _swap_around(claim, text, rank=-1) == ""  # read as "on", another slot
    slots = {d.text: d.slot for d in details("The militia camped on Kenyan territory.", 3)}
    assert slots == {"Kenyan": "in"}


def test_a_place_on_a_boundary_is_not_in_it() -> None:
    """ "On the Kenyan border" may be on either side: no rival of "in Uganda"."""
    claim = "The Dorvan militia burned the grain depot in Uganda."
    text = "The Dorvan militia burned the grain depot on the Kenyan border."
    assert _swap_around(claim, text) == ""


def test_a_claims_place_named_for_another_deed_does_not_hide_the_rival() -> None:
    """The sentence names Uganda only as what was seized, and puts the burning on Kenyan soil;
    a neighbour naming Uganda, or Uganda in the burning's own slot, keeps the claim's place in play."""
    claim = "The Dorvan militia burned the grain depot in Uganda."
    text = "The Dorvan militia seized parts of Uganda and burned the grain depot on Kenyan soil."
    assert _swap_around(claim, text) == "says Kenyan, not Uganda"
    window = f"The militia came from Uganda. {text}"
    assert _swap_around(claim, text, window) == ""
    both = "The Dorvan militia fought in Uganda and burned the grain depot on Kenyan soil."
    assert _swap_around(claim, both) == ""
    doer = "Only about twenty Kenyan raids were launched against the rebels that Friday."
    told = "Kenyan troops staged twenty raids in northern Uganda on Friday, striking 40 rebel camps."
    assert _swap_around(doer, told) == ""  # whose raids, named again as the doer's: not where
    debut = "The Dorvan console went on sale in Uganda in May."
    hinted = "The Dorvan console went on sale in Kenya in March, but there is no news of a Uganda debut."
    assert _swap_around(debut, hinted) == ""  # "a Uganda debut" may be the claim's sale: no rival


def test_a_place_the_tagger_files_as_a_people_still_rivals_a_place() -> None:
    """ "In Samarra" (which the small tagger files as a people, NORP) against "in Tarvia": a proper
    noun after a place preposition may be a place whatever label it gets."""
    claim = "The warden Voss ran a jail in Samarra for the Pelton council."
    assert (
        _swap(claim, "The warden Voss ran a jail in Tarvia for the Pelton council.")
        == "says Tarvia, not Samarra"
    )
    assert _swap(claim, "The warden Voss ran a jail in Samarra for the Pelton council.") == ""


def test_a_place_a_framing_visit_went_to_is_where_the_deed_was() -> None:
    """ "During her visit to Lisbon, the envoy met the Velmar king": she met him in Lisbon, so
    the sentence rivals "met the Velmar king in Porto"; "after her trip to Lisbon" may be elsewhere."""
    claim = "The Dorvan envoy met the Velmar king in Porto."
    text = "During her visit to Lisbon, the Dorvan envoy met the Velmar king."
    assert _swap(claim, text) == "says Lisbon, not Porto"
    assert _swap(claim, "After her trip to Lisbon, the Dorvan envoy met the Velmar king.") == ""


def test_where_a_journey_ended_is_where_it_went_to() -> None:
    """ "Landed in Lisbon" is flown "to Lisbon": a flight to Porto rivals it, one from Porto does
    not, and a stay "in" a place is no arrival."""
    claim = "The Velmar pupils on the chartered Dorvan plane landed in Lisbon."
    assert (
        _swap(claim, "The chartered Dorvan plane flew the Velmar pupils to Porto.", 0.5)
        == "says Porto, not Lisbon"
    )
    assert _swap(claim, "The chartered Dorvan plane flew the Velmar pupils from Porto.", 0.5) == ""
    assert ("Lisbon", "to") in {
        (d.text, d.slot) for d in details("The Velmar pupils touched down in Lisbon.")
    }
    assert ("Lisbon", "in") in {(d.text, d.slot) for d in details("The Velmar pupils stayed in Lisbon.")}
    assert ("Lisbon", "in") in {(d.text, d.slot) for d in details("The drones hit a depot in Lisbon.")}


def test_a_framing_visits_place_rivals_no_place_of_a_noun() -> None:
    """ "During her visit to Lisbon, the envoy met the king" says where she met him, not where
    the Velmar embassy "in Porto" is."""
    claim = "The Dorvan envoy said the Velmar embassy in Porto would reopen."
    assert (
        _swap(claim, "During her visit to Lisbon, the Dorvan envoy said the Velmar embassy would reopen.")
        == ""
    )


def test_places_in_and_at_on_two_verbs_stay_two_slots() -> None:
    """ "At the Velm ministry, the envoy warned ..." is not rivalled by "... the crisis in Tarn": only
    a framing visit's place is read as where another verb's deed was."""
    claim = "At the Velm ministry, the Dorvan envoy warned that the Karr rebels would regroup."
    text = "The Dorvan envoy warned that the Karr rebels would regroup and exploit the crisis in Lisbon."
    assert _swap(claim, text) == ""


def _kin_swap(claim: str, text: str, share: float) -> str:
    def align() -> Alignment:
        return stated_words(claim, text, terms(text), _never, 1, 2)

    return swapped_detail(claim, text, text, terms(text), align, share, _never, kin=(1, 2))[1]


def test_a_sentence_writing_every_other_word_of_the_claim_writes_its_event() -> None:
    """Words the alignment left unstated in the roles it reads ("airtime" of "Dorncorp's airtime")
    but the sentence writes ("lets shoppers buy airtime, which will be leased from Karrcom") still
    tell the claim's event; a word it does not write ("phones" only) does not."""
    aligned = Alignment(unstated=("airtime", "Velmtel"), stated=("Dorncorp", "leased"), matched=())
    text = "Dorncorp lets shoppers buy airtime, which will be leased from Karrcom."
    assert written_besides(aligned, "Velmtel", TokenPool(tokens(text)))
    other = "Dorncorp lets shoppers buy phones, which will be leased from Karrcom."
    assert not written_besides(aligned, "Velmtel", TokenPool(tokens(other)))
    assert not written_besides(
        Alignment(unstated=("Velmtel",), stated=("leased",), matched=()), "Velmtel", TokenPool(tokens(text))
    )


def test_a_firm_only_ending_like_a_claim_word_is_still_another_firm() -> None:
    """ "Karr-Mobile" is no name the claim writes because the claim's "Dornmobile" ends in "mobile"."""
    claim = "Dornmobile's airtime will be leased from Velmtel."
    text = "Dornmobile will let shoppers buy airtime, which will be leased from Karr-Mobile, online."
    assert _kin_swap(claim, text, 0.6).startswith("says Karr")


def test_a_kind_named_by_its_use_is_no_swapped_thing() -> None:
    """ "Sown by a warplane" may be "sown by a jet" (a use cuts across makes); a helicopter is not."""
    claim = "Farmers in Tarn said the seed was sown over their fields by a jet."
    assert _thing(claim, "Farmers in Tarn said the seed was sown over their fields by a warplane.") == ""
    assert _thing(claim, "Farmers in Tarn said the seed was sown over their fields by a helicopter.") == (
        "says helicopter, not jet"
    )


def test_a_place_of_another_noun_the_claim_names_is_no_swap() -> None:
    """ "A documentary in Canada" places the documentary, which the claim names without a place,
    not the festival it was recorded at "in Lisbon"; a place of the festival itself is swapped."""
    claim = "The band's documentary was recorded at a festival in Lisbon."
    assert _swap(claim, "The band will star in a documentary in Canada including festival footage.") == ""
    assert (
        _swap(claim, "The band's documentary was recorded at a festival in Madrid.")
        == "says Madrid, not Lisbon"
    )
    claim = "The bank's annual report was presented at a meeting in Madrid."
    assert _swap(claim, "The bank issued an annual report in Kenya with minutes of the meeting.") == ""
