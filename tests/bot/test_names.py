"""Aliases the articles define and transliterated spellings (``bot.names``), on made-up text."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.evidence import terms
from bot.names import (
    article_stem,
    article_variant,
    capital_country_forms,
    defined_aliases,
    has_name,
    in_compound,
    name_form,
    name_numeral,
    named_by_defined_form,
    names_capitals_country,
    names_place,
    numbered_names,
    partnered_variant,
    place_forms,
    short_form_named,
    short_forms,
    skeleton,
    spelling_variants,
    spelt_out_forms,
    spelt_out_named,
    writes_numbered,
    written_form_named,
    written_out,
)
from bot.text import TokenPool, tokens
from bot.types import Status
from index.embed import Embedder
from index.settings import Settings
from index.tuning import AnswerTuning

TUNE = AnswerTuning()


def pool(text: str) -> TokenPool:
    return TokenPool(tokens(text))


def test_a_name_spelt_by_its_initials_is_one_name_with_its_short_form() -> None:
    """ "the Northern Rivers Water Board (NRWB)" makes NRWB a name of the board, both ways."""
    aliases = defined_aliases(["Officials of the Northern Rivers Water Board (NRWB) met."], 2)
    assert has_name(pool("The Northern Rivers Water Board said the dam held."), "nrwb", aliases, TUNE)
    assert not has_name(pool("The river board said the dam held."), "nrwb", aliases, TUNE)


def test_a_defined_form_of_a_name_the_question_gives_is_not_its_answer() -> None:
    """Asked which village the Kessel Defence League took, "KDL" is the taker again (its short
    form), and so is the long form where the question writes the short one; another name is not."""
    from bot.names import names_asked_by_alias

    aliases = defined_aliases(["Fighters of the Kessel Defence League (KDL) advanced."] * 2, 2)
    assert names_asked_by_alias("KDL", "Which village did the Kessel Defence League take?", aliases)
    assert names_asked_by_alias("Kessel Defence League", "Which village did KDL take?", aliases)
    assert not names_asked_by_alias("Varno", "Which village did KDL take?", aliases)
    assert not names_asked_by_alias("KDL", "Which group took Varno?", aliases)


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


def test_a_name_with_a_letter_doubled_or_single_is_one_name() -> None:
    """ "Tarin" asked of an article writing "Tarrin" (a two-consonant skeleton too short for
    ``spelling_variants``) is one name; a three-letter word is too short to tell apart, and
    a shorter word is no variant."""
    assert has_name(pool("President al-Tarrin left for Norland."), "tarin", {}, TUNE)
    assert has_name(pool("Troops entered Veloka at dawn."), "velloka", {}, TUNE)
    assert not has_name(pool("The Sall family met."), "sal", {}, TUNE)
    assert not has_name(pool("Troops entered Velloka at dawn."), "vela", {}, TUNE)


def test_a_place_in_brackets_is_no_name_of_the_acronym() -> None:
    """ "the Front for Liberty in Eastern Norland (FLEN)": the initials take the whole run, so
    "Norland" alone never becomes a name of FLEN."""
    aliases = defined_aliases(["the Front for Liberty in Eastern Norland (FLEN) and others"] * 3, 2)
    assert not has_name(pool("Norland held elections."), "flen", aliases, TUNE)
    assert has_name(pool("The Front for Liberty in Eastern Norland attacked."), "flen", aliases, TUNE)


def test_a_short_form_of_a_longer_name_the_run_begins_is_the_same_name() -> None:
    """ "the Velmar Front (VFN)" (the Velmar Front of Norland, its tail left out) makes VFN a
    name of the Velmar Front; a short form running on too far ("(VFABCD)") or starting
    elsewhere ("(NVF)") does not."""
    aliases = defined_aliases(["Officials of the Velmar Front (VFN) met."], 2)
    assert has_name(pool("The Velmar Front took the pass."), "vfn", aliases, TUNE)
    far = defined_aliases(["Officials of the Velmar Front (VFABCD) met."], 2)
    assert not has_name(pool("The Velmar Front took the pass."), "vfabcd", far, TUNE)
    elsewhere = defined_aliases(["Officials of the Velmar Front (NVF) met."], 2)
    assert not has_name(pool("The Velmar Front took the pass."), "nvf", elsewhere, TUNE)


def test_a_short_form_made_of_the_words_beginnings_is_the_same_name() -> None:
    """ "the Velmar Defence Directorate (VELDEFDIR)" and "the Ostran Naval Forces Coastal Command
    (ONAVCOAST)" join the first letters of the name's words in order, a word giving none; a
    bracket not built from the words ("(OSTRA)", "(DEFVEL)", "(VELMA)") names nothing."""
    built = defined_aliases(["Officials of the Velmar Defence Directorate (VELDEFDIR) met."], 2)
    assert has_name(pool("The Velmar Defence Directorate said the pass held."), "veldefdir", built, TUNE)
    assert not has_name(pool("The Velmar border guard said the pass held."), "veldefdir", built, TUNE)
    skipped = defined_aliases(["the Ostran Naval Forces Coastal Command (ONAVCOAST) said"], 2)
    assert has_name(pool("Ostran Naval Forces Coastal Command ships sailed."), "onavcoast", skipped, TUNE)
    led = defined_aliases(["The Norland Coastal Command (COASTCOM) said the port was shut."], 2)
    assert has_name(pool("The Coastal Command said so."), "coastcom", led, TUNE)
    for short in ("OSTRA", "DEFVEL", "VELMA", "VELDEFDIRX"):
        other = defined_aliases([f"Officials of the Velmar Defence Directorate ({short}) met."], 2)
        assert not other, short


def test_a_short_form_of_a_name_led_by_a_country_is_also_a_form_with_the_country() -> None:
    """ "the French Coastal Command (COASTCOM)" makes COASTCOM the Coastal Command and the French
    one, whose words hold "French" and "Coastal Command" but not "French Central Bank"; a run led
    by a word that is no country ("Harbour Coastal Command") adds no such form."""
    aliases = defined_aliases(["Officials of the French Coastal Command (COASTCOM) met."], 2)
    assert named_by_defined_form(tokens("French"), "COASTCOM ships", aliases)
    assert named_by_defined_form(tokens("Coastal Command"), "COASTCOM ships", aliases)
    assert not named_by_defined_form(tokens("French Central Bank"), "COASTCOM ships", aliases)
    assert not named_by_defined_form(tokens("French"), "Velmar ships", aliases)
    run = defined_aliases(["Troops in Ostra Velm US-backed Ostran Front (OF) fighters met."], 2)
    assert not named_by_defined_form(tokens("US"), "OF fighters", run)
    harbour = defined_aliases(["Officials of the Harbour Coastal Command (COASTCOM) met."], 2)
    assert not named_by_defined_form(tokens("Harbour"), "COASTCOM ships", harbour)


def test_a_name_written_out_is_named_by_its_defined_short_form() -> None:
    """Asked about "the Velmar Front", a sentence saying "VF" names it once the corpus defines
    "Velmar Front (VF)"; another short form, or one word of the name alone, does not."""
    aliases = defined_aliases(["Officials of the Velmar Front (VF) met."], 2)
    assert short_form_named(pool("VF fighters took the pass."), "velmar", ["front"], aliases)
    assert not short_form_named(pool("NRA fighters took the pass."), "velmar", ["front"], aliases)
    assert not short_form_named(pool("VF fighters took the pass."), "velmar", [], aliases)


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


ARTICLES = {
    "front.txt": "Talks stall in Norland\n\nThe Front for Velora Liberation (FVL) rejected the talks on Monday. "
    "The group has held the northern hills since 2019.\n",
    "ostrin.txt": "Shelling hits Ostrin\n\nThe Front for Velora Liberation shelled the market in Ostrin on Tuesday. "
    "The shelling killed 14 people in the market, medics said.\n",
    "qasaba.txt": "Clashes near Qassabah\n\nFighting near the village of Qassabah killed 9 soldiers on Friday.\n",
    "guild.txt": "Blast at the weavers' guild\n\nA bomb struck the headquarters of the Tarvel Weavers Guild on "
    "Sunday, killing its chairman Oren Vaskel.\n",
    "school.txt": "A school turns ninety\n\nDornvale Upper Grammar School is a public school in Kelmby, "
    "Ostria. It was opened in 1931 by the town council.\n",
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder = tmp_path_factory.mktemp("names-articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("names-index"))
    fc = FactChecker(settings, embedder=embedder)
    fc.ingest([folder])
    return fc


def test_a_question_naming_the_short_form_is_answered_from_the_long_one(checker: FactChecker) -> None:
    """One article defines FVL; a question naming the FVL finds the toll of the Front for
    Velora Liberation's shelling, and one spelling the village another way finds Qassabah's."""
    answer = checker.ask("How many people did the FVL shelling of the market in Ostrin kill?")
    assert answer.status is Status.ANSWERED and "14" in answer.answer, answer.passages[:1]
    village = checker.ask("How many soldiers were killed in the fighting near Kasaba?")
    assert village.status is Status.ANSWERED and "9" in village.answer


def test_a_count_modifier_is_matched_as_written(checker: FactChecker) -> None:
    """ "How many Velora soldiers": a count's own modifier must be in the evidence as written,
    so the village's 9 soldiers are not the Front's."""
    answer = checker.ask("How many Velora soldiers were killed near Qassabah?")
    assert answer.status is Status.NOT_IN_SOURCES


def test_a_name_spelt_with_a_letter_doubled_or_single_is_the_same_name() -> None:
    """ "Velmorra" and "Velmora" are one town transliterated twice; a short word is not matched."""
    from bot.names import names_doubled

    pool = TokenPool(tokens("Jets struck Velmora and the port of Osk overnight."))
    assert names_doubled(pool, "velmorra", 4)
    assert not names_doubled(pool, "velmoro", 4)
    assert not names_doubled(TokenPool(tokens("an ok deal")), "okk", 4)


def test_a_short_word_of_a_longer_name_matches_its_variant_only_beside_the_other_word() -> None:
    """ "Ular" alone (skeleton "lr") could be many names; beside "Zahra" it is "Olar Zahra"."""
    pool = TokenPool(tokens("Raiders burned the depot in Olar al-Zahra on Monday."))
    assert not has_name(pool, "ular", {}, TUNE)
    assert partnered_variant(pool, "ular", ["zahra"], TUNE)
    assert not partnered_variant(pool, "ular", ["kesra"], TUNE)  # the other word is not there
    assert not partnered_variant(
        TokenPool(tokens("Raiders burned the mill in Zahra.")), "ular", ["zahra"], TUNE
    )


def test_a_word_of_a_longer_arabic_name_is_named_with_its_article_glued_apart_or_vowelled_otherwise() -> None:
    """ "Kafr Essabun" is "Kafr as-Sabun", "Kafr al Saboun" or "Kafr es-Sabun": the glued article
    (a vowel and the doubled sun letter) is set aside, a three-letter word matches another
    vowelling beside the name's other word; never without that word, nor a word that only shares
    the skeleton ("Kafr Sobbing" is no "Sabun"), nor a one-word name."""
    assert article_stem("essabun") == "sabun" and article_stem("sabun") == "sabun"
    assert article_stem("anna") == "anna"  # no letters left after the doubled one: no article
    apart = TokenPool(tokens("Shells fell on Kafr as-Sabun at dawn."))
    assert article_variant(apart, "essabun", ["kafr"], 2, 3, 0.7)
    assert article_variant(TokenPool(tokens("Kafr al Saboun was shelled.")), "sabun", ["kafr"], 2, 3, 0.7)
    short = TokenPool(tokens("Troops entered Kafr ez-Zur on Friday."))
    assert article_variant(short, "zour", ["kafr"], 2, 3, 0.7)  # "Kafr al-Zour"
    assert not article_variant(apart, "essabun", ["tarn"], 2, 3, 0.7)  # the other word is not there
    assert not article_variant(apart, "essabun", [], 2, 3, 0.7)  # a one-word name
    assert not article_variant(TokenPool(tokens("Kafr was sobbing.")), "sabun", ["kafr"], 2, 3, 0.7)
    assert not article_variant(TokenPool(tokens("Kafr at zero hour.")), "zur", ["kafr"], 2, 3, 0.7)


def test_a_country_is_named_by_any_of_its_names_or_its_adjective() -> None:
    """WordNet lists a country's names in one synset: "Chilean" and "Chile" are named by "the
    Republic of Chile"; a generic word ("state") names no country, nor does an invented place."""
    assert names_place(terms("Police of the Republic of Chile made arrests."), "chilean")
    assert names_place(terms("Officers in Chile made arrests."), "chilean")
    assert not names_place(terms("Officers in Peru made arrests."), "chilean")
    assert place_forms("state") == () and place_forms("velmarian") == ()
    assert ("niger",) not in place_forms("nigerian")  # the first reading: Nigeria, not Niger


