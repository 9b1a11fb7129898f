"""Where a count happened: setting names from the parse, and counts of another place."""

from __future__ import annotations

from bot.nlp import dependency_parse
from bot.places import (
    address,
    asked_places,
    elsewhere,
    name_words,
    named_place_nouns,
    part_named,
    place_reading,
    setting_names,
    wide_place,
)


def _same(word: str, name: str) -> bool:
    """A plain word match stands in for the answerer's spelling-tolerant one."""
    return word in name_words(name)


def _readings(question: str, *sentences: str) -> list[str]:
    doc = dependency_parse(question)
    asked, nouns = asked_places(doc), named_place_nouns(doc)
    return [place_reading(asked, nouns, dependency_parse(s), _same) for s in sentences]


def _elsewhere(question: str, sentence: str) -> bool:
    return elsewhere(_readings(question, sentence))[0]


def test_setting_names_after_a_preposition_or_a_place_noun() -> None:
    said = setting_names(dependency_parse("Shells fell on the village of Tormel on Monday."))
    assert said == ["Tormel"]
    assert setting_names(dependency_parse("Two shells fell near Brask.")) == ["Brask"]
    assert setting_names(dependency_parse("The film took $9m on Christmas Day.")) == []


def test_a_partys_seat_is_no_setting() -> None:
    said = setting_names(dependency_parse("The Medical Office in Brask said two people died in Tormel."))
    assert said == ["Tormel"]


def test_a_toll_in_a_country_may_be_the_asked_towns() -> None:
    question = "How many people were killed in the town of Tormel on Tuesday?"
    assert not _elsewhere(question, "Nine people were killed in air strikes in Norway on Tuesday.")


def test_a_reference_point_is_asked_but_is_no_setting() -> None:
    question = dependency_parse("How many died in the village of Tormel north of Brask?")
    assert asked_places(question) == (["Tormel"], ["Brask"])
    assert "Brask" not in setting_names(dependency_parse("Twelve died in a village north of Brask."))


def test_a_toll_set_in_another_town_is_elsewhere() -> None:
    question = "How many people were killed in the town of Tormel on Tuesday?"
    assert _elsewhere(question, "Officials said nine people were killed in the town of Velkor.")
    assert not _elsewhere(question, "Officials said nine people were killed in the town of Tormel.")


def test_a_toll_with_no_place_of_its_own_is_not_elsewhere() -> None:
    question = "How many people were killed in the town of Tormel on Tuesday?"
    assert not _elsewhere(question, "Nine people were killed and twenty were wounded, officials said.")


def test_a_sum_over_several_towns_is_no_single_towns_toll() -> None:
    question = "How many people were killed in the town of Tormel on Tuesday?"
    assert _elsewhere(question, "Strikes on several towns killed 40 people on Tuesday.")


def test_a_wider_place_the_question_names_still_answers() -> None:
    question = "How many civilians died in the village of Tormel north of Brask?"
    assert not _elsewhere(question, "Eight civilians were killed in a village in the province of Brask.")


def test_the_place_holding_the_asked_district_is_a_reference() -> None:
    question = "How many people died in the attack on Brask's Tormel district?"
    assert asked_places(dependency_parse(question)) == (["Tormel"], ["Brask"])
    assert not _elsewhere(question, "Four people died when shells hit a district of the city of Brask.")
    assert _elsewhere(question, "Four people died when shells hit the district of Velkor in Brask.")


def test_another_place_goes_once_a_count_names_the_asked_one() -> None:
    """ "near Velkor" may lie in the asked province until another source gives the province's own toll."""
    question = "How many people died when the plane crashed over Brask province?"
    near = "The plane crashed near Velkor, killing five people."
    assert elsewhere(_readings(question, near)) == [False]
    assert elsewhere(
        _readings(question, near, "Six people died when the plane crashed in Brask province.")
    ) == [
        True,
        False,
    ]


def test_a_count_placed_by_another_town_goes_beside_the_asked_towns() -> None:
    question = "How many air strikes hit Tormel city on Friday?"
    readings = _readings(
        question,
        "Nine air strikes hit the Tormel district on Friday, mostly in the citys southern districts.",
        "Meanwhile a warplane targeted north of Velkor city with four air strikes.",
    )
    assert readings[0] == "here"
    assert elsewhere(readings) == [False, True]


def test_a_described_place_is_not_named() -> None:
    assert setting_names(dependency_parse("A blast in the Tormel district killed six.")) == ["Tormel"]
    assert setting_names(dependency_parse("A blast in another Velmite district killed six.")) == []


def test_a_country_is_wide_and_a_city_is_not() -> None:
    """A country may hold every town its sources name; a capital is a city, not its country."""
    assert wide_place("France")
    assert not wide_place("Paris")


