"""One sentence's stance towards a claim: aligned or not, then names, numbers, polarity, actors.

A sentence supports a claim when it says the same thing (close in meaning, covering the
claim's words, names and numbers, same polarity) about the same event, or states every content
word of it in other words at a lower cosine (``bot/alignment.py``); it refutes it when,
about the same event, it gives an incompatible value: a count of the same thing whose
interval does not overlap, another name of the same kind in the same slot, the opposite
polarity, or another actor for the deed (``bot/blame.py``). A sentence from another event
(another date, an article that never names the claim's place) does neither.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy as np

from bot.alignment import Alignment, name_qualifier, stated_words, stopword_verb
from bot.amounts import change_against_level, reversed_change, same_change, score_clash
from bot.beginnings import other_beginning
from bot.blame import (
    Attribution,
    actor_words,
    attributions,
    hand_only,
    is_act,
    named_on_deed,
    other_toll,
    same_actor,
    same_event,
    same_target,
)
from bot.claim_periods import date_misfit, day_weekday_misfit, periods, weekday_misfit
from bot.comparisons import (
    comparison_clash,
    count_comparison_clash,
    figure_order_clash,
    ordinal_clash,
    superlative_clash,
    unstated_comparison,
)
from bot.contrast import contrasts, denied_words, own_words, stated_part, swapped
from bot.count_owner import (
    amount_of,
    another_owner,
    counted_verb,
    counts,
    measured_thing,
    named_doer,
    partitive_whole,
    repeated_deed,
)
from bot.counted_nouns import one_counted_thing, other_kinds, written_compound
from bot.counted_sets import narrower, nested_clash, of_people, one_outcome, same_noun
from bot.dates import parse_iso, periods_in, weekdays_in
from bot.denied_deed import denied_deed, denied_in_other_words, undone_deed
from bot.evidence import Corpus, EvidenceSentence, terms
from bot.exclusive import exclusive_clash
from bot.former_state import former_state
from bot.listed_counts import counted_by_list
from bot.located import location_clash, region_elsewhere, regions
from bot.manner import opposed_manner
from bot.names import (
    Aliases,
    article_variant,
    holds_a_form,
    named_by_defined_form,
    names_capitals_country,
    names_doubled,
    names_place,
    pertained_names,
)
from bot.negated_predicate import denied_state
from bot.nlp import Entity, dependency_parse, main_verbs, parse, parse_many, verb_lemmas
from bot.object_deed import other_deed
from bot.open_question import both_open
from bot.phrasal import stated_phrasals
from bot.possessed import told_of_another
from bot.predicate_slots import unstated_detail
from bot.predicates import (
    credited_outlet,
    credited_source,
    crediting_verbs,
    other_verbs,
    unasked_verbs,
    unstated_subject,
)
from bot.refused_object import refused_object
from bot.replaced import replaced_words, share_without, unstated_restriction
from bot.restated_count import restated_count
from bot.retrieve import holds, place_words
from bot.reversed_deed import reversed_deed
from bot.rivals import (
    CLASH_LABELS,
    article_other_part,
    coarser_place,
    name_clash,
    other_part,
    weekday_clash,
)
from bot.role_rivals import role_clash
from bot.running_totals import added_figure, asks_total, dating_context, part_of_total, runs_from_before
from bot.scene_clauses import scene_clause_verbs, told_orders
from bot.shares import other_share, unstated_share
from bot.slot_filled_otherwise import slot_filled_otherwise
from bot.slots import NEGATED, slot_clash, state_clash
from bot.span_act import same_span_act
from bot.speaker_place import speaker_place
from bot.stated_share import states_most
from bot.survival import survival_clash
from bot.swaps import COUNT, WEEKDAY, swapped_detail
from bot.tallies import counts_the_dead
from bot.text import ExactPool, TokenPool, cue_words, tokens, word_stem, written_apart
from bot.told import opposed_verbs, told_in_other_words
from bot.types import Stance
from bot.unnamed_doer import own_name, unnamed_doer
from bot.values import UNITS as NUMBER_WORDS
from bot.values import (
    YEARS,
    Quantity,
    allows,
    parse_quantities,
    rounded_alike,
    same_measure,
    vague_range,
    written_figures,
)
from bot.verb_told import verb_told
from bot.wordnet import wordnet
from index.lexicon import MONTHS, NAME_LABELS, NEGATION_CUES, PLACE_LABELS, TIME_LABELS, WEEKDAYS
from index.tuning import CheckTuning

MENTIONED_LABELS = frozenset(NAME_LABELS) | {"DATE"}
"""Entities of a claim its evidence must mention: names, and dates too ("on Monday")."""


@dataclass(frozen=True)
class Judgement:
    stance: Stance
    strength: float
    reason: str
    clear: bool = False
    """Strongly aligned, or read from the parse (an actor named for the deed): not a weak hint."""
    rival: str = ""
    """A refutation resting on another name in the claim's slot (``RIVAL_NAME``, ``RIVAL_DAY``): it
    tells another event as often as another account, so it counts only beside the claim's event."""
    figures: tuple[Quantity, ...] = ()
    """A support resting on the sentence's figures: the figure it gives for each of the claim's counts."""


RIVAL_NAME = "name"
"""Another place, person, direction or actor where the claim has one."""
RIVAL_DAY = "day"
"""Another weekday where the claim has one: a weekday names a day only in its article's week."""
RIVAL_BEGINNING = "beginning"
"""Another date for when the claim's lasting state began (``bot/beginnings.py``): a state outlasts
any one report, so it counts from an article of any day."""
RIVAL_COUNT = "count"
"""Another figure for the claim's count in a sentence not worded like the claim (``rival_count``):
another outlet's or monitor's toll of the same event, so it counts only beside the claim's event."""


def judge(claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str = "", when: str = "") -> Judgement:
    """The stance of one retrieved sentence towards the claim (``judge_plain``), a claim with its own
    contrast ("cats, not dogs, ate the cake", ``bot.contrast``) read as its stated part: a sentence
    naming the denied party too does not support it, and one stating the denied party in the
    stated one's place refutes it."""
    parts = contrasts(claim)
    if not parts:
        return judge_plain(claim, hit, tune, lead, when)
    judged = judge_plain(stated_part(claim), hit, tune, lead, when or claim)
    sentence = TokenPool(tokens(hit.chunk.text))
    denied = [c for c in parts if any(sentence.has(w) for w in denied_words(c))]
    if not denied:
        return judged
    for part in denied:
        if any(sentence.has(w) for w in own_words(part)):
            continue
        other = judge_plain(swapped(claim, part), hit, tune, lead, when or claim)
        if other.stance is Stance.SUPPORTS:  # the denied party in the stated one's place
            return Judgement(
                Stance.REFUTES, hit.score, f"says {part.denied}, not {part.stated}", clear=other.clear
            )
    if judged.stance is Stance.SUPPORTS:  # "X or Y did it" does not say X did it
        return Judgement(Stance.NEUTRAL, hit.score, f"{CONTRAST_BOTH} {denied[0].denied}")
    return judged


def on_scene(claim: str, lead: str, hit: EvidenceSentence, tune: CheckTuning) -> bool:
    """Pattern: a claim of a text means what it says in its scene ("At least 30 were wounded"
    after "Rebels shelled a rally in Velm"): a sentence is as close to it as to the claim read
    with its scene sentence (``lead``), so the sentence telling the whole event, long beside the
    short claim, is on topic; the claim's own words must still be written there (the coverage)."""
    if hit.dense >= tune.aligned_dense:
        return True
    if not lead or hit.vector is None:
        return False
    return float(np.dot(hit.vector, _scene_vector(claim, lead, hit.corpus))) >= tune.scene_aligned_dense


@lru_cache(maxsize=512)
def _scene_vector(claim: str, lead: str, corpus: Any) -> np.ndarray:
    """The sentence model's vector of the claim after its scene sentence, kept per text claim."""
    return corpus.embed(f"{lead} {claim}")


CONTRAST_BOTH = "also names"
"""How a non-support begins when the sentence names the party the claim's contrast denies."""


def judge_plain(
    claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str = "", when: str = ""
) -> Judgement:
    """The stance of one retrieved sentence towards the claim, with the reason in words.

    ``lead`` is the opening sentence of the text the claim came from: a claim saying no time of
    its own ("fighters were also hit") happened when the lead's did ("on Sunday"). A text placing
    the event in another part of the claim's place never supports it (a weak clash may not refute),
    nor one naming only a larger place holding the claim's (``bot.rivals.coarser_place``).
    ``when`` is the claim as written when ``claim`` has lost the time it opened with
    (``without_opening_time``): its dates and weekday still rule out other days' reports."""
    judged = _judge(claim, hit, tune, lead, when)
    if judged.reason == UNRELATED and named_on_topic(claim, hit, tune):
        # its names one sentence away: the claim's deed told in other words may still support it,
        # and nothing but a support is read from a sentence the plain gate leaves off topic
        retried = _checked(claim, hit, tune, lead, when, _judge(claim, hit, tune, lead, when, True))
        if retried.stance is Stance.SUPPORTS and not framed_apart(claim, hit.chunk.text):
            return retried
    return _checked(claim, hit, tune, lead, when, judged)


_WHETHER = re.compile(r"\bwhether\b", re.I)


def framed_apart(claim: str, text: str) -> bool:
    """Pattern: a sentence read past the on-topic gate by the names around it (``named_on_topic``)
    is far from the claim, and a negation or a "whether" it writes that the claim does not ("the
    club did not say whether the coach resigned or was sacked") may deny or leave open whatever it
    tells in the claim's words: it gives no support. One negating as the claim does may."""
    return bool(_CUE.search(text) and not _CUE.search(claim)) or bool(
        _WHETHER.search(text) and not _WHETHER.search(claim)
    )


def named_on_topic(claim: str, hit: EvidenceSentence, tune: CheckTuning) -> bool:
    """Pattern: a sentence telling the claim's deed in other words often leaves its names to the
    sentence before it or to its title ("Coach Brill spoke after the draw." / "'We will stay up,'
    she said" for "Brill vowed her team would avoid relegation"), where the alignment reads them; the on-topic gate's share of the claim's
    words written (``stated_coverage``) then counts those names as written too. True when that
    share, and not the plain one, reaches the gate at ``stated_dense``."""
    if hit.dense < tune.stated_dense:
        return False
    claim_tokens = tokens(claim)
    sentence = terms(hit.chunk.text)
    if covered_share(sentence, claim, claim_tokens) >= tune.stated_coverage:
        return False
    return named_share(sentence, terms(claim_context(hit, tune)), claim, claim_tokens) >= tune.stated_coverage


def named_share(sentence: TokenPool, context: TokenPool, claim: str, claim_tokens: list[str]) -> float:
    """``covered_share`` with the words of the claim's names (``_names``) the context holds
    counted as held: a name is stated where the alignment finds it, the sentence or its context; an
    adjective naming a part of a named place ("central Tarn", ``alignment.name_qualifier``) with it."""
    if not claim_tokens:
        return 0.0
    names = set(_names(claim)) | {
        w for t in dependency_parse(claim) if name_qualifier(t) for w in tokens(t.text)
    }
    weights = dict.fromkeys(claim_tokens, 1.0)
    places = place_words(weights, claim)
    held = {
        t: s or (t in names and c)
        for t, s, c in zip(
            weights, holds(weights, sentence, places), holds(weights, context, places), strict=True
        )
    }
    return sum(1 for t in claim_tokens if held[t]) / len(claim_tokens)


