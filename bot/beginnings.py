"""A state's beginning told otherwise: "under curfew since 2011" against "since 2009".

A sentence may state everything a claim says of a lasting state (a curfew, a ban, a rule) and
still date its beginning otherwise. The beginning is the period a date phrase after "since"
names (``bot.claim_periods.periods``, ``ongoing``); two such periods that do not overlap are two
accounts of when the state began, so the sentence refutes the claim rather than supports it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.claim_periods import Period, periods
from bot.nlp import dependency_parse
from bot.text import stem
from bot.values import parse_quantities
from index.lexicon import DURATION_IN_YEARS
from index.tuning import CheckTuning


def beginnings(text: str) -> list[Period]:
    """The periods ``text`` names as a state's beginning ("since March 2009")."""
    return [p for p in periods(text) if p.ongoing]


SPAN_PREPOSITIONS = frozenset({"for", "in", "over"})
"""Prepositions that measure a record's run back from the year told: "the worst for ten years"."""

SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
"""Penn tags of a superlative ("worst", "highest", "most"), the record a span measures."""

RECORD_ORDINALS = frozenset({"first"})
"""An ordinal that makes a record of its span too: "the first win in 20 years"."""


def record_spans(text: str, slack: int = CheckTuning.record_span_slack_years) -> list[Period]:
    """Pattern: a superlative measured over a span of years ("the 2014 harvest was the worst for ten
    years", "its highest level in a decade in 2019", "the first win in 20 years") is a record whose
    run began that span before the year the sentence names: a beginning like "since 2004", within
    ``slack`` years either way (a span is told rounded). None without a year to count back from."""
    years = [p.last.year for p in periods(text) if not p.ongoing and p.first.year == p.last.year]
    if not years:
        return []
    told = max(years)
    out: list[Period] = []
    for tok in dependency_parse(text):
        if tok.lower_ not in SPAN_PREPOSITIONS or not _measures_record(tok):
            continue
        length = _span_years(text, tok)
        if length is None:
            continue
        start = told - length
        phrase = text[tok.idx : tok.idx + len(tok.text)] + " " + _span_text(text, tok)
        out.append(
            Period(date(start - slack, 1, 1), date(start + slack, 12, 31), f"{start} ({phrase})", True)
        )
    return out


def _measures_record(prep: Any, window: int = CheckTuning.record_span_window) -> bool:
    """A superlative or a record ordinal at most ``window`` words before the preposition, in the
    same phrase (no punctuation or verb between): "the worst for", "its highest profit in",
    "their first in"; "the best players stayed for two years" measures a stay, not a record."""
    doc = prep.doc
    for t in reversed(doc[max(0, prep.i - window) : prep.i]):
        if t.is_punct or t.pos_ in {"VERB", "AUX"}:
            return False
        if t.tag_ in SUPERLATIVE_TAGS or t.lower_ in RECORD_ORDINALS:
            return True
    return False


def _span_years(text: str, prep: Any) -> int | None:
    """Whole years the preposition's object measures ("ten years", "a decade", "two decades");
    None for no span, a vague one ("decades") or one under a year."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    unit = DURATION_IN_YEARS.get(stem(obj.lower_))
    if unit is None or unit < 1:
        return None
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children):
        return round(unit)
    numbers = [c for c in obj.children if c.dep_ == "nummod"]
    if not numbers:
        return None
    found = parse_quantities(text[numbers[0].idx : obj.idx + len(obj.text)])
    if not found or found[0].low != found[0].high:
        return None
    return round(found[0].low * unit)


def _span_text(text: str, prep: Any) -> str:
    obj = next(c for c in prep.children if c.dep_ == "pobj")
    first = min(t.idx for t in obj.subtree)
    return text[first : obj.idx + len(obj.text)]


def other_beginning(claim: str, text: str) -> str:
    """Pattern: a sentence that dates the beginning of the claim's state ("since <date>") with a
    date apart from the claim's own "since <date>" tells another account of when it began. The
    reason in words ("dates it since 2009, not since 2011"), or "" when either names no beginning
    or the two overlap ("since 2011" and "since March 2011")."""
    ours = beginnings(claim) + record_spans(claim)
    theirs = beginnings(text) + record_spans(text)
    if not ours or not theirs:
        return ""
    for p in theirs:
        if not any(p.first <= q.last and q.first <= p.last for q in ours):
            return f"dates it since {p.text.removeprefix('since ')}, not since {ours[0].text.removeprefix('since ')}"
    return ""
