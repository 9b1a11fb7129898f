"""Fit the retrieval score weights (``RetrievalTuning``) on the union of the gold sets.

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_retrieval.py dump gold/x.jsonl --out x.jsonl
    .venv/bin/python scripts/fit_retrieval.py fit seeds.jsonl fakes.jsonl bbc.jsonl

``dump`` retrieves every gold question's and claim's candidates (the whole re-scored pool, not
only the kept ones) and writes their features and which gold quotes each sentence and its
passage hold. ``fit`` replays the ranking offline for a grid of weights (the four main weights
summing to 1, so scores keep the scale ``min_evidence`` was calibrated on) and prints the
settings with the best mean of passage recall@5 (what ``factbot eval`` reports) and sentence
recall over the kept candidates (what answering reads). No single item decides: every grid
point is scored over all items of all files together.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from bot.eval.gold import quoted_items
from bot.eval.scoring import overlaps, quote_spans, text_or_empty

FEATURES = ("dense", "coverage", "context", "lexical", "title", "off_period", "value")
PASSAGES = 5
"""Passages looked at, as ``retrieval_recall_at_5``."""


def dump(gold: Path, out: Path) -> None:
    from bot.api import FactChecker
    from index.settings import Settings
    from index.tuning import RetrievalTuning, Tuning

    wide = replace(RetrievalTuning(), expand_articles=12, expand_ratio=0.0)
    fc = FactChecker(replace(Settings.from_env(), tuning=replace(Tuning(), retrieval=wide)))
    lex = fc.retriever.lexical()
    rows = []
    for item, text, quotes, kind in quoted_items(gold):
        spans = [
            [(q.doc, s, e) for s, e in quote_spans(text_or_empty(fc.store.article_text, q.doc), q.quote)]
            for q in quotes
        ]
        cands = []
        for hit in fc.retriever.retrieve(text, 100_000):
            c = hit.chunk
            holder = next((p for p in lex.passages_by_doc.get(c.doc, []) if p.seq <= c.seq <= p.last), None)
            where = (c.doc, c.start, c.end)
            passage = (c.doc, holder.start, holder.end) if holder else where
            cands.append(
                {
                    "doc": c.doc,
                    "passage": f"{passage[1]}:{passage[2]}",
                    "sentence_gold": [i for i, s in enumerate(spans) if any(overlaps(where, g) for g in s)],
                    "passage_gold": [i for i, s in enumerate(spans) if any(overlaps(passage, g) for g in s)],
                    **{f: hit.features.get(f, 0.0) for f in FEATURES},
                }
            )
        rows.append({"id": item.id, "kind": kind, "quotes": len(quotes), "candidates": cands})
    out.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    print(f"{gold}: {len(rows)} items -> {out}")


class Item:
    """One dumped item as arrays: its candidates' features, articles and gold quotes."""

    def __init__(self, row: dict[str, Any]) -> None:
        cands = row["candidates"]
        self.question = row["kind"] == "question"
        self.quotes = int(row["quotes"])
        self.features = np.array([[c[f] for f in FEATURES] for c in cands], dtype=float).reshape(
            -1, len(FEATURES)
        )
        docs = {d: i for i, d in enumerate(dict.fromkeys(c["doc"] for c in cands))}
        self.docs = np.array([docs[c["doc"]] for c in cands], dtype=np.int64)
        self.passages = [(c["doc"], c["passage"]) for c in cands]
        self.passage_gold = [c["passage_gold"] for c in cands]
        self.sentence_gold = [c["sentence_gold"] for c in cands]

    def replay(self, weights: np.ndarray, keep: int, ratio: float) -> tuple[int, int]:
        """(quotes in the top passages, quotes in the kept sentences) as ``Retriever.retrieve``
        and ``context`` order them: ``bot.retrieve.diversify`` in arrays, passages by first hit."""
        if not len(self.docs):
            return 0, 0
        score = self.features @ weights
        order = np.argsort(-score, kind="stable")
        first = np.zeros(len(order), dtype=bool)
        first[np.unique(self.docs[order], return_index=True)[1]] = True
        strong = first & (score[order] >= ratio * score[order[0]])
        kept = np.concatenate([order[strong], order[~strong]])[:keep]
        passages: list[tuple[str, str]] = []
        found: set[int] = set()
        for i in kept:
            if self.passages[i] not in passages and len(passages) < PASSAGES:
                passages.append(self.passages[i])
                found.update(self.passage_gold[i])
        return len(found), len({q for i in kept for q in self.sentence_gold[i]})


