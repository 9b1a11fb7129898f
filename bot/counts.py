"""Count answers: the number in each sentence that counts what the question counts.

"How many US troops" is answered by a number whose counted noun is "troops" (or a word the
sentence model puts close to it), "how long" by a span of time, "how much" by money; the
values are intervals (``bot.values``) so that "a dozen" and "dozens" can disagree.
"""

from __future__ import annotations

import re

from bot.conflicts import Candidate
from bot.evidence import EvidenceSentence
from bot.question import Question
from bot.text import TokenPool, stem, tokens
from bot.values import Quantity, in_years, parse_quantities, unit_matches
from index.lexicon import CURRENCIES, MONEY_WORDS, PEOPLE_NOUNS, TIME_UNITS
from index.tuning import AnswerTuning


def counts(q: Question, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """Every count in the evidence that counts what the question asks about, one candidate each."""
    out = []
    asked = TokenPool(q.content)
    for hit in hits:
        text = hit.chunk.text
        quantities = parse_quantities(text)
        chosen = [x for x in quantities if counts_target(q, x.unit, hit, tune)]
        if q.duration:
            chosen = [
                x for x in chosen if _context_overlap(text, x, asked, tune.context_words, q.key_terms) > 0
            ]
        if not chosen and not q.duration:
            chosen = [x for x in quantities if not x.unit and _verb_before(text, x, asked)]
        if not chosen and q.target and not q.duration and _names_target(text, q.target):
            named = [x for x in quantities if x.unit and x.unit not in TIME_UNITS]
            if len(named) == 1:
                chosen = named  # "how many Pakistanis" -> "Pakistan evacuated 318 nationals"
        for x in chosen:
            value = _with_unit(text, x) if x.unit in TIME_UNITS | CURRENCIES else x.text
            bonus = tune.context_bonus * _context_overlap(text, x, asked, tune.context_words)
            out.append(Candidate.of(hit, value, value.lower(), hit.score + bonus, in_years(x)))
    return out


def counts_target(q: Question, unit: str, hit: EvidenceSentence, tune: AnswerTuning) -> bool:
    """The counted noun ``unit`` is what the question counts (same word, kind or meaning)."""
    if q.duration:
        return unit in TIME_UNITS
    if not q.target or not unit:
        return False
    if q.target in MONEY_WORDS or q.text.lower().startswith("how much"):
        return unit in CURRENCIES or unit_matches(unit, q.target)
    if q.target == "people" and unit in PEOPLE_NOUNS:
        return True
    return unit_matches(unit, q.target) or hit.corpus.similar(unit, q.target)


def _context_overlap(
    text: str, x: Quantity, asked: TokenPool, width: int, names: tuple[str, ...] = ()
) -> int:
    """Question words in the clause around a number: which of several counts is asked about.

    Words after the number count twice ("13-year civil war"); words before it count back to
    the nearest clause boundary ("ruled Syria for more than 50 years"), not across "and".
    """
    after = re.split(r"[,.;]|\band\b", text[x.end :], maxsplit=1)[0].split()[:width]
    before = re.split(r"[,.;]|\band\b", text[: x.start])[-1].split()[-width:]

    def hits(words: list[str]) -> int:
        return sum(1 for t in tokens(" ".join(words)) if asked.has(t) and t != x.unit and t not in names)

    return 2 * hits(after) + hits(before)


def _verb_before(text: str, x: Quantity, asked: TokenPool) -> bool:
    """A bare count right after the asked verb: "displaced millions"."""
    words = tokens(text[: x.start][-25:])
    return bool(words) and asked.has(words[-1])


def _with_unit(text: str, x: Quantity) -> str:
    if x.start and text[x.start - 1] in "$€£¥":
        return text[x.start - 1] + x.text
    m = re.match(r"\s*(?:of\s+)?([A-Za-z]+)", text[x.end :])
    return x.text if x.text.endswith(x.unit) or "-" in x.text or not m else f"{x.text} {m.group(1)}"


def _names_target(text: str, target: str) -> bool:
    """The counted thing is a people named in the sentence, counted by another noun."""
    capitalised = TokenPool(stem(w.lower()) for w in re.findall(r"\b[A-Z][a-z]+\b", text))
    lower = TokenPool(stem(w) for w in re.findall(r"\b[a-z]+\b", text))
    return capitalised.has(target) and not lower.has(target)
