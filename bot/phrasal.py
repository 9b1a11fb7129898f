"""A verb with its particle is one word: to "set up" a firm is to found it, to "put forward" a plan
is to propose it, to "rule out" a move is to reject it. Read by its bare verb ("set", "put") such
a verb matches nothing the other side says; WordNet holds many as multiword lemmas ("set_up",
"put_forward"), whose commonest senses are shared with, or filed directly under, the plain verb
the other side uses ("established" states "set up"; "proposed" states "put forward").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.nlp import dependency_parse, verb_lemmas
from bot.wordnet import WordNet, wordnet


def phrasal_lemma(verb: Any) -> str:
    """The WordNet multiword lemma of a parsed verb and its particle ("set_up" for "set ... up"),
    or "" when the verb has no particle or WordNet does not hold the pair as one verb. The
    parser calls some particles adverbs ("put forward"): an adverb right after the verb counts."""
    particles = [
        c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)
    ]
    if verb.pos_ != "VERB" or len(particles) != 1:
        return ""
    lemma = f"{verb.lemma_.lower()}_{particles[0]}"
    return lemma if wordnet().senses(lemma, "v") else ""


@lru_cache(maxsize=4096)
def phrasal_verbs(text: str) -> tuple[tuple[str, str], ...]:
    """The text's phrasal verbs: (the verb as written, lower-cased; its multiword lemma)."""
    found = ((t.lower_, phrasal_lemma(t)) for t in dependency_parse(text, entities=False))
    return tuple((written, lemma) for written, lemma in found if lemma)


def says_phrasal(lemma: str, lemmas: set[str] | frozenset[str], senses: int) -> bool:
    """One of the plain verbs ``lemmas`` states the phrasal verb ``lemma``: the two share a
    WordNet sense among the first ``senses`` of each, or one's commonest sense is filed directly
    under (one step) the other's first ``senses``: the phrasal verb under the plain one
    ("put_forward" under "propose"), or the plain verb, a more precise way of doing it, under the
    phrasal verb's commonest sense ("resign", leave a post, under "step_down", leave office), or
    WordNet writes the plain verb among the phrasal verb's own first ``senses`` (a synonym: "turn
    down" / "reject", though "reject" is commonest alone). One step only: further up, verbs grow too general ("act", "change") to state it; common
    senses only: "shoot down" means "kill" only in its third (defeating a bill)."""
    wn = wordnet()
    mine = wn.senses(lemma, "v")[:senses]
    if not mine:
        return False
    parents = set(wn.synsets[mine[0]].parents) if mine[0] in wn.synsets else set()
    written = {w for sense in mine if sense in wn.synsets for w in wn.synsets[sense].lemmas}
    for other in lemmas:
        if other == lemma or "_" in other:
            continue
        theirs = set(wn.senses(other, "v")[:senses])
        if other in written or theirs & set(mine) or theirs & parents or _filed_under(wn, other, mine):
            return True
    return False


def _filed_under(wn: WordNet, plain: str, mine: tuple[str, ...]) -> bool:
    """The plain verb's commonest sense sits one step under one of the phrasal verb's senses
    ``mine``: a way of doing what the phrasal verb says ("resigned" for "stepped down")."""
    first = wn.senses(plain, "v")[:1]
    return bool(first) and first[0] in wn.synsets and bool(set(wn.synsets[first[0]].parents) & set(mine))


def stated_phrasals(text: str, evidence: str, senses: int) -> set[str]:
    """The text's verbs (as written) said by the evidence in other words through a phrasal verb on
    either side (``says_phrasal``): its "set up" by the evidence's "founded", or its "founded" by
    the evidence's "set up"."""
    said = verb_lemmas(evidence)
    theirs = [lemma for _, lemma in phrasal_verbs(evidence)]
    mine = dict(phrasal_verbs(text))
    out = {written for written, lemma in mine.items() if says_phrasal(lemma, said, senses)}
    if theirs:
        plain = {
            t.lower_: t.lemma_.lower() for t in dependency_parse(text, entities=False) if t.pos_ == "VERB"
        }
        out |= {
            written
            for written, lemma in plain.items()
            if written not in mine and any(says_phrasal(other, {lemma}, senses) for other in theirs)
        }
    return out
