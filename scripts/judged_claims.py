"""A gold file's development claims checked one by one, with the judgements the checker made on
the way: what the per-claim diagnostics (``support_details``, ``rival_refutations``) dump.

``bot.check.judge`` is wrapped for the run; ``pick`` turns a judgement worth keeping into a row
(or None), and each claim outside the check split comes back with its verdict and rows.
"""

import json
from collections.abc import Callable, Iterator
from typing import Any

import bot.check
from bot.api import FactChecker
from bot.types import Stance, Verdict
from scripts.check_split import in_check_split

Pick = Callable[[str, Any, Any], dict[str, Any] | None]
"""(claim, hit, judgement) -> a row to record, or None."""


def judged_claims(
    fc: FactChecker, gold_path: str, pick: Pick
) -> Iterator[tuple[dict[str, Any], Verdict, list[dict[str, Any]]]]:
    """Yield (gold item, verdict, rows) for each claim of the file, the check split left out."""
    rows: list[dict[str, Any]] = []
    original = bot.check.judge

    def recording(claim, hit, tune_, lead="", when=""):  # type: ignore[no-untyped-def]
        j = original(claim, hit, tune_, lead, when)
        row = pick(claim, hit, j)
        if row is not None:
            rows.append({"doc": hit.chunk.doc, "reason": j.reason, "clear": j.clear, **row})
        return j

    bot.check.judge = recording
    try:
        with open(gold_path) as f:
            for g in map(json.loads, f):
                if g.get("kind", "claim") != "claim" or "claim" not in g or in_check_split(g["id"]):
                    continue
                rows.clear()
                verdict = fc.check(g["claim"])
                yield g, verdict, list(rows)
    finally:
        bot.check.judge = original


def record(g: dict[str, Any], verdict: Verdict, rows: list[dict[str, Any]]) -> str:
    """One dump line: the claim, its gold and given verdicts, and the rows kept."""
    return json.dumps(
        {"id": g["id"], "gold": g["verdict"], "got": str(verdict.verdict), "claim": g["claim"], "rows": rows}
    )


def write_refutations(fc: FactChecker, gold_path: str, pick: Pick, out_path: str) -> None:
    """Dump each claim's refuting rows, each marked "kept" where the verdict kept that refutation."""
    with open(out_path, "w") as out:
        for g, v, rows in judged_claims(fc, gold_path, pick):
            kept = {(s.doc, s.reason) for s in v.sources if s.stance is Stance.REFUTES}
            for r in rows:
                r["kept"] = (r["doc"], r["reason"]) in kept
            if rows:
                out.write(record(g, v, rows) + "\n")
                out.flush()
