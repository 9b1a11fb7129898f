"""Counts of the same thing, and how per-source stances add up to a verdict."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.api import FactChecker
from bot.blame import same_actor
from bot.check import decide
from bot.count_owner import counts
from bot.evidence import EvidenceSentence, terms
from bot.stance import (
    OFF_EVENT,
    RIVAL_BEGINNING,
    RIVAL_COUNT,
    RIVAL_DAY,
    RIVAL_NAME,
    Judgement,
    _all_quantities_agree,
    _names,
    _quantity_clash,
    attribution_stance,
    claim_negated,
    clause_verbs,
    count_account,
    count_topic_share,
    counted_acts,
    counted_alike,
    counted_before,
    counted_verb,
    covered_share,
    deed_ratio,
    framed_apart,
    gives_every_figure,
    held_level,
    judge,
    kind_only,
    listed_total,
    named_back,
    named_share,
    names_doer,
    negated_near,
    negation_covered,
    on_scene,
    own_place,
    own_time,
    owned_alike,
    parse_ahead,
    qualifier_names,
    rival_count,
    same_count,
    same_thing,
    scene_counts_agree,
    specific_verbs,
    stated_thing,
    states_figure,
    swappable,
    unstated_order,
)
from bot.text import TokenPool, tokens
from bot.types import Label, SourceStance, Stance
from bot.values import Quantity, parse_quantities
from index.store import Chunk
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand, sentence


def never_similar(a: str, b: str) -> bool:
    return False


def quantity(text: str, value: float) -> tuple[str, object]:
    (q,) = [q for q in parse_quantities(text) if q.low == value]
    return counted_verb(text, q), q


def test_the_verb_a_count_belongs_to() -> None:
    text = "A blast in Velmar killed six people and injured 32 on Monday."
    assert quantity(text, 6)[0] == "kill"
    assert quantity(text, 32)[0] == "injure"
    assert quantity("Six guards were among at least 22 people killed in the raids.", 22)[0] == "kill"
    assert quantity("Velmar evacuated 318 nationals stranded in the port.", 318)[0] == "evacuate"
    assert quantity("Shells hit Velmar, leaving 4 guards killed and 9 hurt.", 4)[0] == "kill"
    assert quantity("The navy carried out a dozen raids on Monday.", 12)[0] == ""  # acts: a light verb


def test_six_killed_never_counts_the_thirty_wounded() -> None:
    claim = "The blast in Velmar wounded 30 people."
    (cq,) = parse_quantities(claim)
    text = "A blast in Velmar killed six people and injured 32 on Monday."
    six = next(q for q in parse_quantities(text) if q.low == 6)
    thirty_two = next(q for q in parse_quantities(text) if q.low == 32)
    verb = counted_verb(claim, cq)
    assert not same_count(cq, verb, six, counted_verb(text, six), never_similar)
    assert same_count(cq, verb, thirty_two, counted_verb(text, thirty_two), never_similar)  # WordNet synonyms


def source(doc: str, stance: Stance, clear: bool) -> SourceStance:
    return SourceStance(doc, stance, 0.5, clear, "", "Outlet", "2017-04-05")


def test_one_weak_refutation_does_not_outweigh_several_clear_supports() -> None:
    tune = CheckTuning()
    sources = [
        source("a", Stance.SUPPORTS, True),
        source("b", Stance.SUPPORTS, True),
        source("c", Stance.REFUTES, False),
    ]
    label, note = decide(sources, tune)
    assert label is Label.SUPPORTED
    assert "of 3 sources, 2 support it, 1 refutes it, 0 do not address it" in note


def test_a_clear_refutation_against_supports_is_conflicting_and_the_note_counts_sources() -> None:
    sources = [
        source("a", Stance.SUPPORTS, True),
        source("b", Stance.SUPPORTS, True),
        source("c", Stance.REFUTES, True),
        source("d", Stance.NEUTRAL, False),
    ]
    label, note = decide(sources, CheckTuning())
    assert label is Label.CONFLICTING
    assert "of 4 sources, 2 support it, 1 refutes it, 1 does not address it" in note
    assert "Outlet 2017-04-05 (c)" in note
    assert decide([source("d", Stance.NEUTRAL, False)], CheckTuning())[0] is Label.NOT_ENOUGH_INFO


def test_an_article_giving_an_account_on_each_side_is_one_source_in_the_note() -> None:
    sources = [
        source("a", Stance.SUPPORTS, True),
        source("a", Stance.REFUTES, False),
        source("b", Stance.REFUTES, True),
    ]
    label, note = decide(sources, CheckTuning())
    assert label is Label.CONFLICTING
    assert "of 2 sources, 1 supports it, 2 refute it, 0 do not address it" in note
    assert "(1 source gives an account on each side)" in note


def test_a_date_that_names_no_day_is_not_looked_for_word_by_word() -> None:
    """ "on the day the offer emerged" points at the event; "on Monday" names a day; the capital
    a sentence opens with names none ("Two days later"); a dated article answers for a feast."""
    assert "day" not in _names("Velmar shares gained 5% on the day the new offer emerged.")
    assert "monday" in _names("Velmar shares gained 5% on Monday.")
    assert not {"two", "days", "later"} & set(_names("Two days later, Velmar shares fell 5%."))
    assert "monday" in _names("Monday saw Velmar shares fall 5%.")
    feast = "Velmar shops closed on the eve of Christmas."
    (christmas,) = tokens("Christmas")
    assert christmas in _names(feast) and christmas not in _names(feast, dated=True)


def test_an_age_set_off_by_commas_is_no_name_the_source_must_repeat() -> None:
    """ "Ilse Varga, 41, was jailed": the parser may call 41 a date; it is her age, a detail that a
    source telling the jailing need not give. A year stays a date to look for."""
    assert "41" not in _names("Ilse Varga, 41, was jailed in Tolvik.")
    assert {"ils", "varga", "tolvik"} <= set(_names("Ilse Varga, 41, was jailed in Tolvik."))
    assert "2016" in _names("The Tolvik talks ended in 2016, the minister said.")


def test_an_age_is_no_number_a_supporting_source_must_give(tiny: FactChecker) -> None:
    """A source telling the deed in the claim's words supports it without the age it gives."""
    claim = "Ilse Varga, 41, is on trial over a $3m fraud at Brannock."
    text = "Former Brannock boss Ilse Varga is on trial, accused of a $3m fraud at Brannock."
    assert judge(claim, hand(tiny, text, dense=0.85, score=0.85), CheckTuning()).stance is Stance.SUPPORTS


def test_a_count_agrees_with_the_same_figure_of_a_kind_of_its_noun() -> None:
    """ "18 trucks" and "at least 18 vehicles" (a truck is a vehicle) or "18 lorries" count the
    same things; "18 ships" do not."""
    tune = CheckTuning()
    claim = counts("The storm wrecked 18 trucks in Velmar.")
    assert _all_quantities_agree(claim, counts("The storm wrecked at least 18 vehicles."), tune)
    assert _all_quantities_agree(claim, counts("The storm wrecked 18 lorries."), tune)
    assert not _all_quantities_agree(claim, counts("The storm wrecked 18 ships."), tune)


def test_a_figure_whose_noun_the_parse_lost_does_not_refute(tiny: FactChecker) -> None:
    """ "two of a staggering 12 nominations": "two" lost its noun in the parse, yet it is the
    claim's "two of its 12 nominations", so it does not refute it; "five of 12" does."""
    corpus = tiny.retriever.corpus()
    claim_text = "The film won only two of its 12 Oscar nominations."
    clash = _quantity_clash(
        claim_text, "The film only picked up two of a staggering 12 Oscar nominations.", corpus
    )
    assert clash is None or clash.stance is not Stance.REFUTES
    refuted = _quantity_clash(claim_text, "The film won five of its 12 Oscar nominations.", corpus)
    assert refuted is not None and refuted.stance is Stance.REFUTES


def test_a_refutation_by_another_name_is_marked_as_a_rival_and_a_denial_is_not(tiny: FactChecker) -> None:
    """Another actor or another weekday may tell another event, so the verdict weighs it only
    beside the claim's event; the named actor's own denial is about the claim's deed."""
    claim = "The Blue Lions burned the depot in Tarvel on Sunday."

    def judged(text: str) -> tuple[Stance, str]:
        j = judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())
        return j.stance, j.rival

    assert judged("The Red Hand burned the depot in Tarvel on Sunday.") == (Stance.REFUTES, RIVAL_NAME)
    assert judged("The Blue Lions denied burning the depot in Tarvel on Sunday.") == (Stance.REFUTES, "")
    claim = "Floods closed the old depot in Tarvel on Sunday."
    assert judged("Floods closed the old depot in Tarvel on Wednesday.") == (Stance.REFUTES, RIVAL_DAY)


def test_a_deed_the_claim_says_was_refused_is_refuted_by_it_done(tiny: FactChecker) -> None:
    """ "Refused to fund the bridge" is no funding: a sentence telling the funding done by the same
    council refutes the claim, though it states every word of it but the refusal."""
    claim = "The Velm council refused to fund the new bridge."

    def judged(text: str) -> Judgement:
        return judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())

    done = judged("The Velm council funded the new bridge in May.")
    assert done.stance is Stance.REFUTES and done.reason == "says it happened: funded, refused ... fund"
    assert judged("The Velm council refused to fund the new bridge in May.").stance is Stance.SUPPORTS


def test_only_the_doer_unnamed_is_the_same_event_told_without_the_doer(tiny: FactChecker) -> None:
    """An article that never names the claim's actor may still be about its event (the checker
    reads on around it); one that never names the claim's place is about another event."""
    claim = "The Islamic Front claimed it shot down the helicopter near Aleppo."
    told = hand(tiny, "A helicopter was shot down near Aleppo on Monday.", dense=0.7, score=0.7)
    judged = judge(claim, told, CheckTuning())
    assert judged.stance is Stance.NEUTRAL and judged.reason == "does not name front, islam as the doer"
    elsewhere = hand(tiny, "A helicopter was shot down near Homs on Monday.", dense=0.7, score=0.7)
    assert judge(claim, elsewhere, CheckTuning()).reason.startswith(OFF_EVENT)


def test_an_agreeing_count_in_a_loosely_aligned_sentence_is_a_weak_support(tiny: FactChecker) -> None:
    """The same count by the same verb supports even where the sentence shares few of the
    claim's words; it is a weak support, so a clear stance against it still counts more."""
    claim = "Three people died when rockets hit Tarvel."
    text = "Rockets hit Tarvel leaving at least three killed and 30 wounded, witnesses in the old port said."
    judged = judge(claim, hand(tiny, text, dense=0.58, score=0.58), CheckTuning())
    assert judged.stance is Stance.SUPPORTS and not judged.clear
    other = "Rockets hit Tarvel leaving at least five killed and 30 wounded, witnesses in the old port said."
    assert judge(claim, hand(tiny, other, dense=0.58, score=0.58), CheckTuning()).stance is Stance.REFUTES


def test_parse_ahead_parses_only_what_judge_will_parse(tiny: FactChecker) -> None:
    """For a counting claim, the sentences holding a number are parsed together beforehand and
    a sentence without one is not; a claim with no count and no doer parses nothing ahead; the
    verdict on each sentence is the one it gets without the batch."""
    import bot.nlp

    tune = CheckTuning()
    counted = hand(tiny, "Workers in Ostrin repaired 9 ferries last spring.", dense=0.3, score=0.3)
    plain = hand(tiny, "Workers in Ostrin painted the ferries last spring.", dense=0.3, score=0.3)
    claim = "Workers in Ostrin repaired 12 ferries."
    alone = [judge(claim, h, tune) for h in (counted, plain)]
    bot.nlp._docs.clear()
    parse_ahead(claim, [counted, plain], tune)
    assert counted.text in bot.nlp._docs and plain.text not in bot.nlp._docs
    assert [judge(claim, h, tune) for h in (counted, plain)] == alone
    bot.nlp._docs.clear()
    parse_ahead("The ferries of Ostrin are painted blue.", [counted, plain], tune)
    assert counted.text not in bot.nlp._docs and plain.text not in bot.nlp._docs


