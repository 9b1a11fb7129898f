"""Fit the reversed-deed refutation's cosine gate (``CheckTuning.reversed_dense``; ``bot/reversed_deed.py``)
on the gold sets' claims and text claims.

    .venv/bin/python scripts/fit_reversed.py dump gold/x.jsonl INDEX_DIR --out x.json
    .venv/bin/python scripts/fit_reversed.py grid x.json y.json ...

``dump`` checks every gold claim (and every text, its claims labelled by the gold quote they hold)
and records every sentence the checker judged: its cosine, the rules' stance, and the text (the
reversed deed is read from the claim and the sentence alone, so ``grid`` recomputes it offline).
``grid`` counts, at each cosine floor, the refuted claims that gain a reversed-deed sentence the
rules did not already read as refuting, and the supported, conflicting or not_enough_info claims that
would (right / wrong each side of the floor), and prints the floor with the best net gain (ties to the
stricter floor).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from bot.api import FactChecker
from bot.reversed_deed import reversed_deed
from index.settings import Settings
from index.tuning import CheckTuning
from scripts.gold_claims import dump_or_rows, judged_claims

DENSE_GRID = [round(0.3 + 0.025 * i, 3) for i in range(25)]


def dump(gold: Path, index: Path) -> list[dict[str, Any]]:
    settings = Settings.from_env()
    check = dataclasses.replace(settings.tuning.check, reversed_dense=9.0)  # the rules alone
    settings = dataclasses.replace(settings, data_dir=index)
    settings = dataclasses.replace(settings, tuning=dataclasses.replace(settings.tuning, check=check))
    fc = FactChecker(settings)
    return [
        {
            "id": item_id,
            "claim": claim,
            "gold": gold_label,
            "dense": round(hit.dense, 4),
            "rule": judged.stance.value,
            "reason": judged.reason,
            "sentence": hit.chunk.text,
        }
        for item_id, claim, gold_label, hit, judged in judged_claims(fc, gold)
    ]


def fired(rows: list[dict[str, Any]], sense_rank: int, steps: int) -> list[dict[str, Any]]:
    """The rows whose sentence reverses the claim's deed and the rules did not already refute."""
    out = []
    for r in rows:
        if r["rule"] == "refutes":
            continue
        why = reversed_deed(r["claim"], r["sentence"], sense_rank, steps)
        if why:
            out.append(r | {"why": why})
    return out


def grid(rows: list[dict[str, Any]]) -> list[tuple[int, float, int, int]]:
    """(net gain, floor, refuted claims gained, other claims gained), best first."""
    out = []
    for dense in DENSE_GRID:
        claims = {(r["id"], r["claim"], r["gold"]) for r in rows if r["dense"] >= dense}
        good = sum(1 for _, _, g in claims if g == "refuted")
        out.append((good - (len(claims) - good), dense, good, len(claims) - good))
    return sorted(out, key=lambda x: (-x[0], -x[1]))


def main() -> None:
    dumped = dump_or_rows(__doc__ or "", dump)
    if dumped is None:
        return
    tune = CheckTuning()
    rows = fired(
        dumped,
        tune.reversed_sense_rank,
        tune.reversed_kind_steps,
    )
    for r in sorted(rows, key=lambda r: -r["dense"]):
        print(f"  {r['gold']:16} {r['dense']:.3f} {r['rule']:8} {r['why'][:50]:50} | {r['claim'][:70]}")
        print(f"      S: {r['sentence'][:150]}")
    for gain, dense, good, bad in grid(rows)[:8]:
        print(f"dense>={dense:.3f}: refuted claims gained {good}, others {bad} (net {gain})")
    floor = tune.reversed_dense
    above = {(r["id"], r["claim"], r["gold"]) for r in rows if r["dense"] >= floor}
    below = {(r["id"], r["claim"], r["gold"]) for r in rows if r["dense"] < floor} - above
    for side, claims in (("at or above", above), ("below", below)):
        right = sum(1 for _, _, g in claims if g == "refuted")
        print(f"{side} {floor}: {right} refuted (right), {len(claims) - right} others (wrong)")


if __name__ == "__main__":
    main()
