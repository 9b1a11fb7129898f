"""Scoring rules of docs/gold-format.md: answer normalisation, span overlap, items, metrics.

Pure functions over ``Answer``/``Verdict`` objects and gold items, so every rule can be
tested on hand-made answers and both systems (factbot, the baseline) are scored alike.
An item's outcome lists what went wrong in words, so a failing run can be read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bot.eval.gold import GoldClaim, GoldItem, GoldQuestion
from bot.types import Answer, Citation, Status, Verdict
from bot.values import SCALES, UNITS, number_word
from index.errors import FactbotError

BARS: dict[str, float] = {
    "answer_accuracy": 0.90,
    "abstention_accuracy": 0.90,
    "citation_precision": 0.90,
    "citation_recall": 0.85,
    "disagreement_precision": 0.80,
    "disagreement_recall": 0.80,
    "verdict_macro_f1": 0.80,
}
"""The bars of the answers issue; the regression gate ratchets its floors up towards these."""

GOLD_KEYS = (
    "n_questions",
    "n_claims",
    "answer_accuracy",
    "abstention_accuracy",
    "citation_precision",
    "citation_recall",
    "disagreement_precision",
    "disagreement_recall",
    "verdict_accuracy",
    "verdict_macro_f1",
    "retrieval_recall_at_5",
    "latency_p50_ms",
    "latency_p95_ms",
)
"""Every key docs/gold-format.md requires of an evaluation report."""

RATE_KEYS = tuple(k for k in GOLD_KEYS if not k.startswith(("n_", "latency")))
RETRIEVAL_K = 5
"""``retrieval_recall_at_5`` looks at this many top passages."""

# --- answer normalisation ----------------------------------------------------------------

_UNITS = UNITS
_SCALES = {word: value for word, value in SCALES.items() if len(word) > 2}  # not "m", "bn", "k"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_ACRONYM = re.compile(r"\b[a-z](?:\.[a-z])+\.?(?!\w)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_PUNCT = re.compile(r"[^\w\s.]|_|(?<!\d)\.|\.(?!\d)")


def _spelled_numbers(words: list[str]) -> list[str]:
    """Runs of spelled-out integer words become digits ("nine hundred" -> "900").

    Only integers, and a run starts with a number word: "a dozen" and "1.5 million" keep
    their words, since "a dozen" and "12" are not the same claim in news text.
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] not in _UNITS:
            out.append(words[i])
            i += 1
            continue
        total = current = 0.0
        while i < len(words):
            step = number_word(total, current, words[i], _SCALES)
            if step is not None:
                total, current = step
            elif not (words[i] == "and" and i + 1 < len(words) and words[i + 1] in _UNITS):
                break
            i += 1
        out.append(str(int(total + current)))
    return out


def normalise_answer(text: str) -> str:
    """Case, punctuation, whitespace (non-breaking too), "U.S."/"US", curly quotes, number words,
    accents ("Zoltán" is "Zoltan": a reader types a name without them)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_QUOTES).lower()
    text = _ACRONYM.sub(lambda m: m.group().replace(".", ""), text)
    text = _PUNCT.sub(" ", _THOUSANDS.sub("", text))
    return " ".join(_spelled_numbers(text.split()))


def mentions(gold: str, text: str) -> bool:
    """The normalised gold string occurs in the normalised text, on word boundaries.

    Word boundaries keep "900" from matching "1900"; otherwise it is plain containment.
    """
    needle = normalise_answer(gold)
    return bool(needle) and f" {needle} " in f" {normalise_answer(text)} "


def answer_texts(answer: Answer) -> list[str]:
    """The answer, every variant value where sources disagree, and each entity's value where
    several things share the asked name: everywhere a value can be given."""
    variants = [v.value for d in answer.disagreements for v in d.variants]
    return [answer.answer, *variants, *(e.value for e in answer.entities)]


def matches_gold(q: GoldQuestion, answer: Answer) -> bool:
    wanted = [q.answer, *q.answer_aliases]
    return any(mentions(g, t) for g in wanted for t in answer_texts(answer))


# --- spans -------------------------------------------------------------------------------

Span = tuple[str, int, int]


def quote_spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence of ``quote``: a citation of a repeated sentence is right wherever it is."""
    spans = []
    start = text.find(quote) if quote else -1
    while start >= 0:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def cited_spans(answer: Answer) -> list[Span]:
    """Each distinct cited span, including the citations inside disagreement variants."""
    cites: list[Citation] = list(answer.citations)
    cites += [c for d in answer.disagreements for v in d.variants for c in v.citations]
    return list(dict.fromkeys((c.doc, c.start, c.end) for c in cites))


