"""A learned per-sentence stance: cheap features of a (claim, sentence) pair, and a fitted
multinomial logistic regression over them (support / refute / neutral).

The hand rules (``bot/stance.py``) say neutral for most sentences that state a claim in other
words. The features here say, in numbers, how much of the claim a sentence states: the sentence
model's cosine, content-word coverage both ways (lemmas, with WordNet synonyms), named-entity
coverage and rival names, number agreement and clash, negation on one side only, WordNet
antonyms, and the rule's own stance and reason. All of it reads the parses and vectors the
checker already made (``bot.nlp``'s cache, ``EvidenceSentence.dense``). ``scripts/fit_stance.py``
records the features through ``Checker.observe`` on every gold set and fits the weights;
``StanceModel`` applies them, through ``Checker.model``, only where the rules find no side.
Measured leave-one-set-out through the checker it did not beat the rules (it supports claims
whose sources state them with one detail changed, which none of these features sees), so the
checker ships without a fitted model (README, "A learned stance").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, ClassVar

import numpy as np

from bot.alignment import WORDNET_LETTER, Alignment
from bot.count_owner import counts
from bot.evidence import EvidenceSentence, terms
from bot.linear import LinearFit, read_fit
from bot.nlp import dependency_parse, parse
from bot.stance import claim_context, stated_in
from bot.text import tokens, word_stem
from bot.types import Stance
from bot.values import agree, same_measure
from bot.wordnet import wordnet
from index.lexicon import NAME_LABELS, NEGATION_CUES
from index.tuning import CheckTuning

CLASSES: tuple[Stance, ...] = (Stance.NEUTRAL, Stance.SUPPORTS, Stance.REFUTES)
"""The model's classes, in the order of its probability columns."""

REASONS: tuple[tuple[str, str], ...] = (
    ("reason_unrelated", "not about the same thing"),
    ("reason_other_event", "about another event"),
    ("reason_unmentioned", "does not mention"),
    ("reason_unsaid", "does not say"),
    ("reason_numbers", "does not give the claim's numbers"),
    ("reason_related", "related, but does not state"),
)
"""Families of the rules' neutral reasons, by their opening words (one indicator each)."""

FEATURES: tuple[str, ...] = (
    "dense",
    "dense_gap",
    "dense_first",
    "rank",
    "score",
    "lexical",
    "claim_cover",
    "sentence_cover",
    "lemma_cover",
    "lemma_back_cover",
    "names_in_sentence",
    "names_in_article",
    "rival_names",
    "numbers_agree",
    "numbers_clash",
    "claim_numbers",
    "negation_mismatch",
    "antonym_hits",
    "stated_share",
    "unstated_words",
    "opposed_words",
    "denied_report",
    "rule_supports",
    "rule_refutes",
    "rule_clear",
    "rule_rival",
    *(name for name, _ in REASONS),
)
"""The feature names, in the order of ``stance_features``' columns."""

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"})
UNSTATED_CAP = 3
"""Claim words left unstated beyond this count alike (an off-topic sentence counts as this many)."""
SYNONYM_RANK = 2
"""WordNet senses (from the commonest) whose synonyms count as the same word."""


@lru_cache(maxsize=4096)
def _lemmas(text: str) -> tuple[tuple[str, str], ...]:
    """The text's content lemmas with their parts of speech, from its cached parse."""
    return tuple(
        (t.lemma_.lower(), t.pos_)
        for t in dependency_parse(text, entities=False)
        if t.pos_ in CONTENT_POS and not t.is_stop
    )


@lru_cache(maxsize=8192)
def _synonyms(lemma: str, pos: str) -> frozenset[str]:
    letter = WORDNET_LETTER.get(pos)
    """The stems of the lemma and its WordNet synonyms."""
    words = {lemma} | (set(wordnet().synonyms(lemma, letter, SYNONYM_RANK)) if letter else set())
    return frozenset(word_stem(w) for w in words)


@lru_cache(maxsize=8192)
def _antonyms(lemma: str, pos: str) -> frozenset[str]:
    """The stems of the lemma's WordNet antonyms (verbs, adjectives, adverbs)."""
    letter = WORDNET_LETTER.get(pos)
    if letter not in {"v", "a", "r"}:
        return frozenset()
    return frozenset(word_stem(w) for w in wordnet().antonyms(lemma, letter, SYNONYM_RANK))


def _lemma_share(wanted: tuple[tuple[str, str], ...], have: tuple[tuple[str, str], ...]) -> float:
    """The share of ``wanted`` lemmas that ``have`` holds as the same lemma or a WordNet synonym
    (compared by stem: the small model lemmatises "barracks" one way here, another there)."""
    if not wanted:
        return 0.0
    pool = {word_stem(lemma) for lemma, _ in have}
    return sum(bool(_synonyms(lemma, pos) & pool) for lemma, pos in wanted) / len(wanted)


def _negated(text: str) -> bool:
    return any(t.lower_ in NEGATION_CUES for t in dependency_parse(text, entities=False))


@dataclass(frozen=True)
class Peers:
    """Where the sentence stands among the sentences retrieved for the claim: the sentence that
    states a claim is most often the closest of them, whatever its own cosine."""

    best_dense: float
    rank: int
    """Its place in the retrieval order (0: first)."""


