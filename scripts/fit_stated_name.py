"""Fit ``AnswerTuning.name_by_meaning``: the sentence-model cosine above which a sentence that
passes every other gate states a who/which-group question's deed in its own words.

    python scripts/fit_stated_name.py DIR:GOLD.jsonl [DIR:GOLD.jsonl ...]

For every gold question asking for a person or a group, each reader candidate that passes the
evidence floor, the key-term, event-scope and dated-before gates but not ``Answerer._states``
and names someone the question does not is a row: its cosine to the question (``dense``), and
whether it holds a gold quote of an answerable item (a gold row) or not (another sentence; on
a not-in-sources item, one that would answer what the sources do not say). Prints, per cut,
how many gold and other rows lie above it, and the lowest cut with no not-in-sources row above.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.api import FactChecker  # noqa: E402
from bot.eval.gold import GoldQuestion, load_gold  # noqa: E402
from bot.eval.scoring import overlaps  # noqa: E402
from bot.question import Kind  # noqa: E402
from bot.scope import dated_before, fits  # noqa: E402
from bot.text import tokens  # noqa: E402
from index.settings import Settings  # noqa: E402
from scripts.declined import readers_input  # noqa: E402

ASKED = (Kind.PERSON, Kind.ORG)


def rows(fc: FactChecker, gold: Path) -> list[dict[str, object]]:
    ans = fc._answerer
    tune, floor = ans.tune, fc.settings.min_evidence
    out: list[dict[str, object]] = []
    for item in load_gold(gold):
        if not isinstance(item, GoldQuestion):
            continue
        q, scope, hits, spans = readers_input(fc, item)
        if q.kind not in ASKED:
            continue
        asked = set(tokens(q.text))
        for h in hits:
            if not (
                h.score >= floor * tune.floor_factor
                and ans._mentions_key_terms(q, h)
                and fits(scope, h, tune)
                and not dated_before(scope, h, tune)
            ):
                continue
            names = [e.text for e in h.parsed.entities if e.label in ("PERSON", "ORG", "NORP", "GPE")]
            if not any(set(tokens(n)) - asked for n in names) or ans._states(q, h):
                continue
            where = (h.chunk.doc, h.chunk.start, h.chunk.end)
            out.append(
                {
                    "id": item.id,
                    "answerable": item.answerable,
                    "gold": item.answerable and any(overlaps(where, g) for g in spans),
                    "dense": round(h.dense, 4),
                    "text": h.chunk.text[:100],
                }
            )
    return out


def main() -> None:
    every: list[dict[str, object]] = []
    for arg in sys.argv[1:]:
        data, gold = arg.split(":", 1)
        os.environ["FACTBOT_DATA_DIR"] = data
        fc = FactChecker(Settings.from_env())
        found = rows(fc, Path(gold))
        print(f"{gold}: {len(found)} rows", file=sys.stderr, flush=True)
        every += [{"set": gold, **r} for r in found]
    Path("/tmp/fit_stated_name.jsonl").write_text("".join(json.dumps(r) + "\n" for r in every))
    for cut in (0.6, 0.65, 0.7, 0.72, 0.75, 0.78, 0.8, 0.85):
        above = [r for r in every if float(str(r["dense"])) >= cut]
        gold = sorted({str(r["id"]) for r in above if r["gold"]})
        other = sum(1 for r in above if not r["gold"] and r["answerable"])
        unanswerable = sorted({str(r["id"]) for r in above if not r["answerable"]})
        print(
            f"cut {cut}: gold items {len(gold)} other rows {other} not-in-sources items {len(unanswerable)}"
        )
    cuts = [float(str(r["dense"])) for r in every if not r["answerable"]]
    print(f"highest not-in-sources row: {max(cuts) if cuts else None}")


if __name__ == "__main__":
    main()
