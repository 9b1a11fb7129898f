"""Fit the event-scoping window (``AnswerTuning.report_lag_days``) on the union of gold sets.

A question that names a date ("on 2 February 2015") only accepts evidence from articles
published soon after it (``bot.scope``). How soon is a property of news corpora, not of one
question: this script measures, for every dated gold question and each of its supporting
articles, how many days after the asked period the article is dated, and prints the
distribution and the smallest whole-day window that keeps the wanted share of them.

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_report_lag.py gold/*.jsonl --keep 0.9

The index in DIR must hold the gold sets' articles (their dates come from the store).
"""

from __future__ import annotations

import argparse
import json
import math
from datetime import date
from pathlib import Path

from bot.dates import parse_iso, periods_in
from index.settings import Settings
from index.store import Store


def lags(gold_files: list[Path], dates: dict[str, str]) -> list[int]:
    """Days from the end of each dated question's period to each supporting article's date."""
    out = []
    for path in gold_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            periods = periods_in(item.get("question") or item.get("claim") or "")
            if not periods:
                continue
            for doc in {s["doc"] for s in item.get("supporting", [])}:
                published = parse_iso(dates.get(doc, ""))
                if published is not None:
                    out.append(min(_offset(published, p.start, p.end) for p in periods))
    return sorted(out)


def _offset(day: date, start: date, end: date) -> int:
    """Days after the period (0 inside it, negative before it)."""
    return (day - start).days if day < start else max(0, (day - end).days)


def window(days: list[int], keep: float) -> int:
    """The smallest lag (days) that keeps ``keep`` of the non-negative lags."""
    after = [d for d in days if d >= 0]
    return after[max(0, math.ceil(keep * len(after)) - 1)] if after else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--keep", type=float, default=0.9, help="share of supporting articles to keep")
    args = parser.parse_args()
    store = Store(Settings.from_env())
    dates = {a.doc: a.date for a in store.articles()}
    days = lags(args.gold, dates)
    if not days:
        raise SystemExit("no dated gold question has a dated supporting article in this index")
    print(
        f"{len(days)} (question, article) pairs; lag in days: min {days[0]}, median "
        f"{days[len(days) // 2]}, max {days[-1]}; before the period: {sum(d < 0 for d in days)}"
    )
    print(f"report_lag_days keeping {args.keep:.0%}: {window(days, args.keep)}")


if __name__ == "__main__":
    main()