def test_a_count_about_another_named_party_does_not_refute(tiny: FactChecker) -> None:
    """A sentence that never names the claim's giver gives some other party's figure."""
    corpus = tiny.retriever.corpus()
    claim = "Norland Bank gave a $50,000 donation to the harbour fund."
    other = "The Velmar council was second, with donations to the harbour fund totalling $4,100,000."
    clash = _quantity_clash(claim, other, corpus)
    assert clash is None or clash.stance is not Stance.REFUTES
    named = _quantity_clash(claim, "Norland Bank gave a $10,000 donation to the harbour fund.", corpus)
    assert named is not None and named.stance is Stance.REFUTES


def test_one_smaller_gift_does_not_refute_a_running_total(tiny: FactChecker) -> None:
    """ "has given over $5m since 2001" is not refuted by one "$1m gift" (a part of the sum); a
    sentence giving its own running total still refutes, as does a smaller total for a plain gift."""
    corpus = tiny.retriever.corpus()
    claim = "Norland Bank has given the harbour fund more than $5m since 2001."
    part = _quantity_clash(claim, "Norland Bank made a $1m gift to the harbour fund on Monday.", corpus)
    assert part is None or part.stance is not Stance.REFUTES
    total = _quantity_clash(claim, "Norland Bank has given the harbour fund $2m since 2001.", corpus)
    assert total is not None and total.stance is Stance.REFUTES
    plain = _quantity_clash(
        "Norland Bank made a $5m gift to the harbour fund.",
        "Norland Bank made a $1m gift to the harbour fund.",
        corpus,
    )
    assert plain is not None and plain.stance is Stance.REFUTES


def test_a_further_sum_does_not_refute_the_claims_sum(tiny: FactChecker) -> None:
    """ "a further $1m" is added to a sum told before: it is not the claim's sum; an addition
    against an addition still refutes, as does a plain sum."""
    corpus = tiny.retriever.corpus()
    claim = "Norland Bank gave about $5m to the harbour fund."
    further = _quantity_clash(claim, "Norland Bank gave a further $1m to the harbour fund.", corpus)
    assert further is None or further.stance is not Stance.REFUTES
    both = _quantity_clash(
        "Norland Bank gave another $5m to the harbour fund.",
        "Norland Bank gave another $1m to the harbour fund.",
        corpus,
    )
    assert both is not None and both.stance is Stance.REFUTES
    plain = _quantity_clash(claim, "Norland Bank gave $1m to the harbour fund.", corpus)
    assert plain is not None and plain.stance is Stance.REFUTES


def test_a_paraphrased_predicate_is_stated_by_its_count_or_its_verb_of_saying(tiny: FactChecker) -> None:
    """ "earned under $50,000" is stated by "took just $47,300"; "spoke about" by "highlighted"."""
    claim = "The ferry service earned under $50,000 despite sailing to more than 12 ports."
    took = "The ferry service took just $47,300, despite calling at 14 ports, the harbour master said."
    judged = judge(claim, hand(tiny, took, dense=0.82, score=0.8), CheckTuning())
    assert not judged.reason.startswith("does not say"), judged.reason  # the figures state the verbs
    spoke = "Mayor Brill spoke about rebuilding the northern pier at a press conference in Velmar."
    said = "At a press conference in Velmar, Mayor Brill highlighted plans for rebuilding the northern pier."
    judged = judge(spoke, hand(tiny, said, dense=0.8, score=0.8), CheckTuning())
    assert judged.stance is Stance.SUPPORTS, judged.reason
    denied = "At a press conference in Velmar, Mayor Brill denied plans for rebuilding the northern pier."
    assert judge(spoke, hand(tiny, denied, dense=0.8, score=0.8), CheckTuning()).stance is not Stance.SUPPORTS


def test_a_negation_covers_a_shared_word_only_with_no_other_verb_between() -> None:
    """ "The survey did not interview fishermen" says nothing against what fishermen sell."""
    shared = TokenPool(tokens("fishermen sell"))
    assert not negated_near("The survey did not interview fishermen.", shared, 4, ["interview"])
    assert negated_near("The survey did not interview fishermen.", shared, 4)  # the verbs unknown
    assert negated_near("Fishermen do not sell boats here.", shared, 4, ["sell"])
    assert negated_near("There was no sign fishermen were hurt.", shared, 4, ["was", "hurt"])


def test_the_texts_own_verb_is_no_near_spelling_of_a_shared_word() -> None:
    """ "has not changed his plan" says nothing against the claim's "chances"; a typo in the
    claim's word still matches the text's other words."""
    shared = TokenPool(tokens("Orvan chances title"))
    text = "Orvan gave up on the title and has not changed his plan."
    assert not negated_near(text, shared, 4, ["gave", "changed"])
    assert negated_near("Orvan has no chances of the title.", shared, 4, ["has"])
    assert negated_near("Orvan made no shipments.", TokenPool(tokens("Orvan shipmments")), 4, ["made"])


def test_not_only_focuses_and_does_not_negate() -> None:
    """ "has not only sold boats but also built them" says it sold boats."""
    shared = TokenPool(tokens("fishermen sold boats"))
    assert not negated_near("The fishermen have not only sold boats but also built them.", shared, 4)
    assert not negated_near("The fishermen have not just sold boats.", shared, 4)
    assert negated_near("The fishermen have not sold boats.", shared, 4)


def test_the_whole_of_a_partitive_is_not_a_count_of_the_deed(tiny: FactChecker) -> None:
    """ "burned six of the depot's 40 buses": 40 is how many buses there were, so 42 buses burned
    is compared with the six burned, never with the 40, while another fleet size or another
    number burned refutes it."""
    corpus = tiny.retriever.corpus()
    claim = "Gunmen burned six of the depot's 40 buses in Velmora."
    deed = _quantity_clash(claim, "In Velmora 42 buses were burned by gunmen.", corpus)
    assert deed is None or "40" not in deed.reason
    assert _quantity_clash(claim, "In Velmora six buses were burned by gunmen.", corpus) is None
    whole = _quantity_clash(claim, "Gunmen burned six of the 55 buses in Velmora.", corpus)
    assert whole is not None and whole.stance is Stance.REFUTES
    burned = _quantity_clash(claim, "Gunmen burned nine of the 40 buses in Velmora.", corpus)
    assert burned is not None and burned.stance is Stance.REFUTES


def test_an_amount_of_another_thing_does_not_refute(tiny: FactChecker) -> None:
    """ "300 tonnes of rice" counts rice: 9 million tonnes of a harvest the sentence never calls
    rice is another amount, while tonnes of rice that differ refute it."""
    corpus = tiny.retriever.corpus()
    claim = "The barges were carrying 300 tonnes of rice to Ostrin."
    other = "Barley output fell to 9 million tonnes harvested last year in Ostrin."
    clash = _quantity_clash(claim, other, corpus)
    assert clash is None or clash.stance is not Stance.REFUTES
    rice = _quantity_clash(claim, "The barges were carrying 800 tonnes of rice to Ostrin.", corpus)
    assert rice is not None and rice.stance is Stance.REFUTES


def test_another_doer_is_a_weak_refutation_and_a_denial_a_clear_one(tiny: FactChecker) -> None:
    """Outlets blame different groups, so one naming another doer does not outweigh two clear
    sources naming the claim's; the claim's own doer denying the deed stays a clear refutation."""
    claim = "The Blue Lions burned the depot in Tarvel on Sunday."

    def clear(text: str) -> bool:
        j = judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())
        assert j.stance is Stance.REFUTES
        return j.clear

    assert not clear("The Red Hand burned the depot in Tarvel on Sunday.")
    claim = "Mayor Ilse Varnow opened the depot in Tarvel on Sunday."
    assert not clear("Mayor Tomas Brekk opened the depot in Tarvel on Sunday.")
    claim = "The Blue Lions burned the depot in Tarvel on Sunday."
    assert clear("The Blue Lions denied burning the depot in Tarvel on Sunday.")
    sources = [
        source("a", Stance.SUPPORTS, True),
        source("b", Stance.SUPPORTS, True),
        source("c", Stance.REFUTES, False),
    ]
    assert decide(sources, CheckTuning())[0] is Label.SUPPORTED


def test_a_claim_without_a_time_of_its_own_happened_when_its_texts_lead_did(tiny: FactChecker) -> None:
    """ "Guards were also hurt" after a lead "on Sunday" is not supported by a Thursday report
    that names no Sunday, but is by one from the Monday after; alone, it is not scoped at all."""
    lead = "Drones struck the Tarvel depot on Sunday."
    claim = "Guards at the Tarvel depot were also hurt."

    def judged(day: str, with_lead: str) -> Judgement:
        hit = hand(tiny, "Guards at the Tarvel depot were hurt.", dense=0.9, score=0.9)
        dated = hit.corpus.sentence(replace(hit.chunk, date=day), dense=0.9, score=0.9)
        return judge(claim, dated, CheckTuning(), with_lead)

    assert judged("2021-03-08", lead).stance is Stance.SUPPORTS  # a Monday
    late = judged("2021-03-11", lead)  # a Thursday
    assert late.stance is Stance.NEUTRAL and late.reason.startswith(OFF_EVENT)
    assert judged("2021-03-11", "").stance is Stance.SUPPORTS


def test_a_sentence_placing_the_event_in_another_part_of_the_place_never_supports(tiny: FactChecker) -> None:
    """ "Struck central Ostria ... hit 40 targets" does not support "hit 40 targets in northern Ostria"."""
    claim = "Drones hit 40 targets in northern Ostria."
    told = "Drones struck camps in central Ostria on Sunday. The drones hit 40 targets."
    judged = judge(claim, hand(tiny, told, dense=0.9, score=0.9), CheckTuning())
    assert judged.stance is not Stance.SUPPORTS


def test_another_ranking_cut_off_for_the_same_player_refutes(tiny: FactChecker) -> None:
    claim = "Reaching the Ostrin final takes Varga into the world's top 20."
    text = "Varga will move into the world's top 50 after reaching the final in Ostrin."
    judged = judge(claim, hand(tiny, text, dense=0.7, score=0.7), CheckTuning())
    assert judged.stance is Stance.REFUTES and "50" in judged.reason


@pytest.mark.parametrize(
    ("claim", "text", "word"),
    [
        ("Velcor's profits rose 5% in 2019.", "Velcor said its profits fell 5% in 2019.", "fell"),
        ("The Ostrin Rovers won the cup final.", "The Ostrin Rovers lost the cup final.", "lost"),
        ("Velcor is the biggest bank in Ostrin.", "Velcor is the smallest bank in Ostrin.", "smallest"),
        ("Velcor opened a branch in Ostrin.", "Velcor closed its branch in Ostrin.", "closed"),
    ],
)
def test_a_sentence_saying_the_opposite_word_refutes(
    tiny: FactChecker, claim: str, text: str, word: str
) -> None:
    """A WordNet antonym where the claim has its verb or adjective, every other word stated."""
    judged = judge(claim, hand(tiny, text, dense=0.6, score=0.6), CheckTuning())
    assert judged.stance is Stance.REFUTES and word in judged.reason


def test_the_claims_own_word_beside_an_opposite_one_still_supports(tiny: FactChecker) -> None:
    claim = "Velcor's profits rose in 2019."
    text = "Velcor's profits rose in 2019 after its costs fell."
    assert judge(claim, hand(tiny, text, dense=0.7, score=0.7), CheckTuning()).stance is Stance.SUPPORTS


def test_another_score_for_the_same_match_refutes(tiny: FactChecker) -> None:
    claim = "The Ostrin Rovers beat Dunmoor 3-1 on Saturday."
    text = "The Ostrin Rovers beat Dunmoor 2-1 on Saturday."
    judged = judge(claim, hand(tiny, text, dense=0.7, score=0.7), CheckTuning())
    assert judged.stance is Stance.REFUTES and "2-1" in judged.reason


