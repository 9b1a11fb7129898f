"""Where does the "states the asked predicate" gate (``Answerer._states``) decline answerable
questions, and what would loosening it cost on questions the sources do not answer?

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_states_gate.py dump gold/x.jsonl ... --out x.jsonl
    .venv/bin/python scripts/fit_states_gate.py fit x.jsonl y.jsonl ...

``dump`` retrieves every gold question as answering does and records, for each retrieved
sentence that passes every gate before ``_states`` (floor, key terms, scope, dated-before), its
features: the cosine with the question (``dense``), the evidence score, whether ``_states``
lets it through, whether it holds a gold quote, and the cosine between the question and the
sentence with the names they share masked out (``bare``: what the model reads of the predicate
alone). ``fit`` counts, per criterion, the questions that a loosened gate newly lets a sentence
through: right where an answerable question's gold-quote sentence gets through and none did,
wrong where a question gold calls "not in sources" gets any sentence through and none did.

Measured at 33bd659 over seeds, seeds-more, fakes and fakes-more (583 questions, 139 not in
sources), counting only questions the code declines: every loosening by the model opens more
unanswerable questions than answerable ones (right / wrong): cosine >= 0.68: 2 / 4; 0.66: 3 / 7;
0.64: 4 / 16; 0.60: 5 / 30; 0.55: 11 / 49; the masked cosine never separates them (0.60: 0 / 8;
0.50: 5 / 22); cosine >= 0.55 with half the needed share of predicate words stated: 7 / 42.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.api import FactChecker  # noqa: E402
from bot.eval.scoring import overlaps  # noqa: E402
from scripts.declined import placed_before_states, questions_read  # noqa: E402
from scripts.dump_fit import dump_or_fit, opened, write_item  # noqa: E402


def _masked(text: str, names: list[str]) -> str:
    out = text
    for n in names:
        out = re.sub(rf"\b{re.escape(n)}\w*", " ", out, flags=re.I)
    return re.sub(r"\s+", " ", out).strip()


def dump(golds: list[Path], out: Path) -> None:
    fc = FactChecker()
    ans = fc._answerer
    corpus = fc.retriever.corpus()
    with out.open("w") as f:
        for item, (q, scope, hits, spans) in questions_read(fc, golds):
            placed = placed_before_states(fc, q, scope, hits)
            names = [w for w in re.findall(r"[A-Z][\w'-]+", q.text[1:])]
            bare_q = _masked(q.text, names)
            texts = [_masked(h.chunk.text, names) for h in placed]
            vecs = list(corpus.embed_many([bare_q, *texts])) if placed else []
            rows = []
            for h, v in zip(placed, vecs[1:], strict=True):
                rows.append(
                    {
                        "dense": round(h.dense, 4),
                        "score": round(h.score, 4),
                        "bare": round(float(np.dot(vecs[0], v)), 4),
                        "states": ans._states(q, h),
                        "gold": any(overlaps((h.chunk.doc, h.chunk.start, h.chunk.end), g) for g in spans),
                        "text": h.chunk.text[:160],
                    }
                )
            write_item(f, item, q.kind.value, rows)


def fit(dumps: list[Path]) -> None:
    items = [json.loads(line) for p in dumps for line in p.read_text().splitlines() if line]
    print(f"{len(items)} questions, {sum(not i['answerable'] for i in items)} not in sources")
    for feat in ("dense", "bare", "score"):
        print(f"== {feat}")
        for cut in np.arange(0.40, 0.80, 0.02):
            right, wrong = opened(
                (it, [r for r in it["rows"] if not r["states"] and r[feat] >= cut])
                for it in items
                if not any(r["states"] for r in it["rows"] if (r["gold"] or not it["answerable"]))
            )
            print(f"  {feat} >= {cut:.2f}: right {right} wrong {wrong}")


def main() -> None:
    dump_or_fit(__doc__, dump, fit)


if __name__ == "__main__":
    main()
