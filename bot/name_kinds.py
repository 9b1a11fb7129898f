"""The kind of name a sentence tells, where the tagger reads a person as an organisation or the
reverse.

spaCy's tagger often files an unfamiliar transliterated name under the wrong kind ("Tarik
Olan Vesh" an organisation, "Aide Sans Limites" a person), and a who-question's
reader then skips the one name that answers. The sentence itself says which kind it is: an age
before a name ("13-year-old X") or "who" after it ("X, who was head of ...") is a person's; a
noun whose commonest WordNet sense is an organisation right before it ("medical charity X",
"the militia X") makes it an organisation's name, and so does a noun for a group closing the
list the name stands in ("clashes between the X and Y rebel groups", "the X militia").
"""

from __future__ import annotations

import re
from typing import Any

from index.tuning import AnswerTuning

PERSON, ORG = "PERSON", "ORG"

_AGED = re.compile(r"\b\d{1,3}[- ]year[- ]old,?\s+$", re.I)
"""An age right before the name: "13-year-old Tarik ..."."""
_WHO = re.compile(r"^,?\s+who\b")
"""A relative "who" right after the name: "X, who was head of the team"."""
_WORD_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")
"""The lower-case word right before the name (a describing noun: "charity X")."""


def told_kind(text: str, start: int, end: int, label: str) -> str:
    """The kind the sentence gives the name at ``start:end`` that the tagger labelled ``label``:
    a person for an organisation aged or followed by "who", an organisation for a person after
    an organisation noun; ``label`` itself otherwise (other labels are left as tagged)."""
    before, after = text[:start], text[end:]
    if (
        label == ORG
        and (_AGED.search(before) or _WHO.match(after))
        and _names_no_organisation(text[start:end])
    ):
        return PERSON
    if label == PERSON and (_organisation_noun(before) or _group_noun_after(text, end)):
        return ORG
    return label


GROUP = "group"
"""WordNet's noun for any grouping of people or things (militias, parties, factions, families)."""
_LISTED = frozenset({"PROPN", "CCONJ", "PUNCT"})
"""Tokens that carry a list of names on ("Y, Z and W") before the noun they all modify."""
_MODIFIER = frozenset({"ADJ", "NOUN"})


def _group_noun_after(text: str, end: int, modifiers: int = AnswerTuning.group_modifiers) -> bool:
    """The list of names the name at ``:end`` stands in ends in a noun phrase whose head's
    commonest WordNet sense is a group and none a person: "the X and Y rebel groups", "the X
    militia" name groups, however the tagger read the names; "X's group" or "X heads a group"
    do not (the parse's parts of speech: names, then adjectives and nouns only)."""
    from bot.nlp import dependency_parse
    from bot.wordnet import wordnet

    after = [t for t in dependency_parse(text) if t.idx >= end]
    i = 0
    while i < len(after) and after[i].pos_ in _LISTED and after[i].text not in ("'s", "’s", ".", ";", ":"):
        i += 1
    run: list[Any] = []
    while i < len(after) and after[i].pos_ in _MODIFIER and len(run) <= modifiers:
        run.append(after[i])
        i += 1
    if not run or run[-1].pos_ != "NOUN" or (i < len(after) and after[i].pos_ == "NOUN"):
        return False  # no noun, or one the phrase's head comes after ("rebel group leaders")
    wn, noun = wordnet(), run[-1].lower_
    return wn.kind_rank(noun, GROUP) == 0 and wn.kind_rank(noun, "person") is None


def _organisation_noun(before: str) -> bool:
    """The word right before the name is a noun whose commonest WordNet sense is an
    organisation and never a person ("charity", "agency", "militia"; not "monitor")."""
    from bot.wordnet import wordnet

    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    wn = wordnet()
    word = m.group(1)
    return wn.kind_rank(word, "organization") == 0 and wn.kind_rank(word, "person") is None


def _names_no_organisation(name: str) -> bool:
    """The name is a person's full name: two words or more ("Chelsea, who ..." is a club), none
    of them an organisation noun ("Velm Youth Club") or a place WordNet knows ("Dublin
    City, who ..."); a given name and a surname are neither."""
    from bot.wordnet import wordnet

    wn = wordnet()
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", name)]
    return len(name.split()) >= 2 and not any(
        wn.kind_rank(w, "organization") == 0 or wn.kind_rank(w, "location") is not None for w in words
    )
