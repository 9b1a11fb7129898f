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
from bot.dates import date_words
from bot.evidence import EvidenceSentence, terms
from bot.nlp import parse_many
from bot.roles import Ask, Filler, Frame, frames
from bot.text import tokens, word_stem
from bot.wordnet import wordnet
from index.lexicon import LEVEL_PREPOSITIONS
from index.tuning import AnswerTuning

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_FIGURE = re.compile(r"\d")


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
        if not same_time(ask, hit.chunk.text):
            continue
        for frame in frames(hit.chunk.text):
            filler = _filler_of(ask, frame, hit)
            if filler is None or not same_action(ask, frame.lemma, hit, tune.clause_senses):
                continue
            value = phrase_text(filler.text)
            if value:
                out.append(Candidate.of(hit, value, phrase_key(value), hit.score - tune.rank_penalty * rank))
                break
    return out


def fills_oblique(ask: Ask, hit: EvidenceSentence, senses: int) -> bool:
    """The sentence fills the asked preposition's object of the asked verb or a kin one ("fell to
    52" for "what did it settle at"): it states the asked predicate, in its own verb."""
    if ask.role != "oblique" or not same_time(ask, hit.chunk.text):
        return False
    return any(
        _filler_of(ask, frame, hit) is not None and same_action(ask, frame.lemma, hit, senses)
        for frame in frames(hit.chunk.text)
    )


def same_time(ask: Ask, sentence: str) -> bool:
    """A sentence dating its own fact by other months or weekdays than those the question names
    ("rose in March" for "in May") tells another period's value."""
    said = date_words(sentence)
    return not (ask.when and said and not ask.when & said)


def _filler_of(ask: Ask, frame: Frame, hit: EvidenceSentence) -> Filler | None:
    """The frame's filler of the asked role; a complement only when its object is what the
    question asks about (or a pronoun, whose sentence or the one before names it)."""
    if ask.role == "oblique":
        if ask.held:  # "make use of": the same object, the preposition on it or on the verb
            held = frame.object_phrase is not None and _holds(frame.object_phrase.text, ask.held)
            filler = (frame.oblique(ask.prep) or frame.object_oblique(ask.prep)) if held else None
        else:
            filler = frame.oblique(ask.prep) or level_filler(ask.prep, frame)
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


def _holds(phrase: str, word: str) -> bool:
    """The phrase has the word (its stem: "advantages" has "advantage")."""
    return word_stem(word) in {word_stem(w) for w in re.findall(r"\w+", phrase.lower())}


def level_filler(prep: str, frame: Frame) -> Filler | None:
    """A figure the verb moves to or stands at answers a level asked with the other word
    ("what did the rate settle at": "it fell to 52"), as "at" and "to" both mark it."""
    if prep not in LEVEL_PREPOSITIONS:
        return None
    return next(
        (
            f
            for said, f in frame.obliques
            if said in LEVEL_PREPOSITIONS and said != prep and _FIGURE.search(f.text)
        ),
        None,
    )


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
    if ask.role in ("complement", "oblique") and kin_verbs(ask.lemma, lemma, senses):
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
