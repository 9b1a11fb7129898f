"""Why do claims whose gold verdict is supported (or refuted, or both) come out not_enough_info?

For each such claim in a baseline eval (claims, and claims inside texts), runs the checker and
records the rules' reason on the gold evidence sentence (claims with gold quotes) or on the
best-aligned judged sentences (text claims: their gold names no quote), then groups the reasons.
Each row also gives the sentence's cosine to the claim, the share of the claim's words it holds
as written (the on-topic gate's ``covered``) and the claim words that ``bot.alignment`` finds
unstated with no gate: a row whose claim the gate keeps from alignment ("not about the same
thing") shows whether opening the gate could state it at all. The summary counts the claims by
the reason of their furthest-judged row and by the fewest words any of their rows leaves unstated.
Usage: FACTBOT_DATA_DIR=/tmp/idx-x python scripts/why_supported_nei.py GOLD BASE.json OUT.jsonl [LABELS [HIDDEN]]
(LABELS: comma-separated gold verdicts, default "supported"; "supported,refuted" lists both;
a refuted claim that comes out supported is listed too. HIDDEN: a regular expression of item ids
never read, a held-out check split such as "^u2[456]-".)
"""

import json
import re
import sys
from collections import Counter

from bot.api import FactChecker
from bot.evidence import EvidenceSentence
from bot.stance import claim_context, stated_in, terms
from bot.text import tokens
from index.tuning import CheckTuning


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def _gate(hit: EvidenceSentence, claim: str, tune: CheckTuning) -> dict[str, object]:
    """The sentence's cosine, its share of the claim's words as written, and the claim words an
    alignment run with no on-topic gate leaves unstated (``bot.stance.stated_in``)."""
    context = claim_context(hit, tune)
    alignment = stated_in(claim, hit, context, tune, context)
    covered = terms(hit.chunk.text).share(tokens(claim))
    return {"dense": round(hit.dense, 3), "covered": round(covered, 2), "unstated": list(alignment.unstated)}


def _group(judged: str) -> str:
    """A judged reason without its particulars: "neutral: does not say worked" -> "neutral: does not say"."""
    stance, _, reason = judged.partition(": ")
    return f"{stance}: {' '.join(reason.split()[:3])}" if reason else stance


STAGES = ("supports", "refutes", "neutral: does not say", "neutral: does not give", "neutral: related, but")
"""How far the rules got with a sentence, furthest first: a claim is grouped by its furthest row."""


def _order(group: str) -> int:
    return next((i for i, s in enumerate(STAGES) if group.startswith(s)), len(STAGES))


def _missed(expected: str, got: str | None) -> bool:
    """Not found: not_enough_info, or for a refuted claim also supported (its refuting row unread)."""
    return got == "not_enough_info" or (expected == "refuted" and got == "supported")


def _held_out(item_id: str, hidden: re.Pattern[str] | None) -> bool:
    """An item of a held-out split: never read, so that its counts stay an estimate of a fresh set."""
    return hidden is not None and hidden.search(item_id) is not None


def main(gold_path: str, base_path: str, out_path: str, labels: str = "supported", hidden: str = "") -> None:
    wanted = set(labels.split(","))
    held_out = re.compile(hidden) if hidden else None
    with open(gold_path) as f:
        gold = {g["id"]: g for g in map(json.loads, f)}
    fc = FactChecker()
    checker = fc._checker
    seen: list[tuple[str, str, float, str, EvidenceSentence, str]] = []

    def observe(claim, hit, judged, peers):  # type: ignore[no-untyped-def]
        seen.append((hit.chunk.doc, hit.text, hit.dense, f"{judged.stance}: {judged.reason}", hit, claim))

    checker.observe = observe
    todo = []
    with open(base_path) as f:
        items = json.load(f)["items"]
    for item in items:
        if _held_out(item["id"], held_out):
            continue
        if item["kind"] == "claim" and item["expected"] in wanted and _missed(item["expected"], item["got"]):
            quotes = [e["quote"] for e in gold.get(item["id"], {}).get("evidence", [])]
            todo.append((item["id"], item["expected"], item["text"], quotes))
        if item["kind"] == "text":
            for c in item.get("claims", []):
                if c.get("expected") in wanted and _missed(c["expected"], c.get("got")):
                    todo.append((item["id"], c["expected"], c.get("claim") or c["quote"], []))
    groups: Counter[str] = Counter()  # each claim by the reason of its furthest-judged row
    unstated: Counter[int] = Counter()  # each claim by the fewest claim words a row leaves unstated
    with open(out_path, "w") as out:
        for iid, expected, claim, quotes in todo:
            seen.clear()
            v = fc.check(claim)
            rows = []
            if quotes:
                for q in quotes:
                    nq = _norm(q)
                    hit = [s for s in seen if nq[:60] in _norm(s[1]) or _norm(s[1])[:60] in nq]
                    row = {"quote": q, "judged": [h[3] for h in hit][:3] or ["NOT JUDGED"]}
                    rows.append({**row, **_gate(hit[0][4], hit[0][5], checker.tune)} if hit else row)
            else:
                top = sorted(seen, key=lambda s: -s[2])[:3]
                rows = [{"quote": s[1], "judged": [s[3]], **_gate(s[4], s[5], checker.tune)} for s in top]
            rec = {"id": iid, "expected": expected, "claim": claim, "verdict": str(v.verdict), "rows": rows}
            out.write(json.dumps(rec) + "\n")
            out.flush()
            groups[min((_group(j) for row in rows for j in row["judged"]), key=_order)] += 1
            unstated[min((len(row.get("unstated", "?" * 9)) for row in rows), default=9)] += 1
    print(len(todo), "claims")
    for reason, n in groups.most_common():
        print(f"{n:4d}  {reason}")
    for k in sorted(unstated):
        print(
            f"{unstated[k]:4d}  claims whose closest row leaves {k if k < 9 else '9+ (or none aligned)'} words unstated"
        )


if __name__ == "__main__":
    main(*sys.argv[1:6])
