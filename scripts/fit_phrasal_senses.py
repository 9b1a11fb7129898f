"""Fit ``phrasal_senses``: how many of each verb's commonest WordNet senses a phrasal verb and a
plain verb may be read in (``bot/phrasal.py``).

Positives: each gold claim or question (the six gold files, not unseen/) against its own gold
quotes, where a phrasal verb on one side meets a plain verb on the other; negatives: the same
item against the gold quotes of the other items of its file (the first 200; a quote about something else must
not state the deed). For each setting, counts the items whose verbs are stated either way.
Usage: PYTHONPATH=. python scripts/fit_phrasal_senses.py
"""

import json

from bot.phrasal import phrasal_verbs, stated_phrasals

FILES = ("seeds", "fakes", "bbc", "seeds-more", "fakes-more", "bbc-more")


def _quotes(item: dict) -> list[str]:
    return [e["quote"] for e in item.get("evidence", []) + item.get("supporting", []) if e.get("quote")]


def main() -> None:
    for senses in range(1, 7):
        right = wrong = pos = neg = 0
        for name in FILES:
            with open(f"gold/{name}.jsonl") as f:
                items = [json.loads(line) for line in f]
            quotes = [(item["id"], q) for item in items for q in _quotes(item)]
            for item in items:
                text = item.get("question") or item.get("claim") or ""
                own = _quotes(item)
                if not text or not own:
                    continue
                mine = bool(phrasal_verbs(text))
                if not mine and not any(phrasal_verbs(q) for q in own):
                    continue
                pos += 1
                right += any(stated_phrasals(text, q, senses) for q in own)
                others = [q for ident, q in quotes if ident != item["id"]]
                neg += 1
                wrong += any(stated_phrasals(text, q, senses) for q in others[:200])
        print(f"senses={senses}: own quote stated {right}/{pos}; another item's quote stated {wrong}/{neg}")


if __name__ == "__main__":
    main()
