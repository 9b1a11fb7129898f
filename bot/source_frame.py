"""The words of a question that point at the report it is asked of, not at what is asked.

"How does the memo sum up the mood on the quay?", "what term does the bulletin use for
the town's mood?", "according to the story on the fair, what did the council decide?": the
report, its verb of telling and the wh-noun naming the form of the answer ("what term") frame
the question. The sentence that answers is the report's own text, which never names itself:
its words cannot be required of the evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from bot.nlp import dependency_parse
from bot.phrasal import phrasal_lemma
from bot.text import tokens
from index.lexicon import SUPPORT_VERBS

_TELLING_FILE = "verb.communication"
"""The WordNet file of verbs a report does to its content ("sum up", "describe", "call")."""
_WRITING_FILE = "noun.communication"
"""The WordNet file of a report's nouns ("report", "article", "story", "word", "figure")."""
_WRITING_VERBS = SUPPORT_VERBS | {"use"}
"""Light verbs a report does to a word or figure it gives ("what word does it use")."""
_WH = frozenset({"what", "which", "how"})


def source_frame(question: str) -> frozenset[str]:
    """The question's tokens that frame it as asked of a report (``tokens``): a common noun for a
    piece of writing that is the subject of a verb of telling or a light verb ("the report sums
    up", "one of the stories uses"), with that verb, its particle, the noun's own phrase and a
    wh-noun for a piece of writing it governs ("what word"); and "according to" a piece of
    writing with its phrase. Empty when the question names no report so."""
    return _source_frame(question)


def framed(words: Iterable[str], frame: frozenset[str]) -> bool:
    """The words (their ``tokens``) are all among a question's report-framing tokens
    (``source_frame``): they name the report, not what is asked of it."""
    own = {t for word in words for t in tokens(word)}
    return bool(own) and own <= frame


@lru_cache(maxsize=2048)
def _source_frame(question: str) -> frozenset[str]:
    doc = dependency_parse(question, entities=False)
    out: set[str] = set()
    for tok in doc:
        if tok.lower_ == "according" and tok.dep_ == "prep":
            objects = [o for to in tok.children for o in to.children if o.dep_ == "pobj"]
            if any(_writing(o) for o in objects):
                out.update(t for w in tok.subtree for t in tokens(w.text))
        if tok.pos_ != "VERB" or not _telling(tok):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not any((_writing(s) or _writing_part(s)) and not _wh_led(s) for s in subjects):
            continue  # "which paper reported it" asks for the report: its telling is the deed
        out.update(t for s in subjects for w in s.subtree for t in tokens(w.text))
        out.update(tokens(tok.text))
        out.update(t for c in tok.children if c.dep_ == "prt" for t in tokens(c.text))
        out.update(t for w in _asked_writing(doc) for t in tokens(w.text))
    return frozenset(out)


def _writing(tok: Any) -> bool:
    """A common noun whose commonest WordNet sense is a piece of writing or telling, not a medium
    that publishes it ("opposition media", "the newspaper"): other outlets' sentences name a
    medium as their source, so its words may be asked of the evidence."""
    from bot.wordnet import wordnet

    wn, lemma = wordnet(), tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and wn.commonest_file(lemma, "n") == _WRITING_FILE
        and wn.kind_rank(lemma, "medium") != 0
    )


def _wh_led(tok: Any) -> bool:
    """ "which paper": the writing is what is asked, not the report it is asked of."""
    return any(c.dep_ == "det" and c.lower_ in _WH for c in tok.children)


def _writing_part(tok: Any) -> bool:
    """ "each of the memos": the subject picks one of several pieces of writing."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _writing(o) for o in c.children)
        for c in tok.children
    )


def _telling(verb: Any) -> bool:
    """A verb of telling by its commonest WordNet sense (its phrasal lemma's where WordNet has
    one: "sum up" tells, "sum" does not), or a light verb ("give", "use")."""
    from bot.wordnet import wordnet

    lemma = phrasal_lemma(verb) or verb.lemma_.lower()
    return lemma in _WRITING_VERBS or wordnet().commonest_file(lemma, "v") == _TELLING_FILE


def _asked_writing(doc: Any) -> list[Any]:
    """The wh-determined nouns for a piece of writing ("what word", "which figure"): the form the
    answer takes, not a word the evidence says."""
    return [t for t in doc if _writing(t) and _wh_led(t)]
