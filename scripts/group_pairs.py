"""List the count pairs ``bot.counted_nouns.one_group`` makes alike that were not alike before.

A group counted by its members ("300 troops" / "250 soldiers") is compared only when both
sides count one body of people; this scan shows every such pair a gold item's claim or question
meets in its cited articles (and quotes), with the gold verdict, so a new join of two different
groups shows up before it refutes anything. The check split is left out:

    .venv/bin/python scripts/group_pairs.py gold/seeds-more.jsonl gold/fakes-more.jsonl ...
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIRS = (ROOT / "seeds", ROOT.parent / "shared" / "corpora" / "fa-kes" / "articles")
"""Where the cited articles lie (seeds in the repository, FA-KES in the shared corpora)."""


def article(doc: str) -> str:
    """The cited article's text, "" when it is not on disk (BBC rows live in a CSV)."""
    for folder in (*ARTICLE_DIRS, Path("/work/shared/corpora/fa-kes/articles")):
        path = folder / doc
        if path.exists():
            return path.read_text(encoding="utf-8", errors="replace")
    return ""


def nouns(text: str) -> set[str]:
    """The counted nouns of the text's counts, as written (with a known compound's first word)."""
    from bot.counted_nouns import written_compound
    from bot.values import parse_quantities

    return {written_compound(text, x.end, x.unit) or x.unit for x in parse_quantities(text) if x.unit}


def scan(gold: Path, rank: int, reach: int) -> None:
    from bot.counted_nouns import one_group, synonyms
    from scripts.check_split import in_check_split

    for line in gold.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if in_check_split(item["id"]):
            continue
        asked = item.get("claim") or item.get("question") or ""
        cited = item.get("evidence") or item.get("supporting") or []
        texts = [c.get("quote", "") for c in cited] + [article(c.get("doc", "")) for c in cited]
        theirs = set().union(*(nouns(t) for t in texts)) if texts else set()
        for ours in nouns(asked):
            for other in sorted(theirs):
                if ours != other and one_group(ours, other, rank, reach) and not synonyms(ours, other, rank):
                    verdict = item.get("verdict") or f"answer={item.get('answer')}"
                    print(f"{item['id']}\t{verdict}\t{ours} ~ {other}")


def main() -> None:
    from index.tuning import CheckTuning

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+")
    args = parser.parse_args()
    tune = CheckTuning()
    for gold in args.gold:
        scan(gold, tune.unit_sense_rank, tune.group_member_reach)


if __name__ == "__main__":
    main()
