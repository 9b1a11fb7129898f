"""How close in meaning is each gold question about a photo to the caption it asks about?

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_captions.py gold/x.jsonl ...

For every gold question ``bot.captions.asks_of_photo`` reads as one, prints the cosine of the
question with the closest caption of the best-retrieved ``caption_articles`` articles, that
caption's credit, and the answer the code gives against gold's. ``caption_similarity`` sits
below the cosines of the questions whose caption answers them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.api import FactChecker  # noqa: E402
from bot.captions import asks_of_photo, captions, credit  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import matches_gold  # noqa: E402


def main() -> None:
    fc = FactChecker()
    corpus = fc.retriever.corpus()
    tune = fc.settings.tuning.answer
    for path in sys.argv[1:]:
        for item in load_gold(Path(path)):
            if not isinstance(item, GoldQuestion) or not asks_of_photo(item.question):
                continue
            found = fc.retriever.search(item.question)
            docs = list(dict.fromkeys(h.doc for h in found.sentences))[: tune.caption_articles]
            shown = [c for d in docs for c in captions(d, corpus.page_text(d))]
            closeness = corpus.embed_many([c.text for c in shown]) @ found.vector if shown else np.zeros(0)
            best = int(np.argmax(closeness)) if shown else -1
            got = fc.ask(item.question)
            print(
                f"{item.id}: cosine {closeness[best] if shown else 0.0:.3f}, credit "
                f"{credit(shown[best].text) if shown else '-'!r}, right {matches_gold(item, got)} | {got.answer[:60]}"
            )


if __name__ == "__main__":
    main()