def _checked(
    claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str, when: str, judged: Judgement
) -> Judgement:
    """``judge_plain``'s reading of the rules' judgement: the checks every support and swap go through."""
    elsewhere = _placed_elsewhere(claim, hit, judged, tune)
    if elsewhere:  # "in Velm province", its article telling the event only in Kessar province
        return Judgement(Stance.REFUTES, hit.score, elsewhere, rival=RIVAL_NAME)
    if hit.dense >= tune.swap_dense and (
        judged.stance is Stance.SUPPORTS or (judged.stance is Stance.NEUTRAL and swappable(judged.reason))
    ):
        judged = _replaced(claim, hit, tune, lead, when, judged) or judged
    if judged.stance is Stance.NEUTRAL and swappable(judged.reason):
        begun = other_beginning(claim, hit.chunk.text) if hit.dense >= tune.swap_dense else ""
        if begun:  # as close as a swapped detail, dating the claim's state or record otherwise
            return Judgement(Stance.REFUTES, hit.score, begun, rival=RIVAL_BEGINNING)
        return _told_otherwise(claim, hit, tune, lead, when) or judged
    if judged.stance is not Stance.SUPPORTS:
        return judged
    denied = _denied_in_other_words(claim, hit, tune)
    if denied:  # the claim's deed told by another verb that a frame denies ("failed to sell")
        return Judgement(Stance.REFUTES, hit.score, denied, clear=judged.clear)
    undone = undone_deed(claim, hit.chunk.text, tune.stated_sense_rank)
    if undone:  # the deed the claim says was refused or failed, told as done (``bot/denied_deed.py``)
        return Judgement(Stance.REFUTES, hit.score, undone, clear=judged.clear)
    unsaid = unstated_comparison(claim, hit.chunk.text)
    if unsaid:  # "more A than B": only a comparison or both counts say it (``bot/comparisons.py``)
        return Judgement(Stance.NEUTRAL, hit.score, f"does not compare {unsaid}")
    limit = unstated_restriction(claim, hit.chunk.text)
    if limit:  # "shut only in Velm" is not told by "shut in Tarn and Velm" (``bot/replaced.py``)
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say {limit}")
    share = other_share(claim, hit.chunk.text, tune.share_word_slack) or superlative_clash(
        claim, hit.chunk.text, tune.stated_sense_rank
    )
    if share:  # "a fifth of the profits" told as "10%" (``bot/shares.py``), "biggest" as "third-biggest"
        return Judgement(Stance.REFUTES, hit.score, share, clear=judged.clear)
    untold = unstated_share(claim, hit.chunk.text, tune.share_word_slack)
    if untold:  # "held half of the port" is not told by "pushed into the port" (``bot/shares.py``)
        return Judgement(Stance.NEUTRAL, hit.score, f"does not give {untold}")
    former = former_state(claim, hit.chunk.text)
    if former:  # the claim's present state told as a former one (``bot/former_state.py``)
        return Judgement(Stance.REFUTES, hit.score, former, clear=judged.clear)
    begun = other_beginning(claim, hit.chunk.text)
    if begun:  # states the claim's state but dates its beginning otherwise (``bot/beginnings.py``)
        return Judgement(Stance.REFUTES, hit.score, begun, clear=judged.clear, rival=RIVAL_BEGINNING)
    order = unstated_order(claim, hit.chunk.text, told_orders(claim, hit.article_tokens))
    if order:
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say what came {order}")
    elsewhere = other_part(claim, hit.chunk.text)
    if elsewhere:
        return Judgement(Stance.NEUTRAL, hit.score, f"about another event: {elsewhere}")
    nearby = terms(hit.window(before=tune.rival_window, after=tune.rival_window))
    wider = coarser_place(claim, hit.chunk.text, nearby)
    if wider:  # "charged in Velmaria" does not say "charged in Marnport"
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say where: {wider}")
    # a support is of every detail: one told otherwise in the same slot refutes, whatever rule
    # read the rest as stated (its doer named: "the blast near the Tarn border" is not "on the
    # Velm border"); the support, not the cosine, says the sentence is about the claim's event
    swapped = _swapped(claim, hit, tune, lead, when)
    if swapped:
        return swapped
    # the sentence's own word in a slot of the claim's ("the second match" / "the opening match"):
    # the claim's event with another detail is no support (``bot/slot_filled_otherwise.py``)
    context = claim_context(hit, tune)
    aligned = stated_in(claim, hit, context, tune, context, phrases=hit.dense >= tune.phrase_dense)
    other = slot_filled_otherwise(claim, hit.chunk.text, aligned, hit.corpus.similar)
    if other:
        return Judgement(Stance.NEUTRAL, hit.score, f"{FILLED_OTHERWISE}{other}")
    # "has little to lose" for "has a great deal to lose": the opposite of a claim word, not one
    # stating another claim word ("vowed to continue the search" states "keep up", not "stop" undone)
    opposed = opposed_only(aligned)
    if opposed:
        said = ", ".join(f"{theirs}, not {ours}" for ours, theirs in opposed)
        return Judgement(Stance.NEUTRAL, hit.score, f"{FILLED_OTHERWISE}{said}")
    return judged


def opposed_only(aligned: Alignment | None) -> list[tuple[str, str]]:
    """The claim words the sentence says the opposite of (``Alignment.opposed``) with a word of its
    own that states no other claim word: a sentence saying the opposite of one detail of the claim
    tells another event or another view, never the claim, however much else it states."""
    if aligned is None:
        return []
    matched = {w.lower() for w in aligned.matched}
    return [(ours, theirs) for ours, theirs in aligned.opposed if theirs.lower() not in matched]


FILLED_OTHERWISE = "says the claim's detail otherwise: "
"""How a refused support begins when the sentence fills a slot of the claim with its own word."""


UNMENTIONED = "does not mention "
"""The reason of a sentence whose article never names some of the claim's names."""


def _placed_elsewhere(claim: str, hit: EvidenceSentence, judged: Judgement, tune: CheckTuning) -> str:
    """A sentence left neutral only because its article never names the claim's region, whose
    context puts the event in another region of that kind (``bot.located.region_elsewhere``)."""
    if judged.stance is not Stance.NEUTRAL or not judged.reason.startswith(UNMENTIONED):
        return ""
    if hit.dense < tune.located_dense:
        return ""
    missing = set(judged.reason.removeprefix(UNMENTIONED).split(", "))
    region_words = {t for _, region in regions(claim) for t in tokens(region)}
    if not missing <= region_words:
        return ""
    return region_elsewhere(claim, terms(hit.chunk.text), claim_context(hit, tune), hit.article_tokens)


def _told_otherwise(
    claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str, when: str
) -> Judgement | None:
    """One detail of the claim told otherwise in a sentence the rules leave neutral (``_swapped``),
    read at the cosine tiers of ``swap_dense`` (``swap_detail_dense`` for all but counts),
    ``swap_pinned_dense`` and ``swap_role_dense``."""
    if hit.dense >= tune.swap_dense:
        return _swapped(claim, hit, tune, lead, when)
    near = hit.dense >= tune.swap_detail_dense
    detail = _swapped(claim, hit, tune, lead, when, counts=False) if near else None
    if detail is not None:  # a name, year or time of day told otherwise, not a count
        return detail
    if hit.dense >= min(tune.swap_pinned_dense, tune.swap_role_dense):
        # farther, only where it writes the claim's names, or states its deed, doer and object
        roles = hit.dense >= tune.swap_role_dense
        return _swapped(claim, hit, tune, lead, when, pinned_only=True, roles_too=roles)
    return None


def _denied_in_other_words(claim: str, hit: EvidenceSentence, tune: CheckTuning) -> str:
    """A supporting sentence that tells a verb of the claim it does not write by a kin verb
    (``told_verb_similarity``) under a frame denying it ("were bought" / "failed to sell",
    ``bot.denied_deed.denied_in_other_words``): it tells the claim's event with the other
    outcome. A verb the sentence writes as the claim does is its own evidence, as is one a word
    of the sentence states (``told_by_a_word``: "stop X from breaking apart" / "avoid the
    fragmentation of X"), and a frame over another of its verbs ("took the town but failed to
    hold the port", "avoid X, though others would not intervene in X") is left alone."""
    text, corpus = hit.chunk.text, hit.corpus
    sentence = terms(text)
    unwritten = [v for v in _verbs(claim) if not sentence.has(word_stem(v))]
    if not unwritten:
        return ""
    return denied_in_other_words(
        claim,
        text,
        unwritten,
        tune.stated_sense_rank,
        lambda a, b: bool(corpus.words.similar(a, b, tune.told_verb_similarity)),
        lambda: told_by_a_word(claim, stated_in(claim, hit, claim_context(hit, tune), tune)),
    )


def told_by_a_word(claim: str, alignment: Alignment) -> dict[str, set[int]]:
    """The claim's words (as written, lower-cased) that words of the sentence state, with those
    words' places in its parse (not a name left to the context nor a run told as a whole)."""
    doc = dependency_parse(claim)
    return {doc[i].lower_: set(at) for i, at in alignment.where if at and i < len(doc)}


def _misfit(claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str, dated: str, context: str) -> str:
    """Why the sentence reports another event than the claim's (another date or weekday than the
    claim's, another part of its place in its article), or ""."""
    text = hit.chunk.text
    when = dated or (claim if weekdays_in(claim) or periods(claim) else lead)
    asked = periods_in(dated or claim)
    if asked and not asks_total(dated or claim) and runs_from_before(asked, text, parse_iso(hit.chunk.date)):
        return "counts a running total from an earlier day, not the claim's day"
    misfit = (
        date_misfit(
            dated or claim,
            hit.chunk.date,
            dating_context(text, context, parse_iso(hit.chunk.date)),
            tune.event_report_days,
        )
        or weekday_misfit(when, text, hit.chunk.date, context, tune.weekday_lag_days)
        or day_weekday_misfit(dated or claim, text)
    )
    return misfit or article_other_part(claim, text, hit.corpus.article_text(hit.chunk.doc))


SWAPPABLE = ("does not mention", "does not say ", "does not give", "related, but")
"""Neutral reasons a sentence may have for a claim with one detail swapped: the detail is unnamed,
unsaid or another figure (or, ``UNRELATED``, the claim's wording looks unaligned for it)."""


def claim_context(hit: EvidenceSentence, tune: CheckTuning) -> str:
    """The sentence's neighbours (``context_sentences`` each side) and its article's title: where
    a claim's names, dates and scene may stand when the sentence itself does not write them."""
    return hit.window(before=tune.context_sentences, after=tune.context_sentences) + " " + hit.chunk.title


def stated_in(
    claim: str,
    hit: EvidenceSentence,
    context: str,
    tune: CheckTuning,
    context_text: str = "",
    phrases: bool = False,
) -> Alignment:
    """How the sentence states the claim's content words (``bot.alignment.stated_words``), names
    read in ``context`` (``claim_context``) too; ``context_text`` as ``stated_words`` takes it;
    with ``phrases`` a run of claim words may be stated by a phrase the sentence model puts close
    (``bot.alignment.phrase_matches``, ``phrase_gain_min``, ``phrase_anchored_min``)."""
    return stated_words(
        claim,
        hit.chunk.text,
        terms(context),
        hit.corpus.similar,
        tune.stated_sense_rank,
        tune.stated_arc,
        context_text,
        tune.phrasal_senses,
        hit.corpus.words.vectors if phrases else None,
        tune.phrase_gain_min,
        tune.phrase_anchored_min,
        tune.phrase_runs,
    )


def swappable(reason: str) -> bool:
    """A neutral reason the swapped detail may explain; not another subject or another event."""
    return reason == UNRELATED or (
        reason.startswith(SWAPPABLE) and not reason.startswith("does not say it of")
    )


def _swapped(
    claim: str,
    hit: EvidenceSentence,
    tune: CheckTuning,
    lead: str,
    dated: str,
    pinned_only: bool = False,
    roles_too: bool = False,
    counts: bool = True,
) -> Judgement | None:
    """A sentence about the claim's event telling one detail of it otherwise (``bot/swaps.py``):
    a refutation resting on a rival, weak against clear supports like another name's. With
    ``pinned_only`` (a sentence below ``swap_dense``) the sentence must itself write the claim's
    other names and state its deed (``bot.swaps.pinned``), at ``swap_pinned_share``; with
    ``roles_too`` it may instead state the claim's deed, doer and object (``bot.swaps.roles_told``;
    below ``swap_pinned_dense`` only so). Without ``counts`` another count is no swap."""
    context = claim_context(hit, tune)
    window = hit.window(before=tune.rival_window, after=tune.rival_window)
    text, similar = hit.chunk.text, hit.corpus.similar

    def align() -> Alignment:
        return stated_in(claim, hit, context, tune)

    share = tune.swap_pinned_share if pinned_only else tune.swap_stated_share
    if pinned_only and hit.dense < tune.swap_pinned_dense:
        share = 2.0  # no share reaches it: the role tier alone
    kind, reason = swapped_detail(
        claim,
        text,
        window,
        terms(window),
        align,
        share,
        similar,
        tune.swap_min_stated,
        pinned_only,
        roles_too,
        (tune.swap_kin_rank, tune.swap_kin_depth),
        tune.swap_region_rank,
    )
    if not kind or _misfit(claim, hit, tune, lead, dated, context):
        return None
    if kind == COUNT and not counts:
        return None  # tolls differ between reports of one event: a count needs ``swap_dense``
    # another count of the same thing is a figure against the claim's (as ``_quantity_clash``'s);
    # another name, year or weekday tells another event as often as another account of it
    rival = RIVAL_DAY if kind == WEEKDAY else ("" if kind == COUNT else RIVAL_NAME)
    return Judgement(Stance.REFUTES, hit.score, reason, rival=rival)


def _replaced(
    claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str, dated: str, judged: Judgement
) -> Judgement | None:
    """A sentence about the claim's event naming the claim's detail only as the thing set aside
    ("in Velm and not Tarn", ``bot/replaced.py``): it refutes the claim when it states the rest
    of it as for a swap, and never supports it (its words hold the detail, its sense does not)."""
    text = hit.chunk.text
    words = replaced_words(claim, text)
    if not words:
        return None
    context = claim_context(hit, tune)
    alignment = stated_in(claim, hit, context, tune)
    share, n_stated = share_without(alignment, words)
    aside = " ".join(words)
    if share < tune.swap_stated_share or n_stated < tune.swap_min_stated:
        kept = judged.stance is not Stance.SUPPORTS
        return None if kept else Judgement(Stance.NEUTRAL, hit.score, f"does not say {aside}: sets it aside")
    if _misfit(claim, hit, tune, lead, dated, context):
        return None
    # as clear as the support the rules read in it: the same sentence, its contrast now seen
    clear = judged.stance is Stance.SUPPORTS and judged.clear
    return Judgement(Stance.REFUTES, hit.score, f"sets {aside} aside", clear=clear)


