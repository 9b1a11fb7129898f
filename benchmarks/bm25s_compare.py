"""factbot's numpy BM25 against bm25s on the claim sentences of seeds + FA-KES.

Measures build time, load time (factbot: the whole lexical cache, .npz; bm25s: its index,
memory-mapped), query time over the gold questions and claims plus article titles, and whether
the top-40 lists (ids and normalised scores) are identical. bm25s is not a dependency:
``pip install --no-deps --target /tmp/bm25s bm25s==0.3.16``, then

    BM25S_PATH=/tmp/bm25s .venv/bin/python benchmarks/bm25s_compare.py [FOLDER ...]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from bot.lexical import BM25, LexicalIndex, load_cache, save_cache
from bot.text import tokens
from index.ingest import prepare
from index.load import discover, load_file
from index.settings import Settings
from index.store import Chunk

ROOT = Path(__file__).resolve().parent.parent
K = 40


def claim_chunks(folders: list[str | Path]) -> tuple[list[Chunk], list[str]]:
    """Claim sentences and titles of every article, split as ingest splits them (no embedding)."""
    settings = Settings.from_env(env={})
    files, _ = discover(folders)
    claims, titles = [], []
    for path in files:
        for article in load_file(path, settings.max_file_bytes):
            titles.append(article.title or "")
            for c in prepare(article, settings).parts.claims:
                text = article.text[c.start : c.end]
                claims.append(
                    Chunk(
                        f"{article.id}:{c.start}", "claims", article.id, c.start, c.end, text, seq=c.sentence
                    )
                )
    return claims, titles


def top_bm25s(index: Any, query: list[str], k: int) -> list[tuple[int, float]]:
    """bm25s scores, ranked as factbot ranks (score, then document order)."""
    known = [w for w in dict.fromkeys(query) if w in index.vocab_dict]
    if not known:
        return []
    scores = index.get_scores(known)
    hit = np.flatnonzero(scores)
    order = hit[np.lexsort((hit, -scores[hit]))][:k]
    return [(int(i), float(scores[i])) for i in order]


def timed(fn: Any, *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - started


def main() -> None:
    sys.path.insert(0, os.environ.get("BM25S_PATH", ""))
    import bm25s

    folders = sys.argv[1:] or [ROOT / "seeds", ROOT.parent / "shared/corpora/fa-kes/articles"]
    claims, titles = claim_chunks(folders)
    docs = [tokens(c.text) for c in claims]
    with open(ROOT / "gold/seeds.jsonl") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    texts = [g.get("question") or g.get("claim") for g in gold] + [t for t in titles if t][:300]
    queries = [q for q in (tokens(t) for t in texts) if q]
    work = Path(tempfile.mkdtemp(prefix="bm25s-compare-"))

    ours, build_ours = timed(BM25, docs)
    lex = LexicalIndex.build(claims, [])
    save_cache(work / "lex.npz", {"k": "v"}, lex)
    _, load_ours = timed(load_cache, work / "lex.npz", {"k": "v"})
    theirs = bm25s.BM25(k1=ours.k1, b=ours.b, method="lucene", idf_method="lucene")
    _, build_theirs = timed(lambda: theirs.index(docs, show_progress=False))
    theirs.save(str(work / "bm25s"))
    loaded, load_theirs = timed(lambda: bm25s.BM25.load(str(work / "bm25s"), mmap=True))

    _, query_ours = timed(lambda: [ours.top(q, K) for q in queries])
    _, query_theirs = timed(lambda: [top_bm25s(loaded, q, K) for q in queries])
    same_ids = same_scores = 0
    for q in queries:
        a, b = ours.top(q, K), top_bm25s(loaded, q, K)
        same_ids += [i for i, _ in a] == [i for i, _ in b]
        ra = [s / a[0][1] for _, s in a] if a else []
        rb = [s / b[0][1] for _, s in b] if b else []
        same_scores += len(ra) == len(rb) and all(abs(x - y) < 1e-6 for x, y in zip(ra, rb, strict=True))
    n = len(queries)
    print(f"{len(claims)} claim sentences, {n} queries")
    print(f"build  factbot {build_ours:.2f} s   bm25s {build_theirs:.2f} s")
    print(
        f"load   factbot {load_ours * 1000:.0f} ms (whole lexical index)   bm25s {load_theirs * 1000:.0f} ms (BM25 only)"
    )
    print(
        f"query  factbot {query_ours / n * 1000:.2f} ms   bm25s {query_theirs / n * 1000:.2f} ms (top-{K}, mean)"
    )
    print(f"identical top-{K}: ids {same_ids}/{n}, normalised scores {same_scores}/{n}")


if __name__ == "__main__":
    main()
