"""Which group people belong to, read from "fighters from X and Y", on hand-made sentences."""

from __future__ import annotations

from bot.memberships import asks_membership, member_groups, membership_value

ASKED = "Which armed groups did the fighters killed near the Velm bridge belong to?"


def test_a_membership_question_ends_on_its_preposition() -> None:
    """ "... belong to?" and "... were the gunmen from, according to X?" ask for a group; a
    question about a deed ("which group claimed it") does not."""
    assert asks_membership(ASKED)
    assert asks_membership("Which factions were the gunmen on the Ostrin ferry from, according to police?")
    assert not asks_membership("Which group claimed the attack on the Velm bridge?")
    assert not asks_membership("Which town did the fighters come to?")


def test_every_coordinated_group_after_the_people_noun_answers() -> None:
    """The names after "fighters from", each conjunct's proper-noun run, however long the phrase
    around it; another people noun ("militants") says the same of the same people."""
    sentence = (
        "The fighters from the Tarvel Liwa Islamist faction and Ostrin-based affiliate "
        "Dunmoor Brigade were killed trying to retake the Velm bridge."
    )
    assert member_groups(ASKED, sentence) == ["Tarvel Liwa", "Dunmoor Brigade"]
    other = "Monitors said militants from the Keldby Front were killed near the bridge."
    assert member_groups(ASKED, other) == ["Keldby Front"]


def test_kin_and_other_questions_name_no_group() -> None:
    """ "the sons of Omar Velm" are kin, not members; a question not about membership reads none."""
    assert member_groups(ASKED, "The sons of Omar Keldby were killed near the bridge.") == []
    sentence = "The fighters from the Keldby Front were killed near the bridge."
    assert member_groups("Which group claimed the attack on the Velm bridge?", sentence) == []


def test_the_value_names_every_group_and_groups_by_the_first() -> None:
    assert membership_value(["Keldby Front", "Tarvel Liwa", "Dunmoor Brigade"]) == (
        "Keldby Front, Tarvel Liwa and Dunmoor Brigade",
        "keldby front",
    )
    assert membership_value(["al-Keldby Front"])[1] == membership_value(["Keldby Front"])[1]
