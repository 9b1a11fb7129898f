"""Why do claims whose gold verdict is supported (or refuted, or both) come out not_enough_info?

For each such claim in a baseline eval (claims, and claims inside texts), runs the checker and
records the rules' reason on the gold evidence sentence (claims with gold quotes) or on the
best-aligned judged sentences (text claims: their gold names no quote), then groups the reasons.
Usage: FACTBOT_DATA_DIR=/tmp/idx-x python scripts/why_supported_nei.py GOLD BASE.json OUT.jsonl [LABELS]
(LABELS: comma-separated gold verdicts, default "supported"; "supported,refuted" lists both.)
"""

import json
import re
import sys

from bot.api import FactChecker


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def main(gold_path: str, base_path: str, out_path: str, labels: str = "supported") -> None:
    wanted = set(labels.split(","))
    with open(gold_path) as f:
        gold = {g["id"]: g for g in map(json.loads, f)}
    fc = FactChecker()
    checker = fc._checker
    seen: list[tuple[str, str, float, str]] = []

    def observe(claim, hit, judged, peers):  # type: ignore[no-untyped-def]
        seen.append((hit.chunk.doc, hit.text, hit.dense, f"{judged.stance}: {judged.reason}"))

    checker.observe = observe
    todo = []
    with open(base_path) as f:
        items = json.load(f)["items"]
    for item in items:
        if item["kind"] == "claim" and item["expected"] in wanted and item["got"] == "not_enough_info":
            quotes = [e["quote"] for e in gold.get(item["id"], {}).get("evidence", [])]
            todo.append((item["id"], item["expected"], item["text"], quotes))
        if item["kind"] == "text":
            for c in item.get("claims", []):
                if c.get("expected") in wanted and c.get("got") == "not_enough_info":
                    todo.append((item["id"], c["expected"], c.get("claim") or c["quote"], []))
    with open(out_path, "w") as out:
        for iid, expected, claim, quotes in todo:
            seen.clear()
            v = fc.check(claim)
            rows = []
            if quotes:
                for q in quotes:
                    nq = _norm(q)
                    hit = [s for s in seen if nq[:60] in _norm(s[1]) or _norm(s[1])[:60] in nq]
                    rows.append({"quote": q, "judged": [h[3] for h in hit][:3] or ["NOT JUDGED"]})
            else:
                top = sorted(seen, key=lambda s: -s[2])[:3]
                rows = [{"quote": s[1], "judged": [s[3]], "dense": round(s[2], 3)} for s in top]
            rec = {"id": iid, "expected": expected, "claim": claim, "verdict": str(v.verdict), "rows": rows}
            out.write(json.dumps(rec) + "\n")
            out.flush()
    print(len(todo), "claims")


if __name__ == "__main__":
    main(*sys.argv[1:5])
