"""Fit the learned per-sentence stance (``bot.stance_model``) on the gold sets' claims, and
measure it leave-one-set-out through the real checker.

Three steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_stance.py dump gold/x.jsonl --out x.jsonl
    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_stance.py heldout gold/x.jsonl x.jsonl \
        --train a.jsonl b.jsonl ... [--min-p 0.5 0.6 0.7]
    .venv/bin/python scripts/fit_stance.py fit a.jsonl b.jsonl ... [--out bot/data/stance_model.json]

``dump`` checks every gold claim with the rules alone and records, for each retrieved sentence
the checker judged (``Checker.observe``), its features (``bot.stance_model.FEATURES``) and a
label (the check split left out): a sentence holding a gold evidence quote takes its claim's side (supported -> supports,
refuted -> refutes; for a conflicting claim the side the rules gave it, skipped when they gave
none); a sentence retrieved for a not_enough_info claim is neutral; any other sentence retrieved
for a labelled claim is neutral with weight ``OTHER_WEIGHT`` (it may state the claim unquoted).
It keeps the rules' verdict too. ``heldout`` fits on the ``--train`` dumps (the other sets),
checks the held-out set's claims again with the model asked where the rules say neutral, at
each ``--min-p`` (features but ``--drop``), and prints verdict macro-F1 (the check split left out) of the rules (from the held-out dump) and of the
model. ``fit`` fits on all the dumps given and prints the weights (``--out`` writes them).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.eval.gold import GoldClaim, load_gold
from bot.eval.scoring import macro_f1, overlaps, quote_spans, text_or_empty
from bot.stance_model import CLASSES, FEATURES, Peers, StanceModel, stance_features
from bot.types import Stance
from scripts.check_split import in_check_split

if TYPE_CHECKING:
    from bot.api import FactChecker
    from bot.evidence import EvidenceSentence
    from bot.stance import Judgement

OTHER_WEIGHT = 0.3
"""Weight of a sentence retrieved for a supported or refuted claim that holds no gold quote: it is
neutral as often as not, but the gold lists only some of the sentences stating a claim."""
SIDE = {"supported": Stance.SUPPORTS, "refuted": Stance.REFUTES}


def _checker(fc: FactChecker) -> Any:
    return fc._checker


def dump_claims(fc: FactChecker, gold: Path) -> list[dict[str, Any]]:
    """One row per gold claim: its gold and rule verdicts, and its judged sentences' features,
    labels (index into ``CLASSES``) and weights."""
    checker = _checker(fc)
    seen: list[tuple[EvidenceSentence, Judgement, list[float]]] = []

    def observe(claim: str, hit: EvidenceSentence, judged: Judgement, peers: Peers) -> None:
        seen.append((hit, judged, stance_features(claim, hit, judged, peers, checker.tune)))

    checker.observe = observe
    rows = []
    for item in load_gold(gold):
        if not isinstance(item, GoldClaim) or in_check_split(item.id):
            continue
        seen.clear()
        spans = [
            (q.doc, a, b)
            for q in item.evidence
            for a, b in quote_spans(text_or_empty(fc.store.article_text, q.doc), q.quote)
        ]
        verdict = fc.check(item.claim)
        sentences = []
        for hit, judged, feats in seen:
            c = hit.chunk
            quoted = any(overlaps((c.doc, c.start, c.end), s) for s in spans)
            label, weight = _label(item.verdict, quoted, judged.stance)
            sentences.append({"doc": c.doc, "start": c.start, "y": label, "w": weight, "x": feats})
        rows.append(
            {"id": item.id, "gold": item.verdict, "rules": str(verdict.verdict), "sentences": sentences}
        )
    checker.observe = None
    return rows


def _label(gold: str, quoted: bool, rule: Stance) -> tuple[int, float]:
    """The sentence's class (index into ``CLASSES``) and weight; weight 0 leaves it out."""
    neutral = CLASSES.index(Stance.NEUTRAL)
    if not quoted:
        return neutral, 1.0 if gold == "not_enough_info" else OTHER_WEIGHT
    if gold in SIDE:
        return CLASSES.index(SIDE[gold]), 1.0
    if gold == "conflicting":
        return (CLASSES.index(rule), 1.0) if rule is not Stance.NEUTRAL else (neutral, 0.0)
    return neutral, 1.0


