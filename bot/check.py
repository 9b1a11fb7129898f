"""Claim verdicts: judge each source about the claim's event, then weigh the sources.

Every retrieved sentence is judged against the claim (``bot/stance.py``); each source (article)
keeps its clearest stance. A close source that only sets the scene of the claim's event is read
on a few sentences around it (a toll or a denial is often a few lines down), as a weak stance.
The verdict counts the sources that support, refute or do not
address the claim: both sides with sources make it ``conflicting``, except that weak
refutations (or supports) do not outweigh several clear sources on the other side
(``CheckTuning.outweigh_count``); no source taking a side means ``not_enough_info``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.accounts import Account, rival_accounts
from bot.amounts import Role, role
from bot.antecedents import refers_back
from bot.claim_periods import without_opening_time
from bot.conflicts import Candidate, Group
from bot.count_owner import counts, may_name_speaker
from bot.dates import within_days
from bot.denied_reports import PRESENT_SIMPLE, denied_by_doer, doer_denies_part
from bot.earlier_reports import names_elsewhere
from bot.events import claim_names, claim_period, event_sentences, retelling, retold, same_event
from bot.evidence import Corpus, EvidenceSentence
from bot.names import has_name, names_doubled
from bot.nlp import dependency_parse, parse
from bot.predicates import reported_clause, without_reporting_scene
from bot.retrieve import Retriever
from bot.revised import earlier_figures, names_earlier_report, revision_of
from bot.speaker_place import spoken_at
from bot.stance import (
    ACTOR_DENIAL,
    MENTIONED_LABELS,
    OFF_EVENT,
    RIVAL_BEGINNING,
    RIVAL_COUNT,
    RIVAL_DAY,
    UNMENTIONED,
    UNRELATED,
    Judgement,
    count_account,
    count_told_before,
    counted_alike,
    judge,
    negated_near,
    own_place,
    own_time,
    parse_ahead,
)
from bot.stance_model import Peers, StanceModel
from bot.text import TokenPool, tokens
from bot.types import Evidence, Label, SourceStance, Stance, Verdict
from bot.values import Quantity, same_report, unit_matches, written_figures
from bot.wordnet import wordnet
from index.lexicon import DENIAL_VERBS, NAME_LABELS, PLACE_LABELS, TIME_LABELS
from index.settings import Settings
from index.tuning import AnswerTuning, CheckTuning

if TYPE_CHECKING:
    from index.store import Chunk

__all__ = ["MENTIONED_LABELS", "Checker", "decide", "judge", "negated_near"]


class Checker:
    def __init__(self, retriever: Retriever, settings: Settings) -> None:
        self.retriever, self.settings = retriever, settings
        self.tune = settings.tuning.check
        self._leads: dict[str, Chunk | None] = {}
        self.observe: Callable[[str, EvidenceSentence, Judgement, Peers], None] | None = None
        """Sees each retrieved sentence judged for a claim with the rules' judgement
        (``scripts/fit_stance.py`` records them)."""
        self.model: StanceModel | None = None
        """A learned stance (``bot.stance_model``) asked where the rules say neutral; None: rules only."""
        self.model_everywhere = False
        """Ask ``model`` on every check, not only where the rules find no side."""

    def check(self, claim: str, lead: str = "") -> Verdict:
        """The claim's verdict by the rules (``_check``); when a learned stance is loaded
        (``model``) and the rules find no source taking a side, checked again with it asked where
        the rules say neutral (with ``model_everywhere``, asked on every check instead)."""
        if self.model is not None and self.model_everywhere:
            return self._check(claim, lead, self.model)
        verdict = self._check(claim, lead, None)
        if self.model is None or verdict.verdict is not Label.NOT_ENOUGH_INFO:
            return verdict
        return self._check(claim, lead, self.model)

    def _check(self, claim: str, lead: str, model: StanceModel | None) -> Verdict:
        """The claim's verdict, ``model`` (or None) asked where the rules say neutral. ``lead`` is the sentence setting its scene in its text (``scene_sentence``):
        a claim naming nothing of its own is searched with the lead's names and judged only on
        sources whose article names the lead's places (``scene_names``, ``scene_places``) or reports
        the lead itself (``_reports_lead``). A claim
        opening with its time is searched and judged without it, the time still checked on the
        articles' dates (``without_opening_time``); one opening with where its speaker spoke is
        judged without that (``without_reporting_scene``)."""
        if is_whole_sentence(claim, lead):
            lead = ""  # the claim is its scene sentence: it carries its own scene
        said, claim = claim, without_opening_time(without_reporting_scene(claim))
        when = said if claim != said else ""
        names = scene_names(claim, lead, self.tune.place_sense_rank)
        places = scene_places(claim, lead, self.tune.place_sense_rank)
        found = self.retriever.search(f"{claim} {names}" if names else claim)
        qvec, hits = found.vector, found.sentences
        if names:
            alone = self.retriever.search(claim)
            qvec = alone.vector
            found.corpus.load_vectors(hits)
            hits = [
                h if h.vector is None else h.rescored(dense=float(np.dot(h.vector, qvec)), score=h.score)
                for h in hits
            ]
            hits = _interleave(hits, alone.sentences, self.tune.judged_sentences // 2)
        hits = closer_to_content(hits, reported_clause(claim), found.corpus)
        best: dict[str, tuple[list[EvidenceSentence], Judgement]] = {}
        placed: set[str] = set()
        untaken: list[tuple[EvidenceSentence, Judgement]] = []
        unsided: list[tuple[EvidenceSentence, Judgement]] = []
        sides_seen: dict[tuple[str, Stance], tuple[list[EvidenceSentence], Judgement]] = {}
        judged_hits = judged_list(hits, self.tune.judged_sentences, self.tune.judged_head)
        judged_hits += self._event_sentences(claim, said, qvec, judged_hits, found.corpus)
        parse_ahead(claim, judged_hits, self.tune)
        best_dense = max((h.dense for h in judged_hits), default=0.0)
        anchor = self._lead_event(lead) if places else None
        for rank, hit in enumerate(judged_hits):
            shown, judged = [hit], self._judge(claim, hit, lead, when, Peers(best_dense, rank), model)
            if judged.stance is Stance.SUPPORTS and count_told_before(claim, hit, self.tune):
                pair = self._over_two_sentences(claim, hit, qvec, lead, when)  # cite the figure's sentence
                shown, judged = pair if pair is not None else (shown, judged)
            unnamed = self._unnamed(hit, places) if places and not _reports_lead(hit, anchor) else ""
            if places and not unnamed:
                placed.add(hit.chunk.doc)
            elif places and judged.reason != UNRELATED:
                judged = Judgement(Stance.NEUTRAL, hit.score, f"{UNMENTIONED}{unnamed}")
                best.setdefault(hit.chunk.doc, (shown, judged))
                continue
            if _untaken(judged, Stance.SUPPORTS):
                untaken.append((hit, judged))
            if judged.stance is Stance.NEUTRAL and not judged.reason.startswith(OFF_EVENT[0]):
                unsided.append((hit, judged))  # a name left out: a retelling may still tie it
            if judged.stance is Stance.NEUTRAL and judged.reason != UNRELATED:
                pair = self._over_two_sentences(claim, hit, qvec, lead, when, judged.reason)
                if pair is not None:
                    shown, judged = pair
            current = best.get(hit.chunk.doc)
            if current is None or _rank(judged) > _rank(current[1]):
                best[hit.chunk.doc] = (shown, judged)
            _keep_side(sides_seen, hit.chunk.doc, shown, judged)
        scenes = [  # an article naming the lead's places is about the text's scene: read around it
            (doc, shown[-1])
            for doc, (shown, judged) in best.items()
            if _sets_scene(shown[-1], judged, self.tune)
            or (doc in placed and judged.stance is Stance.NEUTRAL)
        ]
        ordered = sorted(scenes, key=lambda x: (x[0] not in placed, -x[1].dense))
        for doc, scene in ordered[: self.tune.nearby_sources]:
            found_nearby = self._nearby(claim, scene, qvec, lead, when)
            if found_nearby is not None:
                best[doc] = found_nearby
        rivals = figure_accounts(claim, untaken, best, self.tune, lead, when)  # may replace bests
        rivals += figure_rivals(claim, unsided, best, self.settings.tuning.answer)
        rivals += quoted_rivals(claim, best, qvec, self.settings, lead, when)
        rivals += revised_accounts(claim, best, qvec, self.tune, lead, when)  # may replace bests
        rivals += denied_accounts(best, sides_seen)
        rivals += told_denials(claim, best, rivals, self.tune)
        sided = supports_at_odds(claim, [*best.values(), *rivals], self.settings.tuning.answer.bound_slack)
        ranked = on_event(sorted(sided, key=lambda x: -_rank(x[1])), found.corpus, self.settings, anchor)
        evidence = [
            _evidence(h, j)
            for shown, j in ranked
            if j.stance is not Stance.NEUTRAL or shown[-1].score >= self.settings.min_evidence
            for h in shown
        ][: self.tune.shown_evidence]
        sources = [
            _source(shown[-1], j)
            for shown, j in ranked
            if j.stance is not Stance.NEUTRAL
            or (j.reason != UNRELATED and shown[-1].score >= self.settings.min_evidence)
        ]
        label, note = decide(sources, self.tune)
        return Verdict(said, label, evidence, note, sources)

    def _judge(
        self, claim: str, hit: EvidenceSentence, lead: str, when: str, peers: Peers, model: StanceModel | None
    ) -> Judgement:
        """The rules' judgement of a retrieved sentence; where they say neutral on a sentence about
        the claim, the learned stance when it takes a side with ``stance_model_min_p`` (a weak one)."""
        judged = judge(claim, hit, self.tune, lead, when)
        if self.observe is not None and model is None:
            self.observe(claim, hit, judged, peers)
        if model is None or judged.stance is not Stance.NEUTRAL:
            return judged
        side, p = model.stance(claim, hit, judged, peers, self.tune)
        if side is Stance.NEUTRAL:
            return judged
        return Judgement(side, hit.score, f"the stance model {side} it (p={p:.2f})")

    def _event_sentences(
        self, claim: str, said: str, qvec: np.ndarray, hits: list[EvidenceSentence], corpus: Corpus
    ) -> list[EvidenceSentence]:
        """The sentences of the claim's day's articles naming its names (``bot.events.event_sentences``),
        each scored as the weakest judged sentence: found by the day and place, not the words."""
        found = event_sentences(
            claim,
            claim_period(said, self.tune.event_period_days),
            claim_names(claim),
            qvec,
            corpus,
            {h.chunk.id for h in hits},
            self.tune,
        )
        floor = min((h.score for h in hits), default=0.0)
        return [h.rescored(dense=h.dense, score=floor) for h in found]

    def _lead_event(self, lead: str) -> Chunk | None:
        """The sentence that best reports the text's lead: a claim set in the lead's scene is about
        that event, so its sources must report it (a group claiming another bombing in that town
        says nothing of this one). One search per text."""
        if lead not in self._leads:
            if len(self._leads) >= LEADS_KEPT:
                self._leads.clear()  # a long-running server checks many texts
            hits = self.retriever.search(lead).sentences
            self._leads[lead] = hits[0].chunk if hits else None
        return self._leads[lead]

    def _unnamed(self, hit: EvidenceSentence, places: list[str]) -> str:
        """The first of the places the hit's article does not name, as written, by an alias or
        spelt another way ("Velmar"/"Vellmar"); "" when it names them all: a city named without
        the lead's village is as often another attack in that city as the same one."""
        answer, doubled = self.settings.tuning.answer, self.tune.doubled_min_letters
        aliases = hit.corpus.aliases(answer.alias_min_definitions)
        pool = hit.article_tokens
        return next(
            (
                p
                for p in places
                for t in tokens(" ".join(w for w in p.split() if w[:1].isupper()))  # not "province"
                if not (has_name(pool, t, aliases, answer) or names_doubled(pool, t, doubled))
            ),
            "",
        )

    def _nearby(
        self, claim: str, hit: EvidenceSentence, qvec: np.ndarray, lead: str = "", when: str = ""
    ) -> tuple[list[EvidenceSentence], Judgement] | None:
        """A source about the claim's event that only sets the scene in its best sentence
        ("did not give details on the blast") often states or denies the claim a few sentences
        on ("killing six and wounding 30", "no group has claimed it"): its clearest stance there."""
        span = self.tune.nearby_sentences
        around = [hit.corpus.sentence(c) for c in hit.neighbours(span, span) if c.seq != hit.chunk.seq]
        hit.corpus.load_vectors(around)
        found: tuple[list[EvidenceSentence], Judgement] | None = None
        for near in around:
            vec = near.vector
            dense = float(np.dot(vec, qvec)) if vec is not None else 0.0
            scored = near.rescored(dense=dense, score=hit.score)
            judged = judge(claim, scored, self.tune, lead, when)
            if judged.stance is not Stance.NEUTRAL and (found is None or _rank(judged) > _rank(found[1])):
                found = [scored], replace(judged, clear=False)  # not retrieved for the claim: a weak stance
        return found

    def _over_two_sentences(
        self,
        claim: str,
        hit: EvidenceSentence,
        qvec: np.ndarray,
        lead: str = "",
        when: str = "",
        unsaid: str = "",
    ) -> tuple[list[EvidenceSentence], Judgement] | None:
        """A claim told over two adjacent sentences, judged as one piece of evidence: the hit with
        the one before it ("X evacuated 40 nationals. A flight brought them home"), or, where the
        hit leaves a named detail unsaid (``unsaid``, its reason: ``UNSAID_DETAIL``), with the one
        after it when that one leans back on it (``refers_back``: "X vowed to stop the group. He
        made this pledge on Monday"); a sentence naming its own doer or thing may be about another.
        Only a support is taken: contradicting one takes one sentence."""
        previous = hit.previous
        if previous is not None:
            joined = self._joined(claim, previous, hit, hit, qvec, lead, when)
            if joined is not None:
                return joined
        if not unsaid.startswith(UNSAID_DETAIL):
            return None
        following = hit.following
        if following is None or not refers_back(dependency_parse(following.chunk.text)):
            return None
        return self._joined(claim, hit, following, hit, qvec, lead, when)

    def _joined(
        self,
        claim: str,
        first: EvidenceSentence,
        second: EvidenceSentence,
        hit: EvidenceSentence,
        qvec: np.ndarray,
        lead: str,
        when: str,
    ) -> tuple[list[EvidenceSentence], Judgement] | None:
        """The two sentences' support for the claim, judged as one text as close as the closer
        of them (a blend of their vectors, closer than either, let a pair about one firm support a
        claim saying the opposite of the pair); None if no support."""
        hit.corpus.load_vectors([first, second])
        dense = {
            s.chunk.seq: float(np.dot(s.vector, qvec)) if s.vector is not None else 0.0
            for s in (first, second)
        }
        pair = hit.rescored(
            text=first.chunk.text + " " + second.chunk.text,
            dense=max(hit.dense, *dense.values()),
            score=hit.score,
        )
        judged = judge(claim, pair, self.tune, lead, when)
        if judged.stance is not Stance.SUPPORTS:
            return None
        shown = [
            s if s is hit else s.rescored(dense=dense[s.chunk.seq], score=hit.score) for s in (first, second)
        ]
        return shown, judged


