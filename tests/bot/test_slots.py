"""Slot rivals: the claim's deed, by its doer, with another filler in the same slot, on
hand-made sentences (invented names and places)."""

from __future__ import annotations

from bot.api import FactChecker
from bot.check import decide
from bot.evidence import terms
from bot.slots import PLACE, Filler, rival, slot_clash, state_clash, status_clash, verdict_clash
from bot.stance import RIVAL_NAME, judge
from bot.types import Label, SourceStance, Stance
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand


def never_similar(a: str, b: str) -> bool:
    return False


def jet_is_flight(a: str, b: str) -> bool:
    """The sentence model's word match, stood in for by the one pair these tests need."""
    return {a, b} == {"jet", "flight"}


def clash(claim: str, text: str, similar=never_similar) -> str:  # type: ignore[no-untyped-def]
    return slot_clash(claim, text, terms(text), similar, CheckTuning().span_slack)


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


def test_a_place_written_by_its_initials_is_no_rival() -> None:
    """ "Charged in the V.U." is where the claim's "in the Velmoran Union" is, in initials; a
    place with other initials still rivals it."""
    claim = Filler(PLACE, "the Velmoran Union", places=("the Velmoran Union",))
    said = Filler(PLACE, "V.U.", places=("V.U.",))
    assert not rival(claim, said, terms("Two officials were charged in the V.U. with fraud."), 0.1)
    other = Filler(PLACE, "Ostria", places=("Ostria",))
    assert rival(claim, other, terms("Two officials were charged in Ostria with fraud."), 0.1)


def test_a_place_inside_the_claimed_one_or_another_doer_is_no_rival() -> None:
    """The claim's country still named beside the city is the same destination, more precisely
    told; another person's flight is another deed."""
    assert (
        clash("Corvin Dale fled to Velmora.", "Corvin Dale fled to Marnport, the capital of Velmora.") == ""
    )
    assert clash("Corvin Dale fled to Velmora.", "Ilse Varga fled to Astrane in March.") == ""


def test_a_deed_of_someone_or_something_the_claim_introduces_has_no_rival() -> None:
    """ "A bomber" is any bomber: one who struck elsewhere did another deed; "the bomber" is one.
    So with "a fort": one built in another year is another fort."""
    text = "The bomber blew himself up in Astrane on Monday."
    assert clash("A bomber blew himself up in Velmora.", text) == ""
    assert clash("The bomber blew himself up in Velmora.", text) == "says Astrane, not Velmora"
    built = "The Ostrian Guard built a fort in 2014."
    assert clash("The Ostrian Guard built a fort in 2016.", built) == ""  # another fort
    assert clash("The Ostrian Guard built the fort in 2016.", built) == "says 2014, not 2016"


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
    suspended = "Corvin Dale was suspended from the guild for a month."
    assert clash(suspended, "Mr Dale was suspended from the guild for two weeks last year.") == (
        "says two weeks, not a month"
    )
    assert clash(suspended, "Mr Dale was suspended from the guild for four weeks.") == ""


def test_a_source_giving_another_destination_refutes_and_one_giving_the_claims_supports(
    tiny: FactChecker,
) -> None:
    """Read from the parse, the rival destination refutes though the sentence shares few of the
    claim's words, as a rival (it counts only beside the claim's event); beside a source that
    states the claim, the verdict is that the sources disagree."""
    claim = "Corvin Dale fled to Velmora."
    other = "After years in office, Corvin Dale was forced to flee Ostria to Astrane, where he was granted asylum."
    refuting = judge(claim, hand(tiny, other, doc="a.txt", dense=0.55, score=0.55), CheckTuning())
    assert (refuting.stance, refuting.rival) == (Stance.REFUTES, RIVAL_NAME)
    same = "Corvin Dale fled to Velmora last week."
    supporting = judge(claim, hand(tiny, same, doc="b.txt", dense=0.9, score=0.9), CheckTuning())
    assert supporting.stance is Stance.SUPPORTS
    sources = [
        SourceStance("a.txt", refuting.stance, 0.7, refuting.clear, refuting.reason),
        SourceStance("b.txt", supporting.stance, 0.9, supporting.clear, supporting.reason),
    ]
    assert decide(sources, CheckTuning())[0] is Label.CONFLICTING


