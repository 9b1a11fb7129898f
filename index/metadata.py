"""Article metadata (title, outlet, date, URL) from wherever a corpus keeps it.

Precedence, per field: a json/jsonl record's own fields, then a metadata file (``--meta``
first, then a ``metadata.csv``/``metadata.jsonl`` found beside the articles), then what the
file itself says (HTML ``<meta>`` tags, ``<title>``), then what the text's first lines say
(``index.header``: a title line, a dateline, a wire credit). Dates are stored as ISO
``YYYY-MM-DD`` or not at all, so they sort and compare.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from index.clean import clean
from index.errors import InputFileError
from index.header import iso_date

if TYPE_CHECKING:
    from index.load import Article

META_NAMES = ("metadata.csv", "metadata.jsonl")
"""Files read as metadata, never as articles, when they sit in or beside an ingested folder."""
FIRST_LINE_CHARS = 200
"""A fallback title longer than this is a paragraph, not a name for the article."""
FIELDS = ("title", "outlet", "date", "url")
_ALIASES = {"source": "outlet", "publisher": "outlet", "site": "outlet", "link": "url", "headline": "title"}
_OWN_FIELDS = (".json", ".jsonl")


@dataclass(frozen=True)
class Meta:
    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""

    @classmethod
    def of(cls, record: dict[str, object]) -> Meta:
        """The known fields of a record (aliases such as ``source`` for outlet); others ignored."""
        found: dict[str, str] = {}
        for key, value in record.items():
            name = _ALIASES.get(str(key).strip().lower(), str(key).strip().lower())
            text = " ".join(str(value).split()) if value is not None else ""
            if name in FIELDS and text and name not in found:
                found[name] = text
        return cls(**found)


class MetaTable:
    """One metadata file: rows keyed by the ``file`` column (a path relative to the file, or a name)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = path.parent.resolve()
        self.rows: dict[str, Meta] = {}
        for number, record in enumerate(_records(path), start=1):
            key = str(record.get("file") or record.get("id") or "").strip()
            if not key:
                raise InputFileError(str(path), f"row {number} has no 'file' column value")
            self.rows[key.replace("\\", "/")] = Meta.of(record)
        names: dict[str, list[str]] = {}
        for key in self.rows:
            names.setdefault(key.rsplit("/", 1)[-1], []).append(key)
        self._by_name = {name: self.rows[keys[0]] for name, keys in names.items() if len(keys) == 1}

    def find(self, article: Article) -> Meta | None:
        """The row for an article: its path from this file's folder, its id, or its file name."""
        path = Path(article.path).resolve()
        keys = [article.id]
        if path.is_relative_to(self.folder):
            keys.insert(0, path.relative_to(self.folder).as_posix())
        for key in keys:
            if key in self.rows:
                return self.rows[key]
        return self._by_name.get(article.id) or self._by_name.get(path.name)


def _records(path: Path) -> list[dict[str, object]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(str(path), f"cannot read this metadata file: {exc}") from exc
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or "file" not in [f.strip().lower() for f in reader.fieldnames]:
            raise InputFileError(
                str(path), "a metadata CSV needs a 'file' column (plus title/outlet/date/url)"
            )
        return [{str(k).strip().lower(): v for k, v in row.items() if k} for row in reader]
    if path.suffix.lower() == ".jsonl":
        return [record for _, record in jsonl_records(path, text)]
    raise InputFileError(str(path), "a metadata file must be .csv or .jsonl")


def jsonl_records(path: Path, text: str) -> Iterator[tuple[int, dict[str, object]]]:
    """Each non-blank line of a .jsonl file as ``(line number, object)``; bad lines raise."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(str(path), f"invalid JSON on line {number}: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise InputFileError(str(path), f"line {number} is not a JSON object")
        yield number, record


class MetaSources:
    """Every metadata file that applies to one ingest: explicit ones, then ones found by folder.

    A ``metadata.csv``/``.jsonl`` applies to the articles under its folder. It is looked for
    in each article's folder and the folders above it up to the ingested folder, and in the
    folder just above an ingested folder, so a dataset laid out as ``metadata.csv`` beside an
    ``articles/`` folder works whichever of the two is ingested.
    """

    def __init__(self, roots: list[Path], explicit: list[Path] | None = None) -> None:
        self.explicit = [MetaTable(p) for p in explicit or []]
        self.roots = [(r if r.is_dir() else r.parent).resolve() for r in roots if r.exists()]
        self._tables: dict[Path, MetaTable | None] = {}
        self.errors: list[str] = []
        """One line per metadata file found but unusable: ``path: why``."""

    def table_for(self, folder: Path) -> MetaTable | None:
        if folder not in self._tables:
            self._tables[folder] = None
            for name in META_NAMES:
                if (folder / name).is_file():
                    try:
                        self._tables[folder] = MetaTable(folder / name)
                    except InputFileError as exc:
                        self.errors.append(str(exc))
                    break
        return self._tables[folder]

    def _folders(self, path: Path) -> list[Path]:
        folders = []
        for folder in path.resolve().parents:
            inside = any(folder.is_relative_to(r) for r in self.roots)
            if inside or folder in {r.parent for r in self.roots}:
                folders.append(folder)
            if not inside:
                break
        return folders

    def find(self, article: Article) -> Meta:
        for table in self.explicit:
            found = table.find(article)
            if found:
                return found
        for folder in self._folders(Path(article.path)):
            beside = self.table_for(folder)
            found = beside.find(article) if beside else None
            if found:
                return found
        return Meta()

    def complete(self, article: Article) -> Article:
        """The article with every field it can get, by the precedence in this module's docstring."""
        own = Path(article.path).suffix.lower() in _OWN_FIELDS
        table = self.find(article)
        header = clean(article.text).header
        detected = Meta(
            title=header.title or _first_line(article.text), outlet=header.outlet, date=header.date
        )
        values = {}
        for name in FIELDS:
            current = getattr(article, name)
            ordered = [current, getattr(table, name)] if own else [getattr(table, name), current]
            candidates = [*ordered, getattr(detected, name)]
            if name == "date":
                candidates = [iso_date(v) for v in candidates]
            values[name] = next((v for v in candidates if v), "")
        return replace(article, **values)


def _first_line(text: str) -> str:
    """Without a recognisable title line, the first line (cut short) still names the article."""
    return next((line.strip()[:FIRST_LINE_CHARS] for line in text.splitlines() if line.strip()), "")


class _MetaTags(HTMLParser):
    """Collects ``<meta>`` and canonical ``<link>`` values; the page text is read elsewhere."""

    KEYS: ClassVar[dict[str, str]] = {
        "og:title": "title",
        "twitter:title": "title",
        "og:site_name": "outlet",
        "application-name": "outlet",
        "article:published_time": "date",
        "og:published_time": "date",
        "date": "date",
        "pubdate": "date",
        "dc.date": "date",
        "og:url": "url",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            field = self.KEYS.get(key)
            if field and values.get("content") and field not in self.found:
                self.found[field] = values["content"]
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.found.setdefault("canonical", values["href"])


def html_meta(html: str) -> Meta:
    """Title, site name, publication date and URL a page declares in its head."""
    parser = _MetaTags()
    parser.feed(html)
    parser.close()
    found = parser.found
    return Meta(
        title=found.get("title", ""),
        outlet=found.get("outlet", ""),
        date=iso_date(found.get("date", "")),
        url=found.get("url") or found.get("canonical", ""),
    )
