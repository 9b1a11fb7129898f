"""Hybrid retrieval: the on-disk lexical cache reused across processes and invalidated when the
store changes, coverage, and the answering path free of LangChain's import cost."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.retrieve import Retriever, place_words
from index.embed import Embedder
from index.ingest import ingest
from index.settings import Settings
from index.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
NEW_ARTICLE = (
    "Harbour plan approved\n\n"
    "The Zorvian parliament approved 417 new lighthouses on Tuesday, harbour minister Elna Parvik said.\n\n"
    "Construction of the lighthouses will start next spring along the northern coast.\n"
)
NEW_QUESTION = "How many lighthouses did the Zorvian parliament approve?"


@pytest.fixture
def small_index(tmp_path: Path, embedder: Embedder) -> tuple[Settings, Path]:
    """Two seed articles in a fresh store; returns its settings and a folder to add files to."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in sorted(p.name for p in SEEDS.iterdir())[:2]:
        shutil.copy(SEEDS / name, folder / name)
    settings = Settings.from_env(env={}, data_dir=tmp_path / "index")
    report = ingest([folder], settings, store=Store(settings), embedder=embedder)
    assert report.articles == 2
    return settings, folder


def hits(retriever: Retriever, question: str) -> list[tuple[str, float]]:
    return [(h.chunk.id, round(h.score, 6)) for h in retriever.retrieve(question, 8)]


def test_lexical_cache_is_written_reused_and_rebuilt_after_an_ingest(
    small_index: tuple[Settings, Path], embedder: Embedder
) -> None:
    settings, folder = small_index
    first = Retriever(Store(settings), embedder, settings)
    question = "Who called to prevent the resurgence of ISIS in Syria?"
    before = hits(first, question)
    assert first.lexical_source == "store" and before
    assert first.cache_path().is_file() and first.cache_path().is_relative_to(settings.data_dir)

    second = Retriever(Store(settings), embedder, settings)  # a new process on the same index
    assert hits(second, question) == before
    assert second.lexical_source == "cache"
    assert len(second.lexical().chunks) == len(first.lexical().chunks)
    assert not any(h.chunk.doc == "new.txt" for h in second.retrieve(NEW_QUESTION, 8))

    (folder / "new.txt").write_text(NEW_ARTICLE)
    report = ingest([folder], settings, store=Store(settings), embedder=embedder)  # another writer
    assert report.articles == 1
    second.invalidate()
    assert second.retrieve(NEW_QUESTION, 8)[0].chunk.doc == "new.txt"
    assert second.lexical_source == "store"

    third = Retriever(Store(settings), embedder, settings)
    assert third.retrieve(NEW_QUESTION, 8)[0].chunk.doc == "new.txt"
    assert third.lexical_source == "cache"
    assert hits(third, question) == hits(second, question)


def test_a_damaged_cache_is_ignored_and_replaced(
    small_index: tuple[Settings, Path], embedder: Embedder
) -> None:
    settings, _ = small_index
    first = Retriever(Store(settings), embedder, settings)
    want = hits(first, "What did Blinken say about Syria?")
    path = first.cache_path()
    path.write_bytes(path.read_bytes()[:200])  # a crash mid-write elsewhere, a full disk
    second = Retriever(Store(settings), embedder, settings)
    assert hits(second, "What did Blinken say about Syria?") == want
    assert second.lexical_source == "store"
    third = Retriever(Store(settings), embedder, settings)
    assert hits(third, "What did Blinken say about Syria?") == want
    assert third.lexical_source == "cache"


def test_answering_does_not_import_langchain_or_the_ui(tmp_path: Path) -> None:
    code = (
        "import sys, bot.api, bot.retrieve\n"
        "heavy = [m for m in ('langchain_core', 'langchain', 'gradio', 'matplotlib') if m in sys.modules]\n"
        "print(heavy)\n"
        "from bot.langchain_retriever import FactbotRetriever\n"
        "from langchain_core.retrievers import BaseRetriever\n"
        "print(issubclass(FactbotRetriever, BaseRetriever))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=300
    )
    assert out.stdout.split("\n")[:2] == ["[]", "True"]


