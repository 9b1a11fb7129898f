"""Role rivals: the sentence tells the claim's deed with one party changed.

Pattern: a sentence whose verb is the claim's (or a WordNet synonym) and that fills every role
of the claim's verb as the claim does but one, filling that one with another thing of the same
kind, refutes the claim ("the medics treated the miners" / "the medics treated the farmers").
So does a sentence that makes the doer a party the claim gives another role of that verb ("the
guild seized two mills from the rebels" / "the rebels seized two mills"). Roles are the
subject, the object and the object of each preposition, read from the parse with the passive
turned active ("were seized by the rebels": the rebels seize). "Of the same kind" is WordNet's:
two nouns under one close parent, neither a synonym nor a kind of the other ("farmers" is no
rival of "workers": it adds detail); two names of people ("fined Anna Merrow" / "fined
Oskar Brandt"). Whether the sentence
tells the claim's event at all is decided by the caller, as for every rival name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.nlp import dependency_parse, is_passive
from bot.text import TokenPool, tokens, word_stem
from bot.wordnet import GROUP_LEXFILE, PERSON_LEXFILE, wordnet
from index.tuning import CheckTuning

SUBJECT, OBJECT = "subject", "object"
NAME_LABELS = frozenset({"PERSON"})
"""Names compared here: two people. Places have their own rivals, which know a city lies in its
country (``bot/slots.py``, ``bot/rivals.py``); the tagger's organisations and groups are unsure."""
TRANSFER_PREPS = frozenset({"from", "to"})
"""Prepositions naming the party a thing passes from or to ("took the mills from the rebels"):
the other side of the deed, never a party doing it too (as "fought with" or "against" may be)."""
AGENT_LEXFILES = frozenset({GROUP_LEXFILE, PERSON_LEXFILE})
"""WordNet's noun files of groups and people: the kinds of thing that do deeds."""
KIN_SENSES = 2
"""Senses of each noun compared (its commonest two): rarer ones make every pair kin."""


@dataclass(frozen=True)
class Party:
    """One filler of a verb's role: its head noun's lemma and whether it is a name."""

    head: str
    proper: bool
    label: str = ""
    """The entity tagger's label of a name ("PERSON"), "" for a common noun."""


@dataclass(frozen=True)
class Frame:
    """One verb (its lemma) with its roles' fillers and whether it is negated."""

    verb: str
    roles: dict[str, Party]
    negated: bool


def frames(text: str) -> list[Frame]:
    """The text's verbs with their subject, object and prepositional objects (active voice)."""
    out = []
    for tok in dependency_parse(text):
        if tok.pos_ != "VERB":
            continue
        passive = is_passive(tok)
        roles: dict[str, Party] = {}
        for c in tok.children:
            if c.dep_ == "nsubj" and not passive:
                _put(roles, SUBJECT, c)
            elif c.dep_ in {"dobj", "obj"} or (c.dep_ == "nsubjpass" and passive):
                _put(roles, OBJECT, c)
            elif c.dep_ == "agent" and passive:
                _put(roles, SUBJECT, next((g for g in c.children if g.dep_ == "pobj"), None))
            elif c.dep_ == "prep":
                _put(roles, c.lower_, next((g for g in c.children if g.dep_ == "pobj"), None))
        negated = any(c.dep_ == "neg" for c in tok.children)
        out.append(Frame(tok.lemma_.lower(), roles, negated))
    return out


def _put(roles: dict[str, Party], role: str, noun: Any) -> None:
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return  # a pronoun or clause says nothing of which party
    roles[role] = Party(noun.lemma_.lower(), noun.pos_ == "PROPN" or bool(noun.ent_type_), noun.ent_type_)


def role_clash(
    claim: str,
    text: str,
    sentence: TokenPool,
    similar: Callable[[str, str], bool],
    kin_steps: int = CheckTuning.role_kin_steps,
) -> str:
    """How the text fills one role of the claim's deed with another party ("names farmers, not
    miners"), or "". ``sentence`` holds the text's tokens: a claim party the text names
    anywhere may be told there in other words, so only one it never names has a rival; rivals
    are kin within ``kin_steps`` WordNet steps (``rival_kinds``)."""
    claim_tokens = TokenPool(tokens(claim))
    told = frames(text)
    for c in frames(claim):
        if c.negated or len(c.roles) < 2:
            continue
        for e in told:
            if e.negated or not _same_verb(c.verb, e.verb, similar):
                continue
            found = _one_changed(c, e, sentence, claim_tokens, kin_steps) or _swapped(c, e)
            if found:
                return found
    return ""


