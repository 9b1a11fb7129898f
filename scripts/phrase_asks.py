"""Which gold questions the phrase reader asks a preposition's object or a dated phrase of:
prints, per open question whose ``bot.roles.asked_phrase`` is an oblique (``prep``, ``held``) or
carries month/weekday names (``when``), its id, the asked verb, role and preposition. These are
the only items the oblique and dating rules of ``bot.phrase_answers`` can change: evaluate them
as a subset gold file (``--subset OUT.jsonl``) before a whole-set run.

    python scripts/phrase_asks.py gold/bbc-more.jsonl [gold/fakes-more.jsonl ...] [--subset OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.question import Kind, analyse  # noqa: E402
from bot.roles import asked_phrase  # noqa: E402


def affected(line: str) -> str:
    """The row's report line when its question asks an oblique or dated phrase, else ""."""
    row = json.loads(line)
    if row.get("kind") != "question":
        return ""
    q = analyse(row["question"])
    ask = asked_phrase(q.text) if q.kind is Kind.OPEN else None
    if ask is None or not (ask.role == "oblique" or ask.when):
        return ""
    return f"{row['id']}\t{ask.lemma}\t{ask.role}\t{ask.prep}\t{ask.held}\t{','.join(sorted(ask.when))}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--subset", type=Path, help="write the affected gold rows here")
    args = parser.parse_args()
    kept = []
    for path in args.gold:
        for line in path.read_text().splitlines():
            report = affected(line) if line.strip() else ""
            if report:
                print(f"{path.name}\t{report}")
                kept.append(line)
    if args.subset:
        args.subset.write_text("".join(f"{line}\n" for line in kept))


if __name__ == "__main__":
    main()
