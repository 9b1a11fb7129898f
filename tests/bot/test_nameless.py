"""A passage naming nothing is about what it was retrieved for (invented text throughout)."""

from bot.nameless import names_nothing

SCAN = 11


def test_census_fragment_names_nothing() -> None:
    text = (
        "The average household size was 2.41 and the average family size was 3.02. "
        "The median age in the village was 37.6 years. 21.5% of residents were under the age of 18."
    )
    assert names_nothing(text, SCAN)


def test_demonyms_are_no_names() -> None:
    text = "The racial makeup of the town was 91.2% White and 3.1% Hispanic or Latino of any race."
    assert names_nothing(text, SCAN)


def test_a_named_place_or_person_is_a_name() -> None:
    assert not names_nothing("The median age in Harrowgate was 41.3 years.", SCAN)
    assert not names_nothing("Marta Ostrowski said the median age was 41.3 years.", SCAN)


def test_many_capitalised_words_are_never_parsed() -> None:
    words = " ".join(f"and Word{n}" for n in range(SCAN + 1))
    assert not names_nothing(f"The report lists {words}.", SCAN)


def test_an_empty_text_is_no_passage() -> None:
    assert not names_nothing("", SCAN)
    assert not names_nothing("   ", SCAN)
