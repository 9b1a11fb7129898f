"""Validate a gold set against a corpus read the way the indexer reads it.

``bot.eval.gold.validate_gold`` reads the corpus through ``index.load`` (so CSV and JSONL
rows keep ids like ``train.csv#12``); this also checks that ids are unique across every
gold set in ``gold/`` and prints the counts per kind and verdict.

    python scripts/check_gold.py gold/bbc.jsonl ../shared/corpora/bbc-news
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from bot.eval.gold import GoldClaim, GoldQuestion, GoldText, load_gold, validate_gold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("corpus", nargs="+", help="files or folders holding the articles")
    args = parser.parse_args()
    items = load_gold(args.gold)
    problems = validate_gold(items, args.corpus)
    others = [p for p in Path(args.gold).parent.glob("*.jsonl") if p.resolve() != Path(args.gold).resolve()]
    own = {item.id for item in items}
    for other in others:
        problems += [f"id {i.id!r} also in {other.name}" for i in load_gold(other) if i.id in own]
    for problem in problems:
        print(problem)
    questions = [i for i in items if isinstance(i, GoldQuestion)]
    claims = [i for i in items if isinstance(i, GoldClaim)]
    texts = [i for i in items if isinstance(i, GoldText)]
    text_verdicts = Counter(c.get("verdict") for t in texts for c in t.claims)
    docs = {q.doc for i in questions for q in i.supporting} | {q.doc for i in claims for q in i.evidence}
    print(
        f"{len(items)} items: {len(questions)} questions "
        f"({sum(not i.answerable for i in questions)} not in sources, "
        f"{sum(i.disagreement is not None for i in questions)} disagreements, "
        f"{sum(i.single_source for i in questions)} single-source), "
        f"{len(claims)} claims {dict(Counter(i.verdict for i in claims))}, "
        f"{len(texts)} texts with {sum(text_verdicts.values())} gold claims {dict(text_verdicts)}, "
        f"{len(docs)} articles cited; "
        f"{len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