def test_a_sum_of_another_measure_never_refutes(tiny: FactChecker) -> None:
    """A profit of $30m is not contradicted by $80m of sales, nor a 5% rise in sales by profits up 8%."""
    tune = CheckTuning()
    for claim, other, same in [
        (
            "Velcor made a profit of $30m in 2019.",
            "Velcor's sales were $80m in 2019.",
            "Velcor's profits were $40m in 2019.",
        ),
        (
            "Velcor's sales rose 5% in 2019.",
            "Velcor's profits rose 8% in 2019.",
            "Velcor's sales rose 8% in 2019.",
        ),
    ]:
        assert judge(claim, hand(tiny, other, dense=0.7, score=0.7), tune).stance is not Stance.REFUTES
        assert judge(claim, hand(tiny, same, dense=0.7, score=0.7), tune).stance is Stance.REFUTES


def test_the_same_part_of_the_same_whole_gives_the_claims_numbers(tiny: FactChecker) -> None:
    """ "two of their three meetings" states "two of their three matches"; another verb does not."""
    claim = "Varga has beaten Brill in two of their three matches."
    text = "Varga has now beaten Brill in two of their three meetings."
    assert judge(claim, hand(tiny, text, dense=0.82, score=0.8), CheckTuning()).stance is Stance.SUPPORTS
    lost = "Varga has now lost two of their three meetings with Brill."
    assert judge(claim, hand(tiny, lost, dense=0.82, score=0.8), CheckTuning()).stance is not Stance.SUPPORTS


def test_a_rise_said_with_up_after_another_verb_is_the_claimed_rise(tiny: FactChecker) -> None:
    """ "closed up 4.2%" is the move "gained more than 6%" claims: it refutes; "were up over 6%" supports."""
    tune = CheckTuning()
    claim = "Ostrin Mills shares gained more than 6% on Friday."
    lower = "Shares in Ostrin Mills closed up 4.2% on Friday after the offer."
    higher = "Shares in Ostrin Mills were up over 6% by noon on Friday after the offer."
    assert judge(claim, hand(tiny, lower, dense=0.7, score=0.7), tune).stance is Stance.REFUTES
    assert judge(claim, hand(tiny, higher, dense=0.7, score=0.7), tune).stance is Stance.SUPPORTS


def test_a_close_sentence_giving_every_figure_supports_in_other_words(tiny: FactChecker) -> None:
    """ "earned under $50,000 ... more than 12 ports" is stated by "$47,300 ... 14 ports" whatever
    the paraphrase; one figure outside the claim's bound, or a single figure, is not enough."""
    tune = CheckTuning()
    claim = "The slimmed-down Kelby ferry service earned under $50,000 despite sailing to more than 12 ports."
    same = "A shorter Kelby ferry route, run with fewer crew, took just $47,300, despite calling at 14 ports."
    more = "A shorter Kelby ferry route, run with fewer crew, took $75,000, despite calling at 14 ports."
    assert judge(claim, hand(tiny, same, dense=0.7, score=0.7), tune).stance is Stance.SUPPORTS
    assert judge(claim, hand(tiny, more, dense=0.7, score=0.7), tune).stance is not Stance.SUPPORTS
    one = "The slimmed-down Kelby ferry service earned under $50,000."
    single = "A shorter Kelby ferry route, run with fewer crew, took just $47,300."
    assert not gives_every_figure(counts(one), counts(single), tune)
    assert gives_every_figure(counts(claim), counts(same), tune)


def test_a_place_the_tagger_does_not_file_as_a_name_must_still_be_stated(tiny: FactChecker) -> None:
    """ "Charged in Marnport" where the source says only that they were charged: the place is
    a qualifier no source states (the tagger may take an invented town for a product)."""
    assert qualifier_names("The two officers were charged with assault in Marnport.") == ["marnport"]
    assert qualifier_names("President Arlo Venn ordered the strikes.") == []
    claim = "The two officers were charged with assault in Marnport."
    said = "The two officers were charged with assault on Friday."
    judged = judge(claim, hand(tiny, said, dense=0.9, score=0.9), CheckTuning())
    assert judged.stance is Stance.NEUTRAL and "marnport" in judged.reason
    placed = "The two officers were charged with assault in Marnport on Friday."
    assert judge(claim, hand(tiny, placed, dense=0.9, score=0.9), CheckTuning()).stance is Stance.SUPPORTS


def test_a_state_the_source_says_was_lost_refutes(tiny: FactChecker) -> None:
    """What a user sees: "still holds wide territory" refuted by a source saying the same group
    no longer holds any."""
    claim = "The Ostrian Guard still holds wide territory in the north."
    said = "The Ostrian Guard no longer holds any territory, officials in Velmar said."
    judged = judge(claim, hand(tiny, said, dense=0.7, score=0.7), CheckTuning())
    assert (judged.stance, judged.reason) == (
        Stance.REFUTES,
        "one says it happened, the other that it did not",
    )


def test_a_sentence_stating_all_but_the_claims_place_refutes_it_with_its_own_place(tiny: FactChecker) -> None:
    """Every other word stated, another city in the place's slot: the claim's deed told of another
    place refutes it, even where the sentence is only on topic (not close); a sentence that also
    leaves a word unsaid does not."""
    claim = "The ferry captain was jailed in Madrid for fraud."
    told = hand(tiny, "In Lisbon, the ferry captain was jailed for fraud.", dense=0.56, score=0.56)
    judged = judge(claim, told, CheckTuning())
    assert judged.stance is Stance.REFUTES and judged.rival == RIVAL_NAME and "Lisbon" in judged.reason
    fined = hand(tiny, "In Lisbon, the ferry captain was fined for fraud.", dense=0.56, score=0.56)
    assert judge(claim, fined, CheckTuning()).stance is Stance.NEUTRAL


def test_a_body_named_for_another_place_is_another_actor(tiny: FactChecker) -> None:
    """ "a Lisbon court" is not "a Madrid court" though both are courts; a court of a city in
    the claim's country may be the claim's."""
    claim = "A Madrid court jailed the ferry captain for fraud."
    told = hand(tiny, "A Lisbon court jailed the ferry captain for fraud.", dense=0.8, score=0.8)
    judged = judge(claim, told, CheckTuning())
    assert judged.stance is Stance.REFUTES and "Lisbon" in judged.reason
    assert same_actor("a Madrid court", "a Madrid court", never_similar)
    assert not same_actor("a Madrid court", "a Lisbon court", never_similar)
    assert same_actor("a Madrid court", "a Spain court", never_similar)


def test_an_open_bound_states_only_a_figure_near_it(tiny: FactChecker) -> None:
    """ "at least 40 fighters" allows 10,000 but does not say it: neither support nor refutation;
    it does say "45", and "up to 30" does not say "two"."""
    tune = CheckTuning()

    def one(text: str) -> Quantity:
        (q,) = parse_quantities(text)
        return q

    assert not states_figure(one("at least 40 fighters"), one("10,000 fighters"), tune.bound_reach)
    assert states_figure(one("at least 40 fighters"), one("45 fighters"), tune.bound_reach)
    assert not states_figure(one("up to 30 boats"), one("two boats"), tune.bound_reach)
    assert states_figure(one("40 fighters"), one("at least 12 fighters"), tune.bound_reach)
    claim = "The Velmar Front has 10,000 fighters."
    corpus = tiny.retriever.corpus()
    assert _quantity_clash(claim, "The Velmar Front has at least 40 fighters.", corpus) is None
    near = _quantity_clash(claim, "The Velmar Front has at least 9,000 fighters.", corpus)
    assert near is not None and near.stance is Stance.SUPPORTS
    assert not _all_quantities_agree(counts(claim), counts("at least 40 fighters were killed"), tune)


def test_a_figure_merely_overlapping_a_floor_or_a_scale_word_does_not_state_it(tiny: FactChecker) -> None:
    """ "at least 30 ferries" or "dozens of ferries" leave "more than 70 ferries" open, and
    "hundreds of pilgrims" does not say "410 pilgrims": not support, not refutation; a figure
    inside the claim's bound ("at least 75", "92") or a rounded one ("about 400") states it."""
    tune = CheckTuning()
    corpus = tiny.retriever.corpus()

    def agree(claim: str, text: str) -> bool:
        return _all_quantities_agree(counts(claim), counts(text), tune)

    floor = "The storm sank more than 70 ferries."
    assert not agree(floor, "The storm sank at least 30 ferries.")
    assert not agree(floor, "The storm sank dozens of ferries.")
    assert agree(floor, "The storm sank at least 75 ferries.")
    assert agree(floor, "The storm sank 92 ferries.")
    assert _quantity_clash(floor, "The storm sank at least 30 ferries.", corpus) is None
    assert not agree("Fewer than 10 ferries sailed.", "Up to 30 ferries sailed.")
    assert agree("Fewer than 10 ferries sailed.", "Eight ferries sailed.")
    exact = "The camp sheltered 410 pilgrims."
    assert not agree(exact, "The camp sheltered hundreds of pilgrims.")
    assert _quantity_clash(exact, "The camp sheltered hundreds of pilgrims.", corpus) is None
    assert agree(exact, "The camp sheltered about 400 pilgrims.")
    assert agree("The camp sheltered hundreds of pilgrims.", "The camp sheltered 410 pilgrims.")


def test_a_country_named_by_another_of_its_names_is_stated_and_no_rival(tiny: FactChecker) -> None:
    """ "Holland" and "the Netherlands" are one country's names (one WordNet synset): the
    sentence states the claim's place, so it supports rather than naming a rival place."""
    claim = "Police in Holland arrested 12 smugglers near the border on Sunday."
    told = hand(
        tiny,
        "Police in the Netherlands arrested 12 smugglers near the border on Sunday.",
        dense=0.8,
        score=0.8,
    )
    assert judge(claim, told, CheckTuning()).stance is Stance.SUPPORTS


def test_a_matching_figure_said_of_something_else_does_not_support(tiny: FactChecker) -> None:
    """ "This is thought to cost the economy 500 million pounds" (in a piece never naming a
    strike) says it of something else; a sentence naming the strike supports it."""
    claim = "A one-day strike would cost the Velmar economy 500 million pounds."
    other = hand(tiny, "This is thought to cost the Velmar economy 500 million pounds.", dense=0.8, score=0.8)
    assert judge(claim, other, CheckTuning()).stance is not Stance.SUPPORTS
    named = hand(tiny, "The strike would cost the Velmar economy 500 million pounds.", dense=0.8, score=0.8)
    assert judge(claim, named, CheckTuning()).stance is Stance.SUPPORTS


def test_a_count_kept_is_the_count_had() -> None:
    """ "keeps 40 rangers" and "has 40 rangers" both say how many there are; "lost 40" is a deed."""
    assert held_level("keep", "have") and held_level("have", "maintain")
    assert not held_level("have", "lose") and not held_level("keep", "maintain")


def test_a_capitals_count_is_checked_against_its_countrys(tiny: FactChecker) -> None:
    """ "Lima keeps about 400 rangers" is refuted by "Peru has 250 rangers" and supported by 400."""
    corpus = tiny.retriever.corpus()
    claim = "Lima keeps about 400 rangers in the Ostrin valley."
    other = _quantity_clash(claim, "Peru has 250 rangers deployed in the Ostrin valley.", corpus)
    assert other is not None and other.stance is Stance.REFUTES
    same = _quantity_clash(claim, "Peru has 400 rangers deployed in the Ostrin valley.", corpus)
    assert same is not None and same.stance is Stance.SUPPORTS


def test_a_claims_scene_count_may_come_from_the_sentences_around() -> None:
    """ "15 rangers in the raid on two ports": the sentence gives 15 rangers, its neighbour the two
    ports; three ports there, or a claim whose only count is missing, is not agreement."""
    tune = CheckTuning()
    claim = counts("Velmar lost 15 rangers in the raid on two ports.")
    text = counts("Velmar also lost 15 rangers in the raid.")
    assert scene_counts_agree(claim, text, "Gunmen stormed two ports at dawn.", tune)
    assert not scene_counts_agree(claim, text, "Gunmen stormed three ports at dawn.", tune)
    alone = counts("Velmar lost 15 rangers.")
    assert not scene_counts_agree(alone, counts("Velmar lost rangers."), "It lost 15 rangers.", tune)


