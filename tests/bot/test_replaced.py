"""Replaced details: the claim's detail named only as the thing set aside, on hand-made
sentences (invented names, places and things)."""

from __future__ import annotations

from bot.alignment import stated_words
from bot.evidence import terms
from bot.replaced import replaced_words, set_aside, share_without, unstated_restriction


def _never(a: str, b: str) -> bool:
    return False


def test_and_not_sets_a_place_aside() -> None:
    """ "in Orlen and not Tarvik": the claim's Tarvik is the town passed over."""
    claim = "The Velmar Guild will hold its spring fair in Tarvik this year."
    text = "The Velmar Guild will hold its spring fair in Orlen and not Tarvik this year."
    assert replaced_words(claim, text) == ["Tarvik"]
    assert replaced_words("The Velmar Guild will hold its spring fair in Orlen.", text) == []


def test_rather_than_and_instead_of_set_a_thing_aside() -> None:
    """The object of "rather than" or "instead of", even where the parse makes it a conjunct."""
    claim = "The Korvan crews repaired the dam with steel beams."
    assert replaced_words(
        claim, "The Korvan crews repaired the dam with timber rather than steel beams."
    ) == [
        "steel",
        "beams",
    ]
    assert replaced_words("The pilgrims took a ferry.", "The pilgrims took a bus instead of a ferry.") == [
        "ferry"
    ]
    assert replaced_words("Mira Soll won the grant.", "Mira Soll won a loan in place of the grant.") == [
        "grant"
    ]


def test_not_in_a_month_but_in_another() -> None:
    """ "not in March but in May": the claim's month is set aside."""
    claim = "The Oberan vote was held in March."
    assert replaced_words(claim, "The Oberan vote was held not in March but in May.") == ["March"]


def test_not_only_adds_and_a_negated_deed_is_no_set_aside() -> None:
    """ "not only X but also Y" keeps X; "did not sign the pact" negates the deed (the negation
    rules read it), it sets no detail aside."""
    claim = "The Pellan board will judge the bidders by their plans."
    text = "The Pellan board will judge the bidders not only by their plans but also by their records."
    assert replaced_words(claim, text) == []
    assert set_aside("Dario Venn did not sign the Calder pact.") == set()


def test_a_detail_also_named_outside_the_set_aside_part_is_kept() -> None:
    """A word the sentence also states plainly is not replaced ("Tarvik" twice)."""
    claim = "The Tarvik ferry sails to Orlen."
    text = "The Tarvik ferry sails to Orlen and not to the old Tarvik quay."
    assert replaced_words(claim, text) == []


def test_a_claim_telling_a_contrast_itself_is_left_alone() -> None:
    """A claim with its own "rather than" may tell the same contrast: nothing is read."""
    claim = "The Korvan crews used timber rather than steel."
    assert replaced_words(claim, "The Korvan crews used timber rather than steel.") == []


def test_the_share_leaves_the_replaced_words_out() -> None:
    """The sentence names the replaced word, but it counts on neither side of the share."""
    claim = "The Velmar Guild will hold its spring fair in Tarvik."
    text = "The Velmar Guild will hold its spring fair in Orlen and not Tarvik."
    alignment = stated_words(claim, text, terms(text), _never, 1, 2)
    share, stated = share_without(alignment, ["Tarvik"])
    assert share == 1.0
    assert stated == len(alignment.stated) - 1


def test_a_claim_confining_a_deed_to_one_place_needs_a_sentence_confining_it() -> None:
    """ "shut only in Velm" is not told by a sentence that has it shut in Velm among others."""
    claim = "The clinics were shut only in Velm."
    assert unstated_restriction(claim, "The clinics were shut, mainly in Tarn and Velm.") == "only"
    assert unstated_restriction(claim, "The clinics were shut only in Velm, officials said.") == ""
    assert (
        unstated_restriction("The ferry sailed solely after the storm.", "The ferry sailed after the storm.")
        == "solely"
    )


def test_adding_or_counting_only_restricts_no_place() -> None:
    text = "The firm shut the mill in Velm."
    assert unstated_restriction("The firm not only shut the mill but also the pier.", text) == ""
    assert unstated_restriction("Only about a dozen ferries were sent.", text) == ""  # a figure
    assert unstated_restriction("The crews only repaired the dam after the flood.", text) == ""
