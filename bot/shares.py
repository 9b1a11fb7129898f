"""Shares told otherwise: a claim's fraction of a whole against a sentence's share of the same whole.

Pattern: a reader restates a share in other words and another size ("a fifth of the guild's
profits" where the source says "10% of the guild's profits", "about a quarter of all mail"
where it says "10% of the mail"). A fraction word ("half", "a third", "two-fifths", "one in
five") is a share of the whole its "of" names, as a percentage is; the value readers take
neither for a count of that whole, so a sentence stating the rest of the claim looks like
support. A share of the same whole (the same head noun after "of") that cannot be the claim's
refutes it. A fraction word is a round figure: it stands for any share within
``CheckTuning.share_word_slack`` of its value ("a third" for 30%), and a bound word before it
("more than half", "nearly a quarter") opens that side. Shares of different wholes ("a fifth of
the staff", "10% of the budget") never clash, and two percentages are left to the figure rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.nlp import dependency_parse
from bot.values import LOWER, STRICT, UNITS, UPPER, Quantity, parse_quantities
from index.tuning import CheckTuning

DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
"""Fraction words by the parts they cut a whole into (closed-class number words)."""
_NUMERATOR = "|".join(["an?", *(w for w, v in UNITS.items() if 1 <= v <= 9)])
_FRACTION = re.compile(
    rf"\b(?:(?P<num>{_NUMERATOR})[\s-]+)?(?P<den>halves|half|(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?)\s+(?P<of>of)\b",
    re.I,
)
"""A fraction of a whole: "a fifth of", "two-thirds of", "half of" (only "half" needs no numerator)."""
_ONE_IN = re.compile(r"\b(?P<num>one|1)\s+in\s+(?P<den>\d+|[a-z]+)\s+(?P<noun>[a-z]+)", re.I)
"""A share as a rate of members: "one in five voters" (the whole is the noun after it)."""
_PERCENT_OF = re.compile(r"\s*(?:%|per\s*cent|percent)?\s*(?P<of>of)\b", re.I)
"""What follows a percentage's figure before its whole ("10% of", "20 per cent of")."""


@dataclass(frozen=True)
class Share:
    low: float
    high: float
    """The percentages it allows."""
    whole: str
    """The lemma of the whole's head noun ("profit" in "a fifth of the firm's profits")."""
    text: str
    word: bool
    """Written as a fraction word (a round figure), not a percentage."""


def shares(text: str, slack: float = CheckTuning.share_word_slack) -> list[Share]:
    """The shares of a whole the text states: fraction words (widened by ``slack`` of their value,
    opened on the side a bound word before them leaves open) and percentages followed by "of"."""
    doc = dependency_parse(text)
    out: list[Share] = []
    for m in _FRACTION.finditer(text):
        if (fraction := _fraction(m)) is None:
            continue
        num, den = fraction
        whole = _whole(doc, m.start("of"))
        if whole:
            low, high = _bounded(text, m.start(), 100.0 * num / den, slack)
            out.append(Share(low, high, whole, m.group(0)[: -len("of")].strip(), True))
    for m in _ONE_IN.finditer(text):
        den_text = m.group("den").lower()
        den = int(den_text) if den_text.isdigit() else UNITS.get(den_text, 0)
        if den > 1:
            low, high = _bounded(text, m.start(), 100.0 / den, slack)
            noun = next((t for t in doc if t.idx == m.start("noun")), None)
            if noun is not None and noun.pos_ == "NOUN":
                out.append(Share(low, high, str(noun.lemma_).lower(), m.group(0), True))
    for q in parse_quantities(text):
        after = _PERCENT_OF.match(text, q.end)
        if q.unit != "percent" or after is None:
            continue
        whole = _whole(doc, after.start("of"))
        if whole:
            out.append(Share(q.low, q.high, whole, f"{q.text}%", False))
    return out


def _fraction(m: re.Match[str]) -> tuple[int, int] | None:
    """Numerator and denominator of a matched fraction word ("two thirds": 2, 3; "half": 1, 2); a
    bare "third" with no numerator is no fraction (it is a rank), nor is a whole or more."""
    den_word = m.group("den").lower()
    den = DENOMINATORS.get(den_word.rstrip("s"), DENOMINATORS.get(den_word))
    num_word = (m.group("num") or "").lower()
    if den is None or (not num_word and den != 2):
        return None
    num = 1 if num_word in {"", "a", "an"} else UNITS.get(num_word, 0)
    return (num, den) if 0 < num < den else None


_CHANGE_BY = re.compile(
    rf"\bby\s+(?P<fraction>(?:[a-z]+\s+){{0,2}}?(?:(?P<num>{_NUMERATOR})[\s-]+)?(?P<den>halves|half|(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?))\b(?!\s+of\b)",
    re.I,
)
"""A change's size as a fraction word after "by" ("grew by a quarter", "cut by more than half"),
not a share of a named whole ("by a third of the members")."""