UNSAID_DETAIL = ("does not say ", "does not mention ", "does not give", "does not name ")
"""The hit's reasons for taking no side that name what it leaves out (a verb, a name, the numbers):
only these may be completed by the sentence after it, not a sentence merely about the claim's event."""


def _reports_lead(hit: EvidenceSentence, anchor: Chunk | None) -> bool:
    """The hit's article holds the sentence that best reports the text's lead (``anchor``): it is
    the scene's own report, at the scene even where it words a place of the lead otherwise ("a
    deal signed in Velm" against the article's "a deal signed in the capital")."""
    return anchor is not None and hit.chunk.doc == anchor.doc


def closer_to_content(hits: list[EvidenceSentence], content: str, corpus: Corpus) -> list[EvidenceSentence]:
    """A claim reporting what someone said ("Velm's mayor said the pier will reopen") is as close to
    a sentence as the closer of the whole claim and what it reports (``content``, from
    ``bot.predicates.reported_clause``): a source quoting the words ("the pier will reopen," she
    said) or telling them in its own voice reads further from the speaker's name and verb than
    from what was said (the name is still sought in the sentence or its article). ``hits`` unchanged
    when the claim reports nothing."""
    if not content:
        return hits
    vector = corpus.embed(content)
    corpus.load_vectors(hits)
    return [
        h
        if h.vector is None
        else h.rescored(dense=max(h.dense, float(np.dot(h.vector, vector))), score=h.score)
        for h in hits
    ]


