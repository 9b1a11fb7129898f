"""A figure in what someone wants is no figure of what happened.

"Most coaches want a three-year deal" tells what coaches wish for, not the deal the
club gave; "the union hopes for 5,000 marchers" not how many marched. A figure the parse hangs,
through its nouns and prepositions, on a verb of felt desire (WordNet: a kind of "desire" among
the feeling verbs: want, wish, hope) as its nearest verb is wished for. A question that asks about the wish itself
("how long a deal did she hope for") keeps it; a figure of a deed the wish governs ("wants to
cut 300 jobs": the nearest verb is "cut") is the deed's, and stays too.
"""

from __future__ import annotations

from bot.nlp import VERB_TAGS, dependency_parse, governing_verb
from bot.wordnet import wordnet

WISH_STEPS = 4
"""A figure reaches its verb within four heads: the noun it counts, a preposition, the verb
("want a three-year deal", "hope for 5,000 marchers")."""


WISH_FILE = "verb.emotion"
"""WordNet's file of feeling verbs: a desire felt ("want", "hope"), not one acted on ("seek $5m
in damages" reports a claim made)."""


def desire_verb(lemma: str) -> bool:
    """WordNet's commonest sense of the verb is a feeling of desire ("want", "hope", "wish")."""
    wn = wordnet()
    return wn.kind_rank(lemma, "desire", "v") == 0 and wn.commonest_file(lemma, "v") == WISH_FILE


def asks_wish(question: str) -> bool:
    """The question's own verb is one of desire ("what did they want", "how much do they hope for")."""
    return any(t.pos_ == "VERB" and desire_verb(t.lemma_.lower()) for t in dependency_parse(question))


def wished_for(text: str, start: int) -> bool:
    """The figure at ``start`` lies in what a verb of desire governs: its first verb up the parse
    (within ``WISH_STEPS`` heads) is one of desire."""
    verb = governing_verb(text, start, WISH_STEPS, kinds=VERB_TAGS)
    return verb is not None and desire_verb(verb.lemma_.lower())
