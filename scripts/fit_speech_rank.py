"""Fit the order of a named speaker's speeches (``bot.speech.speech_candidates``) on gold questions.

Asked "what did Kerr say about X", the answerer finds every sentence among the best hits where
Kerr speaks and ranks the speeches by ``speech_weights`` over three features: the sentence's
retrieval score (which weighs the speaker's name as much as the content), the sentence model's
closeness of the reported content to what the question says of it (``SpokenQuestion.about``),
and the IDF share of the question's topic words the content states (``topic_share``). ``dump``
runs every gold question asking what someone said through the answerer and records each found
speech's features and whether it is right (its content holds the gold answer or an alias, or its
sentence overlaps a gold supporting quote); ``fit`` grid-searches the weights for the most
questions whose top speech is right, over all the dumped sets together, and prints the current
weights' count beside the best. Questions whose ids start ``u24-``, ``u25-``, ``u26-`` (the
check split) are never dumped.

Measured (thirty-third session, the six dev sets): 29 questions have a right speech among those
found; close/topic weights 1/0.5 put a right one first for 26, 2-3 with 0.5-1 for 27, 5 for 26
again; so ``speech_close_weight`` is 2. Searching 30 sentences instead of 12 adds one question
with a right speech found but no weights put it first: most wrong speech answers are misses of
recall (the right sentence is not among the hits), not of order.

    FACTBOT_DATA_DIR=DIR python scripts/fit_speech_rank.py dump GOLD OUT.jsonl [WINDOW]
    python scripts/fit_speech_rank.py fit OUT.jsonl [OUT2.jsonl ...]
"""

from __future__ import annotations

import itertools
import json
import sys
from dataclasses import replace
from typing import Any

from bot.eval.scoring import mentions, normalise_answer
from bot.question import Kind, analyse
from bot.speech import asked_speech, speech_features
from index.tuning import AnswerTuning
from scripts.check_split import in_check_split


def _right(sentence: str, content: str, wanted: list[str], quotes: list[str]) -> bool:
    """The content holds a gold answer, or the sentence and a gold quote overlap."""
    said = normalise_answer(sentence)
    return any(mentions(w, content) for w in wanted) or any(
        (q := normalise_answer(quote)) and (q in said or said in q) for quote in quotes
    )


def dump(gold_path: str, out_path: str, window: int = 0) -> None:
    import bot.answer as answer
    from bot.api import FactChecker

    seen: list[tuple[Any, list[Any]]] = []
    original = answer.speech_candidates

    def record(spoken: Any, hits: list[Any], tune: AnswerTuning) -> Any:
        seen.append((spoken, list(hits)))
        return original(spoken, hits, tune)

    answer.speech_candidates = record  # type: ignore[assignment]
    fc = FactChecker()
    tune = fc.settings.tuning.answer
    read = replace(tune, speech_sentences=window) if window else tune
    with open(gold_path) as f, open(out_path, "w") as out:
        for line in f:
            item = json.loads(line)
            if item.get("kind") != "question" or in_check_split(item["id"]):
                continue
            if analyse(item["question"]).kind is not Kind.OPEN or asked_speech(item["question"]) is None:
                continue
            seen.clear()
            fc.ask(item["question"])
            if not seen:
                continue
            spoken, hits = seen[0]
            wanted = [item["answer"], *item.get("answer_aliases", [])]
            quotes = [s["quote"] for s in item.get("supporting", [])]
            rows = [
                {"features": list(feats), "right": _right(hit.text, content, wanted, quotes)}
                for hit, content, feats in speech_features(spoken, hits, read)
            ]
            out.write(json.dumps({"id": item["id"], "rows": rows}) + "\n")


def _top_right(rows: list[dict[str, Any]], weights: tuple[float, ...]) -> bool:
    best = max(rows, key=lambda r: sum(w * f for w, f in zip(weights, r["features"], strict=True)))
    return bool(best["right"])


def fit(paths: list[str]) -> None:
    items = []
    for path in paths:
        with open(path) as f:
            items += [json.loads(line) for line in f]
    items = [i for i in items if i["rows"] and any(r["right"] for r in i["rows"])]
    tune = AnswerTuning()
    current = (1.0, tune.speech_close_weight, tune.speech_topic_weight)
    grid = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0]
    scored = [
        (sum(_top_right(i["rows"], (1.0, c, t)) for i in items), (1.0, c, t))
        for c, t in itertools.product(grid, grid)
    ]
    print(f"{len(items)} questions with a right speech among those found")
    print("current", current, sum(_top_right(i["rows"], current) for i in items))
    for n, w in sorted(scored, reverse=True)[:10]:
        print("weights (score, close, topic)", w, n)


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
    else:
        fit(sys.argv[2:])
