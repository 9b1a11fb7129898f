"""Fit ``AnswerTuning.rival_days`` on the union of gold sets: how many days apart the articles of
two accounts of one count are dated.

A second account of a count ("18 killed" in one outlet, "31 killed" in another) is read only in
an article dated within ``rival_days`` of the first one's (``bot.accounts.rival_accounts``): an
article of another week revises the toll or tells another event. For every dev gold question
with a disagreement, each pair of its variants giving different values in two dated articles, and
for every dev gold claim judged conflicting, each pair of its evidence quotes in two dated
articles, this prints the day gap of the two articles (check split left out) and the smallest
gap keeping ``--keep`` of the pairs.

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_rival_days.py gold/fakes.jsonl gold/fakes-more.jsonl

The index in DIR must hold the gold sets' articles (their dates come from the store).
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.dates import parse_iso
from index.settings import Settings
from index.store import Store
from scripts.check_split import in_check_split


def account_pairs(item: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The (doc, doc) pairs of one item's two accounts: a question's variants giving different
    values, a conflicting claim's evidence quotes; each pair of two different articles."""
    if item.get("kind") == "question" and item.get("disagreement"):
        variants = item["disagreement"].get("variants") or []
        yield from sorted(
            {
                (min(a["doc"], b["doc"]), max(a["doc"], b["doc"]))
                for a, b in itertools.combinations(variants, 2)
                if a["doc"] != b["doc"] and a.get("value") != b.get("value")
            }
        )
    elif item.get("kind") == "claim" and item.get("verdict") == "conflicting":
        docs = sorted({e["doc"] for e in item.get("evidence", [])})
        yield from itertools.combinations(docs, 2)


def gaps(gold_files: list[Path], dates: dict[str, str]) -> list[tuple[int, str]]:
    """(day gap, item id) per pair of accounts in two dated articles, dev items only."""
    out = []
    for path in gold_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if not item or in_check_split(item["id"]):
                continue
            for a, b in account_pairs(item):
                day_a, day_b = parse_iso(dates.get(a, "")), parse_iso(dates.get(b, ""))
                if day_a is not None and day_b is not None:
                    out.append((abs((day_a - day_b).days), item["id"]))
    return out


def smallest_keeping(found: list[int], keep: float) -> int:
    """The smallest gap within which ``keep`` of the pairs lie."""
    ordered = sorted(found)
    return ordered[max(0, min(len(ordered) - 1, int(keep * len(ordered) + 0.999) - 1))] if ordered else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--keep", type=float, default=0.8, help="share of account pairs to keep")
    args = parser.parse_args()
    dates = {a.doc: a.date for a in Store(Settings.from_env()).articles()}
    found = gaps(args.gold, dates)
    counted = Counter(gap for gap, _ in found)
    items = Counter(item for _, item in found)
    print(f"{len(found)} account pairs in two dated articles, from {len(items)} items")
    total = 0
    for gap in sorted(counted)[:10]:
        total += counted[gap]
        print(f"  {gap:>4} days apart: {counted[gap]:>4} pairs ({total / len(found):.0%} within)")
    print(f"smallest gap keeping {args.keep:.0%}: {smallest_keeping([g for g, _ in found], args.keep)}")


if __name__ == "__main__":
    main()
