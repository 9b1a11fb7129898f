"""A sentence states a claim but for common words it may leave out (hand-made sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.alignment import Alignment, stated_words
from bot.api import FactChecker
from bot.stance import judge
from bot.stated_share import left_out_blocker, left_out_detail, stated_share, states_most
from bot.text import TokenPool
from bot.types import Stance
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand


def flat(token: str) -> float:
    return 1.0


def test_the_share_weighs_each_word_by_its_rarity() -> None:
    aligned = Alignment(unstated=("chief",), stated=("Velmar", "mill", "closed"), matched=())
    assert stated_share(aligned, flat) == pytest.approx(0.75)
    rare = {"chief": 3.0}
    assert stated_share(aligned, lambda t: rare.get(t, 1.0)) == pytest.approx(0.5)
    assert stated_share(Alignment((), (), ()), flat) == 0.0


def align(claim: str, text: str, similar: Callable[[str, str], bool]) -> Alignment:
    tune = CheckTuning()
    return stated_words(claim, text, TokenPool([]), similar, tune.stated_sense_rank, tune.stated_arc)


@pytest.fixture(scope="module")
def similar(tiny: FactChecker) -> Callable[[str, str], bool]:
    return tiny.retriever.corpus().similar


@pytest.mark.parametrize(
    ("claim", "text", "blocker"),
    [
        # a common noun said another way may be left out
        (
            "A former Tarnby mill boss was charged with fraud.",
            "Prosecutors charged Oskar Brandt, a former mill head in Tarnby, with fraud.",
            "",
        ),
        # another thing of the same close kind is a rival: one detail changed
        (
            "Ilse Varga was honoured by the hospital in Tarnby.",
            "Ilse Varga was honoured by the school in Tarnby.",
            "hospital",
        ),
        # a verb left out is the deed left out
        (
            "Oskar Brandt was jailed in Tarnby.",
            "Oskar Brandt was questioned in Tarnby.",
            "jailed",
        ),
    ],
)
def test_only_common_words_without_a_rival_may_be_left_out(
    claim: str, text: str, blocker: str, similar: Callable[[str, str], bool]
) -> None:
    aligned = align(claim, text, similar)
    assert aligned.unstated
    assert left_out_blocker(claim, text, aligned, CheckTuning.role_kin_steps) == blocker


def test_an_opposite_adjective_blocks_leaving_it_out(similar: Callable[[str, str], bool]) -> None:
    claim = "The Ostrin ferry office will stay open until spring."
    text = "The Ostrin ferry office will stay closed until spring."
    aligned = align(claim, text, similar)
    assert left_out_blocker(claim, text, aligned, CheckTuning.role_kin_steps) == "open"


def test_most_stated_needs_the_cut_off(similar: Callable[[str, str], bool]) -> None:
    claim = "A former Tarnby mill boss was charged with fraud."
    text = "Prosecutors charged Oskar Brandt, a former mill head in Tarnby, with fraud."
    aligned = align(claim, text, similar)
    assert states_most(claim, text, aligned, flat, 0.8, CheckTuning.role_kin_steps) == pytest.approx(5 / 6)
    assert states_most(claim, text, aligned, flat, 0.9, CheckTuning.role_kin_steps) == 0.0


def test_a_sentence_stating_all_but_a_common_word_supports_and_a_changed_detail_does_not(
    tiny: FactChecker,
) -> None:
    tune = CheckTuning(stated_share=0.7)

    def stance(claim: str, text: str) -> Stance:
        return judge(claim, hand(tiny, text, dense=0.6, score=0.6), tune).stance

    text = "Prosecutors charged Oskar Brandt, a former mill head in Tarnby, with fraud."
    assert stance("A former Tarnby mill boss was charged with fraud.", text) is Stance.SUPPORTS
    assert stance("A former Tarnby mill boss was charged with arson.", text) is not Stance.SUPPORTS
    assert stance("A former Tarnby mill boss was acquitted of fraud.", text) is not Stance.SUPPORTS
    assert stance("A former Velmar mill boss was charged with fraud.", text) is not Stance.SUPPORTS


def test_a_word_placing_the_claim_in_time_is_never_left_out(similar: Callable[[str, str], bool]) -> None:
    claim = "The Velmar dam works were launched at the start of the previous year."
    text = "Work on the Velmar dam was launched late last year, the council said."
    aligned = align(claim, text, similar)
    assert "start" in aligned.unstated
    assert left_out_blocker(claim, text, aligned, CheckTuning.role_kin_steps) == "start"


def test_a_bare_party_of_the_deed_is_never_left_out(similar: Callable[[str, str], bool]) -> None:
    claim = "Tarnby officials reported that farmers were hurt in the storms."
    text = "Tarnby officials reported that the storms hurt livestock and damaged barns."
    aligned = align(claim, text, similar)
    assert "farmers" in aligned.unstated
    assert left_out_blocker(claim, text, aligned, CheckTuning.role_kin_steps) == "farmers"


def test_a_word_qualifying_a_noun_is_never_left_out(similar: Callable[[str, str], bool]) -> None:
    claim = "The Velmar prize went to Anna Merrow's debut novel."
    text = "The Velmar prize went to Anna Merrow's fourth novel, the jury said."
    aligned = align(claim, text, similar)
    assert left_out_blocker(claim, text, aligned, CheckTuning.role_kin_steps) == "debut"


def test_a_party_is_left_out_only_where_its_qualifier_stands_by_the_deed(
    similar: Callable[[str, str], bool],
) -> None:
    claim = "The villagers had fled the Norland army."
    text = "Five Norland soldiers were wounded, and villagers who fled the shelling sheltered in tents."
    aligned = align(claim, text, similar)
    assert left_out_blocker(claim, text, aligned, CheckTuning.role_kin_steps) == "army"


@pytest.mark.parametrize(
    ("claim", "text", "detail"),
    [
        ("Oskar Brandt was jailed in Tarnby.", "Oskar Brandt was questioned in Tarnby.", ("jailed", "deed")),
        (
            "The Ostrin ferry office will stay open.",
            "The Ostrin ferry office will stay closed.",
            ("open", "opposed"),
        ),
        (
            "The Velmar prize went to Anna Merrow's debut novel.",
            "The Velmar prize went to Anna Merrow's fourth novel.",
            ("debut", "qualifier"),
        ),
    ],
)
def test_left_out_detail_says_why_a_word_may_not_be_left_out(
    claim: str, text: str, detail: tuple[str, str], similar: Callable[[str, str], bool]
) -> None:
    """The word ``left_out_blocker`` gives, with the kind of detail it is (what a diagnostic tallies)."""
    aligned = align(claim, text, similar)
    assert left_out_detail(claim, text, aligned, CheckTuning.role_kin_steps) == detail
