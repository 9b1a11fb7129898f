"""Article ids that cannot collide: same name, other folder, gets its own id.

An article's id is its file name (``000_66cd316cc8c383c8.txt``; jsonl: ``name#line-id``),
so existing indexes and gold sets keep their ids. Each article also records its *source*
(the file's absolute path, or ``upload:NAME`` for the chat page), and an id is reused
only by the same source or the same text (a moved or copied folder): a file of the same name from another folder gets the shortest
trailing path that is still free (``b/report.txt``), and the same id again on the next run.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from index.errors import printable
from index.load import Article

UPLOAD_NAMESPACE = "upload"
"""Ids of articles added from the chat page start ``upload/``; only uploads replace them."""


def source_of(path: Path | str, namespace: str = "") -> str:
    """Where an article comes from: a resolved path, or ``NAMESPACE:name`` for uploads."""
    path = Path(path)
    if namespace:
        return f"{namespace}:{printable(path.name)}"
    return str(path.resolve())


def same_source(recorded: str, source: str) -> bool:
    """True when an indexed article came from ``source``.

    Indexes written before sources were recorded absolute hold the path as given
    (``seeds/000.txt``): a relative record matches the absolute path it ends.
    """
    if recorded == source:
        return True
    if not recorded or os.path.isabs(recorded) or ":" in recorded.split("/")[0]:
        return False
    if str(Path(recorded).resolve()) == source:
        return True  # "../corpora/x.csv" recorded from this same working folder
    tail = os.path.normpath(recorded)
    return source.endswith(os.sep + tail) and not tail.startswith("..")


@dataclass
class Identities:
    """Assigns each loaded article its id against what is indexed and what this run saw."""

    known: Mapping[str, str]
    """Indexed article id -> its recorded source."""
    namespace: str = ""
    hashes: Mapping[str, str] = field(default_factory=dict)
    """Indexed article id -> its content hash: the same text from another folder is the same
    article (a moved or copied checkout), not a second one."""
    seen: dict[str, str] = field(default_factory=dict)
    """Id -> source, for the articles of this run."""

    def assign(self, article: Article) -> tuple[Article, str]:
        """The article under its own id with its source recorded, and a note when renamed.

        Raises ``KeyError`` never: a duplicate listing of the same file returns its first id
        and the note ``"listed twice"``.
        """
        source = source_of(article.path, self.namespace)
        candidates = self._candidates(article, source)
        for ident in candidates:  # an id this source already owns is kept, so ids are stable
            if ident in self.seen and self.seen[ident] == source:
                return replace(article, id=ident, path=source), "listed twice"
            if ident not in self.seen and same_source(self.known.get(ident, ""), source):
                return self._take(article, ident, source, candidates[0])
            if ident not in self.seen and self.hashes.get(ident) == article.hash:
                return self._take(article, ident, source, candidates[0])  # moved or copied
        for ident in candidates:
            if ident not in self.known and ident not in self.seen:
                return self._take(article, ident, source, candidates[0])
        fallback = f"{candidates[0]}~{hashlib.sha1(source.encode('utf-8', 'replace')).hexdigest()[:8]}"
        return self._take(article, fallback, source, candidates[0])

    def _take(self, article: Article, ident: str, source: str, first: str) -> tuple[Article, str]:
        self.seen[ident] = source
        note = ""
        if ident != first and ident not in self.known:
            owner = self.seen.get(first) or self.known.get(first, "")
            note = f"another article is named {first} (from {printable(owner)}); indexed as {ident}"
        return replace(article, id=ident, path=source), note

    def _candidates(self, article: Article, source: str) -> list[str]:
        """The id as loaded, then longer trailing paths of its file: ``report.txt``, ``b/report.txt``."""
        name = printable(Path(article.path).name)
        suffix = article.id[len(name) :] if article.id.startswith(name) else ""
        if self.namespace:
            return [f"{self.namespace}/{article.id}"]
        parts = [printable(p) for p in Path(source).parts[1:]]
        return [article.id] + ["/".join(parts[-k:]) + suffix for k in range(2, len(parts) + 1)]
