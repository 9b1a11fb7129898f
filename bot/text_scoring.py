"""Scoring ``kind: "text"`` gold items: were the gold claims found, and judged right?

A gold text item is ``{"id", "kind": "text", "text", "claims": [{"quote", "verdict"}]}``,
each quote an exact substring of ``text`` (once). A gold claim is *found* when a produced
claim's own words (``start``/``end``) overlap its quote; each produced claim is matched to
one gold claim at most, the largest overlap first, so one claim spanning the whole text
cannot find them all. ``text_claim_recall`` is found over gold claims; ``text_verdict_accuracy``
is, over found claims, those whose produced label equals the gold verdict (a claim marked
not check-worthy has the label ``not_checkworthy`` and so counts as wrong).
"""

from __future__ import annotations

from typing import Any

from bot.types import Label, TextReport

VERDICTS = {str(label) for label in Label}


def validate_text_item(item: dict[str, Any]) -> list[str]:
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
    return problems


def score_text_item(item: dict[str, Any], report: TextReport) -> dict[str, Any]:
    """One item's outcome: each gold claim with the produced claim matched to it, if any."""
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
    rows = []
    for gi, (_, _, claim) in enumerate(gold):
        produced = report.claims[matched[gi]] if gi in matched else None
        rows.append(
            {
                "quote": claim["quote"],
                "expected": claim["verdict"],
                "claim": produced.text if produced else None,
                "got": produced.label if produced else None,
                "correct": produced is not None and produced.label == claim["verdict"],
            }
        )
    return {
        "id": item.get("id", ""),
        "kind": "text",
        "gold_claims": len(gold),
        "found": len(matched),
        "correct": sum(r["correct"] for r in rows),
        "produced_claims": len(report.claims),
        "claims": rows,
    }


def text_metrics(outcomes: list[dict[str, Any]]) -> dict[str, float]:
    """``text_claim_recall`` and ``text_verdict_accuracy`` pooled over all items' gold claims."""
    gold = sum(o["gold_claims"] for o in outcomes)
    found = sum(o["found"] for o in outcomes)
    correct = sum(o["correct"] for o in outcomes)
    return {
        "n_texts": float(len(outcomes)),
        "n_text_claims": float(gold),
        "text_claim_recall": found / gold if gold else 0.0,
        "text_verdict_accuracy": correct / found if found else 0.0,
    }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))
