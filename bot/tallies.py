"""Figures a sentence gives as a death toll's value ("the ministry placed the death toll at 15",
"the number of people killed has risen to 33"): the whole count someone reports for an event, so
an article giving a second toll beside its own figure reports a second account, not a part."""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from bot.values import Quantity, parse_quantities
from bot.wordnet import wordnet
from index.lexicon import DEATH_STATES, DEATH_VERBS, PEOPLE_NOUNS, TALLY_NOUNS

_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr"})
"""How a tally noun hangs off the verb that states its value ("the toll rose", "put the toll at")."""

_VALUE_PREPOSITIONS = frozenset({"of", "at", "to"})
"""How a tally noun takes its value directly: "a toll of 26", "the toll at 15"."""

_PARTS = frozenset({"in", "among", "inside"})
"""A tally restricted by one of these ("the toll in the old town") counts a part of the event."""


def tally_path(doc: Any, q: Quantity) -> tuple[Any, list[Any]] | None:
    """The tally noun (``TALLY_NOUNS``) whose value the count states, with the words from the
    count up to where it joins the tally: the count hangs off it ("a toll of 26") or sits under a
    verb whose subject or object it is ("placed the toll at 15", "the number has reached 27", "put
    the toll higher, saying 19 died"); None otherwise."""
    inside = [t for t in doc if q.start <= t.idx < q.end]
    if not inside:
        return None
    path: list[Any] = []
    for up in [inside[-1], *inside[-1].ancestors]:
        path.append(up)
        if up.dep_ == "prep" and up.lower_ not in _VALUE_PREPOSITIONS:
            return None  # "risen to 24 including two children": a part; "in two days": a time
        if up.pos_ == "NOUN" and up.lemma_.lower() in TALLY_NOUNS and up not in inside:
            between = path[1:-1]  # "a total of 40 people"; not "the number killed"
            return (up, path) if all(t.dep_ == "prep" or t.pos_ == "NOUN" for t in between) else None
        if up.pos_ in {"VERB", "AUX"}:
            found = next(
                (c for c in up.children if c.dep_ in _ARGUMENTS and c.lemma_.lower() in TALLY_NOUNS), None
            )
            if found is not None:
                return found, path
    return None


def death_tally(text: str, q: Quantity) -> bool:
    """The count, with no noun of its own or one for people or the dead, is the value of a whole toll of
    deaths: its tally names dying ("death toll", "the number of people killed") or a verb of
    dying stands between it and the tally ("put the toll at 18, saying 21 died"); a toll restricted
    to a part ("the toll in one district") is not the whole."""
    dead = bool(q.unit) and (q.unit in DEATH_STATES or wordnet().verb_base(q.unit) in DEATH_VERBS)
    if q.unit and not (
        dead or q.unit in PEOPLE_NOUNS or q.unit in TALLY_NOUNS or wordnet().kind_rank(q.unit, "person") == 0
    ):
        return False  # "100 injured", "two days": another count beside the toll
    found = tally_path(dependency_parse(text), q)
    if found is None:
        return False
    tally, path = found
    if any(c.dep_ == "prep" and c.lower_ in _PARTS for c in tally.children):
        return False
    words = [t for t in tally.subtree if not (q.start <= t.idx < q.end)]
    return dead or any(_of_death(t) for t in [*words, *path])  # "a toll of 26 killed"


def _of_death(tok: Any) -> bool:
    """A word of dying: a verb WordNet files under dying or killing ("martyred"), or a noun it
    files under death ("fatalities")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return lemma in DEATH_VERBS or any(wordnet().kind_rank(lemma, d, "v") == 0 for d in DEATH_VERBS)
    return tok.pos_ in {"NOUN", "ADJ"} and (lemma in DEATH_STATES or wordnet().kind_rank(lemma, "death") == 0)


def death_noun(unit: str) -> bool:
    """The counted noun itself says its members died: "dead", a kind of death WordNet files under
    death by its commonest sense ("deaths", "fatalities"), or a person named by a verb of dying or
    killing ("martyrs": the martyred)."""
    if not unit:
        return False
    wn = wordnet()
    if unit in DEATH_STATES or wn.kind_rank(unit, "death") == 0:
        return True
    base = wn.verb_base(unit)
    return bool(base) and (base in DEATH_VERBS or any(wn.kind_rank(base, d, "v") == 0 for d in DEATH_VERBS))


def counts_the_dead(one: Quantity, one_verb: str, other: Quantity, other_verb: str) -> bool:
    """Pattern: one count is of people, by a plain word for people, under a verb of dying or
    killing ("five people were killed"), the other a count whose own noun says they died
    ("leaving 5 martyrs", "caused seven deaths", "left 12 dead"), whatever verb that noun hangs
    off: both count one event's dead. A narrower kind of people ("five children were killed")
    is a part of the dead, never their count."""

    def dead_people(q: Quantity, verb: str) -> bool:
        return q.unit in PEOPLE_NOUNS and wordnet().verb_base(verb) in DEATH_VERBS

    return (dead_people(one, one_verb) and death_noun(other.unit)) or (
        dead_people(other, other_verb) and death_noun(one.unit)
    )


def tells_death(text: str) -> bool:
    """Some word of the text is a word of dying (``_of_death``: "died", "killed", "death toll"):
    a question or sentence about the dead, whose whole death toll counts what it asks."""
    return any(_of_death(t) for t in dependency_parse(text))


def gives_toll(text: str) -> bool:
    """Some count of the sentence is a whole death toll (``death_tally``)."""
    return any(death_tally(text, q) for q in parse_quantities(text))
