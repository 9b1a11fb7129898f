"""A date already past when its article was written never answers when a thing is yet to happen.

Pattern: a question asking when something will happen ("when will X reopen", "when is X
expected / due to reopen", "when does X plan to reopen": a "will" or "shall" on its verb, or a
deed in an infinitive under a verb or adjective of the present tense) asks a date the articles
look forward to; a date an article names that ended before the day the article was published
(the day of the raid that shut X) tells something that had already happened, so it is no answer.
A date that reaches the publication day or later, or an undated article, keeps its value.
"""

from __future__ import annotations

from bot.dates import parse_iso, periods_in
from bot.nlp import dependency_parse

__all__ = ["asks_ahead", "past_when_written"]

_MODALS_AHEAD = frozenset({"will", "shall"})
"""Modal auxiliaries that put the asked deed in the future."""
_PRESENT = frozenset({"VBZ", "VBP"})
"""Penn tags of a finite verb in the present tense ("is", "does", "plans")."""


def asks_ahead(question: str) -> bool:
    """The question asks when a deed is yet to happen: its main verb carries "will"/"shall", or
    a present-tense clause holds the deed as an infinitive ("is expected to reopen", "is due
    to begin", "does X plan to open"; not "to have opened", which looks back)."""
    doc = dependency_parse(question)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return False
    root = roots[0]
    finite = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"] or [root]
    if any(c.lower_ in _MODALS_AHEAD and c.tag_ == "MD" for c in finite):
        return True
    if finite[0].tag_ not in _PRESENT:  # "since when did X refuse to talk": the auxiliary's tense
        return False
    for tok in doc:
        if tok.dep_ not in ("xcomp", "acl") or tok.tag_ not in ("VB", "VBN"):
            continue
        marks = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if "to" in marks and "have" not in marks:
            return True
    return False


def past_when_written(value: str, published: str) -> bool:
    """Every calendar period the date ``value`` names ended before its article's ISO
    ``published`` day; False when it names none or the article is undated."""
    day = parse_iso(published)
    periods = periods_in(value)
    return day is not None and bool(periods) and all(p.end < day for p in periods)
