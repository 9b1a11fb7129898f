"""Extractive answers: find the value the question asks for, in every source that states it.

Deterministic and offline. Each retrieved sentence above the evidence floor offers typed
candidates (a count with its unit, a person, place, date or organisation, or the sentence
itself); compatible candidates are grouped across sources and the best-supported group is
the answer. Below the calibrated threshold the answer is "not in the sources". Each kind of
value has its own module: ``bot.counts``, ``bot.entities``, ``bot.sentences``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

import numpy as np

from bot.accounts import Account, loosely_bounded, rival_accounts
from bot.agent_nouns import names_doer
from bot.ahead import asks_ahead, past_when_written
from bot.alternatives import alternatives
from bot.amounts import another_match, scores
from bot.answer_types import fitting, sentence_of_asked_kind, states_span
from bot.answerability import Answerability, RescueObserver, rescue_features
from bot.asked_noun import asked_head, asks_doer, is_place_division, kind_names
from bot.attribute_answers import (
    attribute_ask,
    attribute_candidates,
    defining_kind_candidates,
    infobox_candidates,
    named_values,
    place_ask,
    titled_maker_candidates,
    without_debris,
)
from bot.attributes import question_subject
from bot.beside import listed_beside, listed_with
from bot.captions import Caption, asks_of_photo, asks_of_scene, captions, credit
from bot.conflicts import (
    Candidate,
    Group,
    bounds_lead,
    disagreeing,
    fold_fitting,
    group,
    other_currency,
    reported_on,
    same_name,
    shared_article,
    timeline,
)
from bot.count_owner import may_name_speaker, other_speakers
from bot.counts import (
    asked_kind_first,
    asks_sum_by_verb,
    count_phrase,
    counts,
    echoes_given_figure,
    given_figures,
    of_given_figure,
    spans_of_asked_act,
)
from bot.dates import date_words
from bot.document_values import asks_life, keyed_life_date, source_values
from bot.earlier_reports import first_earlier
from bot.entities import (
    asks_bare_saying,
    asks_speaker,
    entities,
    fills_asked_role,
    owned_up_form,
    reporters,
    sentence_speaker,
    set_aside_in,
    states_sourced_figure,
    titled_name,
    told_within,
)
from bot.entity_answers import (
    Split,
    by_support,
    entity_answer,
    fullest_kind,
    opening_descriptor,
    opening_text,
    split_entities,
)
from bot.entity_sense import parse_defining_ahead
from bot.events import event_articles, on_event, retold, same_event, told_by_question
from bot.evidence import Corpus, EvidenceSentence, terms
from bot.kind_lists import kind_list_candidates, kind_name_candidates
from bot.later_names import later_name_candidates
from bot.later_owner import owner_named_later
from bot.meanings import asked_term, meanings
from bot.measure_answers import (
    MeasureAsk,
    asked_measure,
    kind_phrase,
    measure_candidates,
    states_a_figure,
    titled_person,
)
from bot.memberships import member_groups, membership_value
from bot.named_elsewhere import named_elsewhere_candidates
from bot.named_people import counted_people
from bot.nameless import names_nothing
from bot.names import (
    Aliases,
    has_name,
    in_compound,
    name_numeral,
    named_by_defined_form,
    names_asked_by_alias,
    numbered_names,
    partnered_variant,
    short_form_named,
    spelling_variants,
    spelt_out_named,
    undoubled,
    writes_numbered,
    written_form_named,
)
from bot.nlp import dependency_parse, parse_many, spacy_doc
from bot.phrase_answers import fills_oblique, phrase_candidates
from bot.places import (
    anchor_names,
    asked_places,
    elsewhere,
    holding_names,
    listed_elsewhere,
    name_words,
    named_place_nouns,
    part_named,
    place_reading,
    stretches_at,
    wide_place,
)
from bot.question import ENTITY_LABELS, Kind, Question, analyse, apostrophed, offers
from bot.ranker import Observer
from bot.restated_figures import restated_rivals
from bot.retold_doers import called_as_asked, same_role
from bot.retrieve import Retrieval, Retriever
from bot.roles import asked_phrase
from bot.running_totals import war_total
from bot.scope import (
    Scope,
    dated_before,
    fits,
    grain_values,
    latest,
    question_scope,
    weekday_dates,
    weekday_values,
)
from bot.sentences import (
    asks_again,
    by_predicate,
    event_first,
    event_words,
    kind_first,
    names_thing,
    only_possible,
    predicate_read,
    sentences,
    states_a_verb,
    states_asked_predicate,
    states_deed_or_doer,
    states_main_verb,
    states_predicate,
)
from bot.slot_filled import typed_value, unsaid_nouns
from bot.speech import (
    Speech,
    SpokenQuestion,
    acts_in,
    asked_speech,
    asks_wording,
    speech_by,
    speech_candidates,
    topic_share,
)
from bot.sums import states_a_way_of
from bot.tallies import death_tally, gives_toll, tells_death
from bot.text import STOPWORDS, TokenPool, tokens, word_stem
from bot.titled_elsewhere import titled_elsewhere_candidates
from bot.types import NOT_IN_SOURCES, Answer, Citation, Disagreement, Passage, Status, Variant
from bot.value_verbs import asked_slot, slot_candidates
from bot.values import parse_quantities
from bot.which_unsaid import leaves_which_open
from index.lexicon import DIRECTIONS, PLACE_LABELS
from index.settings import Settings
from index.store import Chunk
from index.tuning import AnswerTuning

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
"""Where an article's text is cut into sentences for ``_names_together`` (a rough cut suffices)."""
_DOER_LABELS = frozenset({"PERSON", "ORG"})
"""Entity labels that name a who-question's doer (a place name is in most news sentences)."""
_NAME_RUN = r"(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+"
"""A run of capitalised words inside a question ("Jonathan Reed"), not its first word."""


def weighs_events(q: Question, ask: object, split: Split) -> bool:
    """Whether values from other events' articles go before rivals are weighed (issue 12): not
    for an entity's attribute (an attribute asked as such, or the value of the one source that
    describes the subject), and not for when someone was born or died: a person is born and
    dies once, so every source giving that date for the asked name tells the one event,
    whatever else its article is about (a painter's life, an archive's rows)."""
    return ask is None and split.lead is None and not (q.kind is Kind.DATE and asks_life(q))


