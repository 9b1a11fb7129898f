"""Evidence sentences: what answering can read of a retrieved sentence, on a tiny real index."""

from __future__ import annotations

import numpy as np
import pytest

from bot.evidence import Corpus, EvidenceSentence, WordVectors, acronyms, terms
from bot.retrieve import Retriever
from index.embed import Embedder
from index.ingest import ingest
from index.settings import Settings
from index.store import Store

HARBOUR = (
    "Harbour reopens in Velmar\n\n"
    "The harbour of Velmar reopened on Monday after two years of repairs.\n\n"
    "Workers from the Velmar Port Authority rebuilt the northern pier.\n\n"
    "They finished the work three weeks ahead of schedule, the mayor said.\n\n"
    "Fishing boats returned to the harbour the same afternoon.\n"
)
ROAD = "Road closed\n\nHeavy rain closed the coastal road near Ostrin for four days.\n"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Retriever:
    folder = tmp_path_factory.mktemp("tiny-articles")
    (folder / "harbour.txt").write_text(HARBOUR)
    (folder / "road.txt").write_text(ROAD)
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("tiny-index"))
    store = Store(settings)
    assert ingest([folder], settings, store=store, embedder=embedder).articles == 2
    return Retriever(store, embedder, settings)


def sentence(retriever: Retriever, starts: str) -> EvidenceSentence:
    return next(h for h in retriever.retrieve(starts, 20) if h.text.startswith(starts))


def test_acronyms_and_terms_name_things_by_their_initials() -> None:
    assert acronyms("The Velmar Port Authority and the United States") == ["vpa", "us"]
    pool = terms("Officials of the Velmar Port Authority spoke.")
    assert pool.has("vpa") and pool.has("offici") and not pool.has("the")


def test_neighbours_and_previous_follow_the_article(tiny: Retriever) -> None:
    they = sentence(tiny, "They finished the work")
    assert [c.text[:7] for c in they.neighbours(before=2)] == ["The har", "Workers", "They fi"]
    assert [c.text[:7] for c in they.neighbours(before=1, after=1)] == ["Workers", "They fi", "Fishing"]
    assert they.window(before=1).startswith("Workers from") and they.window().startswith("They")
    previous = they.previous
    assert previous is not None and previous.text.startswith("Workers from the Velmar")
    first = sentence(tiny, "The harbour of Velmar")
    assert first.previous is None  # the headline is not a claim sentence
    assert they.previous_text == previous.text and first.previous_text == ""
    following = they.following
    assert following is not None and following.text.startswith("Fishing")


def test_article_tokens_vector_and_parse_are_read_on_demand(tiny: Retriever) -> None:
    boats = sentence(tiny, "Fishing boats")
    assert boats.article_tokens.has("pier") and not boats.article_tokens.has("rain")
    assert boats.vector is not None and abs(float(np.linalg.norm(boats.vector)) - 1.0) < 1e-3
    assert float(np.dot(boats.vector, boats.corpus.embed(boats.text))) > 0.99
    road = sentence(tiny, "Heavy rain")
    assert [e.text for e in road.parsed.entities if e.label == "GPE"] == ["Ostrin"]


def test_rescored_keeps_the_span_and_drops_the_vector_of_joined_text(tiny: Retriever) -> None:
    they = sentence(tiny, "They finished the work")
    same = they.rescored(dense=0.5, score=0.4)
    assert (same.chunk, same.dense, same.score, same.lexical) == (they.chunk, 0.5, 0.4, 0.0)
    assert same.vector is not None
    joined = they.rescored(text="Workers rebuilt it. " + they.text, score=0.4)
    assert joined.chunk.start == they.chunk.start and joined.text.startswith("Workers rebuilt")
    assert joined.vector is None  # the store has no vector for a text it never held


def test_corpus_finds_a_citation_span_and_knows_rare_words(tiny: Retriever) -> None:
    corpus: Corpus = tiny.corpus()
    boats = sentence(tiny, "Fishing boats")
    found = corpus.at_span(boats.doc, boats.chunk.start, boats.chunk.end)
    assert found is not None and found.chunk == boats.chunk
    assert corpus.at_span(boats.doc, boats.chunk.start, boats.chunk.end + 1) is None
    assert corpus.idf("ostrin") > corpus.idf("harbour")  # one sentence vs several
    assert len(corpus) == 5


def test_search_gives_the_vector_and_the_sentences_best_first(tiny: Retriever) -> None:
    found = tiny.search("Which road did the rain close?")
    assert found.sentences[0].text.startswith("Heavy rain")
    assert float(np.dot(found.vector, found.corpus.embed("Which road did the rain close?"))) > 0.999
    assert all(s.corpus is found.corpus for s in found.sentences)


def test_words_mean_the_same_at_the_one_tuned_cut_off(tiny: Retriever) -> None:
    corpus = tiny.corpus()
    assert corpus.word_similarity == tiny.settings.tuning.word_similarity
    assert corpus.similar("fled", "flee") and not corpus.similar("fled", "banana")
    strict = Corpus(tiny.lexical(), tiny.store, tiny.embedder, word_similarity=0.99)
    assert not strict.similar("fled", "flee")
    assert corpus.share(["meet"], terms("They met."), verbs=["met"]) == 1.0
    assert strict.share(["meet"], terms("They met."), verbs=["met"]) == 0.0


def test_word_vectors_are_one_cache_per_embedder(embedder: Embedder) -> None:
    words = WordVectors.for_embedder(embedder)
    assert WordVectors.for_embedder(embedder) is words
    assert words.similar("fled", "flee", 0.6) and not words.similar("fled", "banana", 0.6)
    pool = terms("Troops were deployed to the base.")
    assert words.share(["deploy", "base"], pool, 0.6) == 1.0
    assert words.share(["meet"], pool, 0.6) == 0.0
    assert words.share(["meet"], pool, 0.6, verbs=["met"]) == 1.0  # irregular forms, by meaning


def test_verbs_in_other_inflections_are_compared_in_their_base_forms(embedder: Embedder) -> None:
    """ "died" and "killing" are far apart as written and near as "die"/"kill"; a verb WordNet
    opposes ("won"/"losing") or of another deed ("hurt"/"killing") stays apart."""
    words = WordVectors.for_embedder(embedder)
    pool = terms("A blast in Velm killing nine.")
    assert words.share(["died"], pool, 0.6, verbs=["killing"], bases=True) == 1.0
    assert words.share(["died"], pool, 0.6, verbs=["killing"]) == 0.0  # only where asked to
    assert words.share(["won"], terms("Ostrin losing the final."), 0.6, verbs=["losing"], bases=True) == 0.0
    assert words.share(["wounded"], pool, 0.6, verbs=["killing"], bases=True) == 0.0


def test_an_article_is_read_whole_in_order(tiny: Retriever) -> None:
    """``sentences_of``: every claim sentence of one article, in its order; none of another."""
    said = tiny.corpus().sentences_of("harbour.txt")
    assert [s.text[:7] for s in said] == ["The har", "Workers", "They fi", "Fishing"]
    assert tiny.corpus().sentences_of("missing.txt") == []
