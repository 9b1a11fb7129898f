"""Who "he", "they", "its" and a bare "the group" stand for, within the text being checked.

A simple, documented heuristic rather than a coreference model: the nearest preceding
compatible mention in the same text wins. A claim split off its sentence ("They landed in
Islamabad") cannot be checked without its subject, and a wrong antecedent costs no more than
an unresolved pronoun (the claim then finds no evidence either way).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
POSSESSIVE = {"his", "her", "its", "their"}
NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
"""Entity labels that can be a pronoun's antecedent (not dates, numbers, money)."""
SUBJECT_ROLES = {"nsubj", "nsubjpass", "poss"}
"""Where a bare "the group" is read as an earlier organisation: as the one acting or owning
("the group said"), not as an object ("exploit the chaos")."""


@dataclass(frozen=True)
class Mention:
    """Something the text names, as a possible antecedent."""

    start: int
    end: int
    text: str
    label: str
    """The entity label, or "" for a plain noun chunk."""
    plural: bool
    head: str
    """The lower-cased lemma of its head noun ("ministry" for "the health ministry")."""


def mentions_of(doc: Any, offset: int) -> list[Mention]:
    """Named entities and noun chunks of one parsed sentence, positioned in the whole input."""
    out = [
        Mention(offset + e.start_char, offset + e.end_char, e.text, e.label_, False, e.root.lemma_.lower())
        for e in doc.ents
        if e.label_ in NAMED and any(t.pos_ == "PROPN" for t in e)
    ]
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ in {"NOUN", "PROPN"}:
            out.append(
                Mention(
                    offset + chunk.start_char,
                    offset + chunk.end_char,
                    chunk.text,
                    "",
                    chunk.root.tag_ in {"NNS", "NNPS"},
                    chunk.root.lemma_.lower(),
                )
            )
    return out


def resolve(doc: Any, tokens: list[int], offset: int, mentions: list[Mention]) -> dict[int, str]:
    """Replacement text for the claim's third-person pronouns and bare definites ("" drops a word).

    Rules: a possessive or object pronoun takes its clause's subject when that fits, and a
    possessive nothing else; he/she -> the nearest earlier PERSON (or a later mention of
    that person's surname); they -> the nearest earlier plural noun phrase
    or nationality; it -> the nearest earlier organisation or place, unless it is the empty
    subject of "it is ..."; "the X" alone -> the nearest earlier fuller phrase with the same
    head noun ("the health ministry"), else, as a subject, the nearest earlier organisation.
    """
    replaced: dict[int, str] = {}
    for i in tokens:
        tok = doc[i]
        at = offset + tok.idx
        word = tok.lower_
        found: Mention | None = None
        if tok.pos_ == "PRON" and word in PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS:
            people = _person_words(mentions, at)
            fits = partial(_fits_pronoun, word=word, tok=tok, people=people)
            found = _clause_subject(tok, offset, mentions, fits)
            if found is None and tok.tag_ != "PRP$":  # "elected Lee in her place": her is not Lee
                found = _nearest(mentions, at, fits)
        elif _bare_definite(tok) and doc[i - 1].i in tokens:
            found = _nearest(mentions, at, partial(_fuller, head=tok.lemma_.lower()))
            if found is None and tok.dep_ in SUBJECT_ROLES:
                found = _nearest(mentions, at, lambda m: m.label == "ORG")
            if found is not None:
                replaced[i - 1] = ""
        if found is None:
            continue
        name = found.text
        if word in POSSESSIVE and tok.tag_ == "PRP$":
            name += "'s"
        if name.lower().startswith("the ") and not _first(i, tokens, replaced):
            name = "the" + name[3:]
        replaced[i] = name
    return replaced


def _fits_pronoun(mention: Mention, word: str, tok: Any, people: set[str]) -> bool:
    if word in PERSON_PRONOUNS:
        return mention.label == "PERSON" or mention.text.split()[-1] in people
    if word in PLURAL_PRONOUNS:
        return mention.label == "NORP" or (mention.label == "" and mention.plural)
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ == "be":
        return False  # "it is up to the Syrians": no antecedent
    return mention.label in {"ORG", "GPE"}


def _fuller(mention: Mention, head: str) -> bool:
    """A longer phrase for the same thing: "the health ministry" for "the ministry"."""
    return mention.head == head and len(mention.text) > len("the ") + len(head)


def _person_words(mentions: list[Mention], before: int) -> set[str]:
    """Words of the people named so far: "Antony Blinken" makes a later "Blinken" a person,
    whatever label the small model gives the surname alone."""
    return {w for m in mentions if m.label == "PERSON" and m.end <= before for w in m.text.split()}


def _clause_subject(tok: Any, offset: int, mentions: list[Mention], fits: Any) -> Mention | None:
    """A possessive or object pronoun takes its own clause's earlier subject when it fits
    ("The US will keep its troops": its = the US), before any nearer mention."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return None
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    while True:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"conj", "xcomp"} or verb.head is verb:
            break
        verb = verb.head
    if subject is None or subject.i > tok.i or subject.pos_ == "PRON":
        return None
    at = offset + subject.idx
    inside = [m for m in mentions if m.start <= at < m.end and fits(m)]
    return max(inside, key=lambda m: m.end - m.start) if inside else None


def _bare_definite(tok: Any) -> bool:
    """ "the group": a singular common noun whose only dependent is "the"."""
    children = list(tok.children)
    return (
        tok.tag_ == "NN"
        and tok.i > 0
        and len(children) == 1
        and children[0].i == tok.i - 1
        and children[0].lower_ == "the"
    )


def _nearest(mentions: list[Mention], before: int, fits: Any) -> Mention | None:
    earlier = [m for m in mentions if m.end <= before and fits(m)]
    return max(earlier, key=lambda m: m.start) if earlier else None


def _first(i: int, tokens: list[int], replaced: dict[int, str]) -> bool:
    """Whether token ``i`` opens the claim's text (words replaced by "" do not count)."""
    return all(j >= i or replaced.get(j) == "" for j in tokens)
