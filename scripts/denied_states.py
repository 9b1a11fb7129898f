"""Which gold claims does a copular state read from the parse deny or oppose, by verdict?

For each claim of the gold files (the check split left out), pairs the claim's copular states
(``bot.negated_predicate.states_of``) with those of its gold evidence quotes on the same subject
noun, and counts by gold verdict the pairs that deny it (the same state, one side negated: what
``denied_state`` refutes on) and the pairs that give a WordNet antonym of it with the same
polarity (a reading not used: a rule needs it to fire on refuted claims only).
Usage: python scripts/denied_states.py [GOLD ...]   (default: gold/*.jsonl)
"""

import glob
import json
import sys
from collections import Counter
from pathlib import Path

from bot.negated_predicate import State, states_of
from bot.wordnet import wordnet
from scripts.check_split import in_check_split


def _antonyms(word: str) -> set[str]:
    wn = wordnet()
    return set(wn.antonyms(word, "a", 1)) | set(wn.antonyms(word, "s", 1))


def _pairs(claim: str, quotes: list[str]) -> list[tuple[str, State, State]]:
    found = []
    for e in (s for q in quotes for s in states_of(q)):
        for c in states_of(claim):
            if c.subject != e.subject:
                continue
            if c.state == e.state and c.negated != e.negated:
                found.append(("denied", c, e))
            elif c.negated == e.negated and e.state in _antonyms(c.state):
                found.append(("antonym", c, e))
    return found


def main(paths: list[str]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for path in paths or sorted(glob.glob("gold/*.jsonl")):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("kind") != "claim" or in_check_split(item["id"]):
                continue
            for kind, c, e in _pairs(item["claim"], [ev["quote"] for ev in item.get("evidence", [])]):
                counts[(kind, item["verdict"])] += 1
                print(kind, item["id"], item["verdict"], c, e)
    for (kind, verdict), n in sorted(counts.items()):
        print(f"{kind:8} {verdict:12} {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