def test_a_verdict_is_refuted_by_a_charge_of_the_same_person_for_the_same_offence() -> None:
    """The text says the person was only charged: the case had not reached a verdict. An
    arrest, or a charge for another offence, says nothing of the claimed verdict."""
    charged = "A grand jury in Tolvik indicted Corvin Ansel Dale, a former mayor, on charges of fraud."
    assert (
        status_clash("Corvin Ansel Dale was found guilty of fraud.", charged)
        == "says indicted, not found guilty"
    )
    assert status_clash("A court convicted Mr Dale of fraud.", charged) == "says indicted, not convicted"
    assert status_clash("Corvin Ansel Dale was found guilty of bribery.", charged) == ""
    assert status_clash("Corvin Ansel Dale was arrested for fraud.", charged) == ""
    assert status_clash("Corvin Ansel Dale was found guilty of fraud.", "Dale was convicted of fraud.") == ""


def test_a_journey_ending_elsewhere_refutes_an_arrival_of_the_same_mover() -> None:
    """ "Touched down in A" (a phrasal verb of arriving) or "arrived in A" against "brought the
    crew to B" (a motion verb: its subject and the object it carries both end up in B), "flew
    to B". A planned trip, a mover introduced as one of many, another mover, or the claim's
    place named beside the rival say nothing of it."""
    brought = "A chartered jet from Berlin brought the crew to Madrid, where officials met them."
    assert clash("The jet touched down in Lisbon.", brought) == "says Madrid, not Lisbon"
    assert clash("The crew arrived in Lisbon.", brought) == "says Madrid, not Lisbon"
    assert clash("The jet touched down in Madrid.", brought) == ""
    assert clash("A jet touched down in Lisbon.", brought) == ""
    assert clash("The minister arrived in Lisbon.", brought) == ""
    assert clash("The crew arrived in Lisbon.", f"{brought} Lisbon was closed.") == ""
    assert clash("The senator arrived in Lisbon.", "The senator flew to Madrid on Monday.") == (
        "says Madrid, not Lisbon"
    )
    assert clash("The senator arrived in Lisbon.", "The senator will travel to Madrid next week.") == ""
    assert clash("The senator arrived in Lisbon.", "The senator plans to fly to Madrid.") == ""
    # "hit" arrives only in a rare sense (``journey_sense_rank``): two strikes, not one journey
    assert clash("The strike hit a school in Lisbon.", "The strike hit a depot in Madrid.") == ""


def test_a_verdict_is_refuted_by_the_other_outcome_for_the_same_person_and_offence() -> None:
    """A reader turns a verdict round: "found guilty" where the report says "cleared of" (a rare
    sense of "clear", read only with its "of"), "convicted" where it says "acquitted", either way.
    Another offence, another person, a negated verdict or a "cleared of" that is no verdict say
    nothing of it."""
    cleared = "The tribunal cleared the colonel of war crimes after a two-year inquiry."
    assert (
        verdict_clash("The colonel was found guilty of war crimes.", cleared)
        == "says cleared, not found guilty"
    )
    assert (
        status_clash("A tribunal found the colonel guilty of war crimes.", cleared)
        == "says cleared, not found guilty"
    )
    acquitted = "The senator was acquitted on charges of bribery and fraud."
    assert verdict_clash("The senator was convicted of fraud.", acquitted) == "says acquitted, not convicted"
    convicted = "The league found the club guilty of wrongdoing over the transfer."
    assert verdict_clash("The club was cleared of wrongdoing.", convicted) == "says found guilty, not cleared"
    not_guilty = "A jury found the striker not guilty of assault."
    assert (
        verdict_clash("The striker was found guilty of assault.", not_guilty)
        == "says found not guilty, not found guilty"
    )
    assert verdict_clash("The senator was convicted of bribery.", "The senator was acquitted of fraud.") == ""
    assert (
        verdict_clash("The senator was convicted of bribery.", "The governor was acquitted of bribery.") == ""
    )
    assert (
        verdict_clash("The senator was convicted of bribery.", "The senator was not acquitted of bribery.")
        == ""
    )
    assert (
        verdict_clash("The colonel was found guilty of war crimes.", "Troops cleared the village of mines.")
        == ""
    )
    stewards = "Stewards cleared the striker of the pitch after the assault."
    assert verdict_clash("The striker was found guilty of assault.", stewards) == ""
    assert (
        verdict_clash("The senator was convicted of bribery.", "The senator was convicted of bribery.") == ""
    )


