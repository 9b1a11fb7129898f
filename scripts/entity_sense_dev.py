"""Entity grouping on RAMDocs development lines 451-500 (questions with several right answers).

For each question, the correct documents are grouped by ``bot.entity_sense.group_by_entity``
on the question's subject. Reported: how many documents carry a description; of pairs of
described correct documents with different gold answers, how many land in different groups
(separation) and, with the same answer, in the same group (cohesion); and for each
misinformation document, whether ``same_entity`` puts it with the correct document it was
made from (the correct document sharing most of its words). Lines 101-450 are never read.

    .venv/bin/python scripts/entity_sense_dev.py [--corpus PATH] [--show]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from pathlib import Path

from bot.attributes import question_subject
from bot.entity_sense import descriptor, group_by_entity, same_entity
from scripts.attribute_dev import CORPUS, DEV_SPLITS, dev_items, norm


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def measure(path: Path, first: int, stop: int, show: bool) -> dict[str, float]:
    docs = described = apart = apart_n = together = together_n = mis_same = mis_n = 0
    for item in dev_items(path, first, stop):
        subject = question_subject(item["question"])
        correct = [d for d in item["documents"] if d["type"] == "correct"]
        texts = [d["text"] for d in correct]
        groups = group_by_entity(texts, subject)
        group_of = {m: g for g, group in enumerate(groups) if group.label for m in group.members}
        docs += len(correct)
        described += len(group_of)
        for i, j in itertools.combinations(sorted(group_of), 2):
            if norm(correct[i]["answer"]) != norm(correct[j]["answer"]):
                apart_n += 1
                apart += group_of[i] != group_of[j]
            else:
                together_n += 1
                together += group_of[i] == group_of[j]
        for mis in (d for d in item["documents"] if d["type"] == "misinfo"):
            if not correct:
                continue
            source = max(correct, key=lambda d: len(_words(d["text"]) & _words(mis["text"])))
            mis_n += 1
            mis_same += same_entity(mis["text"], source["text"], subject)
        if show:
            print(f"{item['question']} [{subject}]")
            for group in groups:
                answers = sorted({correct[m]["answer"] for m in group.members})
                print(f"    {group.label or '(no description)'}: {answers}")
            for doc in correct:
                print(f"      {doc['answer']!r}: {descriptor(doc['text'], subject)}")
    return {
        "correct_docs": docs,
        "described": described / docs if docs else 0.0,
        "different_answer_pairs": apart_n,
        "separation": apart / apart_n if apart_n else 0.0,
        "same_answer_pairs": together_n,
        "cohesion": together / together_n if together_n else 0.0,
        "misinfo_docs": mis_n,
        "misinfo_same_entity_as_source": mis_same / mis_n if mis_n else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    first, stop = DEV_SPLITS["451-500"]
    result = measure(args.corpus, first, stop, args.show)
    print(json.dumps({k: round(v, 3) for k, v in result.items()}))


if __name__ == "__main__":
    main()
