"""Which claims do refutations by another figure for the claim's count decide, by gold verdict?

For each claim of a gold file (the check split left out), runs the checker and records every
refuting judgement by another figure ("gives X, not Y"): the sentence, the place it names that the
claim does not (``bot.stance.own_place``), whether it writes any of the claim's own places, the
time it names that the claim does not (``own_time``), and whether the verdict kept its source. A
kind of row that refutes as often for supported or conflicting claims as for refuted ones is a
figure about another thing.
Usage: FACTBOT_DATA_DIR=IDX python scripts/count_refutations.py GOLD OUT.jsonl
"""

import sys
from typing import Any

from bot.api import FactChecker
from bot.stance import named_places, own_place, own_time
from bot.text import TokenPool, tokens
from bot.types import Stance
from scripts.judged_claims import write_refutations

FIGURE_REFUTATION = "gives "
"""How ``bot.stance`` begins a refutation by another figure for the claim's count."""


def main(gold_path: str, out_path: str) -> None:
    fc = FactChecker()

    def pick(claim: str, hit: Any, j: Any) -> dict[str, Any] | None:
        if j.stance is not Stance.REFUTES or not j.reason.startswith(FIGURE_REFUTATION):
            return None
        text = hit.chunk.text
        pool = TokenPool(tokens(text))
        return {
            "own_place": own_place(claim, text),
            "claim_place_said": any(all(pool.has(t) for t in tokens(p)) for p in named_places(claim)),
            "own_time": own_time(claim, text),
            "dense": round(hit.dense, 3),
            "text": text[:300],
        }

    write_refutations(fc, gold_path, pick, out_path)


if __name__ == "__main__":
    main(*sys.argv[1:3])