def rival_count(
    claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str = "", when: str = ""
) -> Judgement | None:
    """A sentence worded unlike the claim that gives another figure for the claim's count ("the
    Observatory said the blasts killed 21 people" against "25 people were killed by the car bombs
    in Velm"): a rival account (``count_account``). A weak refutation resting on a rival
    (``RIVAL_COUNT``): the caller keeps it only beside a source stating the claim's event."""
    found = count_account(claim, hit, tune, lead, when)
    return found if found is not None and found.stance is Stance.REFUTES else None


def count_account(
    claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str = "", when: str = ""
) -> Judgement | None:
    """A sentence taking no side on the claim that gives a figure for the claim's count: another
    account of the event, when it is close enough to count the same thing (``count_aligned_dense``),
    counts the claim's deed within ``rival_count_ratio`` of it (``deed_ratio``; or lies inside
    the claim's own rounding, ``other_report``, close enough to be its figure), in an article
    naming the claim's names, of the claim's date, naming no other place or time in the claim's
    slot. Another figure is a weak refutation, the claim's own figure ("a dozen raids" for "12
    raids") a weak support, both resting on the account (``RIVAL_COUNT``): the caller weighs them
    only against a source taking the other side (``bot.check.figure_accounts``)."""
    text = hit.chunk.text
    if hit.dense < tune.count_aligned_dense or not counts(claim):
        return None
    clash = _quantity_clash(claim, text, hit.corpus, tune)
    if clash is None:
        return None
    rounded = other_report(claim, text, hit.corpus, tune) if clash.stance is Stance.SUPPORTS else None
    clash = rounded or clash

    def alike(c: Quantity, e: Quantity) -> bool:
        return counted_alike(claim, c, text, e, hit.corpus, tune)

    if rounded is None and deed_ratio(claim, text, hit.corpus.similar, alike) > tune.rival_count_ratio:
        return None  # no deed's count near the claim's: "A$4.17 a share" against a "$2.3bn" bid
    article, sentence = hit.article_tokens, terms(text)
    nearby = terms(hit.window(before=tune.rival_window, after=tune.rival_window))
    if name_clash(claim, text, sentence, nearby, tune.doubled_min_letters):
        return None  # "another 14 were killed in Tarn": another place's toll
    if own_time(claim, text) or own_place(claim, text):
        return None  # "since Saturday 68 have been killed", "two died in Tarn": another toll
    names = _names(claim, dated=bool(hit.chunk.date))
    aliases = hit.corpus.aliases(tune.alias_min_definitions)
    if not all(
        article.has(t)
        or names_doubled(article, t, tune.doubled_min_letters)
        or holds_a_form(article, aliases.get(t, ()))
        or names_place(article, t)
        for t in names
    ):
        return None
    context = claim_context(hit, tune)
    if _misfit(claim, hit, tune, lead, when, context):
        return None
    side = "another account" if clash.stance is Stance.REFUTES else "an account giving its figure"
    return Judgement(
        clash.stance, hit.score, f"{side}: {clash.reason}", rival=RIVAL_COUNT, figures=clash.figures
    )


def other_report(claim: str, text: str, corpus: Corpus, tune: CheckTuning) -> Judgement | None:
    """A figure inside a rounded claim's range that is another report of its count: the claim
    rounds the figure it gives ("about $2.3bn"), the sentence gives another ("$2.4bn") that is
    not that figure rounded ("$2.31bn" is; ``rounded_alike``). A refutation of the written figure
    (``written_figures``), as the answer's sources would differ on it; None otherwise."""
    written = written_figures(claim)
    if written == claim:
        return None
    exact = _quantity_clash(written, text, corpus, tune)
    if exact is None or exact.stance is not Stance.REFUTES:
        return None
    given = counts(text)
    if any(rounded_alike(c, e) for c in counts(written) for e in given):
        return None  # "$6bn" and "$5.8bn": one figure written to two places
    return exact


def deed_ratio(
    claim: str,
    text: str,
    similar: Callable[[str, str], bool],
    alike: Callable[[Quantity, Quantity], bool] | None = None,
) -> float:
    """The smallest factor between a count of the claim's deed and the sentence's count of the same
    deed ("25 were killed" / "killed 21": 1.19): both tied to a verb of one meaning
    (``same_count``), or both counting one kind of act (``counted_acts``); inf when no such pair (a sum or price tied to no deed is too easily another
    thing's)."""
    theirs = counts(text)
    deeds = [
        max(e.low, c.low) / min(e.low, c.low)
        for c in counts(claim)
        if (verb := counted_verb(claim, c))
        for e in theirs
        if (done := counted_verb(text, e))
        and same_count(c, verb, e, done, similar, alike is not None and alike(c, e))
        and min(e.low, c.low) > 0
    ]
    acts = [
        max(e.low, c.low) / min(e.low, c.low)
        for c in counts(claim)
        for e in theirs
        if counted_acts(c, e, alike is not None and alike(c, e)) and min(e.low, c.low) > 0
    ]
    return min([*deeds, *acts], default=math.inf)


def counted_acts(claim_q: Quantity, evidence_q: Quantity, alike: bool = False) -> bool:
    """Two counts of one kind of act ("12 raids" / "dozens of raids", "40 sorties" / "scores of
    bombing runs" with ``alike``): a count of acts is its own deed, whatever light verb carries it
    ("carried out", "launched", "flew"), so the two count the same thing. A noun is an act when its
    commonest WordNet sense is one (``is_act``), and a coinage WordNet lacks counts its head's act
    ("airstrikes" and "strikes" count strikes, ``_act_noun``)."""
    acts = [_act_noun(u) for u in (claim_q.unit, evidence_q.unit)]
    return all(acts) and (acts[0] == acts[1] or same_noun(*acts) or alike)


def _act_noun(noun: str) -> str:
    """The act a counted noun names: itself when WordNet's commonest sense is an act, the head of
    a coinage WordNet lacks when that is one ("airstrike": strike); "" otherwise."""
    if not noun:
        return ""
    if is_act(noun):
        return noun
    head = wordnet().coinage_head(noun)
    return head if head and is_act(head) else ""


def own_place(claim: str, text: str, known: TokenPool | None = None) -> str:
    """A place the sentence names and the claim does not ("two were killed in Tarn" for a claim
    about Velm, ``named_places``): its figure counts another place's dead. "" when it names none,
    and so for one whose words ``known`` holds (another account's article naming it), or that the
    claim names by another of its names or its adjective ("U.S. jets" for "American jets": WordNet
    files both as one country's, ``bot.names.names_place``)."""
    claim_pool = TokenPool(tokens(claim))
    return next(
        (
            p
            for p in named_places(text)
            if not _named_in(p, claim_pool, known) and not _named_otherwise(p, claim, claim_pool)
        ),
        "",
    )


def _named_otherwise(place: str, claim: str, claim_pool: TokenPool) -> bool:
    """The claim (its words in ``claim_pool``) names ``place`` by another of its names ("U.S." for
    "America") or by an adjective WordNet says pertains to it ("Norwegian" for "Norway",
    ``pertained_names``)."""
    if names_place(claim_pool, place):
        return True
    name = re.sub(r"^the\s+", "", place.strip(), flags=re.I).lower()
    return any(name in pertained_names(word) for word in re.findall(r"\b[A-Z][a-z]+\b", claim))


def named_places(text: str) -> list[str]:
    """The places a text names: a place entity, or a proper noun after "in", "at" or "near"
    whatever label the small NER model gave it; not one saying where a speaker is ("an official
    at X said", ``bot/speaker_place.py``)."""
    parsed = dependency_parse(text)
    speakers = {t.idx for t in parsed if speaker_place(t)}  # "an official at X said": the speaker's place
    places = [
        e.text
        for e in parse(text).entities
        if e.label in PLACE_LABELS and not any(e.start <= i < e.end for i in speakers)
    ]
    places += [
        c.text
        for prep in parsed
        if prep.lower_ in ("in", "at", "near")
        for c in prep.children
        if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.idx not in speakers
    ]
    return places


def own_time(claim: str, text: str, known: TokenPool | None = None) -> str:
    """A date or time the sentence names and the claim does not ("In May", "since Saturday", "so far
    this year"): its figure counts another period than the claim's; "" when it names none, nor
    when ``known`` holds its words (another account's article naming it)."""
    claim_pool = TokenPool(tokens(claim))
    for ent in parse(text).entities:
        if ent.label in TIME_LABELS and not _named_in(ent.text, claim_pool, known):
            return ent.text
    return ""


def _named_in(name: str, pool: TokenPool, known: TokenPool | None) -> bool:
    """Every word of ``name`` is in ``pool``, or every one in ``known`` where given."""
    words = tokens(name)
    return all(pool.has(t) for t in words) or (known is not None and all(known.has(t) for t in words))


