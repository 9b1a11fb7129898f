"""Can WordNet's "is a kind of" links state an asked deed the predicate check misses?

Measures the reading the answerability brief proposed for the predicate check: a question verb
and a sentence verb name one deed at two degrees of detail when a sense of one, among its first
``senses``, lies at most ``steps`` "is a kind of" steps under a sense of the other among its
first as many, that broader sense has a parent of its own (a root such as "act" or "change"
names no particular deed) and WordNet does not call them opposites ("knock out" / "beat", "mug" /
"rob", "help" / "support"). A verb with its particle is read as WordNet's multiword verb.

Two steps, because each gold set needs the index holding its articles:

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_paraphrased_deed.py dump gold/x.jsonl \
        --baseline /tmp/b-x.json --out x.jsonl
    .venv/bin/python scripts/fit_paraphrased_deed.py fit x.jsonl y.jsonl ... [--show]

``dump`` retrieves, as answering does, every question gold calls "not in sources" and every
answerable question the baseline run declined, and records each retrieved sentence that passes
the answerer's placement gates (floor, names, period, background) but not its predicate check
(``Answerer._states``), with whether it holds a gold quote. A gold-quote sentence of an
answerable question is a deed the check missed (positive); any sentence of a "not in sources"
question is one that must stay refused (negative). ``fit`` prints, per (senses, steps), the
precision and recall of the link over those pairs (a link counts only where the question's verb
is not written in the sentence) and the questions it would open.

Result on the six development sets (2026-12-07, 390 questions, 52 positive and 630 negative
pairs): no setting links a single positive pair; 1 sense 1 step links 4 negative pairs, 2 senses
2 steps 14. The asked deeds the check misses are mostly phrasal or idiomatic ("held up" /
"blocked", "signed off" / "approved", "owned up to" / "claimed responsibility"), with no WordNet
link, or counts whose deed is stated but whose event is worded otherwise (``bot.counted_deed``).
The sentence model over deed phrases (verb, particle, object head), tried first on the
seeds-more pairs (12 positive, 124 negative), did no better: at cosine 0.7 precision 0.20,
recall 0.08 ("buy company" / "sell company" 0.84, "resign" / "step down" 0.37).
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import overlaps  # noqa: E402
from bot.types import NOT_IN_SOURCES  # noqa: E402
from scripts.check_split import in_check_split  # noqa: E402

GRID = [(senses, steps) for senses in (1, 2, 3, 4) for steps in (1, 2, 3)]
RANKS = 8
"""Sentences past the placement gates read per question: the answerer's pool is no deeper."""


_LIGHT = frozenset({"be", "have", "do", "get", "make", "take", "give", "go", "come"})
"""Verbs too light to be a deed by themselves ("got", "made"): their object says it."""


@lru_cache(maxsize=8192)
def deed_lemmas(text: str) -> frozenset[str]:
    """The verbs of a text as WordNet lemmas: a verb with its particle as the multiword verb
    WordNet holds ("held up" -> "hold_up"), else its lemma; auxiliaries and light verbs left out."""
    from bot.nlp import dependency_parse
    from bot.phrasal import phrasal_lemma
    from index.lexicon import AUXILIARIES

    out: set[str] = set()
    for tok in dependency_parse(text, entities=False):
        if tok.pos_ == "VERB" and tok.lower_ not in AUXILIARIES:
            lemma = phrasal_lemma(tok) or tok.lemma_.lower()
            if lemma not in _LIGHT:
                out.add(lemma)
    return frozenset(out)


@lru_cache(maxsize=65536)
def one_deed(asked: str, said: str, senses: int, steps: int) -> bool:
    """Two verbs name one deed at two degrees of detail (see the module's docstring)."""
    from bot.wordnet import wordnet

    wn = wordnet()
    first_asked, first_said = wn.senses(asked, "v")[:senses], wn.senses(said, "v")[:senses]
    if asked == said or not first_asked or not first_said:
        return False
    if said in wn.antonyms(asked) or asked in wn.antonyms(said):
        return False
    for narrow, broad in ((first_asked, first_said), (first_said, first_asked)):
        above = wn.steps_above(narrow, steps)
        if any(above.get(b, 0) > 0 and wn.synsets[b].parents for b in broad):
            return True
    return False


