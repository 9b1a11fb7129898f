"""Phrase answers: the words filling the asked role of the question's verb, not the sentence.

"What is Brandt accused of supervising?" is answered by "the beating of inmates" from
"Brandt oversaw the beating of inmates": ``bot.roles.asked_phrase`` finds the asked verb and
role, and every evidence sentence using that verb (or one of the same meaning) offers its
filler, cited by the sentence. A sentence without such a frame offers nothing here, and the
answerer falls back to the sentence itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.conflicts import Candidate
from bot.evidence import EvidenceSentence, terms
from bot.nlp import parse_many
from bot.roles import Ask, Filler, Frame, frames
from bot.text import tokens
from bot.wordnet import wordnet
from index.tuning import AnswerTuning

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def phrase_candidates(ask: Ask, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """The filler of the asked role in each of the best sentences that use the asked verb
    (same lemma, a WordNet synonym, or a verb the sentence model puts at the word cut-off; for
    a complement, also a verb WordNet files near it: "consider" for "classify")."""
    if not hits:
        return []
    best = max(h.score for h in hits)
    kept = [h for h in hits[: tune.entity_sentences] if h.score >= tune.phrase_floor_ratio * best]
    parse_many([h.chunk.text for h in kept])
    out: list[Candidate] = []
    for rank, hit in enumerate(kept):
        for frame in frames(hit.chunk.text):
            filler = _filler_of(ask, frame, hit)
            if filler is None or not same_action(ask, frame.lemma, hit, tune.clause_senses):
                continue
            value = phrase_text(filler.text)
            if value:
                out.append(Candidate.of(hit, value, phrase_key(value), hit.score - tune.rank_penalty * rank))
                break
    return out


def _filler_of(ask: Ask, frame: Frame, hit: EvidenceSentence) -> Filler | None:
    """The frame's filler of the asked role; a complement only when its object is what the
    question asks about (or a pronoun, whose sentence or the one before names it)."""
    if ask.role == "oblique":
        filler = frame.oblique(ask.prep)
        return None if filler is None or filler.pronoun or filler.negated else filler
    filler = frame.complement if ask.role == "complement" else frame.object_phrase
    if filler is None or filler.pronoun or filler.negated:
        return None
    if ask.role == "complement" and ask.about:
        taken = frame.patient
        if taken is None:
            return None
        said = taken.text if not taken.pronoun else f"{hit.previous_text} {hit.chunk.text}"
        if not any(terms(said).has(t) for t in ask.about):
            return None
    return filler


def same_action(ask: Ask, lemma: str, hit: EvidenceSentence, senses: int) -> bool:
    """The evidence verb names the asked action: the same lemma, a WordNet synonym among both
    verbs' first ``senses`` ("oversee"/"supervise"), a verb the sentence model puts at the word
    cut-off, or, for a complement, a verb whose sense shares a parent or grandparent with the
    asked one's ("consider"/"classify" under "evaluate", "label"/"designate")."""
    if lemma == ask.lemma:
        return True
    wn = wordnet()
    if set(wn.senses(ask.lemma, "v")[:senses]) & set(wn.senses(lemma, "v")[:senses]):
        return True
    if ask.role == "complement" and kin_verbs(ask.lemma, lemma, senses):
        return True
    return hit.corpus.similar(ask.lemma, lemma)


@lru_cache(maxsize=4096)
def kin_verbs(a: str, b: str, senses: int, depth: int = 2) -> bool:
    """Some sense of each verb (among the first ``senses``) lies within ``depth`` steps under
    one WordNet verb ("classify" and "consider" under "evaluate")."""
    wn = wordnet()
    near_a = set().union(*(_above(s, depth) for s in wn.senses(a, "v")[:senses]))
    return any(near_a & _above(s, depth) for s in wn.senses(b, "v")[:senses])


def _above(synset: str, depth: int) -> set[str]:
    """The synset and its parents up to ``depth`` steps."""
    return set(wordnet().steps_above([synset], depth))


def phrase_text(text: str) -> str:
    """The phrase as an answer: an unclosed bracket the parse cut ("the Front (VF") is dropped."""
    text = " ".join(text.split())
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")].rstrip(" ,")
    return text


def phrase_key(value: str) -> str:
    """Grouping key: the phrase's words without a leading article ("a terrorist group")."""
    return " ".join(tokens(_ARTICLE.sub("", value))) or value.lower()