def figure_accounts(
    claim: str,
    untaken: list[tuple[EvidenceSentence, Judgement]],
    best: dict[str, tuple[list[EvidenceSentence], Judgement]],
    tune: CheckTuning,
    lead: str = "",
    when: str = "",
) -> list[tuple[list[EvidenceSentence], Judgement]]:
    """Other accounts of the claim's figure among the retrieved sentences taking no side
    (``_untaken``, read by ``bot.stance.count_account``): where a source supports the claim, another
    figure for its count (a rival account) makes the claim conflicting; where a source refutes it
    on its figure and none supports it, a sentence giving the claim's own figure for the same count
    does; where no source takes a side, one account giving the claim's figure and one giving
    another do. Each article's strongest account replaces its neutral best, and stands beside its
    own stance when the article itself gives both figures ("SANA said 25 were killed ... the
    Observatory said 21"); ``on_event`` keeps them only on one event."""
    stances = [j for _, j in best.values()]
    if any(j.stance is Stance.SUPPORTS for j in stances):
        wanted = [Stance.REFUTES]
    elif any(j.stance is Stance.REFUTES for j in stances):
        if not any(_on_figure(j) for j in stances):
            return []
        wanted = [Stance.SUPPORTS]
    else:
        wanted = [Stance.SUPPORTS, Stance.REFUTES]
    found: dict[tuple[str, Stance], tuple[list[EvidenceSentence], Judgement]] = {}
    for hit, judged in untaken:
        doc = hit.chunk.doc
        current = best.get(doc)
        account = count_account(claim, hit, tune, lead, when)
        if account is None or account.stance not in wanted or not _untaken(judged, account.stance):
            continue
        if current is not None and current[1].stance is account.stance:
            continue  # the article already takes this side
        key = (doc, account.stance)
        if key not in found or account.strength > found[key][1].strength:
            found[key] = ([hit], account)
    if {stance for _, stance in found} != set(wanted):
        return []  # with no side taken, both figures are needed
    out = []
    for (doc, _), entry in found.items():
        if doc in best and best[doc][1].stance is Stance.NEUTRAL:
            best[doc] = entry
        else:
            out.append(entry)
    return out


def figure_rivals(
    claim: str,
    untaken: list[tuple[EvidenceSentence, Judgement]],
    best: dict[str, tuple[list[EvidenceSentence], Judgement]],
    tune: AnswerTuning,
) -> list[tuple[list[EvidenceSentence], Judgement]]:
    """A claim of one count that a source clearly supports, or refutes by its figure for that
    count, is at odds with another article's sentence, taking no side, that is another account
    of the source's count (``bot.accounts.rival_accounts``: the source's own figure as a strict
    bound, or a sentence at ``retold_similarity`` of the source's, one event told twice, of the
    source's day) and gives the other side's figure: outside the claim's
    beside a support ("a hundred raids" in one outlet, "hundreds of raids" in another), the claim's
    own beside a refutation ("40 depots" against "more than 40 depots"). A source is a stance
    of its own sentence, not another account (``rival``). The sentences read are the claim's
    judged ones and the source sentence's retellings (``bot.events.retold`` without the claim's
    words, which would pull in other events' tolls: toll sentences are all worded alike). Such a sentence naming no place or time
    that neither the claim nor the source's article names is a weak stance resting on that
    account (``RIVAL_COUNT``), replacing its article's neutral best; ``on_event`` keeps it only on the source's event."""
    claim_counts = counts(claim)
    if len(claim_counts) != 1:
        return []
    claimed, slack = claim_counts[0], tune.bound_slack
    sources = [
        (shown[-1], figure, j.stance)
        for shown, j in best.values()
        if ((j.clear and j.stance is Stance.SUPPORTS) or _on_figure(j)) and not j.rival
        for figure in _source_figure(claimed, shown[-1], j, slack)
    ]
    sided = {doc for doc, (_, j) in best.items() if j.stance is not Stance.NEUTRAL}
    if not sources:
        return []
    corpus = sources[0][0].corpus
    retellings: dict[str, set[str]] = {}  # each source's retellings: close by the search itself
    read = {hit.chunk.id: hit for hit, _ in untaken}
    for source, figure, _ in sources:
        lead = Group([Candidate.of(source, figure.text, figure.text, source.score, figure)])
        told = retold(
            lead, corpus, tune
        )  # the source's own sentence: the claim's words would pull in other tolls
        retellings[source.chunk.id] = {h.chunk.id for h in told}
        for h in told:
            read.setdefault(h.chunk.id, h)
    others = [hit for hit in read.values() if hit.chunk.doc not in sided]
    if not others:
        return []
    wanted = {h.chunk.id: h for h in [*others, *(source for source, _, _ in sources)]}
    corpus.load_vectors(list(wanted.values()))  # one store call for all the sources' comparisons
    given = [Account(hit, e) for hit in others for e in counts(hit.chunk.text)]
    rivals = [  # per source: each sentence's first figure at odds with it, on the claim's side wanted
        _first_rivals(
            Account(source, figure),
            given,
            claimed,
            stance is Stance.REFUTES,
            tune,
            retellings[source.chunk.id],
        )
        for source, figure, stance in sources
    ]
    found: dict[str, tuple[list[EvidenceSentence], Judgement]] = {}
    for hit in others:
        for (source, figure, stance), firsts in zip(sources, rivals, strict=True):
            rival = firsts.get(hit.chunk.id)
            known = source.article_tokens
            if (
                rival is None
                or own_place(claim, hit.chunk.text, known)
                or own_time(claim, hit.chunk.text, known)
            ):
                continue
            side = Stance.SUPPORTS if stance is Stance.REFUTES else Stance.REFUTES
            against = f"against {figure.text} in another source"
            reason = f"another account: gives {rival.text}, {against}"
            if side is Stance.SUPPORTS:
                reason = f"an account giving its figure: gives {rival.text}, {against}"
            judged = Judgement(side, hit.score, reason, rival=RIVAL_COUNT, figures=(rival,))
            if hit.chunk.doc not in found or judged.strength > found[hit.chunk.doc][1].strength:
                found[hit.chunk.doc] = ([hit], judged)
            break
    out = []
    for doc, entry in found.items():
        if doc in best:
            best[doc] = entry
        else:
            out.append(entry)
    return out


