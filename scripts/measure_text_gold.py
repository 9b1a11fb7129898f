"""Text gold items: claim recall and verdict accuracy inside the paragraph vs one at a time.

    FACTBOT_DATA_DIR=/tmp/claims-seeds python scripts/measure_text_gold.py gold/seeds-text.jsonl

One at a time, each gold claim's quote is checked alone with ``FactChecker.check`` (the quote,
as a reader would paste that sentence); inside the paragraph, the whole text goes through
``check_text`` and each gold claim is scored on the produced claim matched to it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.api import FactChecker
from bot.text_scoring import score_text_item, text_metrics, validate_text_item


def main(path: str) -> None:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    for item in items:
        problems = validate_text_item(item)
        if problems:
            raise SystemExit(f"{item.get('id')}: {problems}")
    fc = FactChecker()
    outcomes = [score_text_item(item, fc.check_text(item["text"])) for item in items]
    alone = {c["quote"]: str(fc.check(c["quote"]).verdict) for item in items for c in item["claims"]}
    for outcome in outcomes:
        for row in outcome["claims"]:
            mark = "ok " if row["correct"] else ("-- " if row["claim"] is None else "XX ")
            single = alone[row["quote"]]
            print(
                f"{mark}{outcome['id']:18} want {row['expected']:15} got {row['got']!s:15} "
                f"alone {single:15} {row['claim']}"
            )
    metrics = text_metrics(outcomes)
    expected = {c["quote"]: c["verdict"] for item in items for c in item["claims"]}
    metrics["one_at_a_time_verdict_accuracy"] = sum(alone[q] == v for q, v in expected.items()) / len(
        expected
    )
    print(json.dumps(metrics, indent=1))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "gold/seeds-text.jsonl")
