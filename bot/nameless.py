"""A passage that names nothing can only be about what it was retrieved for.

A page cut into passages leaves most of them without the page's name: "The median age in the
city was 37.4 years", "As of the census of 2000, there were 412 people in the township". Such
a passage names no person, organisation, place, work or event at all, so it cannot tell of
another thing than the one the question names; the rule that a question's names must be in the
evidence's article would drop it only for saying "the city". A passage that names anything
(every news article names its places and people) keeps that rule.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.nlp import spacy_doc

NAMING_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
"""Entity kinds that name a thing a passage could be about (not NORP: "White", "Hispanic"
describe residents; not dates or figures)."""
_MID_CAPITAL = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][\w'-]*")
"""A capitalised word after a lower-case word, a figure or a comma: not a sentence's first word."""


@lru_cache(maxsize=4096)
def names_nothing(text: str, scan: int) -> bool:
    """Whether ``text`` names no person, organisation, place, work or event, per its parse. A text
    with more than ``scan`` distinct capitalised words mid-sentence is never parsed for it: one
    naming that many words names something; nor is an empty text (an article not indexed)."""
    if not text.strip() or len(set(_MID_CAPITAL.findall(text))) > scan:
        return False
    return not any(e.label_ in NAMING_LABELS and _capitalised(e) for e in spacy_doc(text).ents)


def _capitalised(entity: Any) -> bool:
    """A name has a capitalised word: "km²" or "−5.1" tagged as a person or a group is a misread
    unit or figure, not a name."""
    return any(t.text[:1].isupper() for t in entity)
