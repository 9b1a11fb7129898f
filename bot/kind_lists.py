"""Lists of the asked kind: "which warplanes" is answered by "B-52s, F-15s and A-10s".

A which-question about a concrete thing ("which warplanes did they use") is told by a sentence
that names kinds of it, not the thing's own word: WordNet files "B-52" and "bomber" under
warplane. The answer is the whole coordinated list such a kind stands in (the parse's
conjuncts), since the question asks for every one used, not the first.
"""

from __future__ import annotations

from typing import Any

from bot.asked_noun import kind_names
from bot.beside import beside_first
from bot.conflicts import Candidate
from bot.evidence import EvidenceSentence
from bot.nlp import dependency_parse, first_conjunct
from bot.sentences import kinds_named
from bot.wordnet import wordnet
from index.tuning import AnswerTuning

_MODIFIERS = frozenset({"compound", "amod", "nummod"})
"""Words that belong to a conjunct's name ("Velmar Mi-24 gunships"), kept with it."""


def _own_word(thing: str, word: str) -> bool:
    """The word's first sense is one of the thing's own (another spelling or a synonym: the
    thing itself, not a kind of it)."""
    net = wordnet()
    mine = net.senses(word)
    return bool(mine) and mine[0] in net.senses(thing)


def _names_a_kind(thing: str, tok: Any, kinds: list[str]) -> bool:
    """Pattern: a word WordNet files under the asked thing names one only where the parse uses
    it as a thing: not as a verb ("the court respects the law"), nor as a modifier of a noun
    that is no kind of the thing itself (a "weapons check" is a check, not a weapon; in "the Kelt-9
    bombers" both name warplanes). The thing's own word, another spelling of it ("civilian
    neighborhoods" for "which neighbourhoods"), names one only with a name before it ("the Vell
    neighborhood"). Nor does a kind under an indefinite article that WordNet
    divides further into kinds ("a banned pesticide", "a bomber"): it says some such thing, not which.
    """
    if tok.pos_ in {"VERB", "AUX"}:
        return False
    if _own_word(thing, tok.lemma_.lower()) and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children
    ):
        return False  # "civilian neighborhoods" for "which neighbourhoods"; "the Vell neighborhood" names one
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
    if indefinite and wordnet().has_kinds(tok.lemma_.lower()):
        return False
    if tok.dep_ in {"compound", "nmod"} and tok.head.i != tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head.text in kinds
    return True


def kind_list(thing: str, text: str) -> str:
    """The coordinated list of ``text`` holding the first word WordNet files under ``thing``
    ("B-52s, F-15s and A-10s" for "warplanes") that names such a thing where it stands
    (``_names_a_kind``), or that word alone; "" when none is named."""
    kinds = kinds_named(thing, text)
    if not kinds:
        return ""
    doc = dependency_parse(text)
    matched = [t for t in doc if t.text in kinds]
    if not matched:
        return kinds[0]  # the tokenizer cut it ("B-52s"): read as written
    tok = next((t for t in matched if _names_a_kind(thing, t, kinds)), None)
    if tok is None:
        return ""
    return conjoined(doc, tok)


def conjoined(doc: Any, tok: Any) -> str:
    """The coordinated list the token stands in, from its first conjunct (with the words naming
    it: "Velmar Mi-24 gunships") to its last; the token's own words when it is in none."""
    conjuncts = [first_conjunct(tok)]
    while nxt := [c for c in conjuncts[-1].children if c.dep_ == "conj"]:
        conjuncts.append(nxt[0])
    first = conjuncts[0]
    start = min([first.i, *(c.i for c in first.lefts if c.dep_ in _MODIFIERS)])
    return doc[start : conjuncts[-1].i + 1].text


def kind_list_candidates(thing: str, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """One candidate per strong sentence naming kinds of the asked thing: its list, ranked as a
    value filling the asked noun (``asked_noun_bonus``) above the sentence as a whole."""
    if not hits:
        return []
    best = max(h.score for h in hits)
    kept = [h for h in hits[: tune.entity_sentences] if h.score >= tune.phrase_floor_ratio * best]
    out = []
    for rank, hit in enumerate(kept):
        value = kind_list(thing, hit.chunk.text)
        if value:
            score = hit.score - tune.rank_penalty * rank + tune.asked_noun_bonus
            out.append(Candidate.of(hit, value, value.lower(), score))
    return out


def kind_name_candidates(
    noun: str, question: str, hits: list[EvidenceSentence], tune: AnswerTuning, excluded: str = ""
) -> list[Candidate]:
    """Pattern: "which N" is answered by the name a strong sentence calls an N or a kind of N
    (``bot.asked_noun.kind_names``: "the Velm Clinic", "Dabbit hospital", "the militia Ostra
    Front"), ranked as a value filling the asked noun (``asked_noun_bonus``) above the sentence
    as a whole; one candidate per sentence, its first such name, or the first listed beside
    the phrase the question sets aside (``bot.beside``)."""
    if not hits or not noun:
        return []
    best = max(h.score for h in hits)
    kept = [h for h in hits[: tune.entity_sentences] if h.score >= tune.phrase_floor_ratio * best]
    out = []
    for rank, hit in enumerate(kept):
        names = kind_names(noun, hit.chunk.text, question)
        beside_first(excluded, hit.chunk.text, names)  # "besides X, which N": the N listed with X first
        if names:
            score = hit.score - tune.rank_penalty * rank + tune.asked_noun_bonus
            out.append(Candidate.of(hit, names[0], names[0].lower(), score))
    return out
