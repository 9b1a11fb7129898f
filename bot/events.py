"""Same event: values from articles about other events never join an answer or a disagreement.

Over a pile of articles from many years, a question's value groups gather sentences whose words
fit but whose event does not (another year's strikes, another war's length, another country's
evacuation). Two articles report one event when both are dated and appeared within the
reporting window of each other (a toll rises over days), or, when either is undated, when they
are close in meaning as wholes (the mean of their sentences' vectors): articles about one story
share most of what they say, articles about another event only the setting. The answer's
best evidence anchors the event; every value and citation from an article off that event is
dropped before the answer or the disagreement is built.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta
from typing import Protocol

import numpy as np

from bot.conflicts import Group
from bot.count_owner import counts
from bot.dates import Period, parse_iso, periods_in
from bot.evidence import Corpus, EvidenceSentence
from bot.nlp import dependency_parse
from bot.text import TokenPool, tokens
from index.lexicon import TIME_LABELS, WEEKDAYS
from index.tuning import AnswerTuning, CheckTuning


class Dated(Protocol):
    """Anything from one article: a value (``Candidate``) or a sentence (``Chunk``)."""

    @property
    def doc(self) -> str: ...

    @property
    def date(self) -> str: ...


def same_event(a: Dated, b: Dated, corpus: Corpus, tune: AnswerTuning) -> bool:
    """The two articles report one event: the same article; both dated within
    ``report_lag_days`` of each other; or, with a date missing, mean vectors at least
    ``same_event_similarity`` apart in cosine (an article without vectors is given the benefit)."""
    if a.doc == b.doc:
        return True
    day_a, day_b = parse_iso(a.date), parse_iso(b.date)
    if day_a is not None and day_b is not None:
        return abs((day_a - day_b).days) <= tune.report_lag_days
    va, vb = corpus.article_vector(a.doc), corpus.article_vector(b.doc)
    if va is None or vb is None:
        return True
    return float(va @ vb) >= tune.same_event_similarity


def retelling(anchor: str, ids: list[str], corpus: Corpus, tune: AnswerTuning) -> set[str]:
    """The sentences (by chunk id) that retell the anchor sentence: stored vectors at least
    ``same_report_similarity`` apart, as two outlets' wordings of one report are."""
    said = corpus.sentence_vectors([anchor, *ids]) if ids else {}
    mine = said.get(anchor)
    if mine is None:
        return set()
    return {i for i in ids if i in said and float(mine @ said[i]) >= tune.same_report_similarity}


def on_event(
    groups: list[Group],
    corpus: Corpus,
    floor: float,
    tune: AnswerTuning,
    stated_of: frozenset[str] | set[str] = frozenset(),
) -> list[Group]:
    """The value groups (best first) with only the members whose article reports the leading
    group's event; groups left empty or below ``floor`` go, the rest are re-ranked. Without
    dates, a value sentence that retells the anchor's (``same_report_similarity``) is the same
    report even where the two articles say much else (two outlets' short items on one event).
    A sentence in ``stated_of`` (chunk ids) states a fact of the described subject itself (see
    ``entity_answers.Split``): another fact about the same thing, not another event, so it stays
    even in an article otherwise about something else, when that article is undated (a reference
    page); a dated report's sentence belongs to its day's event, whatever subject it describes."""
    if not groups:
        return groups
    anchor = max(groups[0].members, key=lambda m: m.score)
    undated = [m for g in groups for m in g.members if not (parse_iso(anchor.date) and parse_iso(m.date))]
    corpus.load_article_vectors([anchor.doc, *[m.doc for m in undated]] if undated else [])
    near = retelling(anchor.chunk_id, [m.chunk_id for m in undated], corpus, tune)
    kept = []
    for g in groups:
        members = [
            m
            for m in g.members
            if m.chunk_id in near
            or (m.chunk_id in stated_of and parse_iso(m.date) is None)
            or same_event(anchor, m, corpus, tune)
        ]
        if members:
            kept.append(Group(members))
    return sorted((g for g in kept if g.score >= floor), key=lambda g: -g.score)


