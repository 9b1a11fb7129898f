"""Fit the swapped-detail refutation's thresholds (``CheckTuning.swap_dense``,
``swap_stated_share``; ``bot/swaps.py``, and the replaced details of ``bot/replaced.py``, which
share them) on the gold sets' claims and text claims.

    .venv/bin/python scripts/fit_swaps.py dump gold/x.jsonl INDEX_DIR --out x.json
    .venv/bin/python scripts/fit_swaps.py grid x.json y.json ...

``dump`` checks every gold claim (and every text, its claims labelled by the gold quote they hold)
with the swap turned off, and records, for each sentence the rules left neutral with a reason a
swap may explain (``bot.stance.swappable``) and a swapped detail found at any threshold, the
sentence's cosine and the share of the claim's other words it states; and, for each sentence the
rules left supporting or neutral (as above) naming a claim word only as the thing set aside
(``bot.replaced.replaced_words``), the same figures (kind "replaced"). ``grid`` counts, for each
pair of thresholds, the refuted claims that would gain a refuting sentence and the supported,
conflicting or not_enough_info claims that would, and prints the best pairs (refuted gained
minus others gained, ties to the stricter pair).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from bot.alignment import stated_words
from bot.api import FactChecker
from bot.evidence import terms
from bot.replaced import replaced_words, share_without
from bot.stance import Judgement, swappable
from bot.swaps import swap_features
from bot.types import Stance
from bot.wordnet import wordnet
from index.settings import Settings
from index.tuning import CheckTuning
from scripts.gold_claims import dump_or_rows, judged_claims

MIN_STATED = CheckTuning.swap_min_stated
DENSE_GRID = [round(0.45 + 0.05 * i, 2) for i in range(8)]
PINNED_GRID = [round(0.3 + 0.05 * i, 2) for i in range(8)]
KIN_DEPTHS = [0, 1, 2, 3]
"""Steps above two things' senses within which a shared kind makes them rivals (``swap_kin_depth``)."""
SHARE_GRID = [round(0.4 + 0.05 * i, 2) for i in range(12)]


def dump(gold: Path, index: Path) -> list[dict[str, Any]]:
    settings = Settings.from_env()
    check = dataclasses.replace(
        settings.tuning.check, swap_dense=9.0, swap_pinned_dense=9.0, swap_role_dense=9.0
    )  # the rules alone
    settings = dataclasses.replace(settings, data_dir=index)
    settings = dataclasses.replace(settings, tuning=dataclasses.replace(settings.tuning, check=check))
    fc = FactChecker(settings)
    tune = settings.tuning.check
    rows: list[dict[str, Any]] = []

    def keep(judged: Judgement) -> bool:
        return judged.stance is Stance.SUPPORTS or (
            judged.stance is Stance.NEUTRAL and swappable(judged.reason)
        )

    for item_id, claim, gold_label, hit, judged in judged_claims(fc, gold, keep):
        context = hit.window(before=tune.context_sentences, after=tune.context_sentences)
        window = hit.window(before=tune.rival_window, after=tune.rival_window)
        row = {"id": item_id, "claim": claim, "gold": gold_label, "dense": round(hit.dense, 4)}
        row["sentence"] = hit.chunk.text[:200]
        words = replaced_words(claim, hit.chunk.text)
        if words:
            alignment = stated_words(
                claim,
                hit.chunk.text,
                terms(context + " " + hit.chunk.title),
                hit.corpus.similar,
                tune.stated_sense_rank,
                tune.stated_arc,
            )
            share, n_stated = share_without(alignment, words)
            rule = judged.stance.value
            rows.append(
                row | {"share": round(share, 4), "stated": n_stated, "kind": "replaced", "rule": rule}
            )
        if judged.stance is Stance.SUPPORTS:
            continue
        for kind, share, n_stated, pin, roles, pair in swap_features(
            claim,
            hit.chunk.text,
            window,
            terms(window),
            terms(context + " " + hit.chunk.title),
            hit.corpus.similar,
            tune.stated_sense_rank,
            tune.stated_arc,
            (tune.swap_kin_rank, KIN_DEPTHS[-1]),
        ):
            rows.append(
                {
                    "id": item_id,
                    "claim": claim,
                    "gold": gold_label,
                    "dense": round(hit.dense, 4),
                    "share": round(share, 4),
                    "stated": n_stated,
                    "kind": kind,
                    "pinned": pin,
                    "roles": roles,
                    "sentence": hit.chunk.text[:200],
                    "pair": pair,
                }
            )
    return rows


