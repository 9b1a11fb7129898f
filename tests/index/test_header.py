"""``index/header.py``: an article's title line, datelines, bylines and captions, on hand-made texts.

``tests/index/test_metadata.py`` pins the header through ``clean``; these call ``read_header``,
``caption_cuts``, ``is_heading`` and ``iso_date`` directly.
"""

from __future__ import annotations

import re

import pytest

from index.header import (
    CAPTION_CHARS,
    Header,
    caption_cuts,
    glued_headline,
    headline_cut,
    is_heading,
    iso_date,
    read_header,
)


def header(text: str) -> tuple[str, str, str, list[tuple[str, str]]]:
    """Title, date, outlet and the cut spans (text, reason), every non-empty line kept."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    found = read_header(text, lines)
    return found.title, found.date, found.outlet, [(text[s:e], why) for s, e, why in found.cuts]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Council votes to close bridge", True),
        ("Floods: what we know so far", True),  # a colon inside is not an ending
        ("The council voted.", False),  # ends like a sentence
        ("Is the bridge safe?", False),
        ("“We will rebuild”", False),  # a closing quote ends a quotation
        ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen", False),
    ],
)
def test_a_heading_is_short_and_does_not_end_like_a_sentence(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_a_byline_of_several_names_on_its_own_line_is_furniture() -> None:
    assert header(
        "Council votes to close bridge\nBy Jane Doe and John Roe\nThe council voted on Monday."
    ) == (
        "Council votes to close bridge",
        "",
        "",
        [("Council votes to close bridge", "title"), ("By Jane Doe and John Roe", "dateline or byline")],
    )


def test_a_posted_label_gives_the_date_month_first() -> None:
    """ "Posted on 4/5/17 by Jane Doe": the label, the date (slashes: month first) and the byline go."""
    title, date, _, cuts = header(
        "Council votes to close bridge\nPosted on 4/5/17 by Jane Doe\nThe council voted."
    )
    assert (title, date) == ("Council votes to close bridge", "2017-04-05")
    assert cuts[-1] == ("Posted on 4/5/17 by Jane Doe", "dateline or byline")


def test_an_all_caps_dateline_with_a_wire_credit_gives_the_outlet() -> None:
    """ "VELMAR (AP) -" is cut up to the story, and the credit becomes the outlet."""
    _, _, outlet, cuts = header("Council votes to close bridge\nVELMAR (AP) - The council voted on Monday.")
    assert outlet == "AP" and cuts[-1] == ("VELMAR (AP) - ", "dateline or byline")


def test_a_dateline_without_a_credit_gives_no_outlet() -> None:
    _, date, outlet, cuts = header(
        "Council votes to close bridge\nVelmar, May 2 - The council voted on Monday."
    )
    assert (date, outlet) == ("", "") and cuts[-1] == ("Velmar, May 2 - ", "dateline or byline")


def test_a_line_naming_a_web_domain_is_the_site_name() -> None:
    _, _, _, cuts = header("Velmar Daily velmardaily.com\nCouncil votes to close bridge\nThe council voted.")
    assert cuts[0] == ("Velmar Daily velmardaily.com", "site name")


def test_a_text_that_opens_with_its_story_has_no_header() -> None:
    """A first line that is a sentence, not followed by its own repetition, is the story."""
    assert header("The council voted on Monday to close the bridge.\nIt will reopen in May.") == (
        "",
        "",
        "",
        [],
    )


def test_a_caption_is_cut_from_the_end_of_the_sentence_before_to_its_photo_credit() -> None:
    text = "The bridge closed on Monday. Workers lift a beam at dawn (Photo: Anna Berg) The council voted."
    assert [(text[s:e], why) for s, e, why in caption_cuts(text, 0, len(text))] == [
        ("Workers lift a beam at dawn (Photo: Anna Berg)", "photo caption")
    ]


def test_a_caption_with_no_sentence_start_in_reach_is_not_cut() -> None:
    """More than ``CAPTION_CHARS`` with no sentence end before the credit: nothing to delimit."""
    text = "x" * (CAPTION_CHARS + 100) + " Workers lift a beam (AFP photo) The council voted."
    assert caption_cuts(text, 0, len(text)) == []
    start = text.index("Workers")
    assert caption_cuts(text, start, len(text)) == [(start, text.index(" The council"), "photo caption")]


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("1st June 2020", "2020-06-01"),  # ordinals
        ("June 1st, 2020", "2020-06-01"),
        ("Tue 02 Jun 2020", "2020-06-02"),  # a weekday in front
        ("12.01.20", "2020-01-12"),  # dots and a two-digit year: day first
        ("31 February 2020", ""),  # no such day
        ("March 2020", ""),  # no day: not a date to place an article at
        ("13/25/2020", ""),  # slashes are month first: month 13 does not exist
    ],
)
def test_only_a_full_real_date_becomes_iso(written: str, iso: str) -> None:
    assert iso_date(written) == iso


def _lead(text: str) -> str:
    boundary = glued_headline(text, 0, len(text))
    return "" if boundary is None else text[boundary:]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (  # a function word that only a sentence start capitalises
            "Harbour plan wins council vote The town council has backed a new harbour wall.",
            "The town council has backed a new harbour wall.",
        ),
        (  # a word the text writes in lower case elsewhere
            "Bakers fear flour price rise Shoppers may pay more for bread, shoppers were told.",
            "Shoppers may pay more for bread, shoppers were told.",
        ),
        (  # the lead's first noun phrase gives the headline's name again, with a first name
            "Pellow quits orchestra post Conductor Mira Pellow has left the city orchestra.",
            "Conductor Mira Pellow has left the city orchestra.",
        ),
        (  # the name alone right after the headline
            "Quenby buys rival bakery chain Quenby has bought its largest rival for 4m pounds.",
            "Quenby has bought its largest rival for 4m pounds.",
        ),
    ],
)
def test_a_headline_glued_to_its_lead_ends_where_the_lead_starts(text: str, lead: str) -> None:
    assert _lead(text) == lead


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said on Monday that the bridge would open in May.",  # a plain first sentence
        "Vell and Orrin met in Lisbon. They signed a deal.",  # a sentence ends first
        # the name comes back after a word said again later: where the lead starts is unclear
        "Dorvo profits rise again Big airline Dorvo has returned to profit, Big said.",
        "Tessel wins, Tessel said The club said it won.",  # a clause ended before
        "Ferry to sail in Marlow Bay Marlow Bay port will open.",  # the name follows a name
    ],
)
def test_no_glued_headline_is_found_without_a_clear_lead_start(text: str) -> None:
    assert glued_headline(text, 0, len(text)) is None


def test_the_headline_is_the_first_lines_opening_when_the_text_has_no_title_line() -> None:
    text = "Harbour plan wins council vote The town council has backed a new harbour wall. It opens in May."
    lead = text.index("The town")
    assert headline_cut(text, [(0, len(text))], Header()) == (0, lead - 1, lead)
    assert headline_cut(text, [(0, len(text))], Header(title="Harbour plan wins council vote")) is None
