"""Aliases the articles define and transliterated spellings (``bot.names``), on made-up text."""

from __future__ import annotations

from bot.names import defined_aliases, has_name, skeleton, spelling_variants
from bot.text import TokenPool, tokens
from index.tuning import AnswerTuning

TUNE = AnswerTuning()


def pool(text: str) -> TokenPool:
    return TokenPool(tokens(text))


def test_a_name_spelt_by_its_initials_is_one_name_with_its_short_form() -> None:
    """ "the Northern Rivers Water Board (NRWB)" makes NRWB a name of the board, both ways."""
    aliases = defined_aliases(["Officials of the Northern Rivers Water Board (NRWB) met."], 2)
    assert has_name(pool("The Northern Rivers Water Board said the dam held."), "nrwb", aliases, TUNE)
    assert not has_name(pool("The river board said the dam held."), "nrwb", aliases, TUNE)


def test_one_word_aliases_need_two_definitions_and_never_come_from_a_dateline() -> None:
    """ "Velora (VLR)" written twice inside sentences links the two; once, or after a dateline
    ("OSLO (AFP)"), does not."""
    twice = ["Troops fought against Velora (VLR) near the pass.", "Reports blamed Velora (VLR) again."]
    aliases = defined_aliases(twice, 2)
    assert has_name(pool("VLR fighters took the pass."), "velora", aliases, TUNE)
    once = defined_aliases(twice[:1], 2)
    assert not has_name(pool("VLR fighters took the pass."), "velora", once, TUNE)
    datelines = defined_aliases(["OSLO (AFP) The talks ended.", "OSLO (AFP) Ministers met."], 2)
    assert not has_name(pool("AFP reported the talks."), "oslo", datelines, TUNE)


def test_a_place_in_brackets_is_no_name_of_the_acronym() -> None:
    """ "the Front for Liberty in Eastern Norland (FLEN)": the initials take the whole run, so
    "Norland" alone never becomes a name of FLEN."""
    aliases = defined_aliases(["the Front for Liberty in Eastern Norland (FLEN) and others"] * 3, 2)
    assert not has_name(pool("Norland held elections."), "flen", aliases, TUNE)
    assert has_name(pool("The Front for Liberty in Eastern Norland attacked."), "flen", aliases, TUNE)


def test_an_extended_name_is_the_same_name() -> None:
    """ "Free Coast Army (FCA)" and "Free Coast Army of the North (FCAN)" are one group."""
    texts = ["the Free Coast Army (FCA) said", "the Free Coast Army of the North (FCAN) said"]
    aliases = defined_aliases(texts, 2)
    assert has_name(pool("FCAN fighters withdrew."), "fca", aliases, TUNE)


def test_transliterated_names_match_and_unrelated_words_do_not() -> None:
    """Vowels, doubled letters and a final "h" vary between spellings of one name."""
    assert skeleton("qassabah") == skeleton("kasaba") == "ksb"
    assert spelling_variants("marjayoun", "merjayun", TUNE)
    assert spelling_variants("tallkalakh", "talkalakha", TUNE)
    assert has_name(pool("Shelling hit Merjayun overnight."), "marjayoun", {}, TUNE)
    assert not spelling_variants("marjayoun", "margin", TUNE)
    assert not spelling_variants("dar", "dor", TUNE)  # too short to tell apart
