"""The LangChain quick-start baseline, scored beside factbot to show what factbot adds."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from bot.eval.scoring import RETRIEVAL_K
from bot.types import Answer, Citation, Evidence, Label, Passage, Stance, Status, Verdict

if TYPE_CHECKING:
    from langchain_core.documents import Document

    from index.embed import Embedder

QUICKSTART_NOTE = (
    "Baseline: a LangChain quick-start (RecursiveCharacterTextSplitter 800/100, Chroma "
    "similarity search top-4, same MiniLM model); its answer is the whole top chunk, so "
    "`answer_accuracy` credits it whenever that chunk contains the value anywhere. It never "
    "abstains or flags disagreements; a claim is `supported` when the top chunk's cosine "
    "similarity is >= 0.6, else `not_enough_info`."
)


class QuickStartBaseline:
    """What a LangChain quick-start does, to show what factbot adds over it.

    Raw articles cut by ``RecursiveCharacterTextSplitter`` (800 characters, 100 overlap, with
    start offsets so citations have spans), a ``langchain_chroma.Chroma`` store with the same
    embedding model, and ``similarity_search`` top-4: the top chunk is the answer, the four
    chunks its citations. It never abstains and never flags a disagreement. For a claim it
    says "supported" when the top chunk's cosine similarity is at least ``threshold`` (0.6:
    for MiniLM, a passage that restates the claim usually scores above it) and
    "not_enough_info" otherwise; it cannot refute.

    Chunks go in batches below Chroma's max batch size (``max_batch``, default the client's),
    and chunks the collection already holds (ids are content hashes) are not embedded again,
    so a second run over the same data dir adds nothing.
    """

    k = 4
    chunk_size = 800
    chunk_overlap = 100

    def __init__(
        self,
        client: Any,
        embedder: Embedder,
        articles: dict[str, str],
        prefix: str = "eval",
        threshold: float = 0.6,
        max_batch: int | None = None,
    ) -> None:
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from index.embed import MODEL_NAME

        self.threshold = threshold
        shape = f"{MODEL_NAME}|{self.chunk_size}|{self.chunk_overlap}"
        name = f"{prefix}-baseline-{hashlib.sha1(shape.encode()).hexdigest()[:10]}"
        self.db = Chroma(client=client, collection_name=name, embedding_function=embedder.as_langchain())
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=self.chunk_size, chunk_overlap=self.chunk_overlap, add_start_index=True
        )
        docs = splitter.create_documents(
            list(articles.values()), metadatas=[{"doc": doc} for doc in articles]
        )
        ids = [
            hashlib.sha1(
                f"{d.metadata['doc']}|{d.metadata['start_index']}|{d.page_content}".encode()
            ).hexdigest()
            for d in docs
        ]
        self.chunks = len(docs)
        """Chunks of the corpus."""
        self.added = self._add_missing(docs, ids, max_batch or int(client.get_max_batch_size()))
        """Chunks embedded and written by this run (0 when the collection already held them all)."""

    def _add_missing(self, docs: list[Document], ids: list[str], max_batch: int) -> int:
        """Writes the chunks the collection lacks, ``max_batch`` at a time; returns how many."""
        added = 0
        for lo in range(0, len(docs), max_batch):
            batch_ids = ids[lo : lo + max_batch]
            have = set(self.db.get(ids=batch_ids, include=[])["ids"])
            new = [(d, i) for d, i in zip(docs[lo : lo + max_batch], batch_ids, strict=True) if i not in have]
            if new:
                self.db.add_documents([d for d, _ in new], ids=[i for _, i in new])
                added += len(new)
        return added

    def _search(self, text: str, k: int) -> list[Passage]:
        """Top chunks; Chroma's default squared-L2 distance d of unit vectors is 2 - 2 cos."""
        hits = self.db.similarity_search_with_score(text, k=k)
        out = []
        for doc, distance in hits:
            start = int(doc.metadata["start_index"])
            end = start + len(doc.page_content)
            out.append(Passage(str(doc.metadata["doc"]), start, end, doc.page_content, 1.0 - distance / 2))
        return out

    def ask(self, question: str) -> Answer:
        # k=5 only so retrieval_recall_at_5 is measured at 5; the answer cites the top 4.
        passages = self._search(question, RETRIEVAL_K)
        citations = [
            Citation(n, p.doc, p.start, p.end, p.text, p.score)
            for n, p in enumerate(passages[: self.k], start=1)
        ]
        text = passages[0].text if passages else ""
        return Answer(
            question, Status.ANSWERED, text, citations=citations, passages=passages, mode="baseline"
        )

    def check(self, claim: str) -> Verdict:
        passages = self._search(claim, self.k)
        if passages and passages[0].score >= self.threshold:
            top = passages[0]
            evidence = Evidence(top.doc, top.start, top.end, top.text, Stance.SUPPORTS, top.score)
            note = f"top passage similarity {top.score:.2f} >= {self.threshold}"
            return Verdict(claim, Label.SUPPORTED, [evidence], note)
        best = passages[0].score if passages else 0.0
        return Verdict(claim, Label.NOT_ENOUGH_INFO, [], f"top passage similarity {best:.2f}")
