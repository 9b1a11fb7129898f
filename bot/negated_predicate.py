"""A state said of the same subject, denied on one side only: "the talks are far from over".

Pattern: a copular clause ("X is / remains / seems P") whose subject and predicate word the two
texts share, negated on one side only, refutes; a negation is "not"/"never" on the copula or an
idiom that denies the predicate after it ("far from P", "anything but P"). The single-word cues
(``index.lexicon.NEGATION_CUES``) miss the idioms, and a predicate such as "over" is a stopword
no token pool holds, so the state is read from the parse and tied to its subject: an opposed
word on another noun or another subject is no denial.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.nlp import dependency_parse
from bot.text import word_stem
from bot.wordnet import wordnet
from index.lexicon import NEGATION_CUES

COPULAS = frozenset({"be", "remain", "seem", "appear", "stay", "look", "prove"})
"""Verbs that link a subject to a state rather than do a deed."""
PREDICATE_DEPS = frozenset({"acomp", "advmod", "attr", "oprd"})
"""Arcs by which a copula holds its state ("is over", "remains open")."""
STATE_POS = frozenset({"ADJ", "ADV", "ADP", "VERB"})
"""Parts of speech a stated state has: a noun after "far from" is a place ("far from the border")."""
DENYING_HEADS = {"far": "from", "anything": "but"}
"""Idioms "far from P", "anything but P": the head word, then the word that takes the denied state."""
SUBJECT_POS = frozenset({"NOUN", "PROPN"})
"""A pronoun subject ("it is over") names nothing to tie the two states to."""


@dataclass(frozen=True)
class State:
    """A subject's state: the subject's head noun, the state word's lemma, whether it is denied."""

    subject: str
    state: str
    negated: bool


def states_of(text: str) -> list[State]:
    """Every copular state of a noun subject in the text, unhedged ("may be over" states nothing)."""
    found: list[State] = []
    for tok in dependency_parse(text, entities=False):
        if tok.lemma_.lower() not in COPULAS or any(c.tag_ == "MD" for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in SUBJECT_POS), None)
        if subject is None:
            continue
        if any(_denies(c) for a in tok.ancestors for c in a.children):
            continue  # "nobody thinks it is over": the state's own polarity is not told
        negated = any(
            _denies(c) or any(_denies(g) for g in c.children) for c in tok.children if c.dep_ != "nsubj"
        )
        for word, denied in _predicates(tok):
            found.append(State(subject.lemma_.lower(), word.lemma_.lower(), negated != denied))
    return found


def _predicates(copula: Any) -> list[tuple[Any, bool]]:
    """The copula's state words, each with whether an idiom denies it ("far from over")."""
    out: list[tuple[Any, bool]] = []
    for child in copula.children:
        if child.dep_ not in PREDICATE_DEPS or any(_denies(g) for g in child.children):
            continue  # "no longer" negates the copula, it is no state
        taker = DENYING_HEADS.get(child.lower_)
        if taker:
            out += [(w, True) for w in _denied(child, taker)]
        # an adverb is a state only as WordNet also files it an adjective ("over", "open"), not "now"
        elif child.pos_ in STATE_POS and (child.dep_ != "advmod" or wordnet().senses(child.lower_, "a")):
            out.append((child, False))
    return out


def _denies(tok: Any) -> bool:
    """A negation ("not", "never", the "no" of "no longer") or a negative subject ("nobody")."""
    return bool(tok.dep_ == "neg" or (tok.dep_ == "nsubj" and tok.lower_ in NEGATION_CUES))


def _denied(head: Any, taker: str) -> list[Any]:
    """The state words an idiom's head denies: after "from" ("far from over"), or joined to
    "anything" past its "but" ("anything but certain")."""
    words = [w for c in head.children if c.lower_ == taker for w in c.children if w.pos_ in STATE_POS]
    if head.lower_ == "anything" and any(c.lower_ == taker for c in head.children):
        words += [c for c in head.children if c.dep_ == "conj" and c.pos_ in STATE_POS]
    return words


def denied_state(claim: str, text: str, similar: Callable[[str, str], bool]) -> str:
    """The text denies the state the claim gives its subject, or gives the state it denies:
    the same subject (its head noun, or one close in meaning), the same state word, one side
    negated; "" when it does not."""
    found = states_of(text)
    for c in states_of(claim):
        for e in found:
            same_subject = word_stem(c.subject) == word_stem(e.subject) or similar(c.subject, e.subject)
            if same_subject and c.state == e.state and c.negated != e.negated:
                return f"says it is {'not ' if e.negated else ''}{c.state}"
    return ""
