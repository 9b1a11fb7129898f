"""Claim verdicts: align the claim with each source's statements, then compare values.

A source supports a claim when one of its sentences says the same thing (close in meaning,
covering the claim's words, names and numbers, same polarity); it refutes it when an aligned
sentence gives an incompatible value: a count whose interval does not overlap, another name
of the same kind in the same role, the opposite polarity. Supporting and refuting sources
together make the claim ``conflicting``; no aligned sentence means ``not_enough_info``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot.evidence import Corpus, EvidenceSentence, terms
from bot.nlp import dependency_parse, parse
from bot.retrieve import Retriever
from bot.text import TokenPool, cue_words, tokens, word_stem
from bot.types import Evidence, Label, Stance, Verdict
from bot.values import YEARS, Quantity, agree, parse_quantities, same_measure
from index.lexicon import DIRECTIONS, NAME_LABELS, NEGATION_CUES, WEEKDAYS
from index.settings import Settings
from index.tuning import CheckTuning

MENTIONED_LABELS = frozenset(NAME_LABELS) | {"DATE"}
"""Entities of a claim its evidence must mention: names, and dates too ("on Monday")."""


@dataclass(frozen=True)
class Judgement:
    stance: Stance
    strength: float
    reason: str


class Checker:
    def __init__(self, retriever: Retriever, settings: Settings) -> None:
        self.retriever, self.settings = retriever, settings
        self.tune = settings.tuning.check

    def check(self, claim: str) -> Verdict:
        found = self.retriever.search(claim)
        qvec, hits = found.vector, found.sentences
        best: dict[str, tuple[list[EvidenceSentence], Judgement]] = {}
        for hit in hits[: self.tune.judged_sentences]:
            shown, judged = [hit], judge(claim, hit, self.tune)
            if judged.stance is Stance.NEUTRAL and judged.reason != UNRELATED:
                pair = self._with_previous(claim, hit, qvec)
                if pair is not None:
                    shown, judged = pair
            current = best.get(hit.chunk.doc)
            if current is None or _rank(judged) > _rank(current[1]):
                best[hit.chunk.doc] = (shown, judged)
        evidence = [
            _evidence(h, j)
            for shown, j in sorted(best.values(), key=lambda x: -_rank(x[1]))
            if j.stance is not Stance.NEUTRAL or shown[-1].score >= self.settings.min_evidence
            for h in shown
        ][: self.tune.shown_evidence]
        supports = sorted({e.doc for e in evidence if e.stance is Stance.SUPPORTS})
        refutes = sorted({e.doc for e in evidence if e.stance is Stance.REFUTES})
        if supports and refutes:
            label = Label.CONFLICTING
            note = f"Sources disagree: {', '.join(supports)} support it; {', '.join(refutes)} contradict it."
        elif supports:
            label = Label.SUPPORTED
            note = f"Supported by {', '.join(supports)}" + (
                " (one source only)." if len(supports) == 1 else "."
            )
        elif refutes:
            label = Label.REFUTED
            note = f"Contradicted by {', '.join(refutes)}."
        else:
            label = Label.NOT_ENOUGH_INFO
            note = "No indexed article states this or its opposite."
        return Verdict(claim, label, evidence, note)

    def _with_previous(
        self, claim: str, hit: EvidenceSentence, qvec: np.ndarray
    ) -> tuple[list[EvidenceSentence], Judgement] | None:
        """A claim told over two sentences ("X evacuated 318 nationals. A flight brought them home")."""
        previous = hit.previous
        if previous is None:
            return None
        vec = previous.vector
        dense = float(np.dot(vec, qvec)) if vec is not None else 0.0
        pair = hit.rescored(
            text=previous.text + " " + hit.chunk.text, dense=max(hit.dense, dense), score=hit.score
        )
        judged = judge(claim, pair, self.tune)
        if judged.stance is not Stance.SUPPORTS:
            return None  # two sentences may complete a claim; contradicting one takes one sentence
        return [previous.rescored(dense=dense, score=hit.score), hit], judged


def _rank(j: Judgement) -> float:
    return j.strength + (0.0 if j.stance is Stance.NEUTRAL else 1.0)


def _evidence(hit: EvidenceSentence, j: Judgement) -> Evidence:
    c = hit.chunk
    return Evidence(c.doc, c.start, c.end, c.text, j.stance, round(hit.score, 4), c.outlet, c.title, j.reason)


def judge(claim: str, hit: EvidenceSentence, tune: CheckTuning) -> Judgement:
    """The stance of one retrieved sentence towards the claim, with the reason in words."""
    text = hit.chunk.text
    sentence = terms(text)
    article = hit.article_tokens
    corpus = hit.corpus
    nearby = terms(hit.window(before=tune.rival_window, after=tune.rival_window))
    claim_tokens = tokens(claim)
    covered = sentence.share(claim_tokens)
    counts_same_thing = any(
        same_measure(e.unit, c.unit)
        for c in parse_quantities(claim)
        for e in parse_quantities(text)
        if c.unit
    )
    aligned = (hit.dense >= tune.aligned_dense and covered >= tune.aligned_coverage) or (
        counts_same_thing and hit.dense >= tune.count_aligned_dense and covered >= tune.count_aligned_coverage
    )
    strong = hit.dense >= tune.strong_dense and covered >= tune.strong_coverage
    if not aligned:
        return Judgement(Stance.NEUTRAL, hit.score, UNRELATED)

    evidence_verbs = _verbs(text)
    unstated = _unstated_predicate(claim, sentence, evidence_verbs, corpus)
    if unstated:
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say {unstated}")
    order = [w for w in _ORDER.findall(claim.lower()) if not re.search(rf"\b{w}\b", text.lower())]
    if order:
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say what came {order[0]}")
    clash = _quantity_clash(claim, text)
    if clash is not None and clash.stance is Stance.REFUTES:
        return Judgement(clash.stance, hit.score, clash.reason)
    name_clash = _name_clash(claim, text, sentence, nearby)
    if name_clash and strong:  # "900 troops in Iraq" is not supported by "900 troops in Syria"
        return Judgement(Stance.REFUTES, hit.score, name_clash)
    if clash is not None and strong:
        return Judgement(clash.stance, hit.score, clash.reason)
    names = set(_names(claim))
    shared = TokenPool(t for t in claim_tokens if t not in names and sentence.has(t))
    window = tune.negation_window
    if (
        strong
        and covered >= tune.negation_coverage
        and negated_near(claim, shared, window) != negated_near(text, shared, window)
    ):
        return Judgement(Stance.REFUTES, hit.score, "one says it happened, the other that it did not")
    missing_names = [t for t in names if not (sentence.has(t) or article.has(t))]
    if missing_names:
        return Judgement(Stance.NEUTRAL, hit.score, f"does not mention {', '.join(sorted(missing_names))}")
    objects = _objects(claim)
    missing_verbs = [
        v
        for v in _verbs(claim)
        if not sentence.has(word_stem(v))
        and not any(corpus.similar(v, e) for e in evidence_verbs)
        and not (objects.get(v) and all(sentence.has(t) for t in tokens(objects[v])))
    ]
    claim_quantities = parse_quantities(claim)
    numbers_agree = _all_quantities_agree(claim_quantities, parse_quantities(text), tune.same_figure_min)
    if missing_verbs:
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say {', '.join(missing_verbs)}")
    if not numbers_agree:
        return Judgement(Stance.NEUTRAL, hit.score, "does not give the claim's numbers")
    if (strong and covered >= tune.support_coverage) or (
        hit.dense >= tune.support_dense and covered >= tune.close_support_coverage
    ):
        return Judgement(
            Stance.SUPPORTS, hit.score, "gives a compatible number" if claim_quantities else "states the same"
        )
    return Judgement(Stance.NEUTRAL, hit.score, "related, but does not state the claim")


_CUE = re.compile(r"\b(" + "|".join(re.escape(c) for c in NEGATION_CUES) + r")\b", re.I)


def negated_near(text: str, shared: TokenPool, window: int) -> bool:
    """A negation within ``window`` words before one of the words both texts share (not a name)."""
    words = cue_words(text)
    for i, word in enumerate(words):
        if _CUE.fullmatch(word):
            following = tokens(" ".join(words[i + 1 : i + 1 + window]))
            if any(shared.has(t) for t in following):
                return True
    return False


_ORDER = re.compile(r"\b(before|after|until|earlier than|later than|prior to)\b")
UNRELATED = "not about the same thing"


def _objects(text: str) -> dict[str, str]:
    """Verb (as written) -> its object: "received asylum" and "was granted asylum" share "asylum"."""
    out = {}
    for tok in dependency_parse(text):
        if tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN":
                    out[tok.text.lower()] = c.text
    return out


def _unstated_predicate(claim: str, sentence: TokenPool, verbs: list[str], corpus: Corpus) -> str:
    """A copular claim's predicate ("are in US custody"): what it says of its subject."""
    for tok in dependency_parse(claim):
        if tok.dep_ != "ROOT" or tok.lemma_.lower() != "be":
            continue
        heads = [c for c in tok.children if c.dep_ in {"attr", "acomp"}]
        heads += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            word = head.text.lower()
            stated = sentence.has(word_stem(word)) or any(corpus.similar(word, v) for v in verbs)
            if tokens(word) and not stated:
                return word
    return ""


