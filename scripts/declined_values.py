"""Where a declined question's answer is lost after the gates: what the answerability step
(``Answerer._rescue``) has to choose from. A fitted decision can only give a value the readers
offer; this counts how often they offer the right one.

    FACTBOT_DATA_DIR=DIR python scripts/declined_values.py BASELINE.json GOLD.jsonl

For each question the baseline eval declines (the check split, ids ``u24-``/``u25-``/``u26-``,
left out), the rescue's last call is replayed on its set-aside sentences (those over
``rescue_floor`` of the evidence floor): the value readers' candidates before the asked-type
filter, after it, grouped as the rescue weighs them, and, for a named kind, every name of that
kind in those sentences (spaCy's labels, ``bot.question.ENTITY_LABELS``). Each question gets the
first ``STAGES`` entry that holds (``stage``): an answerable one where the right value is found,
an unanswerable one whether any value is offered (what a looser decision would give). Prints one
line per question, then the tally per stage with the asked kinds in it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answer import Answerer  # noqa: E402
from bot.answer_types import fitting  # noqa: E402
from bot.api import FactChecker  # noqa: E402
from bot.conflicts import group  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import mentions  # noqa: E402
from bot.evidence import EvidenceSentence  # noqa: E402
from bot.nlp import parse_many  # noqa: E402
from bot.question import ENTITY_LABELS, Question  # noqa: E402
from bot.sentences import predicate_read  # noqa: E402
from scripts.check_split import in_check_split  # noqa: E402

STAGES = (
    "no sentence",
    "best value right",
    "lower value right",
    "right before type filter",
    "right name of asked kind",
    "no right value",
    "unanswerable: no value",
    "unanswerable: value offered",
)
"""Each question's place in the rescue, first that holds: a decision (a fitted model) can fix
only the answerable ones in the second and third."""


def stage(
    answers: Sequence[str],
    pooled: bool,
    grouped: Sequence[str],
    raw: Sequence[str],
    named: Sequence[str],
) -> str:
    """The ``STAGES`` entry of a question whose gold ``answers`` (empty: unanswerable) meet the
    rescue's set-aside sentences (``pooled``: any at all), its grouped values best first, the
    readers' values before the type filter and the names of the asked kind in those sentences."""
    if not pooled:
        return STAGES[0]
    if not answers:
        return STAGES[7] if grouped else STAGES[6]

    def right(values: Sequence[str]) -> bool:
        return any(mentions(a, v) for a in answers for v in values)

    if right(grouped[:1]):
        return STAGES[1]
    if right(grouped):
        return STAGES[2]
    if right(raw):
        return STAGES[3]
    return STAGES[4] if right(named) else STAGES[5]


def declined(baseline: Path) -> set[str]:
    """The question ids the baseline eval declines (the check split left out)."""
    items = json.loads(baseline.read_text(encoding="utf-8"))["items"]
    return {
        i["id"]
        for i in items
        if i["kind"] == "question" and i.get("abstained") and not in_check_split(i["id"])
    }


def replay(ans: Answerer, call: dict[str, Any]) -> tuple[bool, list[str], list[str], list[str]]:
    """What the rescue's call ``call`` reads: whether it has sentences, its grouped values, the
    readers' values before the type filter and the names of the asked kind."""
    q: Question = call["q"]
    hits: list[EvidenceSentence] = call["hits"]
    floor = ans.settings.min_evidence * ans.tune.rescue_floor
    pool = [h for h in hits if h.score >= floor][: ans.tune.rescue_sentences]
    if not pool:
        return False, [], [], []
    parse_many(predicate_read(pool, ans.tune), entities=False)
    raw = ans._candidates(q, pool)
    kept = ans._kept(q, call["numbered"], fitting(q, None, raw))
    labels = ENTITY_LABELS.get(q.kind, ())
    named = [e.text for h in pool for e in h.parsed.entities if e.label in labels]
    return True, [g.value for g in group(kept, ans.tune.bound_slack)], [c.value for c in raw], named


def main() -> None:
    baseline, gold = Path(sys.argv[1]), Path(sys.argv[2])
    todo = declined(baseline)
    fc = FactChecker()
    ans = fc._answerer
    ans.tune = replace(ans.tune, answerability_weights=())  # decline as the gates do
    calls: list[dict[str, Any]] = []
    rescue = Answerer._rescue

    def recording(self: Answerer, asked: str, q: Question, hits: list[EvidenceSentence], *rest: Any) -> Any:
        calls.append({"q": q, "hits": hits, "numbered": rest[2]})
        return rescue(self, asked, q, hits, *rest)

    Answerer._rescue = recording  # type: ignore[method-assign,assignment]
    tally: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {name: Counter() for name in STAGES}
    for item in load_gold(gold):
        if not isinstance(item, GoldQuestion) or item.id not in todo:
            continue
        calls.clear()
        fc.ask(item.question)
        answers = [item.answer, *item.answer_aliases] if item.answerable else []
        pooled, grouped, raw, named = replay(ans, calls[-1]) if calls else (False, [], [], [])
        kind = str(calls[-1]["q"].kind) if calls else ""
        where = stage(answers, pooled, grouped, raw, named)
        tally[where] += 1
        by_kind[where][kind] += 1
        print(
            json.dumps(
                {"id": item.id, "kind": kind, "stage": where, "gold": item.answer, "offered": grouped[:4]}
            )
        )
    for name in STAGES:
        kinds = ", ".join(f"{k or '-'} {n}" for k, n in sorted(by_kind[name].items()))
        print(f"{tally[name]:>4}  {name}  ({kinds})")


if __name__ == "__main__":
    main()
