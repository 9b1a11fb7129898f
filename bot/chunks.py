"""Chunks of one kind stored column-wise: a few arrays and two UTF-8 blobs.

The lexical index keeps every claim sentence and passage in one of these, so its cache file
saves and loads in milliseconds whatever the corpus size, and a ``Chunk`` object is only made
when a row is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, overload

import numpy as np

from index.store import Chunk


class ChunkTable(Sequence[Chunk]):
    """Chunks of one kind stored column-wise (a few arrays and two UTF-8 blobs).

    Saves and loads in milliseconds whatever its size; a ``Chunk`` is made the first time
    it is read. Rows keep the order the store returned them in.
    """

    def __init__(self, kind: str, state: dict[str, Any]) -> None:
        self.kind = kind
        self.docs: list[str] = state["docs"]
        self.strings: list[str] = state["strings"]
        self._codes: np.ndarray = state["codes"]  # (n, 5): doc, speaker, title, outlet, date
        self._nums: np.ndarray = state["nums"]  # (n, 4): start, end, seq, last
        self._ids: bytes = state["ids"]
        self._id_at: np.ndarray = state["id_at"]
        self._texts: bytes = state["texts"]
        self._text_at: np.ndarray = state["text_at"]
        self._order: np.ndarray = state["order"]
        self._bounds: np.ndarray = state["bounds"]
        self._doc_code = {doc: i for i, doc in enumerate(self.docs)}
        self._made: dict[int, Chunk] = {}
        self._seqs: np.ndarray | None = None

    @classmethod
    def from_chunks(cls, kind: str, chunks: Sequence[Chunk]) -> ChunkTable:
        docs: dict[str, int] = {}
        strings: dict[str, int] = {}

        def code(table: dict[str, int], value: str) -> int:
            return table.setdefault(value, len(table))

        codes = np.array(
            [
                (
                    code(docs, c.doc),
                    code(strings, c.speaker),
                    code(strings, c.title),
                    code(strings, c.outlet),
                    code(strings, c.date),
                )
                for c in chunks
            ],
            dtype=np.int64,
        ).reshape(-1, 5)
        nums = np.array([(c.start, c.end, c.seq, c.last) for c in chunks], dtype=np.int64).reshape(-1, 4)
        ids, id_at = pack([c.id for c in chunks])
        texts, text_at = pack([c.text for c in chunks])
        # per article, rows by sentence index; a stable sort keeps the store's order for ties
        order = np.lexsort((nums[:, 2], codes[:, 0])) if len(chunks) else np.zeros(0, dtype=np.int64)
        bounds = np.searchsorted(codes[order, 0], np.arange(len(docs) + 1)) if len(chunks) else np.zeros(1)
        return cls(
            kind,
            {
                "docs": list(docs),
                "strings": list(strings),
                "codes": codes,
                "nums": nums,
                "ids": ids,
                "id_at": id_at,
                "texts": texts,
                "text_at": text_at,
                "order": np.asarray(order, dtype=np.int64),
                "bounds": np.asarray(bounds, dtype=np.int64),
            },
        )

    def state(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "strings": self.strings,
            "codes": self._codes,
            "nums": self._nums,
            "ids": self._ids,
            "id_at": self._id_at,
            "texts": self._texts,
            "text_at": self._text_at,
            "order": self._order,
            "bounds": self._bounds,
        }

    def __len__(self) -> int:
        return len(self._nums)

    def joined_text(self) -> str:
        """Every chunk's text, one after another (for a scan of the whole corpus)."""
        return self._texts.decode("utf-8", "replace")

    @overload
    def __getitem__(self, i: int) -> Chunk: ...

    @overload
    def __getitem__(self, i: slice) -> list[Chunk]: ...

    def __getitem__(self, i: int | slice) -> Chunk | list[Chunk]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        made = self._made.get(i)
        if made is None:
            doc, speaker, title, outlet, date = self._codes[i].tolist()
            start, end, seq, last = self._nums[i].tolist()
            made = Chunk(
                id=unpack(self._ids, self._id_at, i),
                kind=self.kind,
                doc=self.docs[doc],
                start=start,
                end=end,
                text=unpack(self._texts, self._text_at, i),
                seq=seq,
                last=last,
                speaker=self.strings[speaker],
                title=self.strings[title],
                outlet=self.strings[outlet],
                date=self.strings[date],
            )
            self._made[i] = made
        return made

    def __iter__(self) -> Iterator[Chunk]:
        """Every chunk in order; a full scan does not keep them all (memory stays flat)."""
        for i in range(len(self)):
            made = self._made.get(i)
            if made is None:
                made = self[i]
                self._made.pop(i, None)
            yield made

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def code_of(self, doc: str) -> int | None:
        """The article's number in ``docs`` (None if it has no chunks here)."""
        return self._doc_code.get(doc)

    def doc_codes(self) -> np.ndarray:
        """The article number of every row, in row order."""
        return self._codes[:, 0]

    def doc_code(self, i: int) -> int:
        """The article number of row ``i``."""
        return int(self._codes[i, 0])

    def find(self, doc: str, seq: int) -> int | None:
        """The first row (by sentence index) of an article with this sentence index."""
        code = self._doc_code.get(doc)
        if code is None:
            return None
        lo, hi = int(self._bounds[code]), int(self._bounds[code + 1])
        seqs = self._sorted_seqs()[lo:hi]  # ascending within the article: the first match is found by halving
        at = int(np.searchsorted(seqs, seq))
        return int(self._order[lo + at]) if at < hi - lo and seqs[at] == seq else None

    def _sorted_seqs(self) -> np.ndarray:
        """Every row's sentence index in ``_order`` (per article, ascending), made on first use."""
        if self._seqs is None:
            self._seqs = self._nums[self._order, 2] if len(self._nums) else np.zeros(0, dtype=np.int64)
        return self._seqs

    def rows(self, doc: str) -> list[int]:
        """Row numbers of one article's chunks, by sentence index."""
        code = self._doc_code.get(doc)
        if code is None:
            return []
        return self._order[self._bounds[code] : self._bounds[code + 1]].tolist()  # type: ignore[no-any-return]


def pack(values: list[str]) -> tuple[bytes, np.ndarray]:
    """UTF-8 strings as one blob and their byte offsets (``n + 1`` of them)."""
    encoded = [v.encode() for v in values]
    at = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(e) for e in encoded], out=at[1:])
    return b"".join(encoded), at


def unpack(blob: bytes, at: np.ndarray, i: int) -> str:
    """String ``i`` of a ``pack``ed blob."""
    return blob[int(at[i]) : int(at[i + 1])].decode()


class ByDoc(Mapping[str, list[Chunk]]):
    """Article -> its chunks by sentence index, made on first use."""

    def __init__(self, table: ChunkTable) -> None:
        self.table = table
        self._made: dict[str, list[Chunk]] = {}

    def __getitem__(self, doc: str) -> list[Chunk]:
        made = self._made.get(doc)
        if made is None:
            rows = self.table.rows(doc)
            if not rows:
                raise KeyError(doc)
            made = self._made[doc] = [self.table[i] for i in rows]
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self.table.docs)

    def __len__(self) -> int:
        return len(self.table.docs)