class Answerer:
    def __init__(self, retriever: Retriever, settings: Settings) -> None:
        self.retriever, self.settings = retriever, settings
        self.tune = settings.tuning.answer
        self.observe: Observer | None = None
        """Called with each answer's groups, candidate sentences and answer texts (fitting the ranker)."""
        self.observe_rescue: RescueObserver | None = None
        """Called with each rescue's best group and features (scripts/fit_answerability.py)."""

    def answer(self, asked: str) -> Answer:
        """The answer from the sentences that state the asked deed; for a who/which-organisation
        question they leave unanswered, again with the sentences that restate it (``_restates_naming``).
        Where both decline, the value the fitted answerability model accepts from the sentences the
        gates set aside (``_rescue``), if any. A question about a photo is answered from its caption
        first (``_photo_answer``); an either-or question all these decline is asked once per
        alternative it offers (``_by_alternative``)."""
        photo = self._photo_answer(asked)
        if photo is not None:
            return photo
        found = self._whole(asked)
        if found.status is not Status.NOT_IN_SOURCES:
            return found
        return self._by_alternative(asked) or found

    def _whole(self, asked: str) -> Answer:
        """The answer to the question as asked (see ``answer``)."""
        spare: list[Answer] = []
        found = self._answer(asked, spare=spare)
        assert found is not None  # only a restating pass may find nothing to add
        if found.status is Status.NOT_IN_SOURCES:
            again = self._answer(asked, restate=True)
            if again is not None and again.status is not Status.NOT_IN_SOURCES:
                return again
            if spare:
                return spare[0]
            filled = self._answer(asked, fill=True)
            if filled is not None and filled.status is not Status.NOT_IN_SOURCES:
                return filled
            return again or found
        return found

    def _photo_answer(self, asked: str) -> Answer | None:
        """A question about a photo ("who took the picture of X", "when was it published"):
        the credit, or the date, of the caption closest to it in meaning among the best-retrieved
        articles' captions (``bot.captions``), cited; None when no caption is that close."""
        corpus = self.retriever.corpus()
        question = search_text(corpus, asked, self.tune)
        if not asks_of_photo(question):
            return None
        q = analyse(question)
        if q.kind not in (Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.DATE) or asks_of_scene(question):
            return None  # "what does the photo show", "who is shown in it": the scene, not the credit
        found = self.retriever.search(question)
        docs = list(dict.fromkeys(h.doc for h in found.sentences))[: self.tune.caption_articles]
        shown = [c for d in docs for c in captions(d, corpus.page_text(d))]
        if not shown:
            return None
        vectors = corpus.embed_many([c.text for c in shown])
        closeness = vectors @ found.vector
        best = int(np.argmax(closeness))
        if closeness[best] < self.tune.caption_similarity:
            return None
        return self._from_caption(asked, q, shown[best], float(closeness[best]))

    def _from_caption(self, asked: str, q: Question, cap: Caption, closeness: float) -> Answer | None:
        """The caption's date for a when-question (the date readers'), else its credit."""
        if q.kind is Kind.DATE:
            chunk = Chunk(f"caption-{cap.doc}-{cap.start}", "claims", cap.doc, cap.start, cap.end, cap.text)
            hit = self.retriever.corpus().sentence(chunk, dense=closeness)
            values = [c.value for c in self._candidates(q, [hit])]
            value = values[0] if values else ""
        else:
            value = credit(cap.text)
        if not value:
            return None
        quote = Citation(1, cap.doc, cap.start, cap.end, cap.text, round(closeness, 4))
        return Answer(
            asked,
            Status.ANSWERED,
            value,
            citations=[quote],
            single_source=True,
            note=f"From the caption of a photo in {cap.doc}.",
        )

    def _by_alternative(self, asked: str) -> Answer | None:
        """A declined either-or question answered by the first of its alternatives the sources
        answer (``bot.alternatives``): each guess is worded in the reader's own verbs, and the
        sentence that answers one of them tells which holds."""
        for alternative in alternatives(asked):
            found = self._whole(alternative)
            if found.status is not Status.NOT_IN_SOURCES:
                found.question = asked
                found.note = f'Read as "{alternative}": {found.note}'.strip()
                return found
        return None

    def _answer(
        self, asked: str, restate: bool = False, spare: list[Answer] | None = None, fill: bool = False
    ) -> Answer | None:
        question = search_text(self.retriever.corpus(), asked, self.tune)
        q = analyse(question)
        if restate and q.kind not in (Kind.PERSON, Kind.ORG):
            return None  # only a who/which-organisation question is read again
        scope = question_scope(q.text, self.tune.event_sense_rank)  # less what it sets aside
        found = self.retriever.search(question)
        hits = without_debris(found.sentences)  # issue 13: wiki furniture is never evidence
        passages = self.retriever.context(hits, question, self.settings.top_k, vector=found.vector)
        numbered = numbered_names(q.text)
        hits = numbered_only(numbered, hits, found.corpus)
        floor = self.settings.min_evidence
        gates = self._placement_gates(q, scope, floor)
        placed = [h for h in hits if all(passes(h) for _, passes in gates)]
        parse_many(predicate_read(placed, self.tune), entities=False)  # one batch, not one parse each
        usable = [h for h in placed if self._states(q, h)]
        if restate:  # the stating sentences gave no answer: those restating the question join them
            restating = [h for h in placed if h not in usable and self._restates_naming(h)]
            if not restating:
                return None
            usable += restating
        if fill:  # every pass declined: the best sentences that fill the asked slot join them
            filling = [h for h in placed[: self.tune.slot_rank] if h not in usable and self._fills_slot(q, h)]
            if not filling:
                return None
            usable += filling
        if self.observe is not None:  # scripts/fit_answer_ranker.py: each gated sentence as itself
            gated = [Group([Candidate.of(h, h.text, "sentence", h.score)]) for h in usable]
            self._observe("usable", q, gated, [*found.sentences, *hits], None)
        ask = attribute_ask(q.text, q)  # issue 13: "what sport is X" -> "rugby league"
        sense = self.settings.tuning.sense
        candidates = (
            attribute_candidates(ask, self._attribute_hits(q, hits), sense, q.excluded) if ask else []
        )
        if ask:  # infobox rows, furniture or not, pair a key with its value; a title names its maker
            candidates += infobox_candidates(ask, self._attribute_hits(q, found.sentences), sense)
            candidates += titled_maker_candidates(ask, self._attribute_hits(q, hits), sense)
            if not candidates:  # "what is the genre of X": "X is a short film"
                candidates = defining_kind_candidates(ask, self._attribute_hits(q, hits), sense)
            candidates = named_values(q, candidates)  # "which group": a name, not "terrorist"
        candidates = fitting(q, ask, candidates)  # "which band": not "Ostrish", nor "co" of "co-founder"
        meant = asked_term(q.text)  # "what does Verdad mean": the gloss beside the name
        if meant and not candidates:
            candidates = meanings(meant, [h for h in hits if h.score >= floor * self.tune.floor_factor])
        if not any(g.score >= floor for g in group(candidates, self.tune.bound_slack)):
            read = partial(self._candidates, q)  # issue 13: each source offers its own value
            pages = self._page_hits(q, hits, usable, scope, question_subject(q.text))
            ask, candidates = None, source_values(q, usable, read, sense.source_sentences, hits, pages)
            if q.kind is Kind.COUNT:
                candidates = asked_kind_first(q, candidates)
            candidates = fitting(q, ask, candidates)
        candidates = weekday_dates(question, weekday_values(question, self._kept(q, numbered, candidates)))
        if q.kind is Kind.COUNT:  # "how long had the war lasted": not another source's length of a rule
            candidates = spans_of_asked_act(q, candidates, self.tune)
        if (
            q.kind in (Kind.PERSON, Kind.ORG, Kind.PLACE) and not meant
        ):  # "which village did VF take": not "VF"
            aliases = self._aliases(found.corpus)
            candidates = [c for c in candidates if not names_asked_by_alias(c.value, q.text, aliases)]
        if q.kind is Kind.DATE:  # "in which year": not "Tuesday"; "on what date": not "November"
            candidates = not_yet_past(question, grain_values(question, candidates))
        if q.kind is Kind.PLACE:
            candidates = told_within(question, candidates)  # "where in Velm": a place told with Velm
        if self.observe is not None:  # scripts/fit_answer_ranker.py: what the readers offered
            offered = group(candidates, self.tune.bound_slack)  # below the floor too
            self._observe("read", q, offered, [*found.sentences, *hits], ask)
        if q.kind is Kind.COUNT and candidates:
            candidates = of_given_figure(q.text, candidates)  # "of the 40 dead": that toll's sentences
            candidates = loosely_bounded(self._in_asked_place(q, candidates, found.corpus), found.corpus)
        period = ""
        if not scope.dated:
            candidates, period = latest(candidates, floor, self.tune)
        if not candidates and q.duration:  # "until the situation improves" answers "how long"
            stated = [h for h in hits if h.score >= floor and self._in_article(q, h) and self._states(q, h)]
            candidates = sentences([h for h in stated if states_span(h.text)], self.tune)  # not "under way"
        groups = [g for g in group(candidates, self.tune.bound_slack) if g.score >= floor]
        kind_of_place = place_ask(question, q) if not groups else None
        if kind_of_place is not None:  # "which country does X belong to": the country X's pages name
            candidates = attribute_candidates(kind_of_place, self._attribute_hits(q, hits), sense)
            groups = [g for g in group(candidates, self.tune.bound_slack) if g.score >= floor]
            ask = kind_of_place if groups else ask
        self._observe("floor", q, groups, [*found.sentences, *hits], ask)
        if groups:
            # --- issue 13: entities sharing a name; a value one source states against several --
            subject = ask.subject if ask else question_subject(q.text)
            split = split_entities(subject, groups, found.corpus, floor, sense)
            about = q.target or (ask.attribute if ask else q.kind.value)
            if split.entities:
                return entity_answer(
                    question, subject, about, split, passages, _citations, self.tune.max_citations
                )
            if weighs_events(q, ask, split):
                # issue 12: values from other events' articles go before rivals are weighed
                groups = on_event(groups, found.corpus, floor, self.tune, split.stated_of)
                if q.kind is Kind.COUNT and groups:
                    groups = self._with_retellings(q, groups, scope, found, floor, hits, whole=True)
                if split.rivals:
                    split = split_entities(subject, groups, found.corpus, floor, sense)
            rivals = [g for g in split.rivals if not other_currency(split.rivals[0], g)]
            if len(rivals) > 1:  # a sum in another currency is a conversion, not another account
                return self._disagreement(q, rivals, passages, period)
            if split.lead is not None:
                groups = [split.lead]  # the source describing the subject outranks those that do not
            # --- end of issue 13 hook ----------------------------------------------------------
        if not groups:
            if spare is not None:  # given only if the restating pass declines too
                rescued = self._rescue(asked, q, hits, usable, scope, numbered, passages)
                spare += [rescued] if rescued is not None else []
            return Answer(
                asked,
                Status.NOT_IN_SOURCES,
                NOT_IN_SOURCES,
                passages=passages,
                note="No indexed article states this; the closest passages are listed.",
            )
        ratio = self.tune.count_rival_ratio if q.kind is Kind.COUNT else self.tune.rival_ratio
        apart = _quoted_apart if q.kind is Kind.COUNT else None
        rivals = disagreeing(groups, floor, ratio, apart) if q.kind is not Kind.OPEN else []
        if q.kind is Kind.OPEN and groups[0].members[0].key == "sentence":  # "$12bn" vs "$12.5bn"
            rivals = restated_rivals(groups[0], self.tune.bound_slack, q.text)
        if not rivals and q.kind is Kind.COUNT:  # a second account read below the floor
            retrieved = [*found.sentences, *hits]
            rivals = self._second_accounts(q, groups[0], candidates, retrieved, gates, scope, ratio)
        if rivals and q.kind is Kind.COUNT:  # "12" is no rival of the answer "at least 12"
            kept = fold_fitting(rivals[0], rivals[1:], self.tune.bound_slack)
            rivals = [rivals[0], *kept] if kept else []
        if not rivals and q.kind is Kind.COUNT:  # "has risen to 42 ... had given a toll of 17"
            rivals = self._earlier_report(q, groups[0], found.corpus)
        if rivals and q.kind is not Kind.COUNT:
            rivals = self._aligned_rivals(rivals, hits)
        if not rivals and q.kind in (Kind.PERSON, Kind.ORG):  # "announced" fails "who released"
            rivals = self._retold_doers(
                q, groups[0], [*found.sentences, *hits], [h for h in placed if h not in usable]
            )
        if rivals:
            return self._disagreement(q, by_support(rivals), passages, period)
        self._observe("final", q, groups, [*found.sentences, *hits], ask)
        top = groups[0]
        citations = _citations(top.members, self.tune.max_citations)
        docs = top.docs
        note = (
            f"Only one source states this: {docs[0]}."
            if len(docs) == 1
            else f"{len(docs)} sources state this."
        )
        if len(top.variants()) > 1 and q.kind is Kind.COUNT:
            note += " Wording varies: " + "; ".join(top.variants()) + "."
        note += period
        return Answer(
            asked,
            Status.ANSWERED,
            self._given(q, top, ask),
            citations=citations,
            single_source=len(docs) == 1,
            passages=passages,
            note=note,
        )

    @staticmethod
    def _kept(q: Question, numbered: list[str], candidates: list[Candidate]) -> list[Candidate]:
        """The candidates a question's own words leave possible: no numeral of a numbered name
        as a count nor a figure the question gives, no value it sets aside ("besides X"), only one
        of the options it offers."""
        if numbered and q.kind is Kind.COUNT:  # "Orbit 1.0": its "1.0" counts nothing
            candidates = [c for c in candidates if not name_numeral(numbered, c.value, c.quote)]
        if q.kind is Kind.COUNT:  # "of the 40 dead, how many were children": not "40"
            given = given_figures(q.text)
            candidates = [c for c in candidates if not echoes_given_figure(given, c)]
        if q.excluded:  # "besides X, ...": X is never the answer; what a source lists with X is
            candidates = [
                c for c in candidates if c.key == "sentence" or not set_aside_in(q.excluded, c.value, c.quote)
            ]
            beside = [
                c for c in candidates if c.key != "sentence" and listed_beside(q.excluded, c.value, c.quote)
            ]
            candidates = [*beside, *(c for c in candidates if c.key == "sentence")] if beside else candidates
        if q.options:  # "who won, Vell or Ansel?": one of the offered answers, no other name
            candidates = [c for c in candidates if c.key == "sentence" or offers(q.options, c.value)]
        return candidates

    # --- rescue: a fitted answer/decline step after the gates ----------------------------
    def _rescue(
        self,
        asked: str,
        q: Question,
        hits: list[EvidenceSentence],
        usable: list[EvidenceSentence],
        scope: Scope,
        numbered: list[str],
        passages: list[Passage],
    ) -> Answer | None:
        """A declined question's answer from the sentences the gates set aside: the best-scored
        ``rescue_sentences`` hits over ``rescue_floor`` of the evidence floor are read by the same
        value readers, and their best value is given, cited, only when the fitted answerability
        model (``bot.answerability``) puts the odds that it answers the question over
        ``answerability_threshold``; its note says the sources state it less directly."""
        model = Answerability.of(self.tune)
        if model is None and self.observe_rescue is None:
            return None
        floor = self.settings.min_evidence
        pool = [h for h in hits if h.score >= floor * self.tune.rescue_floor][: self.tune.rescue_sentences]
        if q.kind is Kind.OPEN and asked_speech(q.text) is not None:  # "what did Kerr say": hers only
            pool = [h for h in pool if self._speech(q, h) is not None]
        if not pool:
            return None
        parse_many(predicate_read(pool, self.tune), entities=False)
        candidates = self._kept(q, numbered, fitting(q, None, self._candidates(q, pool)))
        if q.kind is Kind.DATE:  # the asked unit of time holds here too: "in which year" not "Tuesday"
            candidates = not_yet_past(q.text, grain_values(q.text, candidates))
        groups = group(candidates, self.tune.bound_slack)
        by_id = {h.chunk.id: h for h in pool}
        hit = by_id.get(groups[0].members[0].chunk_id) if groups else None
        if hit is None:
            return None
        passed = {id(h) for h in usable}
        failed = [] if id(hit) in passed else self._failed_gates(q, hit, scope, floor)
        window = hit.window(before=self.tune.subject_window, after=1)
        row = rescue_features(q, groups, hit, failed, floor, window)
        top = groups[0]
        given = self._given(q, top, None)
        if self.observe_rescue is not None:
            self.observe_rescue(q, top, row, given)
        if model is None or model.probability(row) < self.tune.answerability_threshold:
            return None
        docs = top.docs
        return Answer(
            asked,
            Status.ANSWERED,
            given,
            citations=_citations(top.members, self.tune.max_citations),
            single_source=len(docs) == 1,
            passages=passages,
            note=(
                f"The sources state this less directly ({len(docs)} "
                f"{'source' if len(docs) == 1 else 'sources'}: {', '.join(docs[:3])}); "
                "read the cited sentences."
            ),
        )

    def _placement_gates(
        self, q: Question, scope: Scope, floor: float
    ) -> tuple[tuple[str, Callable[[EvidenceSentence], bool]], ...]:
        """The per-sentence gates a hit passes before its predicate is read, each named as in
        ``bot.answerability.GATES``, in the order ``_answer`` applies them (cheapest first)."""
        return (
            ("floor", lambda h: h.score >= floor * self.tune.floor_factor),
            ("names", lambda h: self._mentions_key_terms(q, h)),
            ("period", lambda h: fits(scope, h, self.tune)),
            # background: a sentence dated before the asked event tells another one
            ("background", lambda h: q.kind is Kind.DATE or not dated_before(scope, h, self.tune)),
        )

    def _failed_gates(self, q: Question, hit: EvidenceSentence, scope: Scope, floor: float) -> list[str]:
        """Which of the answerer's per-sentence gates (``bot.answerability.GATES``) ``hit`` fails."""
        failed = [name for name, passes in self._placement_gates(q, scope, floor) if not passes(hit)]
        return failed if self._states(q, hit) else [*failed, "predicate"]

    def _observe(
        self, stage: str, q: Question, groups: list[Group], hits: list[EvidenceSentence], ask: object
    ) -> None:
        """Shows ``observe`` (when set) the floor-passing groups at ``stage`` in the hand order."""
        if self.observe is not None:
            self.observe(stage, q, groups, hits, [self._given(q, g, ask) for g in groups])

    def _given(self, q: Question, top: Group, ask: object) -> str:
        """The answer text a group gives: a count with its noun, an attribute's fullest kind."""
        if q.kind is Kind.COUNT:
            return count_phrase(q, top.members[0], self._aliases())
        return fullest_kind(top) if ask else top.value

    # --- gating ------------------------------------------------------------------------
    def _states(self, q: Question, hit: EvidenceSentence) -> bool:
        if q.kind is Kind.PERSON and titled_name(q, hit.chunk.text):
            return True  # "Who is the harbour master?" - "Harbour Master Tomas Brill"
        if q.kind is Kind.PERSON and names_doer(q.text, hit.chunk.text, hit.parsed.entities):
            return True  # "who led X": "Ada Kerr, leader of X" states the deed in its doer noun
        if q.kind is Kind.PERSON and counted_people(q.text, hit.chunk.text, hit.parsed.entities):
            return True  # "who are the three presenters": a sentence naming three people lists them
        if q.kind is Kind.DATE and keyed_life_date(q, hit):
            return True  # "when did X die": a data row "date of death 4 May 1790" states the death
        before = hit.previous_text
        if self._names_asked_kind(q, hit):
            return True  # "which hospital was hit": "a rocket hit the Velm Clinic"
        if asks_again(q.text, hit.chunk.text):
            return False  # "X will announce which seat he will fight" does not say which
        if q.kind is Kind.OPEN and leaves_which_open(q.text, hit.chunk.text):
            return False  # "which venue": "no venue has been announced" says there is one, not which
        if q.thing and not names_thing(q.thing, hit, before):
            return False  # "from which air base": a sentence naming no base does not say
        if q.score:  # "what was the score when X beat Y": the names scope it, and no other player's
            return any(not another_match(q.text, hit.chunk.text, m) for m in scores(hit.chunk.text))
        if (
            q.kind in (Kind.PERSON, Kind.ORG)
            and not self._says_in_own_words(q, hit)  # "“…,” said General X" for "which general warned"
            and not states_asked_predicate(q.text, hit, self.tune.clause_senses, self.tune.phrasal_senses)
            and not states_sourced_figure(q.text, hit)  # "who gave the figure of 40": its speaker
            and not member_groups(q.text, hit.chunk.text)  # "fighters from X" say which group they belong to
        ):
            # "who claimed the bombing": a sentence that names no claiming does not say, unless
            # its parse puts a name in the asked role
            return fills_asked_role(q, hit, self.tune.phrasal_senses)
        if (
            asks_sum_by_verb(q)
            and not states_main_verb(q.text, hit, f"{before} {hit.chunk.text}")
            and not states_a_way_of(q.text, hit.chunk.text, self.tune.way_of_rank)  # "spent" pays
        ):
            return False  # "how much did it cost": "taking $5m" is another sum
        phrase = asked_phrase(q.text) if q.kind is Kind.OPEN else None
        if phrase is not None and fills_oblique(phrase, hit, self.tune.clause_senses):
            return True  # "what did the rate settle at": "it fell to 52" fills the asked "at"
        speech = self._speech(q, hit)
        if speech is not None and speech.quoted:
            return True  # "what did Kerr warn": her own words, quoted, state the saying in any verb
        if q.kind is Kind.OPEN and self._words_for(q, hit):
            return True  # "how did Kerr describe the plan": "Kerr said the plan was rushed"
        if q.kind is Kind.OPEN and (
            only_possible(q.text, hit.chunk.text) or not states_deed_or_doer(q.text, hit, before)
        ):
            return False  # "what did the inquiry conclude": not "X could face..." nor the strike itself
        return states_predicate(q, hit, self.tune, before) or fills_asked_role(
            q, hit, self.tune.phrasal_senses
        )

    @staticmethod
    def _asked_kind(q: Question) -> str:
        """The noun an open or organisation question asks a name of, where that N does not do the
        asked deed (``asks_doer``); "" otherwise."""
        return asked_head(q.text) if q.kind in (Kind.OPEN, Kind.ORG) and not asks_doer(q.text) else ""

    def _names_asked_kind(self, q: Question, hit: EvidenceSentence) -> bool:
        """Pattern: a sentence that names an N (``kind_names``: "the Velm Clinic" for "which
        hospital") and states some of the question's own event (``event_words``, at least
        ``kind_name_event_share`` of them by form or meaning) states which N, whatever verb it
        uses for the deed ("shelled", "a rocket landed on" for "was hit"). Open and organisation
        questions only: persons and places have their own readers; and not where the N does the
        deed ("which group claimed it", ``asks_doer``): that deed must be stated."""
        noun = self._asked_kind(q)
        if not noun or not kind_names(noun, hit.chunk.text, q.text):
            return False
        words = list(event_words(q))
        if not words:
            return True
        pool = terms(f"{hit.previous_text} {hit.chunk.text}")
        return hit.corpus.share(words, pool, verbs=list(hit.parsed.verbs)) >= self.tune.kind_name_event_share

    @staticmethod
    def _speech(q: Question, hit: EvidenceSentence) -> Speech | None:
        """The words of the speaker an open question asks about ("what did Kerr warn") in the
        sentence (with the one before it), or None: none asked, or none of theirs there."""
        spoken = asked_speech(q.text) if q.kind is Kind.OPEN else None
        return None if spoken is None else Answerer._speech_in(spoken, hit)

    @staticmethod
    def _speech_in(spoken: SpokenQuestion, hit: EvidenceSentence) -> Speech | None:
        """The asked speaker's words in the sentence (with the one before it), or None."""
        return speech_by(
            spoken,
            hit.chunk.text,
            hit.previous_text,
            sentence_speaker(hit),
            hit.corpus.article_text(hit.doc),
            hit.corpus.similar,
        )

    def _words_for(self, q: Question, hit: EvidenceSentence) -> bool:
        """Pattern: asked how a speaker put a thing into words ("how did Kerr describe the plan",
        ``asks_wording``), the speaker's speech about it, in any verb of saying, quoted or not
        ("Kerr said the plan was rushed"), gives their words: its content states at least
        ``wording_topic_share`` of what the question says of the thing (``topic_share``)."""
        spoken = asked_speech(q.text, wording=True)
        if spoken is None or not any(asks_wording(v) for v in dependency_parse(q.text)):
            return False
        speech = self._speech_in(spoken, hit)
        if speech is None:
            return False
        return topic_share(spoken.about, speech.content, hit.corpus.idf) >= self.tune.wording_topic_share

    def _says_in_own_words(self, q: Question, hit: EvidenceSentence) -> bool:
        """For "who warned/vowed ...", a quotation with a known speaker that the sentence model puts
        as close to the question as a restatement states the saying in its own verb; other verbs
        keep their check (a near sentence may name no doer of the asked deed). For "who spoke for
        X", a saying verb with no object, any sentence reporting someone's words states the deed."""
        if q.kind is not Kind.PERSON or not asks_speaker(q.text):
            return False
        if asks_bare_saying(q.text):
            return bool(sentence_speaker(hit) or reporters(hit.chunk.text))
        return hit.dense >= self.tune.verb_by_meaning and bool(sentence_speaker(hit))

    def _fills_slot(self, q: Question, hit: EvidenceSentence) -> bool:
        """Pattern: a sentence the sentence model puts close to the question (``slot_dense``) that
        holds a value of the asked kind the question does not name and says all but
        ``slot_unsaid`` of its common nouns (an open question's value has no kind: all of them),
        in any form WordNet puts beside them, states the deed in its own verbs ("the council
        arranged buses" for "who sorted out transport"); no count or sum is filled so (a close
        sentence's number is another deed's); a deed only possible ("could face") fills none,
        nor, for "which N", one naming no N (``kind_names``). Tried only where every other pass
        declines (``bot.slot_filled``)."""
        if hit.dense < self.tune.slot_dense or not typed_value(q, hit.chunk.text):
            return False
        if only_possible(q.text, hit.chunk.text) or asks_again(q.text, hit.chunk.text):
            return False  # "X could face a fine": what might happen answers no question of what did
        noun = asked_head(q.text) if q.kind is Kind.OPEN else ""
        if noun and not kind_names(noun, hit.chunk.text, q.text):
            return False  # "which faction fired": a sentence naming no faction does not say which
        said = f"{hit.previous_text} {hit.chunk.text}"
        allowed = 0 if q.kind is Kind.OPEN else self.tune.slot_unsaid
        return len(unsaid_nouns(q.text, said, self.tune.slot_noun_rank)) <= allowed

    def _restates_naming(self, hit: EvidenceSentence) -> bool:
        """For a who/which-organisation question the sentences stating its deed in words leave
        unanswered (``_states``), a sentence the sentence model puts as close to it as a
        restatement (``who_stated_by_meaning``) that names a person or an organisation states the
        deed in its own words ("Varga met with Tomas Brill" for "who did Varga confer with").
        Only then: beside an answer, a close sentence may name another person (a reporter, a
        spokesman). One naming nobody may name no doer of it."""
        return hit.dense >= self.tune.who_stated_by_meaning and any(
            e.label in _DOER_LABELS for e in hit.parsed.entities
        )

    def _page_hits(
        self,
        q: Question,
        hits: list[EvidenceSentence],
        usable: list[EvidenceSentence],
        scope: Scope,
        subject: str,
    ) -> list[EvidenceSentence]:
        """The evidence, plus, for a count or date, the sentences of sources whose opening
        defines the subject that pass every gate but the predicate: a page about X states X's
        figures and dates without repeating the question's verb ("The barracks were opened in
        1878" for "when were they established", "there were 412 people" for "what is the
        population"). A name there may be anyone's (the subject's own other name), so names
        keep the gate, and so do sums of money: a forecast or a cost is a deed's ("what profit does
        X expect"), not the subject's own figure."""
        if q.kind not in (Kind.COUNT, Kind.DATE) or q.amount:
            return []
        kept = set(map(id, usable))
        floor = self.settings.min_evidence * self.tune.floor_factor
        corpus = hits[0].corpus if hits else None
        pages: dict[str, bool] = {}
        gated = [
            h
            for h in hits
            if id(h) in kept
            or (subject and corpus is not None and h.score >= floor and fits(scope, h, self.tune))
        ]
        if corpus is not None:  # the defining parses the loop below makes, in one batch
            docs = dict.fromkeys(h.doc for h in gated if id(h) not in kept)
            parse_defining_ahead([opening_text(corpus, d) for d in docs], subject)
        out = []
        for h in gated:
            if id(h) not in kept:
                assert corpus is not None
                if h.doc not in pages:
                    pages[h.doc] = not opening_descriptor(corpus, h.doc, subject).empty
                if not pages[h.doc] or not self._mentions_key_terms(q, h):
                    continue
            out.append(h)
        return out

    def _attribute_hits(self, q: Question, hits: list[EvidenceSentence]) -> list[EvidenceSentence]:
        """Attribute values need the subject's names, not the question's verb ("associated with")."""
        floor = self.settings.min_evidence * self.tune.floor_factor
        return [h for h in hits if h.score >= floor and self._in_article(q, h)]

    def _in_article(self, q: Question, hit: EvidenceSentence) -> bool:
        """Every name of the question is in the sentence or its article; a given name may be
        missing from an article that names the person only by surname (see ``surname_only``)."""
        if not self._names_made_things(q, hit):
            return False
        article = hit.article_tokens
        sentence = hit.terms
        names = _names(q)
        missing = {
            t
            for t in names
            if not (
                self._asked_name_in(q, sentence, t, hit, names)
                or self._asked_name_in(q, article, t, hit, names)
            )
        }
        if not missing:
            return True
        article_text = hit.corpus.article_text(hit.doc)
        if missing <= surname_only(q.text, article_text):
            return True
        if self._named_on_page(q, missing, hit, names):
            return True
        return self._figure_asked(q) and self._names_nothing(article_text)

    def _named_on_page(self, q: Question, missing: set[str], hit: EvidenceSentence, names: list[str]) -> bool:
        """A name a question credits as the source ("according to the Velmar Post") is the
        article's outlet, which its page names only outside the claim sentences (its outlet
        field, a comment policy, a credit line): named there, it is named in the article."""
        page = hit.corpus.page_tokens(hit.doc, hit.chunk.outlet)
        return all(self._asked_name_in(q, page, t, hit, names) for t in missing)

    @staticmethod
    def _figure_asked(q: Question) -> bool:
        """A count, a date or a measure ("what is the median age"): a value a passage states
        of its unnamed subject ("the median age in the city was 37.4 years"); a name or a place
        in such a passage may be anything's."""
        return q.kind in (Kind.COUNT, Kind.DATE) or asked_measure(q.text) is not None

    def _names_nothing(self, article_text: str) -> bool:
        """A page fragment naming nothing ("The median age in the city was 37.4 years") is about
        the thing it was retrieved for (``bot.nameless``)."""
        return names_nothing(article_text, self.tune.nameless_scan)

    def _asked_name_in(
        self, q: Question, pool: TokenPool, term: str, hit: EvidenceSentence, names: list[str]
    ) -> bool:
        """The pool names the question's name ``term`` (``_has_name``, with its partners in the
        question), except that a word of a two-word noun WordNet knows whole ("American
        football", ``in_compound``) must be there as written: it names no country there."""
        if term in in_compound(q.text):
            return pool.has(term)
        if self._has_name(pool, term, hit, name_partners(q.text, term, names)):
            return True
        return written_form_named(pool, term, q.text, self._aliases(hit.corpus)) or spelt_out_named(
            pool, term, q.text
        )

    def _has_name(
        self, pool: TokenPool, term: str, hit: EvidenceSentence, partners: list[str] | None = None
    ) -> bool:
        """The pool names ``term`` as written, by an alias the corpus defines or spelt another way
        (a short word of a longer name: beside the name's other word, ``partnered_variant``)."""
        aliases = self._aliases(hit.corpus)
        if has_name(pool, term, aliases, self.tune):
            return True
        if partners and short_form_named(pool, term, partners, aliases):
            return True
        return bool(partners) and partnered_variant(pool, term, partners or [], self.tune)

    def _mentions_key_terms(self, q: Question, hit: EvidenceSentence) -> bool:
        """Names in the question must be in the evidence's article; a count's modifiers nearby."""
        if q.kind is not Kind.COUNT:
            return self._in_article(q, hit)
        if not self._names_made_things(q, hit):
            return False  # "the Tarvel police station": an article on a Tarvel without that station
        text = hit.window(before=self.tune.subject_window)
        window = terms(text)
        unsaid = [m for m in q.modifiers if not window.has(m)]  # as written: another form opens other events
        if (
            unsaid
            and not self._modifiers_defined(q, unsaid, text, hit)
            and not self._owner_named_next(q, hit)
        ):
            return False  # "Russian troops" are not the troops of another country
        if self._asked_place_unnamed(q, hit):
            return False  # "near Velm": an article that never names Velm tells of another place's count
        others = [t for t in q.key_terms if t not in q.modifiers]
        names = _names(q)  # a date is scoped by the article's date: counted here as present
        given = given_names(q.text, window)
        missing = sum(
            1
            for t in others
            if t in names
            and not self._asked_name_in(q, window, t, hit, names)
            and t not in given
            and not self._scene_unsaid(q, t, hit, text)
            and not self._named_thing_unsaid(q.text, t, hit, window, text)
            and not self._named_next(q, t, hit, names)
            and not self._place_part_named(q, t, text)
        )
        if missing <= max(0, (len(others) - 1) // 2):  # an agent may be paraphrased
            return True
        return self._names_nothing(hit.corpus.article_text(hit.doc))  # "there were 412 people"

    @staticmethod
    def _place_part_named(q: Question, term: str, text: str) -> bool:
        """The question's place holding ``term`` ("in Velmaria") is named in ``text`` by a place
        WordNet files within it (``bot.places.part_named``): "in Ostrin", a town of Velmaria."""
        places = asked_places(dependency_parse(q.text))[0]
        return any(term in tokens(p) and part_named(p, text) for p in places)

    def _asked_place_unnamed(self, q: Question, hit: EvidenceSentence) -> bool:
        """A count the question sets in named places ("near Velm", "in the town of Velm") is
        another place's when its article names none of them in any spelling: an agent may be
        paraphrased, a place is named. Countries and states (``wide_place``) and regions holding
        the asked places (``holding_names``) are left out: an article names the town, not always
        the country or the province holding it; so is the place of an earlier event the count
        follows (``anchor_names``): a report may call that event by its own name."""
        doc = dependency_parse(q.text)
        aside = {*holding_names(doc), *anchor_names(doc)}  # "the villages in Velm", "after winning in Velm"
        own = [n for n in asked_places(doc)[0] if not wide_place(n) and n not in aside]
        words = [t for name in own for w in name_words(name) for t in tokens(w)]
        if not words:
            return False
        pool = hit.article_tokens
        return not any(self._has_name(pool, t, hit) for t in words)

    def _modifiers_defined(self, q: Question, unsaid: list[str], text: str, hit: EvidenceSentence) -> bool:
        """A count's name modifiers unsaid as written ("Velmar Front bases") are said by a short
        form the articles define for a name holding all of the question's name modifiers ("VF
        bases", "VF-held bases"): the same group by its other form, not another group."""
        names = set(_names(q))
        said = [m for m in q.modifiers if m in names]
        if not said or any(m not in said for m in unsaid):
            return False
        return named_by_defined_form(said, text, self._aliases(hit.corpus))

    def _owner_named_next(self, q: Question, hit: EvidenceSentence) -> bool:
        """The hit counts "members of a tribe" and the next ``subject_after`` sentences name it
        by the question's modifiers ("the Velm tribe"): ``bot.later_owner``."""
        if not self.tune.subject_after:
            return False
        after = hit.window(after=self.tune.subject_after)
        return owner_named_later(q.modifier_words, q.text, hit.chunk.text, after)

    def _named_next(self, q: Question, term: str, hit: EvidenceSentence, names: list[str]) -> bool:
        """A count's asked name may first be said in the sentence right after it, when that
        sentence goes on about the count's subject: a lead gives the figure of "an Ostrian
        blogger" and the next sentence names him ("Tomas Brill was arrested ..."), or names the
        source of "the figures" ("The figures, from the firm Velmar Data, ..."). Only the next
        ``subject_after`` sentences, and only names (a modifier stays as written, nearby)."""
        if not self.tune.subject_after:
            return False
        after = terms(hit.window(after=self.tune.subject_after))
        return self._asked_name_in(q, after, term, hit, names)

    def _scene_unsaid(self, q: Question, term: str, hit: EvidenceSentence, text: str) -> bool:
        """A place the question sets the count in ("how many died in the Ostrin blast") may go
        unnamed in a sentence whose article names it and which names no place itself ("in the
        capital"): the sentence's scene is its article's."""
        places = [e for e in spacy_doc(q.text).ents if e.label_ in PLACE_LABELS]
        if not any(terms(e.text).has(term) for e in places):
            return False
        if not self._has_name(hit.article_tokens, term, hit):
            return False
        said = [c.text for c in hit.neighbours(before=self.tune.subject_window)] or [hit.chunk.text]
        if hit.chunk.text not in text:
            said.insert(0, hit.chunk.text)
        parse_many(said)  # each sentence's cached parse, not one parse of the joined window
        return not any(e.label_ in PLACE_LABELS for s in said for e in dependency_parse(s).ents)

    def _named_thing_unsaid(
        self, question: str, term: str, hit: EvidenceSentence, window: TokenPool, text: str = ""
    ) -> bool:
        """A name the question gives a common noun ("the Velmar bridge", "the village of Velm") may
        go unsaid in a sentence that says the noun ("the bridge") where its article names it: the
        sentence speaks of the article's named thing. The noun must be said in the question's
        number: "villages" are many, not the named one."""
        noun = named_noun(question, term)
        said = window.has(noun) or hit.terms.has(noun)
        word = named_word(question, term)
        said_text = f"{text} {hit.chunk.text}"
        plural_only = bool(word) and (
            not re.search(rf"\b{re.escape(word)}\b", said_text, re.I)
            and bool(re.search(rf"\b{re.escape(word)}e?s\b", said_text, re.I))
        )
        if not noun or not said or plural_only:
            return False
        if made_thing(word):  # a building or object: its article names it with the name
            return self._names_together(hit, term, noun)
        return self._has_name(hit.article_tokens, term, hit)

    def _names_made_things(self, q: Question, hit: EvidenceSentence) -> bool:
        """A made thing the question names by a place ("the Velmar pier") is one the hit's article
        names with that place (``_names_together``): an article naming Velmar, but no pier there,
        tells of something else at Velmar. A name the parse takes for another kind of entity than
        a place (an actor: "ISIS camps") and a word no article uses (a typo: "minster") are left
        out."""
        actors = [terms(e.text) for e in spacy_doc(q.text).ents if e.label_ not in PLACE_LABELS]
        names = _names(q)
        for term in names:
            if any(actor.has(term) for actor in actors):
                continue  # "the Velmar Air Force jets", "Front camps": an actor's things, not a place's
            partners = name_partners(q.text, term, names)
            for word in named_run(q.text, term, self.tune.named_run_words):
                stem = word_stem(word)
                if (
                    made_thing(word)
                    and hit.corpus.knows(stem)
                    and not self._names_together(hit, term, stem, partners)
                ):
                    return False
        return True

    def _names_together(
        self, hit: EvidenceSentence, term: str, noun: str, partners: list[str] | None = None
    ) -> bool:
        """Some sentence (or the title) of the hit's article names the made thing by the name: the
        name and the noun together ("the pier at Ostrin"), not the name in passing about another
        thing ("ferries from Ostrin") while "the pier" is another one."""
        text = f"{hit.chunk.title}\n{hit.corpus.article_text(hit.doc)}"
        for part in _SENTENCE_END.split(text):
            pool = terms(part)
            if pool.has(noun) and self._has_name(pool, term, hit, partners):
                return True
        return False

    def _in_asked_place(
        self, q: Question, candidates: list[Candidate], corpus: Corpus, known: tuple[Candidate, ...] = ()
    ) -> list[Candidate]:
        """A count set in another place than the question's, or summed over several places of
        the asked kind, is another toll (``bot.places.elsewhere``, read with the ``known``
        counts already kept); names match in any spelling."""
        asked_doc = dependency_parse(q.text)
        asked = asked_places(asked_doc)
        if all(wide_place(name) for name in asked[0]):  # a country holds every town its sources name
            return candidates
        nouns = named_place_nouns(asked_doc)
        aliases = self._aliases(corpus)

        def same(word: str, name: str) -> bool:  # a doubled letter dropped too ("Velmarr"/"Velmar")
            written = name_words(name)
            return has_name(terms(name), word_stem(word), aliases, self.tune) or any(
                undoubled(w) == undoubled(word) or spelling_variants(w, word, self.tune) for w in written
            )

        every = [*candidates, *known]
        parse_many(c.quote for c in every)
        readings = [place_reading(asked, nouns, dependency_parse(c.quote), same) for c in every]
        away = elsewhere(readings)[: len(candidates)]
        listed = self._listed_elsewhere(
            candidates, readings, lambda doc: place_reading(asked, nouns, doc, same)
        )
        return [c for c, gone, other in zip(candidates, away, listed, strict=True) if not gone and not other]

    @staticmethod
    def _listed_elsewhere(
        candidates: list[Candidate], readings: list[str], read: Callable[[Any], str]
    ) -> list[bool]:
        """Which candidates a sentence listing several counts gives for another place than the
        asked one it also names (``places.listed_elsewhere``): each is read in its own stretch,
        which the sentence's other figures end too, taken or not ("45 in Velm and 22 in Ostrin")."""
        out = [False] * len(candidates)
        by_sentence: dict[str, list[int]] = {}
        for i, c in enumerate(candidates):
            by_sentence.setdefault(c.chunk_id, []).append(i)
        for at in by_sentence.values():
            quote = candidates[at[0]].quote
            starts = [quote.find(candidates[i].value) for i in at]
            spans = [(s, s + len(candidates[i].value)) for s, i in zip(starts, at, strict=True) if s >= 0]
            others = [x.start for x in parse_quantities(quote) if not any(a <= x.start < b for a, b in spans)]
            if len(starts) + len(others) < 2:
                continue
            stretches = stretches_at(quote, [*starts, *others])
            own = [read(dependency_parse(s)) if s else "" for s in stretches]
            whole = [readings[at[0]]] * len(others)  # one sentence: one reading as a whole
            gone = listed_elsewhere([*(readings[i] for i in at), *whole], own)
            for i, lost in zip(at, gone, strict=False):
                out[i] = lost
        return out

    # --- candidates --------------------------------------------------------------------
    def _candidates(self, q: Question, hits: list[EvidenceSentence]) -> list[Candidate]:
        if q.kind is Kind.COUNT:
            return counts(q, hits, self.tune)
        if q.kind is not Kind.DATE and (beside := listed_with_candidates(q, hits, self.tune)):
            return beside  # "apart from the depots, what was hit": what a source lists with the depots
        noun = self._asked_kind(q)
        if q.kind is Kind.ORG and (named := kind_name_candidates(noun, q.text, hits, self.tune, q.excluded)):
            return named  # "which school": "the Velm School", not another organisation in its sentence
        if q.kind in ENTITY_LABELS:
            found = entities(q, hits, self.tune)
            if found or q.kind in (Kind.DATE, Kind.PERSON):
                return found  # no date or person in the evidence: a sentence does not answer "when"/"who"
            hits = [h for h in hits if h.score >= self.settings.min_evidence + self.tune.sentence_margin]
        measure: MeasureAsk | None = None
        if q.kind is Kind.OPEN:
            # "what chemical": the sentence naming "toluene" before the one saying "a toxic compound"
            hits = kind_first(q.thing, event_first(q, by_predicate(q, hits, self.tune), self.tune), self.tune)
            listed = kind_list_candidates(q.thing, hits, self.tune) if q.thing else []
            if listed:  # "which warplanes": "B-52s, F-15s and A-10s", not the sentence
                return listed
            if noun:  # "which hospital": "Ostra hospital", not the sentence naming it
                calling = {
                    h.chunk.id for h in hits if self._names_asked_kind(q, h)
                }  # names an N, states the event
                named = [
                    c
                    for c in kind_name_candidates(noun, q.text, hits, self.tune, q.excluded)
                    if c.chunk_id in calling
                ]
                if named:
                    return named
            measure = asked_measure(q.text)  # "what record price": the price, not the sentence
            valued = measure_candidates(measure, hits, self.tune) if measure else []
            if any(c.score >= self.settings.min_evidence for c in valued):
                return valued  # a figure only weak sentences give leaves the sentence answer
            slot = asked_slot(q.text) if measure is None else None  # "what was X valued at": the sum
            filled = slot_candidates(slot, hits, self.tune) if slot else []
            if any(c.score >= self.settings.min_evidence for c in filled):
                return filled
            members = membership_candidates(q, hits)  # "which factions were the fighters from"
            if members:
                return members
            phrase = asked_phrase(q.text)  # "what is X accused of overseeing": the overseen thing
            found = phrase_candidates(phrase, hits, self.tune) if phrase else []
            if found:
                return found
            spoken = asked_speech(q.text)  # "what did Kerr warn": Kerr's words, not narration about her
            found = speech_candidates(spoken, hits, self.tune) if spoken else []
            if found:
                return found
            if spoken is not None and spoken.own_words:  # "what did the Tarn police say": not another's words
                hits = [
                    h for h in hits if acts_in(spoken, h.text, h.corpus.article_text(h.doc), h.corpus.similar)
                ]
        if later := self._named_later(q, hits):  # "which firm": "a Dutch firm ..." then its name
            return later
        said = sentences(
            [h for h in hits if sentence_of_asked_kind(q, h.text)], self.tune
        )  # "where": a place
        if measure is not None:  # "what salary": a sentence stating no figure does not say it
            said = [c for c in said if states_a_figure(measure, c.quote)]
        if (
            said and q.kind is Kind.OPEN
        ):  # "which Vale Party member", "what sort of council": not the sentence
            value = titled_person(q.text, said[0].value) or kind_phrase(q.text, said[0].value)
            if value:
                return [replace(c, value=value, key=value.lower()) for c in said]
            best = next((h for h in hits if h.chunk.id == said[0].chunk_id), None)
            titled = titled_elsewhere_candidates(q, best, said[0].score, self.tune) if best else []
            if titled:  # "which Vale Party member": the name a later sentence of the article gives
                return titled
        return self._named_elsewhere(q, hits, said) or said

    def _named_elsewhere(
        self, q: Question, hits: list[EvidenceSentence], said: list[Candidate]
    ) -> list[Candidate]:
        """A which-N question the best sentence answers only by describing the thing: the name
        another sentence of its article ties to an N (``bot.named_elsewhere``)."""
        if not said or q.kind not in (Kind.OPEN, Kind.PLACE, Kind.ORG):
            return []
        best = next((h for h in hits if h.chunk.id == said[0].chunk_id), None)
        noun = asked_head(q.text)
        if best is None or not noun:
            return []
        return named_elsewhere_candidates(q, noun, best, said[0].score, self.tune)

    def _named_later(self, q: Question, hits: list[EvidenceSentence]) -> list[Candidate]:
        """A place, organisation or which-N question whose best sentences write the asked thing
        only as "a N": the name the next sentence gives it (``bot.later_names``)."""
        if q.kind not in (Kind.PLACE, Kind.ORG, Kind.OPEN):
            return []
        head = asked_head(q.text)
        place = q.kind is Kind.PLACE or (bool(head) and is_place_division(head))
        return later_name_candidates(q.text, head, place, hits, self.tune)

    # --- disagreement ------------------------------------------------------------------
    def _with_retellings(
        self,
        q: Question,
        groups: list[Group],
        scope: Scope,
        found: Retrieval,
        floor: float,
        asked: list[EvidenceSentence] | None = None,
        whole: bool = False,
    ) -> list[Group]:
        """The count groups with the values of other outlets' reports of the lead's event
        (``events.retold``; ``events.told_by_question`` among the question's own ``asked`` hits,
        when they state its deed) that fit the question's date and name its names in their
        article: their differently worded or revised tolls join the answer's sources or stand
        against it. The question's own hits never displace the lead: they may only stand against it.
        With ``whole``, the openings of the question's best articles on the lead's days join the
        question's hits (``events.event_articles``), again only standing against the lead."""
        have = {m.chunk_id for g in groups for m in g.members}
        lead = groups[0]
        opened: set[str] = set()  # sentences only an article's opening gave
        own_hits = asked
        if whole and asked is not None:  # the question's best articles: their briefer wordings
            docs = self.retriever.best_articles(found.query, self.tune.event_articles)
            seen = {h.chunk.id for h in asked}
            read = [
                h
                for h in event_articles(lead, docs, found.corpus, self.tune)
                if h.chunk.id not in seen and not war_total(h.text, q.text)  # a war's toll, not the event's
            ]
            opened = {h.chunk.id for h in read}
            asked = asked + read
        told = [
            h
            for h in told_by_question(lead, [h for h in asked or [] if h.chunk.id not in have], self.tune)
            if parse_quantities(h.text) and states_a_verb(q.text, h)
        ]
        near: dict[str, EvidenceSentence] = {}
        for h in [
            *retold(lead, found.corpus, self.tune, found.vector),
            *self._beside(lead, found.corpus),
            *told,
        ]:
            near.setdefault(h.chunk.id, h)
        hits = [
            h
            for h in near.values()
            if h.chunk.id not in have
            and (q.frequency or q.score or parse_quantities(h.text))  # no number: spare the parse
            and fits(scope, h, self.tune)
            and self._in_article(q, h)
        ]
        own = {m.doc for m in lead.members}  # beside the answer: only a second source's figure
        extra = [
            c
            for c in (counts(q, hits, self.tune) if hits else [])
            if (c.doc not in own or any(m.doc == c.doc and _quoted_apart(m, c) for m in lead.members))
            and not (c.chunk_id in opened and _bare(c))
        ]
        kept = tuple(m for g in groups for m in g.members)
        extra = self._in_asked_place(q, extra, found.corpus, kept) if extra else []
        if not extra:
            return groups
        members = spans_of_asked_act(q, [m for g in groups for m in g.members] + extra, self.tune)
        regrouped = [g for g in group(members, self.tune.bound_slack) if g.score >= floor]
        out = on_event(regrouped, found.corpus, floor, self.tune)
        if not told:
            return out
        base = self._with_retellings(
            q, groups, scope, found, floor, own_hits if opened else None
        )  # told: only against it
        return _led_as(out, base) if out and base else base

    def _beside(self, lead: Group, corpus: Corpus) -> list[EvidenceSentence]:
        """The sentences within ``quoted_window`` of the lead's own in its articles, scored as the
        lead's: an article quoting a second source's figure ("the monitor said 21 died") gives it
        a few sentences on, in words the question may not find (``_with_retellings`` keeps only
        such figures). Beside a figure with no speaker, only a sentence giving a whole death toll
        ("the ministry put the toll at 15", ``bot.tallies.gives_toll``) is read: another party's count."""
        out: dict[str, EvidenceSentence] = {}
        for m in lead.members:
            said = corpus.at_span(m.doc, m.start, m.end)
            if said is None:
                continue
            spoken = may_name_speaker(m.quote)  # without a speaker, only a whole toll is told apart
            for chunk in said.neighbours(self.tune.quoted_window, self.tune.quoted_window):
                if chunk.id != m.chunk_id and (
                    (spoken and may_name_speaker(chunk.text)) or gives_toll(chunk.text)
                ):
                    out.setdefault(chunk.id, corpus.sentence(chunk, score=m.score))
        return list(out.values())

    def _second_accounts(
        self,
        q: Question,
        lead: Group,
        candidates: list[Candidate],
        read: list[EvidenceSentence],
        gates: tuple[tuple[str, Callable[[EvidenceSentence], bool]], ...],
        scope: Scope,
        ratio: float,
    ) -> list[Group]:
        """The lead count and other articles' accounts of it (``_other_accounts``) among the
        candidates and the retrieved sentences the gates left out, as strong against the lead as
        ``disagreeing`` asks or tied to it by a bound, at any floor: a second account is tied to
        the lead by its figure and its sentence, not to the question's words, so it may name the
        doer, the target and the deed otherwise ("dozens of strikes" for "raids on the camps");
        only the asked period, weekday and part of place must hold in it."""
        given = {c.chunk_id for c in candidates}
        placed_in = [passes for name, passes in gates if name not in ("floor", "names", "period")]
        unworded = replace(scope, roles=(), events=(), aftermath=())
        unread = {
            h.chunk.id: h
            for h in read
            if h.doc not in lead.docs
            and all(passes(h) for passes in placed_in)
            and fits(unworded, h, self.tune)
        }
        more = counts(q, [h for i, h in unread.items() if i not in given], self.tune)
        more = loosely_bounded(more, read[0].corpus) if read else more
        below = [
            g
            for g in group(spans_of_asked_act(q, [*candidates, *more], self.tune), self.tune.bound_slack)
            if g.score >= ratio * lead.score or bounds_lead(lead, g)
        ]
        return self._other_accounts(lead, below, read)

    def _other_accounts(self, lead: Group, groups: list[Group], hits: list[EvidenceSentence]) -> list[Group]:
        """The answer's count and the groups that give
        another account of its count (``bot.accounts.rival_accounts``: the answer's own figure as
        a strict bound, or a sentence at ``retold_similarity`` of the answer's, one event told
        twice, "hundreds of raids" beside "a hundred raids", in an article of the answer's day or
        undated); empty when none does. A second account is often worded further from the question than the
        first, or names the deed's doer otherwise (the placement gates leave it out), yet its
        figure and noun tie it to the answer's count: the caller reads the retrieved sentences
        of other articles for it too."""
        first = lead.members[0]
        by_id = {h.chunk.id: h for h in hits}
        if first.quantity is None or first.chunk_id not in by_id:
            return []
        pairs = [
            (g, Account(by_id[m.chunk_id], m.quantity))
            for g in groups
            if not set(g.docs) <= set(lead.docs)
            for m in g.members
            if m.doc not in lead.docs and m.quantity is not None and m.chunk_id in by_id
        ]
        source = Account(by_id[first.chunk_id], first.quantity)
        found = rival_accounts(source, [a for _, a in pairs], self.tune)
        kept: list[Group] = []
        for g, account in pairs:
            if account in found and g not in kept:
                kept.append(g)
        return [lead, *kept] if kept else []

    def _earlier_report(self, q: Question, lead: Group, corpus: Corpus) -> list[Group]:
        """The lead count and the earlier figure an article of the lead gives for that count, in
        the lead's own sentence or elsewhere in it (``bot.earlier_reports``: "has risen to 42 ...
        which had given a toll of 17"): one article telling two accounts; empty when none does."""
        deaths = tells_death(q.text)
        seen: set[str] = set()
        for m in lead.members:
            if m.quantity is None or m.chunk_id in seen:
                continue
            seen.add(m.chunk_id)
            sentences = corpus.sentences_of(m.doc)
            own = next((s for s in sentences if s.chunk.id == m.chunk_id), None)
            if own is None:
                continue
            others = [own, *(s for s in sentences if s is not own)]
            found = first_earlier(own.chunk.text, m.quantity, [s.chunk.text for s in others], q.text, deaths)
            if found is not None:
                at, x = found
                return [lead, Group([Candidate.of(others[at], x.text, x.text.lower(), m.score, x)])]
        return []

    def _retold_doers(
        self, q: Question, lead: Group, retrieved: list[EvidenceSentence], unstated: list[EvidenceSentence]
    ) -> list[Group]:
        """The lead and the doers another outlet names for the same deed (``bot.retold_doers``):
        sentences of other articles that failed the predicate test, at least
        ``retold_rival_alignment`` close to the lead's sentence and on its event, whose name
        stands in the lead name's role; none where no such sentence is found."""
        first = lead.members[0]
        anchor = next((h for h in retrieved if h.chunk.id == first.chunk_id), None)
        others = [h for h in unstated if h.doc not in lead.docs]
        if anchor is None or not others:
            return []
        corpus = others[0].corpus
        ids = [first.chunk_id, *[h.chunk.id for h in others]]
        vectors = corpus.sentence_vectors(ids)
        mine = vectors.get(first.chunk_id)
        if mine is None:
            return []
        lead_text = anchor.chunk.text
        rivals: list[Group] = []
        for hit in others:
            theirs = vectors.get(hit.chunk.id)
            if theirs is None or float(mine @ theirs) < self.tune.retold_rival_alignment:
                continue
            if not same_event(first, hit.chunk, corpus, self.tune):
                continue
            for c in self._candidates(q, [hit]):
                if same_name(first.key, c.key) or any(g.accepts(c) for g in rivals):
                    continue
                if same_role(lead_text, first.value, hit.chunk.text, c.value) and called_as_asked(
                    q.text, hit.chunk.text, c.value
                ):
                    rivals.append(Group([c]))
                    break
        return [lead, *rivals] if rivals else []

    def _aligned_rivals(self, groups: list[Group], hits: list[EvidenceSentence]) -> list[Group]:
        """Names or dates differ only if the sentences giving them say the same thing otherwise."""
        by_id = {h.chunk.id: h for h in hits}
        leads = [by_id[g.members[0].chunk_id] for g in groups if g.members[0].chunk_id in by_id]
        if leads:
            leads[0].corpus.load_vectors(leads)
        vectors = {s.chunk.id: s.vector for s in leads if s.vector is not None}
        anchor = vectors.get(groups[0].members[0].chunk_id)
        if anchor is None:
            return []
        kept = [
            g
            for g in groups[1:]
            if g.members[0].chunk_id in vectors
            and float(np.dot(anchor, vectors[g.members[0].chunk_id])) >= self.tune.rival_alignment
        ]
        return [groups[0], *kept] if kept else []

    def _aliases(self, corpus: Corpus | None = None) -> Aliases:
        """The short forms the articles define, with one tuned count of definitions for every
        caller (read once per index state); ``corpus`` is the evidence's own, else the index's."""
        source = corpus if corpus is not None else self.retriever.corpus()
        return source.aliases(self.tune.alias_min_definitions)

    def _disagreement(
        self, q: Question, groups: list[Group], passages: list[Passage], period: str = ""
    ) -> Answer:
        """Each value with its sources; dated values in the order they were reported."""
        groups, history = timeline(groups)
        variants = []
        all_citations: list[Citation] = []
        for g in groups:
            cites = _citations(g.members, self.tune.max_citations, first_id=len(all_citations) + 1)
            all_citations.extend(cites)
            value = count_phrase(q, g.members[0], self._aliases()) if q.kind is Kind.COUNT else g.value
            variants.append(Variant(value, cites))
        about = q.target or (q.kind.value if q.kind is not Kind.OPEN else "figure")
        sides = " vs ".join(
            f"{v.value!r} ({', '.join(sorted({c.doc for c in v.citations}))})" for v in variants
        )
        if len({reported_on(g) for g in groups} - {None}) > 1 and not shared_article(groups):
            note = f"The sources give different {about} figures over time: {history}"
            text = "The reports differ: " + " → ".join(v.value for v in variants)
        elif history:
            note = f"The sources disagree on the {about}: {history}"
            text = "The sources differ: " + " vs ".join(v.value for v in variants)
        else:
            note = f"The sources disagree on the {about}: {sides}."
            text = "The sources differ: " + " vs ".join(v.value for v in variants)
        note += period
        docs = {c.doc for c in all_citations}
        return Answer(
            q.text,
            Status.ANSWERED,
            text,
            citations=all_citations,
            disagreements=[Disagreement(about, note, variants)],
            single_source=len(docs) == 1,
            passages=passages,
            note=note,
        )


def search_text(corpus: Corpus, asked: str, tune: AnswerTuning) -> str:
    """The question as answering searches it: a name the articles write out spelt out ("YHSS"),
    a misspelt word read as the indexed word meant ("civillians"), a name cased as the articles
    write it ("glazer"); a question word run together with its "'s" as the contraction ("whats",
    ``apostrophed``), before respelling could read it as a typo of the bare word; "who said they
    were behind X" as the claim of responsibility it asks for (``owned_up_form``)."""
    spelt = corpus.spelt_out(owned_up_form(apostrophed(asked)))
    respelt = corpus.respelt(
        spelt, tune.spelling_min_count, tune.spelling_similarity, tune.spelling_min_consonants
    )
    return corpus.cased(respelt, tune.name_case_min_count, tune.name_case_share)


def _led_as(groups: list[Group], base: list[Group]) -> list[Group]:
    """``groups`` led by the group whose best sentence is the lead's (``base[0]``): values found
    beside the answer stand against it, never in its place; ``base`` when no group is so led
    (a value found beside it joined the answer's group and outranks its sentence)."""
    best = max(base[0].members, key=lambda m: m.score).chunk_id
    at = next(
        (i for i, g in enumerate(groups) if max(g.members, key=lambda m: m.score).chunk_id == best), None
    )
    if at is None:
        return base
    return [groups[at], *groups[:at], *groups[at + 1 :]]


def numbered_only(
    numbered: list[str], hits: list[EvidenceSentence], corpus: Corpus
) -> list[EvidenceSentence]:
    """For the question's numbered names (``numbered_names``: "PlayStation 3"), only sentences
    of articles that write one: an article on another model does not say."""
    if not numbered:
        return hits
    return [h for h in hits if writes_numbered(numbered, corpus.article_text(h.doc))]


def not_yet_past(question: str, candidates: list[Candidate]) -> list[Candidate]:
    """For a question asking when a thing will happen (``bot.ahead.asks_ahead``), the date values
    its articles had not yet seen pass (``past_when_written``; a lone weekday read as the day of
    the week up to its article's, ``scope.weekday_dates``); other questions keep all."""
    if not asks_ahead(question):
        return candidates
    read = weekday_dates(question, candidates)
    return [
        c
        for c, dated in zip(candidates, read, strict=True)
        if c.key == "sentence" or not past_when_written(dated.value, c.date)
    ]


def _bare(c: Candidate) -> bool:
    """A count with no counted noun of its own ("1195", or "1195" run into the next count as in
    "URL 1195 Over 100 militants"): in a sentence no search for the question ranked, nothing
    says what it counts (a page's furniture, a share count), so it stands against nothing."""
    x = c.quantity
    if x is None or not x.unit:
        return True
    return any(y.start > x.start and y.start - x.end <= 1 for y in parse_quantities(c.quote))


def _quoted_apart(a: Candidate, b: Candidate) -> bool:
    """Two counts one article attributes to two named speakers (``other_speakers``), or gives
    the second as a whole death toll in a sentence of its own (``bot.tallies.death_tally``: "the
    ministry put the toll at 15" beside "20 died, the monitor said"): a toll is someone's whole
    count of the event, not a part of the first figure."""
    if a.quantity is None or b.quantity is None:
        return False
    if a.chunk_id != b.chunk_id and death_tally(b.quote, b.quantity):
        return True
    return other_speakers(a.quote, a.quantity, b.quote, b.quantity)


def listed_with_candidates(q: Question, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """For "apart from X, who/what ...", one candidate per strong sentence listing X with others
    (``bot.beside.listed_with``): those others, ranked as a value filling the asked slot
    (``asked_noun_bonus``) above the sentence, as ``kind_list_candidates`` ranks a list."""
    if not q.excluded or not hits:
        return []
    best = max(h.score for h in hits)
    kept = [h for h in hits[: tune.entity_sentences] if h.score >= tune.phrase_floor_ratio * best]
    out = []
    for rank, hit in enumerate(kept):
        value = listed_with(q.excluded, hit.chunk.text, named=q.kind in (Kind.PERSON, Kind.ORG, Kind.PLACE))
        if value:
            score = hit.score - tune.rank_penalty * rank + tune.asked_noun_bonus
            out.append(Candidate.of(hit, value, value.lower(), score))
    return out


def membership_candidates(q: Question, hits: list[EvidenceSentence]) -> list[Candidate]:
    """Each sentence's groups that the question's people come from ("militants from A and B"),
    as one value: "which factions did the fighters belong to" asks for a group, not a sentence."""
    out = []
    for hit in hits:
        groups = member_groups(q.text, hit.chunk.text)
        if groups:
            value, key = membership_value(groups)
            out.append(Candidate.of(hit, value, key, hit.score))
    return out


def _citations(members: list[Candidate], limit: int, first_id: int = 1) -> list[Citation]:
    out: list[Citation] = []
    seen: set[tuple[str, int]] = set()
    for m in sorted(members, key=lambda m: -m.score):
        if (m.doc, m.start) in seen or len(out) >= limit:
            continue
        seen.add((m.doc, m.start))
        start, end, quote = m.cited()
        out.append(
            Citation(
                first_id + len(out),
                m.doc,
                start,
                end,
                quote,
                round(m.score, 4),
                m.outlet,
                m.title,
                m.date,
            )
        )
    return out


def name_partners(question: str, term: str, names: list[str]) -> list[str]:
    """The question's other name words within two words of ``term``: its name's other words
    ("sughra" for "arem" in "the Arem al-Sughra strike")."""
    words = tokens(question)
    at = [i for i, w in enumerate(words) if w == term]
    return [w for i, w in enumerate(words) if w != term and w in names and any(abs(i - j) <= 2 for j in at)]


_NOUN_OF_NAME = re.compile(
    r"\b([a-z][\w'-]*)\s+of\s+((?:[A-Z0-9][\w'-]*|[a-z]{1,3}-[A-Z][\w'-]*)"
    r"(?:\s+(?:[A-Z0-9][\w'-]*|[a-z]{1,3}-[A-Z][\w'-]*))*)"
)
"""A common noun, "of", then a name ("the village of Tell el-Velm"): the noun is what the name names."""


def named_noun(question: str, term: str) -> str:
    """The common noun (as a stem) the question names by the name holding ``term``: written right
    after it ("bridge" for "velmar" in "at the Velmar bridge") or before it with "of" ("village" in
    "the village of Tell el-Velm"); "" when neither."""
    word = named_word(question, term)
    return word_stem(word) if word else ""


def made_thing(word: str) -> bool:
    """The noun's commonest WordNet sense is a made thing (a station, a pier, a hospital), not an
    act, a place or a vehicle (the bomber's motorbike in "the Tarvel motorbike bombing" moves;
    the name places the bombing): a name qualifying it is written beside it where an article
    tells of it."""
    from bot.wordnet import wordnet

    wn = wordnet()
    return (
        bool(word)
        and wn.kind_rank(word.lower(), "artifact") == 0
        and wn.kind_rank(word.lower(), "conveyance") != 0
    )


def named_run(question: str, term: str, longest: int = 3) -> list[str]:
    """The lower-case words right after the name holding ``term`` (up to ``longest``, stopwords
    ending the run): "police", "station", "bombing" in "the Tarvel police station bombing";
    ``named_word`` alone when the noun comes before the name ("the village of X"); none after a
    possessive ("Lena's album" is what an owner has); a word the parse reads as a verb ends the
    run ("what does Velcor call its plan": calling is the name's deed, not a thing it names)."""
    deeds = {t.idx for t in dependency_parse(question) if t.pos_ in {"VERB", "AUX"}}
    for m in re.finditer(r"[A-Za-z0-9][\w'’-]*", question):
        if not m.group()[:1].isupper() or term not in tokens(m.group()):
            continue
        if re.search(r"['’]s?$", m.group()):
            return []  # "Lena's album": an owner's thing, not one a place names
        after = re.match(r"(?:\s+[A-Z0-9][\w'-]*)*((?:\s+[a-z][\w'-]*)+)", question[m.end() :])
        if after:
            run: list[str] = []
            at = m.end() + after.start(1)
            for word in after.group(1).split()[:longest]:
                at = question.index(word, at)
                if at in deeds and not run:
                    return []  # the name does something: it names no thing
                if word in STOPWORDS or at in deeds:
                    break
                run.append(word)
                at += len(word)
            if run:
                return run
    word = named_word(question, term)
    return [word] if word else []


def named_word(question: str, term: str) -> str:
    """``named_noun``'s noun as the question writes it (its number kept: "village", not "villages")."""
    for m in _NOUN_OF_NAME.finditer(question):
        if term in tokens(m.group(2)) and m.group(1) not in STOPWORDS | DIRECTIONS:  # not "north of X"
            return m.group(1)
    for m in re.finditer(r"[A-Za-z0-9][\w'-]*", question):
        if not m.group()[:1].isupper() or term not in tokens(m.group()):
            continue
        after = re.match(r"(?:\s+[A-Z0-9][\w'-]*)*\s+([a-z][\w'-]*)", question[m.end() :])
        if after and after.group(1) not in STOPWORDS:
            return after.group(1)
    return ""


def _names(q: Question) -> list[str]:
    """The question's names to find in the evidence: months and weekdays are dates, which event
    scoping (``bot.scope``) checks against the article's date as well as its words."""
    dates = date_words(q.text)
    return [t for t in q.key_terms if t not in dates]


def surname_only(question: str, article: str) -> frozenset[str]:
    """The given names (as stems) an article may leave out: those of a person the question
    names (spaCy's PERSON, "Lena Marsh") whose surname the article states and never after
    another given name ("Marsh" alone, never "Tom Marsh"). A page cut after it introduced its
    subject calls them by surname, while another person who shares it is named in full
    somewhere (its title, at the text's start). A capitalised word opening a later sentence
    ("Then Marsh left") is no given name. A title before the person spaCy finds ("Justice
    Marsh", whose person is "Marsh") may be left out wherever the surname is stated, read as
    the question's names are (``tokens``): an abbreviated title's period is no part of it
    ("Gen. Marsh" leaves out "gen", as "General Marsh" would be written)."""
    out: set[str] = set()
    doc = spacy_doc(question)
    for ent in doc.ents:
        words = ent.text.split()
        if ent.label_ != "PERSON" or not re.search(rf"\b{re.escape(words[-1])}\b", article):
            continue
        title = ent.start > 0 and doc[ent.start - 1].text.istitle() and doc[ent.start - 1].pos_ == "PROPN"
        if title:  # "Justice Vane": spaCy's person is "Vane", the word before is a title
            out.update(tokens(doc[ent.start - 1].text))
        if len(words) < 2:
            continue
        given = {w.lower() for w in words[:-1]}
        before = re.finditer(
            rf"(?:^|(?<=[^.!?:\s])\s+)([A-Z][\w'’-]*|[A-Z]\.)\s+{re.escape(words[-1])}\b", article
        )
        if all(m.group(1).lower() in given for m in before):
            out.update(word_stem(w) for w in given)
    return frozenset(out)


def given_names(question: str, stated: TokenPool) -> frozenset[str]:
    """Given names a sentence may leave out: in a run of capitalised words ("Jonathan Sayeed"),
    the words before a stated surname ("Mr Sayeed said ...")."""
    out: set[str] = set()
    for run in re.finditer(_NAME_RUN, question):
        words = [word_stem(w.lower()) for w in run.group().split()]
        if stated.has(words[-1]):
            out.update(words[:-1])
    return frozenset(out)