def test_a_negated_deed_is_covered_with_the_scene_its_neighbours_give() -> None:
    """ "no sign that sailors were hurt during the operation" after a sentence on the raids on
    the Tarvin depots covers "sailors were hurt in its raids on Tarvin depots"; a sentence
    lacking the claim's verb gets no help from its neighbours."""
    claim = "The navy said sailors were hurt in its raids on Tarvin depots."
    text = "Checks go on, the navy said, and there is no sign that sailors were hurt during the operation."
    context = "The navy raided depots in Tarvin on Friday. " + text
    own = terms(text).share(tokens(claim))
    assert negation_covered(claim, terms(text), context, own) > own
    other = "Checks go on, the navy said, and there is no sign of sailors in the operation."
    assert negation_covered(claim, terms(other), context, 0.3) == 0.3


def test_a_negation_on_a_deed_the_sentence_never_says_refutes_nothing(tiny: FactChecker) -> None:
    """ "pleaded not guilty to the fraud charges" against "a jury indicted him on fraud charges":
    the plea is another deed, so its "not" denies nothing the sentence says; "did not indict"
    is denied."""
    text = "A Tarvin grand jury indicted Ansel Brook, a former port chief, on charges of fraud."
    sentence = hand(tiny, text, dense=0.8, score=0.8)
    plea = judge("Ansel Brook has pleaded not guilty to the fraud charges.", sentence, CheckTuning())
    assert plea.stance is not Stance.REFUTES
    denied = judge(
        "A Tarvin grand jury did not indict Ansel Brook on fraud charges.", sentence, CheckTuning()
    )
    assert denied.stance is Stance.REFUTES


def test_a_verb_said_by_a_wordnet_synonym_is_stated(tiny: FactChecker) -> None:
    """ "considers X a group" says "regards X as a group" (WordNet synonyms in their commonest
    sense), so the sentence supports the claim and refutes its negation; a verb of another
    meaning ("fears") says neither."""
    text = "Velmar considers the Tarn Front a terrorist group, its minister said on Monday."

    def judged(claim: str, sentence: str = text) -> Stance:
        return judge(claim, hand(tiny, sentence, dense=0.85, score=0.85), CheckTuning()).stance

    assert judged("Velmar regards the Tarn Front as a terrorist group.") is Stance.SUPPORTS
    assert judged("Velmar does not regard the Tarn Front as a terrorist group.") is Stance.REFUTES
    other = "Velmar fears the Tarn Front, a terrorist group, its minister said on Monday."
    assert judged("Velmar regards the Tarn Front as a terrorist group.", other) is Stance.NEUTRAL


def test_an_order_unstated_blocks_support_but_not_a_denial(tiny: FactChecker) -> None:
    """A sentence that does not write the claim's "after" cannot support what came first, but
    it still denies the deed itself ("released without charge" against "charged after")."""
    claim = "Ilse Varga was charged by Tolvik police after she returned home."

    def judged(text: str) -> Stance:
        return judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning()).stance

    assert judged("Ilse Varga was charged by Tolvik police when she returned home.") is Stance.NEUTRAL
    assert judged("Ilse Varga was released without charge by Tolvik police when she returned home.") is (
        Stance.REFUTES
    )


def test_a_close_paraphrase_says_the_claims_verb_unless_wordnet_opposes_it(tiny: FactChecker) -> None:
    """A sentence very close in meaning says "took the prize" as "won the award"; one saying
    "lost" does not, though the sentence model puts it as close; a loose sentence says nothing."""
    claim = "Ilse Varga's film Tarnhouse took the prize for best short drama."

    def judged(text: str, dense: float = 0.85) -> Stance:
        return judge(claim, hand(tiny, text, dense=dense, score=dense), CheckTuning()).stance

    assert judged("Ilse Varga's film Tarnhouse won the best short drama award on Sunday.") is Stance.SUPPORTS
    assert judged("Ilse Varga's film Tarnhouse lost the best short drama award on Sunday.") is not (
        Stance.SUPPORTS
    )
    assert judged("Ilse Varga's film Tarnhouse won the best short drama award on Sunday.", 0.7) is (
        Stance.NEUTRAL
    )
    denial = "Ilse Varga's film Tarnhouse did not win the best short drama award on Sunday."
    assert judged(denial) is not Stance.SUPPORTS


def test_a_names_lower_case_words_need_not_be_repeated(tiny: FactChecker) -> None:
    """ "last October" is named by "October", "Tarn province" by "Tarn": a source need not write
    the words saying where in a span or what kind of place; another month is still missing."""
    claim = "Ilse Varga died of a heart attack in Tarn province last October."

    def judged(text: str) -> Stance:
        return judge(claim, hand(tiny, text, dense=0.85, score=0.85), CheckTuning()).stance

    assert judged("Ilse Varga died of a heart attack in Tarn in October.") is Stance.SUPPORTS
    assert judged("Ilse Varga died of a heart attack in Tarn in March.") is not Stance.SUPPORTS


def test_a_strict_bound_at_the_claims_figure_contradicts_it(tiny: FactChecker) -> None:
    """ "more than 75 targets" says there were others beyond an exact 75; "at least 75" allows
    it, and "more than 70" allows 75."""
    corpus = tiny.retriever.corpus()
    claim = "The Velmar raid hit 75 targets."

    def stance(text: str) -> Stance | None:
        clash = _quantity_clash(claim, text, corpus)
        return None if clash is None else clash.stance

    assert stance("The Velmar raid hit more than 75 targets.") is Stance.REFUTES
    assert stance("The Velmar raid hit at least 75 targets.") is Stance.SUPPORTS
    assert stance("The Velmar raid hit more than 70 targets.") is not Stance.REFUTES


def test_a_claims_strict_bound_is_refuted_by_its_own_figure(tiny: FactChecker) -> None:
    """A claim's "more than 75" / "over 50" / "fewer than 10" / "under 30" is refuted by a
    sentence giving exactly that figure for the same count, as a different figure refutes it;
    "at least 12" / "up to 30" are stated by their own figure, and "about 30" by 30."""
    corpus = tiny.retriever.corpus()

    def stance(claim: str, text: str) -> Stance | None:
        clash = _quantity_clash(claim, text, corpus)
        return None if clash is None else clash.stance

    hit = "The Velmar raid hit {} targets."
    assert stance(hit.format("more than 75"), hit.format("75")) is Stance.REFUTES
    assert stance(hit.format("more than 75"), hit.format("76")) is Stance.SUPPORTS
    assert stance(hit.format("over 50"), hit.format("50")) is Stance.REFUTES
    killed = "{} people were killed in Velmar on Monday."
    assert stance(killed.format("Fewer than 10"), killed.format("Ten")) is Stance.REFUTES
    assert stance(killed.format("Fewer than 10"), killed.format("Nine")) is Stance.SUPPORTS
    assert stance(killed.format("Under 30"), killed.format("30")) is Stance.REFUTES
    assert stance(killed.format("At least 12"), killed.format("11")) is Stance.REFUTES
    assert stance(killed.format("At least 12"), killed.format("12")) is Stance.SUPPORTS
    assert stance(killed.format("Up to 30"), killed.format("30")) is Stance.SUPPORTS
    assert stance(killed.format("About 30"), killed.format("30")) is Stance.SUPPORTS


def test_a_swapped_detail_is_read_only_where_the_rules_see_the_claims_event_unstated() -> None:
    """A sentence left neutral for an unnamed place or an unsaid verb may tell one detail of the
    claim otherwise (``bot/swaps.py``); one about another subject or another event may not."""
    assert swappable("does not mention tarvia")
    assert swappable("does not say flown")
    assert swappable("not about the same thing")
    assert not swappable("does not say it of the Velmar guild")
    assert not swappable("about another event: dated 2011")


def test_a_sentence_setting_the_claims_detail_aside_refutes_and_never_supports(tiny: FactChecker) -> None:
    """ "in Orlen and not Tarvik" holds every word of the claim, and the rules alone read it as a
    support; it says the claim's Tarvik is the town passed over. With the rest of the claim
    stated it refutes (as clearly as the rules supported); with too little stated it is no
    support either."""
    claim = "The Velmar Guild will hold its 2031 spring fair in Tarvik as usual."
    text = "The Velmar Guild will hold its 2031 spring fair in Orlen and not Tarvik, it has been confirmed."
    told = hand(tiny, text, dense=0.8, score=0.8)
    judged = judge(claim, told, CheckTuning())
    assert (judged.stance, judged.reason, judged.clear) == (Stance.REFUTES, "sets Tarvik aside", True)
    strict = replace(CheckTuning(), swap_stated_share=1.1)
    assert judge(claim, told, strict).stance is Stance.NEUTRAL
    claim = "The Korvan crews repaired the dam with steel beams."
    text = "The Korvan crews repaired the dam with timber rather than steel beams."
    assert judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning()).stance is Stance.REFUTES
    plain = "The Korvan crews repaired the dam with steel beams last spring."
    assert judge(claim, hand(tiny, plain, dense=0.8, score=0.8), CheckTuning()).stance is Stance.SUPPORTS


def test_another_figure_for_the_claims_count_in_a_sentence_worded_otherwise_is_a_rival_account(
    tiny: FactChecker,
) -> None:
    """A monitor's toll worded unlike the claim still counts its dead: a weak refutation resting
    on a rival; not when the sentence counts another period or place, nor when it is far off."""
    claim = "Twelve people were killed by the truck bomb."

    def rival(text: str, dense: float = 0.5) -> Judgement | None:
        return rival_count(claim, hand(tiny, text, dense=dense, score=dense), CheckTuning())

    found = rival("The Lannick Monitor said the blast had killed nine people.")
    assert found is not None and found.stance is Stance.REFUTES and not found.clear
    assert found.rival == RIVAL_COUNT
    assert rival("The Lannick Monitor said the blast had killed twelve people.") is None
    assert rival("Since Friday nine people have been killed by bombs.") is None
    assert rival("In Pellow nine people were killed by bombs.") is None
    assert rival("The Lannick Monitor said the war had killed 900 people.") is None  # tenfold off
    assert rival("The Lannick Monitor said the blast had killed nine people.", 0.3) is None


def test_the_claims_own_figure_in_a_sentence_worded_otherwise_is_an_agreeing_account(
    tiny: FactChecker,
) -> None:
    """A monitor's toll giving the claim's figure in other words is an account of it: a weak
    support resting on the account; not for another place's toll, nor when far off."""
    claim = "Twelve people were killed by the truck bomb."

    def account(text: str, dense: float = 0.5) -> Judgement | None:
        return count_account(claim, hand(tiny, text, dense=dense, score=dense), CheckTuning())

    found = account("The Lannick Monitor said the blast had killed a dozen people.")
    assert found is not None and found.stance is Stance.SUPPORTS and not found.clear
    assert found.rival == RIVAL_COUNT
    assert account("In Pellow twelve people were killed by bombs.") is None
    assert account("The Lannick Monitor said the blast had killed a dozen people.", 0.3) is None


def test_another_figure_inside_a_rounded_claims_range_is_another_report(tiny: FactChecker) -> None:
    """ "about $4.1bn" allows $4.2bn, yet a sentence giving $4.2bn for the deal is another report of
    its worth than $4.1bn: a rival account; $4.1bn itself, or $4.13bn (the same figure written to
    more places), is none."""
    claim = "The Velmar port deal was worth about $4.1bn."
    other = "Analysts said the Velmar port deal valued the harbour at $4.2bn."

    def account(text: str) -> Judgement | None:
        return count_account(claim, hand(tiny, text, doc="harbour.txt", dense=0.6, score=0.6), CheckTuning())

    found = account(other)
    assert found is not None and found.stance is Stance.REFUTES and found.rival == RIVAL_COUNT
    for same in ("$4.1bn", "$4.13bn"):
        found = account(f"Analysts said the Velmar port deal valued the harbour at {same}.")
        assert found is None or found.stance is Stance.SUPPORTS