def _first_rivals(
    source: Account,
    given: list[Account],
    claimed: Quantity,
    refuted: bool,
    tune: AnswerTuning,
    retold: set[str],
) -> dict[str, Quantity]:
    """Each sentence's first figure that is another account of ``source``'s count
    (``bot.accounts.rival_accounts``) and one report with the claim's figure exactly when the
    source refutes the claim (the rival then upholds it; beside a support it stands against it)."""
    out: dict[str, Quantity] = {}
    for account in rival_accounts(source, given, tune, retold):
        if same_report(claimed, account.figure, tune.bound_slack) is refuted:
            out.setdefault(account.hit.chunk.id, account.figure)
    return out


def quoted_rivals(
    claim: str,
    best: dict[str, tuple[list[EvidenceSentence], Judgement]],
    qvec: np.ndarray,
    settings: Settings,
    lead: str = "",
    when: str = "",
) -> list[tuple[list[EvidenceSentence], Judgement]]:
    """An article taking a side on a claim of one count by its figure often reports another
    source's figure for the same count further on ("rescuers said 43 died ... the monitor counted
    23"): such a sentence of the article (``bot.stance.count_account``) giving the other side's
    figure, naming no time or place the claim and the source sentence do not (``_elsewhere``),
    stands beside the article's stance as a weak stance on the other side, so one article
    reporting two accounts makes the claim conflicting. Another retrieved article about the
    claim's event that takes no side (``_on_event``) is read so too (``event_accounts``)."""
    claim_counts = counts(claim)
    if len(claim_counts) != 1:
        return []
    tune = settings.tuning.check
    out: list[tuple[list[EvidenceSentence], Judgement]] = []
    sides = [
        (doc, shown[-1], j)
        for doc, (shown, j) in best.items()
        if not j.rival and (_on_figure(j) or (j.stance is Stance.SUPPORTS and bool(j.figures)))
    ]
    for doc, hit, j in sides:
        wanted = Stance.REFUTES if j.stance is Stance.SUPPORTS else Stance.SUPPORTS
        found = _article_account(claim, hit, doc, wanted, qvec, tune, lead, when)
        if found is not None:
            out.append(found)
    event_accounts(claim, sides, best, qvec, tune, lead, when)
    return out


def event_accounts(
    claim: str,
    sides: list[tuple[str, EvidenceSentence, Judgement]],
    best: dict[str, tuple[list[EvidenceSentence], Judgement]],
    qvec: np.ndarray,
    tune: CheckTuning,
    lead: str = "",
    when: str = "",
) -> None:
    """A retrieved article taking no side, not set aside as about another event, may give
    another figure for the claim's count further down than the sentence retrieved ("strikes on
    the town were heavy ... a local group said ten died"): its account on the side opposite a
    source's (``_article_account``) replaces its neutral best, a weak stance that ``on_event``
    keeps only on the source's event. Only a figure told as someone's report (a speech verb,
    ``bot.count_owner.may_name_speaker``): an article's own untold figure is as often a later or
    wider toll as a rival account. Only where every source taking a side is on one side: two
    sides already disagree."""
    if len({j.stance for _, _, j in sides}) != 1:  # none, or two sides already
        return
    _, hit, j = max(sides, key=lambda s: s[2].strength)
    wanted = Stance.REFUTES if j.stance is Stance.SUPPORTS else Stance.SUPPORTS
    for doc, (_, judged) in list(best.items()):
        if judged.stance is not Stance.NEUTRAL or judged.reason.startswith(OFF_EVENT):
            continue
        found = _article_account(claim, hit, doc, wanted, qvec, tune, lead, when)
        if found is not None and may_name_speaker(found[0][-1].chunk.text):
            best[doc] = found


def _article_account(
    claim: str,
    hit: EvidenceSentence,
    doc: str,
    wanted: Stance,
    qvec: np.ndarray,
    tune: CheckTuning,
    lead: str,
    when: str,
) -> tuple[list[EvidenceSentence], Judgement] | None:
    """The first sentence of article ``doc`` other than ``hit`` giving an account of the claim's
    count on ``wanted``'s side (``_other_account``) that is not of another time or place than
    ``hit``'s (``_elsewhere``) nor an earlier report (``revised.names_earlier_report``); a weak stance."""
    around = [s for s in hit.corpus.sentences_of(doc) if s.chunk.id != hit.chunk.id]
    hit.corpus.load_vectors(around)
    for near in around:
        dense = float(np.dot(near.vector, qvec)) if near.vector is not None else 0.0
        scored = near.rescored(dense=dense, score=hit.score)
        account = _other_account(claim, scored, wanted, tune, lead, when)
        if account is None or _elsewhere(claim, hit, near) or names_earlier_report(near.chunk.text):
            continue
        return [scored], replace(account, clear=False)
    return None


def _other_account(
    claim: str, hit: EvidenceSentence, wanted: Stance, tune: CheckTuning, lead: str, when: str
) -> Judgement | None:
    """The sentence's stance on ``wanted``'s side by a figure for the claim's count: judged so
    itself (a support giving figures, a refutation by another figure), else as another account
    (``count_account``); None for a sentence far from the claim or taking no such side."""
    if hit.dense < tune.count_aligned_dense or not counts(hit.chunk.text):
        return None
    judged = judge(claim, hit, tune, lead, when)
    on_figure = _on_figure(judged) if wanted is Stance.REFUTES else bool(judged.figures)
    if judged.stance is wanted and on_figure and not judged.rival:
        return judged
    account = count_account(claim, hit, tune, lead, when)
    return account if account is not None and account.stance is wanted else None