def grid(
    rows: list[dict[str, Any]], dense_grid: list[float] = DENSE_GRID
) -> list[tuple[int, float, float, int, int]]:
    """(gain, dense, share, refuted claims gained, other claims gained), best first."""
    out = []
    for dense in dense_grid:
        for share in SHARE_GRID:
            fired = {
                (r["id"], r["claim"], r["gold"])
                for r in rows
                if r["dense"] >= dense and r["share"] >= share and r["stated"] >= MIN_STATED
            }
            good = sum(1 for _, _, g in fired if g == "refuted")
            bad = len(fired) - good
            out.append((good - bad, dense, share, good, bad))
    return sorted(out, key=lambda x: (-x[0], -x[1], -x[2]))


def main() -> None:
    dumped = dump_or_rows(__doc__ or "", dump)
    if dumped is None:
        return
    rows = dumped
    replaced = [r for r in rows if r["kind"] == "replaced"]
    print(f"replaced details: {len(replaced)} sentences")
    for r in replaced:
        print(
            f"  {r['gold']:16} {r['dense']:.2f} {r['share']:.2f} {r['stated']} {r['rule']:9} {r['claim'][:80]}"
        )
    for gain, dense, share, good, bad in grid(rows)[:15]:
        print(
            f"dense>={dense:.2f} share>={share:.2f}: refuted claims gained {good}, others {bad} (net {gain})"
        )
    tune = CheckTuning()
    # the pinned tier (``bot.swaps.pinned``): sentences below swap_dense writing the claim's names
    pinned = [r for r in rows if r["kind"] != "replaced" and r.get("pinned") and r["dense"] < tune.swap_dense]
    print(f"pinned swaps below dense {tune.swap_dense}: {len(pinned)} sentences")
    for gain, dense, share, good, bad in grid(pinned, PINNED_GRID)[:10]:
        print(
            f"  pinned dense>={dense:.2f} share>={share:.2f}: refuted gained {good}, others {bad} (net {gain})"
        )
    for r in sorted(pinned, key=lambda r: -r["dense"]):
        print(f"  {r['gold']:16} {r['dense']:.2f} {r['share']:.2f} {r['kind']:9} {r['claim'][:70]}")
    _role_tier(rows, tune)
    _detail_tier(rows, tune)
    _kin_depths(rows, tune)
    print(f"at the tuning's dense>={tune.swap_dense} share>={tune.swap_stated_share}:")
    for r in rows:
        if (
            r["dense"] >= tune.swap_dense
            and r["share"] >= tune.swap_stated_share
            and r["stated"] >= MIN_STATED
        ):
            print(f"  {r['gold']:16} {r['dense']:.2f} {r['share']:.2f} {r['kind']:9} {r['claim'][:90]}")