def _aligned(claim: str, hit: EvidenceSentence, covered: float, tune: CheckTuning) -> Alignment | None:
    """How the sentence states the claim's content words (``bot.alignment.stated_words``, as the
    rules align it), on topic only (``stated_dense``, ``stated_coverage``)."""
    if hit.dense < tune.stated_dense or covered < tune.stated_coverage:
        return None
    return stated_in(claim, hit, claim_context(hit, tune), tune)


def stance_features(
    claim: str, hit: EvidenceSentence, rule: Any, peers: Peers, tune: CheckTuning
) -> list[float]:
    """One row of ``FEATURES`` for the pair; ``rule`` is the hand rules' ``Judgement``."""
    text = hit.chunk.text
    claim_tokens = list(dict.fromkeys(tokens(claim)))
    text_tokens = list(dict.fromkeys(tokens(text)))
    sentence = terms(text)
    claim_pool = terms(claim)
    mine, theirs = _lemmas(claim), _lemmas(text)
    names = [e for e in parse(claim).entities if e.label in NAME_LABELS]
    name_words = [w for e in names for w in tokens(e.text)]
    article = hit.article_tokens
    claim_labels = {e.label for e in names}
    claim_names = {e.text.lower() for e in names}
    rivals = [
        e
        for e in hit.parsed.entities
        if e.label in claim_labels
        and e.text.lower() not in claim_names
        and not claim_pool.has(e.text.lower())
    ]
    claim_q, text_q = counts(claim), counts(text)
    pairs = [(c, e) for c in claim_q for e in text_q if c.unit and same_measure(c.unit, e.unit)]
    pool = {word_stem(lemma) for lemma, _ in theirs}
    antonyms = sum(bool(_antonyms(lemma, pos) & pool) for lemma, pos in mine)
    reason = rule.reason
    covered = sentence.share(claim_tokens)
    aligned = _aligned(claim, hit, covered, tune)
    stated = len(aligned.stated) if aligned else 0
    unstated = len(aligned.unstated) if aligned else UNSTATED_CAP
    row = {
        "dense": hit.dense,
        "dense_gap": hit.dense - peers.best_dense,
        "dense_first": float(hit.dense >= peers.best_dense),
        "rank": math.log1p(peers.rank),
        "score": hit.score,
        "lexical": hit.lexical,
        "claim_cover": covered,
        "sentence_cover": claim_pool.share(text_tokens),
        "lemma_cover": _lemma_share(mine, theirs),
        "lemma_back_cover": _lemma_share(theirs, mine),
        "names_in_sentence": sentence.share(name_words) if name_words else 1.0,
        "names_in_article": article.share(name_words) if name_words else 1.0,
        "rival_names": float(min(len(rivals), 3)),
        "numbers_agree": float(any(agree(c, e) for c, e in pairs)),
        "numbers_clash": float(bool(pairs) and not any(agree(c, e) for c, e in pairs)),
        "claim_numbers": float(bool(claim_q)),
        "negation_mismatch": float(_negated(claim) != _negated(text)),
        "antonym_hits": float(min(antonyms, 2)),
        "stated_share": stated / (stated + unstated) if stated + unstated else 0.0,
        "unstated_words": float(min(unstated, UNSTATED_CAP)),
        "opposed_words": float(bool(aligned and aligned.opposed)),
        "denied_report": float(bool(aligned and aligned.denial)),
        "rule_supports": float(rule.stance is Stance.SUPPORTS),
        "rule_refutes": float(rule.stance is Stance.REFUTES),
        "rule_clear": float(rule.clear),
        "rule_rival": float(bool(rule.rival)),
        **{
            name: float(rule.stance is Stance.NEUTRAL and reason.startswith(opening))
            for name, opening in REASONS
        },
    }
    return [row[f] for f in FEATURES]


@dataclass(frozen=True)
class StanceModel(LinearFit):
    """A fitted multinomial logistic regression over standardised ``FEATURES``: ``weights`` is
    (features, classes) in ``CLASSES`` order, ``bias`` per class."""

    FEATURES: ClassVar[tuple[str, ...]] = FEATURES
    WHAT: ClassVar[str] = "stance model"

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "classes": [str(c) for c in CLASSES]}

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """Each row's probability of each class (columns in ``CLASSES`` order)."""
        z = self.logits(rows)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=float)

    def stance(
        self, claim: str, hit: EvidenceSentence, rule: Any, peers: Peers, tune: CheckTuning
    ) -> tuple[Stance, float]:
        """The side the model gives the pair when that side's probability reaches ``min_p``
        (support or refute only; ``tune.stance_model_min_p``), else neutral; with the probability."""
        p = self.probabilities(np.array([stance_features(claim, hit, rule, peers, tune)], dtype=float))[0]
        side = 1 if p[1] >= p[2] else 2
        if p[side] >= tune.stance_model_min_p:
            return CLASSES[side], float(p[side])
        return Stance.NEUTRAL, float(p[0])


@cache
def load_stance_model(path: str) -> StanceModel | None:
    """The fitted model stored at ``path`` (read once), or None when no fit was stored."""
    return read_fit(path, StanceModel)
