"""Why a name or date question's second account is not flagged: replays ``Answerer.answer`` on the
dev items whose gold has a disagreement factbot missed (check split left out; counts are
``scripts/missed_accounts.py``'s) and prints, for each gold variant's article, the stage it last
reached: retrieved, passed the placement gates and the predicate test (``states``: the results of
``Answerer._states`` on its sentences), gave the readers a value, kept by ``latest`` and
``on_event``, a rival out of ``disagreeing`` and out of ``_aligned_rivals``. The first "-"
after a "Y" is the gate that lost it.

    FACTBOT_DATA_DIR=DIR python scripts/missed_rivals.py BASELINE.json GOLD.jsonl [--id ID ...]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.answer as answer_mod  # noqa: E402
from bot.api import FactChecker  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.question import Kind, analyse  # noqa: E402
from index.settings import Settings  # noqa: E402
from scripts.missed_accounts import missed_ids  # noqa: E402

Trace = dict[str, set[str]]


def docs_of(values: Any) -> set[str]:
    """The articles of a list of candidates or value groups (a ``(list, note)`` pair too)."""
    items = values[0] if isinstance(values, tuple) else values
    out: set[str] = set()
    for v in items:
        out |= {m.doc for m in v.members} if hasattr(v, "members") else {v.doc}
    return out


def recorded(trace: Trace, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` adding the articles of what it returns to ``trace[stage]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        out = fn(*args, **kwargs)
        trace.setdefault(stage, set()).update(docs_of(out))
        return out

    return wrapper


def instrument(checker: FactChecker, trace: Trace, states: dict[str, set[bool]]) -> None:
    """Record each stage's articles in ``trace`` and every ``_states`` result in ``states``."""
    for name in ("latest", "on_event", "disagreeing"):
        setattr(answer_mod, name, recorded(trace, name, getattr(answer_mod, name)))
    cls = answer_mod.Answerer
    read, aligned, told = cls._candidates, cls._aligned_rivals, cls._states

    def candidates(self: Any, q: Any, hits: Any) -> Any:
        return recorded(trace, "read", read)(self, q, hits)

    def aligned_rivals(self: Any, groups: Any, hits: Any) -> Any:
        return recorded(trace, "aligned", aligned)(self, groups, hits)

    def states_of(self: Any, q: Any, hit: Any) -> bool:
        out = told(self, q, hit)
        states.setdefault(hit.doc, set()).add(out)
        return out

    cls._candidates = candidates  # type: ignore[method-assign]
    cls._aligned_rivals, cls._states = aligned_rivals, states_of  # type: ignore[method-assign]
    retriever = checker._answerer.retriever
    search = retriever.search

    def searched(question: str) -> Any:
        found = search(question)
        trace.setdefault("retrieved", set()).update(h.doc for h in found.sentences)
        return found

    retriever.search = searched  # type: ignore[method-assign,assignment]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("baseline", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--id", nargs="*", default=None)
    args = ap.parse_args()
    gold = {g.id: g for g in load_gold(args.gold) if isinstance(g, GoldQuestion)}
    checker = FactChecker(Settings.from_env())
    trace: Trace = {}
    states: dict[str, set[bool]] = {}
    instrument(checker, trace, states)
    stages = ("retrieved", "read", "latest", "on_event", "disagreeing", "aligned")
    for item_id in args.id or missed_ids(args.baseline):
        item = gold[item_id]
        if item.disagreement is None or analyse(item.question).kind in (Kind.COUNT, Kind.OPEN):
            continue
        trace.clear()
        states.clear()
        answer = checker.ask(item.question)
        print(f"== {item_id}: {item.question}  (gold {item.answer})")
        print(f"   answer: {answer.answer[:100]}  flagged={bool(answer.disagreements)}")
        for v in item.disagreement.variants:
            marks = " ".join(f"{s}:{'Y' if v.doc in trace.get(s, ()) else '-'}" for s in stages)
            print(f"     {v.value[:28]!r:32} {v.doc:30} states={sorted(states.get(v.doc, ()))} {marks}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
