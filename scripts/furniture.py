"""What the cleaner drops, and where each gold quote lands after cleaning and splitting (no index).

    .venv/bin/python scripts/furniture.py gold/x.jsonl CORPUS... [--dropped N]

For every quote of every gold item: "claim" when a claim sentence holds it, else why not: the
reason of the dropped line or cut it sits in ("photo caption", "title", ...), "heading" (a kept
line too short to be a claim), "short" (a sentence under ``claim_min_words``) or "question".
``--dropped N`` prints N examples of each drop reason over the whole corpus. Needs no index.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from bot.eval.gold import corpus_articles, quoted_items
from bot.eval.scoring import quote_spans
from index.clean import clean
from index.settings import Settings
from index.split import Split, split


def place(text: str, parts: Split, dropped: list[tuple[int, int, str]], lo: int, hi: int) -> str:
    """Where the span ``lo:hi`` of an article ended up after cleaning and splitting."""
    sentences = {c.sentence for c in parts.claims}
    for index, s in enumerate(parts.sentences):
        if s.start < hi and lo < s.end:
            if index in sentences:
                return "claim"
            if s.heading:
                return "heading"
            if text[s.start : s.end].rstrip().endswith("?"):
                return "question"
            return "short"
    reasons = [r for s, e, r in dropped if s < hi and lo < e]
    return reasons[0] if reasons else "not kept"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--dropped", type=int, default=0, help="examples of each drop reason")
    args = parser.parse_args()
    settings = Settings()
    texts = corpus_articles(args.corpus)
    cache: dict[str, tuple[Split, list[tuple[int, int, str]]]] = {}

    def parse(doc: str) -> tuple[Split, list[tuple[int, int, str]]]:
        if doc not in cache:
            cleaned = clean(texts[doc])
            cut = split(
                texts[doc],
                cleaned,
                settings.passage_sentences,
                settings.passage_overlap,
                settings.claim_min_words,
            )
            cache[doc] = (cut, cleaned.dropped)
        return cache[doc]

    where: Counter[str] = Counter()
    for item, _, quotes, _ in quoted_items(args.gold):
        for quote in quotes:
            if quote.doc not in texts:
                continue
            parts, dropped = parse(quote.doc)
            spans = quote_spans(texts[quote.doc], quote.quote)
            found = [place(texts[quote.doc], parts, dropped, s, e) for s, e in spans] or ["missing"]
            best = "claim" if "claim" in found else found[0]
            where[best] += 1
            if best != "claim":
                print(f"{item.id} [{best}] {quote.doc}: {quote.quote[:120]}")
    print(dict(where.most_common()))
    if args.dropped:
        examples: dict[str, list[str]] = defaultdict(list)
        counts: Counter[str] = Counter()
        for doc, text in texts.items():
            for s, e, reason in clean(text).dropped:
                counts[reason] += 1
                if len(examples[reason]) < args.dropped:
                    examples[reason].append(f"{doc}: {text[s:e][:160]!r}")
        for reason, n in counts.most_common():
            print(f"== {reason}: {n}")
            print("\n".join("   " + x for x in examples[reason]))


if __name__ == "__main__":
    main()
