"""A count's deed stated while its event is worded otherwise: "how many died in the air raid on X"
is told by "the strike on X killed 18": the counted deed ("died", by form or meaning: "killed")
of the asked noun is stated, and only the words that say which event ("air raid", "rockets hit",
"barrel-bombed") are put in other words ("strike", "launched attacks", "air strikes").

The predicate check wants a share of all the question's words, so a question describing its
event at length loses a sentence that states the deed itself. The event's place and time are
judged by the names, period and background gates, which the sentence has passed already. The
check stays strict where the question names who or what did the deed (a "by" agent: "hurt by
the car bomb"): another deed's victims are counted in sentences naming another cause. It reads
only deeds that befall the counted things (a passive, "were abducted", or a verb whose commonest
WordNet sense is a change of state or of the body, "died"): a deed the counted things do names
what they did it to or for ("how many people signed up for the calls offer"), and a sentence of
people signing up for broadband counts another deed. Money and light verbs ("cost", "get")
say too little of a deed to stand for it.
"""

from __future__ import annotations

from typing import Any

from bot.evidence import EvidenceSentence
from bot.nlp import dependency_parse
from bot.question import Kind, Question
from bot.sentences import asked_verbs, states_word
from bot.text import tokens
from bot.wordnet import wordnet
from index.lexicon import LIGHT_VERBS, SUPPORT_VERBS

_LIGHT = LIGHT_VERBS | SUPPORT_VERBS | {"get", "go", "come", "cost", "pay", "spend"}
"""Verbs that say no deed of their own, or a sum rather than a deed (``asks_sum_by_verb`` reads those)."""
BEFALLING_LEXFILES = frozenset({29, 30})
"""WordNet's verb files of the body and of change ("die", "perish", "recover"): in their commonest
sense they tell what happens to their subject, not what it does to something else."""


def counted_deed(question: str) -> list[str]:
    """The deed a count question counts things by ("died", "were abducted"): its asked verbs
    (``asked_verbs``) that are no light verb and befall the counted things (``_befalls``); none
    when the question names the deed's doer in a "by" phrase ("hurt by the car bomb"), which a
    sentence must then state in words."""
    doc = dependency_parse(question, entities=False)
    if any(t.dep_ == "agent" for t in doc):
        return []
    wn = wordnet()
    return [
        v
        for v in asked_verbs(question)
        if tokens(v)
        and (wn.verb_base(v) or v) not in _LIGHT
        and any(t.lower_ == v and _befalls(t) for t in doc)
    ]


def _befalls(verb: Any) -> bool:
    """The parsed verb tells what befell its subject: it is passive ("were abducted") or its
    commonest WordNet sense is in ``BEFALLING_LEXFILES`` ("died")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    wn = wordnet()
    first = wn.senses(verb.lemma_.lower(), "v")[:1]
    return bool(first) and wn.synsets[first[0]].lexfile in BEFALLING_LEXFILES


def states_counted_deed(q: Question, hit: EvidenceSentence) -> bool:
    """A count question's sentence names the counted noun and states the counted deed, by form
    or meaning, in any inflection ("died" / "were killed"): it states what is asked, whatever
    words it gives the event the deed belongs to."""
    if q.kind is not Kind.COUNT or not q.target or not hit.terms.has(q.target):
        return False
    deeds = counted_deed(q.text)
    return bool(deeds) and all(states_word(v, hit, bases=True) for v in deeds)
