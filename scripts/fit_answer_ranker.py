"""Fit an answer-group ranker (``bot.ranker``) on the union of the gold sets, and see where
wrong answers lose their right value.

Three steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_answer_ranker.py dump gold/x.jsonl --out x.jsonl
    .venv/bin/python scripts/fit_answer_ranker.py stages seeds.jsonl fakes.jsonl ...
    .venv/bin/python scripts/fit_answer_ranker.py fit seeds.jsonl fakes.jsonl ... [--stage final] [--out F]

``dump`` asks every answerable gold question with the real answerer and writes, at each stage
the answerer shows its ``observe`` hook (``bot.ranker.Observer``: "usable", "read", "floor",
"final"), every group's features (``bot.ranker.FEATURES``), whether the answer text it would give matches the gold
answer (the eval's own ``mentions``) and whether it cites a gold quote, plus whether the answer
given was right. ``stages`` counts, over the wrong answers, how often a right group (or a group
citing a gold quote) was there at each stage and whether it was first. ``fit`` fits an
L2-regularised logistic regression on the groups of answers whose groups disagree on being
right, prints each file's top-1 accuracy LEAVE-ONE-SET-OUT (fitted on the other files) against
the hand order, and with ``--out`` writes the weights fitted on all files (``Ranker.to_dict``).
The answerer does not use a fitted order: out of sample it never beat the hand order.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.eval.gold import GoldQuestion, load_gold
from bot.eval.scoring import matches_gold, mentions, overlaps, quote_spans, text_or_empty
from bot.linear import fit_logistic_l2
from bot.ranker import FEATURES, Ranker, group_features
from bot.types import Status

if TYPE_CHECKING:
    from bot.api import FactChecker
    from bot.conflicts import Group
    from bot.evidence import EvidenceSentence
    from bot.question import Question


def dump_items(fc: FactChecker, gold: Path) -> list[dict[str, Any]]:
    """One row per answerable gold question that reached the candidate groups: at each stage
    (``bot.ranker.Observer``) its groups' answer texts, features and whether each is right, and
    whether the answer given was right."""
    rows: list[dict[str, Any]] = []
    seen: dict[str, dict[str, Any]] = {}
    wanted: list[str] = []
    spans: list[tuple[str, int, int]] = []

    def observe(
        stage: str, q: Question, groups: list[Group], hits: list[EvidenceSentence], given: list[str]
    ) -> None:
        feats = group_features(q, groups, hits)
        seen[stage] = {
            "values": given,
            "right": [any(mentions(g, v) for g in wanted) for v in given],
            "on_gold": [
                any(overlaps((m.doc, m.start, m.end), span) for m in g.members for span in spans)
                for g in groups
            ],
            "features": [[round(float(x), 5) for x in row] for row in feats],
        }

    answerer = fc._answerer
    answerer.observe = observe
    for item in load_gold(gold):
        if not isinstance(item, GoldQuestion) or not item.answerable:
            continue
        seen.clear()
        wanted[:] = [item.answer, *item.answer_aliases]
        quotes = [(g.doc, g.quote) for g in item.supporting]
        quotes += [(v.doc, v.quote) for v in item.disagreement.variants] if item.disagreement else []
        spans[:] = [
            (doc, a, b)
            for doc, quote in quotes
            for a, b in quote_spans(text_or_empty(fc.store.article_text, doc), quote)
        ]
        answer = fc.ask(item.question)
        if seen:
            correct = answer.status is Status.ANSWERED and matches_gold(item, answer)
            rows.append({"id": item.id, "question": item.question, "correct": correct, **seen})
    answerer.observe = None
    return rows


def dump(gold: Path, out: Path) -> None:
    from bot.api import FactChecker
    from index.settings import Settings

    rows = dump_items(FactChecker(Settings.from_env()), gold)
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{gold}: {len(rows)} answers from groups -> {out}")


class Question_:
    """One dumped answer as arrays: its groups' features (rows in hand order) and labels."""

    def __init__(self, row: dict[str, Any], names: tuple[str, ...]) -> None:
        cols = [FEATURES.index(n) for n in names]
        full = np.array(row["features"], dtype=float).reshape(-1, len(FEATURES))
        self.x = full[:, cols]
        self.right = np.array(row["right"], dtype=bool)
        self.correct = bool(row.get("correct"))
        """Whether the answer given was right (a disagreement's variants count)."""

    @property
    def informative(self) -> bool:
        """Some groups right and some wrong: the order decides."""
        return bool(self.right.any() and not self.right.all())


