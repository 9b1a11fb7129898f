"""Fit the answerability model (``bot.answerability``) that decides whether a declined question's
set-aside value is given, leave-one-corpus-out over the union of the dev gold sets.

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_answerability.py dump gold/x.jsonl \
        --corpus seeds --out x.jsonl [--declined BASE_EVAL.json]
    .venv/bin/python scripts/fit_answerability.py fit x.jsonl y.jsonl ... [--l2 1.0] [--write]

``dump`` asks each gold question (with ``--declined``, only those a base eval's ``--json`` shows
declined: the rescue runs on no other) with no fitted model, so the answerer declines as the gated
pipeline does, and writes, for every question still declined whose set-aside sentences offered a
value, the rescue's feature row, the answer text it would give and its label: right when the
question is answerable and that text matches the gold answer (the eval's own ``mentions``),
wrong when the question is unanswerable or the text does not match. ``fit`` groups the files by
``--corpus`` (seeds, fakes, bbc), fits an L2 logistic regression on two corpora and scores the
third, and prints the held-out curve per threshold: rescued answers right, answerable questions
given a wrong value, unanswerable questions answered; then the in-sample curve. With ``--write``
it prints the ``AnswerTuning`` lines of the fit on all corpora for ``index/tuning.py``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.answerability import FEATURES
from bot.eval.gold import GoldQuestion, load_gold
from bot.eval.scoring import mentions
from bot.linear import fit_logistic_l2
from bot.types import Status
from scripts.check_split import in_check_split

if TYPE_CHECKING:
    from bot.conflicts import Group
    from bot.question import Question


THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def declined_ids(path: Path) -> set[str]:
    """The question ids a base eval's ``--json`` shows declined."""
    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    return {i["id"] for i in items if i.get("kind") == "question" and i.get("abstained")}


def dump(gold: Path, corpus: str, out: Path, declined: Path | None) -> None:
    from dataclasses import replace

    from bot.api import FactChecker
    from index.settings import Settings

    settings = Settings.from_env()
    fc = FactChecker(settings)
    answerer = fc._answerer
    answerer.tune = replace(settings.tuning.answer, answerability_weights=())  # decline as gated
    only = declined_ids(declined) if declined else None
    seen: list[dict[str, Any]] = []

    def observe(q: Question, top: Group, row: np.ndarray, given: str) -> None:
        seen[:] = [{"features": [round(float(x), 5) for x in row], "given": given, "docs": top.docs}]

    answerer.observe_rescue = observe
    rows = []
    for item in load_gold(gold):
        if not isinstance(item, GoldQuestion) or in_check_split(item.id):
            continue
        if only is not None and item.id not in only:
            continue
        seen.clear()
        answer = fc.ask(item.question)
        if answer.status is not Status.NOT_IN_SOURCES or not seen:
            continue
        given = seen[0]["given"]
        right = item.answerable and any(mentions(g, given) for g in [item.answer, *item.answer_aliases])
        rows.append(
            {
                "id": item.id,
                "corpus": corpus,
                "set": gold.stem,
                "answerable": item.answerable,
                "right": bool(right),
                "expected": item.answer,
                **seen[0],
            }
        )
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{gold}: {len(rows)} declined questions with a set-aside value -> {out}")