def _judge(
    claim: str, hit: EvidenceSentence, tune: CheckTuning, lead: str, dated: str = "", named: bool = False
) -> Judgement:
    """The rules' stance; with ``named`` the alignment's gate counts the claim's names its context
    writes (``named_on_topic``)."""
    text = hit.chunk.text
    sentence = terms(text)
    article = hit.article_tokens
    corpus = hit.corpus
    nearby = terms(hit.window(before=tune.rival_window, after=tune.rival_window))
    claim_tokens = tokens(claim)
    covered = covered_share(sentence, claim, claim_tokens)
    counts_same_thing = any(
        same_measure(e.unit, c.unit)
        or counted_alike(claim, c, text, e, corpus, tune)
        or narrower(e.unit, c.unit)  # "41 civilians" counts some of "40 people"
        or narrower(c.unit, e.unit)
        for c in counts(claim)
        for e in counts(text)
        if c.unit
    )
    aligned = (on_scene(claim, lead, hit, tune) and covered >= tune.aligned_coverage) or (
        counts_same_thing
        and hit.dense >= tune.count_aligned_dense
        and max(covered, count_topic_share(sentence, claim, hit.chunk.date, tune.event_report_days))
        >= tune.count_aligned_coverage
    )
    strong = hit.dense >= tune.strong_dense and covered >= tune.strong_coverage
    blame = (
        attribution_stance(claim, text, corpus.similar, corpus.aliases(tune.alias_min_definitions))
        if hit.dense >= tune.attribution_dense
        else None
    )
    slot = (
        slot_clash(claim, text, nearby, corpus.similar, tune.span_slack, tune.journey_sense_rank)
        if hit.dense >= tune.slot_dense
        else ""
    )
    reversed_state = (
        state_clash(claim, text, corpus.similar, tune.stated_sense_rank)
        if hit.dense >= tune.slot_dense
        else ""
    )
    # the claim's subject's state denied: "the talks are far from over" (``bot/negated_predicate.py``)
    if not reversed_state and hit.dense >= tune.slot_dense:
        reversed_state = denied_state(claim, text, corpus.similar)
    # the claim's deed under "no sign that", "without", "failed to": its wording may differ
    # ("died" / "were killed"), so it is sought as close as a slot (``bot/denied_deed.py``)
    denied = (
        denied_deed(claim, text, tune.stated_sense_rank, sentence) if hit.dense >= tune.slot_dense else ""
    )
    # the claim's deed of the same parties said the other way: an antonym, one side negated, the
    # doer and object swapped (``bot/reversed_deed.py``)
    # or the claim's doer refusing the thing the claim has it take up ("vetoed" / "supported" the
    # draft, ``bot/refused_object.py``)
    reversed_deed_ = (
        reversed_deed(claim, text, tune.reversed_sense_rank, tune.reversed_kind_steps)
        or refused_object(claim, text, tune.refused_sense_rank, tune.reversed_kind_steps)
        if hit.dense >= tune.reversed_dense
        else ""
    )
    # "did it alone", "only X", "without Y" against a sentence naming company (``bot/exclusive.py``)
    exclusive = (
        exclusive_clash(claim, text, corpus.similar, tune.exclusive_kin_steps)
        if hit.dense >= tune.exclusive_dense
        else ""
    )
    # where the claim's named place lies, told otherwise: timeless, so any event's sentence
    located = location_clash(claim, text, nearby) if hit.dense >= tune.located_dense else ""
    # the claim's deed on its named party told in the opposite manner ("unopposed" / "fought")
    manner = opposed_manner(claim, text, tune.manner_sense_rank) if hit.dense >= tune.manner_dense else ""
    # "A holds more than B" against "A holds 30GB, B 50GB": the parties' figures the other way round
    ordered = figure_order_clash(claim, text) if hit.dense >= tune.compared_dense else ""
    context = claim_context(hit, tune)
    gated = named_share(sentence, terms(context), claim, claim_tokens) if named else covered
    alignment = _alignment(claim, hit, gated, context, tune)
    most = (  # all but a few common nouns, adjectives or adverbs stated (``bot/stated_share.py``)
        states_most(
            claim,
            text,
            alignment,
            corpus.idf,
            tune.stated_share,
            tune.role_kin_steps,
            tune.stated_sense_rank,
            tune.stated_arc,
        )
        if aligned  # on topic: close, and holding enough of the claim's words as written
        and alignment is not None
        and not (alignment.complete or alignment.denial or alignment.opposite)
        else 0.0
    )
    stated = (
        alignment
        if alignment and (alignment.complete or alignment.denial or alignment.opposite or most)
        else None
    )
    # on topic (``aligned``), every word but a name stated: the claim's deed told with another name
    all_but_names = aligned and alignment is not None and names_alone_unstated(claim, alignment)
    if (
        not aligned
        and blame is None
        and not (
            slot or reversed_state or denied or reversed_deed_ or located or manner or exclusive or ordered
        )
        and stated is None
    ):
        return Judgement(Stance.NEUTRAL, hit.score, UNRELATED)
    if located:  # a place's region or side does not change with the event (``bot/located.py``)
        return Judgement(Stance.REFUTES, hit.score, located)

    misfit = _misfit(claim, hit, tune, lead, dated, context)
    if misfit:
        return Judgement(Stance.NEUTRAL, hit.score, f"about another event: {misfit}")
    if ordered:
        return Judgement(Stance.REFUTES, hit.score, ordered, clear=strong)
    if slot:  # the claim's deed, by its doer, with another place, year or span ("fled to B", not A)
        return Judgement(Stance.REFUTES, hit.score, slot, clear=True, rival=RIVAL_NAME)
    if exclusive:  # "went on without its partners" against "went on along with its partners"
        return Judgement(Stance.REFUTES, hit.score, exclusive, clear=strong)
    if reversed_state:  # the same doer and object, the state negated or reversed ("lost all its land")
        return Judgement(Stance.REFUTES, hit.score, reversed_state, clear=True)
    if reversed_deed_:
        return Judgement(Stance.REFUTES, hit.score, reversed_deed_, clear=strong)
    if manner:  # "took Tarn unopposed" against "fought their way into Tarn" (``bot/manner.py``)
        return Judgement(Stance.REFUTES, hit.score, manner, clear=strong)
    changed = (
        role_clash(claim, text, sentence, corpus.similar, tune.role_kin_steps)
        if hit.dense >= tune.slot_dense
        else ""
    )
    if changed:  # the claim's deed with one party changed ("closed the hospital", not the school)
        return Judgement(Stance.REFUTES, hit.score, changed, rival=RIVAL_NAME)
    names = set(_names(claim, dated=bool(hit.chunk.date)))
    partners = name_partners(claim)
    aliases = corpus.aliases(tune.alias_min_definitions)
    outlet_words = set(tokens(hit.chunk.outlet))  # a source the claim names is its outlet's own article
    missing_names = [
        t
        for t in names
        if not (
            sentence.has(t)
            or article.has(t)
            or names_doubled(article, t, tune.doubled_min_letters)
            or holds_a_form(sentence, aliases.get(t, ()))  # "VF" by "the Velmar Front (VF)"
            or holds_a_form(article, aliases.get(t, ()))
            or names_place(sentence, t)  # "American" by "U.S."
            or names_place(article, t)
            or t in outlet_words  # "according to the Tarn Herald": an article the Herald published
            or _spelt_with_article(article, t, partners, tune)  # "Deir Ezzor" by "Deir az-Zour"
        )
    ]
    credited = credited_source(claim)  # the claim's source may be the article's own outlet
    own_outlet = bool(credited) and (
        credited <= outlet_words
        or credited_outlet(credited, article, corpus.page_tokens(hit.doc, hit.chunk.outlet))
    )
    if own_outlet:
        missing_names = [t for t in missing_names if t not in credited]
    actors = {t for a in attributions(claim) for t in tokens(a.actor)}
    if blame is not None:
        missing_names = [t for t in missing_names if t not in actors]  # who did it is what is checked
        if missing_names:
            return Judgement(Stance.NEUTRAL, hit.score, f"{UNMENTIONED}{', '.join(sorted(missing_names))}")
        if blame[0] is Stance.REFUTES:
            rival = RIVAL_NAME if blame[1].startswith("names ") else ""  # another actor, not a denial
            # another doer is a weak stance: outlets' attributions differ and the parse may take a
            # byline or a quoted handle for the doer, so clear supports naming the claim's outweigh it
            return Judgement(blame[0], hit.score, blame[1], clear=not rival, rival=rival)
    if denied and not missing_names:  # the claim's deed, its own victim or object, denied
        return Judgement(Stance.REFUTES, hit.score, denied, clear=strong)
    evidence_verbs = _verbs(text)
    unstated = (
        ""
        if stated and not most
        else _unstated_predicate(claim, sentence, evidence_verbs, corpus, text, tune.stated_sense_rank)
    )
    if unstated:
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say {unstated}")
    clash_reason, rival = name_clash(claim, text, sentence, nearby, tune.doubled_min_letters), RIVAL_NAME
    if not clash_reason:
        clash_reason, rival = weekday_clash(claim, text), RIVAL_DAY
    if clash_reason and (strong or all_but_names):  # "900 troops in Iraq" is not "900 troops in Syria"
        # another name is weak against clear supports (the parse may take a quoted handle or a
        # byline for the name in the claim's slot); another weekday stays clear
        return Judgement(Stance.REFUTES, hit.score, clash_reason, clear=rival != RIVAL_NAME, rival=rival)
    if missing_names:  # another event: the article never names the claim's place, person or date
        missing = ", ".join(sorted(missing_names))
        if all(t in actors for t in missing_names):  # only who did it: the same event, another story of it
            return Judgement(Stance.NEUTRAL, hit.score, f"does not name {missing} as the doer")
        return Judgement(Stance.NEUTRAL, hit.score, f"{UNMENTIONED}{missing}")
    if stated is not None and stated.opposite and not (_CUE.search(claim) or _CUE.search(text)):
        said = ", ".join(f"{theirs}, not {ours}" for ours, theirs in stated.opposed)
        return Judgement(Stance.REFUTES, hit.score, f"says {said}", clear=strong)
    # the claim's "N of M" pairs given whole by the sentence: its part is never set against the whole
    partitive = same_partitive(claim, text)
    clash = None if partitive else _quantity_clash(claim, text, corpus, tune)
    if clash is not None and clash.stance is Stance.REFUTES:
        return Judgement(clash.stance, hit.score, clash.reason, clear=strong)
    compared = (
        comparison_clash(claim, text)
        or score_clash(claim, text)
        or (ordinal_clash(claim, text) if aligned else "")  # on topic: the claim's thing, another rank
        or (
            superlative_clash(claim, text, tune.stated_sense_rank) if aligned else ""
        )  # another place in one ranking
        or (count_comparison_clash(claim, text) if aligned else "")  # "more A than B" against both counts
        or (
            reversed_change(claim, counts(claim), text, counts(text)) if aligned else ""
        )  # "jumped 6%" / "dropped 6%"
    )
    if compared:
        return Judgement(Stance.REFUTES, hit.score, compared, clear=strong)
    claim_quantities = _claim_counts(claim)
    numbers_agree = (
        _all_quantities_agree(
            # "four countries" named one by one is stated (``bot/listed_counts.py``)
            [c for c in claim_quantities if not counted_by_list(c, text)],
            counts(text),
            tune,
            lambda c, e: counted_alike(claim, c, text, e, corpus, tune),
            lambda c, e: counted_apart(claim, c, text, e, corpus, tune),
        )
        or partitive
        or scene_counts_agree(claim_quantities, counts(text), context, tune)
        or counted_before(claim_quantities, text, hit.previous.chunk.text if hit.previous else "", tune)
    )
    shared = TokenPool(t for t in claim_tokens if t not in names and sentence.has(t))
    window = tune.negation_window
    if (
        blame is not None
        and numbers_agree  # the same actor for the deed, and no number against it
        and not (
            blame[0] is Stance.SUPPORTS
            and polarity_differs(claim, text, shared, evidence_verbs, corpus, window)
        )
    ):
        detail = unstated_detail(claim, alignment) if blame[0] is Stance.SUPPORTS else ""
        if detail:  # who it is, but not which one: "her debut novel" (``bot/predicate_slots.py``)
            return Judgement(Stance.NEUTRAL, hit.score, f"does not say {detail}")
        if blame[0] is Stance.SUPPORTS:
            unsaid = _unsaid_verbs(claim, hit, evidence_verbs, covered, own_outlet, tune)
            clauses = clause_verbs(claim) & set(unsaid)
            if clauses:  # who did it, but not what the claim's clause adds: "axed jobs to pay for presses"
                return Judgement(Stance.NEUTRAL, hit.score, f"does not say {', '.join(sorted(clauses))}")
            undone = _undone(claim, text, unsaid, tune)
            if undone:  # who did it, but another deed on the claim's object: "suspended its flights"
                return Judgement(Stance.NEUTRAL, hit.score, f"does not say {', '.join(sorted(undone))}")
        return Judgement(blame[0], hit.score, blame[1], clear=True)
    if clash is not None:  # every count agrees, counting the same thing by the same verb
        article = ExactPool(hit.article_tokens.exact)  # as written: an article holds near spellings
        subject = unstated_subject(claim, sentence, text) and unstated_subject(
            claim, article, text, tune.stated_sense_rank
        )
        if subject:  # "This is thought to cost £5m" in an article never naming the claim's strike
            return Judgement(Stance.NEUTRAL, hit.score, f"does not say it of {subject}")
        detail = unstated_detail(claim, alignment) if clash.stance is Stance.SUPPORTS else ""
        if detail:  # the figure, but not what the claim says its subject is ("its oldest club")
            return Judgement(Stance.NEUTRAL, hit.score, f"does not say {detail}")
        return Judgement(clash.stance, hit.score, clash.reason, clear=strong, figures=clash.figures)
    survived = survival_clash(claim, text)
    if survived:  # "the guard was killed" against "the guard was unharmed"
        return Judgement(Stance.REFUTES, hit.score, survived, clear=strong)
    another = told_of_another(claim, text)
    if another:  # "the guard was killed" is not told by "the guard's brother was killed"
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say it of {another}")
    unsaid_verbs = _unsaid_verbs(claim, hit, evidence_verbs, covered, own_outlet, tune)
    # verbs whose object the sentence holds under a deed undoing theirs ("withdrew its offer" for
    # "made an offer"): unsaid, and never told in other words, but no bar to a denial's refutation
    undone = _undone(claim, text, unsaid_verbs, tune)
    if (
        strong
        and not (alignment is not None and negates_unstated(claim, alignment))
        and (stated is not None or set(unsaid_verbs) <= undone)  # "pleaded not guilty" denies no "indicted"
        and negation_covered(claim, sentence, context, covered) >= tune.negation_coverage
        and not both_open(claim, text, window)  # both leave the question open (``bot.open_question``)
        and claim_negated(claim, shared, window)
        != (
            negated_near(text, shared, window, other_verbs(_verbs(claim), evidence_verbs, corpus.similar))
            or (stated is not None and bool(stated.denial))  # "dismissed reports that": a denial
        )
    ):
        return Judgement(Stance.REFUTES, hit.score, NEGATED, clear=True)
    missing_verbs = unsaid_verbs if stated is None else [v for v in unsaid_verbs if v in undone]
    told = numbers_agree and _told(claim, hit, names, context, tune)
    if (
        missing_verbs
        and told
        and not undone
        and all(  # each verb loosely kin to one of the sentence's
            any(corpus.words.similar(v, e, tune.told_verb_similarity) for e in evidence_verbs)
            for v in missing_verbs
        )
    ):  # very close in meaning, naming all the claim names (``bot/told.py``)
        return Judgement(Stance.SUPPORTS, hit.score, f"{TOLD} ({hit.dense:.2f})")
    if (
        missing_verbs
        and numbers_agree
        and not undone
        and alignment is not None
        and verb_told(
            claim,
            text,
            alignment.unstated,
            missing_verbs,
            hit.dense,
            tune.verb_told_dense,
            lambda a, b: corpus.words.similar(a, b, tune.told_verb_similarity),
        )
        and not unstated_subject(claim, sentence, text)
    ):  # every word but the verb stated, the verb kin to one of the sentence's (``bot/verb_told.py``)
        return Judgement(Stance.SUPPORTS, hit.score, f"{VERB_TOLD}: {', '.join(missing_verbs)}")
    if missing_verbs:
        return Judgement(Stance.NEUTRAL, hit.score, f"does not say {', '.join(missing_verbs)}")
    if not numbers_agree:
        # every word told, the counted noun's figure another ("won three cups" / "four cup titles")
        restated = restated_count(claim, text, alignment, tune.counted_noun_reach)
        if restated:
            return Judgement(Stance.REFUTES, hit.score, restated, clear=strong)
        return Judgement(Stance.NEUTRAL, hit.score, "does not give the claim's numbers")
    if stated is not None and stated.denial and not _CUE.search(claim):
        # "X will stand" against "quashed speculation that X would stand"
        return Judgement(Stance.REFUTES, hit.score, f"{stated.denial} that it is so", clear=strong)
    if (
        stated is not None
        and stated.complete
        and _same_polarity(claim, text, stated, evidence_verbs, corpus, window)
    ):
        if stated.phrased:  # some words told only by the sentence as a whole: a weak support
            others = ", ".join(stated.phrased)
            return Judgement(Stance.SUPPORTS, hit.score, f"states the same, {others} in other words")
        return Judgement(Stance.SUPPORTS, hit.score, "states the same in other words", clear=strong)
    if most and stated is not None and _same_polarity(claim, text, stated, evidence_verbs, corpus, window):
        left = ", ".join(stated.unstated)
        return Judgement(Stance.SUPPORTS, hit.score, f"{STATES_MOST} but {left} ({most:.2f})", clear=strong)
    if stated is not None and stated.complete and not stated.denial:
        # every word stated, one side negated: "X pleaded not guilty" against "X pleaded guilty"
        return Judgement(Stance.REFUTES, hit.score, NEGATED, clear=strong)
    if hit.dense >= tune.strong_dense and gives_every_figure(claim_quantities, counts(text), tune):
        return Judgement(Stance.SUPPORTS, hit.score, "gives every number of the claim", clear=strong)
    if (strong and covered >= tune.support_coverage) or (
        hit.dense >= tune.support_dense and covered >= tune.close_support_coverage
    ):
        subject = unstated_subject(claim, sentence, text)
        if subject:
            return Judgement(Stance.NEUTRAL, hit.score, f"does not say it of {subject}")
        detail = unstated_detail(claim, alignment)
        if detail:  # close and on topic, but not what the claim says its subject is ("debut novel")
            return Judgement(Stance.NEUTRAL, hit.score, f"does not say {detail}")
        reason = "gives a compatible number" if claim_quantities else "states the same"
        return Judgement(Stance.SUPPORTS, hit.score, reason, clear=strong)
    if told:  # a weak support, as above
        return Judgement(Stance.SUPPORTS, hit.score, f"{TOLD} ({hit.dense:.2f})")
    return Judgement(Stance.NEUTRAL, hit.score, "related, but does not state the claim")


CLAUSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl", "pcomp"})
"""Parse relations of a verb heading a clause that adds to the main deed: a purpose ("to pay for
it"), a manner or time ("saying ...", "after ..."), a relative clause ("who posted it")."""


def clause_verbs(claim: str) -> set[str]:
    """The claim's verbs (lower-cased, as written) heading a clause that adds to its main deed.

    Pattern: a claim names who did a deed and adds why, how or to whom in a clause of its own
    ("the firm cut 90 jobs to pay for new presses"); a sentence naming the same doer for the deed
    supports the doer, not the clause, so a support read from the named doer must tell the
    clause's verb too; a verb linking to a state ("to get stronger") is told by its state."""
    return {
        t.text.lower()
        for t in dependency_parse(claim, entities=False)
        if t.pos_ == "VERB" and t.dep_ in CLAUSE_DEPS and not any(c.dep_ in STATE_DEPS for c in t.children)
    }


STATE_DEPS = frozenset({"acomp", "oprd", "attr"})
"""A verb's complement saying the state it links its subject to ("get stronger", "stay calm"): the
state is the clause's content (the alignment reads it), not the linking verb."""


def _unsaid_verbs(
    claim: str,
    hit: EvidenceSentence,
    evidence_verbs: list[str],
    covered: float,
    own_outlet: bool,
    tune: CheckTuning,
) -> list[str]:
    """The claim's verbs the sentence tells by no word, synonym, phrasal verb or paraphrase (a
    scene its article tells, a report's own saying and a view asked about are not sought)."""
    text, corpus = hit.chunk.text, hit.corpus
    sentence = terms(text)
    objects = _objects(claim)
    unasked = unasked_verbs(claim, text, sentence, evidence_verbs, tune.view_sense_rank) | scene_clause_verbs(
        claim, hit.article_tokens
    )  # a scene its article tells
    if own_outlet:  # "Voz reports that X": the article of Voz tells X, its telling is the report
        unasked |= crediting_verbs(claim)
    held = [v for v in _verbs(claim) if objects.get(v) and all(sentence.has(t) for t in tokens(objects[v]))]
    # "withdrew its offer" holds the offer but undoes "made an offer": no wording rescues it
    undone = _undone(claim, text, [v for v in held if not sentence.has(word_stem(v))], tune)
    unsaid_verbs = [
        v
        for v in _verbs(claim)
        if v not in unasked
        and not sentence.has(word_stem(v))
        and not any(corpus.similar(v, e) for e in evidence_verbs)
        and v not in held
    ]
    if unsaid_verbs:
        bare = [v for v in unsaid_verbs if not objects.get(v)]  # "bought" says "paid", not "paid cash"
        synonyms = synonym_verbs(claim, text, tune.stated_sense_rank) | specific_verbs(
            bare, text, tune.stated_sense_rank
        )
        unsaid_verbs = [v for v in unsaid_verbs if v not in synonyms]
    if unsaid_verbs:  # "set up" a firm: "founded" it (``bot.phrasal``)
        phrasals = stated_phrasals(claim, text, tune.phrasal_senses)
        unsaid_verbs = [v for v in unsaid_verbs if v not in phrasals]
    if unsaid_verbs and paraphrased(claim, text, unsaid_verbs, hit.dense, covered, corpus, tune):
        unsaid_verbs = []
    return [*unsaid_verbs, *sorted(undone - set(unsaid_verbs))]


def _undone(claim: str, text: str, verbs: Collection[str], tune: CheckTuning) -> set[str]:
    """The claim's ``verbs`` whose object the sentence holds under a deed undoing, refusing or
    opposing theirs ("withdrew its offer" for "made an offer", ``bot/object_deed.py``)."""
    return {v for v in verbs if other_deed(claim, v, text, tune.deed_sense_rank, tune.deed_kind_steps)}


def _told(claim: str, hit: EvidenceSentence, names: Collection[str], context: str, tune: CheckTuning) -> bool:
    """The sentence tells the claim in other words (``bot.told``) and it, or the sentences
    around it, names every name of the claim: the article naming one elsewhere is not enough
    where the wording is the model's guess."""
    if hit.dense < tune.told_dense:
        return False
    around = terms(context)
    sentence = terms(hit.chunk.text)
    if not all(sentence.has(t) or around.has(t) or names_place(sentence, t) for t in names):
        return False
    if unstated_subject(claim, sentence, hit.chunk.text):
        return False
    return told_in_other_words(claim, hit.chunk.text, hit.dense, tune.told_dense)


def _alignment(
    claim: str, hit: EvidenceSentence, covered: float, context: str, tune: CheckTuning
) -> Alignment | None:
    """How a sentence on topic (``stated_dense``, ``stated_coverage``) states the claim's content
    words (``bot/alignment.py``), names in it or its context; None off topic. It states the claim
    when complete, or all but a verb it tells only in a report it denies (``Alignment.denial``). A
    sentence this close to the claim (``phrase_dense``) may state a run of its words in other
    words (``bot.alignment.phrase_matches``)."""
    if hit.dense < tune.stated_dense or covered < tune.stated_coverage:
        return None
    return stated_in(claim, hit, context, tune, context, phrases=hit.dense >= tune.phrase_dense)


def names_alone_unstated(claim: str, alignment: Alignment) -> bool:
    """The sentence states every content word of the claim but the words of its names of places
    or people ("a Velmar court jailed the driver" / "a Tolvik court jailed the driver"): it tells
    the claim's deed, so another name of that kind in the slot contradicts the claim however far
    the sentence's wording is from the claim's (``bot/rivals.py`` finds the rival name)."""
    if not alignment.stated or not alignment.unstated:
        return False
    named = {w.lower() for e in parse(claim).entities if e.label in CLASH_LABELS for w in e.text.split()}
    return all(w.lower() in named for w in alignment.unstated)


def negates_unstated(claim: str, alignment: Alignment) -> bool:
    """The claim negates a word the sentence does not state ("pleaded not guilty" against "was
    charged"): the sentence is silent on what the claim denies, so their polarities never clash."""
    unstated = {w.lower() for w in alignment.unstated}
    return any(
        tok.lower_ in NEGATION_CUES and tok.dep_ in {"neg", "det"} and tok.head.lower_ in unstated
        for tok in dependency_parse(claim)
    )


def polarity_differs(
    claim: str, text: str, shared: TokenPool, evidence_verbs: list[str], corpus: Corpus, window: int
) -> bool:
    """One of the two negates a word they share and the other does not ("was fined by the
    council" / "was let off without a fine by the council"): naming the claim's doer for the
    deed does not support it when the sentence denies the deed."""
    if both_open(claim, text, window):  # "could not tell whether" / "was not clear whether"
        return False
    others = other_verbs(_verbs(claim), evidence_verbs, corpus.similar)
    return claim_negated(claim, shared, window) != negated_near(text, shared, window, others)


def _same_polarity(
    claim: str, text: str, stated: Alignment, evidence_verbs: list[str], corpus: Corpus, window: int
) -> bool:
    """Both say it happened, or both that it did not ("no sign of X" / "no indication of X"): a
    negation counts on words the two share, the claim's and the sentence's own for them."""
    if both_open(claim, text, window):  # both deny knowing which, not the deed (``bot.open_question``)
        return True
    claim_words = TokenPool(t for w in stated.stated for t in tokens(w))
    text_words = TokenPool(t for w in stated.matched for t in tokens(w))
    others = other_verbs(_verbs(claim), evidence_verbs, corpus.similar)
    return claim_negated(claim, claim_words, window) == negated_near(text, text_words, window, others)


def parse_ahead(claim: str, hits: list[EvidenceSentence], tune: CheckTuning) -> None:
    """Parse in one batch the sentences ``judge`` parses before any early return: those holding
    a number when the claim has a count, those close enough for an attribution stance when the
    claim names a doer, and (without entities) those on topic enough for ``_alignment`` to align
    (a batch parse costs about half as much per sentence)."""
    close = [h for h in hits if h.dense >= tune.attribution_dense]
    counted, blamed = bool(counts(claim)), bool(close) and bool(_claimed(claim))
    named = [
        h.chunk.text for h in hits if (counted and parse_quantities(h.chunk.text)) or (blamed and h in close)
    ]
    parse_many(named)
    # ``_alignment`` aligns every sentence on topic, reading its parse without entities
    claim_tokens = tokens(claim)
    aligned = [
        h.chunk.text
        for h in hits
        if h.dense >= tune.stated_dense
        and covered_share(terms(h.chunk.text), claim, claim_tokens) >= tune.stated_coverage
    ]
    parse_many((t for t in aligned if t not in named), entities=False)


def covered_share(sentence: TokenPool, claim: str, claim_tokens: list[str]) -> float:
    """Pattern: the share of the claim's words a sentence writes, a country's name or adjective
    also when the sentence writes another of the country's names ("Chilean" / "the Republic of
    Chile", ``bot.retrieve.place_words``): the on-topic gate reads one country as one word."""
    weights = dict.fromkeys(claim_tokens, 1.0)
    held = dict(zip(weights, holds(weights, sentence, place_words(weights, claim)), strict=True))
    return sum(1 for t in claim_tokens if held[t]) / len(claim_tokens) if claim_tokens else 0.0


def count_topic_share(
    sentence: TokenPool, claim: str, published: str = "", report_days: int = CheckTuning.event_report_days
) -> float:
    """Pattern: a sentence counting the claim's thing and naming the claim's own names (its
    places, parties) is on topic by the claim's words other than its figures and its time
    ("forty were hurt in Tarn on 3 May" / "the shelling of Tarn hurt 41"): a rival account
    changes the figure, and a date the article was ``published`` in (or within ``report_days``
    after) is the article's own, both checked apart (the figures by the count rules, the time
    against the article's date). A sentence leaving a name to its article may count another
    place's toll of a round-up, and one of an article from another time must write the claim's
    year itself (a past event retold): 0.0 for them, and for a claim of several counts (as
    ``bot.check.figure_rivals`` reads rival accounts of one count only)."""
    if len(counts(claim)) != 1:
        return 0.0  # a rival account is of one count; several figures left out leave little to match
    day = parse_iso(published)
    own = {p.text for p in periods(claim) if day is not None and p.reported_in(day, report_days)}
    if any(p.text not in own and not sentence.has(str(p.first.year)) for p in periods(claim)):
        return 0.0
    skipped = [(q.start, q.end) for q in counts(claim)]
    skipped += [
        (e.start, e.end)
        for e in parse(claim).entities
        if e.label in TIME_LABELS and (e.text in own or not periods(e.text))
    ]
    kept, at = [], 0
    for start, end in sorted(skipped):
        kept.append(claim[at:start])
        at = max(at, end)
    rest = " ".join([*kept, claim[at:]])
    rest_tokens = tokens(rest)
    if not rest_tokens or not all(sentence.has(t) or names_place(sentence, t) for t in _names(rest)):
        return 0.0
    return covered_share(sentence, rest, rest_tokens)


