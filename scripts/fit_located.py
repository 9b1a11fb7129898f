"""Fit the floor of the located-place refutation (``CheckTuning.located_dense``; ``bot/located.py``)
on the gold sets' claims and text claims.

    .venv/bin/python scripts/fit_located.py dump gold/x.jsonl INDEX_DIR --out x.json
    .venv/bin/python scripts/fit_located.py grid x.json y.json ...

``dump`` checks every gold claim (and every text, its claims labelled by the gold quote they hold)
and records, for each judged sentence that places one of the claim's named places in another
region or on another side of the same place (``bot.located.location_clash``, at any cosine), the
sentence's cosine; ``grid`` counts, for each floor, the refuted claims that would gain a refuting
sentence and the supported, conflicting or not_enough_info claims that would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.evidence import EvidenceSentence, terms
from bot.located import location_clash
from index.tuning import CheckTuning
from scripts.gold_claims import dump_or_rows, print_floor_grid, refuting_rows


def _reason(claim: str, hit: EvidenceSentence, tune: CheckTuning) -> str:
    nearby = terms(hit.window(before=tune.rival_window, after=tune.rival_window))
    return location_clash(claim, hit.chunk.text, nearby)


def dump(gold: Path, index: Path) -> list[dict[str, Any]]:
    return refuting_rows(gold, index, _reason)


def main() -> None:
    rows = dump_or_rows(__doc__ or "", dump)
    if rows is not None:
        print_floor_grid(rows)


if __name__ == "__main__":
    main()