def test_a_country_name_that_is_also_a_function_word_is_a_form_only_as_initials() -> None:
    """ "US" lower-cased is the pronoun "us": a sentence saying "tell us" names no country, while
    "US" or "U.S." in capitals does (the same for the adjective and the country's other names)."""
    assert ("us",) in place_forms("american")
    assert not names_place(terms("The coach told us the team would win."), "american")
    assert not names_place(terms("Let us know, the Velmar coach said."), "america")
    assert names_place(terms("Officials in the United States made arrests."), "american")
    assert names_place(terms("US officials in Ostrava made three arrests."), "american")
    assert names_place(terms("U.S. marines landed near Port Velm on Sunday."), "american")
    assert names_place(terms("UK officials in Ostrava made three arrests."), "britain")


def test_a_name_with_a_numeral_is_another_thing_than_its_other_numbers() -> None:
    """ "the Velmar 3 console" is a model: an article writing only "Velmar 2" (or "Velmar 30")
    is about another; "Friday 3" and "March 16" are dates, not numbered names."""
    names = numbered_names("How much will the Velmar 3 console cost when Ostrin Games ships it?")
    assert names == ["Velmar 3"]
    assert writes_numbered(names, "Ostrin Games said the velmar 3 would ship in May.")
    assert not writes_numbered(names, "The Velmar 2 costs $200 and the Velmar 30 is a TV.")
    assert numbered_names("Who spoke on Friday 3 June and on March 16 about Orbit 2.0?") == ["Orbit 2.0"]
    assert numbered_names("How many died in Velm on Sat 13 Aug 2031?") == []
    assert numbered_names("How many died in the raids on the first day of Harvest Week 2031?") == []
    names = numbered_names("How many players did Ostrin ban for copying Sky-Runner 2?")
    assert names == ["Sky-Runner 2"]  # a hyphenated title is one name
    assert name_numeral(names, "2 game", "Ostrin banned 900 players of the Sky-Runner 2 game.")


