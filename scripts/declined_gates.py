"""Which gate drops each declined answerable question of the failing-item lists: a table.

    python scripts/declined_gates.py LIST.txt [LIST.txt ...] [--kinds who,where,which,what]

Each list holds "[set] id" lines (``/work/lists*/list-decline-*.txt``); every item is read on the
index of its set by ``scripts/declined.py``'s ``diagnose`` (its per-item lines are printed), and its
group is filed under one of the five gates a declined question passes:

* retrieval: no gold sentence among the sentences the readers see;
* floor: the gold sentences score under the gate floor, or their best value under the evidence floor;
* scope/placement: key terms, the event's period or background dating set them aside;
* predicate: they fail the asked-predicate check (``Answerer._states``);
* filler: they pass every gate and the readers (the role/entity filler) offer no value from them,
  or the answer stage picks another.

Check-split items are skipped. The table at the end counts items per gate and set.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.api import FactChecker  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from index.settings import Settings  # noqa: E402
from scripts.check_split import in_check_split  # noqa: E402
from scripts.declined import diagnose  # noqa: E402

_IDX = os.environ.get("FACTBOT_IDX", "/work/idx48")
"""The folder holding the prebuilt seeds, fk and all indexes (``FACTBOT_IDX``)."""

SETS: dict[str, tuple[str, str]] = {
    "seeds": (f"{_IDX}/seeds", "gold/seeds.jsonl"),
    "smore": (f"{_IDX}/seeds", "gold/seeds-more.jsonl"),
    "fk": (f"{_IDX}/fk", "gold/fakes.jsonl"),
    "fmore": (f"{_IDX}/fk", "gold/fakes-more.jsonl"),
    "bbc": (f"{_IDX}/all", "gold/bbc.jsonl"),
    "bmore": (f"{_IDX}/all", "gold/bbc-more.jsonl"),
    "seedsall": (f"{_IDX}/all", "gold/seeds.jsonl"),
}
"""Each set's prebuilt index and gold file (as ``/work/dbg/eval.sh`` reads them)."""

GATE_OF = {
    "retrieval miss": "retrieval",
    "gold sentence under the gate floor": "floor",
    "candidate under the floor": "floor",
    "key terms": "scope/placement",
    "event scope": "scope/placement",
    "state (predicate not stated)": "predicate",
    "reader finds no candidate": "filler",
    "answer stage": "filler",
}
"""``scripts/declined.py``'s groups, filed under the five gates of this table."""

_ITEM = re.compile(r"^\[(\w+)\]\s+(\S+)")


def listed(paths: list[Path]) -> dict[str, list[str]]:
    """The item ids of the lists, by set, in list order, check split left out."""
    out: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        for line in path.read_text().splitlines():
            m = _ITEM.match(line)
            if m and m.group(1) in SETS and not in_check_split(m.group(2)):
                out[m.group(1)].append(m.group(2))
    return out


def wh_word(question: str) -> str:
    """The question's first wh-word ("who", "where", "which", "what", ...), or ""."""
    m = re.search(r"\b(who|whom|whose|where|which|what|when|how)\b", question, re.I)
    return m.group(1).lower() if m else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("lists", type=Path, nargs="+")
    parser.add_argument("--kinds", default="who,whom,whose,where,which,what")
    parser.add_argument("--set", action="append", default=[], help="only these sets")
    args = parser.parse_args()
    kinds = set(args.kinds.split(","))
    wanted = listed(args.lists)
    table: dict[str, Counter[str]] = defaultdict(Counter)
    rows: list[tuple[str, str, str, str]] = []
    checkers: dict[str, FactChecker] = {}
    for name, ids in wanted.items():
        if args.set and name not in args.set:
            continue
        data_dir, gold = SETS[name]
        if data_dir not in checkers:
            checkers[data_dir] = FactChecker(Settings.from_env(data_dir=data_dir))
        fc = checkers[data_dir]
        items = {i.id: i for i in load_gold(ROOT / gold) if isinstance(i, GoldQuestion)}
        for item_id in ids:
            item = items.get(item_id)
            if item is None or wh_word(item.question) not in kinds:
                continue
            gate = GATE_OF.get(diagnose(fc, item), "other")
            table[gate][name] += 1
            rows.append((name, item_id, wh_word(item.question), gate))
            sys.stdout.flush()
    print("\n== per item")
    for row in rows:
        print("  ".join(row))
    names = sorted({n for c in table.values() for n in c})
    print("\n== declined answerable items by gate")
    print("gate".ljust(16) + "".join(n.rjust(9) for n in names) + "total".rjust(8))
    for gate, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(
            gate.ljust(16)
            + "".join(str(counts[n]).rjust(9) for n in names)
            + str(sum(counts.values())).rjust(8)
        )


if __name__ == "__main__":
    main()
