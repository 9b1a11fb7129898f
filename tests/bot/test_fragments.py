"""A passage cut from a page mid-sentence: its nameless sentences are about what it was
retrieved for (invented text throughout)."""

from bot.fragments import opens_mid_sentence, unnamed_subject

SCAN = 11


def test_a_passage_opening_inside_a_sentence_is_a_cut_out_fragment() -> None:
    assert opens_mid_sentence("of the census of 2000, there were 640 people in the village.")
    assert opens_mid_sentence("  ] Demographics [ edit ] There were 640 people.")
    assert opens_mid_sentence(", and the hall was rebuilt in 1902.")


def test_a_text_opening_as_an_article_does_is_no_fragment() -> None:
    assert not opens_mid_sentence("Dunmere Vale council met on Monday.")
    assert not opens_mid_sentence("2,000 attend the Dunmere fair")
    assert not opens_mid_sentence('"We will rebuild," the mayor said.')
    assert not opens_mid_sentence("")


def test_a_fragments_sentence_naming_nothing_speaks_of_its_pages_subject() -> None:
    opening = "of the census of 2000, there were 640 people in the village."
    assert unnamed_subject("There were 640 people residing in the village.", opening, SCAN)


def test_a_sentence_naming_another_thing_or_from_an_article_keeps_its_own_words() -> None:
    fragment = "of the census of 2000, there were 640 people in the village."
    article = "Dunmere Vale council met on Monday."
    assert not unnamed_subject("There were 640 people residing in Harrowgate.", fragment, SCAN)
    assert not unnamed_subject("There were 640 people residing in the village.", article, SCAN)
