"""Measure the phrase step of the claim alignment (``bot.alignment.phrase_matches``) on gold claims.

For each claim of a gold set that its baseline eval does not already get right as supported,
runs the checker and, on every judged sentence on topic for the alignment (``stated_dense``,
``stated_coverage``), records the claim words the word-level alignment leaves unstated and, per
run of them, the closest phrase of the sentence's free words with its cosines (alone and with the
stated word it hangs on). ``curve`` then counts, for each pair of cut-offs, the claims some
sentence of which would be stated in full (every unstated run matched), by gold verdict: a proxy
for the claims the step lifts to supported (names, numbers and polarity are still checked).

Measured (twenty-seventh session, the six dev sets' 454 claims not already right as supported;
cut-offs phrase_dense / phrase_gain_min / phrase_anchored_min): 0.7 / 0.02 / 0.4 lifts 3
supported claims against 1 not_enough_info (a BBC claim whose run holds a verb with its subject,
which the clause guard added afterwards blocks); 0.6 / 0.02 / 0.4: 5 against 5 NEI, 2 refuted, 3
conflicting; 0.7 / 0.01 / 0.4: 4 against 1 NEI, 1 refuted; 0.7 / 0.02 / 0.0: 3 against 2 NEI, 2
refuted. Full evals with the guards: exactly the 3 supported claims fixed, none broken.

    FACTBOT_DATA_DIR=DIR python scripts/fit_phrase_told.py dump GOLD BASE.json OUT.jsonl
    python scripts/fit_phrase_told.py curve OUT.jsonl [OUT2.jsonl ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bot.alignment import _content, _figure_words, phrase_matches
from bot.evidence import terms
from bot.nlp import dependency_parse
from bot.stance import claim_context, stated_in
from bot.text import tokens


def dump(gold_path: str, base_path: str, out_path: str) -> None:
    from bot.api import FactChecker

    with open(base_path) as f:
        items = json.load(f)["items"]
    todo = [
        (i["id"], i["expected"], i["got"], i["text"])
        for i in items
        if i["kind"] == "claim" and not (i["expected"] == i["got"] == "supported")
    ]
    fc = FactChecker()
    checker = fc._checker
    tune = checker.tune
    seen: list[tuple[str, Any, Any]] = []
    checker.observe = lambda claim, hit, judged, peers: seen.append((claim, hit, judged))
    with open(out_path, "w") as out:
        for iid, gold, got, claim in todo:
            seen.clear()
            fc.check(claim)
            rows = []
            for c, hit, judged in seen:
                covered = terms(hit.chunk.text).share(tokens(c))
                if hit.dense < tune.stated_dense or covered < tune.stated_coverage:
                    continue
                context = claim_context(hit, tune)
                al = stated_in(c, hit, context, tune, context)
                if not al.unstated:
                    continue
                claim_doc = dependency_parse(c)
                sent_doc = dependency_parse(hit.chunk.text, entities=False)
                figures = _figure_words(c, claim_doc)
                content = [t for t in claim_doc if _content(t) and t.i not in figures]
                held = {i: list(at) for i, at in al.where}
                ms = phrase_matches(content, sent_doc, held, hit.corpus.words.vectors, tune.stated_sense_rank)
                covered_idx = {i for m in ms for i in m.words}
                rest = [t.text for t in content if t.i not in held and t.i not in covered_idx]
                rows.append(
                    {
                        "text": hit.chunk.text[:200],
                        "dense": round(hit.dense, 3),
                        "judged": f"{judged.stance}: {judged.reason}",
                        "unstated": list(al.unstated),
                        "rest": rest,
                        "runs": [
                            [
                                m.claim_text,
                                m.told_text,
                                round(m.bare, 3),
                                round(m.anchored, 3),
                                round(m.gain, 3),
                            ]
                            for m in ms
                        ],
                    }
                )
            out.write(json.dumps({"id": iid, "gold": gold, "got": got, "claim": claim, "rows": rows}) + "\n")
            out.flush()


def curve(paths: list[str]) -> None:
    recs = [
        json.loads(line) for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines() if line
    ]
    for dense in (0.0, 0.6, 0.7, 0.75, 0.8):
        for gain in (-0.01, 0.0, 0.01, 0.02, 0.03):
            for anch in (0.0, 0.4, 0.5):
                lifted: dict[str, list[str]] = {}
                for r in recs:
                    if r["got"] != "not_enough_info" and r["gold"] != "not_enough_info":
                        continue
                    ok = any(
                        not row["rest"]
                        and row["runs"]
                        and row["dense"] >= dense
                        and all(g >= gain and a >= anch for _, _, b, a, g in row["runs"])
                        for row in r["rows"]
                        if not row["judged"].startswith(("refutes", "supports"))
                    )
                    if ok:
                        lifted.setdefault(r["gold"], []).append(r["id"])
                print(
                    f"dense {dense:.2f} gain {gain:.2f} anchored {anch:.2f}  "
                    + "  ".join(f"{k} {len(v)}" for k, v in sorted(lifted.items()))
                    + ("   " + " ".join(lifted.get("supported", [])) if dense >= 0.7 else "")
                )


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(*sys.argv[2:5])
    else:
        curve(sys.argv[2:])
