"""Every sentence the checker judges for a gold set's claims, with the gold verdict of its claim.

The fitting scripts of the claim checker's gates (``fit_swaps.py``, ``fit_reversed.py``) read
the same thing: each gold claim (and each text, its claims labelled by the gold quote they hold)
checked once, and every (claim, sentence, judgement) the checker's ``observe`` hook saw.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bot.api import FactChecker
from bot.eval.gold import GoldClaim, GoldText, load_gold
from bot.evidence import EvidenceSentence
from bot.stance import Judgement
from bot.stance_model import Peers

Keep = Callable[[Judgement], bool]


def judged_claims(
    fc: FactChecker, gold: Path, keep: Keep = lambda judged: True
) -> Iterator[tuple[str, str, str, EvidenceSentence, Judgement]]:
    """(item id, claim, gold verdict, sentence, judgement) for every judged sentence ``keep``
    accepts whose claim holds a gold claim's wording."""
    seen: list[tuple[str, EvidenceSentence, Judgement]] = []

    def observe(claim: str, hit: EvidenceSentence, judged: Judgement, peers: Peers) -> None:
        if keep(judged):
            seen.append((claim, hit, judged))

    fc._checker.observe = observe
    for item in load_gold(gold):
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
