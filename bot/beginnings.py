"""A state's beginning told otherwise: "under curfew since 2011" against "since 2009".

A sentence may state everything a claim says of a lasting state (a curfew, a ban, a rule) and
still date its beginning otherwise. The beginning is the period a date phrase after "since"
names (``bot.claim_periods.periods``, ``ongoing``); two such periods that do not overlap are two
accounts of when the state began, so the sentence refutes the claim rather than supports it.
"""

from __future__ import annotations

from bot.claim_periods import Period, periods


def beginnings(text: str) -> list[Period]:
    """The periods ``text`` names as a state's beginning ("since March 2009")."""
    return [p for p in periods(text) if p.ongoing]


def other_beginning(claim: str, text: str) -> str:
    """Pattern: a sentence that dates the beginning of the claim's state ("since <date>") with a
    date apart from the claim's own "since <date>" tells another account of when it began. The
    reason in words ("dates it since 2009, not since 2011"), or "" when either names no beginning
    or the two overlap ("since 2011" and "since March 2011")."""
    ours, theirs = beginnings(claim), beginnings(text)
    if not ours or not theirs:
        return ""
    for p in theirs:
        if not any(p.first <= q.last and q.first <= p.last for q in ours):
            return f"dates it since {p.text.removeprefix('since ')}, not since {ours[0].text.removeprefix('since ')}"
    return ""