def test_counts_of_one_kind_of_act_count_one_deed_whatever_verb_carries_them() -> None:
    """ "flew 12 raids" and "carried out dozens of raids" count the same acts; counts of
    people tied to no verb do not pair on their noun alone."""
    raids = parse_quantities("Velmar jets flew 12 raids.")[0]
    more = parse_quantities("The air force carried out dozens of raids.")[0]
    assert counted_acts(raids, more)
    assert (
        deed_ratio("Velmar jets flew 12 raids.", "The air force carried out dozens of raids.", _never) == 2.0
    )
    assert counted_acts(parse_quantities("12 airstrikes")[0], parse_quantities("30 strikes")[0])
    people = parse_quantities("a crowd of 12 people")[0]
    assert not counted_acts(people, parse_quantities("a crowd of 30 people")[0])


def _never(a: str, b: str) -> bool:
    return False


def test_a_time_or_place_the_claim_does_not_name() -> None:
    claim = "Twelve people were killed by the truck bomb in Osterbrook on Monday."
    assert own_time(claim, "Since Friday nine people have died there.") == "Friday"
    assert own_time(claim, "On Monday nine people died in Osterbrook.") == ""
    assert own_place(claim, "Nine people died in Pellow.") == "Pellow"
    assert own_place(claim, "Nine people died in Osterbrook.") == ""


def test_an_order_word_opening_a_scene_its_article_tells_need_not_be_written() -> None:
    """ "After the depot fell, X": the article tells the fall, so the sentence need not say "after"."""
    claim = "After the Orlo depot fell, Velm fighters paraded the captured trucks in Ostra."
    text = "Velm fighters paraded the captured trucks in Ostra, a witness said."
    assert unstated_order(claim, text) == "after"
    assert unstated_order(claim, text, {"after"}) == ""


def test_a_very_close_sentence_naming_the_claims_names_tells_it(tiny: FactChecker) -> None:
    """ "held talks with" / "met": no word link, but the sentence names the claim's people and
    sits very close to it in meaning (``told_dense``): a weak support; below the cut-off, or
    with one of the claim's names missing, it stays neutral (``bot/told.py``)."""
    claim = "Governor Ilse Varga held talks with Brannock union leaders."
    text = "Governor Ilse Varga met Brannock union leaders on Friday."
    tune = CheckTuning()
    close = judge(claim, hand(tiny, text, dense=tune.told_dense + 0.02, score=0.8), tune)
    assert close.stance is Stance.SUPPORTS and not close.clear
    far = judge(claim, hand(tiny, text, dense=tune.told_dense - 0.1, score=0.6), tune)
    assert far.stance is Stance.NEUTRAL
    unnamed = "Governor Ilse Varga met union leaders on Friday."
    assert judge(claim, hand(tiny, unnamed, dense=0.9, score=0.8), tune).stance is not Stance.SUPPORTS


def test_a_toll_under_a_wider_noun_or_another_deed_verb_is_the_same_count(tiny: FactChecker) -> None:
    """ "14 civilians were killed" cannot stand beside "killing 9 people" (civilians are people);
    "Three persons died" is the count of "killed three people"; "killing 23 people" allows 14
    civilians among them."""
    corpus = tiny.retriever.corpus()
    claim = "The rocket strike on Dorvan market killed 14 civilians."
    fewer = _quantity_clash(claim, "Rockets hit the Dorvan market, killing 9 people.", corpus)
    assert fewer is not None and fewer.stance is Stance.REFUTES
    more = _quantity_clash(claim, "Rockets hit the Dorvan market, killing 23 people.", corpus)
    assert more is None or more.stance is not Stance.REFUTES
    died = _quantity_clash(
        "Three persons died in the Kelvo ferry fire.", "The Kelvo ferry fire killed three people.", corpus
    )
    assert died is not None and died.stance is Stance.SUPPORTS


def test_a_claim_splitting_its_toll_is_not_refuted_by_a_wider_count(tiny: FactChecker) -> None:
    """ "31 civilians in Dorvan and 12 in Kelvo": "killed 20 people in Kelvo" may be either part's."""
    corpus = tiny.retriever.corpus()
    claim = "Warplanes killed 31 civilians in Dorvan and 12 in Kelvo on Sunday."
    clash = _quantity_clash(claim, "A day earlier warplanes killed 20 people in Kelvo.", corpus)
    assert clash is None or clash.stance is not Stance.REFUTES


def test_a_price_under_an_entailed_verb_is_not_joined(tiny: FactChecker) -> None:
    """Only counts of people join verbs by outcome: "bought for $3.9bn" is no count of "paid $4.1bn"."""
    corpus = tiny.retriever.corpus()
    clash = _quantity_clash("Velcor paid $4.1bn for Tarn Oil.", "Velcor bought Tarn Oil for $3.9bn.", corpus)
    assert clash is None or clash.stance is not Stance.REFUTES


def test_a_reported_toll_of_the_claims_deed_refutes_another_figure(tiny: FactChecker) -> None:
    """ "up to 10 clinics were reported to have been damaged" counts damaged clinics, not reports:
    a claim of some 50 damaged clinics is contradicted, one of ten is not."""
    corpus = tiny.retriever.corpus()
    sentence = "The Tarn Red Cross said up to 10 clinics were reported to have been damaged in Velm."
    refuted = _quantity_clash(
        "Some 50 clinics in Velm were damaged, the Tarn Red Cross said.", sentence, corpus
    )
    assert refuted is not None and refuted.stance is Stance.REFUTES
    agreed = _quantity_clash("Ten clinics in Velm were damaged, the Tarn Red Cross said.", sentence, corpus)
    assert agreed is None or agreed.stance is not Stance.REFUTES


def test_a_count_named_in_other_words_is_compared(tiny: FactChecker) -> None:
    """ "dozens of air raids" and "a dozen airstrikes" count one thing (a coinage and the phrase
    of its head's kind), as do "police officers" and "policemen" (WordNet synonyms): another
    figure refutes and the same one agrees; "missiles" count another thing."""
    corpus, tune = tiny.retriever.corpus(), CheckTuning()
    claim = "Velmar jets carried out dozens of air raids on Tarn."
    refuted = _quantity_clash(claim, "Velmar jets carried out a dozen airstrikes on Tarn.", corpus, tune=tune)
    assert refuted is not None and refuted.stance is Stance.REFUTES
    agreed = _quantity_clash(
        claim, "Velmar jets carried out dozens of airstrikes on Tarn.", corpus, tune=tune
    )
    assert agreed is not None and agreed.stance is Stance.SUPPORTS
    other = _quantity_clash(claim, "Velmar jets fired a dozen missiles on Tarn.", corpus, tune=tune)
    assert other is None or other.stance is not Stance.REFUTES
    officers = "Nine police officers were wounded in the Tarn blast."
    policemen = _quantity_clash(officers, "Four policemen were wounded in the Tarn blast.", corpus, tune=tune)
    assert policemen is not None and policemen.stance is Stance.REFUTES
    plain = _all_quantities_agree(
        counts(claim), counts("Velmar jets carried out dozens of airstrikes."), tune
    )
    alike = _all_quantities_agree(
        counts(claim),
        counts("Velmar jets carried out dozens of airstrikes."),
        tune,
        lambda c, e: counted_alike(
            claim, c, "Velmar jets carried out dozens of airstrikes.", e, corpus, tune
        ),
    )
    assert alike and not plain


def test_a_group_and_its_members_are_one_count(tiny: FactChecker) -> None:
    """ "troops" are soldiers and a "staff" its employees: another figure refutes, the same one
    agrees; the group made plural ("two crews") counts groups, and "people" never count civilians."""
    corpus, tune = tiny.retriever.corpus(), CheckTuning()
    claim = "Velmar keeps about 300 soldiers at the Tarn base."
    refuted = _quantity_clash(claim, "Velmar keeps 120 troops at the Tarn base.", corpus, tune=tune)
    assert refuted is not None and refuted.stance is Stance.REFUTES
    agreed = _quantity_clash(claim, "Velmar keeps about 300 troops at the Tarn base.", corpus, tune=tune)
    assert agreed is not None and agreed.stance is Stance.SUPPORTS
    staff = _quantity_clash(
        "The Velm mill laid off 40 employees.", "The Velm mill laid off 65 staff.", corpus, tune=tune
    )
    assert staff is not None and staff.stance is Stance.REFUTES
    crews = _quantity_clash(
        "Two sailors were rescued off Tarn.", "Four crews were rescued off Tarn.", corpus, tune=tune
    )
    assert crews is None or crews.stance is not Stance.REFUTES
    wider = _quantity_clash("Six civilians died in Velm.", "Nine people died in Velm.", corpus, tune=tune)
    assert wider is None or wider.stance is not Stance.REFUTES


def test_a_figure_that_sums_the_listed_counts_does_not_refute_them(tiny: FactChecker) -> None:
    """ "four cooks and three porters" are the "seven crewmen" a sentence counts together; a
    figure that is not their sum still refutes."""
    corpus, tune = tiny.retriever.corpus(), CheckTuning()
    claim = "The Velm barge carried four crew and three porters."
    summed = _quantity_clash(claim, "All seven crewmen of the Velm barge were saved.", corpus, tune=tune)
    assert summed is None or summed.stance is not Stance.REFUTES
    other = _quantity_clash(claim, "All nine crewmen of the Velm barge were saved.", corpus, tune=tune)
    assert other is not None and other.stance is Stance.REFUTES
    parts = parse_quantities("four crew and three porters")
    assert listed_total(parts, parse_quantities("seven crewmen")[0])
    assert not listed_total(parts[:1], parse_quantities("four crewmen")[0])


def test_a_doer_named_by_a_defined_short_form_is_the_names() -> None:
    aliases = {"velcom": (("velmar", "coastal", "command"),)}

    def never(a: str, b: str) -> bool:
        return False

    assert owned_alike("Velmar", "VELCOM forces", never, aliases)
    assert owned_alike("VELCOM forces", "the Velmar raids", never, aliases)
    assert not owned_alike("Ostria", "VELCOM forces", never, aliases)
    assert not owned_alike("Velmar", "ORNCOM forces", never, aliases)


def test_a_claims_named_source_is_its_articles_outlet(tiny: FactChecker) -> None:
    """ "According to the Velm Courier, ..." judged on a Velm Courier article's sentence: the
    source is named by the article's outlet; another outlet's sentence leaves it unmentioned."""
    claim = "According to the Velm Courier, rockets killed 8 people in Tarvel on Monday."
    text = "Rockets killed 8 people in Tarvel on Monday."
    other = hand(tiny, text, dense=0.85, score=0.85)
    assert judge(claim, other, CheckTuning()).stance is Stance.NEUTRAL
    own = tiny.retriever.corpus().sentence(
        replace(other.chunk, outlet="Velm Courier"), dense=0.85, score=0.85
    )
    assert judge(claim, own, CheckTuning()).stance is Stance.SUPPORTS


def test_a_deed_told_in_other_words_under_a_failing_frame_refutes(tiny: FactChecker) -> None:
    """ "Were auctioned" against "failed to sell": every other word stated, the deed told by a kin
    verb that a frame denies (``bot.denied_deed.denied_in_other_words``)."""
    claim = "The first Varo prints were auctioned at the Kell fair."
    text = "But several of the first Varo prints failed to sell at the Kell fair."
    judged = judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())
    assert judged.stance is Stance.REFUTES
    assert judged.reason.startswith("says it did not happen")


def test_a_failing_frame_over_another_deed_does_not_refute(tiny: FactChecker) -> None:
    """The claim's verb written as it is: a frame over another verb of the sentence ("failed to
    take the port") denies another deed, not the claim's."""
    claim = "The Orlan rebels seized the Bresk depot."
    text = "The Orlan rebels seized the Bresk depot but failed to take the nearby port."
    judged = judge(claim, hand(tiny, text, dense=0.85, score=0.85), CheckTuning())
    assert judged.stance is not Stance.REFUTES


