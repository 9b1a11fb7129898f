"""The act a span of time measures: two spans of one act are two lengths of the same thing.

Pattern: a span of time says how long an act lasted, whichever verb the clause around it has: "got
a three-month suspension" and "was handed a two-month suspension" both give the suspension's
length (the verbs "got" and "handed" only pass it on), as "was suspended for two months" does
through the verb the noun names, and "spent three days surveying" through the clause that says
what the time went on ("a ten-day survey"). The act is the noun the span qualifies ("a
three-month suspension"), else the verb whose phrase holds it ("suspended for two months"), else,
where that verb only passes the time ("spent", "took"), the verb of its clause ("surveying"); a
span "of" a noun measures that noun ("five decades of rule"). Two spans whose acts are one word, WordNet synonyms or a verb and a noun WordNet derives from
it ("suspend" / "suspension", "survey" / "survey") count the same thing, whatever verb holds them.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from bot.text import word_stem
from bot.values import Quantity
from bot.wordnet import wordnet
from index.lexicon import LIGHT_VERBS, TIME_UNITS

QUALIFYING_DEPS = frozenset({"amod", "compound", "nmod"})
"""How a span's unit qualifies the act noun it measures ("a three-month suspension", "a ten-day survey")."""
CLAUSE_DEPS = frozenset({"xcomp", "advcl"})
"""How a verb that passes time takes the clause saying what the time went on ("spent a week surveying")."""
OBJECT_DEPS = frozenset({"dobj", "obj", "npadvmod"})
"""How a verb that passes time takes the span itself ("spent a week", "took two days")."""


def span_act(text: str, q: Quantity) -> tuple[str, str]:
    """(lemma, WordNet part of speech) of the act the span ``q`` measures, or ("", "") when
    ``q`` is no span of time or the parse names no act (module docstring)."""
    if not _time_unit(q.unit):
        return "", ""
    unit = _unit_token(dependency_parse(text), q)
    if unit is None:
        return "", ""
    measured = next(
        (g for c in unit.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None
    )
    if measured is not None and measured.pos_ == "NOUN":  # "five decades of rule"
        return measured.lemma_.lower(), "n"
    head = unit.head
    if unit.dep_ in QUALIFYING_DEPS and head.pos_ == "NOUN":
        return head.lemma_.lower(), "n"  # "a three-month suspension"
    if unit.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "NOUN"}:
        act = head.head  # "suspended for two months", "a suspension of two months"
        return act.lemma_.lower(), "v" if act.pos_ == "VERB" else "n"
    if unit.dep_ in OBJECT_DEPS and head.pos_ == "VERB":
        clause = next((c for c in head.children if c.dep_ in CLAUSE_DEPS and c.pos_ == "VERB"), None)
        if clause is not None:  # "spent three days surveying": the survey's length
            return clause.lemma_.lower(), "v"
    return "", ""


def _unit_token(doc: Any, q: Quantity) -> Any:
    """The token naming the span's unit: the last one inside it ("three-month"), or the noun its
    number counts ("two" -> "months")."""
    inside = [t for t in doc if q.start <= t.idx < q.end]
    if not inside:
        return None
    last = inside[-1]
    if _unit_word(last, q.unit):
        return last
    if last.dep_ == "nummod" and _unit_word(last.head, q.unit):
        return last.head
    return None


def _unit_word(tok: Any, unit: str) -> bool:
    """The token writes the unit, or another unit of time where the figure was put in years
    ("five decades" read as 50 years, ``values.in_years``)."""
    return (
        word_stem(tok.lower_) == word_stem(unit)
        or tok.lemma_.lower() == unit
        or (_time_unit(tok.lemma_.lower()) and _time_unit(unit))
    )


_TIME_STEMS = frozenset(word_stem(u) for u in TIME_UNITS)


def _time_unit(unit: str) -> bool:
    """A unit of time, as written or stemmed ("decade" / "decad", "years" / "year")."""
    return unit in TIME_UNITS or word_stem(unit) in _TIME_STEMS


def one_act(a: tuple[str, str], b: tuple[str, str], sense_rank: int) -> bool:
    """The two acts are one: the same lemma, WordNet synonyms of one part of speech in their
    ``sense_rank`` commonest senses, or a verb and a noun WordNet derives from it."""
    (la, pa), (lb, pb) = a, b
    if not (la and lb):
        return False
    if la == lb:
        return True
    wn = wordnet()
    if pa == pb:
        return lb in wn.synonyms(la, pa, sense_rank) or la in wn.synonyms(lb, pb, sense_rank)
    verb, noun = (la, lb) if pa == "v" else (lb, la)
    return noun in wn.derived_nouns(verb)


def same_span_act(claim: str, cq: Quantity, text: str, eq: Quantity, sense_rank: int) -> bool:
    """The claim's span and the sentence's measure one act (``span_act``, ``one_act``) in units
    of time: the two are lengths of the same thing, to be compared whatever verbs hold them."""
    if not (cq.unit and eq.unit) or not _time_unit(eq.unit):
        return False
    return one_act(span_act(claim, cq), span_act(text, eq), sense_rank)


def asked_act(question: str, event_rank: int) -> tuple[str, str]:
    """The act whose length a how-long question asks: its subject when that is a happening (a
    WordNet event among its ``event_rank`` + 1 commonest senses: "how many years had the siege gone
    on" asks the siege's), else its main verb ("how long was Kerr jailed": the jailing); ("", "")
    for a light verb or none ("how many years did it take")."""
    verb = next((t for t in dependency_parse(question) if t.dep_ == "ROOT"), None)
    while verb is not None and verb.lemma_.lower() in LIGHT_VERBS:  # "had the siege gone on": "gone"
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
        if clause is None:
            break  # "how long was the strike": the copula's subject
        verb = clause
    if verb is None:
        return "", ""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.pos_ not in ("VERB", "AUX") and subject is None:
        return "", ""  # a noun with a subject is a verb the parser misread ("did the family rule")
    if (
        subject is not None
        and subject.pos_ == "NOUN"
        and wordnet().is_kind(subject.lemma_.lower(), "event", event_rank)
    ):
        return subject.lemma_.lower(), "n"
    lemma = verb.lemma_.lower()
    if verb.pos_ == "AUX" or lemma in LIGHT_VERBS:
        return "", ""
    return lemma, "v"


def of_asked_act(act: tuple[str, str], spans: list[tuple[str, Quantity]], sense_rank: int) -> list[bool]:
    """Pattern: asked how long one act lasted ("how many years had the siege gone on"), a span of
    time measuring another act ("more than four decades of the family's rule", "ruled for 40
    years") is no answer where some span, in any of the (sentence, span) pairs, measures the
    asked one ("an eight-year siege"). Whether each span is kept: all are when none measures the
    asked act, and spans whose act the parse does not name always are."""
    acts = [span_act(text, q) for text, q in spans]
    if not act[0] or not any(one_act(act, a, sense_rank) for a in acts):
        return [True] * len(spans)
    return [not a[0] or one_act(act, a, sense_rank) for a in acts]
