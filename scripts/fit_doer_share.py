"""Fit ``CheckTuning.doer_stated_share``: how much of a claim a sentence naming its doer must state.

Reads the dumps of ``scripts/support_details.py`` (one per gold file, the check split left out)
and, for each cut-off, counts the claims that come out supported only by sentences naming the
claim's doer for its deed ("names X") that state less than the cut-off of the claim's content
(IDF-weighted): those the gate would stop supporting, by their gold verdict. Right: gold
supported (a support lost); wrong: any other gold verdict (a wrong support stopped).
Usage: python scripts/fit_doer_share.py DUMP.jsonl...
"""

import json
import sys
from collections import Counter

CUTS = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.75)


def blocked(rows: list[dict[str, object]], cut: float) -> bool:
    """Every support of the claim is a doer named with under ``cut`` of the claim stated."""
    return bool(rows) and all(
        str(r["reason"]).startswith("names ") and float(str(r["share"])) < cut for r in rows
    )


def main(paths: list[str]) -> None:
    records = []
    for p in paths:
        with open(p) as f:
            records += [json.loads(line) for line in f]
    supported = [r for r in records if r["got"] == "supported"]
    print(f"{len(supported)} claims supported")
    for cut in CUTS:
        tally: Counter[str] = Counter()
        for r in supported:
            if blocked(r["rows"], cut):
                tally["right" if r["gold"] == "supported" else "wrong"] += 1
        print(f"{cut:.2f}: stops {tally['wrong']} wrong supports, loses {tally['right']} right ones")


if __name__ == "__main__":
    main(sys.argv[1:])
