"""Accounts of one count: a figure as one sentence gives it, and the other articles' sentences
that give another figure for the same count ("a hundred raids" in one outlet, "hundreds of
raids" in another). Answers (``Answerer._other_accounts``) and verdicts (``check.figure_rivals``)
both look for the second account here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from bot.conflicts import Candidate
from bot.count_owner import counts
from bot.dates import within_days
from bot.evidence import Corpus, EvidenceSentence
from bot.values import Quantity, parse_quantities, rival_figure, same_report, strict_at, unit_matches
from index.tuning import AnswerTuning


@dataclass(frozen=True, eq=False)
class Account:
    """One figure for a count, as one retrieved sentence gives it (each account is itself only)."""

    hit: EvidenceSentence
    figure: Quantity

    @property
    def doc(self) -> str:
        return self.hit.chunk.doc

    def gives(self, figure: Quantity, slack: float) -> bool:
        """Its sentence gives ``figure`` too (one report of the same thing): any other figure it
        gives counts another deed ("killed 10 and injured 41 others": the 41 is no second toll)."""
        return any(
            unit_matches(e.unit, figure.unit) and same_report(figure, e, slack) for e in counts(self.hit.text)
        )


def rival_accounts(
    source: Account, others: Sequence[Account], tune: AnswerTuning, retold: Collection[str] = ()
) -> list[Account]:
    """The accounts among ``others`` (in their order) that give another figure for ``source``'s
    count: in another article dated within ``rival_days`` of the source's or undated (another
    day's figure revises a toll or tells another event), in a sentence not giving the source's figure too
    (``Account.gives``), with a rival figure (``bot.values.rival_figure``, each figure read in
    its article: ``loosened``) at the sentence model's closeness of the two sentences; a sentence whose id is in ``retold`` (the source's
    retellings, ``bot.events.retold``) counts as at least ``retold_similarity`` close."""
    slack = tune.bound_slack
    wanted = {a.hit.chunk.id: a.hit for a in [source, *others]}
    source.hit.corpus.load_vectors(list(wanted.values()))  # one store call, each sentence once
    figure = loosened(source.figure, source.hit)
    giving: dict[str, bool] = {}  # per sentence: it gives the source's figure too
    out = []
    for other in others:
        if other.doc == source.doc or not within_days(
            source.hit.chunk.date, other.hit.chunk.date, tune.rival_days
        ):
            continue
        closeness = _closeness(source.hit, other.hit)
        if other.hit.chunk.id in retold:
            closeness = max(closeness, tune.retold_similarity)
        if not rival_figure(
            figure, loosened(other.figure, other.hit), closeness, tune.retold_similarity, slack
        ):
            continue
        key = other.hit.chunk.id
        if key not in giving:
            giving[key] = other.gives(figure, slack)
        if not giving[key]:
            out.append(other)
    return out


def _closeness(a: EvidenceSentence, b: EvidenceSentence) -> float:
    """The sentence model's cosine of two sentences (0 where either has no stored vector)."""
    if a.vector is None or b.vector is None:
        return 0.0
    return float(np.dot(a.vector, b.vector))


def loosely_bounded(candidates: list[Candidate], corpus: Corpus) -> list[Candidate]:
    """The candidates, a strict bound at N ("more than 19 civilians") marked ``loose`` where its
    article also gives N itself or "at least N" for the same thing: one outlet's wording of N
    or more varies, so it is one report with another outlet's N; two outlets' counts differ
    where each keeps to its own figure ("more than 75" in one throughout, "75" in another)."""
    out = []
    for c in candidates:
        read = c.quantity if c.quantity is None else _read_in(c.quantity, corpus, c.doc)
        out.append(c if read is c.quantity else replace(c, quantity=read))  # the same candidate unless marked
    return out


def loosened(figure: Quantity, hit: EvidenceSentence) -> Quantity:
    """``figure`` as ``loosely_bounded`` reads it in ``hit``'s article."""
    return _read_in(figure, hit.corpus, hit.doc)


def _read_in(figure: Quantity, corpus: Corpus, doc: str) -> Quantity:
    """``figure`` marked ``loose`` where it is a strict bound its article ``doc`` also gives as itself."""
    if strict_at(figure, figure.low) and _gives_itself(figure, corpus.article_text(doc)):
        return replace(figure, loose=True)
    return figure


def _gives_itself(bound: Quantity, article: str) -> bool:
    """The article gives the bound's own figure for its counted thing, not as a strict bound."""
    return any(
        unit_matches(q.unit, bound.unit) and q.low == bound.low and not strict_at(q, q.low)
        for q in _figures(article)
    )


@lru_cache(maxsize=256)
def _figures(article: str) -> tuple[Quantity, ...]:
    return tuple(parse_quantities(article))
