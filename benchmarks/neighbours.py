"""Do the shortcuts change what retrieval finds? Prints figures on BBC sentences, asserts nothing.

    python benchmarks/neighbours.py [--pool 300] [--queries 200] [--backends onnx onnx-int8]

(a) Backends: each backend embeds the pool's sentences and the queries; against torch fp32
    it reports the mean and worst cosine of the same sentence's two vectors and the mean
    top-10 neighbour overlap (|A & B| / 10). It also reports a mixed case, an index built by
    the other backend searched with torch query vectors, since the collection name does not
    record the backend.
(b) Passages (torch): passage vectors as the unit mean of their sentences' vectors (what
    ingest stores) against the passage text embedded directly, truncated at 128 tokens (the
    ingest setting) and at 256 (the model's limit). Direct@128 against direct@256 is printed
    too, as the scale of disagreement that truncation alone causes. Overlap says "different",
    not "worse", so two rough relevance checks follow, without gold answers: the share of top-10
    passages from the query article's BBC category, and a held-out test where a middle sentence
    of a pool article is the query, the passages containing it are hidden, and a hit is another
    passage of the same article in the top 10 (hit rate and MRR).

Pool: sentences and passages of the first ``--pool`` BBC articles. Queries: one sentence of
at least 8 words from each of ``--queries`` other articles, so no query is in the pool.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bbc import BBC, Row, rows  # noqa: E402
from index.embed import Embedder, mean_vector  # noqa: E402
from index.ingest import prepare  # noqa: E402
from index.load import Article  # noqa: E402
from index.settings import Settings  # noqa: E402

K = 10


@dataclass
class Pool:
    sentences: list[str]
    passages: list[str]
    passage_spans: list[tuple[int, int]]
    """For each passage, its first and last+1 index into ``sentences``."""
    passage_category: list[str]
    passage_article: list[int]
    queries: list[str]
    query_category: list[str]
    held_out: list[tuple[int, int]]
    """(sentence index, article index) of a middle sentence of pool articles with 3+ passages."""


def build_pool(pool_size: int, query_count: int, settings: Settings) -> Pool:
    """Pool from the first articles; queries from evenly spaced later ones (all categories)."""
    everything = list(rows(BBC))
    pool_rows, rest = everything[:pool_size], everything[pool_size:]
    step = max(1, len(rest) // query_count)
    query_rows = rest[::step][:query_count]
    pool = Pool([], [], [], [], [], [], [], [])
    for number, row in enumerate(pool_rows):
        prepared = prepare(_article(row), settings)
        base = len(pool.sentences)
        pool.sentences.extend(prepared.sentence_texts)
        for passage in prepared.parts.passages:
            pool.passages.append(row.text[passage.start : passage.end])
            pool.passage_spans.append((base + passage.first, base + passage.last + 1))
            pool.passage_category.append(row.category)
            pool.passage_article.append(number)
        if len(prepared.parts.passages) >= 3:
            pool.held_out.append((base + len(prepared.sentence_texts) // 2, number))
    for row in query_rows:
        texts = prepare(_article(row), settings).sentence_texts
        long = [t for t in texts[1:] if len(t.split()) >= 8] or texts
        pool.queries.append(long[len(long) // 2])
        pool.query_category.append(row.category)
    return pool


def _article(row: Row) -> Article:
    return Article(id=row.id, text=row.text, path="bbc", title=row.title)


def top_k(queries: np.ndarray, index: np.ndarray, k: int = K) -> np.ndarray:
    """Indexes of each query's k nearest rows (unit vectors: dot product is cosine)."""
    scores = queries @ index.T
    best = np.argpartition(-scores, k, axis=1)[:, :k]
    return np.take_along_axis(best, np.argsort(-np.take_along_axis(scores, best, 1), 1), 1)


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Mean share of top-k neighbours two rankings have in common (order ignored)."""
    return float(np.mean([len(set(x) & set(y)) / a.shape[1] for x, y in zip(a, b, strict=True)]))


def same_category(neighbours: np.ndarray, pool: Pool) -> float:
    cats = np.array(pool.passage_category)
    return float(np.mean(cats[neighbours] == np.array(pool.query_category)[:, None]))


def held_out_hits(sentences: np.ndarray, passages: np.ndarray, pool: Pool) -> tuple[float, float]:
    """Hit rate and MRR at 10 of finding a held-out sentence's article by its other passages."""
    article = np.array(pool.passage_article)
    spans = np.array(pool.passage_spans)
    hits, reciprocal = 0, 0.0
    for sentence, number in pool.held_out:
        scores = passages @ sentences[sentence]
        scores[(spans[:, 0] <= sentence) & (sentence < spans[:, 1])] = -np.inf
        ranked = np.argsort(-scores)[:K]
        found = np.flatnonzero(article[ranked] == number)
        if found.size:
            hits += 1
            reciprocal += 1 / (found[0] + 1)
    return hits / len(pool.held_out), reciprocal / len(pool.held_out)