def revised_accounts(
    claim: str,
    best: dict[str, tuple[list[EvidenceSentence], Judgement]],
    qvec: np.ndarray,
    tune: CheckTuning,
    lead: str = "",
    when: str = "",
) -> list[tuple[list[EvidenceSentence], Judgement]]:
    """Pattern: an article that gives the claim's figure as an earlier report of its count and then
    revises it ("the toll rose to 8 ... the source earlier put it at 5", "has risen to 42 ...
    which had given a toll of 17", ``bot.revised``) tells both accounts: a claim of the earlier
    figure is supported by the earlier report and refuted by the revision, so the article stands
    on both sides (its best becomes the earlier report, the revision is returned). The revising
    sentence must be about the claim's event (judged neither unrelated nor of another event), and
    the earlier one name no other time or place (``_elsewhere``). A claim of the revised figure
    is untouched: the article's latest word supports it."""
    claimed = counts(claim)
    if len(claimed) != 1 or role(claim, claimed[0]) is not Role.PLAIN:
        return []
    wanted = claimed[0]
    out: list[tuple[list[EvidenceSentence], Judgement]] = []
    for doc, (shown, judged) in list(best.items()):
        if judged.reason.startswith(OFF_EVENT) or judged.rival:
            continue
        found = _revision(claim, wanted, shown[-1], doc, qvec, tune, lead, when)
        if found is not None:
            best[doc] = found[0]
            out.append(found[1])
    return out


def _revision(
    claim: str,
    wanted: Quantity,
    hit: EvidenceSentence,
    doc: str,
    qvec: np.ndarray,
    tune: CheckTuning,
    lead: str,
    when: str,
) -> tuple[tuple[list[EvidenceSentence], Judgement], tuple[list[EvidenceSentence], Judgement]] | None:
    """The article's earlier report of the claim's figure and the sentence revising it, each with
    its stance (``revised_accounts``); None when the article tells no such pair."""
    sentences = hit.corpus.sentences_of(doc)
    earlier = [
        (s, x)
        for s in sentences
        for x in earlier_figures(s.chunk.text)
        if x.overlaps(wanted)
        and (
            not x.unit
            or unit_matches(x.unit, wanted.unit)
            or counted_alike(claim, wanted, s.chunk.text, x, hit.corpus, tune)
        )
    ]
    if not earlier:
        return None
    hit.corpus.load_vectors(sentences)
    for told, x in earlier:
        for near in sentences:
            revised = revision_of(x, told.chunk.text, near.chunk.text)
            if revised is None:
                continue
            dense = float(np.dot(near.vector, qvec)) if near.vector is not None else 0.0
            scored = near.rescored(dense=dense, score=hit.score)
            judged = judge(claim, scored, tune, lead, when)
            if judged.reason == UNRELATED or judged.reason.startswith(OFF_EVENT) or judged.rival:
                continue
            if near is not told and _elsewhere(claim, scored, told):
                continue
            first = told.rescored(
                dense=float(np.dot(told.vector, qvec)) if told.vector is not None else 0.0, score=hit.score
            )
            support = Judgement(
                Stance.SUPPORTS, hit.score, f"gives {x.text} as an earlier report", clear=True, figures=(x,)
            )
            refute = Judgement(Stance.REFUTES, hit.score, f"revises it to {revised.text}", clear=True)
            return ([first], support), ([scored], refute)
    return None


def _keep_side(
    seen: dict[tuple[str, Stance], tuple[list[EvidenceSentence], Judgement]],
    doc: str,
    shown: list[EvidenceSentence],
    judged: Judgement,
) -> None:
    """Keeps each article's strongest sentence on each side (``denied_accounts`` reads them)."""
    if judged.stance is Stance.NEUTRAL or judged.rival:
        return
    key = (doc, judged.stance)
    if key not in seen or _rank(judged) > _rank(seen[key][1]):
        seen[key] = (shown, judged)


def denied_accounts(
    best: dict[str, tuple[list[EvidenceSentence], Judgement]],
    seen: dict[tuple[str, Stance], tuple[list[EvidenceSentence], Judgement]],
) -> list[tuple[list[EvidenceSentence], Judgement]]:
    """Pattern: an article that tells the claim's deed by its doer ("air strikes by Velmar jets
    killed nine") and then that doer's denial of it ("Velmar's ministry denied its jets struck the
    market", ``ACTOR_DENIAL``) gives two accounts, the accusation and the denial: it stands on
    both sides, as one source telling two figures does (``quoted_rivals``). Its best sentence on
    the other side than its best stance is returned beside it; an article that only denies, or
    only tells the deed, is untouched, as is a denial in the present simple ("the firm denies
    dumping waste"): a standing position on a practice, not an answer to this deed's telling, and
    a refutation read from a mere negation ("does not plan to"), no denial (``replied_denial``)."""
    out: list[tuple[list[EvidenceSentence], Judgement]] = []
    for doc, (_, judged) in best.items():
        if judged.stance is Stance.NEUTRAL:
            continue
        other = Stance.SUPPORTS if judged.stance is Stance.REFUTES else Stance.REFUTES
        found = seen.get((doc, other))
        if found is None:
            continue
        said, denial = best[doc] if judged.stance is Stance.REFUTES else found
        if denial.reason.endswith(ACTOR_DENIAL) and replied_denial(said[-1].chunk.text):
            out.append(found)
    return out


def told_denials(
    claim: str,
    best: dict[str, tuple[list[EvidenceSentence], Judgement]],
    rivals: list[tuple[list[EvidenceSentence], Judgement]],
    tune: CheckTuning,
) -> list[tuple[list[EvidenceSentence], Judgement]]:
    """Pattern: an article supporting the claim that also tells its doer's denial gives two
    accounts, the telling and the denial: it stands on both sides, the denial a clear refutation
    returned beside its support. The denial is the doer's "denied the reports", "the claims" or
    "it" in the sentence right after the telling (up to ``denial_reach_sentences``: a bare "the
    reports" points at the telling just made, ``bot.denied_reports.denied_by_doer``), or anywhere
    in the article its denial of any part in the deed ("denied any responsibility", "denied its
    jets were involved in the incident", ``bot.denied_reports.doer_denies_part``), sentences the
    search need not bring up: they share few words with the claim. An article already on both
    sides is untouched."""
    refuting = {shown[-1].chunk.doc for shown, j in rivals if j.stance is Stance.REFUTES}
    out: list[tuple[list[EvidenceSentence], Judgement]] = []
    for doc, (shown, judged) in best.items():
        if judged.stance is not Stance.SUPPORTS or judged.rival or doc in refuting:
            continue
        hit = shown[-1]
        after = [c for c in hit.neighbours(0, tune.denial_reach_sentences) if c.seq > hit.chunk.seq]
        found = next(
            ((c, d) for c in after if (d := denied_by_doer(claim, c.text, tune.told_sense_rank))), None
        )
        if found is None:
            found = next(
                (
                    (s.chunk, d)
                    for s in hit.corpus.sentences_of(doc)
                    if s.chunk.seq != hit.chunk.seq
                    and _DENYING.search(s.chunk.text)
                    and (d := doer_denies_part(claim, s.chunk.text, tune.deed_denial_sense_rank))
                ),
                None,
            )
        if found is not None:
            chunk, denial = found
            near = hit.corpus.sentence(chunk).rescored(dense=hit.dense, score=hit.score)
            reason = f"its article says the doer {denial}"
            out.append(([near], Judgement(Stance.REFUTES, judged.strength, reason, clear=True)))
    return out