def test_a_sentence_clearing_the_person_refutes_a_claimed_conviction(tiny: FactChecker) -> None:
    """What a user sees: the claim that a panel found someone guilty is refuted by a sentence
    telling that it cleared them of the offence, though the two share few words."""
    claim = "The league found the Tarnby goalkeeper guilty of a betting offence."
    cleared = (
        "The Velmar Football League cleared the Tarnby goalkeeper of any offence, saying the bets were legal."
    )
    judged = judge(claim, hand(tiny, cleared, doc="a.txt", dense=0.6, score=0.6), CheckTuning())
    assert (judged.stance, judged.reason) == (Stance.REFUTES, "says cleared, not found guilty")


def test_a_place_qualifying_the_doer_of_the_same_deed_to_a_known_party_refutes() -> None:
    """ "A Marnport jury" against "a jury in Tolvik" convicting the same known person; the same
    place put either way, an unknown party ("a man"), or two names the tagger does not file as
    places ("a Reuters reporter") are no rivals."""
    claim = "A Marnport jury convicted the former mayor."
    assert clash(claim, "A jury in Tolvik convicted the former mayor of fraud in May.") == (
        "says Tolvik, not Marnport"
    )
    assert clash(claim, "A jury in Marnport convicted the former mayor of fraud in May.") == ""
    assert clash("A Marnport jury convicted a man.", "A jury in Tolvik convicted a man of fraud.") == ""
    assert clash("A Reuters reporter saw the convoy.", "A BBC reporter saw the convoy near the border.") == ""
    assert clash("Police in Tolvik arrested Corvin Dale.", "Police in Marnport arrested Corvin Dale.") == (
        "says Marnport, not Tolvik"
    )
    assert clash("Police arrested the mayor of Tolvik.", "Police arrested the mayor of Marnport.") == ""


def test_a_state_negated_or_reversed_for_the_same_doer_and_object_refutes() -> None:
    """ "No longer holds any territory" and "has lost all its territory" against "still holds
    wide territory"; losing part of it, another tense, a hedge or another doer say nothing."""
    claim = "The Ostrian Guard still holds wide territory in the north."

    def reversed_(text: str) -> str:
        return state_clash(claim, text, never_similar, CheckTuning().stated_sense_rank)

    assert reversed_("The Ostrian Guard no longer holds any territory.") == (
        "one says it happened, the other that it did not"
    )
    assert reversed_("The Ostrian Guard has lost all its territory.") == "says lost, not holds"
    assert reversed_("The Ostrian Guard has lost territory in the east.") == ""
    assert reversed_("The Ostrian Guard held territory in 2015.") == ""
    assert reversed_("The Ostrian Guard may not hold territory for long.") == ""
    assert reversed_("The Velmoran army no longer holds any territory.") == ""


def test_a_continent_holding_the_claimed_city_is_no_rival() -> None:
    """WordNet files no scale for a continent, but files Vienna inside Europe: the same place told wider."""
    claim = "The Ostrian survey team met in Vienna before flying on to Peru."
    assert clash(claim, "Officials said the survey team met in Europe last week.") == ""
    assert clash(claim, "Officials said the survey team met in Asia last week.") == "says Asia, not Vienna"
