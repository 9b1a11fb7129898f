"""A source cut out of a page mid-sentence: its sentences that name nothing are about what it
was retrieved for.

A passage cut from a page loses the page's title and opening with its head: "of the 2011 count,
412 people ... lived in the village", "opened in 1902." Such a sentence
says "the village" or nothing at all where its page said the name, so retrieval, which
scores a sentence by the question's words it holds, ranks it below sentences of other pages
that repeat the name. A sentence of such a fragment that names no person, organisation, place,
work or event (``bot.nameless``) cannot be about another named thing: the question's names
count as held by it. A source that opens as a text does (a capital, a figure, a quote) keeps
word-for-word scoring: a news sentence saying "the city" may mean any city its article names.
"""

from __future__ import annotations

from bot.nameless import names_nothing
from index.split import opens_mid_sentence

__all__ = ["opens_mid_sentence", "unnamed_subject"]


def unnamed_subject(sentence: str, source_opening: str, scan: int) -> bool:
    """Whether ``sentence``, from a source opening with ``source_opening``, speaks of its cut-off
    page's subject without naming it: the source opens mid-sentence and the sentence names
    nothing (``scan`` as in ``names_nothing``)."""
    return opens_mid_sentence(source_opening) and names_nothing(sentence, scan)
