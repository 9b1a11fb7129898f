"""Values inside an open answer: the measure a "what <noun>" asks, the person a "which <kind>" asks.

"What record price did a share hit?" asks for a price, so the answer is "$41.20" from "it
fell from the record of $41.20", not the sentence, and not "$3" from "a fall of $3" (a
quantity of another thing). The asked noun is a measure when WordNet files it under a
magnitude, a rate or ratio, a worth or a cost, or a fundamental quantity ("price", "speed",
"odds", "temperature"); a quantity stands for it when the parse hangs the quantity on that
noun ("speeds of 70 units"), on one of the question's words for it ("record" in "record
price"), or makes it the object of a verb whose subject is that noun ("the fare rose to $3").
Odds, a ratio, are also written "7/2" beside a contestant ("a 7/2 favourite").

"Which Vale Party member quit?" names the kind it asks for, so the answer is the person the best
sentence names after those words ("Vale Party whip Ann Cole quit"), not the sentence; "what sort
of council" by the council's phrase with the words making it a kind ("a caretaker council").

Pattern: a sentence that says what the things comprise tells their kind though it writes the noun
bare: the noun is the subject of a verb of including with an object ("the raids included night
strikes on depots") or lists them after "including" or "such as" ("abuses such as forced labour"):
it answers "what kind of N" (``told_members``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.conflicts import Candidate
from bot.evidence import EvidenceSentence
from bot.nlp import dependency_parse, parse, parse_many
from bot.phrase_answers import phrase_text
from bot.text import word_stem
from bot.values import parse_quantities
from bot.wordnet import wordnet
from index.lexicon import CURRENCY_SYMBOLS
from index.tuning import AnswerTuning

MEASURE_KINDS = ("magnitude_relation", "magnitude", "worth", "cost", "fundamental_quantity")
"""WordNet nouns (as lemmas of the synsets above the asked noun) whose kinds are measured in numbers."""
_FIGURE_KINDS = frozenset({"measure", *MEASURE_KINDS})
"""What a figure's unit is a kind of when the figure measures ("knot", "dollar", "percent")."""
_RATIO = re.compile(r"(?<![\d/])(\d{1,3})/(\d{1,3})(?![\d/])")
"""Odds as bookmakers write them: "7/2", not a date ("3/4/2005")."""


@dataclass(frozen=True)
class MeasureAsk:
    """The asked measure noun ("price") and the question's words naming it ("record", "price")."""

    noun: str
    words: frozenset[str]
    ratio: bool


def asked_measure(question: str) -> MeasureAsk | None:
    """The noun a "what/which <noun>" or "what is the <noun> of X" question asks the value of,
    when it is a measure."""
    for tok in dependency_parse(question):
        asked = _copula_subject(tok) if tok.dep_ == "attr" else tok.head if tok.dep_ == "det" else None
        if tok.lower_ not in {"what", "which"} or asked is None or asked.pos_ != "NOUN":
            continue
        noun = asked.lower_
        kinds = _measure_kinds(noun)
        if not kinds:
            return None
        words = {word_stem(t.lower_) for t in asked.lefts if t.dep_ in {"compound", "amod"}}
        return MeasureAsk(noun, frozenset({word_stem(noun), *words}), "ratio" in kinds)
    return None


def states_a_figure(ask: MeasureAsk, text: str) -> bool:
    """The text states a figure that can measure something: a bare number, an amount of money, a
    figure in a unit WordNet files under a measure ("41.5 knots", "37.4 years", "15%"), or odds
    when a ratio is asked. A count of things ("a dozen cranes") measures no price or speed, so a
    sentence stating only such counts, or no figure at all, does not answer a measure question."""
    if ask.ratio and _RATIO.search(text):
        return True
    return any(_measuring_unit(q.unit) for q in parse_quantities(text))


def _measuring_unit(unit: str) -> bool:
    """No unit, a unit WordNet does not know (a symbol: can't tell), or one whose first
    ``figure_unit_sense_rank`` + 1 senses include a measure ("knot": a speed, in its fifth)."""
    if not unit or not wordnet().senses(unit, "n"):
        return True
    return bool(_kinds_above(unit, _FIGURE_KINDS, AnswerTuning.figure_unit_sense_rank))