# --- scoring one item --------------------------------------------------------------------


@dataclass
class ItemResult:
    """One gold item's outcome: what was expected, what came back, and what went wrong."""

    id: str
    kind: str
    text: str
    expected: str
    got: str
    correct: bool
    latency_ms: float = 0.0
    problems: list[str] = field(default_factory=list)
    answerable: bool = False
    abstained: bool = False
    citations: int = 0
    citations_on_gold: int = 0
    docs_cited_share: float = 0.0
    flagged: bool = False
    gold_disagreement: bool = False
    quotes: int = 0
    quotes_in_top5: int = 0
    verdict: str = ""
    gold_verdict: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "expected": self.expected,
            "got": self.got,
            "correct": self.correct,
            "latency_ms": round(self.latency_ms, 1),
            "problems": list(self.problems),
        }
        if self.kind == "question":
            out |= {
                "answerable": self.answerable,
                "abstained": self.abstained,
                "citations": self.citations,
                "citations_on_gold": self.citations_on_gold,
                "docs_cited_share": round(self.docs_cited_share, 4),
                "flagged_disagreement": self.flagged,
                "gold_disagreement": self.gold_disagreement,
                "quotes_in_top5": f"{self.quotes_in_top5}/{self.quotes}",
            }
        return out


def score_question(q: GoldQuestion, answer: Answer, article_text: Callable[[str], str]) -> ItemResult:
    """Scores one answer by the rules of docs/gold-format.md."""
    abstained = answer.status == Status.NOT_IN_SOURCES
    got = answer.answer
    if answer.disagreements:
        got += " [variants: " + "; ".join(v.value for d in answer.disagreements for v in d.variants) + "]"
    result = ItemResult(
        q.id,
        "question",
        q.question,
        q.answer,
        got,
        correct=False,
        answerable=q.answerable,
        abstained=abstained,
        flagged=bool(answer.disagreements),
        gold_disagreement=q.disagreement is not None,
    )
    problems = result.problems
    if not q.answerable:
        result.correct = abstained
        if not abstained:
            problems.append(f"should have abstained (answered {answer.answer!r})")
    else:
        result.correct = not abstained and matches_gold(q, answer)
        if abstained:
            problems.append(f"abstained; expected {q.answer!r}")
        elif not result.correct:
            problems.append(f"wrong value: got {answer.answer!r}, expected {q.answer!r}")
        gold_quotes = [(g.doc, g.quote) for g in q.supporting]
        if q.disagreement is not None:
            gold_quotes += [(v.doc, v.quote) for v in q.disagreement.variants]
        gold_spans = [
            (doc, s, e)
            for doc, quote in gold_quotes
            for s, e in quote_spans(text_or_empty(article_text, doc), quote)
        ]
        cited = cited_spans(answer)
        on_gold = [c for c in cited if any(overlaps(c, g) for g in gold_spans)]
        result.citations, result.citations_on_gold = len(cited), len(on_gold)
        for doc, start, end in cited:
            if (doc, start, end) not in on_gold:
                problems.append(f"citation off the gold quotes: {doc}[{start}:{end}]")
        gold_docs = sorted({g.doc for g in q.supporting})
        cited_docs = {c[0] for c in cited}
        result.docs_cited_share = (
            sum(d in cited_docs for d in gold_docs) / len(gold_docs) if gold_docs else 0.0
        )
        if not abstained:
            problems += [f"missing citation to {d}" for d in gold_docs if d not in cited_docs]
    if result.gold_disagreement and not result.flagged:
        problems.append("missed disagreement")
    elif result.flagged and not result.gold_disagreement:
        values = [v.value for d in answer.disagreements for v in d.variants]
        problems.append(f"false disagreement: {' vs '.join(values)}")
    top = [(p.doc, p.start, p.end) for p in answer.passages[:RETRIEVAL_K]]
    for quote in q.supporting:
        spans = quote_spans(text_or_empty(article_text, quote.doc), quote.quote)
        result.quotes += 1
        if any(overlaps((quote.doc, s, e), t) for s, e in spans for t in top):
            result.quotes_in_top5 += 1
        else:
            problems.append(f"gold quote not in the top {RETRIEVAL_K} passages: {quote.doc}")
    return result


