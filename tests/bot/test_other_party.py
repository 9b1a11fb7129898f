"""The title a who-question gives the party in the role it does not ask about."""

from __future__ import annotations

from bot.other_party import other_party_title


def test_the_object_title_when_the_doer_is_asked() -> None:
    assert set(other_party_title("Who will replace the head coach of the Velmar Lions?")) >= {"head", "coach"}
    assert "journalist" in other_party_title("Who killed the journalist in Dunmoor?")


def test_a_named_other_party_gives_no_title() -> None:
    assert other_party_title("Who replaced Tomas Vell?") == ()
    assert other_party_title("Who leads the VLF?") == ()


def test_questions_without_a_doer_or_done_to_give_no_title() -> None:
    assert other_party_title("Who is the mayor of Ostrin?") == ()
    assert other_party_title("When did the head coach resign?") == ()
