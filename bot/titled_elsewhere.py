"""The person a "which <named kind>" question asks, named by another sentence of the best one's article.

Pattern: a report often tells the deed first by a role ("The party's whip has been arrested")
and gives the name further down, after the words of the kind ("Vale Party whip Ann Cole was
arrested on Monday"). "Which Vale Party member was arrested?" is then answered by that person
(``bot.measure_answers.titled_person``: the name right after every word of the named kind, never a
person the question names itself), taken from a sentence of the same article that states the
question's event (``named_elsewhere_event_share`` of its event words, by form or meaning), not by
the best sentence, which names nobody so (nor any person the question does not name: that
person may be the answer told with other words for the kind). Two different people (by surname: "Ann Cole", then
"Cole", is one) named as close to the event, in one sentence or two, leave the question to the
sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.conflicts import Candidate
from bot.evidence import terms
from bot.measure_answers import titled_people, titled_person
from bot.nlp import parse
from bot.sentences import event_words

if TYPE_CHECKING:
    from bot.evidence import EvidenceSentence
    from bot.question import Question
    from index.tuning import AnswerTuning


def titled_elsewhere_candidates(
    q: Question, best: EvidenceSentence, score: float, tune: AnswerTuning
) -> list[Candidate]:
    """The module's pattern: the person another sentence of ``best``'s article names after the
    asked kind's words, cited from that sentence and scored ``score`` (the best sentence's: it
    states the event); none when the best sentence names one itself, the question asks no named
    kind, or no sentence (or two naming different people) of the article names one while
    stating the event."""
    if titled_person(q.text, best.chunk.text) or _names_other_person(q.text, best.chunk.text):
        return []  # the best sentence's own person is read from it, or may be the answer told otherwise
    words = list(event_words(q))
    found: list[tuple[float, EvidenceSentence, str]] = []
    for hit in best.corpus.sentences_of(best.doc):
        people = titled_people(q.text, hit.chunk.text)
        if not people:
            continue
        share = hit.corpus.share(words, terms(hit.chunk.text), verbs=list(hit.parsed.verbs)) if words else 1.0
        if share >= tune.named_elsewhere_event_share:
            found += [(share, hit, value) for value in people]
    if not found:
        return []
    found.sort(key=lambda f: -f[0])
    top = found[0]
    if any(f[0] == top[0] and _surname(f[2]) != _surname(top[2]) for f in found[1:]):
        return []  # two people named as close to the event: which one is not told
    return [Candidate.of(top[1], top[2], top[2].lower(), score)]


def _names_other_person(question: str, text: str) -> bool:
    """The sentence names a person the question does not (by surname): it may answer as it
    stands, with other words for the kind ("Vale Party whip Ann Cole" for "which Vale Party MP")."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    return any(e.label == "PERSON" and _surname(e.text) not in asked for e in parse(text).entities)


def _surname(name: str) -> str:
    """The name's last word, lower-cased: "Ann Cole" and a later "Ms Cole" are one person."""
    return name.split()[-1].lower()
