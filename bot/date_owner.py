"""Whose founding a date is: "when was X established" is not answered by another thing's.

A page about a museum also says when its friends' society was established; a page about a
people's university says when a Dutch society that inspired it was founded. In a passive
question ("when was X founded/built/born") X is what underwent the deed, so a date whose own
clause has another named thing undergo it (its subject in the passive, the noun a participle
or relative clause hangs on: "the society of Friends of Y was established in 1979", "the
Friends of Y, that was founded in 1993", "Dutch Maatschappij ... was founded in 1784", and a
name renamed by an apposition: "the Orrin Guild, a small charity founded in 1822") dates that
thing, not X. Only named undergoers count: "the building was built in 1902" or "it
opened in 1876" may well be X under another word.
"""

from __future__ import annotations

import re
from typing import Any

from bot.nlp import VERB_TAGS, dependency_parse, governing_verb, token_at


def passive_question(question: str) -> bool:
    """ "When was X founded?": the question's main verb is passive, so X underwent the deed.
    The parser often misreads a question whose name runs into the verb ("When was the Velm
    society founded?": "founded" a past tense); a form of "be" before the subject and a past
    verb closing the question, with no other verb between, is the same passive."""
    doc = dependency_parse(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and any(c.dep_ == "auxpass" for c in root.children):
        return True
    words = [t for t in doc if not t.is_punct]
    if len(words) < 3 or words[-1].tag_ not in {"VBN", "VBD"}:
        return False
    be = next((i for i, t in enumerate(words[:-1]) if t.lemma_.lower() == "be"), None)
    return be is not None and not any(t.pos_ in {"VERB", "AUX"} for t in words[be + 1 : -1])


def dates_another(verb: Any, subject: str) -> bool:
    """Whether the clause of ``verb`` (the verb a date hangs on, a parsed token) has a named
    thing other than ``subject`` undergo it: its passive subject, or the noun its participle or
    relative clause describes, whose name shares no word with the subject and is named (a proper noun, a
    capitalised word, or a common noun named by an of-phrase: "the society of Friends of Y")."""
    words = {w.lower() for w in re.findall(r"\w+", subject)}
    if not words or verb.tag_ != "VBN":
        return False
    if verb.dep_ in {"acl", "relcl"}:
        noun = renamed(verb.head)
    else:
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not passive:
            return False
        noun = passive[0]
    if noun.pos_ not in {"NOUN", "PROPN"} or _name_words(noun) & words:
        return False
    return _named(noun)


def renamed(noun: Any) -> Any:
    """ "the Orrin Guild, a small charity founded in 1822": a common noun phrase set off by a
    comma straight after a name renames that name, so what its participle or relative clause
    says is said of the name (the parser may hang the phrase anywhere); any other noun is itself."""
    if noun.pos_ != "NOUN":
        return noun
    left = noun.left_edge
    if left.i >= 2 and noun.doc[left.i - 1].text == "," and noun.doc[left.i - 2].pos_ == "PROPN":
        return noun.doc[left.i - 2]
    return noun


def _name_words(noun: Any) -> set[str]:
    """The noun's own words and those of the name it ends ("Princess Ada Vell Romanoff")."""
    own = [noun, *(c for c in noun.children if c.dep_ in {"compound", "flat"} and c.i < noun.i)]
    return {w for t in own for w in (t.lower_, t.lemma_.lower())}


def _named(noun: Any) -> bool:
    if noun.pos_ == "PROPN" or (noun.i > 0 and noun.text[:1].isupper()):
        return True
    named_by = (
        t
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for t in pobj.subtree
    )
    return any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in named_by if t.is_alpha)


DAY_VERB_STEPS = 4
"""A day reaches its verb within four heads: the month or weekday, the preposition, the verb
("play ... on Tuesday, 14 June")."""


def another_doers_day(text: str, start: int, question: str) -> bool:
    """The verb the day at ``start`` dates has a proper-noun subject the question never names
    ("U2 will play on 21 June" for a question about another band): the day is that doer's."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    tok = token_at(dependency_parse(text), start)
    if tok is None:
        return False
    verb = tok if tok.pos_ in VERB_TAGS else governing_verb(text, start, DAY_VERB_STEPS, kinds=VERB_TAGS)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.pos_ == "PROPN" and c.lower_ not in asked for c in subjects)
