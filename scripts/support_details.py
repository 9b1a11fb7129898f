"""Which claim words do the sentences that support a claim leave unstated, by the claim's gold verdict?

For each claim of a gold file (the check split left out), runs the checker and records every
supporting judgement of a source it kept: its reason and the claim words a gate-free alignment
(``bot.stance.stated_in``) finds unstated in the sentence. A support reason whose rows leave words
unstated as often for refuted or not-in-the-sources claims as for supported ones is one where an
unstated detail should block "supported".
Usage: FACTBOT_DATA_DIR=IDX python scripts/support_details.py GOLD OUT.jsonl
"""

import sys
from typing import Any

from bot.api import FactChecker
from bot.stance import claim_context, stated_in
from bot.stated_share import left_out_detail, stated_share
from bot.types import Stance
from scripts.judged_claims import judged_claims, record


def main(gold_path: str, out_path: str) -> None:
    fc = FactChecker()
    tune = fc._checker.tune

    def pick(claim: str, hit: Any, j: Any) -> dict[str, Any] | None:
        if j.stance is not Stance.SUPPORTS:
            return None
        ctx = claim_context(hit, tune)
        a = stated_in(claim, hit, ctx, tune, ctx)
        word, why = left_out_detail(
            claim, hit.chunk.text, a, tune.role_kin_steps, tune.stated_sense_rank, tune.stated_arc
        )
        return {
            "unstated": list(a.unstated),
            "blocker": [word, why],
            "share": round(stated_share(a, hit.corpus.idf), 3),
            "dense": round(hit.dense, 3),
            "text": hit.chunk.text[:200],
        }

    with open(out_path, "w") as out:
        for g, v, rows in judged_claims(fc, gold_path, pick):
            kept = {(s.doc, s.reason) for s in v.sources if s.stance is Stance.SUPPORTS}
            out.write(record(g, v, [r for r in rows if (r["doc"], r["reason"]) in kept]) + "\n")
            out.flush()


if __name__ == "__main__":
    main(*sys.argv[1:3])
