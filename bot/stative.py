"""State questions against counts of things an event happened to.

"How many soldiers are in the town" asks how many are there; "17 soldiers were killed
there" counts what happened to some of them, so it does not answer. WordNet's lexicographer
files tell a state ("be", "exist") from a deed ("kill", "lose", "wound").
"""

from __future__ import annotations

from typing import Any

from bot.count_owner import count_verb
from bot.values import Quantity

DEED_FILES = frozenset({29, 30, 35, 40})
"""WordNet's verb.body, verb.change, verb.contact and verb.possession files: a first sense here
("wound", "die", "kill", "lose") is something done to the things counted."""

_FINISHED_TAGS = frozenset({"VBD", "VBN"})
"""A past or perfect form ("were killed", "has lost", "17 killed"): the event is over, unless
a present passive ("are posted")."""


def _files(lemma: str) -> list[int]:
    """The WordNet lexicographer files of the verb's senses, most frequent first."""
    from bot.wordnet import wordnet

    wn = wordnet()
    return [wn.synsets[s].lexfile for s in wn.senses(lemma, "v")]


def asks_state(question: str) -> bool:
    """The question asks how many things are somewhere or are so ("how many fighters are still
    active in X"): the counted noun is the subject of its root, and the root is "be", stative
    in WordNet's first sense, or no verb WordNet knows (a tagger's guess at "r"). A root the tagger
    read as no verb that takes "did" ("how many civilians did Velmarian shelling kill", the
    adjective read as the root) is a misread deed question: "did" supports a deed's verb."""
    from bot.nlp import dependency_parse
    from bot.wordnet import wordnet

    for tok in dependency_parse(question):
        if tok.dep_ != "ROOT":
            continue
        counted = [
            c for c in tok.children if c.dep_ == "nsubj" and any(m.lower_ == "many" for m in c.children)
        ]
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"VERB", "AUX"} and any(
            c.dep_ == "aux" and c.lemma_.lower() == "do" for c in tok.children
        ):
            return False  # "how many did Velmar's shelling kill", the root misread: "did" asks a deed
        return bool(counted) and (lemma == "be" or not _files(lemma) or wordnet().is_stative(lemma))
    return False


def present_passive(verb: Any) -> bool:
    """ "are posted", "is held": a passive in the present tense states how things are now."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.dep_ == "auxpass" and a.tag_ in {"VBP", "VBZ"} for a in auxes) and not any(
        a.lemma_.lower() == "have" for a in auxes
    )


def undergone(doc: Any, x: Quantity) -> bool:
    """The count is of things a finished deed happened to ("killed 17 soldiers", "12 were
    wounded", "lost 15 fighters"): its own verb is past or perfect and a deed in WordNet."""
    verb = count_verb(doc, x)
    if verb is None or verb.tag_ not in _FINISHED_TAGS or present_passive(verb):
        return False
    files = _files(verb.lemma_.lower())
    return bool(files) and files[0] in DEED_FILES


def deed_asked(question: str, doc: Any, x: Quantity) -> bool:
    """Pattern: a state question that names the deed itself ("how many pupils were among those
    evacuated") is answered by a count of what that deed happened to: the count's own verb has
    the base form of a word of the question ("12 pupils were evacuated")."""
    from bot.nlp import dependency_parse

    verb = count_verb(doc, x)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return any(t.lemma_.lower() == lemma and t.dep_ != "ROOT" for t in dependency_parse(question))


def asks_remaining(question: str) -> bool:
    """The question asks how many are still so after a change ("how many hostages are still
    held", "how many remain trapped"): its root, or an adverb on it, says the state goes on."""
    from bot.nlp import dependency_parse
    from index.lexicon import CONTINUING_WORDS

    for tok in dependency_parse(question):
        if tok.dep_ != "ROOT":
            continue
        words = [tok, *(c for c in tok.children if c.dep_ == "advmod")]
        return any(w.lemma_.lower() in CONTINUING_WORDS for w in words)
    return False


def changed_by_deed(doc: Any, x: Quantity) -> bool:
    """The count is of things a finished deed moved or changed ("evacuated 215 guards",
    "rebels freed 12 hostages"): its own verb is past or perfect, not a present passive, and not
    stative in WordNet, so it counts those the change took, never those still left."""
    from bot.wordnet import wordnet

    verb = count_verb(doc, x)
    if verb is None or verb.tag_ not in _FINISHED_TAGS or present_passive(verb):
        return False
    lemma = verb.lemma_.lower()
    return bool(_files(lemma)) and not wordnet().is_stative(lemma)