def retold(
    lead: Group, corpus: Corpus, tune: AnswerTuning, question: np.ndarray | None = None
) -> list[EvidenceSentence]:
    """Other outlets' sentences that report the lead value's event in their own words ("the
    toll rose to 21", "initial reports said over 15 died"), which the question's words may not
    find: the ``retold_neighbours`` sentences nearest in meaning to the lead's sentences (their
    mean vector), and to that mean plus the ``question`` (one odd lead sentence does not steer
    the search), at least ``retold_similarity`` close, from other articles dated within
    ``retold_days`` of the lead's best one. Nothing without a date: the day is what ties two
    outlets' differently worded tolls to one event. Each gets the lead's best score times
    ``retold_share`` (a retelling is evidence nearly as strong as what it retells)."""
    anchor = max(lead.members, key=lambda m: m.score)
    day = parse_iso(anchor.date)
    said = corpus.sentence_vectors([m.chunk_id for m in lead.members]) if day is not None else {}
    if day is None or not said:
        return []
    probes = [_unit(np.mean(list(said.values()), axis=0))]
    if question is not None:
        probes.append(_unit(probes[0] + _unit(question)))
    own = {m.doc for m in lead.members}
    out: dict[str, EvidenceSentence] = {}
    for probe in probes:
        for hit, cosine in corpus.nearest(probe, tune.retold_neighbours):
            when = parse_iso(hit.chunk.date)
            if hit.doc in own or when is None or cosine < tune.retold_similarity:
                continue
            if abs((when - day).days) <= tune.retold_days:
                out.setdefault(hit.chunk.id, hit.rescored(score=anchor.score * tune.retold_share))
    return list(out.values())


