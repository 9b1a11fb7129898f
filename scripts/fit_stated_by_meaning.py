"""Fit ``AnswerTuning.stated_by_meaning``: the sentence-model cosine above which a retrieved
sentence states the question's predicate without its words being checked (``states_predicate``),
and see whether who/which-organisation questions, which have no such bypass, would gain one.

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_stated_by_meaning.py dump gold/x.jsonl ... --out x.jsonl
    .venv/bin/python scripts/fit_stated_by_meaning.py fit x.jsonl y.jsonl ...

``dump`` retrieves every gold question as answering does and records, for each retrieved
sentence above the evidence floor that names the question's names and fits its scope, its
cosine with the question (``dense``), whether ``Answerer._states`` lets it through with the
bypass off, and whether it holds a gold quote. ``fit`` counts, per cut-off and per kind of
question, the questions the bypass newly lets a sentence through: right where an answerable
question's gold-quote sentence gets through and none did, wrong where a question gold calls
"not in sources" gets any sentence through and none did, and "other" where an answerable
question gets only sentences without a gold quote through (they may give a wrong answer).
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.api import FactChecker  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import overlaps  # noqa: E402
from bot.scope import fits  # noqa: E402
from scripts.declined import readers_input  # noqa: E402
from scripts.dump_fit import dump_or_fit  # noqa: E402

CUTS = [0.55, 0.6, 0.62, 0.64, 0.66, 0.68, 0.7, 0.72, 0.74, 0.76, 0.8]
GROUPS = {"who/which-org": {"person", "org"}, "other kinds": None}


def dump(golds: list[Path], out: Path) -> None:
    fc = FactChecker()
    ans = fc._answerer
    ans.tune = replace(ans.tune, stated_by_meaning=2.0)  # the bypass off: words only
    floor = fc.settings.min_evidence * ans.tune.floor_factor
    with out.open("w") as f:
        for path in golds:
            for item in load_gold(path):
                if not isinstance(item, GoldQuestion):
                    continue
                q, scope, hits, spans = readers_input(fc, item)
                rows = [
                    {
                        "dense": round(h.dense, 4),
                        "states": ans._states(q, h),
                        "gold": any(overlaps((h.chunk.doc, h.chunk.start, h.chunk.end), g) for g in spans),
                    }
                    for h in hits
                    if h.score >= floor and ans._mentions_key_terms(q, h) and fits(scope, h, ans.tune)
                ]
                line = {"id": item.id, "kind": q.kind.value, "answerable": item.answerable, "rows": rows}
                f.write(json.dumps(line) + "\n")


def counts(items: list[dict[str, Any]], cut: float) -> tuple[int, int, int]:
    right = wrong = other = 0
    for it in items:
        rows = it["rows"]
        if it["answerable"]:
            if any(r["states"] and r["gold"] for r in rows):
                continue
            if any(r["gold"] and r["dense"] >= cut for r in rows):
                right += 1
            elif any(r["dense"] >= cut and not r["states"] for r in rows):
                other += 1
        elif not any(r["states"] for r in rows) and any(r["dense"] >= cut for r in rows):
            wrong += 1
    return right, wrong, other


def fit(dumps: list[Path]) -> None:
    items = [json.loads(line) for p in dumps for line in p.read_text().splitlines() if line]
    for name, kinds in GROUPS.items():
        group = [
            it
            for it in items
            if (it["kind"] in kinds if kinds else it["kind"] not in GROUPS["who/which-org"])
        ]
        print(f"{name}: {len(group)} questions ({sum(not it['answerable'] for it in group)} not in sources)")
        for cut in CUTS:
            right, wrong, other = counts(group, cut)
            print(f"  cosine >= {cut:.2f}: right {right} wrong {wrong} other {other}")


def main() -> None:
    dump_or_fit(__doc__, dump, fit)


if __name__ == "__main__":
    main()