def _kin_depths(rows: list[dict[str, Any]], tune: CheckTuning) -> None:
    """Things of one kind (``bot.swaps.thing_rivals``, dumped at the deepest of ``KIN_DEPTHS``):
    claims gained at the tuning's cosine and share for each depth (proper nouns at any depth)."""
    wn = wordnet()
    things = [
        r
        for r in rows
        if r["kind"] == "thing"
        and r["dense"] >= tune.swap_dense
        and r["share"] >= tune.swap_stated_share
        and r["stated"] >= MIN_STATED
    ]
    print(
        f"things of one kind at dense>={tune.swap_dense} share>={tune.swap_stated_share}: {len(things)} sentences"
    )
    for depth in KIN_DEPTHS:
        fired = set()
        for r in things:
            ours, _, theirs = r["pair"].partition("/")
            a, b = ours.split()[-1].lower(), theirs.split()[-1].lower()
            common = wn.senses(a) and wn.senses(b)
            if not common or wn.sibling_kinds(a, b, "n", tune.swap_kin_rank, depth):
                fired.add((r["id"], r["claim"], r["gold"]))
        good = sum(1 for _, _, g in fired if g == "refuted")
        print(f"  depth {depth}: refuted gained {good}, others {len(fired) - good}")
    for r in things:
        print(f"  {r['gold']:16} {r['dense']:.2f} {r['share']:.2f} {r['pair']:24} {r['claim'][:60]}")


def _detail_tier(rows: list[dict[str, Any]], tune: CheckTuning) -> None:
    """The detail tier (``CheckTuning.swap_detail_dense``): sentences below ``swap_dense`` at the
    tuning's share swapping anything but a count (things of one kind at ``swap_kin_depth``);
    claims gained at each floor, and what counts would gain there."""
    wn = wordnet()

    def kin(r: dict[str, Any]) -> bool:
        ours, _, theirs = r["pair"].partition("/")
        a, b = ours.split()[-1].lower(), theirs.split()[-1].lower()
        both = wn.senses(a) and wn.senses(b)
        return not both or wn.sibling_kinds(a, b, "n", tune.swap_kin_rank, tune.swap_kin_depth)

    tier = [
        r
        for r in rows
        if r["kind"] != "replaced"
        and r["dense"] < tune.swap_dense
        and r["share"] >= tune.swap_stated_share
        and r["stated"] >= MIN_STATED
        and (r["kind"] != "thing" or kin(r))
    ]
    print(f"detail tier below dense {tune.swap_dense}:")
    for floor in [round(0.5 + 0.05 * i, 2) for i in range(5)]:
        for what, counted in (("details", False), ("counts", True)):
            fired = {
                (r["id"], r["claim"], r["gold"])
                for r in tier
                if (r["kind"] == "count") == counted and r["dense"] >= floor
            }
            good = sum(1 for _, _, g in fired if g == "refuted")
            print(f"  {what} dense>={floor:.2f}: refuted gained {good}, others {len(fired) - good}")


def _role_tier(rows: list[dict[str, Any]], tune: CheckTuning) -> None:
    """The role tier (``bot.swaps.roles_told``): sentences below ``swap_dense`` that no stricter
    tier fires on, stating the claim's deed, doer and object; claims gained at each floor."""
    stricter = tune.swap_pinned_dense, tune.swap_pinned_share
    tier = [
        r
        for r in rows
        if r["kind"] != "replaced"
        and r.get("roles")
        and r["dense"] < tune.swap_dense
        and r["stated"] >= MIN_STATED
        and not (r.get("pinned") and r["dense"] >= stricter[0] and r["share"] >= stricter[1])
    ]
    print(f"role tier below dense {tune.swap_dense}: {len(tier)} sentences")
    for floor in [round(0.3 + 0.05 * i, 2) for i in range(8)]:
        fired = {(r["id"], r["claim"], r["gold"]) for r in tier if r["dense"] >= floor}
        good = sum(1 for _, _, g in fired if g == "refuted")
        print(
            f"  role dense>={floor:.2f}: refuted gained {good}, others {len(fired) - good} (net {2 * good - len(fired)})"
        )
    for r in sorted(tier, key=lambda r: -r["dense"]):
        print(f"  {r['gold']:16} {r['dense']:.2f} {r['share']:.2f} {r['kind']:9} {r['claim'][:70]}")


if __name__ == "__main__":
    main()
