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

from bot.evidence import EvidenceSentence
from bot.manner import opposed_manner
from index.tuning import CheckTuning
from scripts.gold_claims import fit_refuting_floor


def _reason(claim: str, hit: EvidenceSentence, tune: CheckTuning) -> str:
    return opposed_manner(claim, hit.chunk.text, tune.manner_sense_rank)


if __name__ == "__main__":
    fit_refuting_floor(__doc__ or "", _reason)