def _verbs(text: str) -> list[str]:
    """Content verbs as written: the sentence model compares "fled" and "flee", not stems."""
    return [v for v in parse(text).verbs if tokens(v)]


def _quantity_clash(claim: str, text: str) -> Judgement | None:
    """Refutes on any count of the same thing that differs; supports only when all of them agree."""
    evidence = parse_quantities(text)
    agreed: list[str] = []
    unchecked = False
    for cq in parse_quantities(claim):
        same = [eq for eq in evidence if same_measure(eq.unit, cq.unit)]
        if not same:
            unchecked = True
            continue
        matching = [eq for eq in same if agree(eq, cq)]
        if not matching:
            return Judgement(Stance.REFUTES, 1.0, f"gives {same[0].text}, not {cq.text}")
        agreed.append(f"{matching[0].text} {cq.unit}".strip())
    if agreed and not unchecked:
        return Judgement(Stance.SUPPORTS, 1.0, "gives " + ", ".join(agreed))
    return None


def _all_quantities_agree(claim_q: list[Quantity], evidence: list[Quantity], figure_min: int) -> bool:
    """Every number in the claim is in the evidence, counting the same thing when both say what.

    The very same figure ("318 citizens", "318 nationals") agrees whatever its noun: an exact
    count of that size is rarely a coincidence. Refuting always takes the same unit.
    """
    return all(
        any(
            agree(e, c)
            and (not c.unit or not e.unit or same_measure(e.unit, c.unit) or _same_figure(e, c, figure_min))
            for e in evidence
        )
        for c in claim_q
    )


