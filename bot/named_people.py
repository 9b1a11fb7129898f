"""The people a "who are the three Xs" question counts: a sentence naming that many answers.

"Who are the three presenters taking over the show?" asks for a list of a known length. A sentence
naming exactly that many people (beside those the question names) lists them, whatever verb it
uses ("will each host the slot", "X on Tuesdays, Y on Wednesdays and Z on Thursdays"); fewer
or more names say something else.
"""

from __future__ import annotations

import re

from bot.nlp import Entity
from bot.text import tokens
from bot.values import UNITS
from bot.wordnet import wordnet

_COUNTED_PEOPLE = re.compile(r"^\s*who\s+(?:are|were|will\s+be)\s+the\s+(\w+)\s+([a-z][\w-]*)\b", re.I)
"""'Who are the three presenters ...': a who-question about a counted group of people."""


def asked_people_count(question: str) -> int:
    """How many people "who are/were the N <people>" asks for (2 or more), 0 for any other
    question ("who is the DJ", "who are the DJs", "what are the three towns")."""
    m = _COUNTED_PEOPLE.match(question)
    if m is None:
        return 0
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else UNITS.get(word, 0)
    wn = wordnet()
    people = any(wn.kind_rank(form, "person") == 0 for form in wn.lemmas(m.group(2).lower()))
    return n if n >= 2 and people else 0


def counted_people(question: str, text: str, entities: tuple[Entity, ...]) -> list[str]:
    """The names of exactly the asked number of people in the sentence (those the question names
    aside), each with a given name the tagger left out ("Ivo" of "Ivo Marsten"); [] when the
    sentence names another number."""
    wanted = asked_people_count(question)
    if not wanted:
        return []
    asked = set(tokens(question))
    names: list[str] = []
    for e in entities:
        if e.label != "PERSON" or all(w in asked for w in tokens(e.text)):
            continue
        name = _with_given_name(text, e)
        if name not in names:
            names.append(name)
    return names if len(names) == wanted else []


def _with_given_name(text: str, e: Entity) -> str:
    """The entity with the capitalised words right before it that are no English noun ("Ivo"
    before "Marsten", not "DJ" before "Ivo"): a given name the tagger cut off."""
    start = e.start
    while True:
        m = re.search(r"([A-Z][a-z]+)\s+$", text[:start])
        if m is None or wordnet().senses(m.group(1).lower()):
            break
        start = m.start(1)
    return text[start : e.end]
