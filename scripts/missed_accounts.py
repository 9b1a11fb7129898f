"""Why a count question's second account is not flagged: replays ``Answerer.answer`` on the
dev items whose gold has a disagreement factbot missed (check split left out) and prints, per
item, the lead figure, each other-article figure of the retrieved sentences that reach
``rival_accounts`` and the gate that drops it (same article, another day, not a rival figure
at the sentences' closeness, its sentence gives the lead figure too). A count item that prints
no account under its lead lost the second figure before the gate: the counted-noun reader
(``bot.counts.counts``), the placement gates or the score ratio of ``_second_accounts``, or
retrieval.

    FACTBOT_DATA_DIR=DIR python scripts/missed_accounts.py BASELINE.json GOLD.jsonl [--id ID ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.answer as answer_mod  # noqa: E402
from bot import accounts  # noqa: E402
from bot.api import FactChecker  # noqa: E402
from bot.dates import within_days  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.values import rival_figure  # noqa: E402
from index.tuning import AnswerTuning  # noqa: E402
from scripts.check_split import in_check_split  # noqa: E402


def missed_ids(baseline: Path) -> list[str]:
    """Dev question ids whose gold has a disagreement the baseline did not flag."""
    items = json.loads(baseline.read_text())["items"]
    return [
        i["id"]
        for i in items
        if i["kind"] == "question"
        and not in_check_split(i["id"])
        and i.get("gold_disagreement")
        and not i.get("flagged_disagreement")
    ]


def gate_of(source: accounts.Account, other: accounts.Account, tune: AnswerTuning) -> str:
    """The first ``rival_accounts`` gate that drops ``other`` ("kept" when none does)."""
    if other.doc == source.doc:
        return "same article"
    if not within_days(source.hit.chunk.date, other.hit.chunk.date, tune.rival_days):
        return f"another day ({source.hit.chunk.date} / {other.hit.chunk.date})"
    close = accounts._closeness(source.hit, other.hit)
    ours, theirs = accounts.loosened(source.figure, source.hit), accounts.loosened(other.figure, other.hit)
    if not rival_figure(ours, theirs, close, tune.retold_similarity, tune.bound_slack):
        return f"not a rival figure (closeness {close:.2f})"
    if other.gives(ours, tune.bound_slack):
        return "its sentence gives the lead figure too"
    return "kept"


Rivals = Callable[..., list[accounts.Account]]


def traced(fn: Rivals) -> Rivals:
    """``rival_accounts`` printing each account's gate."""

    def wrapper(
        source: accounts.Account,
        others: Sequence[accounts.Account],
        tune: AnswerTuning,
        retold: Collection[str] = (),
    ) -> list[accounts.Account]:
        print(
            f"   lead {source.figure.text!r} [{source.doc} {source.hit.chunk.date}]: {source.hit.text[:110]}"
        )
        for o in others:
            print(
                f"     - {o.figure.text!r} [{o.doc} {o.hit.chunk.date}] {gate_of(source, o, tune)}: {o.hit.text[:90]}"
            )
        return fn(source, others, tune, retold)

    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("baseline", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--id", nargs="*", default=None)
    args = ap.parse_args()
    ids = args.id or missed_ids(args.baseline)
    answer_mod.rival_accounts = traced(answer_mod.rival_accounts)  # type: ignore[assignment]
    gold = {g.id: g for g in load_gold(args.gold) if isinstance(g, GoldQuestion)}
    fc = FactChecker()
    for i in ids:
        if i in gold and not in_check_split(i):
            print(f"== {i}: {gold[i].question}  (gold {gold[i].answer})")
            print(f"   answer: {fc.ask(gold[i].question).text[:120]}")


if __name__ == "__main__":
    main()