_DENYING = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|rebut|disown)", re.I)
"""A cheap look for a verb of denying before a sentence is parsed for one (the parse decides)."""


def replied_denial(text: str) -> bool:
    """The sentence denies with a denying verb (``DENIAL_VERBS``), not in the present simple ("has
    denied its jets struck the market", "denied the charge"): a reply to one telling of a deed. A
    mere negation ("the group does not plan to") denies nothing told, and "denies using cluster
    munitions" is a position held on a practice (``standing_denial``)."""
    verbs = [
        t for t in dependency_parse(text) if t.lemma_.lower() in DENIAL_VERBS and t.pos_ in {"VERB", "AUX"}
    ]
    return bool(verbs) and not standing_denial(text)


def standing_denial(text: str) -> bool:
    """The sentence denies in the present simple ("denies using cluster munitions", "deny the charges"):
    a position held, not a reply to one telling of a deed ("has denied its jets struck the market")."""
    return any(t.lemma_.lower() in DENIAL_VERBS and t.tag_ in PRESENT_SIMPLE for t in dependency_parse(text))


def _elsewhere(claim: str, source: EvidenceSentence, other: EvidenceSentence) -> bool:
    """``other`` names a time or place that neither the claim nor ``source`` names ("in May",
    "in the next province"): its figure counts another period's or place's toll."""
    text = other.chunk.text
    known = TokenPool(tokens(source.chunk.text))
    if own_place(claim, text, known) or own_time(claim, text, known):
        return True
    return names_elsewhere(text, f"{claim} {source.chunk.text}", TIME_LABELS)


def _source_figure(claimed: Quantity, hit: EvidenceSentence, j: Judgement, slack: float) -> list[Quantity]:
    """The figure by which a source takes its side on a claim of one count: a support's, the one
    it was judged on, else the sentence's one count of the claim's thing agreeing with the
    claim's; a refutation's, the sentence's one count of the claim's thing that is not one report
    with the claim's. None when that is not one figure."""
    if j.stance is Stance.SUPPORTS and len(j.figures) == 1:
        return [j.figures[0]]
    agrees = j.stance is Stance.SUPPORTS
    given = [
        e
        for e in counts(hit.chunk.text)
        if unit_matches(e.unit, claimed.unit)
        and (e.overlaps(claimed) if agrees else not same_report(claimed, e, slack))
    ]
    return given if len(given) == 1 else []


def supports_at_odds(
    claim: str, sided: list[tuple[list[EvidenceSentence], Judgement]], slack: float
) -> list[tuple[list[EvidenceSentence], Judgement]]:
    """Sources supporting a claim of one count given as a floor or a ceiling, each by a figure
    that is not one report with the others' (``bot.values.same_report``, as answering groups
    figures: "40" and "more than 40" for "at least 40", "£16,000" and "£29,000" for "up to
    £30,000"), disagree among themselves: the claim fits both only through its bound (a rounded
    claim, "about 40", holds whatever its rounding allows). Only clear supports count (a weak one may give
    another count). The support whose figure is nearest the
    claim's written one stands; each support giving a figure that is not one report with it
    becomes a weak refutation resting on that account (``RIVAL_COUNT``), weighed as a rival
    account is (``on_event``, ``decide``)."""
    claim_counts = counts(claim)
    if len(claim_counts) != 1 or not _bound(claim_counts[0]):
        return sided
    target = _figure(next(iter(counts(written_figures(claim))), claim_counts[0]))
    figured = [
        (i, j.figures[0])
        for i, (_, j) in enumerate(sided)
        if j.stance is Stance.SUPPORTS and j.clear and len(j.figures) == 1 and _figure(j.figures[0])
    ]
    if len(figured) < 2 or not target:
        return sided
    _, anchor = min(figured, key=lambda f: abs(math.log(_figure(f[1]) / target)))
    out = list(sided)
    for i, figure in figured:
        if same_report(anchor, figure, slack):
            continue
        shown, j = sided[i]
        reason = f"another account: gives {figure.text}, against {anchor.text} in another source"
        out[i] = (shown, Judgement(Stance.REFUTES, j.strength, reason, rival=RIVAL_COUNT))
    return out


def _bound(q: Quantity) -> bool:
    """A figure given as a floor or a ceiling ("at least 40", "up to 30"), not a rounded one
    ("about 40" holds any figure its rounding allows)."""
    return q.low <= 0 or math.isinf(q.high)


def _figure(q: Quantity) -> float:
    """The figure a count is written with: its lowest value, its highest for a ceiling ("up to
    30"); 0 when it has none to compare."""
    value = q.low if q.low > 0 else q.high
    return value if 0 < value < math.inf else 0.0


def _on_figure(j: Judgement) -> bool:
    """A refutation resting on the claim's figure: the sentence gives another count of it."""
    return j.stance is Stance.REFUTES and j.reason.startswith(FIGURE_REASONS)


FIGURE_REASONS = ("gives ", "another account: gives ")
"""How ``bot.stance`` words a refutation by another figure for the claim's count."""


def judged_list(hits: list[EvidenceSentence], n: int, head: int) -> list[EvidenceSentence]:
    """The ``n`` sentences a claim is judged on, in retrieval order: the ``head`` best-ranked
    whatever their article, the rest from the retrieval's order (each article's best first).
    Where many articles touch a story, their bests fill the list and push the sentence that
    states the claim, the second or third of its article, past the judged ones."""
    top = sorted(hits, key=lambda h: -h.features.get("rank", h.score))[:head]
    keep = {id(h) for h in top}
    for hit in hits:
        if len(keep) >= n:
            break
        keep.add(id(hit))
    return [h for h in hits if id(h) in keep]


def _interleave(
    scene: list[EvidenceSentence], alone: list[EvidenceSentence], each: int
) -> list[EvidenceSentence]:
    """The best ``each`` of the search with the lead's names, then the best ``each`` of the claim's
    own search, then the rest: the names pull sentences setting the scene, the claim's own words
    the sentence that states it (often naming no place: "the groom's father was killed")."""
    seen: set[str] = set()
    out: list[EvidenceSentence] = []
    for hit in [*scene[:each], *alone[:each], *scene[each:], *alone[each:]]:
        if hit.chunk.id not in seen:
            seen.add(hit.chunk.id)
            out.append(hit)
    return out


def scene_names(claim: str, lead: str, max_rank: int = CheckTuning.place_sense_rank) -> str:
    """A claim in a text that names no place, person or group of its own ("About 40 people were
    wounded") is about the scene its text opened with: the names of that lead sentence (only its
    places when the claim names an actor); "" when the claim names its own place (``names_own_place``)."""
    if not lead or names_own_place(claim, max_rank):
        return ""
    labels = PLACE_LABELS if _names_its_own(claim) else NAME_LABELS  # an actor's deed: at the lead's place
    names = dict.fromkeys(e.text for e in parse(lead).entities if e.label in labels)
    return " ".join(names)


