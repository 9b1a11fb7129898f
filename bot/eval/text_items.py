"""Scoring ``kind: "text"`` gold items: were the gold claims found, and judged right?

A gold text item is ``{"id", "kind": "text", "text", "claims": [{"quote", "verdict", "note"?}]}``,
each quote an exact substring of ``text`` (once). A gold claim is *found* when a produced
claim's own words (``start``/``end``) overlap its quote; each produced claim is matched to
one gold claim at most, the largest overlap first, so one claim spanning the whole text
cannot find them all. ``text_claim_recall`` is found over gold claims; ``text_verdict_accuracy``
is, over found claims, those whose produced label equals the gold verdict (a claim marked
not check-worthy has the label ``not_checkworthy`` and so counts as wrong).
``text_single_verdict_accuracy`` checks each gold quote alone (``check``), over all gold
claims: the one-at-a-time figure the in-paragraph accuracy is compared with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.types import Label, TextReport

VERDICTS = {str(label) for label in Label}
TEXT_KEYS = (
    "n_texts",
    "n_text_claims",
    "text_claim_recall",
    "text_verdict_accuracy",
    "text_single_verdict_accuracy",
)
"""The report keys of text items (``factbot eval`` shows them when the gold set has texts)."""


def validate_text_item(item: Mapping[str, Any]) -> list[str]:
    """What is wrong with a text item, in words; empty when it is well formed."""
    problems = []
    text = item.get("text")
    claims = item.get("claims")
    if not isinstance(text, str) or not text.strip():
        return ["text must be a non-empty string"]
    if not isinstance(claims, list) or not claims:
        return ["claims must be a non-empty list"]
    for i, claim in enumerate(claims):
        quote = claim.get("quote") if isinstance(claim, dict) else None
        if not isinstance(quote, str) or not quote:
            problems.append(f"claims[{i}]: quote must be a non-empty string")
        elif text.count(quote) != 1:
            problems.append(
                f"claims[{i}]: quote {quote!r} occurs {text.count(quote)} times in text, not once"
            )
        if not isinstance(claim, dict) or claim.get("verdict") not in VERDICTS:
            problems.append(f"claims[{i}]: verdict must be one of {sorted(VERDICTS)}")
        elif not isinstance(claim.get("note", ""), str):
            problems.append(f"claims[{i}]: note must be a string")
    return problems


def score_text_item(
    item: Mapping[str, Any], report: TextReport, alone: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """One item's outcome: each gold claim with the produced claim matched to it, if any.

    ``alone`` maps each gold quote to the label it got when checked by itself; the row then
    says whether the paragraph changed the verdict. The dict has the keys of every evaluation
    item (``id``, ``kind``, ``expected``, ``got``, ``correct``, ``problems``) plus ``claims``.
    """
    text = item["text"]
    gold = []
    for claim in item["claims"]:
        start = text.find(claim["quote"])
        gold.append((start, start + len(claim["quote"]), claim))
    pairs = sorted(
        (
            (_overlap(g_start, g_end, c.start, c.end), gi, ci)
            for gi, (g_start, g_end, _) in enumerate(gold)
            for ci, c in enumerate(report.claims)
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for overlap, gi, ci in pairs:
        if overlap > 0 and gi not in matched and ci not in used:
            matched[gi] = ci
            used.add(ci)
    rows, problems = [], []
    for gi, (_, _, claim) in enumerate(gold):
        produced = report.claims[matched[gi]] if gi in matched else None
        row = {
            "quote": claim["quote"],
            "expected": claim["verdict"],
            "claim": produced.text if produced else None,
            "got": produced.label if produced else None,
            "correct": produced is not None and produced.label == claim["verdict"],
        }
        if alone is not None:
            row["alone"] = alone.get(claim["quote"])
        rows.append(row)
        if produced is None:
            problems.append(f"claim not found: {claim['quote']!r}")
        elif not row["correct"]:
            problems.append(
                f"wrong claim verdict: got {row['got']}, expected {row['expected']}: {claim['quote']!r}"
            )
    correct = sum(r["correct"] for r in rows)
    return {
        "id": item.get("id", ""),
        "kind": "text",
        "text": text,
        "expected": f"{len(gold)} claims",
        "got": f"{len(matched)} found, {correct} right, {len(report.claims)} produced",
        "correct": correct == len(gold),
        "problems": problems,
        "gold_claims": len(gold),
        "found": len(matched),
        "correct_claims": correct,
        "produced_claims": len(report.claims),
        "claims": rows,
    }


def failed_text_item(item: Mapping[str, Any], error: Exception) -> dict[str, Any]:
    """A text whose check raised: every gold claim not found, the error as its problem."""
    outcome = score_text_item(item, TextReport(item["text"]))
    outcome["problems"] = [f"error: {error}"]
    outcome["got"] = ""
    return outcome


def text_metrics(outcomes: list[dict[str, Any]]) -> dict[str, float]:
    """The ``TEXT_KEYS`` pooled over all items' gold claims (single: only rows checked alone)."""
    gold = sum(o["gold_claims"] for o in outcomes)
    found = sum(o["found"] for o in outcomes)
    correct = sum(o["correct_claims"] for o in outcomes)
    single = [r for o in outcomes for r in o["claims"] if "alone" in r]
    return {
        "n_texts": len(outcomes),
        "n_text_claims": gold,
        "text_claim_recall": found / gold if gold else 0.0,
        "text_verdict_accuracy": correct / found if found else 0.0,
        "text_single_verdict_accuracy": (
            sum(r["alone"] == r["expected"] for r in single) / len(single) if single else 0.0
        ),
    }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))