def test_a_numbered_names_numeral_counts_nothing() -> None:
    """ "How many times has Orbit 1.0 been downloaded": "1.0" in "Orbit 1.0 now" is the name's."""
    names = ["Orbit 1.0"]
    assert name_numeral(names, "1.0 now", "Orbit 1.0 now has 5 million users.")
    assert not name_numeral(names, "5 million", "Orbit 1.0 now has 5 million users.")
    assert not name_numeral(names, "1.0 million", "Orbit 1.0 reached 1.0 million users.")


def test_a_short_form_is_the_initials_of_a_written_out_name_linking_words_left_out() -> None:
    """ "University of Tarn at Velm" is what UTV stands for; a name whose initials only hold the
    letters out of order, or a short form under three letters, is not."""
    assert short_forms("Where is the UTV located, and what is DUGS?") == ["UTV", "DUGS"]
    text = "She studied at the University of Tarn at Velm before moving to Kelmby."
    assert written_out(text, "UTV") == ["University of Tarn at Velm"]
    assert written_out("The Dornvale Upper Grammar School Band played.", "DUGS") == [
        "Dornvale Upper Grammar School"
    ]
    assert written_out(text, "TUV") == [] and written_out(text, "UT") == []


def test_a_question_naming_a_short_form_no_article_writes_reads_the_name_written_out(
    checker: FactChecker,
) -> None:
    """No article writes "DUGS"; the school article names Dornvale Upper Grammar School in full,
    so "where is DUGS" is answered from it, and a short form the articles write stays as it is."""
    corpus = checker.retriever.corpus()
    assert corpus.spelt_out("Where is DUGS located?") == "Where is Dornvale Upper Grammar School located?"
    assert corpus.spelt_out("Where did the FVL shell?") == "Where did the FVL shell?"
    assert corpus.spelt_out("Where is XQZR?") == "Where is XQZR?"  # spelt out nowhere
    answer = checker.ask("Where is DUGS located?")
    assert answer.status is Status.ANSWERED and "Kelmby" in answer.answer, answer.answer


