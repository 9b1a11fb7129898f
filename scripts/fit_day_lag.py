"""Measure a day-precision report lag on the union of gold sets (against ``AnswerTuning.report_lag_days``).

An undated sentence reports its article's own latest events. For a question or claim about one
day (or a few), an article published well after that day reports later events, unless the
sentence or its neighbours/title name the day. This script measures, for every gold question
or claim whose periods are all shorter than a week and each supporting quote, how many days
after the asked span its article is dated, split by whether the quote's context names the day
(a date in the span, or a weekday that ``weekday_date`` puts in it). It prints the undated
quotes' lags and the smallest whole-day lag keeping the wanted share of them.

    FACTBOT_DATA_DIR=DIR .venv/bin/python scripts/fit_day_lag.py gold/*.jsonl --keep 0.95

The index in DIR must hold the gold sets' articles (their dates and texts come from the store);
an article's dateline dates it over its listed date, as the bot reads it (``bot.datelines``).
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

from bot.datelines import dateline
from bot.dates import WEEK_DAYS, Period, parse_iso, periods_in, weekday_date, weekdays_in
from index.settings import Settings
from index.store import Store
from scripts.fit_report_lag import window

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def names_day(text: str, asked: list[Period], published: date | None) -> bool:
    """The text names a day of an asked span: a date in it, or a weekday resolving into it."""
    if any(p.overlaps(q) for p in periods_in(text) for q in asked):
        return True
    return published is not None and any(
        q.start <= weekday_date(w, published) <= q.end for w in weekdays_in(text) for q in asked
    )


def context(article: str, title: str, quote: str) -> str:
    """The title and the quote's sentence with one neighbour either side (a rough cut)."""
    parts = [s for s in _SENTENCE_END.split(article) if s.strip()]
    at = next((i for i, s in enumerate(parts) if quote[:40] in s), None)
    near = parts[max(0, at - 1) : at + 2] if at is not None else [quote]
    return "\n".join([title, *near])


def pairs(gold_files: list[Path], store: Store, dateline_chars: int) -> list[tuple[int, bool, str]]:
    """(lag in days after the asked span, the quote's context names the day, item id) per quote."""
    info = {a.doc: a for a in store.articles()}
    out = []
    for path in gold_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            asked = periods_in(item.get("question") or item.get("claim") or "")
            if not asked or any((p.end - p.start).days >= WEEK_DAYS for p in asked):
                continue
            for support in [*item.get("supporting", []), *item.get("evidence", [])]:
                art = info.get(support["doc"])
                if art is None:
                    continue
                article = store.article_text(art.doc)
                published = dateline(article[:dateline_chars]) or parse_iso(art.date)
                if published is None:
                    continue
                lag = min((published - q.end).days for q in asked)
                text = context(article, art.title, support["quote"])
                out.append((lag, names_day(text, asked, published), item["id"]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--keep", type=float, default=0.95, help="share of undated supporting quotes to keep")
    args = parser.parse_args()
    settings = Settings.from_env()
    found = pairs(args.gold, Store(settings), settings.tuning.answer.dateline_chars)
    undated = sorted(lag for lag, named, _ in found if not named)
    named = sorted(lag for lag, named, _ in found if named)
    print(f"{len(found)} (day item, quote) pairs: {len(named)} name the day, {len(undated)} do not")
    print(f"lags of quotes naming the day: {named}")
    print(f"lags of quotes not naming it: {undated}")
    fitted = window([max(0, d) for d in undated], args.keep)  # a lag before the span counts as 0
    print(f"a day-precision lag keeping {args.keep:.0%} of undated quotes: {fitted}")
    print(
        f"  undated quotes at or under it: {sum(d <= fitted for d in undated)}, over it: {sum(d > fitted for d in undated)}"
    )
    print(f"  quotes naming the day over it (kept by their naming): {sum(d > fitted for d in named)}")
    for lag, is_named, ident in sorted(found):
        if lag > fitted:
            print(f"    over: {ident} lag {lag} names day {is_named}")


if __name__ == "__main__":
    main()