def _copula_subject(wh: Any) -> Any | None:
    """ "What is the median age in X" asks what "what age" asks: the copula's subject noun,
    when the wh-word is the copula's complement."""
    verb = wh.head
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _measure_kinds(noun: str) -> frozenset[str]:
    """The lemmas above the noun's first sense filed under a measure kind (``MEASURE_KINDS``),
    among its first ``measure_sense_rank`` + 1 senses; none when it is no measure."""
    return _kinds_above(noun, frozenset(MEASURE_KINDS), AnswerTuning.measure_sense_rank)


def _kinds_above(noun: str, kinds: frozenset[str], rank: int) -> frozenset[str]:
    """The lemmas above the first of the noun's first ``rank`` + 1 senses filed under one of
    ``kinds``; none when no such sense is."""
    wn = wordnet()
    for sense in wn.senses(noun, "n")[: rank + 1]:
        names = frozenset(lemma for s in wn.ancestors(sense) for lemma in wn.synsets[s].lemmas)
        if names & kinds:
            return names
    return frozenset()


def measure_candidates(ask: MeasureAsk, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """The value standing for the asked measure in each of the best sentences (see the module)."""
    kept = hits[: tune.entity_sentences]  # a headline leads; the figure is often lower down
    parse_many([h.chunk.text for h in kept])
    out: list[Candidate] = []
    for rank, hit in enumerate(kept):
        value = measure_value(ask, hit.chunk.text)
        if value:
            out.append(Candidate.of(hit, value, value.lower(), hit.score - tune.rank_penalty * rank))
    return out


def measure_value(ask: MeasureAsk, text: str) -> str:
    """The first quantity in ``text`` that stands for the asked measure, as written ("$41.20",
    "70 units", "7/2"); "" when none does."""
    doc = dependency_parse(text)
    for q in parse_quantities(text):
        tok = next((t for t in doc if t.idx <= q.start < t.idx + max(1, len(t.text))), None)
        if tok is not None and _stands_for(ask, tok):
            return _written(text, q.start, q.end, q.unit)
    ratio = _RATIO.search(text) if ask.ratio else None
    return ratio.group() if ratio else ""


def _stands_for(ask: MeasureAsk, tok: Any) -> bool:
    """The quantity's token hangs on a word naming the measure ("record of $5", "speeds of 7
    units", "a 7-unit speed"), or is the object of a verb whose subject names it."""
    head = tok.head if tok.dep_ == "nummod" else tok  # "70 units": the number's own noun
    if _names(ask, head) and head is not tok:
        return True  # "a 7-unit speed"
    for _ in range(AnswerTuning.measure_steps):
        if head.head is head:
            return False
        head = head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            return _names(ask, head)  # the first noun above is what the quantity measures
        if head.pos_ in {"VERB", "AUX"}:
            return any(_names(ask, c) for c in head.children if c.dep_ in {"nsubj", "nsubjpass"})
    return False


def _names(ask: MeasureAsk, tok: Any) -> bool:
    """The token (or a word compounded with it) is the asked noun, one of the question's words
    for it ("record high" for "record price"), or a WordNet synonym of the noun."""
    said = [tok, *(c for c in tok.children if c.dep_ in {"compound", "amod"})]  # "record high"
    if any(word_stem(t.lower_) in ask.words or word_stem(t.lemma_.lower()) in ask.words for t in said):
        return True
    return tok.lemma_.lower() in wordnet().synonyms(ask.noun, "n", max_rank=0)


def _written(text: str, start: int, end: int, unit: str) -> str:
    """The quantity as the sentence writes it: its currency sign and the unit word after it."""
    if start > 0 and text[start - 1] in CURRENCY_SYMBOLS:
        start -= 1
    after = re.match(r"\s*-?\s*([A-Za-z]+)", text[end:])
    if unit and after and word_stem(after.group(1).lower()).startswith(word_stem(unit)[:4]):
        end += after.end()
    return text[start:end].strip()


_WHICH_NAMED = re.compile(r"^\W*(?:[Ww]hich|[Ww]hat)\s+((?:[A-Z][\w'’-]*\s+)+)(?=[a-z])")
"""A which-question asking for one of a named kind ("Which Vale Party councillor resigned?")."""


def titled_person(question: str, sentence: str) -> str:
    """The person ``sentence`` names right after every word of the named kind the question asks
    for ("Vale Party whip Ann Cole" for "which Vale Party member"): "" when none, or the question
    asks no such kind. Pattern: the person asked for is never one the question names itself
    (by surname): the question sets that person beside the answer, not as it."""
    people = titled_people(question, sentence)
    return people[0] if people else ""


def titled_people(question: str, sentence: str) -> list[str]:
    """Every person ``sentence`` names right after every word of the named kind the question asks
    for, in the sentence's order (``titled_person``): none when the question asks no such kind."""
    kind = _WHICH_NAMED.match(question)
    if not kind:
        return []
    wanted = {word_stem(w.lower()) for w in kind.group(1).split()}
    named = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    out = []
    for ent in parse(sentence).entities:
        before = sentence[: ent.start].split()[-AnswerTuning.title_words :]
        if ent.label != "PERSON" or ent.text.split()[-1].lower() in named:
            continue  # "which Vale Party member quit before Ann Cole": never Ann Cole herself
        if wanted <= {word_stem(w.lower()) for w in before}:
            out.append(ent.text)
    return out


_KIND_OF = re.compile(r"\b(?:what|which)\s+(?:kinds?|sorts?|types?|models?|makes?)\s+of\s+(\w+)", re.I)
"""A question asking which kind of a thing ("what sort of council", "which model of drone"): the thing's noun."""


def asked_kind_of(question: str) -> str:
    """The noun whose kind the question asks ("council" of "what sort of council"), or ""."""
    asked = _KIND_OF.search(question)
    return asked.group(1).lower() if asked else ""


BARE_DEPS = frozenset({"det", "poss", "predet", "punct", "cc", "case"})
"""Words beside a noun that say which one, not what kind ("the", "its")."""


def noun_forms(noun: str) -> set[str]:
    """The stems that name the thing: the noun's and its first WordNet sense's synonyms'."""
    return {word_stem(noun)} | {word_stem(w) for w in wordnet().synonyms(noun, "n", max_rank=0)}


def names_bare(noun: str, sentence: str) -> bool:
    """The sentence names the thing by its noun or a WordNet synonym, and never with a word that
    makes it a kind ("the drone flew", not "a Velm-made drone" nor "a drone of the Orla type")."""
    same = noun_forms(noun)
    said = [t for t in dependency_parse(sentence) if t.pos_ == "NOUN" and word_stem(t.lower_) in same]
    return (
        bool(said)
        and all(c.dep_ in BARE_DEPS for t in said for c in t.children)
        and not any(told_members(t) for t in said)
    )


def told_members(tok: Any, rank: int = AnswerTuning.members_verb_rank) -> bool:
    """The noun's members are told beside it: it is the subject of a verb of including with an
    object ("the raids included night strikes"), or "including" / "such as" lists them after it."""
    if tok.dep_ == "nsubj" and wordnet().is_kind(tok.head.lemma_.lower(), "include", rank, "v"):
        return any(c.dep_ == "dobj" for c in tok.head.children)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "including":
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(a.lower_ == "such" for a in c.children):
            return True
        if c.dep_ == "amod" and c.lower_ == "such" and any(a.lower_ == "as" for a in c.children):
            return True
    return False


def sorting_participle(tok: Any) -> bool:
    """A past participle after the noun sorts it as an adjective before it would: "a process led
    by locals" is "a locally led process", "a council appointed by the army" an army-appointed one."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN"


def kind_phrase(question: str, sentence: str) -> str:
    """The phrase of ``sentence`` naming the asked kind of thing: the asked noun (or a WordNet
    synonym) with the words that make it a kind ("a caretaker council", "a council of elders",
    "a council picked by elders": ``sorting_participle``),
    for "what sort of council"; "" when the question asks no kind or the sentence names the thing
    with no such words."""
    noun = asked_kind_of(question)
    if not noun:
        return ""
    same = noun_forms(noun)
    for tok in dependency_parse(sentence):
        if tok.pos_ != "NOUN" or word_stem(tok.lower_) not in same:
            continue
        kinds = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
        tails = [
            c
            for c in tok.children
            if (c.dep_ == "prep" and c.lower_ in {"of", "to"}) or sorting_participle(c)
        ]
        if not kinds and not tails:
            continue
        left = min([tok.i, *(t.i for c in tok.lefts for t in c.subtree)])
        right = max([tok.i, *(t.i for c in tails for t in c.subtree)])
        while right + 1 < len(tok.doc) and tok.doc[right + 1].lower_ in {"of", "to"}:  # "of power to X"
            right = max(t.i for t in tok.doc[right + 1].subtree)
        span = tok.doc[left : right + 1]
        return phrase_text(span.text.strip(" ,“”\"'"))
    return ""
