"""Fit ``CheckTuning.told_dense``: from which cosine a sentence naming every name of a claim,
with its numbers and polarity, tells it in other words (``bot/told.py``).

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_told.py dump gold/x.jsonl ... --out x.jsonl
    .venv/bin/python scripts/fit_told.py fit x.jsonl y.jsonl ...

``dump`` checks every gold claim (claim items, and each text item's gold quotes alone) with the
cut-off at ``FLOOR``, so every sentence from that cosine that tells a claim in other words
supports it, and records per claim its gold verdict, the verdict, the best cosine among such
supports and whether another kind of support was found. ``fit`` counts, for each cut-off, the claims it lets a support reach that no
other support gave: right where the verdict at ``FLOOR`` is the gold ``supported`` (or
``conflicting``: one side supports), wrong where gold is ``refuted`` or ``not_enough_info`` and
the verdict at ``FLOOR`` is ``supported`` or ``conflicting`` (the support changed it); the rest
changed nothing. It prints the counts each side of every cut-off and picks the lowest one
lifting no claim wrongly: the sentence model is no judge of detail, and the fake-news sets'
refuted and unverifiable claims are written close to their sources, so a cut-off with more
right but some wrong claims gains on one corpus and loses on the others.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bot.stance import TOLD
from scripts.fit_stated_share import support_rows

RIGHT = {"supported", "conflicting"}
FLOOR = 0.6
GRID = [round(FLOOR + 0.01 * i, 2) for i in range(31)]


def dump(golds: list[Path]) -> list[dict[str, Any]]:
    """One row per gold claim: gold verdict, verdict at ``FLOOR``, best cosine, other support."""
    return support_rows(golds, "told_dense", FLOOR, TOLD, "dense")


def fit(files: list[Path]) -> float:
    """The lowest cut-off lifting no claim wrongly (counts printed)."""
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    lifted = [r for r in rows if r["dense"] > 0 and not r["other"]]
    print(f"{len(rows)} claims; {len(lifted)} with a told support and no other")
    chosen = GRID[-1]
    for cut in reversed(GRID):
        above = [r for r in lifted if r["dense"] >= cut]
        below = [r for r in lifted if r["dense"] < cut]
        right = sum(r["gold"] in RIGHT and r["got"] == r["gold"] for r in above)
        wrong = sum(r["gold"] not in RIGHT and r["got"] in RIGHT for r in above)
        below_right = sum(r["gold"] in RIGHT and r["got"] == r["gold"] for r in below)
        below_wrong = sum(r["gold"] not in RIGHT and r["got"] in RIGHT for r in below)
        print(
            f"cut {cut:.2f}: above {right} right / {wrong} wrong; below {below_right} right / {below_wrong} wrong"
        )
        if wrong == 0:
            chosen = cut
    print(f"chosen cut-off: {chosen}")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", nargs="+", type=Path)
    d.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("dumps", nargs="+", type=Path)
    args = parser.parse_args()
    if args.cmd == "dump":
        rows = dump(args.gold)
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        fit(args.dumps)


if __name__ == "__main__":
    main()
