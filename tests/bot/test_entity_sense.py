"""Which entity a document describes, on small hand-made documents."""

from __future__ import annotations

from bot.entity_sense import (
    Descriptor,
    conflicts,
    descriptor,
    entity_label,
    group_by_entity,
    headline,
    is_note,
    other_places,
    parse_defining_ahead,
    same_entity,
    title_name,
)

FILM_1959 = "Night Train (1959 film) Night Train is a 1959 Polish film directed by Jan Kowal."
FILM_1998 = "Night Train is a 1998 Irish film directed by John Lyne. It was shot in Dublin."
FILM_1959_AGAIN = "Night Train is a 1959 film by Jan Kowal. It won a prize at Venice."
FRAGMENT = "The train left at night and nobody saw it leave the station."


def test_title_qualifier_and_defining_sentence() -> None:
    d = descriptor(FILM_1959, "Night Train")
    assert (d.year, d.kind, d.qualifier) == ("1959", "film", "1959 film")
    assert d.label() == "(1959 film)"
    other = descriptor(FILM_1998, "Night Train")
    assert (other.year, other.kind, other.origin) == ("1998", "film", "Irish")
    assert other.label() == "(1998 Irish film)"


def test_no_description_is_empty() -> None:
    assert descriptor(FRAGMENT, "Night Train").empty


def test_different_years_or_kinds_are_different_entities() -> None:
    assert conflicts(Descriptor(year="1959", kind="film"), Descriptor(year="1998", kind="film"))
    cricketer = "Tom Hale (born 1974) is an English cricketer."
    footballer = "Tom Hale is a Scottish footballer who played for Leeds."
    assert not same_entity(cricketer, footballer, "Tom Hale")


def test_same_or_missing_description_is_the_same_entity() -> None:
    """A disagreement between them is then a conflict, not two right answers."""
    assert same_entity(FILM_1959, FILM_1959_AGAIN, "Night Train")
    assert same_entity(FILM_1959, FRAGMENT, "Night Train")
    assert not conflicts(Descriptor(kind="novelist"), Descriptor(kind="writer"))


def test_abbreviation_in_parentheses_is_not_a_qualifier() -> None:
    text = "Vale Area High School (VAHS) is a public high school in Vale, Oregon."
    assert descriptor(text, "Vale Area High School").qualifier == ""


def test_a_note_in_parentheses_labels_no_namesake() -> None:
    """A native spelling or an alternative title in brackets is no label; the page's year and
    kind are, and the note still sets the page apart from a namesake's."""
    retitled = 'Blue Gate (US: "Red Door") Blue Gate is a 1941 comedy film.'
    d = descriptor(retitled, "Blue Gate")
    assert d.label() == "(1941 film)"
    plain = descriptor("Blue Gate (1938 film) Blue Gate is a film.", "Blue Gate")
    assert plain.label() == "(1938 film)"
    assert entity_label([d]) == "(1941 film)"
    native = descriptor("Ivo Marn (Velmish: Ivo Marnic; 1590 - 1617) was a duke.", "Ivo Marn")
    assert not is_note(native.label()) and "Marnic" not in native.label()
    assert conflicts(d, plain)
    assert descriptor('Blue Gate (US: "Red Door") was shown.', "Blue Gate").label() == '(US: "Red Door")'


def test_a_span_of_years_is_a_qualifier() -> None:
    """Namesakes' pages told apart by their lives: "Ada Vale (1848–1912)", "Ada Vale (1885–1931)"."""
    text = "Ada Vale (1848–1912) Ada Vale (9 July 1848 – 25 July 1912) was a Norwegian judge."
    d = descriptor(text, "Ada Vale")
    assert (d.qualifier, d.year) == ("1848–1912", "1848")
    assert descriptor("Ada Vale (18481912) was a judge.", "Ada Vale").qualifier == ""


def test_groups_with_labels() -> None:
    groups = group_by_entity([FILM_1959, FILM_1998, FILM_1959_AGAIN, FRAGMENT], "Night Train")
    assert [(g.label, g.members) for g in groups] == [
        ("(1959 film)", (0, 2)),
        ("(1998 Irish film)", (1,)),
        ("", (3,)),
    ]