def _one_changed(c: Frame, e: Frame, sentence: TokenPool, claim_tokens: TokenPool, kin_steps: int) -> str:
    """Every role of the claim's verb filled alike but one, which the text fills with a kin, never
    a kind filed across the claim's ("by warplanes" / "by jets": ``WordNet.cut_across``; a
    warplane may be a jet, though it does not state one, so ``rival_kinds`` still tells them apart)."""
    unlike = [r for r, p in c.roles.items() if not (r in e.roles and same_party(p, e.roles[r]))]
    if len(unlike) != 1:
        return ""
    role = unlike[0]
    ours, theirs = c.roles[role], e.roles.get(role)
    if theirs is None or sentence.has(ours.head) or claim_tokens.has(theirs.head):
        return ""
    if wordnet().cut_across(ours.head, theirs.head, "n", KIN_SENSES - 1, kin_steps - 1):
        return ""  # "warplanes" may be "jets": a kind by its use cuts across kinds by make
    return f"names {theirs.head}, not {ours.head}" if rival_kinds(ours, theirs, kin_steps) else ""


def _swapped(c: Frame, e: Frame) -> str:
    """The text's doer is the party the claim has the thing pass from or to (``TRANSFER_PREPS``),
    the claim's doer not the text's, the object the same, and both doers able to act
    (``agent``): "on a flight" is how it was done, not who did it."""
    ours, theirs = c.roles.get(SUBJECT), e.roles.get(SUBJECT)
    if ours is None or theirs is None or same_party(ours, theirs) or not (agent(ours) and agent(theirs)):
        return ""
    if not (OBJECT in c.roles and OBJECT in e.roles and same_party(c.roles[OBJECT], e.roles[OBJECT])):
        return ""
    others = [p for r, p in c.roles.items() if r in TRANSFER_PREPS]
    if any(same_party(p, theirs) for p in others):
        return f"names {theirs.head} as the doer, not {ours.head}"
    return ""


def agent(party: Party) -> bool:
    """A name, or a noun WordNet files among people or groups in its commonest senses: one who can do a deed."""
    if party.proper:
        return True
    wn = wordnet()
    return any(wn.synsets[s].lexfile in AGENT_LEXFILES for s in wn.senses(party.head, "n")[:KIN_SENSES])


def _same_verb(a: str, b: str, similar: Callable[[str, str], bool]) -> bool:
    if word_stem(a) == word_stem(b):
        return True
    wn = wordnet()
    return bool(set(wn.lemmas(b, "v")) & {s.replace(" ", "_") for s in wn.synonyms(a, "v")}) or similar(a, b)


def same_party(a: Party, b: Party) -> bool:
    """The same word, a WordNet synonym, or one a kind of the other (a detail added or left out)."""
    if word_stem(a.head) == word_stem(b.head):
        return True
    if a.proper or b.proper:
        return False
    wn = wordnet()
    sa, sb = set(wn.senses(a.head, "n")), set(wn.senses(b.head, "n"))
    if sa & sb:
        return True
    return any(sa & wn.ancestors(s) for s in sb) or any(sb & wn.ancestors(s) for s in sa)


def rival_kinds(a: Party, b: Party, kin_steps: int = CheckTuning.role_kin_steps) -> bool:
    """Two parties of one kind that are not the same thing: two names the tagger files under one
    of ``NAME_LABELS`` (two people), or two common nouns some commonest sense of
    each of which meets the other's within ``kin_steps`` steps up WordNet's kinds, neither the
    other or a kind of it (``same_party``)."""
    if same_party(a, b):
        return False
    if a.proper or b.proper:
        return a.label == b.label and a.label in NAME_LABELS
    near_a, near_b = _near_kinds(a.head, kin_steps), _near_kinds(b.head, kin_steps)
    return any(near_a[k] + near_b[k] <= kin_steps for k in near_a.keys() & near_b.keys())


def _near_kinds(noun: str, steps: int) -> dict[str, int]:
    """The kinds fewer than ``steps`` steps above the noun's commonest senses, each with the
    fewest steps up to it."""
    wn = wordnet()
    parents = {p for s in wn.senses(noun, "n")[:KIN_SENSES] for p in wn.synsets[s].parents}
    return {kind: step + 1 for kind, step in wn.steps_above(parents, steps - 2).items()}