def scene_places(claim: str, lead: str, max_rank: int) -> list[str]:
    """The places of a text's lead sentence, for a claim naming no place of its own: a source whose
    article never names them reports another event (another city's toll, another raid). A place
    is a place entity, or a proper noun after a place preposition ("at Velm al-Kubra", "the
    village of Tell Osk"), whatever label the small NER model gave it, unless that model reads it
    as a time: a month is a proper noun after "in" too ("in May 2017" says when, not where, and an
    article telling the event by its weekday never names the month). A place entity qualifying
    who acted ("a US-led strike", "US jets", "Russia's defence ministry") is no scene place
    (``actor_country``): the sources telling the raid may name only "the coalition"; nor is the place
    where a saying happened ("At a rally in Velm, Brill said ...", ``_where_told``)."""
    if not lead or _names_its_own(claim, PERSON_SCENE) or names_own_place(claim, max_rank):
        return []  # a named person pins the deed: their article need not name the lead's places
    doc = dependency_parse(lead)
    found = [
        e.text
        for e in parse(lead).entities
        if e.label in PLACE_LABELS
        and not actor_country(doc, e.start, e.end, max_rank)
        and not _where_told(doc, e.start, e.end)
    ]
    for prep in doc:
        objects = [
            c
            for c in prep.children
            if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ not in TIME_LABELS
        ]
        if not objects or not _place_preposition(prep, max_rank) or any(spoken_at(o) for o in objects):
            continue
        name = [t.i for o in objects for t in _name_tokens(o) if t.pos_ == "PROPN" or t.text == "-"]
        phrase = prep.doc[min(name) : max(name) + 1].text
        if not any(phrase in f or f in phrase for f in found):
            found.append(phrase)
    return list(dict.fromkeys(found))


def _where_told(doc: Any, start: int, end: int) -> bool:
    """The place named at characters ``start``-``end`` of the parsed sentence is where a saying
    happened (``spoken_at``: "At a rally in Velm, Brill said ..."), not where the text's events did."""
    inside = [t for t in doc if start <= t.idx < end]
    root = next((t for t in inside if not (start <= t.head.idx < end) or t.head is t), None)
    return root is not None and spoken_at(root)


def _name_tokens(head: Any) -> list[Any]:
    """The tokens of a place's noun phrase without the clauses hanging on it: "in Velm, where
    supporters of Ana Tarr met" names Velm, not "Velm, where supporters of Ana Tarr"."""
    out = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS:
            out += _name_tokens(child)
    return out


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
"""Dependencies of a clause on a noun: its names are the clause's, not the noun's."""


def actor_country(doc: Any, start: int, end: int, max_rank: int) -> bool:
    """The place named at characters ``start``-``end`` of the parsed sentence qualifies who or
    what acted, not where: it modifies a participle ("US-led", "Saudi-backed") or a noun whose
    commonest sense is a person, a group or a craft ("Velmar prosecutors", "Tarvia's ministry",
    "Velmar jets") and none of whose ``max_rank`` commonest senses is a location ("Kessar
    province", "Tarvia's desert", "the village" stay places)."""
    inside = [t for t in doc if start <= t.idx < end]
    if not inside or inside[-1].dep_ not in ACTOR_MODIFIERS:
        return False
    head = inside[-1].head
    if head.idx < end and head.idx >= start:
        return False
    if head.pos_ in {"VERB", "ADJ"}:
        return True
    if head.pos_ not in {"NOUN", "PROPN"}:  # "defence ministry" is parsed a proper noun too
        return False
    wn, lemma = wordnet(), head.lemma_.lower()
    if wn.is_kind(lemma, "location", max_rank):
        return False
    return any(wn.kind_rank(lemma, kind) == 0 for kind in ACTOR_KINDS)


ACTOR_MODIFIERS = frozenset({"compound", "poss", "npadvmod", "amod", "nmod"})
"""Dependencies of a name qualifying the word it hangs on ("US jets", "Russia's", "US-led")."""

ACTOR_KINDS = ("person", "group", "craft")
"""WordNet kinds whose commonest sense makes a noun an actor (prosecutors, ministries, jets)."""


def scene_sentence(sentences: list[str], at: int, max_rank: int) -> str:
    """The sentence setting the scene of a text claim made in sentence ``at``: the latest sentence
    up to it that names a place (``scene_places``) and a time, since a text moves from one event to
    the next, each told with where and when ("A blast hit Velm on Monday. ... In May a raid hit
    Tarn. Four died." is about Tarn; "The plane landed in Tarn." tells no new event); the text's
    first sentence when none does."""
    for sentence in reversed(sentences[1 : at + 1]):
        if scene_places("", sentence, max_rank) and any(
            e.label in TIME_LABELS for e in parse(sentence).entities
        ):
            return sentence
    return sentences[0] if sentences else ""


def is_whole_sentence(claim: str, lead: str) -> bool:
    """The claim is the whole of its text's scene sentence, as written (case, spacing and
    punctuation aside): it names its own scene, so the lead adds only a second search on its own
    names and an anchor event (``_lead_event``), the lead's best sentence, that may be another
    event's report and rule out the sources stating it."""
    return bool(lead) and _letters(claim) == _letters(lead)


def _letters(text: str) -> str:
    """The text's letters and digits, lower-cased: two writings of one sentence compare equal."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


PERSON_SCENE = (*PLACE_LABELS, "PERSON")
"""A claim naming a place or a person of its own sets its own scene for the place filter: "Ed Hale
was 64" is told by articles about him that never name where the text's lead happened."""


def _names_its_own(claim: str, labels: Collection[str] = NAME_LABELS) -> bool:
    """The claim names a place, person or group of its own (of ``labels``): it sets its own scene.
    A claim naming only who did it ("Velmar Front claimed the blast") happened where the text's
    lead sentence set it, so only its own place sets a claim's place."""
    return any(e.label in labels for e in parse(claim).entities)


def names_own_place(claim: str, max_rank: int) -> bool:
    """The claim says where it happened as a lead sentence would, whatever label the small NER
    model gives the name: a place entity, a proper noun after a place preposition ("died in
    Velm", ``scene_places``), or a place noun a proper name qualifies after one ("in Tarn's old
    quarter", "in the east of Velm city"); a claim set elsewhere is no part of the lead's scene."""
    if not claim:
        return False
    if _names_its_own(claim, PLACE_LABELS) or scene_places("", claim, max_rank):
        return True
    return any(_named_place_noun(noun, max_rank) for noun in dependency_parse(claim))


def _named_place_noun(noun: Any, max_rank: int) -> bool:
    """A preposition's object, up a chain of them from a place preposition ("in the east of Velm
    city"), that is a noun with a location among its ``max_rank`` commonest senses and a proper
    name on it ("Velm city", "Tarn's quarter")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    if not any(
        t.pos_ == "PROPN" and t.dep_ in ACTOR_MODIFIERS and t.ent_type_ not in TIME_LABELS
        for t in noun.children
    ):
        return False
    if not wordnet().is_kind(noun.lemma_.lower(), "location", max_rank):
        return False
    preps = [a for a in noun.ancestors if a.dep_ == "prep"]
    return any(_place_preposition(p, max_rank) for p in preps)


def _place_preposition(prep: Any, max_rank: int) -> bool:
    """ "in", "at", "near"; or "of" after a noun with a location among its commonest senses, up to
    ``max_rank`` ("the village of", not "the head of")."""
    if prep.lower_ in PLACE_PREPOSITIONS:
        return True
    head = prep.head
    return (
        prep.lower_ == "of"
        and head.pos_ == "NOUN"
        and wordnet().is_kind(head.lemma_.lower(), "location", max_rank)
    )


LEADS_KEPT = 256
"""Texts whose lead event is remembered (one search each): a text's claims reuse it."""

