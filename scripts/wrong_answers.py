"""List the questions an eval answered wrongly, each with a rough kind of failure, and count them.

For every question of an eval JSON (``factbot eval --json``) that was answered with a wrong
value, or answered where the gold says the sources do not tell, prints the question, the answer
given, the gold answer, the kind of answer asked (``bot.question.analyse``; "speech" where it asks
what someone said), what the eval says of the gold passages (in the top 5 or not) and a kind of
failure, then the count of each kind:

- ``unanswerable``: answered where the sources do not say;
- ``not retrieved``: no gold passage among the top 5, so no rule of reading could answer;
- ``wrong values (a disagreement)``: sources set against each other, none with the gold value;
- ``sentence for a phrase``: a whole sentence given where a short value was asked;
- ``wrong value``: a value of the asked kind, from the gold passages' reach (another role, another
  event, another source).

Items of the check split (ids ``u24-``, ``u25-``, ``u26-``) are never shown nor counted.

With ``--sentences`` it instead counts every answer given as a whole sentence (``is_sentence``)
by asked kind and outcome (right, wrong, unanswerable answered): what declining such answers
would cost (right ones lost) and gain (unanswerable ones declined), u-items apart.

    python scripts/wrong_answers.py [--sentences] EVAL.json [EVAL2.json ...]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

from bot.question import analyse
from bot.speech import asked_speech
from scripts.check_split import in_check_split

_DIFFER = ("The sources differ", "The reports differ")
SENTENCE_WORDS = 10
"""An answer this long where the gold is half as long is a sentence given for a phrase."""


def failure(item: dict[str, Any]) -> str:
    """The rough kind of an answered question's failure (see the module)."""
    if not item["answerable"]:
        return "unanswerable"
    if str(item.get("quotes_in_top5", "")).startswith("0/"):
        return "not retrieved"
    if str(item["got"]).startswith(_DIFFER):
        return "wrong values (a disagreement)"
    got, gold = str(item["got"]).split(), str(item["expected"]).split()
    if len(got) >= SENTENCE_WORDS and len(gold) * 2 <= len(got):
        return "sentence for a phrase"
    return "wrong value"


def asked_kind(question: str) -> str:
    """The kind of answer the question asks; "speech" for what someone said."""
    q = analyse(question)
    return "speech" if q.kind.value == "open" and asked_speech(question) else q.kind.value


def is_sentence(item: dict[str, Any]) -> bool:
    """The answer is a sentence: ``SENTENCE_WORDS`` words or more and no list of sources' values."""
    got = str(item["got"])
    return (
        len(got.split()) >= SENTENCE_WORDS and not got.startswith(_DIFFER) and "different things" not in got
    )


def outcome(item: dict[str, Any]) -> str:
    """A given answer's outcome: right, wrong, or "unanswerable" (the sources do not say)."""
    if not item["answerable"]:
        return "unanswerable"
    return "right" if item["correct"] else "wrong"


def sentence_table(paths: list[str]) -> None:
    """Counts of whole-sentence answers by set part (u-items or the rest), asked kind and outcome."""
    tally: Counter[tuple[str, str, str]] = Counter()
    for path in paths:
        with open(path) as f:
            items = json.load(f)["items"]
        for item in items:
            if item["kind"] != "question" or in_check_split(item["id"]) or item["abstained"]:
                continue
            if is_sentence(item):
                part = "u-items" if item["id"].startswith("u") else "older"
                tally[(part, asked_kind(item["text"]), outcome(item))] += 1
    for (part, kind, result), n in sorted(tally.items()):
        print(f"{n:4d}  {part:8s} {kind:8s} {result}")


def main(paths: list[str]) -> None:
    tally: Counter[tuple[str, str]] = Counter()
    for path in paths:
        with open(path) as f:
            items = json.load(f)["items"]
        for item in items:
            if item["kind"] != "question" or in_check_split(item["id"]):
                continue
            if item["correct"] or item["abstained"]:
                continue
            kind, why = asked_kind(item["text"]), failure(item)
            tally[(kind, why)] += 1
            print(f"{path} {item['id']} [{kind}] {why} top5={item.get('quotes_in_top5')}")
            print(
                f"   Q: {item['text']}\n   A: {str(item['got'])[:160]}\n   E: {str(item['expected'])[:120]}"
            )
    for (kind, why), n in tally.most_common():
        print(f"{n:4d}  {kind:8s} {why}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--sentences"]:
        sentence_table(sys.argv[2:])
    else:
        main(sys.argv[1:])
