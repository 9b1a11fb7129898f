"""The act a span of time measures: two spans of one act are two lengths of the same thing.

Pattern: a span of time says how long an act lasted, whichever verb the clause around it has: "got
a three-month suspension" and "was handed a two-month suspension" both give the suspension's
length (the verbs "got" and "handed" only pass it on), as "was suspended for two months" does
through the verb the noun names, and "spent three days surveying" through the clause that says
what the time went on ("a ten-day survey"). The act is the noun the span qualifies ("a
three-month suspension"), else the verb whose phrase holds it ("suspended for two months"), else,
where that verb only passes the time ("spent", "took"), the verb of its clause ("surveying").
Two spans whose acts are one word, WordNet synonyms or a verb and a noun WordNet derives from
it ("suspend" / "suspension", "survey" / "survey") count the same thing, whatever verb holds them.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from bot.text import word_stem
from bot.values import Quantity
from bot.wordnet import wordnet
from index.lexicon import TIME_UNITS

QUALIFYING_DEPS = frozenset({"amod", "compound", "nmod"})
"""How a span's unit qualifies the act noun it measures ("a three-month suspension", "a ten-day survey")."""
CLAUSE_DEPS = frozenset({"xcomp", "advcl"})
"""How a verb that passes time takes the clause saying what the time went on ("spent a week surveying")."""
OBJECT_DEPS = frozenset({"dobj", "obj", "npadvmod"})
"""How a verb that passes time takes the span itself ("spent a week", "took two days")."""


def span_act(text: str, q: Quantity) -> tuple[str, str]:
    """(lemma, WordNet part of speech) of the act the span ``q`` measures, or ("", "") when
    ``q`` is no span of time or the parse names no act (module docstring)."""
    if word_stem(q.unit) not in TIME_UNITS:
        return "", ""
    unit = _unit_token(dependency_parse(text), q)
    if unit is None:
        return "", ""
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
    if word_stem(last.lower_) == word_stem(q.unit) or last.lemma_.lower() == q.unit:
        return last
    if last.dep_ == "nummod" and word_stem(last.head.lemma_.lower()) == word_stem(q.unit):
        return last.head
    return None


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
    if not (cq.unit and eq.unit) or word_stem(eq.unit) not in TIME_UNITS:
        return False
    return one_act(span_act(claim, cq), span_act(text, eq), sense_rank)
