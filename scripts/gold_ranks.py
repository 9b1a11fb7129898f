"""Where each gold quote's sentence ranks for its question or claim, and why it may be missed.

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/gold_ranks.py gold/x.jsonl [--eval x.json] [--out x.jsonl]

For every gold question and claim with quotes: the quote's sentence's rank (1-based) among the
dense search's sentences, BM25's, the whole re-scored order (``Retriever.retrieve`` with no
limit), whether it is among the ``candidate_k`` sentences answering reads and in the top 5
passages ``factbot eval`` scores; the share of the item's content words the quote holds; and
"furniture" when the quote is in the stored article but in no claim sentence (a caption, a
photo credit, a comment policy: the cleaner left it out, so no search can find it). With
``--eval`` (a ``factbot eval --json`` file) only items it scored wrong are printed. Each printed
line is one item none of whose quotes reached the top 5 passages, with its best-ranked quote.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bot.eval.gold import quoted_items
from bot.eval.scoring import overlaps, quote_spans, text_or_empty
from bot.text import TokenPool, tokens

DEPTH = 1000
"""How deep the dense and BM25 lists are read for a quote's rank (their own candidates are 100)."""
PASSAGES = 5
"""Passages looked at, as ``retrieval_recall_at_5``."""


def first_rank(found: list[bool]) -> int | None:
    """The 1-based rank of the first hit in a ranked list's flags, None when there is none."""
    return next((i + 1 for i, hit in enumerate(found) if hit), None)


def word_share(item_text: str, quote: str) -> float:
    """The share of the item's content words (``bot.text.tokens``) the quote holds, forms allowed."""
    asked = list(dict.fromkeys(tokens(item_text)))
    pool = TokenPool(tokens(quote))
    return sum(pool.has(t) for t in asked) / len(asked) if asked else 0.0


def ranks(gold: Path) -> list[dict[str, Any]]:
    """One row per gold item with quotes: each quote's ranks (see the module docstring)."""
    from bot.answer import search_text
    from bot.api import FactChecker

    fc = FactChecker()
    retriever = fc.retriever
    lex, corpus = retriever.lexical(), retriever.corpus()
    tune = fc.settings.tuning.answer
    rows = []
    for item, text, quotes, kind in quoted_items(gold):
        if kind == "question":
            text = search_text(corpus, text, tune)
        vector = fc.embedder.encode_one(text)
        dense = [c for c, _ in fc.store.search("claims", vector, DEPTH)]
        lexical = [lex.chunks[i] for i, _ in lex.bm25.best(lex.bm25.every(tokens(text)), DEPTH)]
        fused = [h.chunk for h in retriever.retrieve(text, len(lex.chunks), vector=vector)]
        kept = retriever.retrieve(text, None, vector=vector)
        shown = [(p.doc, p.start, p.end) for p in retriever.context(kept, text, PASSAGES, vector=vector)]
        found = []
        for quote in quotes:
            article = text_or_empty(fc.store.article_text, quote.doc)
            spans = [(quote.doc, s, e) for s, e in quote_spans(article, quote.quote)]

            def on(chunks: list[Any], spans: list[tuple[str, int, int]] = spans) -> list[bool]:
                return [any(overlaps((c.doc, c.start, c.end), g) for g in spans) for c in chunks]

            claims = lex.by_doc.get(quote.doc, [])
            found.append(
                {
                    "doc": quote.doc,
                    "dense": first_rank(on(dense)),
                    "bm25": first_rank(on(lexical)),
                    "fused": first_rank(on(fused)),
                    "kept": any(on([h.chunk for h in kept])),
                    "top5": any(overlaps(p, g) for p in shown for g in spans),
                    "words": round(word_share(text, quote.quote), 2),
                    "furniture": bool(spans) and not any(on(claims)),
                }
            )
        rows.append({"id": item.id, "kind": kind, "text": text, "quotes": found})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--eval", type=Path, help="a factbot eval --json file: only its wrong items")
    parser.add_argument("--out", type=Path, help="write every row as JSON lines")
    args = parser.parse_args()
    rows = ranks(args.gold)
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    wrong = None
    if args.eval:
        wrong = {i["id"] for i in json.loads(args.eval.read_text())["items"] if not i.get("correct")}
    for row in rows:
        if (wrong is not None and row["id"] not in wrong) or any(q["top5"] for q in row["quotes"]):
            continue
        best = min(row["quotes"], key=lambda q: (q["fused"] is None, q["fused"] or 0))
        where = (
            "furniture"
            if best["furniture"]
            else f"fused {best['fused']} dense {best['dense']} bm25 {best['bm25']}"
        )
        print(
            f"{row['id']} ({row['kind']}): {where}, kept {best['kept']}, words {best['words']} | {row['text']}"
        )


if __name__ == "__main__":
    main()
