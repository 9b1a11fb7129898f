"""How many claim sentences carry kept furniture at an edge (a glued headline, a tag run), per corpus.

    .venv/bin/python scripts/story_heads.py CORPUS... [--show N]

Cleaning keeps a headline run into its lead and a tag run glued to a sentence in the stored
text (retrieval reads their words) and records them (``index.clean.Cleaned.heads``); each claim
then quotes only its story span (``index.split.story_span``). For each corpus this prints the
articles and claims with a recorded story span, by kind of furniture, and N samples shown as
``[furniture] story``, so where each head ends can be checked by eye. Needs no index.
"""

from __future__ import annotations

import argparse
from collections import Counter

from bot.eval.gold import corpus_articles
from index.clean import clean
from index.settings import Settings
from index.split import split


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--show", type=int, default=5, help="samples per corpus and kind")
    args = parser.parse_args()
    settings = Settings()
    for corpus in args.corpus:
        texts = corpus_articles(corpus)
        counts: Counter[str] = Counter()
        shown: Counter[str] = Counter()
        for doc, text in texts.items():
            cleaned = clean(text)
            parts = split(
                text, cleaned, settings.passage_sentences, settings.passage_overlap, settings.claim_min_words
            )
            kinds = {why for _, _, why in cleaned.heads}
            counts.update(f"articles with a {k}" for k in kinds)
            for claim in parts.claims:
                if claim.story is None:
                    continue
                lo, hi = claim.story
                why = next((w for s, e, w in cleaned.heads if s < claim.end and claim.start < e), "?")
                counts[f"claims narrowed by a {why}"] += 1
                if shown[why] < args.show:
                    shown[why] += 1
                    before, after = text[claim.start : lo], text[hi : claim.end]
                    print(f"  {why} {doc}: [{before.strip()}] {text[lo:hi][:140]} [{after.strip()}]")
        print(f"{corpus}: {len(texts)} articles; {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