def test_a_support_telling_one_detail_otherwise_refutes(tiny: FactChecker) -> None:
    """A sentence the rules read as supporting the claim (its doer named) that gives one of the
    claim's details otherwise in the same slot refutes it, at any cosine: a support is of every
    detail. The same sentence with the claim's detail still supports."""
    claim = "The Dorvan Front raid at Tarlo wounded guards along the Chilean border."
    text = "The Dorvan Front admitted the raid at Tarlo that wounded guards along the Bolivian border."
    judged = judge(claim, hand(tiny, text, dense=0.45, score=0.45), CheckTuning())
    assert judged.stance is Stance.REFUTES and judged.reason == "says Bolivian, not Chilean"
    same = text.replace("Bolivian", "Chilean")
    assert judge(claim, hand(tiny, same, dense=0.45, score=0.45), CheckTuning()).stance is not Stance.REFUTES


def test_a_name_in_a_form_the_articles_define_is_mentioned_by_its_other_forms(
    tiny: FactChecker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the articles define "the Velmar Front (Dawla)", a claim naming Dawla is about a
    sentence naming the Velmar Front; with no such definition Dawla is not mentioned."""
    corpus = tiny.retriever.corpus()
    claim = "Jets bombed Dawla camps in Tarvel on Sunday."
    told = hand(tiny, "Jets bombed Velmar Front camps in Tarvel on Sunday.", dense=0.8, score=0.8)
    monkeypatch.setattr(corpus, "aliases", lambda _n: {})
    assert judge(claim, told, CheckTuning()).reason == "does not mention dawla"
    monkeypatch.setattr(corpus, "aliases", lambda _n: {"dawla": (("velmar", "front"),)})
    assert judge(claim, told, CheckTuning()).stance is Stance.SUPPORTS


def test_the_on_topic_share_reads_a_country_by_any_of_its_names() -> None:
    claim = "Chilean barges shipped copper to Tarnby."
    words = tokens(claim)
    assert (
        covered_share(terms("Barges of the Republic of Chile shipped copper to Tarnby."), claim, words) == 1.0
    )
    assert covered_share(terms("Peruvian barges shipped copper to Tarnby."), claim, words) == pytest.approx(
        0.8
    )
    # a word opening a compound WordNet knows whole is no country ("french fries")
    fries = "French fries were served in Tarnby."
    assert covered_share(terms("Fries from France were served in Tarnby."), fries, tokens(fries)) < 1.0


def test_a_count_given_the_sentence_before_agrees_with_the_thing_named_back() -> None:
    """ "evacuated 40 nationals. A flight brought the nationals home": the second sentence names
    the 40 back; one counting its own or naming some other nationals does not."""
    tune = CheckTuning()
    claim = counts("Velmar flew 40 nationals home.")
    before = "Velmar evacuated 40 nationals from Tarnby."
    assert counted_before(claim, "A flight brought the nationals home.", before, tune)
    assert not counted_before(claim, "A flight brought some nationals home.", before, tune)
    assert not counted_before(
        claim, "A flight brought the nationals home.", "Velmar evacuated 60 nationals.", tune
    )
    assert not counted_before(claim, "A flight brought the nationals home.", "", tune)
    assert named_back("Those nationals were flown out.", "national")
    assert not named_back("The 40 nationals were flown out.", "national")


def test_an_article_telling_the_event_in_another_province_refutes_the_claims_province(
    tiny: FactChecker,
) -> None:
    """A sentence telling the claim's event whose article never names the claim's province but
    puts the event in another province refutes it, as another name might: a rival."""
    claim = "Jets destroyed a fuel convoy near Tarnby in Velm province."
    told = hand(
        tiny,
        "Jets destroyed a fuel convoy near Tarnby in raids in the province of Kessar.",
        dense=0.8,
        score=0.8,
    )
    judged = judge(claim, told, CheckTuning())
    assert (judged.stance, judged.rival) == (Stance.REFUTES, RIVAL_NAME)
    assert judged.reason == "puts it in Kessar province, not Velm province"
    unplaced = hand(
        tiny, "Jets destroyed a fuel convoy near Tarnby in raids on Monday.", dense=0.8, score=0.8
    )
    assert judge(claim, unplaced, CheckTuning()).stance is Stance.NEUTRAL


def test_another_length_of_the_same_act_refutes(tiny: FactChecker) -> None:
    """ "got a three-month suspension" against "suspended ... for two months": one suspension,
    another length, whatever verb holds each span (``bot/span_act.py``); the same length supports."""
    corpus = tiny.retriever.corpus()
    claim = "The Orlen keeper got a three-month suspension from the squad."
    other = _quantity_clash(claim, "The Orlen keeper was suspended from the squad for two months.", corpus)
    assert other is not None and other.stance is Stance.REFUTES
    same = _quantity_clash(claim, "The Orlen keeper was suspended from the squad for three months.", corpus)
    assert same is not None and same.stance is Stance.SUPPORTS


def test_a_hyphenated_predicate_is_stated_by_its_parts(tiny: FactChecker) -> None:
    """ "The trawler lost off Velmar was a Zk-40" is stated by a sentence naming "a Zk-40
    trawler": the sentence's words are split at the hyphen, so the predicate is sought by its
    parts; a sentence naming no Zk-40 still does not say it."""
    claim = "The trawler lost off Velmar was a Zk-40 with a crew of two."
    text = "Two fishermen were sailing a Zk-40 trawler which was lost off Velmar."
    judged = judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())
    assert judged.stance is Stance.SUPPORTS, judged.reason
    bare = "Two fishermen were sailing a trawler which was lost off Velmar."
    judged = judge(claim, hand(tiny, bare, dense=0.8, score=0.8), CheckTuning())
    assert judged.reason == "does not say zk-40", judged.reason


def test_a_time_of_day_told_otherwise_refutes_a_little_farther_than_a_count(tiny: FactChecker) -> None:
    """Below ``swap_dense`` a sentence telling the claim's event at another time of day still
    refutes it (from ``swap_detail_dense``); farther than that it is left to the other tiers."""
    tune = CheckTuning()
    claim = "The Velm ferry terminal was shelled by gunboats in the evening."
    text = "Artillery shelled the ferry terminal in the port town of Velm before dawn, wounding two guards."
    near = judge(claim, hand(tiny, text, dense=0.67, score=0.67), tune)
    assert near.stance is Stance.REFUTES
    assert judge(claim, hand(tiny, text, dense=0.55, score=0.55), tune).stance is not Stance.REFUTES


def test_an_equal_figure_of_another_kind_of_thing_does_not_agree(tiny: FactChecker) -> None:
    """ "400 cooks" does not give a claim's "400 miners", nor "300 ferries" its "300 tanks", nor "250 cooks" its "250 barges"; the
    same figure of the same thing worded otherwise ("troops"/"soldiers", "refugees"/"migrants",
    "automobiles"/"cars") does."""
    tune = CheckTuning()
    refuted = [
        ("The mine hired 400 miners in Velmar last year.", "The mine hired 400 cooks in Velmar last year."),
        ("The army sent 300 tanks to the Tarn border.", "The army sent 300 ferries to the Tarn border."),
        ("The port lost 250 barges in the Tarn storm.", "The port lost 250 cooks in the Tarn storm."),
    ]
    for claim, text in refuted:
        assert judge(claim, hand(tiny, text, dense=0.8, score=0.8), tune).stance is not Stance.SUPPORTS
    supported = [
        ("The army sent 300 troops to the Tarn border.", "The army sent 300 soldiers to the Tarn border."),
        (
            "Velmar took in 600 refugees from Tarn last year.",
            "Velmar took in 600 migrants from Tarn last year.",
        ),
        ("The flood wrecked 500 automobiles in Velmar.", "The flood wrecked 500 cars in Velmar."),
    ]
    for claim, text in supported:
        assert judge(claim, hand(tiny, text, dense=0.8, score=0.8), tune).stance is Stance.SUPPORTS


def test_a_claims_own_contrast_negates_no_deed(tiny: FactChecker) -> None:
    """ "green trucks, not blue ones, blocked the road" says trucks blocked it: a sentence that
    they blocked it does not refute it; naming blue trucks as well it does not support it, and
    one naming only blue trucks refutes it."""
    claim = "It was green trucks, not blue ones, that blocked the Dorvel road on Monday."
    assert not claim_negated(claim, TokenPool(tokens("trucks blocked Dorvel road")), 4)
    assert claim_negated("Trucks did not block the road.", TokenPool(tokens("trucks blocked road")), 4)
    both = "Green or blue trucks blocked the Dorvel road on Monday, residents said."
    judged = judge(claim, hand(tiny, both, dense=0.85, score=0.85), CheckTuning())
    assert judged.stance is Stance.NEUTRAL, judged.reason
    other = "Blue trucks blocked the Dorvel road on Monday, residents said."
    judged = judge(claim, hand(tiny, other, dense=0.85, score=0.85), CheckTuning())
    assert judged.stance is Stance.REFUTES, judged.reason


def test_a_deed_done_along_with_others_refutes_doing_it_alone(tiny: FactChecker) -> None:
    """ "went on without its partners" is told otherwise by a close sentence on the same deed
    "along with its partners" (``bot/exclusive.py``); without the claim's limit it supports."""
    text = "The Velm coast guard said it would keep up its patrols along with its regional partners."
    alone = "The Velm coast guard said it would keep up its patrols without its regional partners."
    judged = judge(alone, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())
    assert judged.stance is Stance.REFUTES
    assert judged.reason == "says with partners, not without partners"
    plain = "The Velm coast guard said it would keep up its patrols."
    assert judge(plain, hand(tiny, text, dense=0.8, score=0.8), CheckTuning()).stance is not Stance.REFUTES


def test_a_verb_is_said_by_a_more_specific_one_never_a_more_general_one() -> None:
    """ "fears" says "is worried"; "got" does not say "received"."""
    assert specific_verbs(["worried", "sailed"], "The mayor fears the ferry will sink.", 1) == {"worried"}
    assert specific_verbs(["received"], "The mayor got a letter from the port.", 1) == set()


def test_a_claim_worried_about_a_thing_is_stated_by_a_sentence_fearing_it(tiny: FactChecker) -> None:
    claim = "The Velmar council is worried that the storm will flood the old harbour."
    fears = "The Velmar council fears that the storm will flood the old harbour, a spokesman said."
    judged = judge(claim, hand(tiny, fears, dense=0.9, score=0.8), CheckTuning())
    assert not judged.reason.startswith("does not say"), judged.reason
    assert judged.stance is Stance.SUPPORTS, judged.reason


def test_a_specific_verb_does_not_say_the_general_one_with_an_object_it_lacks(tiny: FactChecker) -> None:
    """ "bought two tickets" says "paid" for them, not "paid cash"."""
    claim = "The Velmar mayor paid cash for the tickets to the harbour concert."
    bought = "The Velmar mayor bought the tickets to the harbour concert on Friday."
    judged = judge(claim, hand(tiny, bought, dense=0.7, score=0.8), CheckTuning())
    assert judged.stance is not Stance.SUPPORTS, judged.reason


def test_a_share_told_after_its_whole_gives_the_claims_part_of_it(tiny: FactChecker) -> None:
    """ "fined 15 traders, six of them bakers" gives "six of the fifteen traders": the share told
    after its whole's noun is the same pair of figures; another share or whole is not."""
    claim = "Six of the fifteen traders fined in Ostrin last week were bakers."

    def stance(share: str) -> Stance:
        text = f"Inspectors in Ostrin fined {share} last week."
        return judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning()).stance

    assert stance("15 traders, six of them bakers,") is Stance.SUPPORTS
    assert stance("15 traders, four of them bakers,") is not Stance.SUPPORTS
    assert stance("20 traders, six of them bakers,") is not Stance.SUPPORTS


