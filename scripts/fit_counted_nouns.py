"""Fit ``AnswerTuning.kin_similarity`` (``bot.counted_nouns``) on the union of the gold sets.

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_counted_nouns.py dump gold/x.jsonl --out x.jsonl
    .venv/bin/python scripts/fit_counted_nouns.py fit x.jsonl y.jsonl ...

``dump`` takes every answerable count question with a counted noun, retrieves its sentences
as the answerer does, and writes one pair per count with a noun in them: the question's noun
as written against the count's noun as written, labelled positive when the count is the gold
value in a gold quote's sentence and negative when its value is not the gold answer (another
count in the retrieved sentences). Pairs of one word (same stem) are left out: they need no
test. ``fit`` keeps the pairs WordNet files as kin but not as synonyms (those the model decides)
and prints the cut-off that accepts the most positives less negatives, with each side's count.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def dump(gold: Path, out: Path, top: int) -> None:
    from bot.api import FactChecker
    from bot.counted_nouns import kin_steps, similarity, synonyms
    from bot.counts import asked_noun, written_noun
    from bot.eval.gold import GoldQuestion, load_gold
    from bot.question import Kind, analyse
    from bot.text import stem
    from bot.values import parse_quantities, unit_matches
    from index.settings import Settings
    from index.tuning import AnswerTuning

    tune = AnswerTuning()
    fc = FactChecker(Settings.from_env())
    words = fc.retriever.corpus().words
    rows: list[dict[str, Any]] = []
    for item in load_gold(gold):
        if not isinstance(item, GoldQuestion) or not item.answerable:
            continue
        q = analyse(item.question)
        if q.kind is not Kind.COUNT or not q.target or q.duration or q.age or q.distance or q.amount:
            continue
        wanted = [v for a in [item.answer, *item.answer_aliases] for v in parse_quantities(a)]
        if not wanted:
            continue
        asked = asked_noun(q.text, q.target)
        quotes = [s.quote for s in item.supporting]
        found = fc.retriever.search(item.question)
        for hit in found.sentences[:top]:
            text = hit.chunk.text
            gold_sentence = any(g[:40] in text or text[:40] in g for g in quotes)
            for x in parse_quantities(text):
                if not x.unit or unit_matches(x.unit, q.target) or unit_matches(x.unit, stem(asked)):
                    continue
                right = any(x.low == w.low and x.high == w.high for w in wanted)
                if right and not gold_sentence:
                    continue  # the gold value elsewhere: unlabelled
                counted = written_noun(text, x)
                rows.append(
                    {
                        "id": item.id,
                        "asked": asked,
                        "counted": counted,
                        "positive": right,
                        "synonyms": synonyms(asked, counted, tune.kin_sense_rank),
                        "kin": kin_steps(asked, counted, tune.kin_sense_rank, tune.kin_reach),
                        "similarity": round(similarity(asked, counted, words), 4),
                    }
                )
    seen = {(r["id"], r["asked"], r["counted"], r["positive"]): r for r in rows}
    out.write_text("".join(json.dumps(r) + "\n" for r in seen.values()), encoding="utf-8")
    print(f"{gold}: {len(seen)} pairs -> {out}")


def fit(paths: list[Path]) -> None:
    from bot.counted_nouns import kin_steps, people, synonyms
    from index.tuning import AnswerTuning

    tune = AnswerTuning()
    rows = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines()]
    for r in rows:  # WordNet's verdicts at the current ranks (the dump's similarity stays)
        r["synonyms"] = synonyms(r["asked"], r["counted"], tune.kin_sense_rank)
        kin = not people(r["asked"], r["counted"])  # the model's cut-off, on plain nouns too
        r["kin"] = kin_steps(r["asked"], r["counted"], tune.kin_sense_rank, tune.kin_reach) if kin else None
    for r in rows:
        if r["synonyms"] or r["kin"] is not None:
            print(
                f"{'+' if r['positive'] else '-'} {r['similarity']:.3f} kin={r['kin']} syn={r['synonyms']} "
                f"{r['asked']!r} / {r['counted']!r} ({r['id']})"
            )
    judged = [r for r in rows if not r["synonyms"] and r["kin"] is not None]
    pos = sorted(r["similarity"] for r in judged if r["positive"])
    neg = sorted(r["similarity"] for r in judged if not r["positive"])
    print(f"pairs: {len(rows)}; kin, not synonyms: {len(pos)} positive, {len(neg)} negative")
    syn = [r for r in rows if r["synonyms"]]
    print(
        f"synonyms: {sum(r['positive'] for r in syn)} positive, {sum(not r['positive'] for r in syn)} negative"
    )
    best = max(
        (sum(s >= c for s in pos) - sum(s >= c for s in neg), -c, c) for c in sorted({*pos, *neg, 1.0})
    )
    below = max((s for s in [*pos, *neg] if s < best[2]), default=0.0)
    cut = round((best[2] + below) / 2, 3)  # midway to the next pair below: the widest margin
    print(
        f"cut-off {cut:.3f} (midway {below:.3f}-{best[2]:.3f}): accepts {sum(s >= cut for s in pos)}/"
        f"{len(pos)} positives, {sum(s >= cut for s in neg)}/{len(neg)} negatives"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", type=Path)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--top", type=int, default=20, help="retrieved sentences read per question")
    f = sub.add_parser("fit")
    f.add_argument("dumps", type=Path, nargs="+")
    args = parser.parse_args()
    if args.cmd == "dump":
        dump(args.gold, args.out, args.top)
    else:
        fit(args.dumps)


if __name__ == "__main__":
    main()
