"""Terminal rendering of hand-made answers and verdicts: what a CLI user reads."""

from __future__ import annotations

import pytest

from bot.render import BADGES, answer_text, badge, report_text, verdict_text
from bot.types import (
    NOT_IN_SOURCES,
    Answer,
    Citation,
    Disagreement,
    Evidence,
    Label,
    Passage,
    Stance,
    Status,
    TextClaim,
    TextReport,
    Variant,
    Verdict,
)

DOZEN = Citation(1, "a.txt", 10, 40, "US forces hit a dozen targets.", 0.9, outlet="Wire", date="2017-03-03")
DOZENS = Citation(2, "b.txt", 0, 26, "Dozens of targets were hit.", 0.8, title="Strikes in Syria")


def test_an_answer_shows_its_marks_then_each_cited_quote() -> None:
    answer = Answer("How many?", Status.ANSWERED, "a dozen", citations=[DOZEN], note="1 source states this.")
    assert answer_text(answer).splitlines() == [
        "a dozen [1]",
        "  (1 source states this.)",
        "",
        "[1] a.txt [10:40] — Wire, 3 Mar 2017",
        "    “US forces hit a dozen targets.”",
    ]


def test_a_disagreement_lists_each_value_with_its_sources() -> None:
    variants = [Variant("a dozen", [DOZEN]), Variant("dozens", [DOZENS])]
    answer = Answer(
        "How many?",
        Status.ANSWERED,
        "The sources differ: a dozen vs dozens",
        citations=[DOZEN, DOZENS],
        disagreements=[Disagreement("number of targets", "", variants)],
    )
    text = answer_text(answer)
    assert "Sources disagree on the number of targets:" in text
    assert "  - 'a dozen': [1] a.txt (Wire, 3 Mar 2017)\n  - 'dozens': [2] b.txt (Strikes in Syria)" in text
    assert "[2] b.txt [0:26] — Strikes in Syria" in text


def test_not_in_the_sources_lists_at_most_three_closest_passages() -> None:
    passages = [Passage(f"{n}.txt", 0, 5, f"text {n}", 0.5 - n / 10) for n in range(5)]
    answer = Answer("Who?", Status.NOT_IN_SOURCES, NOT_IN_SOURCES, passages=passages, note="Nothing says it.")
    lines = answer_text(answer).splitlines()
    assert lines[0] == "Not in the sources. Nothing says it."
    assert lines[1] == "  closest 1. 0.txt [0:5] (score 0.50)"
    assert sum(line.startswith("  closest") for line in lines) == 3


def test_a_verdict_shows_its_badge_note_and_each_stance() -> None:
    evidence = Evidence("a.txt", 10, 40, DOZEN.quote, Stance.REFUTES, 0.7, reason="gives 12, not 2,000")
    verdict = Verdict("The US hit 2,000 targets.", Label.REFUTED, [evidence], "Refuted by a.txt.")
    assert verdict_text(verdict).splitlines() == [
        "Verdict: ✗ Refuted",
        "  Refuted by a.txt.",
        "  - refutes  a.txt [10:40]: gives 12, not 2,000",
        "      “US forces hit a dozen targets.”",
    ]


def test_a_claim_asked_in_auto_mode_shows_the_verdict_first() -> None:
    answer = Answer("x", Status.ANSWERED, "a dozen", citations=[DOZEN])
    answer.verdict = Verdict("x", Label.CONFLICTING, [], "a.txt and b.txt differ.")
    assert answer_text(answer).startswith(
        "Verdict: ⚠ Conflicting: the sources disagree\n  a.txt and b.txt differ.\n\n"
    )


@pytest.mark.parametrize("label", list(Label))
def test_every_label_has_a_badge(label: Label) -> None:
    icon, words = BADGES[str(label)]
    assert badge(str(label)) == f"{icon} {words}" and words
    assert badge("mostly_true") == badge("not_enough_info")


def test_the_chat_page_uses_the_same_badges() -> None:
    from bot import ui_html

    assert ui_html.BADGES is BADGES


TEXT = "Leeds built 200 homes and sold 50 of them. What a week!"


def text_claim(quote: str, label: Label | None) -> TextClaim:
    start = TEXT.index(quote)
    verdict = Verdict(quote, label) if label is not None else None
    return TextClaim(quote, start, start + len(quote), label is not None, "", verdict)


def test_report_text_shows_each_claim_its_verdict_and_evidence() -> None:
    supported = text_claim("Leeds built 200 homes", Label.SUPPORTED)
    assert supported.verdict is not None
    supported.verdict.note = "Supported by a.txt (one source only)."
    supported.verdict.evidence = [
        Evidence("a.txt", 10, 40, "Leeds has built 200 new homes", Stance.SUPPORTS, 0.9)
    ]
    fragment = text_claim("What a week!", None)
    fragment.reason = "no statement to check"
    out = report_text(TextReport(TEXT, [supported, fragment]))
    lines = out.splitlines()
    assert lines[0] == "2 claims: 1 supported, 1 not checkworthy"
    assert lines[1].startswith("1. [SUPPORTED] Leeds built 200 homes")
    assert '"Leeds has built 200 new homes" (a.txt 10-40)' in out
    assert lines[-2].startswith("2. [NOT CHECKWORTHY] What a week!")
    assert lines[-1] == "   no statement to check"
