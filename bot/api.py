"""``FactChecker``: the Python API every surface (CLI, chat page, eval) goes through."""

from __future__ import annotations

import html
import logging
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.answer import Answerer
from bot.check import Checker, scene_sentence
from bot.claim_periods import without_text_time
from bot.claims import decompose
from bot.retrieve import Retriever
from bot.types import Answer, TextReport, Verdict
from index.embed import Embedder, embedder_for
from index.errors import BadQuestionError, EmptyIndexError, printable
from index.ingest import IngestReport, Progress, ingest
from index.settings import Settings
from index.split import split_sentences
from index.store import Store

if TYPE_CHECKING:
    from bot.generate import LLMAnswerer

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
MAX_TEXT_CHARS = 20_000
"""``check_text``: a long draft article (about 3,000 words, some 10-15 s of checking on two
cores; 600 words take about 2 s); a longer document is better checked a section at a time."""
_TAG = re.compile(r"<[^>]{0,200}>")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_QUESTION_START = re.compile(
    r"^\s*(who|whom|whose|what|which|when|where|were|why|how|is|are|was|were|do|does|did|can|could|"
    r"will|would|should|has|have|had)\b",
    re.I,
)


class FactChecker:
    """Answers questions and checks claims against the indexed articles only.

    Build it from settings (``FactChecker()`` reads ``FACTBOT_*``) or inject a store and
    embedder (tests, several corpora in one process). Models load lazily, once.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        store: Store | None = None,
        embedder: Embedder | None = None,
        chat_model: Any = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.store = store or Store(self.settings)
        self.embedder = embedder or embedder_for(self.settings)
        self.retriever = Retriever(self.store, self.embedder, self.settings)
        self._answerer = Answerer(self.retriever, self.settings)
        self._checker = Checker(self.retriever, self.settings)
        self._write_lock = threading.Lock()
        self._chat_model = chat_model
        """A LangChain chat model to use when ``settings.llm`` is set (tests inject a fake)."""
        self._llm: LLMAnswerer | None = None

    def ingest(
        self,
        paths: list[str | Path],
        prune: bool = False,
        progress: Progress | None = None,
        meta: list[str | Path] | None = None,
    ) -> IngestReport:
        """Index files and folders; ``meta``: metadata files (csv/jsonl with a ``file`` column)."""
        with self._write_lock:
            report = ingest(
                paths,
                self.settings,
                store=self.store,
                embedder=self.embedder,
                prune=prune,
                progress=progress,
                meta=meta,
            )
        self.retriever.invalidate()
        return report

    def refresh(self) -> None:
        """Brings the lexical index up to date with the store now and writes its disk cache.

        ``factbot ingest`` calls it after writing, so serving processes load the cache in
        about a second instead of rebuilding it on their first question.
        """
        self.retriever.invalidate()
        self.retriever.lexical()

    def ask(self, question: str, mode: str = "question") -> Answer:
        """Answer from the articles; ``mode="auto"`` routes claim-like sentences to ``check``."""
        text = self._validate(question)
        if mode not in {"question", "claim", "auto"}:
            raise BadQuestionError(f"mode must be question, claim or auto, not {mode!r}")
        if mode == "claim" or (mode == "auto" and looks_like_claim(text)):
            verdict = self.check(text)
            answer = self._answerer.answer(text)
            answer.question = question
            answer.verdict = verdict
            answer.note = f"Checked as a claim: {verdict.verdict.value.replace('_', ' ')}. {verdict.note}"
            return answer
        answer = (self._llm_answerer() if self.settings.llm else self._answerer).answer(text)
        answer.question = question
        return answer

    def _llm_answerer(self) -> LLMAnswerer:
        """Built on first use, so the optional provider package is imported only when asked for."""
        if self._llm is None:
            from bot.generate import LLMAnswerer
            from bot.llm import chat_model_from_spec

            model = self._chat_model or chat_model_from_spec(self.settings.llm, self.settings)
            self._llm = LLMAnswerer(self._answerer, self.retriever, model, self.settings)
        return self._llm

    def check(self, claim: str) -> Verdict:
        verdict = self._checker.check(self._validate(claim))
        verdict.claim = claim
        return verdict

    def check_text(self, text: str) -> TextReport:
        """Split a text into atomic claims and judge each check-worthy one; spans index ``text``."""
        if not isinstance(text, str) or not text.strip():
            raise BadQuestionError("the text is empty: paste a sentence, a paragraph or a draft")
        if len(text) > MAX_TEXT_CHARS:
            raise BadQuestionError(
                f"the text is {len(text):,} characters; check at most {MAX_TEXT_CHARS:,} at a time "
                "(split a longer document into sections)"
            )
        self._require_index()
        claims = decompose(text)
        spans = split_sentences(text, 0, len(text))
        sentences = [text[a:b] for a, b in spans]
        rank = self.settings.tuning.check.place_sense_rank
        for claim in claims:
            if claim.checkworthy:
                said = without_text_time(" ".join(claim.text.split()))  # "The day before, ..."
                at = next((i for i, (_, b) in enumerate(spans) if claim.start < b), len(spans) - 1)
                claim.verdict = self._checker.check(said, scene_sentence(sentences, at, rank))
                claim.verdict.claim = claim.text
        return TextReport(text, claims)

    def _validate(self, text: str) -> str:
        """The question as searchable text, or a BadQuestionError saying what to change.

        Bytes that are not UTF-8 reach Python as lone surrogates (from argv or a raw API
        call); spaCy and the tokenizer cannot encode them, so they are refused here, named.
        """
        if not isinstance(text, str) or not text.strip():
            raise BadQuestionError("the question is empty: type a question or a claim")
        if len(text) > MAX_QUESTION_CHARS:
            raise BadQuestionError(
                f"the question is {len(text):,} characters; keep it under {MAX_QUESTION_CHARS:,}"
            )
        bad = next((i for i, ch in enumerate(text) if "\ud800" <= ch <= "\udfff"), None)
        if bad is not None:
            raise BadQuestionError(
                f"the question is not valid UTF-8 text ({printable(text[bad])} at character {bad + 1}); "
                "retype it or save it as UTF-8"
            )
        cleaned = " ".join(_CONTROL.sub(" ", html.unescape(_TAG.sub(" ", text))).split())
        if not re.search(r"[A-Za-z0-9]", cleaned):
            raise BadQuestionError("the question has no words factbot can search for")
        self._require_index()
        return cleaned

    def _require_index(self) -> None:
        """Reads never create the data dir: a missing or empty index is one clear message."""
        if not self.store.exists() or not len(self.retriever.corpus()):
            raise EmptyIndexError(
                f"nothing indexed at {self.store.location}; run `factbot ingest PATH` first"
            )


def looks_like_claim(text: str) -> bool:
    """A statement rather than a question: no question mark and no question word up front."""
    return not text.rstrip().endswith("?") and not _QUESTION_START.match(text)
