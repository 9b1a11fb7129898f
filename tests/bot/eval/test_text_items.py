"""Scoring text items: a gold claim is found by an overlapping produced claim, once."""

from __future__ import annotations

from bot.eval.text_items import failed_text_item, score_text_item, text_metrics, validate_text_item
from bot.types import Label, TextClaim, TextReport, Verdict
from index.errors import FactbotError

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
    alone = {"Leeds built 200 homes": "supported", "sold 50 of them": "refuted"}
    outcome = score_text_item(ITEM, report, alone)
    assert (outcome["found"], outcome["correct_claims"], outcome["correct"]) == (2, 1, False)
    assert outcome["claims"][1]["got"] == "not_enough_info" and not outcome["claims"][1]["correct"]
    assert outcome["claims"][1]["alone"] == "refuted"
    assert outcome["problems"] == [
        "wrong claim verdict: got not_enough_info, expected refuted: 'sold 50 of them'"
    ]
    metrics = text_metrics([outcome])
    assert metrics["text_claim_recall"] == 1.0 and metrics["text_verdict_accuracy"] == 0.5
    assert metrics["text_single_verdict_accuracy"] == 1.0
    assert (metrics["n_texts"], metrics["n_text_claims"]) == (1, 2)


def test_one_claim_over_the_whole_text_finds_one_gold_claim_only() -> None:
    report = TextReport(TEXT, [claim(TEXT, Label.SUPPORTED)])
    outcome = score_text_item(ITEM, report)
    assert outcome["found"] == 1 and text_metrics([outcome])["text_claim_recall"] == 0.5
    assert outcome["problems"][-1] == "claim not found: 'sold 50 of them'"
    assert "alone" not in outcome["claims"][0]  # no one-at-a-time figure without checks alone
    assert text_metrics([outcome])["text_single_verdict_accuracy"] == 0.0


def test_a_claim_marked_not_checkworthy_is_a_wrong_verdict() -> None:
    report = TextReport(TEXT, [claim("Leeds built 200 homes", None)])
    outcome = score_text_item(ITEM, report)
    assert outcome["claims"][0]["got"] == "not_checkworthy" and outcome["correct_claims"] == 0


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
    noted = {"text": "A b.", "claims": [{"quote": "A b", "verdict": "refuted", "note": 3}]}
    assert validate_text_item(noted) == ["claims[0]: note must be a string"]


def test_a_text_whose_check_failed_finds_nothing_and_says_why() -> None:
    outcome = failed_text_item(ITEM, FactbotError("the index is damaged"))
    assert (outcome["found"], outcome["correct"], outcome["problems"]) == (
        0,
        False,
        ["error: the index is damaged"],
    )
