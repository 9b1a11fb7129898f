"""Optional LLM-written answers: grounded in numbered evidence, every sentence checked, never trusted.

The extractive answer is computed first; it supplies the evidence, the disagreements and the
fallback. The model sees the retrieved claim sentences numbered ``[1..n]`` and writes a short
answer citing them. Each sentence is then checked against the passages it cites with the same
value comparison and claim alignment that verdicts use (``bot.values``, ``bot.check.judge``):
citations to numbers the model was not given are dropped, and sentences with no valid citation
or unsupported content are removed, with the reason recorded in ``Answer.removed``. A model that
is down, slow or incoherent yields the extractive answer with a note, never an exception.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.answer import Answerer
from bot.check import MENTIONED_LABELS, judge
from bot.evidence import EvidenceSentence, terms
from bot.nlp import parse
from bot.prompts import render_prompt
from bot.retrieve import Retriever
from bot.text import TokenPool, tokens
from bot.types import NOT_IN_SOURCES, Answer, Citation, Stance, Status
from bot.values import parse_quantities, unit_matches
from index.settings import Settings
from index.store import Chunk

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)


_CITE = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_TRAILING_CITES = re.compile(r"([.!?])((?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])+)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'‘(\[]?[A-Z0-9])")
_THINK = re.compile(r"<think>.*?</think>", re.S | re.I)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}?\b(?:instructions?|rules|prompts?|guidelines|"
    r"directions|everything (?:above|before))\b"
    r"|\bsystem prompt\b|\bprompt injection\b"
    r"|\b(?:you are|act as) (?:now )?(?:an? )?(?:ai|assistant|language model|chatbot|llm)\b"
    r"|^\W*(?:answer|respond|reply|output)\b(?: only| with| that|:)?",
    re.I,
)


@dataclass(frozen=True)
class Numbered:
    """One evidence sentence as the model saw it: ``[n]`` plus its exact span in the article."""

    n: int
    chunk: Chunk
    score: float


class LLMAnswerer:
    """Answers with a chat model, keeping only sentences factbot can verify in the cited evidence."""

    def __init__(
        self, answerer: Answerer, retriever: Retriever, model: BaseChatModel, settings: Settings
    ) -> None:
        self.answerer, self.retriever, self.model, self.settings = answerer, retriever, model, settings

    def answer(self, question: str) -> Answer:
        base = self.answerer.answer(question)
        evidence, withheld = self.evidence(question, base)
        if not evidence:
            return _fallback(base, "no passages to give the language model")
        system, user = render_prompt(
            "answer",
            not_in_sources=NOT_IN_SOURCES,
            question=question,
            passages=format_passages(evidence),
            count=str(len(evidence)),
        )
        try:
            reply = self._call(system, user)
        except Exception as exc:  # any failure of an optional, external model means: fall back
            log.warning("language model failed: %s: %s", type(exc).__name__, exc)
            return _fallback(base, f"the language model failed ({_describe(exc)})")
        answer = self.checked(base, reply, evidence)
        if withheld:
            answer.note += f" {withheld} retrieved sentence(s) that read as instructions to a model were withheld from it."
        return answer

    # --- evidence ----------------------------------------------------------------------
    def evidence(self, question: str, base: Answer) -> tuple[list[Numbered], int]:
        """The extractive answer's cited sentences first, then the best other retrieved ones.

        Sentences that read as orders to a model ("ignore your instructions and answer ...")
        state no fact about the world, so they are withheld; returns how many were.
        """
        corpus = self.retriever.corpus()
        candidates = [
            (found.chunk, cite.score)
            for cite in base.citations
            if (found := corpus.at_span(cite.doc, cite.start, cite.end)) is not None
        ]
        candidates += [(hit.chunk, hit.score) for hit in self.retriever.retrieve(question)]
        picked: dict[str, Numbered] = {}
        withheld: set[str] = set()
        for chunk, score in candidates:
            if len(picked) >= self.settings.tuning.answer.llm_passages:
                break
            if chunk.id in picked or chunk.id in withheld:
                continue
            if looks_like_instruction(chunk.text):
                withheld.add(chunk.id)
                continue
            picked[chunk.id] = Numbered(len(picked) + 1, chunk, score)
        return list(picked.values()), len(withheld)

    def _call(self, system: str, user: str) -> str:
        """Invoke the model in a daemon thread so a hung server cannot outlive the timeout."""
        from langchain_core.messages import HumanMessage, SystemMessage

        out: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

        def run() -> None:
            try:
                out.put((True, self.model.invoke([SystemMessage(system), HumanMessage(user)])))
            except BaseException as exc:
                out.put((False, exc))

        threading.Thread(target=run, name="factbot-llm", daemon=True).start()
        try:
            ok, value = out.get(timeout=self.settings.llm_timeout)
        except queue.Empty:
            raise TimeoutError(f"no reply within {self.settings.llm_timeout:g} s") from None
        if not ok:
            raise value
        return reply_text(value)

    # --- checking ----------------------------------------------------------------------
    def checked(self, base: Answer, reply: str, evidence: list[Numbered]) -> Answer:
        """Keep the sentences whose citations support them; everything else goes to ``removed``."""
        given = {e.n: e for e in evidence}
        kept: list[tuple[str, list[int]]] = []
        removed: list[dict[str, str]] = []
        said_not_in_sources = False
        for sentence in split_sentences(reply):
            plain = strip_citations(sentence)
            if not plain:
                continue
            if _is_not_in_sources(plain):
                said_not_in_sources = True
                continue
            cited = cited_numbers(sentence)
            orders = [n for n in cited if n in given and looks_like_instruction(given[n].chunk.text)]
            if orders:
                removed.append(
                    {
                        "sentence": sentence,
                        "reason": "dropped citation "
                        + ", ".join(f"[{n}]" for n in orders)
                        + ": that passage gives instructions, not facts",
                    }
                )
            valid = [n for n in cited if n in given and n not in orders]
            invalid = [n for n in cited if n not in given]
            if invalid:
                removed.append(
                    {
                        "sentence": sentence,
                        "reason": "dropped citation "
                        + ", ".join(f"[{n}]" for n in invalid)
                        + ": no such passage was given",
                    }
                )
            if not valid:
                removed.append(
                    {"sentence": plain, "reason": "no citation" if not cited else "no valid citation"}
                )
                continue
            problem = self.unsupported(plain, [given[n] for n in valid])
            if problem:
                removed.append({"sentence": plain, "reason": f"unsupported: {problem}"})
                continue
            kept.append((plain, valid))
        if not kept:
            if said_not_in_sources:
                return replace(
                    base,
                    status=Status.NOT_IN_SOURCES,
                    answer=NOT_IN_SOURCES,
                    citations=[],
                    disagreements=[],
                    single_source=False,
                    note="The language model found no answer in the passages it was given."
                    + (
                        f" factbot's extractive reading was {base.answer!r}."
                        if base.status is Status.ANSWERED
                        else ""
                    ),
                    removed=removed,
                    mode="llm",
                )
            reason = "no sentence of the language model's answer was supported by the passages it cited"
            return _fallback(base, reason, removed)
        if said_not_in_sources:
            removed.append({"sentence": NOT_IN_SOURCES, "reason": "contradicts the cited sentences kept"})
        return self._answer(base, kept, given, removed)

    def unsupported(self, sentence: str, cited: list[Numbered]) -> str:
        """Why the cited passages do not back the sentence, or "" when they do.

        Numbers must appear compatibly in a cited passage (interval overlap, same unit); then
        one cited passage must support the sentence as a claim (``judge``), or, for a sentence
        drawing on several passages, together they must cover its words and names.
        """
        texts = [e.chunk.text for e in cited]
        cited_quantities = [q for t in texts for q in parse_quantities(t)]
        for q in parse_quantities(sentence):
            if not any(
                e.overlaps(q) and (not q.unit or not e.unit or unit_matches(e.unit, q.unit))
                for e in cited_quantities
            ):
                given = sorted(
                    {e.text for e in cited_quantities if not q.unit or unit_matches(e.unit, q.unit)}
                )
                where = _refs(cited)
                return f"{q.text} is not in {where}" + (f" (it gives {', '.join(given)})" if given else "")
        hits = self._hits(sentence, cited)
        tune = self.settings.tuning.check
        judgements = [judge(sentence, hit, tune) for hit in hits]
        if any(j.stance is Stance.SUPPORTS for j in judgements):
            return ""
        best = max(hits, key=lambda h: h.dense)
        if best.dense < tune.written_alignment:
            return f"{_refs(cited)} not about the same thing"
        pool = TokenPool(t for text in texts for t in tokens(text))
        words = tokens(sentence)
        share = pool.share(words)
        if share < tune.written_coverage:
            return f"{_refs(cited)} cover only {share:.0%} of its words"
        missing = self._missing_names(sentence, cited)
        if missing:
            return f"{_refs(cited)} do not mention {', '.join(missing)}"
        return ""

    def _hits(self, sentence: str, cited: list[Numbered]) -> list[EvidenceSentence]:
        """Cited passages as evidence scored against the sentence, so ``judge`` can align them."""
        corpus = self.retriever.corpus()
        vec = corpus.embed(sentence)
        found = [corpus.sentence(e.chunk) for e in cited]
        corpus.load_vectors(found)
        out = []
        for e in found:
            stored = e.vector
            if stored is None:
                stored = corpus.embed(e.chunk.text)
            sim = float(np.dot(vec, stored))
            out.append(e.rescored(dense=sim, score=sim))
        return out

    def _missing_names(self, sentence: str, cited: list[Numbered]) -> list[str]:
        corpus = self.retriever.corpus()
        pools = [terms(e.chunk.text) for e in cited] + [corpus.article_tokens(e.chunk.doc) for e in cited]
        missing = []
        for ent in parse(sentence).entities:
            if ent.label not in MENTIONED_LABELS:
                continue
            words = tokens(ent.text)
            if words and not all(any(p.has(w) for p in pools) for w in words):
                missing.append(ent.text)
        return missing

    def _answer(
        self,
        base: Answer,
        kept: list[tuple[str, list[int]]],
        given: dict[int, Numbered],
        removed: list[dict[str, str]],
    ) -> Answer:
        order: list[int] = []
        for _, numbers in kept:
            order.extend(n for n in numbers if n not in order)
        citations = [
            Citation(
                i,
                given[n].chunk.doc,
                *given[n].chunk.story,
                given[n].chunk.story_text,
                round(given[n].score, 4),
                given[n].chunk.outlet,
                given[n].chunk.title,
                given[n].chunk.date,
            )
            for i, n in enumerate(order, start=1)
        ]
        docs = {c.doc for c in citations}
        note = f"Written by a language model from {len(given)} passages; each sentence checked against the passages it cites."
        if removed:
            note += f" {len(removed)} item(s) removed by the checker."
        if base.disagreements:
            note += " " + " ".join(d.note for d in base.disagreements)
        return replace(
            base,
            status=Status.ANSWERED,
            answer=" ".join(sentence for sentence, _ in kept),
            citations=citations,
            single_source=base.single_source if base.disagreements else len(docs) == 1,
            note=note,
            removed=removed,
            mode="llm",
        )


# --- reply parsing -------------------------------------------------------------------------
def reply_text(message: Any) -> str:
    """Plain text of a chat reply, whatever shape the provider returns; reasoning blocks dropped."""
    content = getattr(message, "content", message)
    if isinstance(content, list):
        parts = []
        for block in content:
            if isinstance(block, str):
                parts.append(block)
            elif isinstance(block, dict) and block.get("type", "text") == "text":
                parts.append(str(block.get("text", "")))
        content = "".join(parts)
    if not isinstance(content, str):
        raise ValueError(f"the model returned {type(content).__name__}, not text")
    return _THINK.sub(" ", content).strip()


def split_sentences(reply: str) -> list[str]:
    """Sentences of a reply, each keeping its ``[n]`` markers ("Syria. [1]" becomes "Syria [1].")."""
    out: list[str] = []
    for line in reply.splitlines():
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        line = _TRAILING_CITES.sub(lambda m: f"{m.group(2)}{m.group(1)}", line)
        out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


def cited_numbers(sentence: str) -> list[int]:
    out: list[int] = []
    for m in _CITE.finditer(sentence):
        for part in re.split(r"\s*[,;]\s*", m.group(1)):
            n = int(part)
            if n not in out:
                out.append(n)
    return out


def strip_citations(sentence: str) -> str:
    text = _CITE.sub("", sentence)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return " ".join(text.split())


def format_passages(evidence: list[Numbered]) -> str:
    """Each passage quoted on its own line so instructions inside it read as quoted text."""
    lines = []
    for e in evidence:
        source = ", ".join(x for x in (e.chunk.outlet, e.chunk.title) if x) or e.chunk.doc
        text = " ".join(e.chunk.text.split()).replace('"', "'")
        lines.append(f'[{e.n}] ({source}) "{text}"')
    return "\n".join(lines)


def looks_like_instruction(text: str) -> bool:
    """An article sentence addressed to a language model rather than stating something."""
    return bool(_INSTRUCTION.search(text))


def _is_not_in_sources(sentence: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"[^a-z ]", "", s.lower()).strip()

    return norm(sentence) == norm(NOT_IN_SOURCES)


def _refs(cited: list[Numbered]) -> str:
    return "passage " + "".join(f"[{e.n}]" for e in cited)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _fallback(base: Answer, why: str, removed: list[dict[str, str]] | None = None) -> Answer:
    """The extractive answer, saying why the model's answer is not shown."""
    note = f"Extractive answer shown: {why}."
    if base.note:
        note += " " + base.note
    return replace(base, note=note, removed=list(removed or []), mode="extractive")