def text_or_empty(article_text: Callable[[str], str], doc: str) -> str:
    """The article's text, or "" when it is not indexed: its quotes then simply cannot match."""
    try:
        return article_text(doc)
    except FactbotError:
        return ""


def score_claim(c: GoldClaim, verdict: Verdict) -> ItemResult:
    got = str(verdict.verdict)
    result = ItemResult(
        c.id, "claim", c.claim, c.verdict, got, got == c.verdict, verdict=got, gold_verdict=c.verdict
    )
    if not result.correct:
        result.problems.append(f"wrong verdict: got {got}, expected {c.verdict}")
    return result


def failed_item(item: GoldItem, error: Exception) -> ItemResult:
    """An item whose ask or check raised: wrong on every count, with the error as its problem."""
    text = item.question if isinstance(item, GoldQuestion) else getattr(item, "claim", "")
    expected = item.answer if isinstance(item, GoldQuestion) else getattr(item, "verdict", "")
    result = ItemResult(item.id, item.kind, text, expected, "", False, problems=[f"error: {error}"])
    if isinstance(item, GoldQuestion):
        result.answerable = item.answerable
        result.gold_disagreement = item.disagreement is not None
        result.quotes = len(item.supporting)
    else:
        result.gold_verdict = expected
    return result


# --- aggregating -------------------------------------------------------------------------


def ratio(num: float, den: float, empty: float = 0.0) -> float:
    """A share; ``empty`` when nothing was there to count (e.g. no flags and none expected)."""
    return num / den if den else empty


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Mean per-label F1 over the labels that occur in gold or predictions (sklearn's default)."""
    labels = sorted(set(gold) | set(pred))
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        scores.append(ratio(2 * tp, 2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else 0.0


def metrics(results: list[ItemResult]) -> dict[str, float]:
    """The gold-format metrics of scored items; an empty group scores 0.0 (its ``n_`` says why)."""
    qs = [r for r in results if r.kind == "question"]
    claims = [r for r in results if r.kind == "claim"]
    answerable = [r for r in qs if r.answerable]
    unanswerable = [r for r in qs if not r.answerable]
    flagged = [r for r in qs if r.flagged]
    expected = [r for r in qs if r.gold_disagreement]
    both = [r for r in flagged if r.gold_disagreement]
    latencies = [r.latency_ms for r in results]
    return {
        "n_questions": len(qs),
        "n_claims": len(claims),
        "answer_accuracy": ratio(sum(r.correct for r in answerable), len(answerable)),
        "abstention_accuracy": ratio(sum(r.abstained for r in unanswerable), len(unanswerable)),
        "citation_precision": ratio(
            sum(r.citations_on_gold for r in answerable), sum(r.citations for r in answerable)
        ),
        "citation_recall": ratio(sum(r.docs_cited_share for r in answerable), len(answerable)),
        "disagreement_precision": ratio(len(both), len(flagged), empty=0.0 if expected else 1.0),
        "disagreement_recall": ratio(len(both), len(expected), empty=1.0),
        "verdict_accuracy": ratio(sum(r.correct for r in claims), len(claims)),
        "verdict_macro_f1": macro_f1([r.gold_verdict for r in claims], [r.verdict for r in claims]),
        "retrieval_recall_at_5": ratio(sum(r.quotes_in_top5 for r in qs), sum(r.quotes for r in qs)),
        "latency_p50_ms": float(np.percentile(latencies, 50)) if latencies else 0.0,
        "latency_p95_ms": float(np.percentile(latencies, 95)) if latencies else 0.0,
    }
