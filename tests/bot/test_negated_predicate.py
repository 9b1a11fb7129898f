"""The same subject's state denied on one side only, by "not" or an idiom ("far from over")."""

import pytest

from bot.negated_predicate import denied_state, states_of


def _never(a: str, b: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("claim", "text", "reason"),
    [
        (
            "The drought is largely over.",
            "In the valley, the drought is far from over.",
            "says it is not over",
        ),
        ("The harvest was certain.", "The harvest was anything but certain.", "says it is not certain"),
        ("The bridge remains closed.", "The bridge does not remain closed.", "says it is not closed"),
        ("The orchard is not ready.", "The orchard is ready, the gardener said.", "says it is ready"),
    ],
)
def test_a_state_denied_on_one_side_refutes(claim: str, text: str, reason: str) -> None:
    assert denied_state(claim, text, _never) == reason


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        ("The drought is over.", "The drought is over at last."),  # the same state, said alike
        ("The drought is over.", "The flood is far from over."),  # another subject
        ("The drought is over.", "The drought may not be over."),  # hedged: states nothing
        ("The drought is over.", "It is far from over."),  # a pronoun ties the state to nothing
        ("The mill is near the river.", "The mill is far from the river."),  # a place, not a state
        ("The mill is now open.", "The mill is not now closed."),  # "now" is no state
    ],
)
def test_no_denial_without_the_same_subject_and_state(claim: str, text: str) -> None:
    assert denied_state(claim, text, _never) == ""


def test_far_from_denies_a_state_but_not_a_place() -> None:
    assert [s.negated for s in states_of("The outcome remains far from clear.")] == [True]
    assert states_of("The hut is far from the road.") == []


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The ferry is no longer busy.", [True]),
        ("The ferry is never late on weekdays.", [True]),
        ("The ferry is calm without the wind.", [False]),
        ("Nobody thinks the ferry is late.", []),  # its polarity is not told
    ],
)
def test_a_state_is_read_negated_only_by_its_own_negation(text: str, negated: list[bool]) -> None:
    assert [s.negated for s in states_of(text)] == negated
