"""What each per-sentence answer gate keeps declined: the answerable questions a baseline eval
declines and the unanswerable ones it rightly declines, asked again with the "states" gate
(``Answerer._states``), the "names" gate (``Answerer._mentions_key_terms``) or both switched off.

    FACTBOT_DATA_DIR=DIR python scripts/gates_off.py BASELINE.json GOLD.jsonl [states,names,both,none]

Prints one JSON line per question and mode (answered or not, right or not), then per mode the
answerable questions it answers rightly and wrongly and the unanswerable ones it answers. A gate
whose removal answers as many unanswerable questions as it fixes answerable ones is earning its
keep; loosening it must keep those declined. Mode "none" asks them with every gate as the code
has it: what a change to a gate does to them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import Answerer  # noqa: E402
from bot.api import FactChecker  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import matches_gold  # noqa: E402
from bot.types import NOT_IN_SOURCES  # noqa: E402
from scripts.check_split import in_check_split  # noqa: E402


def todo(baseline: Path) -> dict[str, str]:
    """The baseline's declined answerable questions ("ans") and rightly declined unanswerable ones."""
    out = {}
    for i in json.loads(baseline.read_text())["items"]:
        if i["kind"] != "question" or i["got"] != NOT_IN_SOURCES or in_check_split(i["id"]):
            continue
        if i["expected"] == "not in sources":
            out[i["id"]] = "unans"
        elif not i["correct"]:
            out[i["id"]] = "ans"
    return out


def main() -> None:
    baseline, gold = Path(sys.argv[1]), Path(sys.argv[2])
    modes = sys.argv[3].split(",") if len(sys.argv) > 3 else ["states", "names", "both"]
    want = todo(baseline)
    fc = FactChecker()
    states, names = Answerer._states, Answerer._mentions_key_terms
    questions = [g for g in load_gold(gold) if isinstance(g, GoldQuestion) and g.id in want]
    tally: Counter[tuple[str, str]] = Counter()
    for mode in modes:
        Answerer._states = (lambda self, q, h: True) if mode in ("states", "both") else states  # type: ignore[method-assign]
        Answerer._mentions_key_terms = (lambda self, q, h: True) if mode in ("names", "both") else names  # type: ignore[method-assign]
        for g in questions:
            answer = fc.ask(g.question)
            answered = answer.text != NOT_IN_SOURCES
            right = answered and matches_gold(g, answer)
            row = {"mode": mode, "id": g.id, "set": want[g.id], "answered": answered, "right": right}
            print(json.dumps({**row, "got": answer.text[:100]}), flush=True)
            if answered:
                tally[mode, f"{want[g.id]} {'right' if right else 'wrong'}"] += 1
    Answerer._states, Answerer._mentions_key_terms = states, names  # type: ignore[method-assign]
    n_ans = sum(1 for v in want.values() if v == "ans")
    print(f"\n== {n_ans} declined answerable, {len(want) - n_ans} rightly declined unanswerable questions")
    for mode in modes:
        print(
            f"{mode:7s} off: answerable now right {tally[mode, 'ans right']:3d}, wrong {tally[mode, 'ans wrong']:3d};"
            f" unanswerable now answered {tally[mode, 'unans wrong']:3d}"
        )


if __name__ == "__main__":
    main()
