"""A thing a sentence introduces as "a N" is often named by the sentence after it.

Pattern (a delayed naming): news writing introduces the asked thing by a description first and
names it one sentence later: "A Dutch firm has bought the brewery. Kessler Holdings said it bought
it to widen its range."; "Rockets struck a clinic in an outlying district of the capital. The strike was
in Varos, a district near the river." A question asking which N ("which firm bought the brewery", "in which
district did the shells land", "what is the village called") is answered by the one name of the
asked kind the next sentence of the same article gives, when its best sentence states the event but
writes the N only under an indefinite article ("a Dutch firm", "an eastern district") with no name
tied to it, and the next sentence goes on about it (the same noun again, or a word of the
question's own). The next sentence must give exactly one such name the question and the describing
sentence do not hold: with two, which one the description meant is not told. The kind of name
is the one the asked noun asks (``bot.answer_types.asked_class``: a person for "which player", a
body for "which firm", a title for "which film"), a place for a place division or any other place
question; a noun asking no kind of name ("what weapon") is left to the other readers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.answer_types import INDEFINITE, asked_class, named_here
from bot.asked_noun import is_kind_word, is_place_division
from bot.conflicts import Candidate
from bot.names import name_form
from bot.nlp import dependency_parse, parse
from index.lexicon import PLACE_LABELS

if TYPE_CHECKING:
    from bot.evidence import EvidenceSentence
    from index.tuning import AnswerTuning

NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT"})
"""Labels of the names a "which N" asks (``bot.answer_types.asked_class``), less a nationality
("Dutch" describes the firm, it does not name it)."""
MODIFYING_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
"""Dependencies of a name that modifies another noun rather than standing for a thing."""
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
"""Words that tell what a sentence is about (names left out: they recur in every report)."""
LIGHT_VERBS = frozenset({"be", "have", "do", "say", "make", "take", "get", "give", "go"})
"""Verbs that tell no topic of their own."""
PLACE_PREPOSITIONS = frozenset({"in", "at", "of", "near", "from", "into", "to"})
"""A name these introduce ("the people of X", "in X") is a place, whatever the recogniser filed
it under (a small tagger often calls an unknown village a person)."""


def described_nouns(noun: str, place: bool, text: str) -> frozenset[str]:
    """The nouns (lemmas) the sentence writes the asked thing by, when it writes it only as "a N"
    (the asked noun, a WordNet kind of it, or for a place question any place division: "an
    eastern district") with no name or figure tied to it ("a paper, the Vell Courier," names it);
    none when it writes no such noun or names one."""
    said = [
        t
        for t in dependency_parse(text)
        if t.pos_ == "NOUN"
        and ((noun and is_kind_word(t.lower_, noun)) or (place and is_place_division(t.lemma_.lower())))
    ]
    if said and all(
        any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children) and not named_here(t)
        for t in said
    ):
        return frozenset(t.lemma_.lower() for t in said)
    return frozenset()


def continues(question: str, nouns: frozenset[str], doc: Any) -> bool:
    """The next sentence goes on about the described thing: it writes it by the same noun again
    ("a district" ... "Varos, a district") or shares a content word with the question (its own
    nouns, verbs and adjectives, not names nor light verbs): another event told next ("a fire
    broke out at a mill in X") names no such thing."""
    asked = {
        t.lemma_.lower()
        for t in dependency_parse(question)
        if t.pos_ in CONTENT_POS and t.lemma_.lower() not in LIGHT_VERBS
    }
    return any(t.pos_ == "NOUN" and any(is_kind_word(t.lower_, n) for n in nouns) for t in doc) or any(
        t.pos_ in CONTENT_POS and t.lemma_.lower() in asked for t in doc
    )


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w’'-]+", text)}


def _held(name: str, words: set[str]) -> bool:
    """Some word of the name is one of ``words`` or a form of one ("Velmar" for "Velmari")."""
    return any(w in words or any(name_form(w, o) for o in words) for w in _words(name))


def _under_place_preposition(last: Any) -> bool:
    """The name's last word is the object of a place preposition ("the people of X", "in X")."""
    return last.dep_ == "pobj" and last.head.lower_ in PLACE_PREPOSITIONS


def _modifies(last: Any) -> bool:
    """The name (by its last word) only modifies a noun after it ("Velm Treasury rules",
    "Kessler's shares"): it names the owner of another thing, not the thing described."""
    return last.dep_ in MODIFYING_DEPS


def fits(labels: frozenset[str], place: bool, label: str, doc: Any, start: int, end: int) -> bool:
    """The name at ``start:end`` carries one of ``labels`` (or, asked a place, is one: see the
    module), and stands as a thing of its own, not a modifier of another noun."""
    last = next((t for t in reversed(doc) if start <= t.idx < end), None)  # the name's head word
    if last is not None and _modifies(last):
        return False
    if place:
        return label in PLACE_LABELS or (
            label in {"PERSON", "ORG", ""} and last is not None and _under_place_preposition(last)
        )
    return label in labels


def later_name(question: str, place: bool, described: str, following: str, nouns: frozenset[str]) -> str:
    """The one name of the asked kind ``following`` gives that neither the question nor the
    describing sentence holds, where ``following`` goes on about the thing ``described`` writes
    by ``nouns`` (``continues``); "" when it gives none or several. A name in a hyphened word
    ("the X-based group") names no thing."""
    labels = asked_class(question) & NAME_LABELS  # "which firm": a body; "which player": a person
    if not (place or labels):
        return ""
    known = _words(question) | _words(described)
    doc = dependency_parse(following)
    if not continues(question, nouns, doc):
        return ""
    found = {
        e.text
        for e in parse(following).entities
        if not _held(e.text, known)
        and following[e.end : e.end + 1] != "-"
        and fits(labels, place, e.label, doc, e.start, e.end)
    }
    return next(iter(found)) if len(found) == 1 else ""


def later_name_candidates(
    question: str, noun: str, place: bool, hits: list[EvidenceSentence], tune: AnswerTuning
) -> list[Candidate]:
    """The module's pattern over the best sentences: for each strong one describing the asked
    thing only as "a N", the name its article's next sentence gives, cited from both sentences
    and scored as the describing one (which states the event)."""
    if not hits or not (noun or place):
        return []
    best = max(h.score for h in hits)
    kept = [h for h in hits[: tune.entity_sentences] if h.score >= tune.phrase_floor_ratio * best]
    out: list[Candidate] = []
    for rank, hit in enumerate(kept):
        nouns = described_nouns(noun, place, hit.chunk.text)
        following = hit.following if nouns else None
        if following is None:
            continue
        name = later_name(question, place, hit.chunk.text, following.chunk.text, nouns)
        if name:
            score = hit.score - tune.rank_penalty * rank
            out += [
                Candidate.of(following, name, name.lower(), score),
                Candidate.of(hit, name, name.lower(), score - tune.rank_penalty),
            ]
    return out
