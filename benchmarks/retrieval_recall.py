"""Does the gold sentence reach the readers? Prints retrieval recall per gold file, asserts nothing.

    FACTBOT_DATA_DIR=DIR python benchmarks/retrieval_recall.py gold/x.jsonl [more.jsonl ...] [--out ranks.jsonl]

Wrong and declined answers often come from a gold sentence that never reached the readers. For
every gold question and claim with supporting quotes, this runs factbot's own retrieval as
answering does: a question is respelt and cased as ``Answerer.answer`` does and searched, and its
readers see the candidates less wiki furniture (``without_debris``) and, for a numbered name,
only articles writing it; a claim is searched as ``Checker._check`` does (its opening time and
reporting scene dropped) and its readers judge the first ``judged_sentences``. An item is found
when any supporting quote overlaps a candidate sentence (same article, overlapping span).

Per file it prints the share of items found among the readers' candidates (``seen``), recall
at 1/5/10/20 of that list, and where the misses sit: their rank in the deep list (the whole
re-scored pool, ``retrieve(k=all)``) bucketed, or "absent" when no list leg nor article
expansion brought the gold sentence in at all. ``--out`` writes each item's ranks.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import numbered_only, search_text  # noqa: E402
from bot.api import FactChecker  # noqa: E402
from bot.attribute_answers import without_debris  # noqa: E402
from bot.check import judged_list  # noqa: E402
from bot.claim_periods import without_opening_time  # noqa: E402
from bot.eval.gold import GoldClaim, GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import overlaps, quote_spans, text_or_empty  # noqa: E402
from bot.evidence import EvidenceSentence  # noqa: E402
from bot.names import numbered_names  # noqa: E402
from bot.predicates import without_reporting_scene  # noqa: E402
from bot.question import analyse  # noqa: E402
from index.settings import Settings  # noqa: E402

CUTS = (1, 5, 10, 20, 30)
DEEP = ((40, "<=40"), (60, "41-60"), (100, "61-100"), (200, "101-200"), (10**9, ">200"))
"""Buckets for a miss's rank in the deep list (a claim's readers see 20, so its misses may sit at 21-40)."""

Span = tuple[str, int, int]


@dataclass
class Ranked:
    """One item: its rank among the readers' candidates and in the deep list (None: not there)."""

    id: str
    kind: str
    seen: int | None
    deep: int | None
    readers: int


def question_text(fc: FactChecker, asked: str) -> str:
    """The question as ``Answerer.answer`` searches it (respelt, cased)."""
    return search_text(fc.retriever.corpus(), asked, fc.settings.tuning.answer)


def readers_question(fc: FactChecker, question: str) -> list[EvidenceSentence]:
    """The candidates answering reads (before its per-reader gates), as ``Answerer.answer`` narrows them."""
    found = fc.retriever.search(question)
    return numbered_only(
        numbered_names(analyse(question).text), without_debris(found.sentences), found.corpus
    )


def readers_claim(fc: FactChecker, claim: str) -> list[EvidenceSentence]:
    """The sentences a claim's check judges (a gold claim has no lead)."""
    hits = fc.retriever.search(claim).sentences
    check = fc.settings.tuning.check
    return judged_list(hits, check.judged_sentences, check.judged_head)


def first(hits: list[EvidenceSentence], spans: list[Span]) -> int | None:
    """1-based rank of the first hit overlapping a gold span."""
    for rank, hit in enumerate(hits, 1):
        where = (hit.chunk.doc, hit.chunk.start, hit.chunk.end)
        if any(overlaps(where, g) for g in spans):
            return rank
    return None


def rank_items(fc: FactChecker, gold: Path) -> list[Ranked]:
    out = []
    for item in load_gold(gold):
        if isinstance(item, GoldQuestion):
            kind, quotes = "question", item.supporting
            text = question_text(fc, item.question)
            readers = readers_question(fc, text)
        elif isinstance(item, GoldClaim):
            kind, quotes = "claim", item.evidence
            text = without_opening_time(without_reporting_scene(item.claim))
            readers = readers_claim(fc, text)
        else:
            continue
        if not quotes:
            continue
        spans = [
            (q.doc, s, e)
            for q in quotes
            for s, e in quote_spans(text_or_empty(fc.store.article_text, q.doc), q.quote)
        ]
        seen = first(readers, spans)
        deep = seen if seen is not None else first(fc.retriever.retrieve(text, 100_000), spans)
        out.append(Ranked(item.id, kind, seen, deep, len(readers)))
    return out


def report(name: str, items: list[Ranked]) -> str:
    n = len(items) or 1
    seen = sum(r.seen is not None for r in items)
    at = " ".join(f"@{c}={sum(r.seen is not None and r.seen <= c for r in items) / n:.3f}" for c in CUTS)
    misses = [r for r in items if r.seen is None]
    buckets: dict[str, int] = {}
    for r in misses:
        label = "absent" if r.deep is None else next(b for top, b in DEEP if r.deep <= top)
        buckets[label] = buckets.get(label, 0) + 1
    where = " ".join(f"{b}:{c}" for b, c in sorted(buckets.items()))
    return f"{name}: items={len(items)} seen@k={seen / n:.3f} {at} misses[{where}]"


def with_tuning(settings: Settings, changes: list[str]) -> Settings:
    """``settings`` with tuning values changed ("retrieval.candidate_pool=150", "check.judged_sentences=30")."""
    tuning = settings.tuning
    for change in changes:
        name, value = change.split("=", 1)
        group, field = name.split(".", 1)
        part = getattr(tuning, group)
        kind = type(getattr(part, field))
        tuning = replace(tuning, **{group: replace(part, **{field: kind(value)})})
    return replace(settings, tuning=tuning)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, help="write each item's ranks here (JSON lines)")
    parser.add_argument(
        "--set", action="append", default=[], metavar="GROUP.NAME=VALUE", help="try a tuning value"
    )
    args = parser.parse_args()
    fc = FactChecker(with_tuning(Settings.from_env(), args.set))
    rows = []
    for gold in args.gold:
        items = rank_items(fc, gold)
        print(report(gold.stem, items), flush=True)
        for kind in ("question", "claim"):
            part = [r for r in items if r.kind == kind]
            if part:
                print("  " + report(kind, part), flush=True)
        rows += [{"file": gold.stem, **vars(r)} for r in items]
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
