"""What a text's gold claims become when split, with no index and no checking: per gold quote,
the produced claim matched to it (as ``factbot eval`` matches them), and each text's claims.
Seconds for every text item of a gold file, so a splitting rule is seen on all of them before
any eval; a second run compared with the first lists the quotes whose claim changed.

    python scripts/text_claims.py GOLD.jsonl ... > NEW.tsv
    python scripts/text_claims.py --compare OLD.tsv NEW.tsv

A compared quote is marked + or - by the word overlap (Jaccard) of its claim with the quote:
closer to what a reader wrote, or further from it; totals per gold file at the end.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.claims import decompose  # noqa: E402
from bot.eval.text_items import score_text_item  # noqa: E402
from bot.types import TextReport  # noqa: E402

ALL = "ALL"


def dump(paths: list[str]) -> None:
    """One line per gold quote (file, id, verdict, quote, claim), one per text (its claims)."""
    for path in paths:
        name = Path(path).stem
        for line in Path(path).read_text().splitlines():
            item = json.loads(line)
            if item.get("kind") != "text":
                continue
            claims = decompose(item["text"])
            for row in score_text_item(item, TextReport(item["text"], claims))["claims"]:
                print(f"{name}\t{item['id']}\t{row['expected']}\t{row['quote']}\t{row['claim']}")
            said = " | ".join(c.text + ("" if c.checkworthy else " [not check-worthy]") for c in claims)
            print(f"{name}\t{item['id']}\t{ALL}\t\t{said}")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def closeness(quote: str, claim: str) -> float:
    """Word overlap of a claim with its gold quote (0 for no claim)."""
    if claim == "None":
        return 0.0
    a, b = _words(quote), _words(claim)
    return len(a & b) / len(a | b) if a | b else 0.0


def _load(path: str) -> dict[tuple[str, str, str], str]:
    out = {}
    for line in Path(path).read_text().splitlines():
        name, item, verdict, quote, claim = line.split("\t")
        out[(name, item, quote if verdict != ALL else ALL)] = claim
    return out


def compare(old_path: str, new_path: str) -> None:
    """The quotes whose claim changed, then per gold file the summed closeness, old -> new."""
    old, new = _load(old_path), _load(new_path)
    totals: dict[str, list[float]] = {}
    for key, before in old.items():
        after = new.get(key, "None")
        if key[2] == ALL:
            continue
        a, b = closeness(key[2], before), closeness(key[2], after)
        total = totals.setdefault(key[0], [0.0, 0.0])
        total[0] += a
        total[1] += b
        if before != after:
            mark = "+" if b > a else "-" if b < a else "="
            print(f"{mark} {key[0]} {key[1]}\n   quote: {key[2]}\n   old:   {before}\n   new:   {after}")
    for name, (a, b) in totals.items():
        print(f"{name}: closeness {a:.2f} -> {b:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--compare", action="store_true", help="compare two dumps: OLD NEW")
    args = parser.parse_args()
    if args.compare:
        compare(*args.paths[:2])
    else:
        dump(args.paths)


if __name__ == "__main__":
    main()
