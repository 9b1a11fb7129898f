"""Fit ``CheckTuning.rival_count_ratio``: how far a rival account's count of the claim's deed
may be from the claim's (``bot.stance.rival_count``), on the gold sets' claims.

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_rival_ratio.py dump gold/x.jsonl --out x.jsonl
    .venv/bin/python scripts/fit_rival_ratio.py fit x.jsonl y.jsonl ...

``dump`` checks every gold claim with no limit on the ratio (a deed-tied count still needed) and records, for each rival account
in its verdict, the factor between its count and the claim's (``deed_ratio``) and the claim's
gold verdict. ``fit`` weighs each candidate ratio: a rival kept on a gold-conflicting claim is
right, one kept on any other claim is wrong; it prints, for each, how many rivals of each kind
fall on each side, and the ratio with the most right minus wrong kept (the smallest on a tie).
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.eval.gold import GoldClaim, load_gold
from bot.stance import deed_ratio

CANDIDATES = (1.5, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0, math.inf)
RIVAL = "another account:"
NO_LIMIT = 1e12
"""Large but finite: a rival with no deed-tied count (ratio inf) is still left out."""


def dump(gold: Path) -> list[dict[str, Any]]:
    """One row per rival account in a gold claim's verdict, checked with no ratio limit."""
    from bot.api import FactChecker
    from index.settings import Settings

    fc = FactChecker(Settings.from_env())
    checker = fc._checker
    checker.tune = replace(checker.tune, rival_count_ratio=NO_LIMIT)  # a deed's count still needed
    similar = checker.retriever.corpus().similar
    rows = []
    for item in load_gold(gold):
        if not isinstance(item, GoldClaim):
            continue
        verdict = fc.check(item.claim)
        for e in verdict.evidence:
            if e.reason.startswith(RIVAL):
                ratio = deed_ratio(item.claim, e.quote, similar)
                rows.append(
                    {"id": item.id, "gold": item.verdict, "got": str(verdict.verdict), "ratio": ratio}
                )
    return rows


def fit(files: list[Path]) -> list[float]:
    """The candidate ratios keeping the most rivals on conflicting claims less those on others,
    over the rivals tied to a deed's count (finite ratio); the others are counted apart."""
    rows = [json.loads(line) for f in files for line in f.read_text().splitlines() if line.strip()]
    loose = [r for r in rows if math.isinf(r["ratio"])]
    rows = [r for r in rows if not math.isinf(r["ratio"])]
    conflicting = sum(r["gold"] == "conflicting" for r in loose)
    print(f"no deed-tied count (never kept): {len(loose)}, {conflicting} on conflicting claims")
    scores = {}
    for ratio in CANDIDATES[:-1]:
        kept = [r for r in rows if r["ratio"] <= ratio]
        right = sum(r["gold"] == "conflicting" for r in kept)
        wrong = len(kept) - right
        out_right = sum(r["gold"] == "conflicting" for r in rows) - right
        out_wrong = len(rows) - len(kept) - out_right
        print(
            f"ratio {ratio:>5}: kept {right} right / {wrong} wrong; left out {out_right} right / {out_wrong} wrong"
        )
        scores[ratio] = right - wrong
    top = max(scores.values(), default=0)
    best = [r for r, v in scores.items() if v == top]
    print(f"fitted: any of {best} keeps the most")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", type=Path)
    d.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.cmd == "dump":
        rows = dump(args.gold)
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
        print(f"{len(rows)} rival accounts")
    else:
        fit(args.files)


if __name__ == "__main__":
    main()
