"""Which claim words do the sentences that support a claim leave unstated, by the claim's gold verdict?

For each claim of a gold file (the check split left out), runs the checker and records every
supporting judgement of a source it kept: its reason and the claim words a gate-free alignment
(``bot.stance.stated_in``) finds unstated in the sentence. A support reason whose rows leave words
unstated as often for refuted or not-in-the-sources claims as for supported ones is one where an
unstated detail should block "supported".
Usage: FACTBOT_DATA_DIR=IDX python scripts/support_details.py GOLD OUT.jsonl
"""

import json
import sys
from typing import Any

import bot.check
from bot.api import FactChecker
from bot.stance import claim_context, stated_in
from bot.stated_share import left_out_detail, stated_share
from bot.types import Stance
from scripts.check_split import in_check_split


def main(gold_path: str, out_path: str) -> None:
    fc = FactChecker()
    tune = fc._checker.tune
    seen: list[dict[str, Any]] = []
    original = bot.check.judge

    def recording(claim, hit, tune_, lead="", when=""):  # type: ignore[no-untyped-def]
        j = original(claim, hit, tune_, lead, when)
        if j.stance is Stance.SUPPORTS:
            ctx = claim_context(hit, tune)
            a = stated_in(claim, hit, ctx, tune, ctx)
            word, why = left_out_detail(
                claim, hit.chunk.text, a, tune.role_kin_steps, tune.stated_sense_rank, tune.stated_arc
            )
            share = round(stated_share(a, hit.corpus.idf), 3)
            seen.append(
                {
                    "doc": hit.chunk.doc,
                    "reason": j.reason,
                    "clear": j.clear,
                    "unstated": list(a.unstated),
                    "blocker": [word, why],
                    "share": share,
                    "dense": round(hit.dense, 3),
                    "text": hit.chunk.text[:200],
                }
            )
        return j

    bot.check.judge = recording
    with open(gold_path) as f, open(out_path, "w") as out:
        for g in map(json.loads, f):
            if g.get("kind", "claim") != "claim" or "claim" not in g or in_check_split(g["id"]):
                continue
            seen.clear()
            v = fc.check(g["claim"])
            kept = {(s.doc, s.reason) for s in v.sources if s.stance is Stance.SUPPORTS}
            rows = [r for r in seen if (r["doc"], r["reason"]) in kept]
            rec = {
                "id": g["id"],
                "gold": g["verdict"],
                "got": str(v.verdict),
                "claim": g["claim"],
                "rows": rows,
            }
            out.write(json.dumps(rec) + "\n")
            out.flush()


if __name__ == "__main__":
    main(*sys.argv[1:3])
