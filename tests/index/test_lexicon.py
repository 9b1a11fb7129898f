"""The lexicon: each English word list once, documented, and used by the rules that need it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.check import negated_near
from bot.text import TokenPool
from bot.values import agree, parse_quantities
from index import lexicon
from index.split import speaker_of

SOURCE = Path(__file__).resolve().parents[2] / "index" / "lexicon.py"


def public_lists() -> dict[str, object]:
    return {name: value for name, value in vars(lexicon).items() if name.isupper()}


def test_every_list_is_documented_lowercase_and_without_repeats() -> None:
    tree = ast.parse(SOURCE.read_text())
    documented = set()
    for node, after in zip(tree.body, tree.body[1:], strict=False):
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(after, ast.Expr):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            documented |= {ast.unparse(t) for t in targets}
    lists = public_lists()
    assert set(lists) <= documented, set(lists) - documented
    for name, value in lists.items():
        words = list(value.values() if name == "CURRENCY_SYMBOLS" else value)  # type: ignore[attr-defined]
        assert len(words) == len(set(words)), name
        if name not in {
            "NAME_LABELS",
            "PLACE_LABELS",
            "TIME_LABELS",
            "CURRENCY_SYMBOLS",
        }:  # spaCy labels are upper-case
            assert all(w == w.lower() for w in words), name


@pytest.mark.parametrize("verb", ["said", "told", "warned", "announced", "confirmed", "insists"])
def test_a_reporting_verb_names_the_speaker(verb: str) -> None:
    assert speaker_of(f"The bridge will reopen in May, Mayor Ilse Varga {verb}.") == "Mayor Ilse Varga"
    assert speaker_of("The bridge will reopen in May, Mayor Ilse Varga hoped.") == ""


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The council did not approve the budget.", True),
        ("The council didn't approve the budget.", True),
        ("The council didn’t approve the budget.", True),  # curly apostrophe, as news sites write it
        ("The council never approved the budget.", True),
        ("The council denied approving the budget.", True),
        ("The council approved the budget without delay.", False),  # the cue is not before "approv"
        ("The council approved the budget.", False),
    ],
)
def test_a_negation_cue_before_a_shared_word_negates_it(text: str, negated: bool) -> None:
    assert negated_near(text, TokenPool(["approv"]), 4) is negated


def test_durations_compare_in_years() -> None:
    (decades,) = parse_quantities("more than five decades")
    (years,) = parse_quantities("50 years")
    (months,) = parse_quantities("six months")
    assert agree(decades, years) and not agree(months, years)
    assert set(lexicon.DURATION_IN_YEARS) <= lexicon.TIME_UNITS


@pytest.mark.parametrize(
    "asked", ["Which city", "which places", "What date", "Which organizations", "which people"]
)
def test_wh_nouns_are_read_as_question_tokens(asked: str) -> None:
    from bot.sentences import _WH_TOKENS
    from bot.text import tokens

    assert tokens(asked) and all(t in _WH_TOKENS for t in tokens(asked))


def test_every_reporting_form_has_its_lemma() -> None:
    assert lexicon.REPORTING_VERBS["say"] == ("said", "says")
    assert len(lexicon.REPORTING_FORMS) == len(set(lexicon.REPORTING_FORMS))
