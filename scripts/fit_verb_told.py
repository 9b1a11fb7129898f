"""Fit ``CheckTuning.verb_told_dense``: the cosine from which a sentence stating every word of a
claim but its verb tells the claim (``bot/verb_told.py``).

Claims the checker left not_enough_info are the ones the rule can lift: list them with
``scripts/why_supported_nei.py`` (gold supported, and gold not_enough_info,refuted,conflicting),
then run this over each list with its index, the rule's cut-off at 0: every claim it would lift
is recorded with the best cosine it fired at. ``--report`` reads the records of all indexes and
prints right (gold supported) and wrong lifts above each cut-off.
Usage: FACTBOT_DATA_DIR=/tmp/idx-x python scripts/fit_verb_told.py OUT.jsonl LIST.jsonl...
       python scripts/fit_verb_told.py --report OUT.jsonl...
"""

import json
import sys
from dataclasses import replace


def record(out_path: str, lists: list[str]) -> None:
    from bot.api import FactChecker
    from bot.stance import VERB_TOLD

    fc = FactChecker()
    checker = fc._checker
    checker.tune = replace(checker.tune, verb_told_dense=0.0)
    fired: list[float] = []

    def observe(claim, hit, judged, peers):  # type: ignore[no-untyped-def]
        if judged.reason.startswith(VERB_TOLD):
            fired.append(hit.dense)

    checker.observe = observe
    with open(out_path, "a") as out:
        for path in lists:
            with open(path) as f:
                items = [json.loads(line) for line in f]
            for item in items:
                fired.clear()
                fc.check(item["claim"])
                if fired:
                    rec = {
                        "id": item["id"],
                        "expected": item["expected"],
                        "claim": item["claim"],
                        "dense": max(fired),
                    }
                    out.write(json.dumps(rec) + "\n")


def report(paths: list[str]) -> None:
    recs = []
    for p in paths:
        with open(p) as f:
            recs += [json.loads(line) for line in f]
    cuts = sorted({r["dense"] for r in recs})
    for cut in cuts:
        above = [r for r in recs if r["dense"] >= cut]
        right = sum(r["expected"] == "supported" for r in above)
        print(f"{cut:.3f}: {right} right / {len(above) - right} wrong above")
    for r in sorted(recs, key=lambda r: -r["dense"]):
        print(f"  {r['dense']:.3f} {r['expected']:16s} {r['id']}: {r['claim'][:90]}")


if __name__ == "__main__":
    if sys.argv[1] == "--report":
        report(sys.argv[2:])
    else:
        record(sys.argv[1], sys.argv[2:])
