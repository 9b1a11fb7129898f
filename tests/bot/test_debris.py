"""``bot/debris.py``: wiki and web-page furniture that is never an answer, on hand-made lines.

``tests/bot/test_attributes.py`` lists typical debris and sentences; these pin each rule's edge.
"""

from __future__ import annotations

import pytest

from bot.debris import CLAUSE_WORDS, CREDIT_KEYS, MIN_FRAGMENT_WORDS, debris_flags, is_debris


def test_blank_text_is_debris() -> None:
    assert is_debris("") and is_debris("  \n\t ")


def test_a_verbless_run_is_debris_only_from_the_fragment_length() -> None:
    """Under ``MIN_FRAGMENT_WORDS`` words a verbless run may be a value or a heading; from
    there on it is a run of infobox fragments, unless a finite verb makes it a sentence."""
    short = "Genre Drama Country India Tamil"
    long = "Genre Drama Country India Language Tamil"
    assert len(short.split()) == MIN_FRAGMENT_WORDS - 1 and not is_debris(short)
    assert len(long.split()) == MIN_FRAGMENT_WORDS and is_debris(long)
    assert not is_debris("The drama film was shot in India in Tamil.")


def test_two_credit_keys_make_a_credits_block_one_does_not() -> None:
    """ "Directed by A Produced by B" is infobox credits; one "Written by" can be a sentence."""
    assert CREDIT_KEYS == 2
    assert is_debris("Written by Anna Berg Edited by Karl Moss")
    assert not is_debris("Written by Anna Berg, the play opened in May.")


@pytest.mark.parametrize(
    "text",
    [
        "[[Velmar]] is a port.",  # a wiki link
        "Home • News • Sport",  # navigation bullets
        "See also: ports of Norland",  # a hatnote
        "Not to be confused with Velmar Bay.",
        "For the older harbour that opened in 1902 , see Velmar Old Port .",  # a namesake's page
        "For a list of ferries, see Ferries of Norland.",
        "Log in to comment on this story.",  # site chrome
        "Privacy policy and cookie statement",
        "Retrieved 4 May 2020 from the archive",  # a citation tail
    ],
)
def test_markup_hatnotes_and_site_chrome_are_debris_wherever_they_sit(text: str) -> None:
    assert is_debris(text)


@pytest.mark.parametrize(
    "text",
    [
        "Visitors will see also the old harbour.",  # "see also" inside, not opening the line
        "The council will use British spelling rules.",  # "use" mid-sentence, not a template
        "Anna Berg signed up for the race.",  # "signed up", not "sign up"
        "For the third year running, seed growers in Velmar sold out.",  # "seed", not "see"
        "For the villagers, seeing the harbour reopen was a relief.",
    ],
)
def test_the_same_words_inside_a_sentence_are_not_debris(text: str) -> None:
    """Hatnotes only open a line; chrome is a whole phrase, not any of its words."""
    assert not is_debris(text)


def test_a_line_with_a_finite_auxiliary_or_said_is_a_clause_without_a_parse() -> None:
    """ "was", "has", "said" in lower case mark a finite clause: such a line is never a run of
    fragments (and is not parsed); a title-case "Is" in a name is left to the parse."""
    assert "was" in CLAUSE_WORDS and "said" in CLAUSE_WORDS and "have" not in CLAUSE_WORDS
    assert not is_debris("Genre Drama Country India Language Tamil was released")
    assert "Is" not in CLAUSE_WORDS  # "Love Is All Around": a title word is left to the parse


def test_flags_for_many_lines_are_each_line_judged_alone() -> None:
    """Judging lines together (the parses batched) gives each line's own verdict."""
    lines = [
        "Genre Drama Country India Language Tamil",  # verbless fragments: parsed
        "The ferry to Velmar Bay carried forty passengers across the strait",  # parsed, a clause
        "Officials said the road was closed.",  # "said": no parse needed
        "See also: ports of Norland",  # a hatnote
        "",
    ]
    assert debris_flags(lines) == [is_debris(x) for x in lines] == [True, False, False, True, True]


@pytest.mark.parametrize(
    "text",
    [
        "Tuesdays raid on the column destroyed at least 7 of 12 lorries as well as a depot in Tell Varna in Orvel province.",
    ],
)
def test_a_sentence_the_tagger_reads_without_a_finite_verb_is_not_debris(text: str) -> None:
    """News text without commas can parse with its verb as a participle; a line that ends as a
    sentence ends and holds a lower-case past form is still prose."""
    assert not is_debris(text)


def test_a_full_stop_alone_does_not_make_fragments_prose() -> None:
    """Only a past form in the line marks a misread clause: verbless rows stay debris."""
    assert is_debris("Genre Drama Country Norland Language Velsh Running time 90 minutes.")


def test_a_related_stories_box_is_debris_but_a_closing_read_also_is_not() -> None:
    """Headlines after "Related News" are other events' stories; a sentence that merely ends
    in a bare "Read Also" link, or reads more of something, stays evidence."""
    assert is_debris("Source Wire Related News Flood kills 12 in Orvel Varna ministers meet on trade")
    assert is_debris("Read more: Storm leaves 40 dead in Kesra province")
    assert not is_debris("A ferry carrying 30 passengers sank off Orvel on Monday Read Also")
    assert not is_debris("The minister said he would read more reports before the vote.")
