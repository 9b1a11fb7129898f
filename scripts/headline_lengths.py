"""How long the headlines ``index.header.headline_cut`` finds are, with examples to judge by eye.

    .venv/bin/python scripts/headline_lengths.py CORPUS... [--examples N] [--longest W]

For every article of the corpora whose first kept line opens with a glued headline: the
headline's length in words, then N examples of each length as "headline ||| lead". It sets
``index.header.HEADLINE_WORDS``: run it with ``--longest 15`` and read where the cut starts to
fall inside the lead's own opening phrase ("... US president ||| Name has said"). On the BBC
rows 3-6 word headlines were right in the examples read, 7 words 57 of 61, 8 and more words
3 of 33 right.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import index.header
from bot.eval.gold import corpus_articles
from index.clean import clean
from index.header import headline_cut


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--examples", type=int, default=5)
    parser.add_argument("--longest", type=int, default=index.header.HEADLINE_WORDS[1])
    args = parser.parse_args()
    index.header.HEADLINE_WORDS = (index.header.HEADLINE_WORDS[0], args.longest)
    by_length: dict[int, list[str]] = defaultdict(list)
    articles = corpus_articles([Path(c) for c in args.corpus])
    for text in articles.values():
        cleaned = clean(text)
        cut = headline_cut(text, cleaned.spans, cleaned.header)
        if cut:
            start, end, lead = cut
            by_length[len(text[start:end].split())].append(f"{text[start:end]} ||| {text[lead : lead + 40]}")
    print(f"{sum(len(v) for v in by_length.values())} of {len(articles)} articles open with a glued headline")
    for length in sorted(by_length):
        print(f"\n{length} words: {len(by_length[length])}")
        for line in by_length[length][: args.examples]:
            print("  " + line)


if __name__ == "__main__":
    main()