def test_title_glued_to_its_first_sentence_gives_the_full_name() -> None:
    """Scraped pages open with their title running into a first sentence that names the subject
    again; the title is the page's full name for it, its qualifier aside."""
    assert (
        title_name("Ida of Verlo Ida of Verlo was a nun who founded a hospice.", "Saint Ida")
        == "Ida of Verlo"
    )
    after_one = "Ida of Ravel Saint Ida of Ravel or Ida the Weaver is honoured in Ravel."
    assert title_name(after_one, "Saint Ida") == "Ida of Ravel"
    assert title_name("Pell Street halt Pell was a halt on the branch line.", "Pell") == "Pell Street halt"
    qualified = "Lena Hart (sprinter) Magdalena 'Lena' Hart was an Irish sprinter."
    assert title_name(qualified, "Hart") == "Lena Hart"
    assert title_name(qualified, "Lena Hart") == ""  # no more than the asked name: tells nothing apart
    assert title_name("Old Mill Site The Old Mill Site is a ruin.", "Mill") == "Old Mill Site"


def test_no_title_name_in_running_text() -> None:
    assert title_name("the bridge was rebuilt after the bridge fell in a flood.", "Kell Bridge") == ""
    assert title_name("Tom Ward, son of Tom Ashe, farmed near the river.", "Tom Ward") == ""
    assert title_name("Harbour Lights Harbour Lights is a song.", "Night Train") == ""


def test_different_full_names_are_different_entities() -> None:
    """ "Ida of Verlo" and "Ida of Ravel" are two saints; "Ida" and "Ida of Verlo" may be one."""
    verlo = "Ida of Verlo Ida of Verlo was a nun who founded a hospice."
    ravel = "Ida of Ravel Ida of Ravel was a weaver honoured on 3 May."
    assert not same_entity(verlo, ravel, "Saint Ida")
    assert same_entity(verlo, "Ida Ida was a nun who founded a hospice.", "Saint Ida")
    assert conflicts(Descriptor(name="Comet Probe 2"), Descriptor(name="Comet Probe 3"))
    assert not conflicts(Descriptor(name="Verlo Abbey"), Descriptor(name="Old Verlo Abbey"))
    assert descriptor(verlo, "Saint Ida").label() == "(Ida of Verlo)"


def test_defining_sentence_parsed_ahead_gives_the_same_description() -> None:
    from bot import nlp

    page = "Harrow Vale is a village in Marsh County. It has a mill and a church."
    news = "Rain fell on Harrow Vale on Monday, officials said."
    alone = descriptor(page, "Harrow Vale")
    nlp._docs.clear()
    parse_defining_ahead([page, news], "Harrow Vale")
    assert "Harrow Vale is a village in Marsh County." in nlp._docs  # the one it will parse
    assert "Rain fell on Harrow Vale on Monday, officials said." not in nlp._docs  # no "be": no parse
    assert descriptor(page, "Harrow Vale") == alone
    assert (alone.kind, alone.place) == ("village", "Marsh County")


def test_places_sharing_only_their_kind_word_are_different_places() -> None:
    assert other_places("Arlo County", "Varne County, Ostmark")
    assert other_places("Brede", "Tolland")
    assert not other_places("Varne County, Ostmark", "Ostmark")
    assert not other_places("Brede", "Brede")
    assert not other_places("Arlo County, Ostmark", "Varne County, Ostmark")  # one state: perhaps one place


def test_a_sentence_giving_an_attribute_of_the_subject_does_not_describe_it() -> None:
    assert descriptor(
        "The population of Velm Township, Ostmark, is about 900 residents.", "Velm Township"
    ).empty
    assert descriptor("The median age in Velm was 40 years.", "Velm").empty
    assert descriptor("Velm Township is a township in Arlo County.", "Velm Township").kind == "township"


def test_a_headline_naming_the_subject_and_its_kind_titles_the_page() -> None:
    """ "Name : kind ..." titles a web page as "Name (kind)" titles a wiki page."""
    page = "Ada Vell : Velmish chess player who won the Tarn Open in 1990 | The Daily Post | Sport"
    found = headline(page, "Ada Vell")
    assert (found.kind, found.qualifier) == ("player", "Velmish chess player")
    assert descriptor(page, "Ada Vell").label() == "(Velmish chess player)"
    assert headline("Ada Vell : Painter | Biography , Facts", "Ada Vell").qualifier == "Painter"


def test_a_headline_stating_no_kind_or_naming_another_titles_nothing() -> None:
    assert headline("Ada Vell : I will play on next year, says the champion", "Ada Vell").empty
    assert headline("Tarn News : Ada Vell wins the open", "Ada Vell").empty
    assert headline("Ada Vell : Velmish chess player", "Tom Hale").empty
