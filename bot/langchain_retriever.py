"""factbot's hybrid retrieval as a LangChain ``BaseRetriever`` (plugs into LCEL chains).

Importing this module imports LangChain (seconds); answering never does, so ``bot.api`` does
not import this module.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever


class FactbotRetriever(BaseRetriever):
    """``FactbotRetriever(retriever=checker.retriever, k=8).invoke(question)``: one Document per
    evidence sentence, its span and scores in the metadata."""

    retriever: Any
    k: int = 8

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [
            Document(
                page_content=h.chunk.text,
                metadata={
                    "doc": h.chunk.doc,
                    "start": h.chunk.start,
                    "end": h.chunk.end,
                    "speaker": h.chunk.speaker,
                    "score": round(h.score, 4),
                    **h.features,
                },
                id=h.chunk.id,
            )
            for h in self.retriever.retrieve(query, self.k)
        ]
