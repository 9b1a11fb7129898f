"""Does the text path lose what a claim gets alone? From ``factbot eval --json`` outputs only (no
index, no checking): every gold claim of a text item has its verdict inside the text and the
verdict its gold quote gets checked alone (``alone``); a claim right only in the text, right only
alone, both or neither is counted per file, and the claims right on one side only are listed
(``--list``). Right-alone-only claims are what the text path (the split, the antecedents, the
lead's scene) loses; right-in-text-only ones what it adds. Items of the check split (ids u24-,
u25-, u26-) are skipped.

    python scripts/text_vs_alone.py [--list] EVAL.json ...
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.check_split import in_check_split  # noqa: E402

SIDES = {
    (True, True): "both",
    (True, False): "text only",
    (False, True): "alone only",
    (False, False): "neither",
}


def rows(report: dict) -> list[tuple[str, dict]]:
    """(item id, claim row) for every matched gold claim of the report's text items."""
    return [
        (item["id"], row)
        for item in report["items"]
        if item.get("kind") == "text" and not in_check_split(item["id"])
        for row in item.get("claims", [])
        if row.get("got") is not None and "alone" in row
    ]


def side(row: dict) -> str:
    """Which of the two checks got the claim right."""
    return SIDES[(row["got"] == row["expected"], row["alone"] == row["expected"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the claims right on one side only")
    parser.add_argument("reports", nargs="+")
    args = parser.parse_args()
    for path in args.reports:
        found = rows(json.loads(Path(path).read_text()))
        totals = Counter(side(row) for _, row in found)
        print(Path(path).name, {k: totals[k] for k in SIDES.values()})
        if args.list:
            for item_id, row in found:
                if side(row) in ("text only", "alone only"):
                    print(
                        f"  {side(row):10} {item_id} expected {row['expected']}, text {row['got']}, "
                        f"alone {row['alone']}: {row['claim']}"
                    )


if __name__ == "__main__":
    main()
