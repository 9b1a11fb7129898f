"""RAMDocs lines 451-500 with one valid answer's documents left out: a development proxy for
questions with fewer valid answers.

Each line 451-500 has three valid answers (one per entity sharing the asked name). Leaving out
the correct documents of one of them (``--drop`` 0, 1 or 2: which gold answer) and that answer
makes a two-answer question on development text; a misinformation document written from a
left-out one (the correct document sharing most of its words) goes with it, the rest stay.
Each question is asked over its own fresh collection, as ``factbot eval --ramdocs`` does, and
scored alike. Lines 101-450 are never read (``bot.eval.ramdocs.load_ramdocs`` refuses them).

    FACTBOT_DATA_DIR=/tmp/x .venv/bin/python scripts/ramdocs_fewer.py --drop 2 --json out.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from bot.eval.ramdocs import _ask, load_ramdocs, parse_lines, score_ramdocs
from index.settings import Settings

CORPUS = Path("/work/shared/corpora/ramdocs/RAMDocs_test.jsonl")
LINES = "451-500"


def fewer(record: dict[str, Any], drop: int) -> dict[str, Any] | None:
    """The record without its ``drop``-th gold answer and the correct documents giving it; None
    when it has no such answer or no correct document gives it."""
    gold = [str(g) for g in record.get("gold_answers") or []]
    if drop >= len(gold):
        return None
    gone = gold[drop]
    docs = record.get("documents", [])
    correct = [d for d in docs if d.get("type") == "correct"]
    dropped = [d for d in correct if str(d.get("answer")) == gone]
    if not dropped:
        return None
    made_from = {id(d): _source(d, correct) for d in docs if d.get("type") == "misinfo"}
    kept = [d for d in docs if d not in dropped and not any(made_from.get(id(d)) is s for s in dropped)]
    return record | {"gold_answers": [g for g in gold if g != gone], "documents": kept}


def _source(misinfo: dict[str, Any], correct: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The correct document a misinformation document was written from: the one sharing most
    of its words (as ``scripts/entity_sense_dev.py`` pairs them)."""
    words = _words(misinfo)
    return max(correct, key=lambda d: len(_words(d) & words), default=None)


def _words(doc: dict[str, Any]) -> set[str]:
    return set(re.findall(r"\w+", str(doc.get("text", "")).lower()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--drop", type=int, default=2, help="which gold answer to leave out (0-2)")
    parser.add_argument("--lines", default=LINES, help="development lines, e.g. 451-460")
    parser.add_argument("--json", type=Path, help="write the scored rows here")
    args = parser.parse_args()
    from index.embed import embedder_for

    settings = Settings.from_env()
    own = settings.with_(collection_prefix=f"{settings.collection_prefix}-fewer{args.drop}")
    embedder = embedder_for(settings)
    folder = Path(settings.data_dir) / f"ramdocs-fewer{args.drop}"
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for record in load_ramdocs(args.corpus, parse_lines(args.lines)):
        smaller = fewer(record, args.drop)
        if smaller is None:
            continue
        answer, _ = _ask(smaller, folder, own, embedder)[0]
        row = score_ramdocs(smaller, answer)
        rows.append(row)
        print(row["line"], row["exact"], row["problems"], "|", answer.answer[:160], flush=True)
    n = len(rows) or 1
    print(
        json.dumps({k: round(sum(r[k] for r in rows) / n, 3) for k in ("exact", "gold_recall", "abstained")})
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
