"""Replay how the shown passages are chosen from the kept sentences, over the gold questions.

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_passages.py dump gold/x.jsonl --out x.jsonl
    .venv/bin/python scripts/fit_passages.py fit x.jsonl y.jsonl ...

``dump`` runs each gold question's search as answering does (``search_text``, ``retrieve``,
debris dropped) and writes its kept sentences in order (rank score, article, holding passage,
whether that passage holds a gold quote) and the nearest passages by meaning; the check split
(``--skip``) is left out. ``fit`` replays ``Retriever.context`` in ``diversify``'s order (one
passage per article first) and in rank order with a penalty per passage an article already
shows, and prints passage recall@5 (``retrieval_recall_at_5``) over all files' questions
together. Over the six dev sets' questions (check split out) rank order took recall@5 from
0.763 to 0.795, gaining on every set, and no penalty did better than noise: ``context`` follows the
rank.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bot.eval.gold import quoted_items
from bot.eval.scoring import overlaps, quote_spans, text_or_empty
from scripts.check_split import CHECK_SPLIT

PASSAGES = 5
"""Passages looked at, as ``retrieval_recall_at_5``."""


def dump(gold: Path, out: Path, skip: tuple[str, ...]) -> None:
    from bot.answer import search_text
    from bot.api import FactChecker
    from bot.attribute_answers import without_debris

    fc = FactChecker()
    retriever = fc.retriever
    lex = retriever.lexical()
    tune = fc.settings.tuning.answer
    rows = []
    for item, text, quotes, kind in quoted_items(gold):
        if kind != "question" or item.id.startswith(skip):
            continue
        query = search_text(retriever.corpus(), text, tune)
        spans = [
            [(q.doc, s, e) for s, e in quote_spans(text_or_empty(fc.store.article_text, q.doc), q.quote)]
            for q in quotes
        ]
        found = retriever.search(query)

        def gold_of(doc: str, start: int, end: int, spans: list[list[Any]] = spans) -> list[int]:
            return [i for i, s in enumerate(spans) if any(overlaps((doc, start, end), g) for g in s)]

        hits = []
        for hit in without_debris(found.sentences):
            c = hit.chunk
            holder = next((p for p in lex.passages_by_doc.get(c.doc, []) if p.seq <= c.seq <= p.last), None)
            hits.append(
                {
                    "doc": c.doc,
                    "rank": hit.features.get("rank", hit.score),
                    "score": hit.score,
                    "passage": holder.id if holder else None,
                    "text": holder.text if holder else "",
                    "gold": gold_of(c.doc, holder.start, holder.end) if holder else [],
                }
            )
        near = [
            {"passage": p.id, "text": p.text, "gold": gold_of(p.doc, p.start, p.end)}
            for p, _ in retriever.passages(query, fc.settings.top_k, vector=found.vector)
        ]
        rows.append({"id": item.id, "quotes": len(quotes), "hits": hits, "near": near})
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{gold}: {len(rows)} questions -> {out}")


def diversified(row: dict[str, Any]) -> set[int]:
    """The gold quotes the first five passages hold as ``context`` chose them before: the
    passages of the first five kept sentences in ``diversify``'s one-article-each order, then
    the nearest passages."""
    chosen: list[dict[str, Any]] = []
    for h in [h for h in row["hits"][:PASSAGES] if h["passage"]] + row["near"]:
        if len(chosen) < PASSAGES and all(c["passage"] != h["passage"] for c in chosen):
            chosen.append(h)
    return {q for c in chosen for q in c["gold"]}


def greedy(row: dict[str, Any], penalty: float) -> set[int]:
    """Passages picked best rank first, each further passage of an article already shown
    lowered by ``penalty`` per passage it has; the nearest passages fill what is left."""
    left = [h for h in row["hits"] if h["passage"]]
    chosen: list[dict[str, Any]] = []
    while left and len(chosen) < PASSAGES:
        per = {}
        for c in chosen:
            per[c["doc"]] = per.get(c["doc"], 0) + 1
        best = max(left, key=lambda h: h["rank"] - penalty * per.get(h["doc"], 0))
        left = [h for h in left if h["passage"] != best["passage"]]
        chosen.append(best)
    for h in row["near"]:
        if len(chosen) < PASSAGES and all(c["passage"] != h["passage"] for c in chosen):
            chosen.append(h)
    return {q for c in chosen for q in c["gold"]}


def fit(files: list[Path]) -> None:
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    quotes = sum(r["quotes"] for r in rows)
    found = sum(len(diversified(r)) for r in rows)
    print(f"diversify order: recall@5 {found / quotes:.3f} ({found}/{quotes}, {len(rows)} questions)")
    for penalty in (0.0, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 1.0):
        found = sum(len(greedy(r, penalty)) for r in rows)
        print(
            f"rank order, {penalty} off per passage of the same article: recall@5 {found / quotes:.3f} ({found}/{quotes})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", type=Path)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--skip", default=",".join(CHECK_SPLIT), help="id prefixes left out (the check split)")
    f = sub.add_parser("fit")
    f.add_argument("dumps", nargs="+", type=Path)
    args = parser.parse_args()
    if args.step == "dump":
        dump(args.gold, args.out, tuple(p for p in args.skip.split(",") if p))
    else:
        fit(args.dumps)


if __name__ == "__main__":
    main()