def timed_encode(embedder: Embedder, texts: list[str]) -> tuple[np.ndarray, float]:
    started = time.perf_counter()
    vectors = embedder.encode(texts)
    return vectors, len(texts) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pool", type=int, default=300, help="articles in the searched pool")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--backends", nargs="*", default=["onnx", "onnx-int8"])
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    pool = build_pool(args.pool, args.queries, settings)
    print(
        f"pool: {args.pool} articles, {len(pool.sentences)} sentences, "
        f"{len(pool.passages)} passages; {len(pool.queries)} queries from other articles\n"
    )

    reference = Embedder("torch", settings.max_seq_length, settings.embed_batch_size)
    ref_sent, rate = timed_encode(reference, pool.sentences)
    ref_query = reference.encode(pool.queries)
    ref_top = top_k(ref_query, ref_sent)
    print("(a) backends against torch fp32, sentence index")
    print(
        f"  {'backend':<10} {'cos mean':>9} {'cos min':>8} {'top10 overlap':>14} "
        f"{'mixed overlap':>14} {'sent/s':>7}"
    )
    print(f"  {'torch':<10} {1.0:>9.4f} {1.0:>8.4f} {1.0:>14.3f} {'':>14} {rate:>7.0f}")
    for backend in args.backends:
        other = Embedder(backend, settings.max_seq_length, settings.embed_batch_size, settings.onnx_cache)
        other.encode(["load the model"])
        vectors, rate = timed_encode(other, pool.sentences)
        queries = other.encode(pool.queries)
        cos = np.sum(vectors * ref_sent, axis=1)
        same = overlap(top_k(queries, vectors), ref_top)
        mixed = overlap(top_k(ref_query, vectors), ref_top)
        print(
            f"  {backend:<10} {cos.mean():>9.4f} {cos.min():>8.4f} {same:>14.3f} {mixed:>14.3f} {rate:>7.0f}"
        )
    print("  (mixed: that backend's index searched with torch query vectors)\n")

    mean_vectors = np.stack([mean_vector(ref_sent[lo:hi]) for lo, hi in pool.passage_spans])
    direct_128 = reference.encode(pool.passages)
    reference.model.max_seq_length = 256
    direct_256 = reference.encode(pool.passages)
    reference.model.max_seq_length = settings.max_seq_length
    tops = {
        "mean of sentences": top_k(ref_query, mean_vectors),
        "direct, 128 tokens": top_k(ref_query, direct_128),
        "direct, 256 tokens": top_k(ref_query, direct_256),
    }
    print("(b) passage vectors (torch): top-10 overlap between ways of building them")
    names = list(tops)
    vectors = {
        "mean of sentences": mean_vectors,
        "direct, 128 tokens": direct_128,
        "direct, 256 tokens": direct_256,
    }
    print(
        f"  {'':<20}"
        + "".join(f"{n:>20}" for n in names)
        + f"{'same category':>15}{'held-out hit':>14}{'MRR':>7}"
    )
    for a in names:
        cells = "".join(f"{overlap(tops[a], tops[b]):>20.3f}" for b in names)
        hit, mrr = held_out_hits(ref_sent, vectors[a], pool)
        print(f"  {a:<20}{cells}{same_category(tops[a], pool):>15.3f}{hit:>14.3f}{mrr:>7.3f}")
    print(f"  (held-out: {len(pool.held_out)} queries; passages containing the query hidden)")
    cos_128 = np.sum(mean_vectors * direct_128, axis=1)
    cos_256 = np.sum(mean_vectors * direct_256, axis=1)
    print(
        f"  cosine(mean, direct@128) mean {cos_128.mean():.3f}; "
        f"cosine(mean, direct@256) mean {cos_256.mean():.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
