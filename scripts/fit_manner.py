"""Fit the floor of the opposed-manner refutation (``CheckTuning.manner_dense``; ``bot/manner.py``)
on the gold sets' claims and text claims.

    .venv/bin/python scripts/fit_manner.py dump gold/x.jsonl INDEX_DIR --out x.json
    .venv/bin/python scripts/fit_manner.py grid x.json y.json ...

``dump`` checks every gold claim (and every text, its claims labelled by the gold quote they hold)
and records, for each judged sentence that tells the claim's deed on its names in the opposite
manner (``bot.manner.opposed_manner``, at any cosine), the sentence's cosine; ``grid`` counts, for each floor, the refuted claims that would gain a refuting
sentence and the supported, conflicting or not_enough_info claims that would.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from bot.api import FactChecker
from bot.manner import opposed_manner
from index.settings import Settings
from scripts.gold_claims import dump_or_rows, judged_claims

FLOORS = [round(0.2 + 0.05 * i, 2) for i in range(13)]


def dump(gold: Path, index: Path) -> list[dict[str, Any]]:
    settings = dataclasses.replace(Settings.from_env(), data_dir=index)
    fc = FactChecker(settings)
    tune = settings.tuning.check
    rows: list[dict[str, Any]] = []
    for item_id, claim, gold_label, hit, _ in judged_claims(fc, gold):
        reason = opposed_manner(claim, hit.chunk.text, tune.manner_sense_rank)
        if reason:
            rows.append(
                {
                    "id": item_id,
                    "claim": claim,
                    "gold": gold_label,
                    "dense": round(hit.dense, 4),
                    "reason": reason,
                    "sentence": hit.chunk.text[:200],
                }
            )
    return rows


def main() -> None:
    rows = dump_or_rows(__doc__ or "", dump)
    if rows is None:
        return
    for floor in FLOORS:
        fired = {(r["id"], r["claim"], r["gold"]) for r in rows if r["dense"] >= floor}
        good = sum(1 for _, _, g in fired if g == "refuted")
        print(f"dense>={floor:.2f}: refuted claims gained {good}, others {len(fired) - good}")
    for r in sorted(rows, key=lambda r: -r["dense"]):
        print(f"  {r['gold']:16} {r['dense']:.2f} {r['reason'][:50]:50} {r['claim'][:60]}")


if __name__ == "__main__":
    main()