def test_a_counts_doer_is_named_by_another_name_of_its_country() -> None:
    """ "Holland fined 40 drivers": a sentence naming "the Netherlands" as the fining country names
    the count's doer, as a claim's own names are sought; a neighbour's police does not."""
    assert names_doer(terms("Police in the Netherlands fined 40 drivers on the ring road."), "Holland")
    assert names_doer(terms("Holland's police fined 40 drivers."), "Holland")
    assert not names_doer(terms("Police in Belgium fined 40 drivers on the ring road."), "Holland")


def test_a_deed_done_n_times_is_counted_by_n_acts_of_it(tiny: FactChecker) -> None:
    """ "shelled the depot five times" is "five shellings" (a noun WordNet derives from the verb)
    and "five strikes" for "hit ... five times" (a synonym of the verb); another figure refutes it."""
    corpus = tiny.retriever.corpus()
    claim = "Velmar gunboats shelled the Tarn depot five times on Monday."
    same = _quantity_clash(
        claim,
        "Velmar gunboats carried out five shellings on the Tarn depot on Monday.",
        corpus,
        CheckTuning(),
    )
    assert same is not None and same.stance is Stance.SUPPORTS
    other = _quantity_clash(
        claim,
        "Velmar gunboats carried out a dozen shellings on the Tarn depot on Monday.",
        corpus,
        CheckTuning(),
    )
    assert other is not None and other.stance is Stance.REFUTES
    hit = _quantity_clash(
        "Velmar jets hit the Tarn depot five times.",
        "Velmar jets made 12 strikes on the Tarn depot.",
        corpus,
        CheckTuning(),
    )
    assert hit is not None and hit.stance is Stance.REFUTES
    apart = _quantity_clash(
        claim, "Velmar gunboats landed a dozen troops at the Tarn depot on Monday.", corpus, CheckTuning()
    )
    assert apart is None or apart.stance is not Stance.REFUTES


def test_a_subjects_amount_is_a_count_of_the_subject(tiny: FactChecker) -> None:
    """ "the marchers numbered in the hundreds" is refuted by "a dozen marchers" and supported by "some 300 marchers"."""
    corpus = tiny.retriever.corpus()
    claim = "The marchers in Tarvel numbered in the hundreds."
    few = _quantity_clash(claim, "A dozen marchers walked through Tarvel.", corpus, CheckTuning())
    assert few is not None and few.stance is Stance.REFUTES
    many = _quantity_clash(claim, "Some 300 marchers walked through Tarvel.", corpus, CheckTuning())
    assert many is not None and many.stance is Stance.SUPPORTS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("A landslide near the Orvel quarry on Monday left 6 dead.", Stance.SUPPORTS),
        ("A landslide near the Orvel quarry on Monday caused six deaths.", Stance.SUPPORTS),
        ("A landslide near the Orvel quarry on Monday left nine dead.", Stance.REFUTES),
    ],
)
def test_a_toll_of_the_dead_states_or_denies_how_many_people_were_killed(
    tiny: FactChecker, text: str, stance: Stance
) -> None:
    claim = "Six people were killed by the landslide near the Orvel quarry on Monday."
    assert judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning()).stance is stance


def test_a_claim_crediting_the_articles_own_outlet_is_told_by_its_sentence(tiny: FactChecker) -> None:
    """ "The Tarn Herald reports that X": a Herald article stating X is that report, though its
    sentence never names the Herald; another outlet or a person credited with X is not told so."""
    text = "The Velmar steel mill closed on Monday after twelve years of losses."

    def judged(claim: str, outlet: str = "Tarn Herald") -> Stance:
        chunk = Chunk("hand-outlet", "claims", "herald.txt", 0, len(text), text, outlet=outlet)
        hit = tiny.retriever.corpus().sentence(chunk, dense=0.8, score=0.8)
        return judge(claim, hit, CheckTuning()).stance

    claim = (
        "The Tarn Herald reports that the Velmar steel mill closed on Monday after twelve years of losses."
    )
    assert judged(claim) is Stance.SUPPORTS
    assert judged(claim, outlet="Dorn Gazette") is not Stance.SUPPORTS
    assert judged(claim.replace("The Tarn Herald reports", "Ilse Varga says")) is not Stance.SUPPORTS


def test_a_change_told_by_a_fraction_word_is_checked_as_its_percentage(tiny: FactChecker) -> None:
    """ "Rose by a quarter" is refuted by a rise of 40% in the same thing, upheld by one of
    24%; another thing's rise ("the economy grew 40%") says nothing of it."""
    corpus = tiny.retriever.corpus()
    claim = "Ostrin's wool sales abroad rose by a quarter in 2019."
    refuted = _quantity_clash(claim, "Ostrin's wool sales abroad rose by 40% in 2019.", corpus)
    assert refuted is not None and refuted.stance is Stance.REFUTES
    upheld = _quantity_clash(claim, "Ostrin's wool sales abroad rose by 24% in 2019.", corpus)
    assert upheld is not None and upheld.stance is Stance.SUPPORTS
    other = _quantity_clash(claim, "Ostrin's economy grew by 40% in 2019.", corpus)
    assert other is None or other.stance is not Stance.REFUTES


def test_percentage_points_are_no_percent_change(tiny: FactChecker) -> None:
    """A rise of 0.5 percentage points (a rate from 5% to 5.5%) is not a rise of 0.5%."""
    corpus = tiny.retriever.corpus()
    claim = "The Velm bank's lending rate rose by 0.5% in May."
    clash = _quantity_clash(
        claim, "The Velm bank's lending rate rose by 0.5 percentage points in May.", corpus
    )
    assert clash is None or clash.stance is not Stance.SUPPORTS
    (points,) = counts("Jobless rates in Tarn fell 1.5 percentage points.")
    assert points.unit == "percentage point"


def test_a_counts_topic_leaves_out_the_claims_figures_and_time() -> None:
    """The claim's figure and its date (the article's own) are checked apart: only its other
    words are asked of a sentence counting its thing (a match report, a firm's sales, a vote)."""
    claim = "Thirty fans were hurt in the crush at Dorn Park on 4 March 2019."
    sentence = terms("The crush at Dorn Park hurt 31 fans.")
    share = count_topic_share(sentence, claim, "2019-03-05")
    assert share > covered_share(sentence, claim, tokens(claim))
    assert share == 1.0
    sold = "Velm Mills sold 500 looms in May 2020."
    assert count_topic_share(terms("Velm Mills sold 400 looms."), sold, "2020-06-01") == 1.0
    assert (
        count_topic_share(terms("The Tarn vote was close."), "Tarn's council backed the plan 12 to 9.") < 0.5
    )


def test_a_rival_count_of_a_narrower_people_noun_is_on_topic(tiny: FactChecker) -> None:
    """ "41 civilians were injured" counts some of the claim's "forty people", so a sentence worded
    apart from the claim, on its event, refutes an exact forty; "31 houses" is another thing."""
    claim = "Exactly forty people were wounded by the shelling of the Velmar docks."
    tune = CheckTuning()
    text = "Shells killed six dockers and wounded 41 civilians at the Velmar docks."
    judged = judge(claim, hand(tiny, text, dense=0.5, score=0.5), tune)
    assert judged.stance is Stance.REFUTES, judged
    other = "Shells destroyed 41 houses at the Velmar docks."
    assert judge(claim, hand(tiny, other, dense=0.5, score=0.5), tune).stance is not Stance.REFUTES


def test_a_counts_topic_needs_the_claims_names_in_the_sentence() -> None:
    """A round-up's sentence about another town's toll ("two died in Velm") is not on topic for a
    claim about Tarnovo by its other words alone."""
    claim = "Shelling of Tarnovo on 4 May killed 10 civilians."
    assert count_topic_share(terms("Shelling in Velm killed two civilians."), claim) == 0.0
    assert count_topic_share(terms("Shelling in Tarnovo killed two civilians."), claim) > 0.5


def test_a_counts_topic_asks_a_past_events_year_of_the_sentence() -> None:
    """A claim's date is left out only where the article is of that time: a 2019 report of a
    1990 flood must write 1990 itself to count that flood's dead."""
    claim = "The 1990 flood in Dorvik killed 300 people."
    later = terms("The flood in Dorvik killed 12 people.")
    assert count_topic_share(later, claim, "2019-05-04") == 0.0
    assert count_topic_share(terms("The 1990 flood in Dorvik killed 280 people."), claim, "2019-05-04") > 0.5
    assert (
        count_topic_share(later, "The flood in Dorvik on 2 May 2019 killed 300 people.", "2019-05-04") == 1.0
    )


def test_a_counts_topic_is_read_only_for_a_claim_of_one_count() -> None:
    """With several figures left out little of a claim is left to match ("cost $30 for 30 hours")."""
    claim = "The Velm Mills test run cost $30 since it needed 30 hours of power."
    assert count_topic_share(terms("Velm Mills charges $2 for an hour of power."), claim) == 0.0


@pytest.mark.parametrize(
    ("claim", "verbs"),
    [
        # business: a purpose clause
        ("The Tarn Herald is cutting 90 jobs to pay for new presses.", {"pay"}),
        # war: a relative clause on the object
        ("Velm rebels shelled the convoy that carried the aid.", {"carried"}),
        # politics: a manner clause
        ("The council banned the march, saying it was unsafe.", {"saying"}),
        # a verb linking to a state is told by its state
        ("Dorn signed two strikers to get stronger.", set()),
        # sport: one deed, no clause of its own
        ("Dorn beat Velm in the final.", set()),
    ],
)
def test_clause_verbs_are_the_verbs_of_clauses_added_to_the_deed(claim: str, verbs: set[str]) -> None:
    assert clause_verbs(claim) == verbs


def test_a_named_doer_does_not_support_the_claims_added_clause(tiny: FactChecker) -> None:
    """What a user sees: a sentence naming the claim's doer for the deed supports "the Velmar
    Front bombed the depot", not the purpose the claim adds to it."""
    tune = CheckTuning()
    claim = "The Velmar Front bombed the harbour depot to punish the traders."
    sentence = hand(tiny, "The Velmar Front bombed the harbour depot on Monday.", dense=0.8, score=0.8)
    judged = judge(claim, sentence, tune)
    assert judged.stance is not Stance.SUPPORTS
    plain = "The Velmar Front bombed the harbour depot."
    assert judge(plain, sentence, tune).stance is Stance.SUPPORTS


def _embedded(checker: FactChecker, text: str, dense: float) -> EvidenceSentence:
    """A hand-made sentence with its own vector, as a stored one has, at a chosen cosine to the claim."""
    sentence = hand(checker, text, dense=dense, score=dense)
    sentence._vector, sentence._vector_read = checker.retriever.corpus().embed(text), True
    return sentence


@pytest.mark.parametrize(
    ("claim", "lead", "same_event", "other_event"),
    [
        (
            "At least 12 people were hurt.",
            "Fans stormed the pitch at Velmar Park after the cup final on Saturday.",
            "Police said the pitch invasion at Velmar Park after Saturday's cup final left at least 12 people hurt.",
            "At least 12 people were hurt when a ferry ran aground off Tarn on Saturday.",
        ),
        (
            "Two directors resigned the same week.",
            "Shares in Korvel Foods fell 30% after the firm admitted accounting errors in March.",
            "Korvel Foods, whose shares lost almost a third in March over the accounting errors, saw two "
            "directors resign that week.",
            "Two directors of the Ostrin bank resigned after a bribery inquiry.",
        ),
        (
            "The ministry later denied it.",
            "Rebels said they shot down an army helicopter near Tarn on Monday.",
            "The defence ministry denied that rebels had downed a helicopter near Tarn on Monday.",
            "The health ministry denied the hospital in Velm had run out of medicine.",
        ),
    ],
)
def test_a_text_claim_is_on_topic_with_the_sentence_telling_its_scene(
    tiny: FactChecker, claim: str, lead: str, same_event: str, other_event: str
) -> None:
    """A short claim of a text, far from a long sentence telling its whole event, is on topic with
    it read after its scene sentence; another event's sentence stays off topic, and without a
    scene sentence the claim alone decides."""
    tune = CheckTuning()
    low = tune.aligned_dense - 0.1
    assert on_scene(claim, lead, _embedded(tiny, same_event, low), tune)
    assert not on_scene(claim, lead, _embedded(tiny, other_event, low), tune)
    assert not on_scene(claim, "", _embedded(tiny, same_event, low), tune)
    assert on_scene(claim, "", _embedded(tiny, other_event, tune.aligned_dense), tune)


