"""Does a text's scene help or hurt its claims? Each text claim matched to a gold quote (as
``factbot eval`` matches them) is checked twice: with the scene sentence ``check_text`` gives it
(``bot.check.scene_sentence``) and with none, as if pasted alone. A row per claim, then per gold
file the count of claims the scene helped (right only with it), hurt (right only without), moved
between two wrong verdicts, or left alone, and the same split by what the scene added: the
lead's places (the place filter), only its names (the search), or only the lead (the judgement).
Items of the check split (ids u24-, u25-, u26-) are skipped.

    FACTBOT_DATA_DIR=IDX python scripts/text_context.py OUT.jsonl GOLD.jsonl ...
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.api import FactChecker  # noqa: E402
from bot.check import scene_names, scene_places, scene_sentence  # noqa: E402
from bot.claims import decompose  # noqa: E402
from bot.eval.text_items import score_text_item  # noqa: E402
from bot.types import TextReport  # noqa: E402
from index.split import split_sentences  # noqa: E402
from scripts.check_split import in_check_split  # noqa: E402


def rows_of(fc: FactChecker, item: dict) -> list[dict]:
    """The item's matched, check-worthy claims with their verdict with and without the scene."""
    text, rank = item["text"], fc.settings.tuning.check.place_sense_rank
    spans = split_sentences(text, 0, len(text))
    sentences = [text[a:b] for a, b in spans]
    claims = decompose(text)
    by_text = {c.text: c for c in claims}
    out = []
    for row in score_text_item(item, TextReport(text, claims))["claims"]:
        claim = by_text.get(row["claim"])
        if claim is None or not claim.checkworthy:
            continue
        said = " ".join(claim.text.split())
        at = next((i for i, (_, b) in enumerate(spans) if claim.start < b), len(spans) - 1)
        lead = scene_sentence(sentences, at, rank)
        out.append(
            {
                "id": item["id"],
                "quote": row["quote"],
                "claim": said,
                "expected": row["expected"],
                "with_scene": fc._checker.check(said, lead).verdict.value,
                "alone": fc._checker.check(said, "").verdict.value,
                "lead": lead,
                "added": "places"
                if scene_places(said, lead, rank)
                else "names"
                if scene_names(said, lead)
                else "lead",
            }
        )
    return out


def effect(row: dict) -> str:
    """helped, hurt, moved (both wrong) or same."""
    if row["with_scene"] == row["alone"]:
        return "same"
    if row["with_scene"] == row["expected"]:
        return "helped"
    return "hurt" if row["alone"] == row["expected"] else "moved"


def main() -> None:
    fc = FactChecker()
    with open(sys.argv[1], "w") as out:
        for path in sys.argv[2:]:
            totals: Counter[str] = Counter()
            for line in Path(path).read_text().splitlines():
                item = json.loads(line)
                if item.get("kind") != "text" or in_check_split(item["id"]):
                    continue
                for row in rows_of(fc, item):
                    out.write(json.dumps(row) + "\n")
                    kind = effect(row)
                    totals[kind] += 1
                    if kind != "same":
                        totals[f"{kind} ({row['added']})"] += 1
            print(Path(path).stem, dict(sorted(totals.items())))


if __name__ == "__main__":
    main()
