"""Revised counts: an article telling a count's earlier figure and its revision gives two accounts.

News updates a toll as it grows: "the toll rose to 8 ... the source earlier put it at 5", "has
risen to 42, said the monitor, which on Thursday had given a toll of 17". A
claim giving the earlier figure is told by the earlier report and denied by the revision, so the
article stands on both sides of it (``bot.check.revised_accounts``). A claim giving the revised
figure is the article's latest word: an earlier report is no rival for it (``names_earlier_report``).
"""

from __future__ import annotations

import re

from bot.amounts import Role, is_level, role
from bot.count_owner import counts
from bot.nlp import dependency_parse
from bot.values import Quantity, unit_matches
from index.lexicon import EARLIER_REPORT_WORDS

_WORD = re.compile(r"\w+")


def names_earlier_report(text: str) -> bool:
    """The sentence has a word of an earlier report ("earlier on Monday a source said seven died",
    ``EARLIER_REPORT_WORDS``): its article's later figure revises it, so it is no rival of that
    figure (``bot.check.quoted_rivals``)."""
    return bool(EARLIER_REPORT_WORDS & set(_WORD.findall(text.lower())))


def told_earlier(text: str) -> bool:
    """The sentence says its figures are an earlier report ("earlier put the toll at 5",
    "initial reports said"); "a year earlier" or "two days earlier" dates another period's
    figure, no earlier telling (``_PERIOD_BEFORE``)."""
    return names_earlier_report(_PERIOD_BEFORE.sub(" ", text.lower()))


_PERIOD_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|\d+|the)\s+(?:second|minute|hour|day|week|month|quarter|year|"
    r"decade)s?\s+(?:earlier|previously)\b"
)
"""A span before another time ("a year earlier", "two weeks previously"): a comparison period."""


def earlier_figures(text: str) -> list[Quantity]:
    """The figures a sentence gives as an earlier report: every figure of a sentence that says so
    in a word (``told_earlier``), else one whose clause's verb is in the past perfect ("had given a
    toll of 17": told before the time the sentence tells of). A change's start or end ("had risen
    from 5 to 8") is no report: prices and shares change in the world, not in the telling."""
    found = [x for x in counts(text) if _counted(x)]
    if told_earlier(text):
        return found
    return [x for x in found if role(text, x) is Role.PLAIN and _past_perfect(text, x)]


def revised_figures(text: str) -> list[Quantity]:
    """The figures a sentence gives as a count's new level ("rose to 8", "has risen to 42"); none
    in a sentence telling an earlier report."""
    if told_earlier(text):
        return []
    return [x for x in counts(text) if role(text, x) is Role.NEW and _counted(x)]


def _counted(x: Quantity) -> bool:
    """A figure counting things or people ("8 civilians", "a toll of 17"), not a level in a
    currency, unit or percent: a price, a rate or revenue changes in the world, and an article
    holds many of them (this year's, last year's, the quarter's), which a revision never pairs."""
    return not is_level(x)


def revision_of(earlier: Quantity, earlier_text: str, revised_text: str) -> Quantity | None:
    """The new level of ``revised_text`` ("rose to 8") that revises ``earlier``, a figure of
    ``earlier_text``. Where the earlier sentence gives two or more figures and the revising one
    as many new levels, another place's nouns the same ("5 dead and 9 hurt ... rose to 8 dead and
    12 injured"), the one in its place; else the one new level of the same counted noun; for an
    earlier figure naming no noun ("a toll of 17"), the sentence's one new level. A plain figure
    is no revision: an article's other figures are as often other events' ("earlier, a source
    said seven died" in one district, "three died" in another). None when none fits or the
    fitting figure is the earlier one."""
    same = revised_text == earlier_text
    new = [y for y in revised_figures(revised_text) if not (same and y.start == earlier.start)]
    given = counts(earlier_text)
    if not same and len(given) >= 2 and len(new) == len(given) and earlier in given:
        at = given.index(earlier)
        matched = any(  # another place's nouns agree: the two lists count the same things
            unit_matches(a.unit, b.unit) for i, (a, b) in enumerate(zip(given, new, strict=True)) if i != at
        )
        if matched:
            return None if new[at].overlaps(earlier) else new[at]
    candidates = [y for y in new if not y.overlaps(earlier)]
    if earlier.unit:
        candidates = [y for y in candidates if unit_matches(y.unit, earlier.unit)]
    return candidates[0] if len(candidates) == 1 else None


def _past_perfect(text: str, x: Quantity) -> bool:
    """The figure sits in a clause whose verb is in the past perfect ("had given a toll of 17",
    "four passengers had drowned")."""
    doc = dependency_parse(text, entities=False)
    token = next((t for t in doc if x.start <= t.idx < max(x.end, x.start + 1)), None)
    while token is not None and token.pos_ not in {"VERB", "AUX"}:
        token = None if token.head.i == token.i else token.head
    return token is not None and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in token.children
    )