def test_langchain_retriever_returns_the_hybrid_hits(checker) -> None:  # type: ignore[no-untyped-def]
    from bot.langchain_retriever import FactbotRetriever

    docs = FactbotRetriever(retriever=checker.retriever, k=3).invoke("How many US troops are in Syria?")
    assert len(docs) == 3 and all(d.metadata["doc"] and d.page_content for d in docs)


def test_coverage_over_two_pools_is_coverage_over_their_union() -> None:
    from bot.retrieve import coverage
    from bot.text import TokenPool

    rng = random.Random(5)
    words = [
        "strike",
        "strik",
        "airstrik",
        "russia",
        "russian",
        "troop",
        "trops",
        "syria",
        "pakistani",
        "citizen",
    ]
    for _ in range(200):
        a, b = rng.sample(words, rng.randint(0, 4)), rng.sample(words, rng.randint(0, 4))
        weights = {w: rng.random() for w in rng.sample(words, rng.randint(1, 5))}
        assert coverage(weights, TokenPool(a), TokenPool(b)) == coverage(weights, TokenPool(a + b))


def test_cli_ingest_leaves_the_cache_a_server_process_loads(
    tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "new.txt").write_text(NEW_ARTICLE)
    monkeypatch.setenv("FACTBOT_DATA_DIR", str(tmp_path / "index"))
    assert main(["ingest", str(folder)]) == 0
    settings = Settings.from_env()
    serving = Retriever(Store(settings), embedder, settings)
    assert serving.retrieve(NEW_QUESTION, 8)[0].chunk.doc == "new.txt"
    assert serving.lexical_source == "cache"  # no rebuild on the first question


def test_the_best_ranked_sentences_stay_when_many_articles_bests_would_fill_the_list() -> None:
    """Article A's second and third sentences rank just under its first; four other articles'
    bests clear the ratio. Without a head they crowd A's sentences out of four slots; with
    a head of three, A's top three stay and the weakest article drops."""
    from types import SimpleNamespace
    from typing import cast

    from bot.evidence import EvidenceSentence
    from bot.retrieve import diversify

    def hit(doc: str, score: float) -> EvidenceSentence:
        return cast(EvidenceSentence, SimpleNamespace(chunk=SimpleNamespace(doc=doc), score=score))

    ranked = [
        hit("a", 1.0),
        hit("a", 0.95),
        hit("a", 0.9),
        hit("b", 0.85),
        hit("c", 0.8),
        hit("d", 0.75),
        hit("e", 0.7),
    ]
    plain = [(h.chunk.doc, h.score) for h in diversify(ranked, 4, 0.6)]
    assert plain == [("a", 1.0), ("b", 0.85), ("c", 0.8), ("d", 0.75)]
    kept = [(h.chunk.doc, h.score) for h in diversify(ranked, 4, 0.6, head=3)]
    assert kept == [("a", 1.0), ("b", 0.85), ("a", 0.95), ("a", 0.9)]
    # the room for a head sentence the articles' bests left out is never taken from another
    # head sentence: with three articles' bests and A's three best sentences in four slots,
    # the weakest article's best goes, not A's second sentence
    ranked = [hit("a", 1.0), hit("a", 0.95), hit("a", 0.9), hit("b", 0.85), hit("c", 0.8)]
    kept = [(h.chunk.doc, h.score) for h in diversify(ranked, 4, 0.6, head=3)]
    assert kept == [("a", 1.0), ("b", 0.85), ("a", 0.95), ("a", 0.9)]


def test_a_country_adjective_opening_a_known_compound_names_a_thing_not_the_country() -> None:
    """ "French fries" are a food and "American football" a game: neither asks about the country,
    so only the free-standing adjective is covered by the country's other names."""
    query = "Which American football team did the British officials watch?"
    weights = dict.fromkeys(["american", "footbal", "team", "british", "offici"], 1.0)
    places = place_words(weights, query)
    assert "american" not in places and "british" in places