def fraction_changes(text: str, slack: float = CheckTuning.share_word_slack) -> list[Quantity]:
    """Pattern: a change told by a fraction word ("sales grew by a quarter", "the budget was cut by
    a third", "prices fell by half") is a change of that percentage, as "grew 25%" is: each as a
    percent ``Quantity`` widened by ``slack`` of its value (a round figure, as ``shares`` reads
    it; a bound word before it opens that side). Only the object of "by" hanging on a verb or an
    adjective ("higher by a third"): "a third party", "by a third of the vote" are no change."""
    found = list(_CHANGE_BY.finditer(text))
    if not found:
        return []
    doc = dependency_parse(text)
    out: list[Quantity] = []
    for m in found:
        fraction = _fraction(m)
        word = next((t for t in doc if t.idx == m.start("den")), None)
        if fraction is None or word is None or not _changed_by(word):
            continue
        num, den = fraction
        low, high = _bounded(
            text, m.start("num") if m.group("num") else m.start("den"), 100.0 * num / den, slack
        )
        out.append(
            Quantity(low, high, m.group("fraction"), "percent", m.start("fraction"), m.end("fraction"))
        )
    return out


def _changed_by(word: Any) -> bool:
    """The fraction word is the object of a "by" that a verb or an adjective governs (the parse
    may hang it on a date after it, "by a third last year": a date is not what "a third" cuts)."""
    dated = word.dep_ == "amod" and word.head.dep_ == "pobj" and word.head.ent_type_ == "DATE"
    prep = word.head if word.dep_ == "pobj" else word.head.head if dated else None
    return prep is not None and prep.lower_ == "by" and prep.head.pos_ in {"VERB", "AUX", "ADJ"}


def _whole(doc: Any, at: int) -> str:
    """The lemma of the noun the "of" at character ``at`` takes as its object, or ""."""
    of = next((t for t in doc if t.idx == at and t.lower_ == "of"), None)
    if of is None:
        return ""
    obj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    return str(obj.lemma_).lower() if obj is not None else ""


def _bounded(text: str, start: int, value: float, slack: float) -> tuple[float, float]:
    """A fraction word's percentages: ``value`` widened by ``slack`` of it, opened upwards after
    "more than" (and the like), downwards after "less than", "nearly", "almost"."""
    before = text[:start].lower().rstrip()
    low, high = value * (1 - slack), min(100.0, value * (1 + slack))
    if before.endswith(LOWER):
        return (value if before.endswith(STRICT) else low), 100.0
    if before.endswith((*UPPER, "nearly", "almost")):
        return 0.0, (value if before.endswith(STRICT) else high)
    return low, high


def other_share(claim: str, text: str, slack: float = CheckTuning.share_word_slack) -> str:
    """How the sentence tells the claim's share otherwise ("says 10%, not a fifth"): the claim
    gives a share of a whole and the sentence one or more shares of the same whole, none of them
    within the claim's, one side at least written as a fraction word; "" otherwise."""
    theirs = shares(text, slack)
    if not theirs:
        return ""
    for ours in shares(claim, slack):
        same = [s for s in theirs if s.whole == ours.whole]
        if any(s.low <= ours.high and ours.low <= s.high for s in same):
            continue  # the sentence also gives a share the claim's may be
        worded = [s for s in same if s.word or ours.word]
        if worded:
            return f"says {worded[0].text}, not {ours.text}"
    return ""


def unstated_share(claim: str, text: str, slack: float = CheckTuning.share_word_slack) -> str:
    """The claim's share of a whole ("about half of the port", "a fifth of the vote", "30% of the
    staff") that the sentence gives in no way: no share, percentage or fraction word that may be
    it. Pattern: a reader adds a share to a reported deed ("held half of the port" where the source
    says "pushed into the port"); the share is a checkable slot, so a sentence telling the deed
    without it says less than the claim and does not support it. "" when every share is given."""
    ours = shares(claim, slack)
    if not ours:
        return ""
    theirs = [(s.low, s.high) for s in shares(text, slack)]
    theirs += [(q.low, q.high) for q in parse_quantities(text) if q.unit == "percent"]
    words = {m.group("den").lower().rstrip("s") for m in _FRACTION_WORD.finditer(text)}
    for share in ours:
        if any(low <= share.high and share.low <= high for low, high in theirs):
            continue
        if any(w in share.text.lower() for w in words):
            continue  # "half the town": the fraction word without "of"
        return share.text
    return ""


_FRACTION_WORD = re.compile(
    r"\b(?P<den>halves|half|(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?)\b", re.I
)
"""A fraction word however it is followed ("half the town", "a third more")."""
