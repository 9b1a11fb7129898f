"""Fit ``AnswerTuning.nameless_scan``: the most distinct mid-sentence capitalised words a text may
hold and still be parsed to see whether it names nothing (``bot/nameless.py``).

    .venv/bin/python scripts/fit_nameless_scan.py

Texts: every document of the RAMDocs development lines (1-100, 451-500; page fragments, some
naming nothing) and the news articles of the gold sets' corpora (seeds, FA-KES, BBC). For each
text it counts the distinct capitalised words after a lower-case word (``_MID_CAPITAL``) and,
for texts with at most ``PARSE_AT_MOST`` of them, parses whether it names nothing. For each
cut-off it prints the nameless texts above it (lost: never parsed) and the news articles at or
below it (parsed for nothing: cost), and picks the smallest cut-off losing no nameless text.
"""

from __future__ import annotations

from pathlib import Path

from bot.eval.gold import corpus_articles
from bot.eval.ramdocs import DEFAULT_LINES, load_ramdocs, parse_lines
from bot.nameless import _MID_CAPITAL, names_nothing

CORPORA = Path("../shared/corpora")
RAMDOCS = CORPORA / "ramdocs" / "RAMDocs_test.jsonl"
PARSE_AT_MOST = 40
GRID = range(0, PARSE_AT_MOST + 1, 2)


def news_texts() -> list[str]:
    """The articles of the seeds, FA-KES and BBC corpora, as factbot's loader reads them."""
    texts = corpus_articles(["seeds", CORPORA / "fa-kes", CORPORA / "bbc-news"]).values()
    return [t for t in texts if t.strip()]


def main() -> None:
    pages = [
        str(d.get("text", ""))
        for r in load_ramdocs(RAMDOCS, parse_lines(DEFAULT_LINES))
        for d in r["documents"]
    ]
    news = news_texts()
    counted = lambda t: len(set(_MID_CAPITAL.findall(t)))  # noqa: E731
    nameless = [counted(t) for t in pages if counted(t) <= PARSE_AT_MOST and names_nothing(t, PARSE_AT_MOST)]
    news_counts = [counted(t) for t in news]
    print(f"{len(pages)} RAMDocs documents, {len(nameless)} naming nothing; {len(news)} news articles")
    print("cut-off  nameless lost  news parsed")
    for cut in GRID:
        print(f"{cut:7d}  {sum(c > cut for c in nameless):13d}  {sum(c <= cut for c in news_counts):11d}")
    best = max(nameless, default=0)
    print(
        f"fitted: {best} (no nameless text lost; {sum(c <= best for c in news_counts)} news articles parsed)"
    )


if __name__ == "__main__":
    main()