def test_a_settlement_question_and_names_of_other_kinds_of_place() -> None:
    """ "which town/city/village" asks for a settlement; a region's noun written with the name or
    a country WordNet knows is another kind of place, an unknown name may be any settlement."""
    from bot.places import another_kind_of_place, asked_settlement

    assert asked_settlement("In which town south of Velm did the bus bomb go off?")
    assert asked_settlement("Her report was filed from which city?")
    assert not asked_settlement("Which country did the ferry sail to?")
    assert asked_settlement("Which Velmar border town was shelled on Monday?")
    assert not asked_settlement("Which town hall did the Orla council sell?")
    assert another_kind_of_place("Velm province", "")
    assert another_kind_of_place("Velm", " district on Friday")
    assert another_kind_of_place("Norway", " said")
    assert not another_kind_of_place("Ostrin", " 40 km away")
    assert not another_kind_of_place("Oslo", "")
    assert not another_kind_of_place("Velm", " city centre")


def test_a_which_country_question_takes_only_names_wordnet_files_as_countries() -> None:
    """ "Which country backs the Velm Front": a country WordNet lists answers; a district it
    does not know, or a capital city, does not."""
    from bot.places import asked_country, is_country

    assert asked_country("Which country backs the Velm Front?")
    assert asked_country("From what nation did the ferry sail?")
    assert not asked_country("Which town did the ferry reach?")
    assert is_country("Portugal") and is_country("the Netherlands")
    assert not is_country("Eastern Velmaria") and not is_country("Lisbon")


def test_places_joined_by_commas_alone_are_one_address() -> None:
    """ "Velm, Ostria, Tarnland" is one address; "and" or "or" before the last makes a list."""
    text = "It stands in Velm, Ostria, Tarnland and in Orsk, Keldby or Tarvel."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Velm", "Ostria", "Tarnland")]
    assert address(text, spans) == "Velm, Ostria, Tarnland"
    listed = [(text.index(w), text.index(w) + len(w)) for w in ("Orsk", "Keldby", "Tarvel")]
    assert address(text, listed) == ""
    assert address(text, spans[:1]) == ""


def test_a_sentence_listing_tolls_gives_each_its_own_place() -> None:
    """ "killed three guards in the town of Velm and five guards in the village of Ostrin": asked
    of Ostrin, the three are Velm's; a sentence naming only the asked place drops nothing."""
    from bot.places import listed_elsewhere, stretches_at

    text = "The shelling killed three guards in the town of Velm and five guards in the village of Ostrin."
    stretches = stretches_at(text, [text.find("three guards"), text.find("five guards")])
    assert stretches == ["three guards in the town of Velm and ", "five guards in the village of Ostrin."]
    asked = asked_places(dependency_parse("How many guards died in the village of Ostrin?"))
    own = [place_reading(asked, ["village"], dependency_parse(s), _same) for s in stretches]
    assert listed_elsewhere(["here", "here"], own) == [True, False]
    assert listed_elsewhere(["here", "here"], ["", "here"]) == [False, False]
    semicolon = "Four died in Velm; in Tarn, six died."
    assert stretches_at(semicolon, [semicolon.find("Four"), semicolon.find("six")])[0] == "Four died in Velm"


def test_a_region_holding_the_asked_places_is_told_apart() -> None:
    """ "the villages in Velm": Velm holds the villages asked of; "near Velm" names the place itself."""
    from bot.places import holding_names

    assert holding_names(
        dependency_parse("How many sandbags did volunteers fill in the villages near Keldby?")
    ) == ["Keldby"]
    assert holding_names(dependency_parse("How many sandbags did volunteers fill near Keldby?")) == []


def test_the_place_of_an_event_a_question_dates_by_is_told_apart() -> None:
    """ "after the storm in Ostrin": Ostrin places the earlier storm, not the asked sailings."""
    from bot.places import anchor_names

    assert anchor_names(dependency_parse("How many ferries sailed from Velm after the storm in Ostrin?")) == [
        "Ostrin"
    ]
    assert anchor_names(dependency_parse("How many ferries sailed from Velm to Ostrin?")) == []


def test_a_place_is_named_by_a_place_wordnet_files_within_it() -> None:
    """ "sales in South America": a sentence on sales "in Peru and Chile" names that region at a
    finer scale; a wider place or an unrelated one does not, nor a town's rarer namesake."""
    assert part_named("South America", "Sales rose in Peru and Chile last year.")
    assert part_named("Kenya", "The clinic in Nairobi reopened.")
    assert not part_named("Peru", "Sales rose across South America.")  # the wider place
    assert not part_named("Kenya", "The clinic in Lima reopened.")
    assert not part_named("North America", "The show opened in Paris.")  # not a town in Texas


def test_another_place_named_before_the_asked_place_noun_is_of_the_asked_kind() -> None:
    question = "How many farmers were hurt by the shelling of Tormel in the Brask countryside?"
    assert _readings(
        question,
        "Meanwhile four farmers were hurt by shelling in Velkors countryside.",
        "Four farmers were hurt by shelling in the countryside of Velkor.",
    ) == ["kind", "kind"]
    assert _readings(question, "Four farmers were hurt by shelling near Velkor.") == ["other"]
    assert _readings(question, "Four farmers were hurt by shelling in Brask countryside.") == ["here"]
    assert _readings(question, "Four farmers were hurt by shelling in the countryside.") == [""]
    assert _elsewhere(question, "Four farmers were hurt by shells in Velkors countryside.")