def test_a_sentence_undoing_the_deed_on_the_claims_object_never_supports(tiny: FactChecker) -> None:
    """ "Withdrew its offer" holds the claim's offer but not its making, "called off their offensive"
    not its launch: no support, though every other word matches; a denial still refutes, and the
    same deed in other words on the same object still supports."""

    def judged(claim: str, text: str) -> Judgement:
        return judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())

    offer = "The Arden club made an offer for the striker."
    withdrawn = judged(offer, "The Arden club withdrew its offer for the striker on Monday.")
    assert withdrawn.stance is Stance.NEUTRAL and withdrawn.reason == "does not say made"
    offensive = "The Kessel rebels launched an offensive on the northern valley."
    assert judged(
        offensive, "The Kessel rebels called off their offensive on the northern valley."
    ).stance is (Stance.NEUTRAL)
    refused = judged("Rovan signed the peace deal in Ostrin.", "Rovan refused the peace deal in Ostrin.")
    assert refused.stance is Stance.REFUTES  # its doer refusing it (``bot/refused_object.py``)
    denied = judged(
        "The minister confirmed the report about the budget.",
        "The minister denied the report about the budget.",
    )
    assert denied.stance is Stance.REFUTES
    assert judged(offer, "The Arden club offered 5 million for the striker.").stance is Stance.SUPPORTS
    staged = judged("The town held the annual parade.", "The town staged the annual parade on Sunday.")
    assert staged.stance is Stance.SUPPORTS


@pytest.mark.parametrize(
    ("claim", "text", "said"),
    [
        (  # politics: a claim word's opposite, another claim word unstated
            "Brill has argued that Velm has a great deal to lose in Tarn.",
            "Brill has argued that Velm has little to lose in Tarn.",
            "little, not great",
        ),
        (  # elections: the opposite size, and the claim's qualifier left out
            "The Velm party won a large share of the urban vote in Tarn.",
            "The Velm party won a small share of the vote in Tarn.",
            "small, not large",
        ),
        (  # war: the opposite manner of the same advance
            "The Kessel army made a quick armoured advance toward the port.",
            "The Kessel army made a slow advance toward the port.",
            "slow, not quick",
        ),
    ],
)
def test_a_sentence_saying_the_opposite_of_one_claim_word_never_supports(
    tiny: FactChecker, claim: str, text: str, said: str
) -> None:
    """The sentence says the opposite of a claim word and leaves another unstated: it is not every
    word opposed (no refutation by the alignment), and not the claim either."""
    judged = judge(claim, hand(tiny, text, dense=0.85, score=0.85), CheckTuning())
    assert judged.stance is Stance.NEUTRAL and judged.reason.endswith(said)


def test_an_opposite_word_beside_the_claims_own_still_supports(tiny: FactChecker) -> None:
    claim = "Velcor's profits rose sharply in 2019."
    text = "Velcor's profits rose in 2019 after its costs fell."
    assert judge(claim, hand(tiny, text, dense=0.87, score=0.87), CheckTuning()).stance is Stance.SUPPORTS


def test_two_doers_sharing_only_their_kind_are_not_one() -> None:
    """ "An obscure holding company won the tender" does not name "the state mining company Velnor"
    as the winner: the two share only the noun of their kind; a shared qualifier or name is one doer."""
    claim = "The state mining company Velnor won the tender for the Tarn quarry."
    other = "In the end, the tender was won by an obscure holding company for $9bn."
    assert attribution_stance(claim, other, never_similar) is None
    same = "In the end, the tender was won by Velnor for $9bn."
    assert attribution_stance(claim, same, never_similar) == (Stance.SUPPORTS, "names Velnor")
    assert not kind_only("Velm-led coalition jets", "coalition warplanes")
    assert kind_only("the state mining company Velnor", "an obscure holding company")


def test_a_sentence_without_the_claims_share_does_not_support(tiny: FactChecker) -> None:
    claim = "Kessel rebels took about half of the northern valley."
    judged = judge(
        claim, hand(tiny, "Kessel rebels took the northern valley.", dense=0.9, score=0.9), CheckTuning()
    )
    assert judged.stance is Stance.NEUTRAL and judged.reason == "does not give half"
    given = hand(tiny, "Kessel rebels took half of the northern valley.", dense=0.95, score=0.95)
    assert judge(claim, given, CheckTuning()).stance is Stance.SUPPORTS


def test_a_close_sentence_dating_a_record_otherwise_refutes_it(tiny: FactChecker) -> None:
    """ "the worst since 1990" against a close report that the 2016 vintage was "the worst in ten
    years": two accounts of how long the record runs, a weak stance the verdict weighs as a rival
    beginning; a report of the same run leaves the claim standing."""
    claim = "The valley's 2016 vintage was its worst since 1990."
    other = judge(
        claim,
        hand(tiny, "The 2016 vintage was the valley's worst in ten years.", dense=0.8, score=0.8),
        CheckTuning(),
    )
    assert (other.stance, other.rival, other.clear) == (Stance.REFUTES, RIVAL_BEGINNING, False)
    same = judge(
        claim,
        hand(tiny, "The 2016 vintage was the valley's worst in 26 years.", dense=0.8, score=0.8),
        CheckTuning(),
    )
    assert same.stance is not Stance.REFUTES


def test_each_name_word_is_kept_with_the_other_words_of_its_name() -> None:
    """ "Kafr al-Zour" pairs its two name words (the article "al" is no name word), so a short one
    is matched beside the other (``bot.names.article_variant``); a one-word name has no partner."""
    from bot.stance import name_partners

    partners = name_partners("Shells hit Kafr al-Zour in Velmar on Monday.")
    assert partners["zour"] == ["kafr"] and partners["kafr"] == ["zour"]
    assert partners["velmar"] == [] and "monday" not in partners


def test_the_on_topic_share_counts_the_claims_names_its_context_writes() -> None:
    """A sentence leaving the claim's names to the sentence before it ("Ilse Varga spoke in
    Velmar." / "The pier was rebuilt, she said.") holds those names for the on-topic gate;
    the plain share, and a context naming others, do not."""
    claim = "Harbour master Ilse Varga said the Velmar pier was rebuilt."
    claim_tokens = tokens(claim)
    sentence = terms("The pier was rebuilt, she said.")
    plain = covered_share(sentence, claim, claim_tokens)
    assert named_share(sentence, terms("Ilse Varga spoke in Velmar."), claim, claim_tokens) > plain
    assert named_share(sentence, terms("Tomas Brill spoke in Dunmoor."), claim, claim_tokens) == plain
    assert named_share(sentence, terms("The mayor spoke."), claim, claim_tokens) == plain


def test_a_sentence_naming_the_claims_names_only_around_it_may_support_but_never_refute(
    tiny: FactChecker,
) -> None:
    """ "Workers rebuilt 14 cranes along the northern pier." follows a sentence naming Velmar's
    harbour master Ilse Varga: it tells her claim in other words, though it writes few of its
    words; with another count it stays off topic rather than refuting (only a support is read
    past the plain gate), and a claim naming another master finds no names around it."""
    tune = CheckTuning()
    hit = sentence(tiny, "Workers rebuilt 14 cranes along the northern pier.", dense=0.6, score=0.6)
    claim = (
        "Velmar's Harbour Master Ilse Varga said on Monday that workers in Velmar reconstructed 14 cranes."
    )
    assert covered_share(hit.terms, claim, tokens(claim)) < tune.stated_coverage
    assert judge(claim, hit, tune).stance is Stance.SUPPORTS
    other = (
        "Velmar's Harbour Master Ilse Varga said on Monday that workers in Velmar reconstructed 20 cranes."
    )
    assert judge(other, hit, tune).stance is Stance.NEUTRAL
    elsewhere = (
        "Keldby's Harbour Master Oskar Lund said on Monday that workers in Keldby reconstructed 14 cranes."
    )
    assert judge(elsewhere, hit, tune).stance is not Stance.SUPPORTS


def test_a_sentence_past_the_gate_by_its_names_supports_only_without_a_frame_of_its_own() -> None:
    """A negation or a "whether" the sentence writes and the claim does not may deny or leave open
    what it tells in the claim's words; one negating as the claim does, or none, is no frame."""
    claim = "The coach was sacked by the club."
    assert framed_apart(claim, "The club did not say whether the coach resigned or was sacked.")
    assert framed_apart(claim, "It is unclear whether the club sacked the coach.")
    assert not framed_apart(claim, "The club sacked the coach on Monday.")
    assert not framed_apart("No fans were hurt.", "Nobody in the crowd was hurt.")


def test_a_measured_thing_is_one_however_its_compound_is_spelt(tiny: FactChecker) -> None:
    """ "Of all websites" is "of all web-sites" (a closed compound hyphenated), so another share
    of it refutes and the same one upholds; a share of another whole ("of spam", the sentence
    writing "web-site" elsewhere) does not."""
    corpus = tiny.retriever.corpus()
    claim = "About 30% of all websites are spam."
    refuted = _quantity_clash(claim, "Spam accounts for at least 60% of all web-sites.", corpus)
    assert refuted is not None and refuted.stance is Stance.REFUTES
    upheld = _quantity_clash(claim, "Spam accounts for 31% of all web-sites.", corpus)
    assert upheld is not None and upheld.stance is Stance.SUPPORTS
    other = _quantity_clash(claim, "Velmar web-site filters stop about 75% of spam.", corpus)
    assert other is None or other.stance is not Stance.REFUTES
    assert stated_thing("airstrikes", TokenPool(tokens("two air strikes")), "two air strikes")
    assert same_thing(["website"], ["web", "-", "site"]) and not same_thing(["website"], ["spam"])
    assert same_thing(["rice"], []) and same_thing(["earnings"], ["profit"])


def test_the_on_topic_share_counts_a_named_places_part_its_context_writes() -> None:
    """ "central Palo" in the claim: the context writing "central" with the name holds both words."""
    claim = "Shells hit the market in central Palo."
    claim_tokens = tokens(claim)
    sentence = terms("Shells hit the market, a witness said.")
    with_name = named_share(sentence, terms("Troops entered Palo."), claim, claim_tokens)
    assert named_share(sentence, terms("Troops entered central Palo."), claim, claim_tokens) > with_name


def test_two_sentences_leaving_one_question_open_agree(tiny: FactChecker) -> None:
    """ "could not tell whether X" and "nobody knew whether X" both deny knowing, not the deed:
    however far each negation sits from the words they share, neither refutes the other."""
    claim = "The monitor said it could not tell whether Ostrian or Velmar planes did it."
    for text in (
        "Nobody knew whether the depot had been struck from the air by Velmar or by Ostrian planes.",
        "It is still not known whether the depot was struck by the Velmar or the Ostrian air force.",
        "The monitor said it couldnt tell whether Ostrian or Velmar war planes carried out the raids.",
    ):
        judged = judge(claim, hand(tiny, text, dense=0.8, score=0.8), CheckTuning())
        assert judged.stance is not Stance.REFUTES, judged.reason
    plain = "Ostrian war planes carried out the raids, the monitor said."
    assert judge(claim, hand(tiny, plain, dense=0.8, score=0.8), CheckTuning()).stance is not Stance.SUPPORTS


def test_own_place_is_not_a_place_the_claim_names_by_its_adjective() -> None:
    """A country the claim names by its adjective ("Norwegian") or another of its names is the
    claim's own place, not another place's toll; a place it does not name still is."""
    claim = "Norwegian patrol boats stopped about ten trawlers off Korvash on Friday."
    assert own_place(claim, "Norway's coast guard halted a dozen trawlers off Korvash on Friday.") == ""
    assert own_place(claim, "Boats stopped ten trawlers in Portugal on Friday.") == "Portugal"