def _same_figure(a: Quantity, b: Quantity, figure_min: int) -> bool:
    return (
        a.exact and b.exact and a.low == b.low >= figure_min and a.unit not in YEARS and b.unit not in YEARS
    )


def _names(text: str) -> list[str]:
    return [t for ent in parse(text).entities if ent.label in MENTIONED_LABELS for t in tokens(ent.text)]


CLASH_LABELS = {"PERSON", "GPE", "LOC", "FAC", "DATE"}
"""Labels the small NER model tags reliably enough to contradict on (not ORG/NORP)."""


def _name_clash(claim: str, text: str, sentence: TokenPool, nearby: TokenPool) -> str:
    """A name in the claim the evidence lacks, where the evidence has another of the same kind."""
    claim_ents = parse(claim).entities
    evidence_ents = parse(text).entities
    claim_pool = TokenPool(tokens(claim))
    for ent in claim_ents:
        if ent.label not in CLASH_LABELS:
            continue
        words = tokens(ent.text)
        if not words or all(sentence.has(w) for w in words):
            continue
        rivals = [
            e.text
            for e in evidence_ents
            if _same_kind(e.label, ent.label) and not any(claim_pool.has(w) for w in tokens(e.text))
        ]
        if rivals and not all(nearby.has(w) for w in words):
            return f"names {rivals[0]}, not {ent.text}"
    claim_dirs = {w for w in re.findall(r"[a-z]+", claim.lower()) if w in DIRECTIONS}
    text_dirs = {w for w in re.findall(r"[a-z]+", text.lower()) if w in DIRECTIONS}
    if claim_dirs and text_dirs and not claim_dirs & text_dirs:
        return f"says {', '.join(sorted(text_dirs))}, not {', '.join(sorted(claim_dirs))}"
    claim_days = {w for w in re.findall(r"[a-z]+", claim.lower()) if w in WEEKDAYS}
    text_days = {w for w in re.findall(r"[a-z]+", text.lower()) if w in WEEKDAYS}
    if claim_days and text_days and not claim_days & text_days:
        return f"says {', '.join(sorted(text_days))}, not {', '.join(sorted(claim_days))}"
    return ""


def _same_kind(a: str, b: str) -> bool:
    places = {"GPE", "LOC", "FAC"}
    return a == b or (a in places and b in places)