def _claimed(claim: str) -> list[Attribution]:
    """The doers the claim itself asserts for a deed (not "no one has claimed it")."""
    return [a for a in attributions(claim) if a.kind != "unclaimed" and a.asserted]


def owned_alike(a: str, b: str, similar: Callable[[str, str], bool], aliases: Aliases) -> bool:
    """Pattern: two doers are one when the sentence model puts them close, or when one is named
    by a short form the articles define with every name word of the other ("VELCOM forces" and
    "Velmar", where the articles write "the Velmar Coastal Command (VELCOM)")."""
    return (
        similar(a, b)
        or named_by_defined_form(_name_words(a), b, aliases)
        or named_by_defined_form(_name_words(b), a, aliases)
    )


def _name_words(actor: str) -> list[str]:
    """The actor's capitalised words, its name without the deed or kind ("US" of "US strikes")."""
    return tokens(" ".join(w for w in actor.split() if w[:1].isupper()))


def attribution_stance(
    claim: str, text: str, similar: Callable[[str, str], bool], aliases: Aliases | None = None
) -> tuple[Stance, str] | None:
    """The sentence's stance on who did the claim's deed, when both name an actor for one event.

    The same actor supports (unless one side says it denied it); another actor refutes, unless
    the claim names only a kind of actor ("rebels"); a sentence saying no one has claimed it
    refutes a claim that someone claimed it, and one naming the claimed actor as the doer says
    nothing of its claim (others' account is not its word). A sentence naming only the hand ("a
    bomber") is no rival to a group, nor a group the sentence brings in unnamed ("an armed group",
    ``unnamed_doer``) to a named one, nor another voice to an admission, nor a doer the claim itself
    names on the deed ("joined the Velmar raids", ``named_on_deed``). A short form the articles define is
    read with its name's words ("VELCOM forces" are "Velmar Coastal Command" forces, ``aliases``). A deed said as possible ("could strike") or asked
    about ("whether A or B struck") names no one, and what someone said is answered only by what
    they said (``_another_voice``).
    """
    claimed = _claimed(claim)
    if not claimed:
        return None
    found = [e for e in attributions(text) if not e.modal]  # "who can win" names no winner
    verdicts: list[tuple[Stance, str]] = []
    for c in claimed:
        for e in found:
            if e.doubted:  # "did not know whether A or B did it" names no one
                if _unsure_of_reported(c, e, similar):
                    verdicts.append((Stance.REFUTES, f"says it was not known whether {e.actor}"))
                continue
            if not same_event(c, e) or _another_voice(c, e, similar):
                continue
            if e.kind == "unclaimed":
                if c.kind == "claimed":
                    verdicts.append((Stance.REFUTES, "says no one has claimed it"))
                continue
            if not actor_words(e.actor):
                continue  # "the planes struck the convoy" names no one
            if same_actor(c.actor, e.actor, similar) or (
                aliases
                and (
                    named_by_defined_form(_name_words(c.actor), e.actor, aliases)
                    or named_by_defined_form(_name_words(e.actor), c.actor, aliases)
                )
            ):
                if c.kind == "claimed" and e.kind == "did":
                    continue  # "IS claimed it": others naming IS as the doer do not say it claimed it
                if (e.kind == "denied") != (c.kind == "denied"):
                    verdicts.append((Stance.REFUTES, f"says {e.actor}{ACTOR_DENIAL}"))
                elif not kind_only(c.actor, e.actor):  # "regime jets" do not name "Russian jets"
                    verdicts.append((Stance.SUPPORTS, f"names {e.actor}"))
            elif (
                "denied" not in (c.kind, e.kind)
                and actor_words(c.actor)
                and not hand_only(c.actor)
                and not hand_only(e.actor)  # "a gunman" may be the named group's own
                and not (own_name(c.actor) and unnamed_doer(e.actor, text))  # "an armed group" may be it
                and not (c.said and not e.said)  # an admission is answered by its maker's word only
                and not named_on_deed(claim, e.actor, tuple(set(c.event) - set(c.things)))
                and not other_toll(c, e)
                and same_target(c, e)
            ):
                # "rebels" may be any group, a bomber any group's; a deed done to another thing may be another deed
                verdicts.append((Stance.REFUTES, f"names {e.actor}, not {c.actor}"))
    supports = [v for v in verdicts if v[0] is Stance.SUPPORTS]
    return supports[0] if supports else (verdicts[0] if verdicts else None)


ACTOR_DENIAL = " denied it"
"""How a refutation by the named doer's own denial of the claim's deed ends ("says Velmar denied it")."""


def kind_only(a: str, b: str) -> bool:
    """Two actors sharing only the noun naming their kind, each with words of its own the other
    lacks ("Velm jets" / "rebel jets", "the state mining company Velnor" / "an obscure holding
    company"): the kind says what did it, the other words say whose, and two sets of them name two
    doers. The kind is the last word of the actor's phrase written in lower case ("company" of
    "mining company Velnor"); a shared word qualifying the kind ("coalition" of "coalition jets") or a
    shared name identifies one actor."""
    wa, wb = actor_words(a), actor_words(b)
    shared = wa & wb
    return bool(shared) and shared <= (_kind_word(a) & _kind_word(b)) and bool(wa - wb) and bool(wb - wa)


def _kind_word(actor: str) -> set[str]:
    """The stem of the actor's last identifying word written in lower case: the kind of doer."""
    words = actor_words(actor)
    kinds = [t for w in actor.split() if w[:1].islower() for t in tokens(w) if t in words]
    return set(kinds[-1:])


def _unsure_of_reported(c: Attribution, e: Attribution, similar: Callable[[str, str], bool]) -> bool:
    """The claim reports someone saying A did the deed; the sentence says it was not known
    whether A (or B) did it, or its speaker, the claim's, did not know who did it: the report of
    a certainty is contradicted. A plain claim that A did it is neither supported nor
    contradicted by someone's not knowing."""
    deed = replace(c, things=()), replace(e, things=())  # "strikes on X" and "on X's market": one deed
    return (
        same_event(*deed)
        and not _another_voice(c, e, similar)
        and c.reported
        and not c.doubted
        and c.kind == "did"
        and e.kind == "did"
        and (
            same_actor(c.actor, e.actor, similar)
            or bool(c.speaker and e.speaker and same_actor(c.speaker, e.speaker, similar))
        )
    )


def _another_voice(c: Attribution, e: Attribution, similar: Callable[[str, str], bool]) -> bool:
    """The evidence is no answer to what the claim reports someone said: an accusation by another
    accuser ("the regime accused rebels" against "the coalition blamed the regime"), or a deed
    others report against an actor's own admission ("it uses barrel bombs" against "admits it")."""
    accuser = c.by or c.speaker  # "the monitor said A did it" is the monitor's word, as an accusation
    if accuser and e.by and not same_actor(accuser, e.by, similar):
        return True
    return c.said and e.kind == "did" and not e.said


_CUE = re.compile(r"\b(" + "|".join(re.escape(c) for c in NEGATION_CUES) + r")\b", re.I)


FOCUS_WORDS = (["only"], ["just"], ["merely"], ["simply"])
"""Words after "not" that focus rather than negate: "not only led the talks but also..." says it led them."""


def claim_negated(claim: str, shared: TokenPool, window: int) -> bool:
    """``negated_near`` on what the claim states: the "not" of its own contrast ("cats, not dogs,
    ate the cake") denies another doer, not the deed (``bot.contrast``)."""
    return negated_near(stated_part(claim), shared, window)


def negated_near(text: str, shared: TokenPool, window: int, verbs: Collection[str] = ()) -> bool:
    """A negation within ``window`` words before one of the words both texts share (not a name),
    with none of ``verbs`` (the text's own verbs) between: "did not interview teenagers" negates
    the interview, not what the teenagers do. "Not only A but also B" asserts A (``FOCUS_WORDS``).
    One of ``verbs`` is a shared word only as written (``_shares``)."""
    words = cue_words(text)
    for i, word in enumerate(words):
        if _CUE.fullmatch(word) and not (word.lower() == "not" and words[i + 1 : i + 2] in FOCUS_WORDS):
            for after in words[i + 1 : i + 1 + window]:
                if _shares(after, shared, after.lower() in verbs):
                    return True
                if after.lower() in verbs:
                    break
    return False


def _shares(word: str, shared: TokenPool, own_verb: bool) -> bool:
    """Pattern: the text's own verb (not the claim's) matches a shared word only as written, never
    by a near spelling: "has not changed" negates no claim's "chances", and the text is no typo."""
    return any(t in shared.exact if own_verb else shared.has(t) for t in tokens(word))


_ORDER = re.compile(r"\b(before|after|until|earlier than|later than|prior to)\b")


def unstated_order(claim: str, text: str, told: Collection[str] = ()) -> str:
    """The claim's order word ("after", "before") that the sentence does not write: it cannot
    support what came first, though it may still deny the deed itself ("was fined after
    landing" against "was let off without a fine on landing"). "" when none is missing.
    ``told``: order words whose scene the sentence's article tells (``told_orders``)."""
    return next(
        (
            w
            for w in _ORDER.findall(claim.lower())
            if w not in told and not re.search(rf"\b{w}\b", text.lower())
        ),
        "",
    )


UNRELATED = "not about the same thing"
TOLD = "tells it in other words"
VERB_TOLD = "states all but the verb, told in other words"
"""How a weak support by a sentence very close in meaning begins (``bot/told.py``)."""
STATES_MOST = "states the claim in other words"
"""How a support resting on most of the claim's content begins (``bot/stated_share.py``)."""
OFF_EVENT = ("about another event", "does not mention")
"""How the reasons for a sentence about another event than the claim's begin."""


def paraphrased(
    claim: str,
    text: str,
    verbs: list[str],
    dense: float,
    covered: float,
    corpus: Corpus,
    tune: CheckTuning,
) -> bool:
    """A sentence very close to the claim in meaning (``paraphrase_dense``) and holding most of
    its words (``close_support_coverage``) says the claim's verbs in other words ("took the
    prize" / "won the award") when each is loosely close to one of its verbs
    (``paraphrase_word_similarity``: "fears" does not say "regards"), unless WordNet opposes one
    of them to a verb of the sentence (``opposed_verbs``), or one of the two has a negation the
    other lacks: the sentence model puts antonyms and denials close too ("would not weaken its
    fight" / "would ease its fight")."""
    if dense < tune.paraphrase_dense or covered < tune.close_support_coverage:
        return False
    if bool(_CUE.search(claim)) != bool(_CUE.search(text)):
        return False
    theirs = _verbs(text)
    cutoff = tune.paraphrase_word_similarity
    if not all(any(corpus.words.similar(v, e, cutoff) for e in theirs) for v in verbs):
        return False
    lemmas = {t.text.lower(): t.lemma_.lower() for t in dependency_parse(claim, entities=False)}
    said = verb_lemmas(text)
    return not any(opposed_verbs(lemmas.get(v, v), e) for v in verbs for e in said)


def synonym_verbs(claim: str, text: str, max_rank: int) -> set[str]:
    """Claim verbs (as written) the sentence says with a WordNet synonym of one of the verb's
    commonest senses (up to ``max_rank``): "regards X as" / "considers X", "began" / "started";
    the sentence model does not put every synonym close."""
    wn = wordnet()
    said = verb_lemmas(text)
    return {
        t.text.lower()
        for t in dependency_parse(claim, entities=False)
        if t.pos_ == "VERB" and said & wn.synonyms(t.lemma_.lower(), "v", max_rank)
    }


def specific_verbs(verbs: list[str], text: str, max_rank: int) -> set[str]:
    """Claim verbs (as written) the sentence says with a verb WordNet files one step under one of
    the verb's commonest senses (up to ``max_rank``): "fears" a thing says "is worried" about it,
    "received" says "got"; the more general verb never says the specific one. Callers pass verbs
    without an object the sentence lacks: "bought a ticket" says "paid", not "paid in coins"."""
    wn = wordnet()
    said = verb_lemmas(text)
    return {
        v for v in verbs if (base := wn.verb_base(v)) and any(wn.way_of(s, base, "v", max_rank) for s in said)
    }


def _objects(text: str) -> dict[str, str]:
    """Verb (as written) -> its object: "received asylum" and "was granted asylum" share "asylum"."""
    out = {}
    for tok in dependency_parse(text):
        if tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN":
                    out[tok.text.lower()] = c.text
    return out