def _arrays(
    rows: list[dict[str, Any]], names: tuple[str, ...] = FEATURES
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rows' ``names`` columns, labels and whether each question is answerable."""
    x = np.array([r["features"] for r in rows], dtype=float).reshape(len(rows), len(FEATURES))
    x = x[:, [FEATURES.index(n) for n in names]]
    y = np.array([r["right"] for r in rows], dtype=float)
    answerable = np.array([r["answerable"] for r in rows], dtype=bool)
    return x, y, answerable


def _probability(x: np.ndarray, fit: tuple[np.ndarray, np.ndarray, np.ndarray, float]) -> np.ndarray:
    w, mean, scale, bias = fit
    return np.asarray(1 / (1 + np.exp(-(((x - mean) / scale) @ w + bias))), dtype=float)


def curve(p: np.ndarray, y: np.ndarray, answerable: np.ndarray) -> list[tuple[float, int, int, int]]:
    """Per threshold: rescued answers right, answerable questions given a wrong value,
    unanswerable questions answered."""
    out = []
    for t in THRESHOLDS:
        take = p >= t
        out.append(
            (
                t,
                int((take & (y == 1)).sum()),
                int((take & (y == 0) & answerable).sum()),
                int((take & ~answerable).sum()),
            )
        )
    return out


def _print_curve(title: str, rows: list[tuple[float, int, int, int]], n: tuple[int, int, int]) -> None:
    print(
        f"{title}: {n[0]} rescuable (right value offered), {n[1]} answerable wrong value, {n[2]} unanswerable"
    )
    print(f"{'threshold':>10}{'right':>7}{'wrong':>7}{'unans':>7}")
    for t, right, wrong, unans in rows:
        print(f"{t:>10.2f}{right:>7}{wrong:>7}{unans:>7}")


def fit(files: list[Path], l2: float, write: bool, names: tuple[str, ...] = FEATURES) -> None:
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    corpora = sorted({r["corpus"] for r in rows})
    held: dict[float, list[int]] = {t: [0, 0, 0] for t in THRESHOLDS}
    totals = [0, 0, 0]
    for name in corpora:
        train = [r for r in rows if r["corpus"] != name]
        test = [r for r in rows if r["corpus"] == name]
        x, y, _ = _arrays(train, names)
        model = fit_logistic_l2(x, y, l2)
        tx, ty, ta = _arrays(test, names)
        n = (int(ty.sum()), int(((ty == 0) & ta).sum()), int((~ta).sum()))
        totals = [a + b for a, b in zip(totals, n, strict=True)]
        got = curve(_probability(tx, model), ty, ta)
        _print_curve(f"held out {name} (fitted on the others)", got, n)
        for t, *cells in got:
            held[t] = [a + b for a, b in zip(held[t], cells, strict=True)]
    _print_curve(
        "held out, all corpora", [(t, *held[t]) for t in THRESHOLDS], (totals[0], totals[1], totals[2])
    )
    x, y, a = _arrays(rows, names)
    model = fit_logistic_l2(x, y, l2)
    n = (int(y.sum()), int(((y == 0) & a).sum()), int((~a).sum()))
    _print_curve("in sample (fitted on all)", curve(_probability(x, model), y, a), n)
    w, mean, scale, bias = model
    for f, v in sorted(zip(names, w, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {f:<16}{v:+.3f}")
    if write:  # every feature's column, a left-out one weighing nothing
        at = {n: i for i, n in enumerate(names)}
        w = np.array([w[at[f]] if f in at else 0.0 for f in FEATURES])
        mean = np.array([mean[at[f]] if f in at else 0.0 for f in FEATURES])
        scale = np.array([scale[at[f]] if f in at else 1.0 for f in FEATURES])
        print("answerability_weights =", tuple(round(float(v), 4) for v in w))
        print("answerability_mean =", tuple(round(float(v), 4) for v in mean))
        print("answerability_scale =", tuple(round(float(v), 4) for v in scale))
        print("answerability_bias =", round(bias, 4))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", type=Path)
    d.add_argument("--corpus", required=True, help="the corpus the set is over: seeds, fakes or bbc")
    d.add_argument("--out", type=Path, required=True)
    d.add_argument(
        "--declined", type=Path, default=None, help="a base eval's --json: only its declined questions"
    )
    f = sub.add_parser("fit")
    f.add_argument("dumps", nargs="+", type=Path)
    f.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the standardised weights")
    f.add_argument("--write", action="store_true", help="print the all-corpora fit for index/tuning.py")
    f.add_argument("--only", default="", help="comma-separated features to use (default: all)")
    args = parser.parse_args()
    if args.step == "dump":
        dump(args.gold, args.corpus, args.out, args.declined)
    else:
        fit(args.dumps, args.l2, args.write, tuple(n for n in args.only.split(",") if n) or FEATURES)


if __name__ == "__main__":
    main()
