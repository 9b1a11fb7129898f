"""Fit ``predicate_noun_senses``: among how many of each word's commonest WordNet senses a
question's noun and a noun of the evidence may meet for the evidence to state it in other words
(``bot.sentences.same_nouns``: "kids" / "children").

Positives: each gold question (the six gold files, check split left out) against its own gold
quotes, for its nouns those quotes do not write; negatives: the same nouns against the quotes of
the first 200 other items of its file (a quote about something else must rarely name the thing).
For each setting, counts the (question, noun) pairs a quote states by a synonym either way.
Usage: PYTHONPATH=. python scripts/fit_predicate_nouns.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evidence import terms
from bot.nlp import dependency_parse
from bot.sentences import states_noun
from bot.text import tokens
from scripts.check_split import in_check_split

FILES = ("seeds", "fakes", "bbc", "seeds-more", "fakes-more", "bbc-more")
OTHERS = 200


def _quotes(item: dict) -> list[str]:
    return [e["quote"] for e in item.get("supporting", []) if e.get("quote")]


def _nouns(question: str) -> list[str]:
    return [t.text for t in dependency_parse(question) if t.pos_ == "NOUN" and tokens(t.text)]


def main() -> None:
    pairs: list[tuple[str, list[str], list[str]]] = []  # noun, own quotes, other quotes
    for name in FILES:
        items = [json.loads(line) for line in Path(f"gold/{name}.jsonl").read_text().splitlines()]
        items = [i for i in items if not in_check_split(i["id"]) and i.get("question") and _quotes(i)]
        quotes = [(i["id"], q) for i in items for q in _quotes(i)]
        for item in items:
            own = _quotes(item)
            others = [q for ident, q in quotes if ident != item["id"]][:OTHERS]
            for noun in _nouns(item["question"]):
                first = tokens(noun)[0]
                if any(terms(q).has(first) for q in own):
                    continue
                pairs.append((noun, own, [q for q in others if not terms(q).has(first)]))
    print(f"{len(pairs)} (question, noun) pairs whose own quotes do not write the noun")
    for senses in range(1, 7):
        right = sum(any(states_noun(n, q, senses) for q in own) for n, own, _ in pairs)
        wrong = sum(sum(states_noun(n, q, senses) for q in other) for n, _, other in pairs)
        seen = sum(len(other) for _, _, other in pairs)
        print(
            f"senses={senses}: own quote states {right}; other quotes state {wrong}/{seen} ({wrong / seen:.4f})"
        )


if __name__ == "__main__":
    main()
