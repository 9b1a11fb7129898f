"""Why does a claim gold calls supported get no support? One cause per missed claim, tabulated.

For each claim (and each claim inside a text) whose gold verdict is supported and whose base run
says otherwise, runs the checker with an observer and reads the row of the gold quote's sentence
(a claim with gold quotes) or the closest judged sentence (a text claim: its gold names no quote).
The cause is the first that fits, in this order:

- ``not retrieved``: no gold quote's sentence was judged at all;
- ``refuted by a rule``: the row refutes (the rule's reason is kept);
- ``about another event``: the event gate set the sentence aside;
- ``name unmentioned``: a name of the claim is in neither the sentence nor its article;
- ``slot or figure refused``: a slot, doer or figure rule refused ("does not say it of", "does
  not give the claim's numbers", a detail the claim's copula adds);
- ``off-topic gate, every word stated``: the on-topic gate (cosine, share of the claim's words
  written) set aside a sentence that the gate-free alignment finds stating every content word;
- ``negation or quantifier``: a word left unstated is a negation or a quantifier ("no", "any",
  "none", "nobody") or the claim negates and the sentence does not, or the other way round;
- ``spread over two sentences``: every word the sentence leaves unstated is in the sentence
  before or after it in its article;
- ``claim word counted unsaid``: the rules' "does not say V" (``stance._unsaid_verbs`` and the
  alignment's unstated words) with the sentence on topic;
- ``paraphrase not linked (1 word / 2+ words)``: the sentence is off topic for the gate or states
  too little; how many claim words its closest row leaves unstated.

Each row also records the sentence, the judged reason and the gate-free alignment's unstated words.
Usage: FACTBOT_DATA_DIR=IDX python scripts/support_causes.py GOLD BASE.json OUT.jsonl [HIDDEN]
(HIDDEN: a regular expression of item ids never read, such as "^u2[456]-".)
"""

import json
import re
import sys
from collections import Counter
from typing import Any

from bot.api import FactChecker
from bot.evidence import EvidenceSentence
from bot.stance import claim_context, stated_in
from bot.text import tokens
from index.lexicon import NEGATION_CUES

QUANTIFIERS = frozenset({"no", "none", "any", "nobody", "nothing", "all", "every", "each", "some", "neither"})
"""Closed-class words that negate or quantify a noun: their reading decides a claim's polarity."""

FIGURE_REASONS = ("does not say it of", "does not give", "gives another", "names ", "does not name")
"""The openings of reasons of the slot, doer and figure rules."""


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def _unstated(claim: str, hit: EvidenceSentence, checker: Any) -> list[str]:
    context = claim_context(hit, checker.tune)
    return list(stated_in(claim, hit, context, checker.tune, context).unstated)


def _negated(text: str) -> bool:
    return any(
        t in NEGATION_CUES or t in QUANTIFIERS - {"all", "every", "each", "some"} for t in tokens(text)
    )


def cause(claim: str, row: dict[str, Any], hit: EvidenceSentence | None) -> str:
    """The first cause that fits the row (see the module's docstring)."""
    judged = row["judged"][0] if row["judged"] else "NOT JUDGED"
    if judged == "NOT JUDGED" or hit is None:
        return "not retrieved"
    stance, _, reason = judged.partition(": ")
    if stance == "refutes":
        return "refuted by a rule"
    if stance == "supports":
        return "supported row outvoted"
    if reason.startswith("about another event"):
        return "about another event"
    if reason.startswith("does not mention"):
        return "name unmentioned"
    unstated = [w.lower() for w in row.get("unstated", [])]
    if reason.startswith("not about") and not unstated:
        return "off-topic gate, every word stated"
    if any(w in QUANTIFIERS or w in NEGATION_CUES for w in unstated) or _negated(claim) != _negated(hit.text):
        return "negation or quantifier"
    if any(reason.startswith(r) for r in FIGURE_REASONS):
        return "slot or figure refused"
    if unstated:
        around = " ".join(s.text for s in (hit.previous, hit.following) if s is not None)
        near = set(tokens(around))
        if around and all(w in near for w in unstated):
            return "spread over two sentences"
    if reason.startswith("does not say"):
        return "claim word counted unsaid"
    return f"paraphrase not linked ({'1 word' if len(unstated) == 1 else '2+ words'})"


def main(gold_path: str, base_path: str, out_path: str, hidden: str = "") -> None:
    held_out = re.compile(hidden) if hidden else None
    with open(gold_path) as f:
        gold = {g["id"]: g for g in map(json.loads, f)}
    fc = FactChecker()
    checker = fc._checker
    seen: list[tuple[EvidenceSentence, str, str]] = []

    def observe(claim, hit, judged, peers):  # type: ignore[no-untyped-def]
        seen.append((hit, claim, f"{judged.stance}: {judged.reason}"))

    checker.observe = observe
    todo: list[tuple[str, str, str, list[str]]] = []
    with open(base_path) as f:
        items = json.load(f)["items"]
    for item in items:
        if held_out is not None and held_out.search(item["id"]):
            continue
        if item["kind"] == "claim" and item["expected"] == "supported" and item["got"] != "supported":
            quotes = [e["quote"] for e in gold.get(item["id"], {}).get("evidence", [])]
            todo.append((item["id"], item["got"], item["text"], quotes))
        if item["kind"] == "text":
            for c in item.get("claims", []):
                if c.get("expected") == "supported" and c.get("got") != "supported":
                    todo.append((item["id"], str(c.get("got")), c.get("claim") or c["quote"], []))
    causes: Counter[str] = Counter()
    with open(out_path, "w") as out:
        for iid, got, claim, quotes in todo:
            seen.clear()
            fc.check(claim)
            picked: list[tuple[dict[str, Any], EvidenceSentence | None]] = []
            for q in quotes:
                nq = _norm(q)
                hits = [s for s in seen if nq[:60] in _norm(s[0].text) or _norm(s[0].text)[:60] in nq]
                row: dict[str, Any] = {"quote": q, "judged": [h[2] for h in hits][:3]}
                if hits:
                    row["unstated"] = _unstated(hits[0][1], hits[0][0], checker)
                picked.append((row, hits[0][0] if hits else None))
            if not quotes:
                for hit, judged_claim, judged in sorted(seen, key=lambda s: -s[0].dense)[:3]:
                    row = {
                        "quote": hit.text,
                        "judged": [judged],
                        "unstated": _unstated(judged_claim, hit, checker),
                    }
                    picked.append((row, hit))
            if not picked:
                picked = [({"quote": "", "judged": []}, None)]
            # the row that came furthest: the fewest unstated words among judged rows
            best = min(picked, key=lambda p: (p[1] is None, len(p[0].get("unstated", "x" * 99))))
            why = cause(claim, best[0], best[1])
            causes[why] += 1
            rows = [r for r, _ in picked]
            rec = {"id": iid, "got": got, "claim": claim, "cause": why, "rows": rows}
            out.write(json.dumps(rec) + "\n")
            out.flush()
    print(len(todo), "claims")
    for why, n in causes.most_common():
        print(f"{n:4d}  {why}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
