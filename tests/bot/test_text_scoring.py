"""Scoring text items: a gold claim is found by an overlapping produced claim, once."""

from __future__ import annotations

from bot.text_report_render import report_text
from bot.text_scoring import score_text_item, text_metrics, validate_text_item
from bot.types import Evidence, Label, Stance, TextClaim, TextReport, Verdict

TEXT = "Leeds built 200 homes and sold 50 of them. What a week!"
ITEM = {
    "id": "t-leeds",
    "kind": "text",
    "text": TEXT,
    "claims": [
        {"quote": "Leeds built 200 homes", "verdict": "supported"},
        {"quote": "sold 50 of them", "verdict": "refuted"},
    ],
}


def claim(quote: str, label: Label | None, text: str = TEXT) -> TextClaim:
    start = text.index(quote)
    verdict = Verdict(quote, label) if label is not None else None
    return TextClaim(
        quote, start, start + len(quote), label is not None, "", verdict, [(start, start + len(quote))]
    )


def test_found_and_correct_claims_are_counted() -> None:
    report = TextReport(
        TEXT,
        [
            claim("Leeds built 200 homes", Label.SUPPORTED),
            claim("sold 50 of them", Label.NOT_ENOUGH_INFO),
            claim("What a week!", None),
        ],
    )
    outcome = score_text_item(ITEM, report)
    assert (outcome["found"], outcome["correct"]) == (2, 1)
    assert outcome["claims"][1]["got"] == "not_enough_info" and not outcome["claims"][1]["correct"]
    metrics = text_metrics([outcome])
    assert metrics["text_claim_recall"] == 1.0 and metrics["text_verdict_accuracy"] == 0.5


def test_one_claim_over_the_whole_text_finds_one_gold_claim_only() -> None:
    report = TextReport(TEXT, [claim(TEXT, Label.SUPPORTED)])
    outcome = score_text_item(ITEM, report)
    assert outcome["found"] == 1 and text_metrics([outcome])["text_claim_recall"] == 0.5


def test_a_claim_marked_not_checkworthy_is_a_wrong_verdict() -> None:
    report = TextReport(TEXT, [claim("Leeds built 200 homes", None)])
    outcome = score_text_item(ITEM, report)
    assert outcome["claims"][0]["got"] == "not_checkworthy" and outcome["correct"] == 0


def test_validation_names_each_problem() -> None:
    assert validate_text_item(ITEM) == []
    bad = {
        "text": "A b. A b.",
        "claims": [{"quote": "A b", "verdict": "true"}, {"quote": "zzz", "verdict": "refuted"}],
    }
    problems = validate_text_item(bad)
    assert any("occurs 2 times" in p for p in problems)
    assert any("verdict must be" in p for p in problems)
    assert any("'zzz' occurs 0 times" in p for p in problems)
    assert validate_text_item({"text": "", "claims": []}) == ["text must be a non-empty string"]


def test_report_text_shows_each_claim_its_verdict_and_evidence() -> None:
    supported = claim("Leeds built 200 homes", Label.SUPPORTED)
    assert supported.verdict is not None
    supported.verdict.note = "Supported by a.txt (one source only)."
    supported.verdict.evidence = [
        Evidence("a.txt", 10, 40, "Leeds has built 200 new homes", Stance.SUPPORTS, 0.9)
    ]
    fragment = claim("What a week!", None)
    fragment.reason = "no statement to check"
    out = report_text(TextReport(TEXT, [supported, fragment]))
    lines = out.splitlines()
    assert lines[0] == "2 claims: 1 supported, 1 not checkworthy"
    assert lines[1].startswith("1. [SUPPORTED] Leeds built 200 homes")
    assert '"Leeds has built 200 new homes" (a.txt 10-40)' in out
    assert lines[-2].startswith("2. [NOT CHECKWORTHY] What a week!")
    assert lines[-1] == "   no statement to check"
