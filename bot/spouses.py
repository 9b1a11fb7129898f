"""Who someone is married to: the question and the sentences that say it.

"Who was X married to?", "Who did X marry?", "Who was the wife of X?" and "Who is X's husband?"
all ask for X's spouse. Sources say it with the verb ("X married Y", "Y married X") or with a
noun of the relation: a spouse noun (WordNet files "wife", "husband", "consort" under "spouse")
naming the other partner through "of", a possessive or an apposition ("X, wife of Y", "Y's wife
X", "his wife, Y"), or a marriage noun with "to"/"with" ("by marriage to Y"). Either partner may
be written first, so the answer is the partner that is not the asked person. A parent ("X,
daughter of Y") is no spouse: only the relation's own words count.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from bot.nlp import Entity, dependency_parse
from bot.text import tokens
from bot.wordnet import wordnet

SPOUSE = "spouse"
"""The WordNet noun whose kinds name a married partner ("wife", "husband", "consort")."""
MARRY = "marry"
"""The verb of marrying; its WordNet synonyms ("wed") say it too."""
MARRIAGE = "marriage"
"""The WordNet noun whose kinds name the union itself ("remarriage"): "marriage to Y"."""
_NAME_LINKS = frozenset({"poss", "appos"})
"""How a spouse noun holds a partner's name besides "of": "Y's wife", "his wife, Y" (not a title
compounded on it: "Empress consort")."""
_UNION_PREPS = frozenset({"to", "with"})
"""The prepositions a marriage noun or a passive "married" takes its partner with."""


def asked_spouse(question: str) -> tuple[str, ...]:
    """Tokens of the person whose spouse the question asks for ("" tuple when it asks none)."""
    doc = dependency_parse(question)
    if not any(t.lower_ in {"who", "whom"} for t in doc):
        return ()
    for tok in doc:
        if tok.pos_ == "VERB" and _marries(tok.lemma_.lower()):
            subject = [
                c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"who"}
            ]
            if subject:  # "who was X married to", "who did X marry"
                return tuple(tokens(" ".join(t.text for s in subject for t in s.subtree)))
        if tok.pos_ == "NOUN" and _is_spouse(tok.lemma_.lower()):
            owners = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            owners += [c for c in tok.children if c.dep_ == "poss"]
            if owners:  # "who was the wife of X", "who is X's husband"
                return tuple(tokens(" ".join(t.text for o in owners for t in o.subtree if t.dep_ != "case")))
    return ()


def spouses(text: str, entities: tuple[Entity, ...], asked: tuple[str, ...]) -> list[str]:
    """The partners ``text`` names as married to someone, bar the asked person: the other side
    of "married", of a spouse noun or of a marriage noun (see the module)."""
    if not asked:
        return []
    doc = dependency_parse(text)
    people = [e for e in entities if e.label == "PERSON"]
    heads: list[Any] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and _marries(lemma):
            heads += [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
            heads += _objects(tok, _UNION_PREPS)
        elif tok.pos_ in {"NOUN", "PROPN"} and _is_spouse(lemma):
            heads += _objects(tok, frozenset({"of"}))
            heads += [c for c in tok.children if c.dep_ in _NAME_LINKS]
            if tok.dep_ == "appos":
                heads.append(tok.head)  # "Y, the king's wife"
        elif tok.pos_ == "NOUN" and wordnet().is_kind_of(lemma, MARRIAGE):
            heads += _objects(tok, _UNION_PREPS)
    out: list[str] = []
    for head in heads:
        for value in _names_under(text, head, people):
            if not _is_person(value, asked) and value not in out:
                out.append(value)
    return out


def _marries(lemma: str) -> bool:
    """The verb is "marry" or a WordNet synonym of its commonest sense ("wed")."""
    return lemma == MARRY or lemma in wordnet().synonyms(MARRY, "v", max_rank=0)


def _is_spouse(noun: str) -> bool:
    """The noun's commonest sense is a kind of spouse ("wife", "husband")."""
    return wordnet().kind_rank(noun, SPOUSE) == 0


def _objects(tok: Any, preps: frozenset[str]) -> list[Any]:
    """The objects of the token's prepositions among ``preps``."""
    return [
        g
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _names_under(text: str, head: Any, people: list[Entity]) -> list[str]:
    """The people named in the phrase ``head`` rules, without its clauses; names joined by "and"
    are one answer, as written ("Ansel and Tomas")."""
    kept = [t for t in head.subtree if not any(a.dep_ in {"relcl", "acl"} for a in _path(t, head))]
    if not kept:
        return []
    start, end = min(t.idx for t in kept), max(t.idx + len(t) for t in kept)
    inside = [e for e in people if start <= e.start and e.end <= end]
    if len(inside) > 1 and all(text[a.end : b.start].strip(" ,") in {"and", ""} for a, b in pairwise(inside)):
        return [_bare(text[inside[0].start : inside[-1].end])]
    return [_bare(e.text) for e in inside]


def _bare(name: str) -> str:
    """The name without the possessive the tagger may keep on it ("Oskar Brill's")."""
    return re.sub(r"['’]s?$", "", name)


def _path(tok: Any, top: Any) -> list[Any]:
    """The tokens from ``tok`` up to (not including) ``top``."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _is_person(value: str, asked: tuple[str, ...]) -> bool:
    """The name is the asked person's: all its words are the question's, or it shares the given
    name (a wife keeps her given name and may take her husband's surname)."""
    words = tokens(value)
    return not words or set(words) <= set(asked) or (bool(asked) and words[0] == asked[0])
