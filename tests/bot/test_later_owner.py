"""A count "of a N" whose N the next sentence names (``bot.later_owner``), on invented text."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.later_owner import indefinite_owner, named_later, names_before, owner_named_later
from bot.values import parse_quantities
from index.embed import Embedder
from tests.bot.tiny_index import checker_over

ASKED = "How many members of the Velmar clan did the raiders kill in the hills?"
COUNTED = "Raiders killed 40 members of a clan they had fought in the northern hills for a month."
NEXT = "Elders of the Velmar clan said the raids began after a dispute over grazing land."


def first(text: str) -> object:
    """The sentence's first quantity."""
    return parse_quantities(text)[0]


def test_the_owner_of_a_count_written_only_as_a_noun() -> None:
    """ "members of a clan" (its relative clause naming places aside) has an unnamed owner; a
    named or definite one ("of a Velmar clan", "of the clan") is not introduced here."""
    assert indefinite_owner(COUNTED, first(COUNTED)) == "clan"  # type: ignore[arg-type]
    named = "Raiders killed 40 members of a Velmar clan in the hills."
    assert indefinite_owner(named, first(named)) == ""  # type: ignore[arg-type]
    definite = "Raiders killed 40 members of the clan in the hills."
    assert indefinite_owner(definite, first(definite)) == ""  # type: ignore[arg-type]
    bare = "Raiders killed 40 herders in the hills."
    assert indefinite_owner(bare, first(bare)) == ""  # type: ignore[arg-type]


def test_the_modifier_is_written_before_the_noun() -> None:
    assert names_before("Velmar", "clan", NEXT)
    assert names_before("Velmar", "clan", "the al-Velmar hill clans")
    assert not names_before("Velmar", "clan", "Elders in Velmar said the clan had fled.")


def test_the_count_is_the_named_owners_only_where_the_next_sentence_names_it() -> None:
    """The next sentence names the clan by the question's modifier: the forty are that clan's. A
    next sentence naming another clan, or the modifier before another noun, says nothing of it."""
    x = first(COUNTED)
    assert named_later(("Velmar",), ASKED, COUNTED, x, NEXT)  # type: ignore[arg-type]
    assert not named_later(("Velmar",), ASKED, COUNTED, x, "Elders of the Ostrin clan spoke.")  # type: ignore[arg-type]
    assert not named_later(("Velmar",), ASKED, COUNTED, x, "Velmar officials said the clan fled.")  # type: ignore[arg-type]
    assert not named_later(("Velmar",), "How many Velmar soldiers died?", COUNTED, x, NEXT)  # type: ignore[arg-type]
    assert owner_named_later(("Velmar",), ASKED, COUNTED, NEXT)


ARTICLES = {
    "clan.txt": f"""Raids in the hills

{COUNTED} {NEXT} A local doctor said the wounded had been taken to Ostrin.
""",
}


@pytest.fixture(scope="module")
def clan(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(ARTICLES, "later-owner", tmp_path_factory, embedder)


def test_the_count_answers_a_question_naming_its_owner(clan: FactChecker) -> None:
    """The sentence never writes "Velmar", yet its count is the one asked: the next names it."""
    assert "40" in clan.ask(ASKED).text
