"""Per-item comparison of two factbot evaluation runs (behaviour-preserving refactors).

``compare_eval.py A.json B.json`` compares two ``factbot eval --json`` outputs (gold items by
``id``, RAMDocs items by ``line``) or two ``--dump`` files, field by field, ignoring latency.
Prints every difference and exits 1 when there is one.

``compare_eval.py --dump GOLD.jsonl OUT.json`` ingests ``seeds/`` into ``FACTBOT_DATA_DIR`` and
writes every gold question's full ``Answer`` and every claim's ``Verdict`` (``to_dict()``):
citations with their spans, disagreement variants, verdict evidence and reasons, which the
eval JSON only counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

IGNORED = ("latency",)


def _items(report: dict[str, Any]) -> dict[str, Any]:
    """Every per-item record of a report, keyed so two runs line up."""
    out: dict[str, Any] = {}
    for key, value in report.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for i, item in enumerate(value):
                ident = item.get("id", item.get("line", i))
                out[f"{key}[{ident}]"] = item
    return out


def diff(a: Any, b: Any, where: str = "") -> list[str]:
    """Paths where ``a`` and ``b`` differ (keys naming latency are skipped)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in sorted(set(a) | set(b), key=str):
            if any(word in str(key) for word in IGNORED):
                continue
            if key not in a or key not in b:
                out.append(f"{where}.{key}: only in {'second' if key not in a else 'first'}")
                continue
            out += diff(a[key], b[key], f"{where}.{key}")
        return out
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{where}: {len(a)} vs {len(b)} entries: {_short(a)} vs {_short(b)}"]
        return [
            line for i, (x, y) in enumerate(zip(a, b, strict=True)) for line in diff(x, y, f"{where}[{i}]")
        ]
    return [] if a == b else [f"{where}: {_short(a)} vs {_short(b)}"]


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 200 else text[:197] + "..."


def compare(first: Path, second: Path) -> list[str]:
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    ia, ib = _items(a), _items(b)
    out = []
    for key in sorted(set(ia) | set(ib)):
        if key not in ia or key not in ib:
            out.append(f"{key}: only in {'second' if key not in ia else 'first'}")
            continue
        out += [f"{key}{line}" for line in diff(ia[key], ib[key])]
    return out


def dump(gold: Path, out: Path) -> None:
    """Full answers and verdicts for every gold item, on an index of ``seeds/``."""
    from bot.api import FactChecker

    root = Path(__file__).resolve().parent.parent
    checker = FactChecker()
    checker.ingest([root / "seeds"])
    items = []
    for line in gold.read_text().splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if item["kind"] == "claim":
            result = checker.check(item["claim"]).to_dict()
        else:
            result = checker.ask(item["question"], mode="question").to_dict()
        items.append({"id": item["id"], "result": result})
    out.write_text(json.dumps({"items": items}, indent=1, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", action="store_true", help="write full answers for GOLD into OUT")
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    if args.dump:
        dump(args.first, args.second)
        return 0
    lines = compare(args.first, args.second)
    for line in lines:
        print(line)
    print(f"{len(lines)} difference(s)")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
