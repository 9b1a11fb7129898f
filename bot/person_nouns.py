"""Who a name is said to be: the person noun a question asks for against the one a sentence gives.

Pattern: a question that defines the person it asks for by a noun ("what is the name of the
groom", "who was the head of the team") is not answered by a name the sentence introduces with
another person noun ("a witness named Ansel Brook", "former coach Tomas Vell", "Ada Kerr, a
nurse,"), unless WordNet makes one noun a kind of the other ("surgeon" is a kind of "doctor").
Both nouns come from spaCy's parse; their relation from WordNet.
"""

from __future__ import annotations

from bot.nlp import dependency_parse
from bot.text import word_stem
from bot.wordnet import wordnet

_NAMING_VERBS = frozenset({"name", "call", "identify"})
"""Verbs that introduce a name for the noun they describe ("a witness named Ahmad")."""


def defining_noun(question: str) -> str:
    """The person noun the question defines its answer by: the attribute of "who is/was the NOUN
    of ..." (a noun of a relation: "the last French man to win" only says who may answer), or
    the noun after "what is the name of the NOUN"; "" when none or when WordNet files it under
    no person ("the head of the team": some sense of "head" is a person, and "who" says which).
    "Which official said ..." is left out: a class that broad takes any title ("coordinator")."""
    doc = dependency_parse(question)
    wh = doc[0].lower_ if len(doc) else ""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i == 0:
            continue
        if wh.startswith("what") and tok.lemma_.lower() == "name":  # "the name of the groom": the groom
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            named = [p for o in of for p in o.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            if named and wordnet().kind_rank(named[0].lemma_.lower(), "person") is not None:
                return str(named[0].lemma_).lower()
        if (
            wh == "who"
            and tok.dep_ in {"attr", "nsubj"}
            and tok.head.lemma_ == "be"
            and tok.head.dep_ == "ROOT"
        ):
            lemma = str(tok.lemma_).lower()  # "who was the head of ...": the head
            related = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)
            if related and wordnet().kind_rank(lemma, "person") is not None:
                return lemma
    return ""


def name_noun(text: str, start: int, end: int) -> str:
    """The common noun the sentence gives the name at ``start:end`` as who it is: its title
    ("former coach Tomas Vell"), the noun it is in apposition with ("Ada Kerr, a nurse"), or the
    noun a naming verb describes ("a witness named Ansel"); "" when none."""
    doc = dependency_parse(text)
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return ""
    head = next((t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i), inside[-1])
    for child in head.children:
        if child.dep_ in {"compound", "appos", "nmod"} and child.pos_ == "NOUN" and child.idx < start:
            return str(child.lemma_).lower()
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return str(child.lemma_).lower()
    parent = head.head
    if head.dep_ == "appos" and parent.pos_ == "NOUN":
        return str(parent.lemma_).lower()
    if head.dep_ in {"oprd", "dobj", "attr", "xcomp"} and parent.lemma_ in _NAMING_VERBS:
        described = parent.head
        if parent.dep_ == "acl" and described.pos_ == "NOUN":
            return str(described.lemma_).lower()
    return ""


def another_person(asked: str, text: str, start: int, end: int) -> bool:
    """The sentence calls the name at ``start:end`` by a person noun that is neither the asked
    one nor a kind of it, nor a noun the asked one is a kind of: it names someone else."""
    if not asked:
        return False
    given = name_noun(text, start, end)
    return bool(given) and _other_person_noun(asked, given)


def another_person_named(asked: str, text: str, value: str) -> bool:
    """``another_person`` for a value found in ``text`` (its first occurrence)."""
    at = text.find(value)
    return at >= 0 and another_person(asked, text, at, at + len(value))


def _other_person_noun(asked: str, given: str) -> bool:
    if word_stem(given) == word_stem(asked):
        return False
    wn = wordnet()
    if wn.kind_rank(given, "person") is None:
        return False  # "the Ostrian Tomas Vell" or a title WordNet lacks: nothing said against it
    return not (wn.is_kind_of(given, asked) or wn.is_kind_of(asked, given))
