"""Every sentence the checker judges for a gold set's claims, with the gold verdict of its claim.

The fitting scripts of the claim checker's gates (``fit_swaps.py``, ``fit_reversed.py``) read
the same thing: each gold claim (and each text, its claims labelled by the gold quote they hold)
checked once, and every (claim, sentence, judgement) the checker's ``observe`` hook saw.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bot.api import FactChecker
from bot.eval.gold import GoldClaim, GoldText, load_gold
from bot.evidence import EvidenceSentence
from bot.stance import Judgement
from bot.stance_model import Peers
from index.settings import Settings
from index.tuning import CheckTuning
from scripts.check_split import in_check_split

Keep = Callable[[Judgement], bool]


def judged_claims(
    fc: FactChecker, gold: Path, keep: Keep = lambda judged: True
) -> Iterator[tuple[str, str, str, EvidenceSentence, Judgement]]:
    """(item id, claim, gold verdict, sentence, judgement) for every judged sentence ``keep``
    accepts whose claim holds a gold claim's wording; the check split's items are never checked
    (``scripts.check_split``), so no gate is fitted on them."""
    seen: list[tuple[str, EvidenceSentence, Judgement]] = []

    def observe(claim: str, hit: EvidenceSentence, judged: Judgement, peers: Peers) -> None:
        if keep(judged):
            seen.append((claim, hit, judged))

    fc._checker.observe = observe
    for item in load_gold(gold):
        if in_check_split(item.id):
            continue
        seen.clear()
        if isinstance(item, GoldClaim):
            fc.check(item.claim)
            labels = [(item.claim, item.verdict)]
        elif isinstance(item, GoldText):
            fc.check_text(item.text)
            labels = [(str(c.get("quote", "")), str(c.get("verdict", ""))) for c in item.claims]
        else:
            continue
        for claim, hit, judged in seen:
            gold_label = next((v for q, v in labels if q and q.lower() in claim.lower()), "")
            if gold_label:
                yield item.id, claim, gold_label, hit, judged


def dump_or_rows(doc: str, dump: Callable[[Path, Path], list[dict[str, Any]]]) -> list[dict[str, Any]] | None:
    """The fitting scripts' command line: ``dump GOLD INDEX --out X.json`` writes ``dump``'s rows
    and gives None; ``grid X.json ...`` gives the rows of every dump named, for the fit."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", type=Path)
    d.add_argument("index", type=Path)
    d.add_argument("--out", type=Path, required=True)
    g = sub.add_parser("grid")
    g.add_argument("dumps", type=Path, nargs="+")
    args = parser.parse_args()
    if args.cmd == "dump":
        args.out.write_text(json.dumps(dump(args.gold, args.index), indent=1))
        return None
    return [r for p in args.dumps for r in json.loads(p.read_text())]


Reason = Callable[[str, EvidenceSentence, CheckTuning], str]
"""Why a rule would refute a claim from a sentence ("" where it would not)."""

FLOORS = [round(0.2 + 0.05 * i, 2) for i in range(13)]
"""The cosine floors a refuting rule's grid tries."""


def refuting_rows(gold: Path, index: Path, reason_of: Reason) -> list[dict[str, Any]]:
    """One row per judged sentence ``reason_of`` would refute its gold claim from, with the
    sentence's cosine: what a refuting rule's floor is fitted on."""
    settings = dataclasses.replace(Settings.from_env(), data_dir=index)
    fc = FactChecker(settings)
    rows: list[dict[str, Any]] = []
    for item_id, claim, gold_label, hit, _ in judged_claims(fc, gold):
        reason = reason_of(claim, hit, settings.tuning.check)
        if reason:
            row = {"id": item_id, "claim": claim, "gold": gold_label, "dense": round(hit.dense, 4)}
            rows.append(row | {"reason": reason, "sentence": hit.chunk.text[:200]})
    return rows


def print_floor_grid(rows: list[dict[str, Any]]) -> None:
    """Per floor, the refuted claims that would gain a refuting sentence and the others that
    would; then every row, closest first."""
    for floor in FLOORS:
        fired = {(r["id"], r["claim"], r["gold"]) for r in rows if r["dense"] >= floor}
        good = sum(1 for _, _, g in fired if g == "refuted")
        print(f"dense>={floor:.2f}: refuted claims gained {good}, others {len(fired) - good}")
    for r in sorted(rows, key=lambda r: -r["dense"]):
        print(f"  {r['gold']:16} {r['dense']:.2f} {r['reason'][:50]:50} {r['claim'][:60]}")


def fit_refuting_floor(doc: str, reason_of: Reason) -> None:
    """A refuting rule's fitting command line: ``dump`` writes its rows (``refuting_rows``),
    ``grid`` prints the floor grid of every dump named."""
    rows = dump_or_rows(doc, lambda gold, index: refuting_rows(gold, index, reason_of))
    if rows is not None:
        print_floor_grid(rows)
