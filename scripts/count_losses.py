"""Where a declined count question loses its right figure in the count reader: which sentence
holds it and what ``bot.counts`` makes of it. ``scripts/declined_values.py`` says that no reader
offers the right value; this says why, per sentence, so a rule can be aimed at the commonest loss.

    FACTBOT_DATA_DIR=DIR python scripts/count_losses.py BASELINE.json GOLD.jsonl

For each count question the baseline eval declines (answerable only; the check split, ids
``u24-``/``u25-``/``u26-``, left out) the rescue's last call is replayed on its set-aside
sentences (as ``declined_values.py`` does). Each sentence whose text holds a gold figure is
printed with its quantities (unit, noun as written, whether ``counts_target`` takes the noun)
and the values ``counts`` keeps. Each question gets one loss:

- ``not read``: no set-aside sentence holds a gold figure (retrieval or the evidence floor);
- ``no quantity``: the figure is not parsed as a quantity;
- ``noun apart``: no quantity's noun is taken as the asked one (other words for the thing);
- ``gated``: the noun is taken but a later gate drops the count (verb, owner, kind words);
- ``kept``: ``counts`` keeps a right value (the loss is in grouping or the decision).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import Answerer  # noqa: E402
from bot.api import FactChecker  # noqa: E402
from bot.counts import counts, counts_target, written_noun  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import mentions  # noqa: E402
from bot.evidence import EvidenceSentence  # noqa: E402
from bot.nlp import parse_many  # noqa: E402
from bot.question import Question  # noqa: E402
from bot.sentences import predicate_read  # noqa: E402
from bot.values import parse_quantities  # noqa: E402
from scripts.declined_values import declined  # noqa: E402

LOSSES = ("not read", "no quantity", "noun apart", "gated", "kept")
"""Each question's loss, the furthest step its right figure reaches (see the module docstring)."""


def sentence_loss(
    ans: Answerer, q: Question, hit: EvidenceSentence, answers: list[str]
) -> tuple[int, dict[str, Any]]:
    """How far the right figure in one sentence gets (an index into ``LOSSES``) and what was read."""
    text = hit.chunk.text
    right = [x for x in parse_quantities(text) if any(mentions(a, text[x.start : x.end]) for a in answers)]
    read = [(text[x.start : x.end], x.unit, written_noun(text, x)) for x in right]
    taken = [x for x in right if counts_target(q, x.unit, hit, ans.tune, written_noun(text, x))]
    kept = [c.value for c in counts(q, [hit], ans.tune)]
    found = 1
    if right:
        found = 2
    if taken:
        found = 3
    if any(mentions(a, v) for a in answers for v in kept):
        found = 4
    return found, {"sentence": text[:200], "quantities": read, "kept": kept}


def main() -> None:
    baseline, gold = Path(sys.argv[1]), Path(sys.argv[2])
    todo = declined(baseline)
    fc = FactChecker()
    ans = fc._answerer
    ans.tune = replace(ans.tune, answerability_weights=())
    calls: list[tuple[Question, list[EvidenceSentence]]] = []
    rescue = Answerer._rescue

    def recording(self: Answerer, asked: str, q: Question, hits: list[EvidenceSentence], *rest: Any) -> Any:
        calls.append((q, hits))
        return rescue(self, asked, q, hits, *rest)

    Answerer._rescue = recording  # type: ignore[method-assign,assignment]
    tally: Counter[str] = Counter()
    for item in load_gold(gold):
        if not isinstance(item, GoldQuestion) or item.id not in todo or not item.answerable:
            continue
        calls.clear()
        fc.ask(item.question)
        if not calls or str(calls[-1][0].kind) != "count":
            continue
        q, hits = calls[-1]
        floor = ans.settings.min_evidence * ans.tune.rescue_floor
        pool = [h for h in hits if h.score >= floor][: ans.tune.rescue_sentences]
        parse_many(predicate_read(pool, ans.tune), entities=False)
        answers = [item.answer, *item.answer_aliases]
        holding = [h for h in pool if any(mentions(a, h.chunk.text) for a in answers)]
        read = [sentence_loss(ans, q, h, answers) for h in holding]
        loss = LOSSES[max((r[0] for r in read), default=0)]
        tally[loss] += 1
        print(json.dumps({"id": item.id, "loss": loss, "target": q.target, "read": [r[1] for r in read]}))
    for name in LOSSES:
        print(f"{tally[name]:>4}  {name}")


if __name__ == "__main__":
    main()
