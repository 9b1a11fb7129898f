"""The lexical index: BM25 kept exact, the chunk table, neighbours, and a cache file that is
data only (numpy arrays and a JSON header, never a pickle)."""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pytest

from bot.chunks import ChunkTable
from bot.lexical import BM25, LexicalIndex, load_cache, save_cache
from index.store import Chunk

HEADER = {"code": "c1", "collection": "factbot-claims-x", "fingerprint": "f1"}


def reference_top(docs: list[list[str]], query: list[str], k: int) -> list[tuple[int, float]]:
    """BM25 as factbot computed it before the index was made saveable (dict of postings)."""
    k1, b = 1.2, 0.75
    postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, doc in enumerate(docs):
        for term, tf in Counter(doc).items():
            postings[term].append((i, tf))
    avg = sum(len(d) for d in docs) / len(docs)
    out: dict[int, float] = defaultdict(float)
    for term in sorted(set(query)):
        if term not in postings:
            continue
        df = len(postings[term])
        idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
        for i, tf in postings[term]:
            out[i] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(docs[i]) / avg))
    return sorted(out.items(), key=lambda x: (-x[1], x[0]))[:k]


def test_bm25_scores_match_the_formula_and_survive_a_save() -> None:
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(60)]
    docs = [[rng.choice(vocab) for _ in range(rng.randint(0, 14))] for _ in range(400)]
    bm = BM25(docs)
    again = BM25.from_state(bm.state())
    for _ in range(30):
        query = [rng.choice(vocab) for _ in range(rng.randint(1, 5))] + ["unseen"]
        want = reference_top(docs, query, 40)
        for index in (bm, again):
            got = index.top(query, 40)
            assert [i for i, _ in got] == [i for i, _ in want]
            assert [s for _, s in got] == pytest.approx([s for _, s in want], rel=1e-6)
    assert again.idf("w1") == bm.idf("w1") and again.idf("nope") == bm.idf("nope")
    assert bm.top(["unseen"], 5) == [] and bm.top(["w1"], 0) == []


def test_chunk_table_gives_back_the_chunks_grouped_by_article() -> None:
    chunks = [
        Chunk("c2", "claims", "b.txt", 50, 80, "Zweite Aussage – „Zitat“ 😀", seq=2, title="B", outlet="Z"),
        Chunk("c0", "claims", "a.txt", 0, 20, "First claim.", seq=0, speaker="Ann", title="A", date="2024"),
        Chunk("c1", "claims", "b.txt", 10, 40, "Erste Aussage.", seq=1, title="B", outlet="Z"),
        Chunk("c3", "claims", "a.txt", 21, 40, "Second claim.", seq=1, title="A", date="2024"),
    ]
    table = ChunkTable.from_chunks("claims", chunks)
    loaded = ChunkTable("claims", table.state())
    assert list(loaded) == chunks and loaded == chunks and loaded[-1] == chunks[-1]
    lex = LexicalIndex(loaded, BM25([]), ChunkTable.from_chunks("passages", []))
    again = LexicalIndex.from_state(lex.state())
    assert (
        again.doc_tokens["b.txt"].exact
        == lex.doc_tokens["b.txt"].exact
        == {"zweit", "aussag", "zitat", "erst", "b"}
    )
    assert [c.id for c in lex.by_doc["b.txt"]] == ["c1", "c2"]
    assert lex.by_doc.get("missing.txt", []) == []
    assert lex.previous(chunks[0]) == chunks[2]
    assert lex.doc_tokens["a.txt"].has("ann") is False and lex.doc_tokens["a.txt"].has("second")
    empty = ChunkTable.from_chunks("claims", [])
    assert empty == [] and len(ChunkTable("claims", empty.state())) == 0


def small_lexical() -> tuple[LexicalIndex, list[Chunk]]:
    claims = [
        Chunk("a0", "claims", "a.txt", 0, 30, "The harbour opened on Monday.", seq=0, title="Harbour"),
        Chunk("a1", "claims", "a.txt", 31, 70, "Ships from Norvia docked there.", seq=1, title="Harbour"),
        Chunk("a3", "claims", "a.txt", 90, 130, "The mayor praised the builders.", seq=3, title="Harbour"),
        Chunk("b0", "claims", "b.txt", 0, 40, "Rain closed the northern road.", seq=0, speaker="Ann"),
    ]
    passages = [Chunk("pa", "passages", "a.txt", 0, 130, "The harbour ... builders.", seq=0, last=3)]
    return LexicalIndex.build(claims, passages), claims


def test_neighbours_previous_and_spans_follow_sentence_order() -> None:
    lex, claims = small_lexical()
    assert [c.id for c in lex.neighbours(claims[2], before=2, after=0)] == ["a1", "a3"]
    assert [c.id for c in lex.neighbours(claims[1], before=1, after=1)] == ["a0", "a1"]
    assert lex.previous(claims[1]) == claims[0]
    assert lex.previous(claims[2]) is None  # sentence 2 is not a claim: no previous claim sentence
    assert lex.at_span("a.txt", 31, 70) == claims[1] and lex.at_span("a.txt", 31, 71) is None
    assert lex.doc_tokens["a.txt"].has("harbour") and not lex.doc_tokens["b.txt"].has("harbour")


def test_cache_round_trip_gives_the_same_index(tmp_path: Path) -> None:
    lex, claims = small_lexical()
    path = tmp_path / "lexical" / "x.npz"
    save_cache(path, HEADER, lex)
    again = load_cache(path, HEADER)
    assert again is not None
    assert list(again.chunks) == claims and list(again.passages) == list(lex.passages)
    assert again.bm25.top(["harbour", "ship"], 3) == lex.bm25.top(["harbour", "ship"], 3)
    assert again.bm25.k1 == lex.bm25.k1 and again.bm25.idf("rain") == lex.bm25.idf("rain")
    assert again.doc_tokens["a.txt"].exact == lex.doc_tokens["a.txt"].exact
    assert not list(tmp_path.glob("lexical/*.tmp"))  # written atomically, nothing left behind


def test_cache_for_another_store_state_is_not_used(tmp_path: Path) -> None:
    lex, _ = small_lexical()
    path = tmp_path / "x.npz"
    save_cache(path, HEADER, lex)
    assert load_cache(path, {**HEADER, "fingerprint": "f2"}) is None
    assert load_cache(path, {**HEADER, "code": "c2"}) is None
    assert load_cache(tmp_path / "missing.npz", HEADER) is None
    path.write_bytes(path.read_bytes()[:300])  # truncated by a crash or a full disk
    assert load_cache(path, HEADER) is None


class _Trap:
    """Unpickling this creates a file: what a planted pickle could do instead."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (open, (str(self.marker), "w"))


def test_a_planted_pickle_in_the_cache_runs_no_code(tmp_path: Path) -> None:
    import pickle

    lex, _ = small_lexical()
    marker = tmp_path / "pwned"
    path = tmp_path / "x.npz"
    save_cache(path, HEADER, lex)
    with np.load(path) as data:
        arrays = dict(data)
    trap = np.empty(1, dtype=object)
    trap[0] = _Trap(marker)
    arrays["bm25.terms"] = trap  # an object array is stored as a pickle inside the .npz
    with path.open("wb") as fh:
        np.savez(fh, **arrays)
    assert load_cache(path, HEADER) is None and not marker.exists()
    path.write_bytes(pickle.dumps(_Trap(marker)))  # the old format: a bare pickle
    assert load_cache(path, HEADER) is None and not marker.exists()