def fit_multinomial(files: list[Path], l2: float, names: tuple[str, ...] = FEATURES) -> StanceModel:
    """L2-regularised multinomial logistic regression on the weighted rows of the dumps, features
    standardised, fitted by scipy's L-BFGS (scipy comes with sentence-transformers); the biases
    are not shrunk."""
    from scipy.optimize import minimize

    cols = [FEATURES.index(n) for n in names]
    xs, ys, ws = [], [], []
    for f in files:
        for row in _read(f):
            for s in row["sentences"]:
                if s["w"] > 0:
                    xs.append([s["x"][i] for i in cols])
                    ys.append(s["y"])
                    ws.append(s["w"])
    x, y, w = np.array(xs, dtype=float), np.array(ys), np.array(ws, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    k, d = len(CLASSES), z.shape[1]
    onehot = np.eye(k)[y]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        weights, bias = theta[: d * k].reshape(d, k), theta[d * k :]
        logits = z @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        p = np.exp(logp)
        value = -(w * (onehot * logp).sum(axis=1)).sum() + 0.5 * l2 * (weights**2).sum()
        diff = (p - onehot) * w[:, None]
        grad = np.concatenate([(z.T @ diff + l2 * weights).ravel(), diff.sum(axis=0)])
        return float(value), grad

    found = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    theta = found.x
    return StanceModel(names, theta[: d * k].reshape(d, k), mean, scale, theta[d * k :])


def _read(f: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line]


def heldout(
    fc: FactChecker,
    gold: Path,
    dumped: Path,
    train: list[Path],
    l2: float,
    min_ps: list[float],
    everywhere_ps: list[float],
    names: tuple[str, ...] = FEATURES,
) -> None:
    """Verdict macro-F1 on ``gold``'s claims: the rules (from its dump) and the model fitted on
    ``train`` at each threshold, checked through the real checker: asked only where the rules
    find no side (``min_ps``), or wherever they say neutral (``everywhere_ps``)."""
    rules = {r["id"]: r["rules"] for r in _read(dumped)}
    items = [i for i in load_gold(gold) if isinstance(i, GoldClaim) and not in_check_split(i.id)]
    wanted = [i.verdict for i in items]
    base = [rules.get(i.id, "not_enough_info") for i in items]
    print(f"{gold.stem}: {len(items)} claims, rules F1 {macro_f1(wanted, base):.3f}")
    checker = _checker(fc)
    checker.model = fit_multinomial(train, l2, names)
    tune = checker.tune
    for everywhere, min_p in [(False, p) for p in min_ps] + [(True, p) for p in everywhere_ps]:
        checker.model_everywhere = everywhere
        object.__setattr__(tune, "stance_model_min_p", min_p)
        got = [str(fc.check(i.claim).verdict) for i in items]
        changed = [(i.id, b, g, i.verdict) for i, b, g in zip(items, base, got, strict=True) if b != g]
        fixed = sum(g == w for _, b, g, w in changed)
        broken = sum(b == w for _, b, g, w in changed)
        print(
            f"  {'everywhere' if everywhere else 'undecided '} min_p {min_p:.2f}: model F1 {macro_f1(wanted, got):.3f} "
            f"(changed {len(changed)}, fixed {fixed}, broken {broken})"
        )
        for cid, b, g, w in changed:
            print(f"    {cid}: {b} -> {g} (gold {w})")
    checker.model, checker.model_everywhere = None, False


def fit(files: list[Path], l2: float, out: Path | None) -> None:
    """Fit on every dump given; print each feature's weights per class and the sentence-level
    leave-one-set-out accuracy of the side taken (model vs rules) on labelled sentences."""
    for held in files:
        rest = [f for f in files if f != held]
        model = fit_multinomial(rest, l2)
        rows = [s for r in _read(held) for s in r["sentences"] if s["w"] >= 1.0]
        x = np.array([s["x"] for s in rows], dtype=float)
        y = np.array([s["y"] for s in rows])
        pred = model.probabilities(x).argmax(axis=1)
        rule = np.where(x[:, FEATURES.index("rule_supports")] > 0, 1, 0) + np.where(
            x[:, FEATURES.index("rule_refutes")] > 0, 2, 0
        )
        sided = y != 0
        print(
            f"{held.stem:<14} sentences {len(y):>5} sided {int(sided.sum()):>4}  "
            f"side right: rules {int((rule[sided] == y[sided]).sum()):>4} model {int((pred[sided] == y[sided]).sum()):>4}  "
            f"neutral kept: rules {int((rule[~sided] == 0).sum()):>5} model {int((pred[~sided] == 0).sum()):>5}"
        )
    model = fit_multinomial(files, l2)
    for n, row in sorted(zip(FEATURES, model.weights, strict=True), key=lambda p: -np.abs(p[1]).max()):
        print(f"  {n:<22}" + " ".join(f"{c}={v:+.2f}" for c, v in zip(CLASSES, row, strict=True)))
    if out is not None:
        out.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", type=Path)
    d.add_argument("--out", type=Path, required=True)
    h = sub.add_parser("heldout")
    h.add_argument("gold", type=Path)
    h.add_argument("dumped", type=Path)
    h.add_argument("--train", nargs="+", type=Path, required=True)
    h.add_argument("--l2", type=float, default=1.0)
    h.add_argument("--min-p", nargs="+", type=float, default=[0.5, 0.6, 0.7])
    h.add_argument("--everywhere-p", nargs="*", type=float, default=[0.6])
    h.add_argument("--drop", nargs="*", default=[], help="features left out of the fit")
    f = sub.add_parser("fit")
    f.add_argument("dumps", nargs="+", type=Path)
    f.add_argument("--l2", type=float, default=1.0)
    f.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if args.step == "fit":
        fit(args.dumps, args.l2, args.out)
        return
    from bot.api import FactChecker
    from index.settings import Settings

    fc = FactChecker(Settings.from_env())
    if args.step == "dump":
        rows = dump_claims(fc, args.gold)
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(f"{args.gold}: {len(rows)} claims -> {args.out}")
    else:
        names = tuple(n for n in FEATURES if n not in set(args.drop))
        heldout(fc, args.gold, args.dumped, args.train, args.l2, args.min_p, args.everywhere_p, names)


if __name__ == "__main__":
    main()
