"""``bot/langchain_retriever.py``: factbot's hybrid search as a LangChain retriever, on a tiny index."""

from __future__ import annotations

from langchain_core.documents import Document
from langchain_core.runnables import RunnableLambda

from bot.api import FactChecker
from bot.langchain_retriever import FactbotRetriever
from tests.bot.tiny_index import ARTICLES

QUESTION = "How many cranes did workers rebuild?"


def test_each_document_is_an_exact_span_of_its_article(tiny: FactChecker) -> None:
    """A Document is one evidence sentence: ``article[start:end] == page_content``."""
    docs = FactbotRetriever(retriever=tiny.retriever, k=4).invoke(QUESTION)
    assert len(docs) == 4
    for d in docs:
        meta = d.metadata
        assert ARTICLES[meta["doc"]][meta["start"] : meta["end"]] == d.page_content
    assert {d.metadata["doc"] for d in docs[:2]} == {"harbour.txt", "coast.txt"}  # both crane counts lead


def test_documents_keep_the_search_order_ids_scores_and_speaker(tiny: FactChecker) -> None:
    """Same hits, same order as ``Retriever.retrieve``; the chunk id, the rounded score, its
    features and the sentence's speaker travel in the metadata."""
    hits = tiny.retriever.retrieve(QUESTION, 3)
    docs = FactbotRetriever(retriever=tiny.retriever, k=3).invoke(QUESTION)
    assert [d.id for d in docs] == [h.chunk.id for h in hits]
    assert [d.metadata["score"] for d in docs] == [round(h.score, 4) for h in hits]
    assert all(set(h.features) <= set(d.metadata) for h, d in zip(hits, docs, strict=True))
    speakers = [d.metadata["speaker"] for d in docs]
    assert speakers == [h.chunk.speaker for h in hits] and "the Velmar council" in speakers


def test_it_composes_in_an_lcel_chain(tiny: FactChecker) -> None:
    """Piped into a runnable, as a LangChain user would."""

    def articles(docs: list[Document]) -> list[str]:
        return sorted(d.metadata["doc"] for d in docs)

    chain = FactbotRetriever(retriever=tiny.retriever, k=2) | RunnableLambda(articles)
    assert chain.invoke(QUESTION) == ["coast.txt", "harbour.txt"]
