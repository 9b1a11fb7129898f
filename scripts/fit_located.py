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

from bot.evidence import EvidenceSentence, terms
from bot.located import location_clash
from index.tuning import CheckTuning
from scripts.gold_claims import fit_refuting_floor


def _reason(claim: str, hit: EvidenceSentence, tune: CheckTuning) -> str:
    nearby = terms(hit.window(before=tune.rival_window, after=tune.rival_window))
    return location_clash(claim, hit.chunk.text, nearby)


if __name__ == "__main__":
    fit_refuting_floor(__doc__ or "", _reason)