def measure(items: list[Item], weights: np.ndarray, keep: int, ratio: float) -> tuple[float, float]:
    """(passage recall@5 over questions, kept-sentence recall over all items)."""
    results = [(i, i.replay(weights, keep, ratio)) for i in items]
    questions = sum(i.quotes for i, _ in results if i.question)
    at5 = sum(r[0] for i, r in results if i.question) / max(1, questions)
    kept = sum(r[1] for _, r in results) / max(1, sum(i.quotes for i, _ in results))
    return at5, kept


STEPS = {
    "dense": [x / 20 for x in range(6, 15)],
    "coverage": [x / 20 for x in range(0, 11)],
    "context": [x / 20 for x in range(0, 9)],
    "title": [x / 20 for x in range(0, 7)],
    "off_period": [-x / 20 for x in range(0, 7)],
    "value": [x / 20 for x in range(0, 7)],
}
"""Values tried per weight; ``lexical`` takes what the first three leave of 1."""


def fit(files: list[Path], keep: int, ratio: float, only: list[str]) -> None:
    """Coordinate ascent from the current defaults over ``STEPS`` (those named in ``only``, if
    any) on all items together."""
    from index.tuning import RetrievalTuning

    items = [
        Item(json.loads(line)) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line
    ]
    t = RetrievalTuning()
    current = {
        "dense": t.dense_weight,
        "coverage": t.coverage_weight,
        "context": t.context_weight,
        "title": t.title_weight,
        "off_period": -t.off_period_penalty,
        "value": t.value_weight,
    }

    def vector(w: dict[str, float]) -> np.ndarray | None:
        lexical = 1 - w["dense"] - w["coverage"] - w["context"]
        if lexical < -1e-9:
            return None
        full = {**w, "lexical": lexical}
        return np.array([full[f] for f in FEATURES])

    def objective(w: dict[str, float]) -> float:
        vec = vector(w)
        return -1.0 if vec is None else sum(measure(items, vec, keep, ratio)) / 2

    best = objective(current)
    print(f"start {best:.4f} {current}")
    improved = True
    while improved:
        improved = False
        for name, values in STEPS.items():
            if only and name not in only:
                continue
            for value in values:
                trial = {**current, name: value}
                score = objective(trial)
                if score > best + 1e-9:
                    best, current, improved = score, trial, True
        print(f"round {best:.4f} {current}")
    vec = vector(current)
    assert vec is not None
    print(f"lexical {vec[FEATURES.index('lexical')]:.2f}")
    for f in files:
        part = [Item(json.loads(line)) for line in f.read_text(encoding="utf-8").splitlines() if line]
        at5, kept = measure(part, vec, keep, ratio)
        print(f"{f.name}: recall@5 {at5:.3f}  kept-sentence recall {kept:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", type=Path)
    d.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("features", nargs="+", type=Path)
    f.add_argument("--keep", type=int, default=40, help="candidates kept (settings.candidate_k)")
    f.add_argument("--ratio", type=float, default=0.6, help="RetrievalTuning.diversify_ratio")
    f.add_argument("--only", default="", help="comma-separated weights to fit, the others held")
    args = parser.parse_args()
    if args.step == "dump":
        dump(args.gold, args.out)
    else:
        fit(args.features, args.keep, args.ratio, [w for w in args.only.split(",") if w])


if __name__ == "__main__":
    main()
