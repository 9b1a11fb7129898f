"""Which group people belong to: "fighters from the Velm Front and the Ostrin Brigade".

News rarely says "belong to": it names a group by the people who come from it ("militants
from X", "members of Y"). For "which groups did the fighters belong to / come from", the names
a sentence writes after the question's own people noun and "from"/"of" answer it, each
coordinated name in turn, though the tagger may miss a transliterated name inside a longer
phrase ("the Faylaq Velm Islamist faction").
"""

from __future__ import annotations

import re
from typing import Any

from bot.nlp import coordinated, dependency_parse
from bot.wordnet import wordnet

_PEOPLE_FROM = r"\b\w+s\s+(?:from|of)\b"
"""A noun, then "from"/"of" (and "the"): where a name of the group the noun's people belong to
may follow; the parse decides."""


_STRANDED = re.compile(
    r"\b(?:belong(?:s|ed)?\s+to|come\s+from|from|members?\s+of|part\s+of)\s*(?:[?,.]|$)", re.I
)
"""A membership preposition left at the end of a clause ("... belong to?", "were they from,
according to X?"): the wh-phrase is the group the people belong to."""


def asks_membership(question: str) -> bool:
    """ "Which groups did the fighters belong to?", "Which factions were the gunmen from?": a
    which/what question about people (a plural person noun) ending on a membership preposition."""
    if not re.match(r"\s*(?:which|what)\b", question, re.I) or not _STRANDED.search(question):
        return False
    wn = wordnet()
    return any(
        t.pos_ == "NOUN" and t.tag_ == "NNS" and wn.kind_rank(t.lemma_.lower(), "person") == 0
        for t in dependency_parse(question)
    )


def _people(tok: Any) -> bool:
    """A plural noun naming people who may belong to a group ("militants"), not kin ("sons")."""
    wn, word = wordnet(), tok.lower_
    return (
        word.endswith("s")
        and wn.kind_rank(word, "person") is not None
        and wn.kind_rank(word, "relative") is None
    )


def member_groups(question: str, text: str) -> list[str]:
    """The names of the groups that the people the question names come from, as ``text``
    writes them after that people noun and "from"/"of": "fighters from the Velm Front and
    Ostrin Brigade" -> ["Velm Front", "Ostrin Brigade"] for "which groups did the fighters
    belong to"; none when the sentence names no such people or no name follows them."""
    if not re.search(_PEOPLE_FROM, text) or not asks_membership(question):
        return []
    doc = dependency_parse(text)
    for tok in doc:
        if tok.lower_ not in {"from", "of"} or tok.dep_ != "prep" or not _people(tok.head):
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        names = [name for head in coordinated(obj) if (name := _proper_run(doc, head))]
        if names:
            return names
    return []


def _proper_run(doc: Any, head: Any) -> str:
    """The name in a noun phrase: its longest unbroken run of proper nouns (hyphens inside a
    name kept) among the head and the words before it, "Faylaq Velm" in "the Faylaq Velm
    Islamist faction"; "" when the phrase has none."""
    best: list[Any] = []
    run: list[Any] = []
    for t in (t for t in head.subtree if t.i <= head.i):
        if (t.pos_ == "PROPN" and t.text != "-") or (t.text == "-" and run and not t.whitespace_):
            run.append(t)
        else:
            run = []
        if len(run) > len(best) or (run and t.i == head.i):
            best = list(run)  # a proper-noun head ends its own name ("Al-Qaeda affiliate Velm Front")
    while best and best[-1].text == "-":
        best.pop()
    if not best:
        return ""
    return doc.text[best[0].idx : best[-1].idx + len(best[-1])]


def membership_value(groups: list[str]) -> tuple[str, str]:
    """The answer naming every group ("A, B and C") and its grouping key: the first group's
    name, so that outlets writing the second one differently ("Velm Front"/"al-Velm Front")
    agree."""
    value = groups[0] if len(groups) == 1 else ", ".join(groups[:-1]) + " and " + groups[-1]
    key = re.sub(r"^(?:al|el|the)[\s-]+", "", groups[0].lower())
    return value, key
