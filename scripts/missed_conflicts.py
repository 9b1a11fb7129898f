"""Why a claim whose outlets disagree (gold ``conflicting``) comes out otherwise: checks each such
dev claim of a gold file (check split left out; ``--id`` for others) and prints the sources that
took a side, the rules' judgement on each gold quote's sentence as retrieved for the claim
("quote not judged": retrieval never reached it), and for each second account that
``figure_rivals`` read, the ``rival_accounts`` gate that dropped it (``missed_accounts.gate_of``:
same article, another day, not a rival figure at the sentences' closeness). Group the missed
claims by these gates before loosening one: the last lines count, per gate of the judgement
(``gate``), the missed claims with a gold quote stopped there (a claim counts under each gate
one of its quotes met).

    FACTBOT_DATA_DIR=DIR python scripts/missed_conflicts.py GOLD.jsonl [--id ID ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.check as check_mod  # noqa: E402
from bot.api import FactChecker  # noqa: E402
from bot.evidence import EvidenceSentence  # noqa: E402
from bot.stance import Judgement  # noqa: E402
from scripts.check_split import in_check_split  # noqa: E402
from scripts.missed_accounts import traced  # noqa: E402


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def conflicting_claims(gold: Path, ids: list[str] | None) -> list[dict[str, Any]]:
    """The gold claims asked for, else the dev claims whose gold verdict is conflicting."""
    items = [json.loads(line) for line in gold.read_text().splitlines() if line.strip()]
    if ids:
        return [g for g in items if g["id"] in ids and not in_check_split(g["id"])]
    return [
        g
        for g in items
        if g.get("kind") == "claim" and g.get("verdict") == "conflicting" and not in_check_split(g["id"])
    ]


GATES = (
    ("not about the same thing", "off topic"),
    ("does not say it of", "subject unsaid"),
    ("does not say", "verb unsaid"),
    ("does not give the claim's numbers", "numbers"),
    ("related, but", "related, unstated"),
    ("about another event", "another event"),
    ("does not mention", "name unmentioned"),
)
"""A neutral judgement's reason prefix and the gate it names (the first matching prefix)."""


def gate(j: Judgement | None) -> str:
    """Where a gold quote's sentence stopped: not judged (retrieval), the neutral judgement's gate,
    or the side it took (then lost by the verdict's later steps, or kept)."""
    if j is None:
        return "not judged"
    if j.stance.value != "neutral":
        return f"took a side ({j.stance.value})"
    return next((name for prefix, name in GATES if j.reason.startswith(prefix)), "other neutral")


def report(
    fc: FactChecker, g: dict[str, Any], seen: list[tuple[EvidenceSentence, Judgement]]
) -> tuple[str, set[str]]:
    """Check one claim and print its sides and each gold quote's judgement; return the verdict
    and the gates its gold quotes met."""
    seen.clear()
    gates: set[str] = set()
    verdict = fc.check(g["claim"])
    print(f"== {g['id']} gold {g['verdict']}, got {verdict.verdict.value}: {g['claim']}")
    for s in verdict.sources:
        if s.stance.value != "neutral":
            print(f"   side {s.stance.value} {s.doc} {s.date} clear={s.clear}: {s.reason[:120]}")
    for e in g.get("evidence", []):
        quote = _norm(e["quote"])[:40]
        hits = [(h, j) for h, j in seen if h.chunk.doc == e["doc"] and quote in _norm(h.chunk.text)]
        print(f"   gold {e['doc']}: {e['quote'][:90]}")
        for h, j in hits[:1]:
            print(f"      judged {j.stance.value} (cosine {h.dense:.2f}): {j.reason[:120]}")
        if not hits:
            print("      quote not judged")
        gates.add(gate(hits[0][1] if hits else None))
    return verdict.verdict.value, gates


def summary(found: dict[str, tuple[str, set[str]]]) -> list[str]:
    """Per gate, the missed claims (verdict not conflicting) with a gold quote stopped there."""
    by_gate: dict[str, list[str]] = {}
    for item, (label, gates) in found.items():
        if label != "conflicting":
            for name in gates:
                by_gate.setdefault(name, []).append(item)
    missed = sum(1 for label, _ in found.values() if label != "conflicting")
    lines = [f"{missed} of {len(found)} claims missed; gold quotes stopped at:"]
    for name, items in sorted(by_gate.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"  {name}: {len(items)} ({' '.join(items)})")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--id", nargs="*", default=None)
    args = ap.parse_args()
    check_mod.rival_accounts = traced(check_mod.rival_accounts)  # type: ignore[assignment]
    fc = FactChecker()
    seen: list[tuple[EvidenceSentence, Judgement]] = []
    fc._checker.observe = lambda claim, hit, j, peers: seen.append((hit, j))
    found = {g["id"]: report(fc, g, seen) for g in conflicting_claims(args.gold, args.id)}
    print("\n".join(summary(found)))


if __name__ == "__main__":
    main()