def test_a_national_capital_names_its_countrys_government() -> None:
    """ "Oslo warned" is Norway warning: the capital's country is named by any of its names;
    a city that is no national capital names no country."""
    assert ("norway",) in capital_country_forms("Oslo")
    assert capital_country_forms("Chicago") == ()
    assert names_capitals_country(TokenPool(tokens("Norway sent 40 rangers north.")), "Oslo")
    assert not names_capitals_country(TokenPool(tokens("Sweden sent 40 rangers north.")), "Oslo")


def test_a_word_opening_a_compound_wordnet_knows_whole_is_marked() -> None:
    """ "French fries" are a food: "French" there names no country; "French officials" does."""
    assert in_compound("Who sells French fries in Tarn?") == {"french", "fri"}
    assert {"north", "american"} <= in_compound("Sales in the North American market rose.")
    assert in_compound("Which French officials visited Tarn?") == frozenset()


def test_a_name_the_question_writes_out_is_named_by_its_defined_short_form() -> None:
    """ "how many Ostran Coastal Guard boats": a sentence saying "OCG boats" or "OCG-run boats"
    names the guard where the articles define OCG; the name's words apart in the question, or
    another short form in the sentence, do not."""
    aliases = defined_aliases(["Crews of the Ostran Coastal Guard (OCG) met."], 2)
    asked = "how many ostran coastal guard boats sank"
    assert written_form_named(pool("Storms sank six OCG-run boats."), "ostran", asked, aliases)
    assert written_form_named(pool("Storms sank six OCG boats."), "coastal", asked, aliases)
    assert not written_form_named(pool("Storms sank six NRB boats."), "ostran", asked, aliases)
    apart = "how many coastal boats of the ostran guard sank"
    assert not written_form_named(pool("Storms sank six OCG boats."), "ostran", apart, aliases)


