"""``bot/chunks.py``: the column-wise chunk table behind the lexical index, on hand-made chunks.

``tests/bot/test_lexical.py`` pins the round trip and the grouping by article; these pin the
table's own lookups and its sequence behaviour.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.chunks import ByDoc, ChunkTable, pack, unpack
from index.store import Chunk

CHUNKS = [
    Chunk("b1", "claims", "b.txt", 30, 50, "Second of b.", seq=1),
    Chunk("a0", "claims", "a.txt", 0, 20, "First of a.", seq=0, speaker="Ann"),
    Chunk("b0", "claims", "b.txt", 0, 29, "First of b.", seq=0),
    Chunk("b1x", "claims", "b.txt", 30, 50, "Second of b, again.", seq=1),
]


def test_strings_are_packed_by_bytes_not_characters() -> None:
    """Offsets count UTF-8 bytes, so multi-byte text ("€", "ü", emoji) unpacks exactly."""
    values = ["€4 million", "", "Zürich 😀", "plain"]
    blob, at = pack(values)
    assert at.tolist() == [0, 12, 12, 24, 29]
    assert [unpack(blob, at, i) for i in range(len(values))] == values


def test_rows_are_read_like_a_list() -> None:
    """Negative indexes and slices work; an index past either end is an IndexError."""
    table = ChunkTable.from_chunks("claims", CHUNKS)
    assert table[-1] == CHUNKS[-1] and table[1:3] == CHUNKS[1:3] and table[::-2] == CHUNKS[::-2]
    assert table[0] is table[0]  # made once, then reused
    for bad in (len(CHUNKS), -len(CHUNKS) - 1):
        with pytest.raises(IndexError):
            table[bad]


def test_find_gives_the_first_row_with_that_sentence_index() -> None:
    """Per article, rows by sentence index; two rows with one index keep the store's order."""
    table = ChunkTable.from_chunks("claims", CHUNKS)
    assert table.rows("b.txt") == [2, 0, 3]
    assert table.find("b.txt", 1) == 0 and table.find("a.txt", 0) == 1
    assert table.find("b.txt", 7) is None and table.find("missing.txt", 0) is None
    assert table.rows("missing.txt") == []
    gapped = ChunkTable.from_chunks("claims", [replace(c, seq=c.seq * 2) for c in CHUNKS])
    assert (
        gapped.find("b.txt", 1) is None and gapped.find("b.txt", 2) == 0 and gapped.find("a.txt", -1) is None
    )


def test_article_codes_follow_first_appearance() -> None:
    table = ChunkTable.from_chunks("claims", CHUNKS)
    assert table.docs == ["b.txt", "a.txt"]
    assert table.code_of("a.txt") == 1 and table.code_of("missing.txt") is None
    assert [table.doc_code(i) for i in range(len(CHUNKS))] == [0, 1, 0, 0]


def test_by_doc_maps_each_article_to_its_chunks_in_sentence_order() -> None:
    """A mapping over every article; an article with no chunks is a KeyError, as in a dict."""
    by_doc = ByDoc(ChunkTable.from_chunks("claims", CHUNKS))
    assert list(by_doc) == ["b.txt", "a.txt"] and len(by_doc) == 2
    assert [c.id for c in by_doc["b.txt"]] == ["b0", "b1", "b1x"]
    assert by_doc["a.txt"][0].speaker == "Ann"
    with pytest.raises(KeyError):
        by_doc["missing.txt"]
