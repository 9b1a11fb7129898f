"""Fit ``CheckTuning.stated_share``: how much of a claim (IDF-weighted) a sentence must state
when it leaves out only common nouns, adjectives or adverbs (``bot/stated_share.py``).

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_stated_share.py dump gold/x.jsonl ... --out x.jsonl
    .venv/bin/python scripts/fit_stated_share.py fit x.jsonl y.jsonl ...

``dump`` checks every gold claim (claim items, and each text item's gold quotes alone) with the
cut-off at 0, so every sentence that states most of a claim supports it, and records per claim
its gold verdict, the verdict, the best share among such supports and whether another kind of
support was found. ``fit`` counts, for each cut-off, the claims it lets a support reach that no
other support gave: right where the verdict at cut-off 0 is the gold ``supported`` (or
``conflicting``: one side supports), wrong where gold is ``refuted`` or ``not_enough_info`` and
the verdict at cut-off 0 is ``supported`` or ``conflicting`` (the support changed it); the rest
changed nothing. It prints the counts each side of every cut-off and picks the highest one
among those with the most right less wrong claims above it (few claims reach this rule: the
most careful of the best cut-offs).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.eval.gold import GoldClaim, GoldText, load_gold
from bot.stance import STATES_MOST
from bot.types import Stance

RIGHT = {"supported", "conflicting"}
GRID = [round(0.5 + 0.02 * i, 2) for i in range(26)]


def dump(golds: list[Path]) -> list[dict[str, Any]]:
    """One row per gold claim: gold verdict, verdict with the rule at 0, best share, other support."""
    return support_rows(golds, "stated_share", 0.0, STATES_MOST, "share")


def support_rows(
    golds: list[Path], setting: str, floor: float, reason: str, key: str
) -> list[dict[str, Any]]:
    """Each gold claim (texts' claims too) checked with ``setting`` at ``floor``: its gold and
    got verdicts, the highest figure a support whose reason starts with ``reason`` gave (under
    ``key``) and whether any other support was found; shared by the support cut-off fits."""
    from bot.api import FactChecker

    fc = FactChecker()
    checker = fc._checker
    checker.tune = replace(checker.tune, **{setting: floor})
    figures: list[float] = []
    other = [False]

    def observe(claim: str, hit: Any, judged: Any, peers: Any) -> None:
        if judged.stance is Stance.SUPPORTS:
            if judged.reason.startswith(reason):
                figures.append(float(judged.reason.rsplit("(", 1)[1].rstrip(")")))
            else:
                other[0] = True

    checker.observe = observe
    rows = []
    for gold in golds:
        for item in load_gold(gold):
            pairs: list[tuple[str, str, str]] = []
            if isinstance(item, GoldClaim):
                pairs.append((item.id, item.claim, item.verdict))
            elif isinstance(item, GoldText):
                pairs += [(f"{item.id}#{i}", c["quote"], c["verdict"]) for i, c in enumerate(item.claims)]
            for ident, claim, verdict in pairs:
                figures.clear()
                other[0] = False
                got = fc.check(claim).verdict.value
                rows.append(
                    {
                        "id": ident,
                        "gold": verdict,
                        "got": got,
                        key: max(figures, default=0.0),
                        "other": other[0],
                    }
                )
    return rows


def fit(files: list[Path]) -> float:
    """The highest cut-off with the most right less wrong claims above it (counts printed)."""
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    lifted = [r for r in rows if r["share"] > 0 and not r["other"]]
    print(f"{len(rows)} claims; {len(lifted)} with a most-stated support and no other")
    best: tuple[int, float] = (-len(rows), GRID[-1])
    for cut in GRID:
        above = [r for r in lifted if r["share"] >= cut]
        below = [r for r in lifted if r["share"] < cut]
        right = sum(r["gold"] in RIGHT and r["got"] == r["gold"] for r in above)
        wrong = sum(r["gold"] not in RIGHT and r["got"] in RIGHT for r in above)
        below_right = sum(r["gold"] in RIGHT and r["got"] == r["gold"] for r in below)
        below_wrong = sum(r["gold"] not in RIGHT and r["got"] in RIGHT for r in below)
        print(
            f"cut {cut:.2f}: above {right} right / {wrong} wrong; below {below_right} right / {below_wrong} wrong"
        )
        if right - wrong >= best[0]:
            best = (right - wrong, cut)
    print(f"chosen cut-off: {best[1]}")
    return best[1]


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