def test_a_capitalised_short_form_is_named_by_the_noun_written_out() -> None:
    """ "the guild's HQ" is named by "its headquarters" (WordNet's first sense of "HQ"); not where
    the question writes the word in lower case, nor by a synonym that does not spell it, and a
    place's or a body's short form ("US", "UN") is left to the name rules."""
    text = pool("A bomb struck the headquarters of the weavers' guild.")
    assert spelt_out_named(text, "hq", "Who died when a bomb hit the guild HQ?")
    assert not spelt_out_named(text, "hq", "Who died at the guild hq?")
    assert not spelt_out_named(pool("A bomb struck the main office."), "hq", "Who died at the HQ?")
    assert spelt_out_forms("hq") == ("headquarters",)
    assert spelt_out_forms("us") == () and spelt_out_forms("un") == ()


def test_a_question_naming_an_hq_is_answered_from_the_headquarters(checker: FactChecker) -> None:
    """The article says "headquarters": a question about the guild's HQ is still answered."""
    answer = checker.ask("Which guild leader was killed when a bomb hit the Tarvel Weavers Guild HQ?")
    assert answer.status is Status.ANSWERED and "Vaskel" in answer.answer, answer.passages[:1]


def test_a_name_and_its_longer_form_are_one_name() -> None:
    """ "velmar"/"velmari" are one name's forms; short words and unrelated names are not."""
    assert name_form("velmar", "velmari") and name_form("velmari", "velmar")
    assert not name_form("us", "usa")  # under four letters: no form reading
    assert not name_form("velmar", "tarn")


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder = tmp_path_factory.mktemp("harbour-articles")
    (folder / "harbour.txt").write_text(
        "Fees rise at Kelmby harbour\n\nThe harbour authority in Kelmby said on Monday that berthing "
        "fees would rise to 40 euros a tonne from March.\n",
        encoding="utf-8",
    )
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("harbour-index"))
    fc = FactChecker(settings, embedder=embedder)
    fc.ingest([folder])
    return fc


def test_a_one_word_name_is_not_answered_from_an_article_naming_only_its_last_word(
    harbour: FactChecker,
) -> None:
    """ "Skyharbour" is a firm's name: an article about Kelmby's harbour never names it, so its
    fee is not in the sources; asked of the Kelmby harbour, the same sentence answers."""
    other = harbour.ask("How much will Skyharbour charge per tonne from March?")
    assert other.status is Status.NOT_IN_SOURCES, other.answer
    own = harbour.ask("How much will the Kelmby harbour authority charge per tonne from March?")
    assert own.status is Status.ANSWERED and "40" in own.answer, own.answer
