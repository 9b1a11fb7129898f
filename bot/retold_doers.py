"""Another source's doer of the same deed: a rival name read outside the predicate test.

Pattern: where one source names who did something ("the ministry said" / "the Velm agency
announced"), another outlet's sentence that tells the same deed in other words (the sentence
model puts the two at least ``retold_rival_alignment`` close) and names someone else *in the
same grammatical role* (the subject of its clause, as the lead's name is) gives a rival name
for the asked slot, even where its verb fails the asked predicate test ("announced" for "who
released the toll"). A name in another role of that sentence (the object of a preposition,
a possessor) names someone the deed was done to or about, never a rival doer; a sentence that
names the lead too is the same account. Asked "which N did it", a rival must be one its sentence
calls an N (``kind_names``): a party of another kind telling the deed answers another question.
"""

from __future__ import annotations

from typing import Any

from bot.asked_noun import kind_names
from bot.nlp import dependency_parse


def value_role(sentence: str, value: str) -> str:
    """The dependency label of the head word of ``value`` where the sentence writes it ("nsubj"
    for the subject of its clause, "pobj" after a preposition); "" where it is not written there."""
    at = sentence.find(value)
    if at < 0 or not value.strip():
        return ""
    doc: Any = dependency_parse(sentence)
    span = doc.char_span(at, at + len(value), alignment_mode="expand")
    if span is None or len(span) == 0:
        return ""
    return str(span.root.dep_)


def same_role(lead_sentence: str, lead_value: str, sentence: str, value: str) -> bool:
    """Both names stand in one role of their clause (a subject, or a subject of a passive's
    agent), so both name the doer of the deed the two sentences tell; the rival sentence must not
    also write the lead's name."""
    if lead_value.lower() in sentence.lower() or value.lower() in lead_sentence.lower():
        return False
    role = value_role(lead_sentence, lead_value)
    return role in ("nsubj", "nsubjpass") and value_role(sentence, value) == role


def which_noun(question: str) -> str:
    """The noun a "which/what N" question asks a name of, read from its parse (the head the
    wh-word determines: "fleet" in "which Velm naval fleet"); "" for "who"."""
    for tok in dependency_parse(question):
        if tok.lower_ in ("which", "what") and tok.dep_ == "det" and tok.head.pos_ == "NOUN":
            return str(tok.head.lemma_).lower()
    return ""


def called_as_asked(question: str, sentence: str, value: str) -> bool:
    """The sentence calls ``value`` an N where the question asks "which N" (always true for "who")."""
    noun = which_noun(question)
    if not noun:
        return True
    low = value.lower()
    return any(n.lower() in low or low in n.lower() for n in kind_names(noun, sentence, question))
