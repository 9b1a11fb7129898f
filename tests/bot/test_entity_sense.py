"""Which entity a document describes, on small hand-made documents."""

from __future__ import annotations

from bot.entity_sense import Descriptor, conflicts, descriptor, group_by_entity, same_entity

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


def test_groups_with_labels() -> None:
    groups = group_by_entity([FILM_1959, FILM_1998, FILM_1959_AGAIN, FRAGMENT], "Night Train")
    assert [(g.label, g.members) for g in groups] == [
        ("(1959 film)", (0, 2)),
        ("(1998 Irish film)", (1,)),
        ("", (3,)),
    ]
