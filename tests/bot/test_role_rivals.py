"""Role rivals: the claim's deed told with one party changed, on invented sentences."""

from __future__ import annotations

from bot.evidence import terms
from bot.role_rivals import Party, rival_kinds, role_clash, same_party


def _never(a: str, b: str) -> bool:
    return False


def _clash(claim: str, text: str) -> str:
    return role_clash(claim, text, terms(text), _never)


def test_another_object_of_the_same_kind_refutes() -> None:
    """ "closed the hospital" is another building than "the school", for the same deed."""
    claim = "The council closed the school in Brenn."
    assert _clash(claim, "The council closed the hospital in Brenn.") == "names hospital, not school"
    assert _clash(
        "Soldiers shelled the school near the river.", "Soldiers shelled the hospital near the river."
    )


def test_a_synonym_or_a_kind_of_the_party_adds_detail_and_does_not_refute() -> None:
    claim = "The council closed the school in Brenn."
    assert _clash(claim, "The council shut the school in Brenn.") == ""
    assert _clash(claim, "The council closed the primary school in Brenn.") == ""
    assert (
        _clash("The medics treated the workers in Tolvar.", "The medics treated the farmers in Tolvar.") == ""
    )


def test_a_party_of_another_kind_or_a_negated_deed_is_no_rival() -> None:
    claim = "Soldiers shelled the village near the river."
    assert _clash(claim, "Soldiers shelled the village near the bridge.") == ""
    assert (
        _clash("The council closed the school in Brenn.", "The council did not close the hospital in Brenn.")
        == ""
    )


def test_a_claim_party_named_anywhere_in_the_sentence_is_not_changed() -> None:
    """The sentence may tell the claim's school elsewhere in it: no rival is certain."""
    text = "The council closed the hospital in Brenn next to the school."
    assert _clash("The council closed the school in Brenn.", text) == ""


def test_the_doer_swapped_with_another_party_of_the_deed_refutes() -> None:
    """The claim has the guild take from the rebels; the sentence has the rebels take, in either voice."""
    claim = "The guild seized two mills from the rebels."
    expected = "names rebel as the doer, not guild"
    assert _clash(claim, "The rebels seized two mills in May.") == expected
    assert _clash(claim, "Two mills were seized by the rebels in May.") == expected
    assert _clash(claim, "The guild seized two mills from the rebels in May.") == ""


def test_kin_are_two_common_nouns_meeting_close_up_wordnet() -> None:
    school, hospital = Party("school", False), Party("hospital", False)
    assert rival_kinds(school, hospital)
    assert not rival_kinds(school, hospital, kin_steps=1)  # the tuned reach is the one used
    assert not rival_kinds(school, Party("building", False))  # one a kind of the other
    assert same_party(Party("school", False), Party("schools", False))
    assert not rival_kinds(Party("Orvan", True), school)


def test_a_means_or_a_mutual_party_is_not_a_swapped_doer() -> None:
    """ "On a flight" is how, not who: a flight cannot be the doer the claim names. A party
    fought "with" may have fought too; only one a thing passes from or to is the other side."""
    claim = "Norland brought 300 of its citizens home on a flight from Tarvia."
    assert _clash(claim, "A flight from Tarvia brought the citizens to Ostrel.") == ""
    claim = "The guild fought the raiders with the rebels."
    assert _clash(claim, "The rebels fought the raiders in May.") == ""


def test_another_person_in_the_role_refutes_another_place_is_left_to_place_rivals() -> None:
    claim = "The court in Tolvik fined Anna Merrow for fraud."
    assert _clash(claim, "The court in Tolvik fined Oskar Brandt for fraud.") == "names brandt, not merrow"
    assert _clash("Oskar Brandt met Anna Merrow in Tolvik.", "Oskar Brandt met Anna Merrow in Velmar.") == ""


def test_a_distant_kin_may_name_the_same_thing_and_is_no_rival() -> None:
    """ "The weapons" may be the claim's bombs told generally: they meet too far up WordNet."""
    claim = "Helicopters dropped the bombs on Varn."
    assert _clash(claim, "Helicopters dropped the weapons on Varn.") == ""
    assert _clash("Helicopters dropped the cars on Varn.", "Helicopters dropped the trucks on Varn.")


def test_a_kind_named_by_its_use_is_no_rival_of_one_named_by_its_make() -> None:
    """ "Warplanes" may be jets (WordNet files a warplane under aircraft and military vehicle), so
    "hit by warplanes" leaves "hit by jets" open; a helicopter is another aircraft."""
    claim = "The depot was hit by jets."
    assert _clash(claim, "The depot was hit by warplanes.") == ""
    assert _clash(claim, "The depot was hit by helicopters.") == "names helicopter, not jet"
    assert rival_kinds(Party("jet", False), Party("warplane", False))  # "warplanes" does not state "jets"
