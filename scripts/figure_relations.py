"""How does each gold quote's figure relate to its claim's figure, by the claim's gold verdict?

For each claim of the gold files (the check split left out) with a count, pairs each claim count
with each count of its gold quotes counting the same thing (``bot.values.same_measure``) and
names the relation of the two intervals: ``disjoint``; ``inside`` (the quote's within the
claim's); ``in_rounded`` (the claim's within a quote's rounded figure); ``floor_below`` /
``ceiling_above`` (the claim is open-ended and the quote's figure reaches past its bound: it
overlaps without stating it); ``scale_word`` (the quote gives only a scale, "hundreds", holding
the claim's figure); ``bound_near`` / ``bound_far`` (an open quote near or far past a bounded
claim's figure, ``CheckTuning.bound_reach``). Relations that rest on mere overlap and still come
with supported gold verdicts are the ones a stricter "stated figure" would lose.
Usage: python scripts/figure_relations.py [GOLD ...]   (default: the six development gold files)
"""

import json
import math
import sys
from collections import Counter

from bot.count_owner import counts
from bot.values import Quantity, allows, same_measure, vague_range
from index.tuning import CheckTuning
from scripts.check_split import in_check_split

GOLDS = ("seeds", "seeds-more", "fakes", "fakes-more", "bbc", "bbc-more")


def relation(e: Quantity, c: Quantity, reach: float) -> str:
    """The relation of a quote's interval ``e`` to the claim's ``c`` (see the module's docstring)."""
    if not allows(e, c):
        return "disjoint"
    if c.low <= e.low and e.high <= c.high:
        return "inside"
    if math.isinf(c.high):
        return "floor_below"
    if c.low <= 0 < c.high:
        return "ceiling_above"
    if vague_range(e):
        return "scale_word"
    if math.isinf(e.high):
        return "bound_near" if c.low <= e.low * (1 + reach) else "bound_far"
    return "in_rounded"


def main(names: list[str]) -> None:
    reach = CheckTuning().bound_reach
    table: Counter[tuple[str, str]] = Counter()
    for name in names:
        with open(f"gold/{name}.jsonl") as f:
            items = [json.loads(line) for line in f]
        for item in items:
            if item["kind"] != "claim" or in_check_split(item["id"]):
                continue
            for c in counts(item["claim"]):
                for ev in item.get("evidence", []):
                    for e in counts(ev["quote"]):
                        if not (c.unit and e.unit and same_measure(e.unit, c.unit)):
                            continue
                        rel = relation(e, c, reach)
                        table[rel, item["verdict"]] += 1
                        if rel not in ("inside", "disjoint"):
                            print(f"{rel:13} {item['verdict']:16} {item['id']:28} {c.text!r} <- {e.text!r}")
    print()
    for (rel, verdict), n in sorted(table.items()):
        print(f"{rel:13} {verdict:16} {n}")


if __name__ == "__main__":
    main(sys.argv[1:] or list(GOLDS))