def declined(baseline: Path) -> set[str]:
    """Answerable questions the baseline run declined."""
    items = json.loads(baseline.read_text())["items"]
    return {
        i["id"] for i in items if i["kind"] == "question" and i["answerable"] and i["got"] == NOT_IN_SOURCES
    }


def dump(gold: Path, baseline: Path, out: Path) -> None:
    from bot.api import FactChecker
    from scripts.declined import placed_before_states, readers_input

    fc = FactChecker()
    ans = fc._answerer
    wanted = declined(baseline)
    with out.open("a") as f:
        for item in load_gold(gold):
            if not isinstance(item, GoldQuestion) or in_check_split(item.id):
                continue
            if item.answerable and item.id not in wanted:
                continue
            q, scope, hits, spans = readers_input(fc, item)
            placed = placed_before_states(fc, q, scope, hits)[:RANKS]
            rows = [
                {
                    "text": h.chunk.text,
                    "previous": h.previous_text,
                    "dense": round(h.dense, 4),
                    "gold": any(overlaps((h.chunk.doc, h.chunk.start, h.chunk.end), g) for g in spans),
                }
                for h in placed
                if not ans._states(q, h)
            ]
            passed = len(placed) - len(rows)
            line = {
                "id": item.id,
                "q": item.question,
                "searched": q.text,
                "kind": q.kind.value,
                "answerable": item.answerable,
                "passed": passed,
                "rows": rows,
            }
            f.write(json.dumps(line) + "\n")
            f.flush()


def read_rows(dumps: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for p in dumps for line in p.read_text().splitlines() if line]


def fit(dumps: list[Path], show: bool) -> None:
    items = read_rows(dumps)
    pairs: list[tuple[dict[str, Any], dict[str, Any], frozenset[str], frozenset[str]]] = []
    for it in items:
        asked = deed_lemmas(it["searched"])
        for r in it["rows"]:
            said = deed_lemmas(r["text"])
            pairs.append((it, r, asked - said, said))
    pos = sum(1 for it, r, _, _ in pairs if it["answerable"] and r["gold"])
    neg = sum(1 for it, _, _, _ in pairs if not it["answerable"])
    print(
        f"{len(items)} questions; pairs: {pos} paraphrased (gold sentence), {neg} other deed (not in sources)"
    )
    for senses, steps in GRID:
        hit = [
            (it, r, links)
            for it, r, asked, said in pairs
            if (
                links := [
                    f"{a}/{s}" for a in sorted(asked) for s in sorted(said) if one_deed(a, s, senses, steps)
                ]
            )
        ]
        tp = sum(1 for it, r, _ in hit if it["answerable"] and r["gold"])
        fp = sum(1 for it, _, _ in hit if not it["answerable"])
        right = len({it["id"] for it, r, _ in hit if it["answerable"] and r["gold"]})
        wrong = len({it["id"] for it, _, _ in hit if not it["answerable"] and not it["passed"]})
        precision = tp / (tp + fp) if tp + fp else 1.0
        print(
            f"  senses {senses} steps {steps}: pairs precision {precision:.2f} recall {tp / max(pos, 1):.2f} "
            f"({tp} right / {fp} wrong); questions opened right {right} wrong {wrong}"
        )
        if show:
            for it, r, links in hit:
                label = (
                    "POS" if it["answerable"] and r["gold"] else ("NEG" if not it["answerable"] else "oth")
                )
                print(f"    {label} {','.join(links)} | {it['q']} || {r['text'][:140]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("step", choices=["dump", "fit"])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if args.step == "dump":
        assert args.out is not None and args.baseline is not None, "dump needs --baseline and --out"
        for gold in args.files:
            dump(gold, args.baseline, args.out)
    else:
        fit(args.files, args.show)


if __name__ == "__main__":
    main()
