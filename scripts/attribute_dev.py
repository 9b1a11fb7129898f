"""Attribute values on the RAMDocs development lines (1-100 and 451-500 only).

For every question that ``bot.attributes.attribute_question`` recognises, each correct
document's top candidate (``document_candidates``) is compared with that document's gold
answer, and the best candidate over all correct documents with the question's gold answers
(normalised: case, punctuation, a leading article). ``--no-debris-filter`` measures how often
wiki furniture would have been proposed without ``bot.debris.is_debris``. Lines 101-450 are
held out: they are never read.

    .venv/bin/python scripts/attribute_dev.py [--corpus PATH] [--show] [--no-debris-filter]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bot.attributes as attributes
from bot.debris import is_debris

CORPUS = Path("/work/shared/corpora/ramdocs/RAMDocs_test.jsonl")
DEV_SPLITS = {"1-100": (0, 100), "451-500": (450, 500)}
"""The development lines (1-based, inclusive); 101-450 are held out and never read."""


def dev_items(path: Path, first: int, stop: int) -> Iterator[dict[str, Any]]:
    """Lines ``first+1``..``stop`` of the corpus, read with islice: nothing else is parsed."""
    with path.open(encoding="utf-8") as source:
        for line in itertools.islice(source, first, stop):
            yield json.loads(line)


def norm(text: str) -> str:
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return re.sub(r"^(?:a|an|the)\s+", "", " ".join(text.split()))


def loose(value: str, gold: str) -> bool:
    """Exact after normalising, or one inside the other on word boundaries ("Assamese" in
    "Assamese-language", "football" in "American football")."""
    v, g = norm(value), norm(gold)
    return bool(v and g) and (v == g or f" {v} " in f" {g} " or f" {g} " in f" {v} ")


def measure(path: Path, first: int, stop: int, show: bool) -> dict[str, float]:
    asked = items = exact = near = proposed = debris = docs = doc_exact = doc_near = doc_any = 0
    for item in dev_items(path, first, stop):
        items += 1
        ask = attributes.attribute_question(item["question"])
        if ask is None:
            continue
        asked += 1
        best: attributes.Candidate | None = None
        for doc in item["documents"]:
            if doc["type"] != "correct":
                continue
            docs += 1
            found = attributes.document_candidates(doc["text"], ask)
            if not found:
                continue
            top = found[0]
            doc_any += 1
            doc_exact += norm(top.text) == norm(doc["answer"])
            doc_near += loose(top.text, doc["answer"])
            if best is None or top.score > best.score:
                best = top
                best_sentence = _sentence_of(doc["text"], top)
        if best is None:
            if show:
                print(f"  --  {item['question']} | gold {item['gold_answers']} | no candidate")
            continue
        proposed += 1
        hit = any(norm(best.text) == norm(g) for g in item["gold_answers"])
        exact += hit
        near += any(loose(best.text, g) for g in item["gold_answers"])
        debris += is_debris(best_sentence)
        if show:
            mark = "ok" if hit else "  "
            print(f"  {mark}  {item['question']} | gold {item['gold_answers']} | {best.text!r} ({best.why})")
    return {
        "items": items,
        "attribute_questions": asked,
        "with_candidate": proposed,
        "top_exact": exact / asked if asked else 0.0,
        "top_loose": near / asked if asked else 0.0,
        "top_from_debris": debris / proposed if proposed else 0.0,
        "correct_docs": docs,
        "doc_with_candidate": doc_any / docs if docs else 0.0,
        "doc_top_exact": doc_exact / docs if docs else 0.0,
        "doc_top_loose": doc_near / docs if docs else 0.0,
    }


def _sentence_of(text: str, candidate: attributes.Candidate) -> str:
    from index.split import split_sentences

    for start, end in split_sentences(text, 0, len(text)):
        if start <= candidate.start < end:
            return text[start:end]
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", action="store_true", help="print every attribute question")
    parser.add_argument("--no-debris-filter", action="store_true")
    args = parser.parse_args()
    if args.no_debris_filter:
        attributes.is_debris = lambda text: False  # type: ignore[assignment]
    for name, (first, stop) in DEV_SPLITS.items():
        print(f"lines {name}")
        result = measure(args.corpus, first, stop, args.show)
        print("  " + json.dumps({k: round(v, 3) for k, v in result.items()}))


if __name__ == "__main__":
    main()