def fit_logistic(items: list[Question_], names: tuple[str, ...], l2: float) -> Ranker:
    """L2-regularised logistic regression (Newton steps) on the groups of informative answers,
    features standardised over those groups."""
    used = [i for i in items if i.informative]
    if not used:
        zeros = np.zeros(len(names))
        return Ranker(names, zeros, zeros, np.ones(len(names)))
    x = np.vstack([i.x for i in used])
    y = np.concatenate([i.right for i in used]).astype(float)
    w, mean, scale, bias = fit_logistic_l2(x, y, l2)
    return Ranker(names, w, mean, scale, bias)


def top1(items: list[Question_], ranker: Ranker | None) -> int:
    """How many answers' first group is right: the hand order's (None) or the ranker's."""
    right = 0
    for i in items:
        if ranker is None:
            right += bool(i.right[0])
        else:
            score = np.asarray((i.x - ranker.mean) / ranker.scale @ ranker.weights, dtype=float)
            right += bool(i.right[int(np.argsort(-score, kind="stable")[0])])
    return right


def load(files: list[Path], names: tuple[str, ...], stage: str = "final") -> dict[str, list[Question_]]:
    """Each file's answers that reached ``stage``, as arrays."""
    out: dict[str, list[Question_]] = {}
    for f in files:
        rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line]
        out[f.stem] = [
            Question_({**r[stage], "correct": r.get("correct")}, names) for r in rows if stage in r
        ]
    return out


def fit(
    files: list[Path], l2: float, names: tuple[str, ...], out: Path | None, stage: str = "final"
) -> dict[str, tuple[int, ...]]:
    """Leave-one-set-out top-1 per file at ``stage``, printed and returned as (answers, movable,
    hand, learned)."""
    sets = load(files, names, stage)
    table: dict[str, tuple[int, ...]] = {}
    print(f"{'set':<14}{'answers':>8}{'movable':>8}{'hand':>6}{'learned':>8}")
    for name, items in sets.items():
        rest = [i for other, its in sets.items() if other != name for i in its]
        ranker = fit_logistic(rest, names, l2)
        movable = [i for i in items if i.informative and len(i.right) > 1]
        row = (len(items), len(movable), top1(movable, None), top1(movable, ranker))
        table[name] = row
        print(f"{name:<14}{row[0]:>8}{row[1]:>8}{row[2]:>6}{row[3]:>8}")
    total = [sum(r[k] for r in table.values()) for k in range(4)]
    print(f"{'total':<14}{total[0]:>8}{total[1]:>8}{total[2]:>6}{total[3]:>8}")
    ranker = fit_logistic([i for its in sets.values() for i in its], names, l2)
    for n, w in sorted(zip(names, ranker.weights, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {n:<20}{w:+.3f}")
    if out is not None:
        out.write_text(json.dumps(ranker.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    return table


STAGES = ("usable", "read", "floor", "final")


def stages(files: list[Path]) -> None:
    """Where the right value is lost: per file, of the answers given wrong, how many had a right
    group at each stage (``bot.ranker.Observer``), and how many of those had it first."""
    print("wrong answers: with a right group / it first | with a group citing a gold quote / it first")
    print(f"{'set':<14}{'answers':>8}{'wrong':>6}" + "".join(f"{s:>20}" for s in STAGES))
    for f in files:
        rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line]
        wrong = [r for r in rows if not r["correct"]]
        cells = []
        for stage in STAGES:
            counts = []
            for label in ("right", "on_gold"):
                has = [r for r in wrong if stage in r and any(r[stage].get(label, []))]
                counts += [len(has), sum(bool(r[stage][label][0]) for r in has)]
            cells.append(f"{counts[0]:>3}/{counts[1]:<3}| {counts[2]:>3}/{counts[3]:<3}")
        print(f"{f.stem:<14}{len(rows):>8}{len(wrong):>6}" + "".join(f"{c:>20}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", type=Path)
    d.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("features", nargs="+", type=Path)
    f.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the standardised weights")
    f.add_argument("--stage", default="final", help="where the groups were observed: read, floor, final")
    f.add_argument("--only", default="", help="comma-separated features to use (default: all)")
    f.add_argument(
        "--out", type=Path, default=None, help="write the all-sets fit here (index/answer_ranker.json)"
    )
    st = sub.add_parser("stages", help="where wrong answers lost a right group")
    st.add_argument("features", nargs="+", type=Path)
    args = parser.parse_args()
    if args.step == "dump":
        dump(args.gold, args.out)
    elif args.step == "stages":
        stages(args.features)
    else:
        names = tuple(n for n in args.only.split(",") if n) or FEATURES
        fit(args.features, args.l2, names, args.out, args.stage)


if __name__ == "__main__":
    main()