def _unstated_predicate(
    claim: str, sentence: TokenPool, verbs: list[str], corpus: Corpus, text: str, max_rank: int
) -> str:
    """A copular claim's predicate ("are in US custody"): what it says of its subject. A word
    written with a hyphen ("a Zk-40", "Tarn-based") is stated when the sentence holds each of
    its parts: the sentence's words are kept split at hyphens. A participle ("is worried") is
    stated by a verb of ``text`` WordNet files under it (``specific_verbs``: "fears")."""
    for tok in dependency_parse(claim):
        if tok.dep_ != "ROOT" or tok.lemma_.lower() != "be":
            continue
        heads = [c for c in tok.children if c.dep_ in {"attr", "acomp"}]
        heads += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            if head.ent_type_ == "DATE":
                continue  # "in April 2017" is when (``bot/claim_periods.py``), not what is said of the subject
            word = head.text.lower()
            parts = tokens(word)
            stated = (
                sentence.has(word_stem(word))
                or (len(parts) > 1 and all(sentence.has(t) for t in parts))
                or any(corpus.similar(word, v) for v in verbs)
                or bool(text and specific_verbs([word], text, max_rank))
            )
            if parts and not stated:
                return word
    return ""


def _verbs(text: str) -> list[str]:
    """Content verbs as written: the sentence model compares "fled" and "flee", not stems; a verb
    spelt like a stopword ("own") counts (``bot.alignment.stopword_verb``)."""
    kept = {t.text.lower() for t in dependency_parse(text, entities=False) if stopword_verb(t)}
    return [v for v in main_verbs(text) if tokens(v) or v in kept]


def _quantity_clash(
    claim: str,
    text: str,
    corpus: Corpus,
    tune: CheckTuning | None = None,
) -> Judgement | None:
    """Refutes on any count of the same thing (``same_count``; with ``tune``, also one named in
    other words, ``counted_alike``) that differs; supports only when all of them agree,
    a bound only near the claim's figure (``states_figure``: "at least 40" allows 10,000). A count's
    doer named by a short form the articles define holds that name's words ("VELCOM forces" are
    the "Velmar Coastal Command"'s, so Velmar's: ``owned_alike``)."""
    reach = (tune or CheckTuning()).bound_reach
    aliases = corpus.aliases((tune or CheckTuning()).alias_min_definitions)

    def alike_doers(a: str, b: str) -> bool:
        return owned_alike(a, b, corpus.similar, aliases)

    evidence = counts(text)
    pool = terms(text)
    agreed: list[str] = []
    given: list[Quantity] = []
    unchecked = False
    claim_counts = counts(claim)
    verbs = [counted_verb(claim, c) for c in claim_counts]
    for cq, verb in zip(claim_counts, verbs, strict=True):
        whole, thing = partitive_whole(claim, cq), measured_thing(claim, cq)
        same = [
            eq
            for eq in evidence
            if (
                same_count(
                    cq,
                    verb,
                    eq,
                    counted_verb(text, eq),
                    corpus.similar,
                    tune is not None and counted_alike(claim, cq, text, eq, corpus, tune),
                )
                or same_change(claim, cq, text, eq)
                # "got a three-month suspension" / "suspended for two months": one act's length (``bot/span_act.py``)
                or same_span_act(claim, cq, text, eq, (tune or CheckTuning()).stated_sense_rank)
            )
            and same_set(whole, verb, partitive_whole(text, eq), counted_verb(text, eq))
            and not change_against_level(claim, cq, text, eq)  # "up by 40%" is no share of 40%
            and all(stated_thing(w, pool, text) for w in thing)
            and same_thing(thing, measured_thing(text, eq))
            and not another_owner(claim, cq, text, eq, alike_doers)
            and same_amount_of(amount_of(claim, cq), amount_of(text, eq))
        ]
        if not same:
            nested = [  # "16 civilians" against "killing 11 people": the narrower cannot outnumber the wider
                eq
                for eq in evidence
                if verb
                and verbs.count(verb) == 1  # "45 in Velm and 22 in Tarn": a wider count may be either part's
                and (done := counted_verb(text, eq))
                and (done == verb or done in wordnet().synonyms(verb, "v") or one_outcome(verb, done))
                and nested_clash(cq, eq)
                and not another_owner(claim, cq, text, eq, alike_doers)
            ]
            nested = [eq for eq in nested if not part_of_total(claim, cq, text, eq)]
            if nested:
                eq = nested[0]
                return Judgement(
                    Stance.REFUTES, 1.0, f"gives {eq.text} {eq.unit}, against {cq.text} {cq.unit}"
                )
            unchecked = True
            continue
        matching = [eq for eq in same if allows(eq, cq)]
        if matching and not any(states_figure(eq, cq, reach) for eq in matching):
            unchecked = True  # "at least 40 fighters" neither says nor denies 10,000
            continue
        matching = [eq for eq in matching if states_figure(eq, cq, reach)]
        if not matching and any(
            not eq.unit and eq.exact and cq.exact and eq.low == cq.low for eq in evidence
        ):
            unchecked = True  # "two of a staggering 12 nominations": the parse lost the noun of "two"
            continue
        doer = named_doer(claim, cq)
        if doer and not (names_doer(pool, doer) or names_capitals_country(pool, doer)):
            unchecked = True  # "the Conservatives' donations totalled £4m" says nothing of X's gift
            continue
        if not matching and all(
            part_of_total(claim, cq, text, eq) or (added_figure(text, eq) and not added_figure(claim, cq))
            for eq in same
        ):
            unchecked = True  # one gift of "over $5m since 2001", "a further $1m": a part, not the total
            continue
        if not matching and any(listed_total(claim_counts, eq) for eq in same):
            unchecked = True  # "two crew and one officer" / "three crewmen": the listed groups together
            continue
        if not matching:
            return Judgement(Stance.REFUTES, 1.0, f"gives {same[0].text}, not {cq.text}")
        agreed.append(f"{matching[0].text} {cq.unit}".strip())
        given.append(matching[0])
    if agreed and not unchecked:
        return Judgement(Stance.SUPPORTS, 1.0, "gives " + ", ".join(agreed), figures=tuple(given))
    return None


def stated_thing(word: str, pool: TokenPool, text: str) -> bool:
    """The text names what a count measures ("500 tonnes of rice"): the word in any form, or a
    closed compound written apart or with a hyphen ("website" / "web-sites", "airstrikes" / "air
    strikes", ``bot.text.written_apart``), as the writers of one event spell it either way."""
    return any(pool.has(t) for t in tokens(word)) or written_apart(word, text)


def same_thing(ours: list[str], theirs: list[str]) -> bool:
    """Two counts' of-phrases name one thing, or one of them names none: "30% of all websites" is no
    share of "75% of spam" (another whole), though the sentence writes "web-site" elsewhere. The
    same word, a closed compound written apart or hyphenated (``stated_thing``), or a WordNet
    synonym ("earnings" / "profit") is one thing."""
    if not ours or not theirs:
        return True
    written = " ".join(theirs)
    pool = TokenPool(tokens(written))
    wn = wordnet()
    return all(stated_thing(w, pool, written) or any(t in wn.synonyms(w, "n") for t in theirs) for w in ours)


def names_doer(pool: TokenPool, doer: str) -> bool:
    """Pattern: the sentence names the count's doer, each word as written or a country by another
    of its names ("America" by "U.S. forces", ``bot.names.names_place``), as the claim's names
    are sought (``_judge``'s missing names)."""
    return all(pool.has(t) or names_place(pool, t) for t in tokens(doer))


def same_amount_of(a: str, b: str) -> bool:
    """A sum or share of the same thing, or one whose thing is unsaid: a profit of $3m says
    nothing of $8m in sales (WordNet synonyms count: "earnings"/"net income")."""
    return not (a and b) or a == b or b in wordnet().synonyms(a, "n")


def same_set(claim_whole: bool, claim_verb: str, evidence_whole: bool, evidence_verb: str) -> bool:
    """The whole of a partitive ("six of the 40 buses": 40) counts the set, not what the deed was
    done to: it is compared with another whole, or with a count tied to no deed, never with a
    count of the deed ("32 buses were burned" is no answer to how many buses there were)."""
    if claim_whole == evidence_whole:
        return True
    return not (evidence_verb if claim_whole else claim_verb)


def same_count(
    claim_q: Quantity,
    claim_verb: str,
    evidence_q: Quantity,
    evidence_verb: str,
    similar: Callable[[str, str], bool],
    alike: bool = False,
) -> bool:
    """Two numbers count the same thing: the same counted noun (or the evidence leaves it
    implied, "injured 32" after "killed six people"; one WordNet sense: "persons"/"people"; or
    ``alike``, the caller's finding that the nouns as written are one thing, ``counted_alike``), and,
    when both say what happened to them, the same verb, a synonym ("wounded"/"injured") or one
    that causes the other ("killed"/"died", ``counted_sets``): six killed never refutes 30 wounded."""
    if not claim_q.unit:
        return False
    if counts_the_dead(claim_q, claim_verb, evidence_q, evidence_verb):
        return True  # "five people were killed" / "leaving 5 martyrs" (``bot.tallies``)
    if evidence_q.unit and not (
        alike or same_measure(evidence_q.unit, claim_q.unit) or same_noun(evidence_q.unit, claim_q.unit)
    ):
        return False
    if not (claim_verb and evidence_verb):
        return bool(evidence_q.unit)
    return (
        claim_verb == evidence_verb
        or evidence_verb in wordnet().synonyms(claim_verb, "v")
        or (of_people(claim_q.unit) and one_outcome(claim_verb, evidence_verb))
        or similar(claim_verb, evidence_verb)
        or held_level(claim_verb, evidence_verb)
    )


def counted_alike(
    claim: str, cq: Quantity, text: str, eq: Quantity, corpus: Corpus, tune: CheckTuning
) -> bool:
    """The claim's count and the sentence's name what they count in other words, read as written
    with a compound's first word: WordNet synonyms ("nine police officers"/"four policemen"), a
    coinage and the phrase it joins ("scores of bombing runs"/"40 bombing sorties") or a group and
    its members ("300 troops"/"250 soldiers") (``bot.counted_nouns.one_counted_thing``)."""
    if not (cq.unit and eq.unit) or cq.unit == eq.unit:
        return False
    if deeds_as_acts(claim, cq, eq, tune.stated_sense_rank) or deeds_as_acts(
        text, eq, cq, tune.stated_sense_rank
    ):
        return True
    return one_counted_thing(
        written_compound(claim, cq.end, cq.unit),
        written_compound(text, eq.end, eq.unit),
        corpus.words,
        tune.unit_sense_rank,
        tune.coinage_similarity,
        tune.group_member_reach,
    )


def deeds_as_acts(text: str, times: Quantity, acts: Quantity, max_rank: int) -> bool:
    """Pattern: "hit the depot a dozen times" counts the same deeds as "a dozen strikes": a count of
    times a verb was done (``repeated_deed``) and a count of an act noun (or a coinage's head,
    ``_act_noun``) that is the verb itself, a WordNet synonym of its senses up to ``max_rank`` or a
    noun WordNet derives from those senses ("shelled" / "shellings")."""
    deed = repeated_deed(text, times)
    act = _act_noun(acts.unit)
    if not (deed and act):
        return False
    wn = wordnet()
    senses = wn.senses(deed, "v")[: max_rank + 1]
    derived = {
        lemma.replace("_", " ")
        for sense in senses
        for d in wn.derived(sense)
        if d.startswith("n") and d in wn.synsets
        for lemma in wn.synsets[d].lemmas
    }
    return act == deed or act in wn.synonyms(deed, "v", max_rank) or act in derived


def counted_apart(
    claim: str, cq: Quantity, text: str, eq: Quantity, corpus: Corpus, tune: CheckTuning
) -> bool:
    """The claim's count and the sentence's count different things of one kind, read as written
    (``bot.counted_nouns.other_kinds``): an equal figure of "deckhands" says nothing of "medics"."""
    if not (cq.unit and eq.unit) or cq.unit == eq.unit:
        return False
    return other_kinds(  # the lemma where the text spells it otherwise ("ferries" for "ferry")
        written_compound(claim, cq.end, cq.unit) or cq.unit,
        written_compound(text, eq.end, eq.unit) or eq.unit,
        corpus.words,
        tune.unit_sense_rank,
        (tune.other_kind_reach, tune.other_kind_people_reach),
        tune.other_kind_similarity,
    )


def listed_total(listed: list[Quantity], count: Quantity) -> bool:
    """A claim that lists exact counts of several things ("four cooks and three porters") is
    not refuted by a figure equal to their sum ("seven crewmen"): a sentence may count the listed
    groups together under one noun."""
    parts = [q for q in listed if q.unit and q.exact]
    return len(parts) > 1 and count.exact and count.low == sum(q.low for q in parts)


def held_level(verb_a: str, verb_b: str) -> bool:
    """A count after "have" says only how many there are, as a count after a verb of state does
    ("has 40 rangers" / "keeps 40 rangers" / "maintains 40 rangers"): one level of the same thing,
    never a deed's count ("lost 40 rangers"). WordNet's stative file tells the verbs of state."""
    wn = wordnet()
    return "have" in (verb_a, verb_b) and all(v == "have" or wn.is_stative(v) for v in (verb_a, verb_b))


