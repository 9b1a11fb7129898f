"""The party a who-question names by title in the role it does NOT ask about.

"Who is replacing the club's head coach?" asks for the replacer; the replaced one is "the head
coach". A sentence that writes "head coach Tomas Vell" calls Vell by that title: Vell is the
other party, the one the question already describes, and no answer to it, however close the
question's words stand to him (which would otherwise count for him).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.nlp import dependency_parse
from bot.roles import SUBJECTS, WH, asked_role
from bot.text import tokens

OBJECTS = frozenset({"dobj", "obj"})
TITLE_PARTS = frozenset({"compound", "amod"})


@lru_cache(maxsize=4096)
def other_party_title(question: str) -> tuple[str, ...]:
    """Tokens of the title (a common noun, the modifier before it and the noun's synonyms)
    filling the verb's other role in a who/which question that asks for its doer or done-to;
    () when that role is filled by a name or nothing."""
    ask = asked_role(question)
    if ask is None or ask.role not in ("agent", "patient"):
        return ()
    doc = dependency_parse(question)
    for verb in (t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() == ask.lemma):
        wanted = OBJECTS if _asks_subject(verb) else SUBJECTS
        for arg in (c for c in verb.children if c.dep_ in wanted):
            if arg.lower_ in WH or _which(arg):
                continue
            return _title(arg)
    return ()


def _which(tok: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"which", "what"} for c in tok.children)


def _asks_subject(verb: Any) -> bool:
    """The wh-word (or which-phrase) is the verb's subject, so the object is the other party."""
    return any(c.dep_ in SUBJECTS and (c.lower_ in WH or _which(c)) for c in verb.children)


def _title(head: Any) -> tuple[str, ...]:
    """A common-noun head ("coach", "director") with its modifiers ("head", "managing") and the head's
    commonest-sense synonyms; () for a name ("Velmar Air"), which the question names outright."""
    from bot.wordnet import wordnet

    if head.pos_ != "NOUN":
        return ()
    noun = head.lemma_.lower()
    words = [c.lower_ for c in head.children if c.dep_ in TITLE_PARTS and c.i == head.i - 1]
    words += [noun, *sorted(w for w in wordnet().synonyms(noun, "n", max_rank=0) if " " not in w)]
    return tuple(dict.fromkeys(tokens(" ".join(words))))
