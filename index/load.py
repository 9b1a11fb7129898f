"""Files -> articles. An article's id is its file name (jsonl/csv: ``name#row-id``).

Control characters in a file name are escaped in its id (``printable``), so an id is
always one printable line; a name that is not UTF-8 is skipped with a message.

Spans are always offsets into ``Article.text``: the file's text for .txt/.md, the
``text`` field for json/jsonl/csv, the visible text for .html. That text is stored with the
article so every citation can be checked against it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from index.errors import InputFileError, printable
from index.metadata import META_NAMES, html_meta

SUFFIXES = {".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv"}
# CSV columns read as article metadata (first present wins); other columns are ignored.
CSV_META = {"title": ("title",), "outlet": ("outlet", "source"), "date": ("date",), "url": ("url",)}


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    path: str
    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""

    @property
    def hash(self) -> str:
        """Content hash: an unchanged article is never re-embedded."""
        meta = "\x1f".join([self.title, self.outlet, self.date, self.url])
        return hashlib.sha1((meta + "\x1e" + self.text).encode()).hexdigest()[:16]


def discover(paths: list[str | Path]) -> tuple[list[Path], list[InputFileError]]:
    """Expand files and folders into article files; a missing path is an error, not a crash."""
    files: list[Path] = []
    errors: list[InputFileError] = []
    for raw in paths:
        path = Path(raw)
        if not _utf8_name(path):
            errors.append(_bad_name(path))
        elif not path.exists():
            errors.append(InputFileError(str(path), "no such file or folder"))
        elif path.is_dir():
            files.extend(_walk(path, errors))
        elif path.suffix.lower() in SUFFIXES:
            files.append(path)
        else:
            errors.append(
                InputFileError(
                    str(path),
                    f"unsupported type {path.suffix or '(none)'}; use .txt .md .html .json .jsonl .csv",
                )
            )
    return files, errors


def _walk(folder: Path, errors: list[InputFileError]) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES and name not in META_NAMES:
                path = Path(root) / name
                if _utf8_name(path):
                    yield path
                else:
                    errors.append(_bad_name(path))


def _utf8_name(path: Path) -> bool:
    """False for a name holding bytes that are not UTF-8 (Chroma and JSON cannot store it)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _bad_name(path: Path) -> InputFileError:
    return InputFileError(str(path), "the file name is not valid UTF-8; rename the file and ingest it again")


def load_file(path: Path, max_bytes: int, problems: list[str] | None = None) -> list[Article]:
    """Read one file into articles; raise InputFileError saying why it cannot be used.

    A bad line of a ``.jsonl`` file is left out and described in ``problems`` (when given),
    so one broken record does not cost the file's other articles.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputFileError(
                str(path), f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit)"
            )
        raw = path.read_bytes()
    except PermissionError as exc:
        raise InputFileError(str(path), "cannot read it: permission denied") from exc
    except OSError as exc:
        raise InputFileError(str(path), f"cannot read it: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise InputFileError(str(path), "empty file")
    if b"\x00" in raw[:8192]:
        raise InputFileError(str(path), "binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            str(path), f"not UTF-8 text (bad byte at {exc.start}); re-save it as UTF-8"
        ) from exc
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        title, body = html_to_text(text)
        meta = html_meta(text)
        articles = [
            Article(_name(path), body, str(path), meta.title or title, meta.outlet, meta.date, meta.url)
        ]
    elif suffix == ".json":
        articles = [_from_record(_parse_json(path, text), path, _name(path))]
    elif suffix == ".jsonl":
        bad: list[str] = []
        articles = _from_jsonl(path, text, bad)
        if not any(a.text.strip() for a in articles) and bad:
            raise InputFileError(str(path), "no usable line: " + "; ".join(bad[:3]))
        if problems is not None:
            problems.extend(f"{printable(str(path))}: {why}; line skipped" for why in bad)
    elif suffix == ".csv":
        articles = _from_csv(path, text)
    else:
        articles = [Article(id=_name(path), text=text, path=str(path))]
    usable = [a for a in articles if a.text.strip()]
    if not usable:
        raise InputFileError(str(path), "no article text in it")
    return usable


def _name(path: Path) -> str:
    return printable(path.name)


def _parse_json(path: Path, text: str) -> dict[str, object]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFileError(str(path), f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(record, dict):
        raise InputFileError(str(path), "JSON must be an object with a 'text' field")
    return record


def _from_jsonl(path: Path, text: str, bad: list[str]) -> list[Article]:
    """One article per good line; each bad line is described in ``bad`` and left out."""
    articles: list[Article] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append(f"line {lineno}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            bad.append(f"line {lineno}: not a JSON object")
            continue
        line_id = printable(str(record.get("id", lineno)))
        if line_id in seen:
            bad.append(f"line {lineno}: duplicate id {line_id!r}")
            continue
        try:
            article = _from_record(record, path, f"{_name(path)}#{line_id}")
        except InputFileError as exc:
            bad.append(f"line {lineno}: {exc.reason}")
            continue
        seen.add(line_id)
        articles.append(article)
    return articles


def _from_csv(path: Path, text: str) -> list[Article]:
    """One article per row with a non-empty ``text`` column (a CSV export of articles).

    The id is ``name#N`` (N = 1-based data row) or ``name#<id column>``; ``title``,
    ``outlet``/``source``, ``date`` and ``url`` columns become metadata, others are ignored.
    """
    # A field can never be longer than the file holding it, and the file is already within
    # the size limit, so raising the csv module's 128 KB field cap to the text's length is safe.
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        if "text" not in header:
            raise InputFileError(
                str(path),
                f"no 'text' column (columns: {', '.join(header) or 'none'}); "
                "a CSV of articles needs one article per row in a 'text' column",
            )
        articles: list[Article] = []
        seen: set[str] = set()
        rows = (row for row in reader if any(cell.strip() for cell in row))  # blank lines
        for rowno, row in enumerate(rows, start=1):
            cells = dict(zip(header, row, strict=False))
            if not cells.get("text", "").strip():
                continue
            row_id = cells.get("id", "").strip() or str(rowno)
            if row_id in seen:
                raise InputFileError(str(path), f"row {rowno}: duplicate id {row_id!r}")
            seen.add(row_id)
            record: dict[str, object] = {"text": cells["text"]}
            for key, columns in CSV_META.items():
                record[key] = next((cells[c].strip() for c in columns if cells.get(c, "").strip()), "")
            articles.append(_from_record(record, path, f"{_name(path)}#{row_id}"))
    except csv.Error as exc:
        raise InputFileError(str(path), f"invalid CSV near line {reader.line_num}: {exc}") from exc
    return articles


def _from_record(record: dict[str, object], path: Path, article_id: str) -> Article:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputFileError(str(path), "needs a string 'text' field")

    def meta(key: str) -> str:
        value = record.get(key)
        return "" if value is None else str(value)

    return Article(
        id=article_id,
        text=text,
        path=str(path),
        title=meta("title"),
        outlet=meta("outlet"),
        date=meta("date"),
        url=meta("url"),
    )


class _VisibleText(HTMLParser):
    """Collects text a reader sees: no scripts, styles, head metadata or hidden templates."""

    SKIP: ClassVar[frozenset[str]] = frozenset(
        ["script", "style", "noscript", "template", "head", "svg", "iframe"]
    )
    BLOCK: ClassVar[frozenset[str]] = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "figcaption",
            "ul",
            "ol",
            "table",
        ]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page, one block per line, and its <title>."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    body = "\n".join(line for line in lines if line)
    return " ".join("".join(parser.title).split()), body
