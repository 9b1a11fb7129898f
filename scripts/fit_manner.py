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

from pathlib import Path
from typing import Any

from bot.evidence import EvidenceSentence
from bot.manner import opposed_manner
from index.tuning import CheckTuning
from scripts.gold_claims import dump_or_rows, print_floor_grid, refuting_rows


def _reason(claim: str, hit: EvidenceSentence, tune: CheckTuning) -> str:
    return opposed_manner(claim, hit.chunk.text, tune.manner_sense_rank)


def dump(gold: Path, index: Path) -> list[dict[str, Any]]:
    return refuting_rows(gold, index, _reason)


def main() -> None:
    rows = dump_or_rows(__doc__ or "", dump)
    if rows is not None:
        print_floor_grid(rows)


if __name__ == "__main__":
    main()
