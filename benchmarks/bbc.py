"""The BBC News corpus (CSV rows of ``text,category``) as article records for the benchmarks.

It stays in ``shared/corpora``: the benchmarks read it from there and write temporary files.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news"
_FIRST_SENTENCE = re.compile(r"^(.{10,200}?[.!?])(?=\s)", re.S)


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    title: str
    category: str


def title_of(text: str) -> str:
    """First sentence, else the first 80 characters: the CSV has no title column."""
    text = text.strip()
    match = _FIRST_SENTENCE.match(text)
    return match.group(1).strip() if match else text[:80]


def rows(folder: Path = BBC, limit: int | None = None) -> Iterator[Row]:
    """Every non-empty row of every CSV in ``folder`` (sorted by file name), ids ``file-N``."""
    count = 0
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as source:
            for n, record in enumerate(csv.DictReader(source), start=1):
                if limit is not None and count >= limit:
                    return
                text = (record.get("text") or "").strip()
                if text:
                    count += 1
                    yield Row(f"{path.stem}-{n}", text, title_of(text), record.get("category", ""))


def write_jsonl(out: Path, folder: Path = BBC, limit: int | None = None) -> int:
    """The corpus as one .jsonl of ``{id, text, title}`` lines; returns the article count."""
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        for row in rows(folder, limit):
            record = {"id": row.id, "text": row.text, "title": row.title}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
