"""Revised counts: an article telling a count's earlier figure and its revision gives two accounts.

News updates a toll as it grows: "the toll rose to 8 ... the source earlier put it at 5", "has
risen to 42, said the monitor, which on Thursday had given a toll of 17", "rose from 5 to 8". A
claim giving the earlier figure is told by the earlier report and denied by the revision, so the
article stands on both sides of it (``bot.check.revised_accounts``). A claim giving the revised
figure is the article's latest word: an earlier report is no rival for it (``bot.check._told_earlier``).
"""

from __future__ import annotations

import re

from bot.amounts import Role, role
from bot.count_owner import counts, may_name_speaker
from bot.nlp import dependency_parse
from bot.values import Quantity, unit_matches
from index.lexicon import EARLIER_REPORT_WORDS

_WORD = re.compile(r"\w+")


def told_earlier(text: str) -> bool:
    """The sentence says its figures are an earlier report ("earlier put the toll at 5",
    "initial reports said", ``EARLIER_REPORT_WORDS``)."""
    return bool(EARLIER_REPORT_WORDS & set(_WORD.findall(text.lower())))


def earlier_figures(text: str) -> list[Quantity]:
    """The figures a sentence gives as an earlier report: every figure of a sentence that says so
    in a word (``told_earlier``), else a figure a change starts from ("rose from 5 to 8") or one
    whose clause's verb is in the past perfect ("had given a toll of 17": told before the time
    the sentence tells of)."""
    found = counts(text)
    if told_earlier(text):
        return found
    return [x for x in found if role(text, x) is Role.OLD or _past_perfect(text, x)]


def revised_figures(text: str) -> list[Quantity]:
    """The figures a sentence gives as a count's new level ("rose to 8", "has risen to 42"); none
    in a sentence telling an earlier report."""
    if told_earlier(text):
        return []
    return [x for x in counts(text) if role(text, x) is Role.NEW]


def revision_of(earlier: Quantity, earlier_text: str, revised_text: str) -> Quantity | None:
    """The figure of ``revised_text`` that revises ``earlier`` (a figure of ``earlier_text``):
    another figure of the same counted noun given as a new level, or as a plain figure where the
    earlier one is said in a word to be someone's earlier report ("earlier, an official said four
    had drowned" / "eleven drowned"; "earlier, three were killed" may tell an older event, as may
    a past perfect alone); else, when the revising sentence
    gives as many new levels as the earlier one gives figures, another place's nouns the same
    ("5 dead and 9 hurt ... rose to 8 dead and 12 injured"), the one in its place; else, for an earlier figure naming no noun ("a toll of 17"), the one
    new level. None when none fits or the fitting figure is the earlier one itself."""
    same = revised_text == earlier_text
    new = [y for y in revised_figures(revised_text) if not (same and y.start == earlier.start)]
    plain = (
        counts(revised_text)
        if told_earlier(earlier_text)
        and may_name_speaker(earlier_text)
        and not (same or told_earlier(revised_text))
        else []
    )
    candidates = [y for y in (*new, *plain) if not y.overlaps(earlier)]
    if earlier.unit:
        alike = [y for y in candidates if unit_matches(y.unit, earlier.unit)]
        if alike:
            return alike[0]
        given = counts(earlier_text)
        if not same and len(new) == len(given) and earlier in given:
            at = given.index(earlier)
            placed = new[at]
            matched = any(  # another place's nouns agree: the two lists count the same things
                unit_matches(a.unit, b.unit)
                for i, (a, b) in enumerate(zip(given, new, strict=True))
                if i != at
            )
            return placed if matched and not placed.overlaps(earlier) else None
        return None
    levels = [y for y in new if not y.overlaps(earlier)]
    return levels[0] if len(levels) == 1 else None


def _past_perfect(text: str, x: Quantity) -> bool:
    """The figure sits in a clause whose verb is in the past perfect ("had given a toll of 17",
    "four passengers had drowned")."""
    doc = dependency_parse(text, entities=False)
    token = next((t for t in doc if x.start <= t.idx < max(x.end, x.start + 1)), None)
    while token is not None and token.pos_ not in {"VERB", "AUX"}:
        token = None if token.head is token else token.head
    return token is not None and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in token.children
    )