def told_by_question(lead: Group, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[EvidenceSentence]:
    """The question's own retrieved sentences from other articles dated within ``retold_days`` of
    the lead's best one, scored as a retelling (``retold_share`` of the lead's score): another
    outlet's report of the lead's event found by the question's names, which may word the deed
    too briefly for the predicate gate ("nine died on Friday" for "how many did the
    shelling of X kill"). The caller keeps only those stating the question's deed. Nothing
    undated: the day is what ties a short report to the lead's event."""
    anchor = max(lead.members, key=lambda m: m.score)
    day = parse_iso(anchor.date)
    if day is None:
        return []
    own = {m.doc for m in lead.members}
    out: dict[str, EvidenceSentence] = {}
    for hit in hits:
        when = parse_iso(hit.chunk.date)
        if hit.doc in own or when is None or abs((when - day).days) > tune.retold_days:
            continue
        out.setdefault(hit.chunk.id, hit.rescored(score=anchor.score * tune.retold_share))
    return list(out.values())


def event_articles(
    lead: Group, docs: list[str], corpus: Corpus, tune: AnswerTuning
) -> list[EvidenceSentence]:
    """The opening ``event_opening`` sentences of the articles ``docs`` (those best covering
    the question's words) dated within ``retold_days`` of the lead's best one, other than the
    lead's own: another outlet's report of the same event names the question's names somewhere
    in it and gives its figures up front, while its value sentence may word the deed in words no
    search for the question ranks ("at least 16 civilians were killed on Friday"); further down,
    an article tells background and other events, so a sentence must be at least
    ``event_similarity`` close in meaning to one of the lead's. The caller reads them as the
    question's own hits (``told_by_question``: those stating the question's deed). Nothing undated."""
    anchor = max(lead.members, key=lambda m: m.score)
    day = parse_iso(anchor.date)
    if day is None:
        return []
    own = {m.doc for m in lead.members}
    out: list[EvidenceSentence] = []
    for doc in docs:
        if doc in own:
            continue
        said = corpus.opening(doc, tune.event_opening)
        when = parse_iso(said[0].chunk.date) if said else None
        if when is not None and abs((when - day).days) <= tune.retold_days:
            out += said
    if not out:
        return []
    leads = [m.chunk_id for m in lead.members]
    vectors = corpus.sentence_vectors([*leads, *(h.chunk.id for h in out)])
    told = [vectors[i] for i in leads if i in vectors]
    return [
        h
        for h in out
        if h.chunk.id in vectors
        and max((float(np.dot(v, vectors[h.chunk.id])) for v in told), default=1.0) >= tune.event_similarity
    ]


def _unit(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v


def event_sentences(
    claim: str,
    period: Period | None,
    names: list[str],
    qvec: np.ndarray,
    corpus: Corpus,
    seen: Collection[str],
    tune: CheckTuning,
) -> list[EvidenceSentence]:
    """The claim's event told by articles the search never reached: a claim naming a place and
    one short ``period`` (``claim_period``: a day, a month's third) is about one event, and every
    article published in it or within
    ``event_article_days`` after it that names all its ``names`` (``claim_names``) in its title or first sentence (``_about``) reports that day's events there,
    whatever its wording; each such article's ``event_article_sentences`` sentences closest to the
    claim (``qvec``) that give a count (of anything: the judge compares the counted thing) are judged beside the retrieved ones
    (ids in ``seen`` left out), from the ``event_article_count`` articles whose best one is
    closest; the caller scores them (found by the day, not the words)."""
    claimed = counts(claim)
    if period is None or not names or len(claimed) != 1:
        return []
    docs = corpus.published_between(period.start, period.end + timedelta(days=tune.event_article_days))
    found: list[tuple[float, list[EvidenceSentence]]] = []
    for doc in docs:
        if not _about(corpus, doc, names):
            continue
        said = [s for s in corpus.sentences_of(doc) if s.chunk.id not in seen and counts(s.chunk.text)]
        if not said:
            continue
        corpus.load_vectors(said)
        scored = sorted(
            (s.rescored(dense=float(np.dot(s.vector, qvec))) for s in said if s.vector is not None),
            key=lambda s: -s.dense,
        )[: tune.event_article_sentences]
        if scored:
            found.append((scored[0].dense, scored))
    found.sort(key=lambda x: -x[0])
    return [s for _, best in found[: tune.event_article_count] for s in best]


def claim_period(claim: str, most_days: int) -> Period | None:
    """The one period of at most ``most_days`` days a claim names ("on 3 May 2031", "late May
    2031"), None when it names none, a longer one or several."""
    found = set(periods_in(claim))
    one = found.pop() if len(found) == 1 else None
    return one if one is not None and (one.end - one.start).days < most_days else None


def claim_names(claim: str) -> list[str]:
    """The claim's proper nouns that are no time ("Velm", "Tarvia"; not "May" or "Sunday"): what
    pins its event to a place and its doers, read from the parse whatever label the small entity
    model gives a name (a town read as a nationality or a title is still a proper noun)."""
    doc = dependency_parse(claim)
    return list(
        dict.fromkeys(
            t.text
            for t in doc
            if t.pos_ == "PROPN" and t.ent_type_ not in TIME_LABELS and t.text.lower() not in WEEKDAYS
        )
    )


def _about(corpus: Corpus, doc: str, names: list[str]) -> bool:
    """The article names every one of ``names`` in its title or first sentence: where it says
    what it reports; an article about another place may name the claim's in passing (a tag, a
    background line) and give another event's toll."""
    opening = corpus.opening(doc, 1)
    pool = TokenPool(tokens(" ".join(f"{s.chunk.title} {s.chunk.text}" for s in opening)))
    return bool(opening) and all(_names(pool, n) for n in names)


def _names(pool: TokenPool, name: str) -> bool:
    """The article's words hold the name's words."""
    return all(pool.has(t) for t in tokens(name))
