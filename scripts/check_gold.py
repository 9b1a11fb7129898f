"""Validate a gold set against a corpus read the way the indexer reads it.

``bot.gold.validate_gold`` reads one file per article; a CSV or JSONL corpus holds many
articles per file (ids ``train.csv#12``), so this writes each loaded article's stored text
to a temporary folder under its id and validates against that. It also checks that ids are
unique across every gold set in ``gold/`` and prints the counts per kind and verdict.

    python scripts/check_gold.py gold/bbc.jsonl ../shared/corpora/bbc-news
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bot.gold import GoldClaim, GoldQuestion, load_gold, validate_gold
from index.errors import InputFileError
from index.load import discover, load_file

MAX_BYTES = 50_000_000  # corpus files here are a few MB; the cap only guards against mistakes


def stored_articles(corpus: list[str]) -> dict[str, str]:
    """Article id -> text exactly as ``index.load`` stores it."""
    files, errors = discover(list(corpus))
    texts: dict[str, str] = {}
    for path in files:
        if path.name == "metadata.csv":
            continue
        try:
            articles = load_file(path, MAX_BYTES)
        except InputFileError as exc:  # e.g. a corpus's own metadata.json: not articles
            print(f"skipped: {exc}", file=sys.stderr)
            continue
        for article in articles:
            texts[article.id] = article.text
    for error in errors:
        print(f"warning: {error}", file=sys.stderr)
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("corpus", nargs="+", help="files or folders holding the articles")
    args = parser.parse_args()
    items = load_gold(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        for doc_id, text in stored_articles(args.corpus).items():
            (Path(tmp) / doc_id).write_text(text, encoding="utf-8")
        problems = validate_gold(items, tmp)
    others = [p for p in Path(args.gold).parent.glob("*.jsonl") if p.resolve() != Path(args.gold).resolve()]
    own = {item.id for item in items}
    for other in others:
        problems += [f"id {i.id!r} also in {other.name}" for i in load_gold(other) if i.id in own]
    for problem in problems:
        print(problem)
    questions = [i for i in items if isinstance(i, GoldQuestion)]
    claims = [i for i in items if isinstance(i, GoldClaim)]
    docs = {q.doc for i in questions for q in i.supporting} | {q.doc for i in claims for q in i.evidence}
    print(
        f"{len(items)} items: {len(questions)} questions "
        f"({sum(not i.answerable for i in questions)} not in sources, "
        f"{sum(i.disagreement is not None for i in questions)} disagreements, "
        f"{sum(i.single_source for i in questions)} single-source), "
        f"{len(claims)} claims {dict(Counter(i.verdict for i in claims))}, {len(docs)} articles cited; "
        f"{len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