def test_the_articles_best_covering_a_query_come_first(
    small_index: tuple[Settings, Path], embedder: Embedder
) -> None:
    """``Retriever.best_articles``: the article naming the query's words leads; one naming none
    of them is not listed."""
    settings, folder = small_index
    (folder / "lighthouses.txt").write_text(NEW_ARTICLE)
    store = Store(settings)
    ingest([folder], settings, store=store, embedder=embedder)
    retriever = Retriever(store, embedder, settings)
    assert retriever.best_articles(NEW_QUESTION, 3)[0] == "lighthouses.txt"
    assert retriever.best_articles("Zorvian lighthouses Parvik", 5) == ["lighthouses.txt"]


FRAGMENT = (
    "of the parish council. As of the census of 2000, there were 640 people, 210 households, and "
    "150 families residing in the village. The median age was 41 years.\n"
)
WHOLE = (
    "Spring fair planned\n\nAs of the census of 2000, there were 640 people, 210 households, and "
    "150 families residing in the village. The median age was 41 years.\n"
)


def _scores(tmp_path: Path, embedder: Embedder, text: str) -> dict[str, float]:
    folder = tmp_path / "pages"
    folder.mkdir(parents=True)
    (folder / "page.txt").write_text(text)
    (folder / "other.txt").write_text(
        "Harrowgate Vale\n\nHarrowgate Vale is a village in Ostmark. Its mill was built in 1820.\n"
    )
    settings = Settings.from_env(env={}, data_dir=tmp_path / "index")
    ingest([folder], settings, store=Store(settings), embedder=embedder)
    retriever = Retriever(Store(settings), embedder, settings)
    hits = retriever.search("What is the population of Dunmere Vale?").sentences
    return {h.chunk.text: h.score for h in hits if h.doc.endswith("page.txt")}


def test_a_cut_out_pages_nameless_sentence_counts_as_naming_the_asked_thing(
    tmp_path: Path, embedder: Embedder
) -> None:
    """ "there were 640 people ... residing in the village", in a passage cut from a page, is
    about the place the question names: it scores high enough to offer its value; the same
    sentence in an article (which may mean any village it names) does not."""
    sentence = "As of the census of 2000, there were 640 people, 210 households, and 150 families residing in the village."
    settings = Settings.from_env(env={})
    cut = _scores(tmp_path / "cut", embedder, FRAGMENT)[sentence]
    whole = _scores(tmp_path / "whole", embedder, WHOLE)[sentence]
    offers = settings.min_evidence * settings.tuning.answer.floor_factor
    assert cut >= offers > whole


def test_shown_passages_follow_the_rank_not_one_article_each() -> None:
    """An article's second passage, ranked above another article's best sentence, is shown
    before it: the answer often sits a few sentences after the one naming the event."""
    from types import SimpleNamespace
    from typing import Any, cast

    from bot.evidence import EvidenceSentence
    from index.store import Chunk

    opening = Chunk("h1", "passages", "harbour.txt", 0, 40, "The lighthouse vote was held on Tuesday.", 0, 2)
    answer = Chunk("h2", "passages", "harbour.txt", 41, 80, "The council approved 417 lighthouses.", 3, 5)
    fair = Chunk("f1", "passages", "fair.txt", 0, 30, "The spring fair opens in May.", 0, 2)

    def hit(doc: str, seq: int, rank: float) -> EvidenceSentence:
        chunk = SimpleNamespace(doc=doc, seq=seq)
        return cast(EvidenceSentence, SimpleNamespace(chunk=chunk, score=rank, features={"rank": rank}))

    retriever: Any = Retriever.__new__(Retriever)
    retriever.lexical = lambda: SimpleNamespace(
        passages_by_doc={"harbour.txt": [opening, answer], "fair.txt": [fair]}
    )
    retriever.passages = lambda query, k, vector=None: [(fair, 0.3)]
    diversified = [hit("harbour.txt", 0, 0.9), hit("fair.txt", 1, 0.6), hit("harbour.txt", 4, 0.8)]
    shown = retriever.context(diversified, "How many lighthouses were approved?", 2)
    assert [p.text for p in shown] == [opening.text, answer.text]
    shown = retriever.context(diversified, "How many lighthouses were approved?", 3)
    assert [p.text for p in shown] == [opening.text, answer.text, fair.text]
