"""Which claims do close sentences that say the opposite of some claim words belong to, by gold verdict?

For each claim of a gold file (the check split left out), runs the checker and records every
judged sentence at or above a cosine floor whose gate-free alignment (``bot.stance.stated_in``)
finds claim words it opposes (``Alignment.opposed``: a WordNet antonym, "eastern" for "western"):
the judgement's stance and reason, the cosine, the share of claim words held as written, the
opposed pairs and the claim words left unstated besides them. A reading of "opposes a word, leaves
at most k others unstated, at cosine c" that fires on refuted claims and no supported or
not-in-the-sources one is a refutation the rules miss.
Usage: FACTBOT_DATA_DIR=IDX python scripts/opposed_words.py GOLD OUT.jsonl [FLOOR]
"""

import sys
from typing import Any

from bot.api import FactChecker
from bot.evidence import terms
from bot.stance import claim_context, covered_share, stated_in
from bot.text import tokens
from index.tuning import CheckTuning
from scripts.judged_claims import judged_claims, record


def main(gold_path: str, out_path: str, floor: str = "0.5") -> None:
    fc = FactChecker()
    tune = CheckTuning()
    least = float(floor)

    def pick(claim: str, hit: Any, j: Any) -> dict[str, Any] | None:
        if hit.dense < least:
            return None
        alignment = stated_in(claim, hit, claim_context(hit, tune), tune)
        if not alignment.opposed:
            return None
        opposed = {c for c, _ in alignment.opposed}
        return {
            "stance": str(j.stance),
            "dense": round(hit.dense, 3),
            "covered": round(covered_share(terms(hit.chunk.text), claim, tokens(claim)), 2),
            "opposed": alignment.opposed,
            "left": [w for w in alignment.unstated if w not in opposed],
            "text": hit.chunk.text[:240],
        }

    with open(out_path, "w") as out:
        for g, v, rows in judged_claims(fc, gold_path, pick):
            if rows:
                out.write(record(g, v, rows) + "\n")
                out.flush()


if __name__ == "__main__":
    main(*sys.argv[1:4])
