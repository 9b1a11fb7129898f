"""The command line the two-step fit scripts share: ``dump FILES --out OUT`` writes the rows a fit
reads, ``fit FILES`` prints its curve from them."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def dump_or_fit(
    doc: str | None, dump: Callable[[list[Path], Path], None], fit: Callable[[list[Path]], None]
) -> None:
    """Parse ``sys.argv`` and run the step asked for (``doc``: the script's docstring, its help)."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("step", choices=["dump", "fit"])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.step == "dump":
        assert args.out is not None, "dump needs --out"
        dump(args.files, args.out)
    else:
        fit(args.files)


def opened(items: Iterable[tuple[dict[str, Any], list[dict[str, Any]]]]) -> tuple[int, int]:
    """What a loosened gate lets through, per question: right where an answerable question's gold
    sentence is among its newly opened rows, wrong where a "not in sources" question gets any."""
    right = wrong = 0
    for item, new in items:
        if item["answerable"] and any(r["gold"] for r in new):
            right += 1
        elif not item["answerable"] and new:
            wrong += 1
    return right, wrong


def write_item(out: Any, item: Any, kind: str, rows: list[dict[str, Any]], **extra: Any) -> None:
    """One gold question's dumped rows as a JSON line (its id, wording, asked kind, answerability)."""
    line = {
        "id": item.id,
        "q": item.question,
        "kind": kind,
        "answerable": item.answerable,
        **extra,
        "rows": rows,
    }
    out.write(json.dumps(line) + "\n")
    out.flush()
