"""An answer's count beside its own article's earlier report of it: two accounts of one count.

Pattern: an article that gives a count and, in the same sentence or anywhere else in it, the
figure it or its source gave earlier for that count ("has risen to 42 ... which on Thursday had
given a toll of 17", "killed 32 rebels, updating an earlier toll of 15", "It had initially given a
death toll of 22") reports the count twice, and the two figures disagree: the answer shows both
in time order rather than only the article's latest word. The earlier figure is read as
``bot.revised.earlier_figures`` reads it (a word of an earlier report, or a past perfect clause),
and counts the answer's thing when it stands in the answer's own sentence naming the same counted
noun or none, or, in another sentence, gives a whole death toll (``bot.tallies.death_tally``) for
a question about the dead (another sentence's "had said 12 were wounded" counts another deed). It
must not be one report with the answer's figure (``bot.values.same_report`` with no slack: "had
given 22" against "at least 21" is a revision). A sentence
naming a place or time that neither the question nor the answer's sentence names tells another
event's figure ("earlier this month, 40 died in Tarn") and gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.nlp import parse
from bot.revised import earlier_figures
from bot.tallies import death_tally
from bot.values import Quantity, same_report, unit_matches
from index.lexicon import PLACE_LABELS, TIME_LABELS

_WORD = re.compile(r"\w+")


def earlier_figure(
    lead_text: str, lead: Quantity, text: str, known: str = "", deaths: bool = False
) -> Quantity | None:
    """The figure ``text`` (a sentence of the lead's article, or the lead's own ``lead_text``) gives
    as an earlier report of the count ``lead`` that is not ``lead``'s figure; None when it gives
    none. ``known`` is what else may name the scene (the question); ``deaths``: the question asks
    about the dead, so another sentence's whole death toll counts its thing."""
    same = text == lead_text
    for x in earlier_figures(text):
        if (same and x.start == lead.start) or same_report(lead, x, 0.0):
            continue
        if same and x.unit and not unit_matches(x.unit, lead.unit):
            continue
        if not same and not (deaths and death_tally(text, x)):
            continue
        if not same and names_elsewhere(text, f"{known} {lead_text}"):
            return None
        return x
    return None


def names_elsewhere(text: str, known: str, labels: frozenset[str] = PLACE_LABELS | TIME_LABELS) -> bool:
    """``text`` names a place or time (an entity of ``labels``) none of whose words ``known``
    holds ("in May", "in Velmar"): its figures may be another period's or place's. A time of
    stop words only ("May") is read word by word, so "in May" is known where "may" is said."""
    said = set(_WORD.findall(known.lower()))
    return any(
        not set(_WORD.findall(e.text.lower())) <= said for e in parse(text).entities if e.label in labels
    )


def first_earlier(
    lead_text: str, lead: Quantity, texts: Iterable[str], known: str = "", deaths: bool = False
) -> tuple[int, Quantity] | None:
    """The first of ``texts`` (an article's sentences, in order) giving an earlier figure of the
    lead's count (``earlier_figure``), by its index, with that figure; None when none does."""
    for i, text in enumerate(texts):
        found = earlier_figure(lead_text, lead, text, known, deaths)
        if found is not None:
            return i, found
    return None
