"""Fit ``AnswerTuning.event_articles`` and ``event_opening`` on the union of gold sets: how many
of the question's best-covering articles, and how many of their opening sentences, must be read
to reach the articles and quotes of its disagreement's variants.

A count's rival is often stated by another outlet in a sentence that words the deed too briefly
for the question's search, while that outlet's article names the question's names somewhere.
For every gold count question with a disagreement, this ranks the articles by how well they
cover the question's words (``Retriever.best_articles``) and prints, per cut-off, the share of
the variants' articles reached; the fitted figure is the smallest cut-off reaching ``--keep`` of
those reached at ``--most``. It then prints where in its article each variant's quote stands
(its claim sentence's place, first = 1) and the smallest opening holding ``--keep`` of them.
Last, ``event_similarity``: the cosine between two variants' sentences from different articles
(one event told by two outlets) against that between a variant's sentence and the other
count-bearing sentences of another variant article's opening (background, other events there):
the fitted figure keeps ``--keep`` of the first.

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_event_articles.py gold/fakes.jsonl gold/fakes-more.jsonl

The index in DIR must hold the gold sets' articles.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from bot.api import FactChecker
from bot.question import Kind, analyse
from bot.values import parse_quantities
from index.settings import Settings

CUTS = (4, 6, 8, 10, 12, 16, 20, 30, 40)


def count_variants(gold_files: list[Path]) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(item, its disagreement's variants) for every gold count question with a disagreement."""
    for path in gold_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            variants = (item.get("disagreement") or {}).get("variants") or []
            if item.get("question") and variants and analyse(item["question"]).kind is Kind.COUNT:
                yield item, variants


def ranks(
    gold_files: list[Path], checker: FactChecker, most: int
) -> list[tuple[str, int | None, int | None]]:
    """(item id, rank of a variant's article among the question's best articles, place of its
    quote's sentence in the article; None where not found) per variant."""
    retriever = checker.retriever
    corpus = retriever.corpus()
    out = []
    for item, variants in count_variants(gold_files):
        best = retriever.best_articles(item["question"], most)
        for v in variants:
            said = [h.text for h in corpus.sentences_of(v["doc"])]
            place = next((i for i, t in enumerate(said) if v["quote"][:30] in t), None)
            out.append((item["id"], best.index(v["doc"]) if v["doc"] in best else None, place))
    return out


def similarities(
    gold_files: list[Path], checker: FactChecker, opening: int
) -> tuple[list[float], list[float]]:
    """Cosines between variant sentences of two articles (same event) and between a variant
    sentence and another article's non-variant count sentences within ``opening``."""
    corpus = checker.retriever.corpus()
    same: list[float] = []
    other: list[float] = []
    for _item, variants in count_variants(gold_files):
        quoted: dict[str, str] = {}  # chunk id -> doc, of variant sentences
        openings: dict[str, list[str]] = {}
        for v in variants:
            said = corpus.sentences_of(v["doc"])
            openings[v["doc"]] = [h.chunk.id for h in said[:opening] if parse_quantities(h.text)]
            hit = next((h for h in said if v["quote"][:30] in h.text), None)
            if hit is not None:
                quoted[hit.chunk.id] = v["doc"]
        vectors = corpus.sentence_vectors([*quoted, *(i for ids in openings.values() for i in ids)])
        for a, doc_a in quoted.items():
            for doc_b, ids in openings.items():
                if doc_b == doc_a or a not in vectors:
                    continue
                for b in ids:
                    if b in vectors:
                        cos = float(np.dot(vectors[a], vectors[b]))
                        (same if b in quoted else other).append(cos)
    return same, other


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--most", type=int, default=max(CUTS))
    parser.add_argument("--keep", type=float, default=0.9, help="share of the reachable variants to reach")
    args = parser.parse_args()
    found = ranks(args.gold, FactChecker(Settings.from_env()), args.most)
    reached = [r for _, r, _ in found if r is not None]
    print(f"{len(found)} variants of count questions; {len(reached)} among the best {args.most} articles")
    fitted = None
    for cut in CUTS:
        inside = sum(1 for r in reached if r < cut)
        print(f"  best {cut:2d}: {inside} reached, {len(found) - inside} not")
        if fitted is None and reached and inside >= args.keep * len(reached):
            fitted = cut
    print("fitted event_articles:", fitted)
    places = sorted(p for _, _, p in found if p is not None)
    opening = next((p + 1 for i, p in enumerate(places) if i + 1 >= args.keep * len(places)), None)
    for cut in (1, 2, 3, 4, 6, 10):
        inside = sum(1 for p in places if p < cut)
        print(f"  opening {cut:2d}: {inside} quotes inside, {len(places) - inside} further down")
    print("fitted event_opening:", opening)
    same, other = similarities(args.gold, FactChecker(Settings.from_env()), opening or 10)
    same.sort()
    cut = same[int((1 - args.keep) * len(same))] if same else None
    print(f"{len(same)} same-event variant pairs, {len(other)} variant/other-sentence pairs")
    for c in (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
        print(
            f"  cosine {c:.2f}: {sum(x >= c for x in same)} same kept, {sum(x >= c for x in other)} other kept"
        )
    print("fitted event_similarity:", None if cut is None else round(cut, 2))


if __name__ == "__main__":
    main()
