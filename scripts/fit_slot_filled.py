"""Which sentences the "states the asked predicate" gate (``Answerer._states``) refuses hold the
answer, and which features of such a sentence tell them from those of unanswerable questions?

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_slot_filled.py dump gold/x.jsonl ... --out x.jsonl
    .venv/bin/python scripts/fit_slot_filled.py fit x.jsonl y.jsonl ...

``dump`` writes, per gold question, each retrieved sentence that passes every gate before
``_states`` and fails it, with features nobody fitted before: its cosine (``dense``) and rank
among those sentences, whether it holds a value of the asked type the question does not name
(``typed``: ``bot.slot_filled.typed_value``), how many of the question's common nouns it and the
sentence before leave unsaid (``unsaid``: ``bot.slot_filled.unsaid_nouns``), and the share of
the question's names in the sentence itself (``names``). ``fit`` counts, per rule, the questions a loosened gate newly
opens: right where an answerable question's gold sentence gets through, wrong where a question
gold calls "not in sources" gets any sentence through; only questions no sentence got through.
"""

from __future__ import annotations

import json
import sys
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.api import FactChecker  # noqa: E402
from bot.eval.scoring import overlaps  # noqa: E402
from bot.evidence import terms  # noqa: E402
from bot.slot_filled import typed_value, unsaid_nouns  # noqa: E402
from scripts.declined import placed_before_states, questions_read  # noqa: E402
from scripts.dump_fit import dump_or_fit, opened, write_item  # noqa: E402


def dump(golds: list[Path], out: Path) -> None:
    fc = FactChecker()
    ans = fc._answerer
    with out.open("w") as f:
        for item, (q, scope, hits, spans) in questions_read(fc, golds):
            placed = placed_before_states(fc, q, scope, hits)
            rows = []
            stated = False
            for rank, h in enumerate(placed):
                gold = any(overlaps((h.chunk.doc, h.chunk.start, h.chunk.end), g) for g in spans)
                if ans._states(q, h):
                    stated = stated or gold or not item.answerable
                    continue
                pool = terms(h.chunk.text)
                names = list(q.key_terms)
                rows.append(
                    {
                        "rank": rank,
                        "dense": round(h.dense, 4),
                        "typed": typed_value(q, h.chunk.text),
                        "unsaid": len(unsaid_nouns(q.text, f"{h.previous_text} {h.chunk.text}", 1)),
                        "names": round(pool.share(names), 3) if names else 1.0,
                        "gold": gold,
                        "text": h.chunk.text[:120],
                    }
                )
            write_item(f, item, q.kind.value, rows, stated=stated)


def _opens(row: dict, kind: str, cut: float, unsaid: int, top: int) -> bool:
    """``Answerer._fills_slot`` as the dump reads it (less its which-N and only-possible
    checks): an open question leaves no noun unsaid. End to end, scripts/gates_off.py mode none."""
    allowed = 0 if kind == "open" else unsaid
    return row["dense"] >= cut and row["rank"] < top and row["typed"] and row["unsaid"] <= allowed


def fit(dumps: list[Path]) -> None:
    items = [json.loads(line) for p in dumps for line in p.read_text().splitlines() if line]
    todo = [i for i in items if not i["stated"]]
    print(
        f"{len(items)} questions, {sum(not i['answerable'] for i in items)} not in sources; {len(todo)} unstated"
    )
    for cut, unsaid, top in product([0.5, 0.55, 0.6, 0.65, 0.7], [0, 1, 2], [1, 3, 99]):
        right, wrong = opened(
            (it, [r for r in it["rows"] if _opens(r, it["kind"], cut, unsaid, top)]) for it in todo
        )
        print(f"  dense>={cut:.2f} unsaid<={unsaid} rank<{top}: right {right} wrong {wrong}")


def main() -> None:
    dump_or_fit(__doc__, dump, fit)


if __name__ == "__main__":
    main()
