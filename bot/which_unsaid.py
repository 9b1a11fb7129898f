"""Whether a sentence writes the asked noun of "which N" without saying which N.

Pattern: a sentence that writes the noun a "which/what N" question asks about (the head of its
noun phrase, or a word of the same WordNet sense) with nothing tied to it that says which one
("bought the island at an auction", "no venue has been announced", "reports of a toxic gas")
tells only that there is an N, not which: it does not state the asked slot. A mention is tied
to its value by a name, nationality or figure inside its phrase ("the Velm venue", "the Ostrish
government", "the hall now known as Ostra"), an of-phrase ("the charge of fraud"), a name it is written with ("centre half Ana
Brill", "Ostra, a venue"), a copula naming it ("Kell is the venue"), or a predicate with an
object of its own ("the prizes included a car"); a word WordNet files as a kind of N anywhere in
the sentence names one too ("chlorine" for "which gas"), and so may any figure the question
does not give ("a ranking" beside "rose to 120"). A sentence not writing the noun at all is
left to the other gates: its value may be told in other words ("which town": "they entered
Velm").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.asked_noun import asked_head
from bot.nlp import dependency_parse
from bot.text import word_stem
from bot.wordnet import wordnet
from index.tuning import AnswerTuning

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["leaves_which_open"]

_NAMING_DEPS = frozenset({"compound", "appos", "nmod"})
"""A mention written inside a name's phrase ("centre half Ana Brill", "Ostra, a venue") is tied to that name."""


def _writes(noun: str, tok: Token) -> bool:
    """The token is the noun in any form, or a word whose commonest sense is one of the noun's
    ``which_noun_senses`` commonest (a spelling variant, a synonym)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    if word_stem(lemma) == word_stem(noun) or word_stem(tok.lower_) == word_stem(noun):
        return True
    wn = wordnet()
    senses = wn.senses(lemma)
    return bool(senses) and senses[0] in wn.senses(noun)[: AnswerTuning.which_noun_senses]


def _tied(mention: Token, asked: set[str]) -> bool:
    """A name, figure or of-phrase inside the mention's phrase (not in a relative clause: "groups
    that fought Velm" says nothing of which), a name it is written with, a copula naming it, or
    a predicate with an object of its own says which N it is."""

    def new(t: Token) -> bool:
        return word_stem(t.lower_) not in asked

    clause = {t.i for c in mention.children if c.dep_ == "relcl" for t in c.subtree}
    for t in mention.subtree:
        if t.i == mention.i or t.i in clause:
            continue
        # "the Velm venue", "the Ostrish government", "the 101 and 102 fields", "known as Ostra"
        if (t.pos_ in ("PROPN", "NUM") or t.like_num or t.ent_type_) and new(t):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == mention.i:
            return True  # "the charge of fraud", "the seat of Ostra"
    head = mention.head
    if mention.dep_ in _NAMING_DEPS and head.pos_ == "PROPN" and new(head):
        return True  # "centre half Ana Brill"
    if mention.dep_ == "attr" and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return True  # "Kell is the top venue"
    # "the venue is the Palladium", "the prizes included a car"
    return mention.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("attr", "dobj") for c in head.children)


def leaves_which_open(question: str, text: str) -> bool:
    """The sentence writes the asked noun of a "which/what N" question, but no mention of it is
    tied to a value, it names no WordNet kind of N and it gives no figure the question does not
    (module docstring). False where the question asks no N or the sentence does not write it."""
    noun = asked_head(question)  # "which air base" -> "base"
    if not noun:
        return False
    doc = dependency_parse(text)
    mentions = [t for t in doc if _writes(noun, t)]
    if not mentions:
        return False
    asked = {word_stem(w.lower()) for w in re.findall(r"[\w’'-]+", question)}
    if any((t.pos_ == "NUM" or t.like_num) and word_stem(t.lower_) not in asked for t in doc):
        return False  # "its ranking ... rose to 120": a figure may be the N
    if any(_tied(m, asked) for m in mentions):
        return False
    wn = wordnet()
    return not any(
        t.pos_ == "NOUN"
        and len(t.lemma_) > 2
        and t not in mentions
        and word_stem(t.lower_) not in asked
        and wn.kind_rank(t.lemma_.lower(), noun) == 0
        for t in doc
    )