def _all_quantities_agree(
    claim_q: list[Quantity],
    evidence: list[Quantity],
    tune: CheckTuning,
    alike: Callable[[Quantity, Quantity], bool] | None = None,
    apart: Callable[[Quantity, Quantity], bool] | None = None,
) -> bool:
    """Every number in the claim is in the evidence, counting the same thing (or its kind) when both say what.

    The very same figure ("412 citizens", "412 nationals") agrees whatever its noun: an exact
    count of that size is rarely a coincidence, unless ``apart`` finds the nouns other things
    of one kind ("412 cooks", "412 pilots"). Refuting always takes the same unit.
    """
    return all(
        any(
            allows(e, c)
            and states_figure(e, c, tune.bound_reach)
            and (
                not c.unit
                or not e.unit
                or same_measure(e.unit, c.unit)
                or (_same_figure(e, c, tune.same_figure_min) and not (apart is not None and apart(c, e)))
                or _kindred(e.unit, c.unit, tune.unit_sense_rank)
                or (alike is not None and alike(c, e))
            )
            for e in evidence
        )
        for c in claim_q
    )


def states_figure(evidence: Quantity, claim: Quantity, reach: float) -> bool:
    """An open-ended bound states a bounded figure of the claim only near its own figure, within
    ``reach`` of it ("at least 40" states "about 50"; it allows "10,000" but does not say it, nor
    does "up to 30" say "two"); an open-ended claim is stated only by a figure inside it
    (``inside_bound``); a word giving only a scale ("hundreds") states no figure it merely holds."""
    if math.isinf(claim.high) or (claim.low <= 0 < claim.high):
        return inside_bound(evidence, claim)
    if vague_range(evidence):
        return claim.low <= evidence.low and evidence.high <= claim.high  # "hundreds" does not say "330"
    if math.isinf(evidence.high):
        return claim.low <= evidence.low * (1 + reach)
    if evidence.low <= 0 < evidence.high:
        return claim.high >= evidence.high * (1 - reach)
    return True


def inside_bound(evidence: Quantity, claim: Quantity) -> bool:
    """A claim's floor ("more than 80") or ceiling ("under 10") is stated only by a figure whose
    every value lies within it: "at least 36" or "dozens" leave "more than 80" open (the source
    does not say it), "95" or "at least 90" state it."""
    if math.isinf(claim.high):
        return evidence.low >= claim.low
    return evidence.high <= claim.high


def gives_every_figure(claim_q: list[Quantity], evidence: list[Quantity], tune: CheckTuning) -> bool:
    """The claim has at least ``figures_support`` counts and the sentence gives each, counting
    the same kind of thing ("under $50,000" / "$47,300", "more than 12 ports" / "14 ports"):
    several figures agreeing on one topic state the claim, however its words are paraphrased."""
    return len(claim_q) >= tune.figures_support and all(
        c.unit
        and any(
            allows(e, c)
            and states_figure(e, c, tune.bound_reach)
            and e.unit
            and (same_measure(e.unit, c.unit) or _kindred(e.unit, c.unit, tune.unit_sense_rank))
            for e in evidence
        )
        for c in claim_q
    )


def _kindred(a: str, b: str, max_rank: int) -> bool:
    """One counted noun is a synonym or, in one of its commonest senses (up to ``max_rank``), a
    kind of the other ("18 lorries", "18 trucks", "18 vehicles"): a figure agreeing counts the
    same things, though named apart."""
    wn = wordnet()
    return b in wn.synonyms(a, "n") or wn.is_kind(a, b, max_rank) or wn.is_kind(b, a, max_rank)


def negation_covered(claim: str, sentence: TokenPool, context: str, covered: float) -> float:
    """How much of the claim a sentence that may negate it covers: with its neighbours' words when
    the sentence itself holds every verb of the claim ("no indication that civilians were killed
    during the operations" after sentences on "the strikes on the camps"): the deed is the
    sentence's, the scene its report's."""
    if not all(sentence.has(word_stem(v)) for v in _verbs(claim)):
        return covered
    return max(covered, terms(f"{context}").share(tokens(claim)))


def scene_counts_agree(
    claim_q: list[Quantity], evidence: list[Quantity], context: str, tune: CheckTuning
) -> bool:
    """The sentence gives some of the claim's counts and the sentences around it the rest: a
    report sets the scene once ("stormed two villages") and gives its figures after ("lost 15
    fighters in the attack"), so the claim's "15 fighters in the attack on two villages" is all
    told. Only the sentence's own counts may refute (``_quantity_clash``)."""
    if len(claim_q) < 2 or not any(_all_quantities_agree([c], evidence, tune) for c in claim_q):
        return False
    return _all_quantities_agree(claim_q, evidence + parse_quantities(context), tune)


def counted_before(claim_q: list[Quantity], text: str, previous: str, tune: CheckTuning) -> bool:
    """Pattern: a report counts a thing once and then names it back with "the" and no number
    ("evacuated 40 nationals. A flight brought the nationals home"): each claim count the
    sentence does not give is given by the sentence before (``previous``, same article), and the
    sentence names the claim's counted noun back (``named_back``)."""
    if not claim_q or not previous:
        return False
    own, before = counts(text), counts(previous)
    left = [c for c in claim_q if not _all_quantities_agree([c], own, tune)]
    return bool(left) and all(
        c.unit and named_back(text, c.unit) and _all_quantities_agree([c], before, tune) for c in left
    )


def count_told_before(claim: str, hit: EvidenceSentence, tune: CheckTuning) -> bool:
    """The claim's count is given by the sentence before the hit, which the hit names back
    (``counted_before``): that sentence is evidence too, so a reader sees where the figure is."""
    if hit.previous is None:
        return False
    return counted_before(_claim_counts(claim), hit.chunk.text, hit.previous.chunk.text, tune)


def _claim_counts(claim: str) -> list[Quantity]:
    """The claim's counts the value checks compare: an age in apposition ("X, 63,") is a detail."""
    return [q for q in counts(claim) if not age_apposition(claim, q.start, q.end)]


BACK_DETERMINERS = frozenset({"the", "these", "those"})
"""Determiners that point back to a thing named before ("the nationals", "those killed")."""


def named_back(text: str, unit: str) -> bool:
    """The text names the counted noun (``unit``, as ``counts`` gives it) with a determiner
    pointing back and no number of its own ("the nationals", not "some nationals", "40 nationals")."""
    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() == unit
        and any(c.lower_ in BACK_DETERMINERS for c in t.children if c.dep_ == "det")
        and not any(c.dep_ == "nummod" or c.like_num for c in t.children)
        for t in dependency_parse(text, entities=False)
    )


def same_partitive(claim: str, text: str) -> bool:
    """Every number of the claim sits in an "N of M" pair ("two of their three matches") that the
    sentence gives with the same figures and the same counted verb, whatever noun follows: two
    exact figures in one partitive are rarely a coincidence ("two of their three meetings")."""
    claimed, given = _partitives(claim), _partitives(text)
    if not claimed or 2 * len(claimed) != len(counts(claim)):
        return False
    return all(
        any(
            pair == other and (verb == other_verb or not verb or not other_verb)
            for other, other_verb in given
        )
        for pair, verb in claimed
    )


def _partitives(text: str) -> list[tuple[tuple[float, float], str]]:
    """The exact "N of (the, their ...) M" pairs of a text, and the share told after its whole
    ("M buses, N of them", ``_share_after``), with the verb that counts N."""
    found = counts(text)
    return [
        ((a.low, b.low), counted_verb(text, a))
        for a, b in pairwise(found)
        if a.exact and b.exact and _OF_THE.fullmatch(text[a.end : b.start])
    ] + [
        ((a.low, b.low), counted_verb(text, a))
        for b, a in pairwise(found)
        if a.exact and b.exact and _share_after(text, b, a)
    ]


def _share_after(text: str, whole: Quantity, part: Quantity) -> bool:
    """The part told after its whole's noun as a share of it: "hit 40 buses, six of them new",
    "30 staff, nine of whom left" say six of the 40, nine of the 30."""
    return bool(_WHOLE_NOUN.fullmatch(text[whole.end : part.start]) and _OF_THEM.match(text[part.end :]))


_OF_THE = re.compile(r"\s+of\s+(?:\w+\s+)?", re.I)
"""What joins a part to its whole: "two of their three", "six of the 40"."""
_WHOLE_NOUN = re.compile(r"\s+[\w-]+(?:\s+[\w-]+){0,2}\s*,?\s+", re.I)
"""The whole's noun (a few words) between its figure and the share: "40 city buses, "."""
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|which)\b", re.I)
"""What ties a share back to the whole just counted: "six of them", "nine of whom"."""


def _same_figure(a: Quantity, b: Quantity, figure_min: int) -> bool:
    return (
        a.exact and b.exact and a.low == b.low >= figure_min and a.unit not in YEARS and b.unit not in YEARS
    )


def _names(text: str, dated: bool = False) -> list[str]:
    """Tokens of the names and dates the evidence must mention; a dated article answers for a
    dated period itself (``bot/claim_periods.py``) and for an occasion, so those dates are not
    looked for word by word."""
    scoped = {p.text for p in periods(text)} if dated else set()
    return [
        t
        for ent in parse(text).entities
        if ent.label in MENTIONED_LABELS
        and ent.text not in scoped
        and not _relative_date(ent)
        and not (dated and _occasion(ent))
        and not _age_apposition(text, ent)
        for t in tokens(named_words(ent.text))
    ] + qualifier_names(text)


def name_partners(text: str) -> dict[str, list[str]]:
    """Each name word of the text's place and person names (``named_words``) with the other words
    of its name ("deir" for "zor" of "Deir al-Zor"): a short word is another spelling's only
    beside them (``bot.names.article_variant``)."""
    out: dict[str, list[str]] = {}
    for ent in parse(text).entities:
        if ent.label not in MENTIONED_LABELS or ent.label in TIME_LABELS:
            continue
        words = tokens(named_words(ent.text))
        for i, word in enumerate(words):
            out.setdefault(word, [w for j, w in enumerate(words) if j != i])
    return out


def _spelt_with_article(
    pool: TokenPool, term: str, partners: dict[str, list[str]], tune: CheckTuning
) -> bool:
    """The pool names the claim's name word ``term`` as another spelling of its Arabic article and
    vowels (``bot.names.article_variant``), beside the other words of its name."""
    return article_variant(
        pool,
        term,
        partners.get(term, []),
        tune.article_min_consonants,
        tune.article_stem_min_letters,
        tune.article_similarity,
    )


def named_words(name: str) -> str:
    """The words of a name or date a source writes to name it: capitalised, with a digit, or a
    number ("three days"); its other lower-case words say what kind of place it is or where in a
    span it falls ("Tarn province", "last October", "mid-June"), which a source naming it as
    "Tarn" or "October" need not repeat."""
    return " ".join(
        w
        for w in re.split(r"[\s-]+", name)
        if any(c.isupper() or c.isdigit() for c in w) or w.lower() in NUMBER_WORDS
    )


_AGE = re.compile(r"\d{1,3}")


def _age_apposition(text: str, ent: Entity) -> bool:
    """A bare number set off by commas after a name ("Ilse Varga, 41, was jailed") is the
    person's age, which the parser may call a date: a detail, not a name the source must repeat."""
    return age_apposition(text, ent.start, ent.end)


def age_apposition(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is an age set off by commas after a name ("Ilse Varga, 41, was ...")."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return (
        bool(_AGE.fullmatch(text[start:end]))
        and before.endswith(",")
        and before[:-1].rstrip()[-1:].isalpha()
        and before[:-1].rstrip().split()[-1][:1].isupper()
        and (not after or after[0] in ",.;")
    )


UNNAMED_LABELS = MENTIONED_LABELS | {"TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
"""Entity labels a name already has when the evidence is asked for it, or that are no name."""


def qualifier_names(text: str) -> list[str]:
    """Tokens of a proper noun qualifying the claim after a preposition ("charged in Marnport",
    "by Tolvik prosecutors") that the tagger filed as no name: a qualifier no source states
    cannot be supported, though the tagger took the place for a product."""
    out = []
    for tok in dependency_parse(text):
        if tok.pos_ != "PROPN" or tok.ent_type_ in UNNAMED_LABELS or tok.lower_ in WEEKDAYS | set(MONTHS):
            continue
        head = tok.head if tok.dep_ == "compound" else tok
        if head.dep_ == "pobj" and head.head.pos_ == "ADP":
            out += tokens(tok.text)
    return out


def _occasion(ent: Entity) -> bool:
    """ "the eve of Eid", "Christmas": a date named by an occasion, with no digit, month or weekday;
    a dated article answers for it by its own date (outlets name a feast in many ways)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", ent.text)}
    return ent.label == "DATE" and not re.search(r"\d", ent.text) and not words & (WEEKDAYS | set(MONTHS))


def _relative_date(ent: Entity) -> bool:
    """ "the day", "that week": a date that names no day, only points at the claim's own event,
    so no source writes it word for word (a digit or a capitalised month or weekday would; the
    capital a sentence opens with does not: "One week earlier")."""
    words = ent.text.split()
    opening = ent.start == 0 and words and words[0].lower() not in WEEKDAYS | set(MONTHS)
    return ent.label == "DATE" and not re.search(r"\d|\b[A-Z]", " ".join(words[1:] if opening else words))
