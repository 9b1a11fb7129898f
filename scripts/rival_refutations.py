"""Which claims do refutations by another name in the claim's slot ("names Y, not X") decide, by gold verdict?

For each claim of a gold file (the check split left out), runs the checker and records every refuting
judgement that rests on a rival (``Judgement.rival``) or says "names ..., not ...": its reason, the rule
that gave it (blame, name, role, slot, swap), the sentence, and whether the verdict kept its source.
Usage: FACTBOT_DATA_DIR=IDX python scripts/rival_refutations.py GOLD OUT.jsonl
"""

import sys
from typing import Any

import bot.stance
from bot.api import FactChecker
from bot.types import Stance
from scripts.judged_claims import write_refutations

RULES = ("attribution_stance", "name_clash", "role_clash", "slot_clash", "swapped_detail")
"""The rules in ``bot.stance`` that may name a rival."""


def _wrap(name: str, calls: list[tuple[str, Any]]) -> None:
    original = getattr(bot.stance, name)

    def recording(*args: Any, **kwargs: Any) -> Any:
        out = original(*args, **kwargs)
        calls.append((name, out))
        return out

    setattr(bot.stance, name, recording)


def _rule(reason: str, calls: list[tuple[str, Any]]) -> str:
    for name, out in calls:
        text = out[1] if isinstance(out, tuple) and len(out) > 1 else out
        if isinstance(text, str) and text and text in reason:
            return name
    return "?"


def main(gold_path: str, out_path: str) -> None:
    fc = FactChecker()
    calls: list[tuple[str, Any]] = []
    for name in RULES:
        _wrap(name, calls)

    def pick(claim: str, hit: Any, j: Any) -> dict[str, Any] | None:
        rival = j.stance is Stance.REFUTES and (
            j.rival or (j.reason.startswith("names") and ", not " in j.reason)
        )
        row = (
            {
                "rule": _rule(j.reason, calls),
                "rival": j.rival,
                "dense": round(hit.dense, 3),
                "text": hit.chunk.text[:300],
            }
            if rival
            else None
        )
        calls.clear()  # the rules' calls belong to this judgement only
        return row

    write_refutations(fc, gold_path, pick, out_path)


if __name__ == "__main__":
    main(*sys.argv[1:3])
