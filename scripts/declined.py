"""Which gate declined an answerable question? Prints, per declined item, each gate's verdict on
the sentences that hold a gold quote, and what the readers made of the usable ones; at the end,
how many declined items each gate accounts for (``group_of``).

    FACTBOT_DATA_DIR=DIR python scripts/declined.py BASELINE.json GOLD.jsonl [--id ID ...]

An item is listed when the baseline has it as a question, wrong, expected not "not in sources",
answered "The sources do not answer this.". For each reader candidate overlapping a gold quote:
its rank and score against the evidence floor, then the per-sentence gates ``Answerer.answer``
applies (key terms, states, event scope, dated-before); then the candidates the readers offer
from the gold sentences that pass (below the floor too) and the whole answer's text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import numbered_only, search_text  # noqa: E402
from bot.api import FactChecker  # noqa: E402
from bot.attribute_answers import without_debris  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import overlaps, quote_spans, text_or_empty  # noqa: E402
from bot.evidence import EvidenceSentence  # noqa: E402
from bot.names import numbered_names  # noqa: E402
from bot.nlp import parse_many  # noqa: E402
from bot.question import Question, analyse  # noqa: E402
from bot.scope import Scope, dated_before, fits, question_scope  # noqa: E402
from bot.sentences import predicate_read  # noqa: E402
from bot.types import NOT_IN_SOURCES  # noqa: E402
from scripts.check_split import in_check_split  # noqa: E402


def declined_ids(baseline: Path) -> list[str]:
    items = json.loads(baseline.read_text())["items"]
    return [
        i["id"]
        for i in items
        if i["kind"] == "question"
        and not i["correct"]
        and i["expected"] != "not in sources"
        and i["got"] == NOT_IN_SOURCES
        and not in_check_split(i["id"])
    ]


def readers_input(
    fc: FactChecker, item: GoldQuestion
) -> tuple[Question, Scope, list[EvidenceSentence], list[tuple[str, int, int]]]:
    """What the readers see for a gold question (its analysis, scope and retrieved sentences, as
    ``Answerer`` gets them) and the spans of its gold quotes."""
    text = search_text(fc.retriever.corpus(), item.question, fc._answerer.tune)
    q = analyse(text)
    found = fc.retriever.search(text)
    hits = numbered_only(numbered_names(q.text), without_debris(found.sentences), found.corpus)
    spans = [
        (g.doc, s, e)
        for g in item.supporting
        for s, e in quote_spans(text_or_empty(fc.store.article_text, g.doc), g.quote)
    ]
    return q, question_scope(q.text), hits, spans


def questions_read(
    fc: FactChecker, golds: list[Path]
) -> Iterator[
    tuple[GoldQuestion, tuple[Question, Scope, list[EvidenceSentence], list[tuple[str, int, int]]]]
]:
    """Each gold question of the files with what the readers see for it (``readers_input``)."""
    for path in golds:
        for item in load_gold(path):
            if isinstance(item, GoldQuestion):
                yield item, readers_input(fc, item)


def placed_before_states(
    fc: FactChecker, q: Question, scope: Scope, hits: list[EvidenceSentence]
) -> list[EvidenceSentence]:
    """The sentences that pass every gate before "states" (floor, key terms, event scope, dated),
    parsed for the predicate reader: what the fitting scripts of the later gates see."""
    ans = fc._answerer
    floor = fc.settings.min_evidence * ans.tune.floor_factor
    kept = [
        h
        for h in hits
        if h.score >= floor
        and ans._mentions_key_terms(q, h)
        and fits(scope, h, ans.tune)
        and (q.kind.value == "date" or not dated_before(scope, h, ans.tune))
    ]
    parse_many(predicate_read(kept, ans.tune), entities=False)
    return kept


GATE_ORDER = ("floor", "keys", "fits", "undated", "states")
"""The per-sentence gates in the order ``group_of`` reads a gold sentence's first failure."""
GROUP_NAMES = {
    "floor": "gold sentence under the gate floor",
    "keys": "key terms",
    "fits": "event scope",
    "undated": "event scope",
    "states": "state (predicate not stated)",
}


def group_of(failed: list[list[str]], candidates: list[float], floor: float) -> str:
    """The gate that rejects a declined item's gold sentences: none retrieved ("retrieval miss"),
    else the gate first failed by the gold sentence that gets furthest through ``GATE_ORDER``;
    where one passes every gate, the readers offer no candidate from it or only one under the
    evidence floor (``candidates`` holds their scores)."""
    if not failed:
        return "retrieval miss"
    if any(not f for f in failed):
        if not candidates:
            return "reader finds no candidate"
        return "candidate under the floor" if max(candidates) < floor else "answer stage"
    furthest = max(min(GATE_ORDER.index(g) for g in f) for f in failed)
    return GROUP_NAMES[GATE_ORDER[furthest]]


def diagnose(fc: FactChecker, item: GoldQuestion) -> str:
    """Prints why ``item`` is declined and returns its group (``group_of``)."""
    ans = fc._answerer
    tune, floor = ans.tune, fc.settings.min_evidence
    q, scope, hits, spans = readers_input(fc, item)
    print(f"== {item.id} | {item.question} | {item.answer}")
    print(f"   kind={q.kind.value} target={q.target!r} key={q.key_terms} mods={q.modifiers}")
    gold_hits, failed = [], []
    for rank, h in enumerate(hits, 1):
        where = (h.chunk.doc, h.chunk.start, h.chunk.end)
        if not any(overlaps(where, g) for g in spans):
            continue
        gold_hits.append(h)
        gates = {
            "floor": h.score >= floor * tune.floor_factor,
            "keys": ans._mentions_key_terms(q, h),
            "states": ans._states(q, h),
            "fits": fits(scope, h, tune),
            "undated": q.kind.value == "date" or not dated_before(scope, h, tune),
        }
        failed.append([k for k, v in gates.items() if not v])
        bad = failed[-1] or ["-"]
        print(f"   #{rank} {h.score:.3f} fail={','.join(bad)} | {h.chunk.text[:150]}")
    if not gold_hits:
        print("   no gold sentence among the readers")
    passing = [h for h in gold_hits if h.score >= floor * tune.floor_factor]
    cands = ans._candidates(q, passing) if passing else []
    for c in cands[:6]:
        print(f"   cand {c.value!r} score={c.score:.3f} (floor {floor:.3f})")
    print(f"   answer: {fc.ask(item.question).text[:120]}")
    passed = [h for h, f in zip(gold_hits, failed, strict=True) if not f]
    group = group_of(failed, [c.score for c in ans._candidates(q, passed)] if passed else [], floor)
    print(f"   group: {group}")
    return group


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("baseline", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--id", action="append", default=[])
    args = parser.parse_args()
    wanted = set(args.id) or set(declined_ids(args.baseline))
    fc = FactChecker()
    groups = Counter(
        diagnose(fc, item)
        for item in load_gold(args.gold)
        if isinstance(item, GoldQuestion) and item.id in wanted
    )
    print("\n== declined items by the gate that rejects the gold sentence")
    for group, n in groups.most_common():
        print(f"{n:4d}  {group}")


if __name__ == "__main__":
    main()