PLACE_PREPOSITIONS = frozenset({"in", "at", "near"})
"""Prepositions whose proper-noun object is where something happened."""


def on_event(
    ranked: list[tuple[list[EvidenceSentence], Judgement]],
    corpus: Corpus,
    settings: Settings,
    lead: Chunk | None = None,
) -> list[tuple[list[EvidenceSentence], Judgement]]:
    """Sources (best first) taking a side must report the event of the best one that does
    (``bot.events``): a figure or a name from another year's story neither supports nor refutes.
    The event is anchored on the best source not resting on a rival name (another place, actor or
    weekday says another event as often as another account), else on the closest source setting
    the claim's scene; a rival weekday counts only from an article within ``weekday_reach_days``
    of the anchor's, where both weekdays name the same week; another beginning of a lasting state
    (``RIVAL_BEGINNING``) counts from any day. A claim set in its text's scene is
    anchored on the sentence reporting the text's lead (``lead``)."""
    sided = [(shown[-1].chunk, j) for shown, j in ranked if j.stance is not Stance.NEUTRAL]
    if not sided:
        return ranked
    scenes = [shown[-1].chunk for shown, j in ranked if _sets_scene(shown[-1], j, settings.tuning.check)]
    anchor = lead or next((c for c, j in sided if not j.rival), (scenes or [sided[0][0]])[0])
    tune = settings.tuning.answer
    corpus.load_article_vectors([shown[-1].doc for shown, _ in ranked])  # one store call
    undated = [c.id for c in (shown[-1].chunk for shown, _ in ranked) if not (c.date and anchor.date)]
    near = retelling(anchor.id, undated, corpus, tune)  # two outlets' wordings of one report
    reach = settings.tuning.check.weekday_reach_days
    return [
        (shown, j)
        for shown, j in ranked
        if j.stance is Stance.NEUTRAL
        or j.rival == RIVAL_BEGINNING  # a lasting state's beginning, told on any day
        or (
            (shown[-1].chunk.id in near or same_event(anchor, shown[-1].chunk, corpus, tune))
            and not (j.rival == RIVAL_DAY and not within_days(anchor.date, shown[-1].chunk.date, reach))
        )
    ]


def decide(sources: list[SourceStance], tune: CheckTuning) -> tuple[Label, str]:
    """The verdict from per-source stances, and a note that counts them.

    Both sides with sources is ``conflicting``, unless one side is only weak sources (none
    clear) and the other has at least ``outweigh_count`` clear sources per weak one: a single
    weak refutation does not outweigh several clear supports (nor the reverse).
    """
    supports = [s for s in sources if s.stance is Stance.SUPPORTS]
    refutes = [s for s in sources if s.stance is Stance.REFUTES]
    silent = [s for s in sources if s.stance is Stance.NEUTRAL]
    tally = _tally(supports, refutes, silent)
    if supports and refutes:
        if _outweighs(supports, refutes, tune.outweigh_count):
            return Label.SUPPORTED, f"Supported: {tally}; the refuting source is weak ({_names(refutes)})."
        if _outweighs(refutes, supports, tune.outweigh_count):
            return (
                Label.REFUTED,
                f"Contradicted: {tally}; the supporting source is weak ({_names(supports)}).",
            )
        return (
            Label.CONFLICTING,
            f"Sources disagree: {tally}. Support: {_names(supports)}; against: {_names(refutes)}.",
        )
    if supports:
        only = " (one source only)" if len(supports) == 1 else ""
        return Label.SUPPORTED, f"Supported by {_names(supports)}{only}: {tally}."
    if refutes:
        return Label.REFUTED, f"Contradicted by {_names(refutes)}: {tally}."
    return Label.NOT_ENOUGH_INFO, "No indexed article states this or its opposite" + (
        f": {tally}." if silent else "."
    )


def _outweighs(side: list[SourceStance], other: list[SourceStance], per_weak: int) -> bool:
    clear = [s for s in side if s.clear]
    return not any(s.clear for s in other) and len(clear) >= per_weak * len(other)


def _tally(supports: list[SourceStance], refutes: list[SourceStance], silent: list[SourceStance]) -> str:
    """ "of 4 sources, 2 support it, 1 refutes it, 1 does not address it". An article giving an
    account on each side (``quoted_rivals``) is one source, counted on both sides and said so."""
    total = len({s.doc for s in (*supports, *refutes, *silent)})
    both = len({s.doc for s in supports} & {s.doc for s in refutes})

    def verb(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"

    twice = f" ({verb(both, 'source gives', 'sources give')} an account on each side)" if both else ""
    return (
        f"of {verb(total, 'source', 'sources')}, {verb(len(supports), 'supports', 'support')} it, "
        f"{verb(len(refutes), 'refutes', 'refute')} it, "
        f"{verb(len(silent), 'does not address', 'do not address')} it{twice}"
    )


def _names(sources: list[SourceStance]) -> str:
    return ", ".join(s.label for s in sources)


def _on_event(j: Judgement) -> bool:
    """A sentence that is about the claim's event but takes no side on it."""
    return j.stance is Stance.NEUTRAL and j.reason != UNRELATED and not j.reason.startswith(OFF_EVENT)


def _untaken(j: Judgement, side: Stance = Stance.REFUTES) -> bool:
    """A sentence taking no side for want of the claim's words or figures, not for being about
    another event: it may still give a figure for the claim's count (``figure_accounts``). One
    leaving the claim's subject unsaid ("does not say it of jets") may still give its figure for the
    count, whose own doer the figure check reads (``side`` SUPPORTS), but another figure there is
    as often another subject's count as a rival."""
    unsaid = ("does not say it of",) if side is Stance.REFUTES else ()
    return j.stance is Stance.NEUTRAL and not j.reason.startswith((*OFF_EVENT, *unsaid))


def _sets_scene(hit: EvidenceSentence, j: Judgement, tune: CheckTuning) -> bool:
    """A source close to the claim (``strong_dense``) about its event that takes no side on it."""
    return _on_event(j) and hit.dense >= tune.strong_dense


def _rank(j: Judgement) -> float:
    return j.strength + (0.0 if j.stance is Stance.NEUTRAL else 1.0) + (0.5 if j.clear else 0.0)


def _evidence(hit: EvidenceSentence, j: Judgement) -> Evidence:
    c = hit.chunk
    start, end = c.story  # the sentence without a glued headline or tag run
    return Evidence(
        c.doc, start, end, c.story_text, j.stance, round(hit.score, 4), c.outlet, c.title, j.reason
    )


def _source(hit: EvidenceSentence, j: Judgement) -> SourceStance:
    c = hit.chunk
    return SourceStance(c.doc, j.stance, round(j.strength, 4), j.clear, j.reason, c.outlet, c.date)
