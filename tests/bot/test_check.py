"""The four verdicts, with per-source stances a reader can follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.api import FactChecker
from index.embed import Embedder
from tests.bot.tiny_index import checker_over
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    ("claim", "label", "doc", "stance"),
    [
        (
            "The United States has roughly 900 troops in Syria.",
            "supported",
            "000_66cd316cc8c383c8.txt",
            "supports",
        ),
        ("The US has 2,000 troops in Syria.", "refuted", "000_66cd316cc8c383c8.txt", "refutes"),
        (
            "The US carried out a dozen airstrikes in Syria on Sunday.",
            "conflicting",
            "004_0e06bca53e2e7670.txt",
            "refutes",
        ),
        (
            "The US airstrikes on Sunday took place in northern Syria.",
            "refuted",
            "000_66cd316cc8c383c8.txt",
            "refutes",
        ),
    ],
)
def test_verdicts(checker, claim: str, label: str, doc: str, stance: str) -> None:  # type: ignore[no-untyped-def]
    verdict = checker.check(claim)
    assert verdict.verdict == label
    stances = {e.doc: e.stance for e in verdict.evidence}
    assert stances[doc] == stance
    for e in verdict.evidence:
        assert Path(SEEDS, e.doc).read_text()[e.start : e.end] == e.quote


def test_conflicting_claim_has_a_supporting_source_too(checker) -> None:  # type: ignore[no-untyped-def]
    verdict = checker.check("The US carried out a dozen airstrikes in Syria on Sunday.")
    stances = {e.doc: e.stance for e in verdict.evidence}
    assert stances["000_66cd316cc8c383c8.txt"] == "supports"


def test_unrelated_claim_is_not_enough_info(checker) -> None:  # type: ignore[no-untyped-def]
    verdict = checker.check("President Biden personally ordered Sunday's airstrikes on ISIS in Syria.")
    assert verdict.verdict == "not_enough_info"
    assert not [e for e in verdict.evidence if e.stance != "neutral"]


def test_claim_told_over_two_sentences_is_supported_by_both(checker) -> None:  # type: ignore[no-untyped-def]
    verdict = checker.check("Pakistan brought 318 of its citizens home on a chartered flight from Lebanon.")
    assert verdict.verdict == "supported"
    quotes = [e.quote for e in verdict.evidence if e.stance == "supports"]
    assert any("318" in q for q in quotes) and any("chartered flight" in q for q in quotes)
    for e in verdict.evidence:
        assert Path(SEEDS, e.doc).read_text()[e.start : e.end] == e.quote


def test_an_order_the_sources_do_not_give_is_not_supported(checker) -> None:  # type: ignore[no-untyped-def]
    verdict = checker.check("Blinken met Erdogan before he met Fidan.")
    assert verdict.verdict == "not_enough_info"


def test_a_state_the_sources_do_not_give_is_not_supported(checker) -> None:  # type: ignore[no-untyped-def]
    verdict = checker.check(
        "The two Syrian intelligence officials charged with war crimes are in US custody."
    )
    assert verdict.verdict == "not_enough_info"
    assert not [e for e in verdict.evidence if e.stance == "supports"]


def test_same_figure_in_another_place_is_not_support(checker) -> None:  # type: ignore[no-untyped-def]
    verdict = checker.check("The US has 900 troops in Iraq.")
    assert verdict.verdict != "supported"
    assert not [e for e in verdict.evidence if e.stance == "supports"]


def test_a_text_claim_naming_nothing_is_searched_with_its_lead_names() -> None:
    """ "About 40 people were wounded" in a text about a market attack in Velmora is about that
    attack: the search gets the lead's names; a claim naming its own place gets none."""
    from bot.check import scene_names

    lead = "Gunmen attacked a market in Velmora, Ostrin province, on Friday."
    assert scene_names("About 40 people were wounded.", lead) == "Velmora Ostrin province"
    assert scene_names("A week earlier, a bomb killed nine people in the city of Port Halden.", lead) == ""
    assert scene_names("About 40 people were wounded.", "") == ""
    # naming only who did it, the claim is still set where the lead set it
    assert scene_names("The Red Hand claimed the attack.", lead) == "Velmora Ostrin province"


def test_a_text_claim_is_set_in_the_latest_sentence_naming_a_place() -> None:
    """A text moving from a blast in Velmora to a raid on Tarnby: "Four children died" after the
    raid is about the raid; before any sentence names a place, the text's first sentence sets it."""
    from bot.check import scene_sentence

    text = [
        "A bomb killed nine people at a market in Velmora on Friday.",
        "The attack came on a holiday.",
        "In May a raid hit a school in the village of Tarnby.",
        "Four children died.",
        "The wounded were taken to a hospital in Ostrin.",
        "Two of them died.",
    ]
    assert scene_sentence(text, 1, 1) == text[0]
    assert scene_sentence(text, 3, 1) == text[2]
    assert scene_sentence(text, 2, 1) == text[2]  # its own sentence names its place and time
    assert scene_sentence(text, 5, 1) == text[2]  # a place without a time tells no new event
    unplaced = ["The head of Velcorp resigned.", "Shares fell."]
    assert scene_sentence(unplaced, 1, 1) == unplaced[0]
    assert scene_sentence([], 0, 1) == ""


def test_a_text_claim_naming_nothing_is_judged_on_sources_naming_its_lead_places(checker) -> None:  # type: ignore[no-untyped-def]
    """A toll with no place of its own, in a text about one city, is not supported by another
    city's toll: only articles naming the lead's places take a side."""
    from bot.check import scene_places

    lead = "Gunmen attacked a market in Velmora, Ostrin province, on Friday."
    assert scene_places("About 40 people were wounded.", lead, 1) == ["Velmora", "Ostrin province"]
    assert (
        scene_places("A week earlier, a bomb killed nine people in the city of Port Halden.", lead, 1) == []
    )
    village = "A bomb hit a wedding in the village of Deir Varnak near Osk al-Kubra."
    assert scene_places("Nine people died.", village, 1) == ["Deir Varnak", "Osk al-Kubra"]
    assert scene_places("Nine people died.", "The head of Velcorp resigned.", 1) == []
    # a month after "in" is when, not where: an article dating the raid by weekday names no month
    dated = "In March 2019 a raid in Tarvello killed twelve people."
    assert scene_places("Nine people died.", dated, 1) == ["Tarvello"]
    assert scene_places("Nine people died.", "Gunmen attacked a market in Velmora in late May 2018.", 1) == [
        "Velmora"
    ]
    late = "Twenty fighters died near Kessar at the end of November 2021."
    assert scene_places("Nine people died.", late, 1) == ["Kessar"]
    assert scene_places("The Red Hand claimed the attack.", lead, 1) == ["Velmora", "Ostrin province"]
    claim = "Roughly 900 troops are deployed there."
    there = checker._checker.check(claim, "The United States keeps troops in Syria.")
    assert there.verdict.value == "supported"
    elsewhere = checker._checker.check(claim, "Flooding closed the port of Port Halden on Friday.")
    assert elsewhere.verdict.value == "not_enough_info"


def test_a_place_named_before_a_clause_is_only_the_place() -> None:
    """ "in Velmora where supporters of Ana Tarrow met" names Velmora: the clause's names are not
    part of the place an article must name."""
    from bot.check import scene_places

    lead = "In May 2015 rebels shelled a tent in Velmora where supporters of Ana Tarrow had gathered."
    assert scene_places("Nine people died.", lead, 1) == ["Velmora"]
    which = "Gunmen attacked a market in Osk al-Kubra, which Tarn Velsen rules, on Friday."
    assert scene_places("Nine people died.", which, 1) == ["Osk al-Kubra"]


def test_where_a_lead_was_said_is_no_scene_place() -> None:
    """ "At a rally in Velmora, Ana Tarrow told supporters ..." tells where she spoke: a later claim
    of the text ("The vote is due in May") is not an event in Velmora."""
    from bot.check import scene_places

    rally = "At a rally in Velmora on Monday, Ana Tarrow told supporters the vote mattered."
    assert scene_places("The vote is due in May.", rally, 1) == []
    told = "Ana Tarrow said on Monday that gunmen attacked a market in Kessar."
    assert scene_places("Nine people died.", told, 1) == ["Kessar"]


def test_the_article_reporting_the_lead_is_at_its_scene(tmp_path_factory, embedder) -> None:  # type: ignore[no-untyped-def]
    """The article whose sentence best reports the text's lead tells its scene even where it
    leaves a place of the lead unnamed (the lead's city of the signing); another article naming
    none of the lead's places still takes no side."""
    articles = {
        "deal.txt": "Grain deal extended\n\nVelmora and Tarnia extended their grain-for-gas deal on Tuesday."
        "\n\nBoth leaders further pledged to launch a joint shipping line.\n",
        "fleet.txt": "Shipping news\n\nBoth leaders further pledged to launch a joint shipping line,"
        " officials in Dunmoor said.\n",
    }
    checker = checker_over(articles, "lead-article", tmp_path_factory, embedder)._checker
    lead = "Velmora and Tarnia extended their grain-for-gas deal at a signing in Kessar."
    claim = "Both leaders further pledged to launch a joint shipping line."
    verdict = checker.check(claim, lead)
    assert verdict.verdict.value == "supported"
    assert {s.doc for s in verdict.sources if s.stance.value == "supports"} == {"deal.txt"}


def test_a_text_claim_naming_a_person_sets_its_own_scene() -> None:
    """ "Ed Hale was 64 years old", in a text whose lead tells where he died, is told by articles
    about him that need not name that place; a group named as the doer does not set a scene."""
    from bot.check import scene_places

    lead = "The singer Ed Hale died of a stroke while touring in Velmora last May."
    assert scene_places("Ed Hale was 64 years old.", lead, 1) == []
    assert scene_places("The Red Hand claimed the attack.", "Gunmen attacked a market in Velmora.", 1) == [
        "Velmora"
    ]


def test_a_place_qualifying_who_acted_is_no_scene_place() -> None:
    """ "a Velmari-led strike", "Ostran jets", "Tarnia's defence ministry" name who acted; "Kessar
    province", "the Ostran desert" are where."""
    from bot.check import scene_places

    led = "On Friday a Velmaria-led coalition strike hit a bakery in Kessar, killing nine."
    assert "Velmaria" not in scene_places("Four children died.", led, 1)
    assert "Kessar" in scene_places("Four children died.", led, 1)
    ministry = "On Tuesday Tarnia's defence ministry said its jets had hit a depot near Orsk."
    assert scene_places("Four children died.", ministry, 1) == ["Orsk"]
    province = "A helicopter was shot down in Kessar province on Monday."
    assert scene_places("Both pilots died.", province, 1) == ["Kessar province"]


def test_a_text_claim_naming_its_own_place_keeps_out_of_the_lead_scene() -> None:
    """A claim saying where it happened sets its own scene even where the tagger misses the name
    ("in Tarn's old quarter", "in the east of Orsk city"): the lead's places and names are not
    added to it; a claim naming no place ("in the old quarter") keeps the lead's."""
    from bot.check import names_own_place, scene_names, scene_places

    lead = "A bomb hit a market in Velmora on Monday."
    for claim in ["Four more died in Tarn's old quarter.", "Six more died in the east of Orsk city."]:
        assert names_own_place(claim, 1)
        assert scene_places(claim, lead, 1) == []
        assert scene_names(claim, lead, 1) == ""
    assert not names_own_place("Four more died in the old quarter.", 1)
    assert scene_places("Four more died in the old quarter.", lead, 1) == ["Velmora"]


def test_a_claim_that_is_its_whole_scene_sentence_needs_no_lead() -> None:
    from bot.check import is_whole_sentence

    lead = "Arla Venn, 58, is on trial over a $3bn fraud at Velcorp."
    assert is_whole_sentence("Arla Venn, 58, is on trial over a $3bn fraud at Velcorp", lead)
    assert is_whole_sentence("arla venn, 58,  is on trial over a $3bn fraud at Velcorp.", lead)
    assert not is_whole_sentence("Arla Venn is on trial.", lead)  # a part of it: the lead sets its scene
    assert not is_whole_sentence("Arla Venn, 58, is on trial over a $3bn fraud at Velcorp.", "")


def test_a_text_claim_is_judged_on_both_searches_scene_first() -> None:
    """The search with the lead's names finds the scene, the claim's own search the sentence
    stating it: the best of each come first, each sentence once."""
    from types import SimpleNamespace

    from bot.check import _interleave

    def hits(*ids: str) -> list:  # type: ignore[type-arg]
        return [SimpleNamespace(chunk=SimpleNamespace(id=i)) for i in ids]

    merged = _interleave(hits("s1", "s2", "s3"), hits("a1", "s2", "a2"), 2)  # type: ignore[arg-type]
    assert [h.chunk.id for h in merged] == ["s1", "s2", "a1", "s3", "a2"]


def test_a_claims_best_ranked_sentences_are_judged_whatever_their_article() -> None:
    """Retrieval puts each article's best sentence first; the second sentence of the article
    that states the claim still reaches the judges when it ranks among the ``head`` best."""
    from types import SimpleNamespace
    from typing import cast

    from bot.check import judged_list as judged
    from bot.evidence import EvidenceSentence

    def hit(doc: str, rank: float) -> EvidenceSentence:
        return cast(
            EvidenceSentence,
            SimpleNamespace(chunk=SimpleNamespace(doc=doc), features={"rank": rank}, score=0.0),
        )

    bests = [hit(doc, 0.8 - i / 100) for i, doc in enumerate("abcde")]
    seconds = [hit("a", 0.9), hit("b", 0.5)]
    order = [*bests, *seconds]  # the retrieval's order: every article's best first
    assert judged(order, 4, 0) == order[:4]
    assert judged(order, 4, 2) == [bests[0], bests[1], bests[2], seconds[0]]
    assert judged(order, 10, 2) == order


def test_a_rival_figure_stands_beside_a_support_and_replaces_a_neutral_best(tiny) -> None:  # type: ignore[no-untyped-def]
    """Another toll for a supported claim's event is a rival account: beside the support when the
    supporting article gives it too, in place of its article's neutral best otherwise; nothing
    where no source takes a side and none gives the claim's own figure."""
    from bot.check import figure_accounts
    from bot.stance import Judgement
    from bot.types import Stance
    from index.tuning import CheckTuning
    from tests.bot.tiny_index import hand

    claim = "Twelve people were killed by the truck bomb."
    said = hand(tiny, "A truck bomb killed twelve people.", doc="a.txt", dense=0.9, score=0.9)
    other = "The Lannick Monitor said the blast had killed nine people."
    same = hand(tiny, other, doc="a.txt", dense=0.5, score=0.5)
    apart = hand(tiny, other, doc="b.txt", dense=0.5, score=0.5)
    support = ([said], Judgement(Stance.SUPPORTS, 0.9, "gives twelve people", clear=True))
    unsaid = Judgement(Stance.NEUTRAL, 0.5, "related, but does not state the claim")
    neutral = ([apart], unsaid)
    best = {"a.txt": support, "b.txt": neutral}
    untaken = [(same, unsaid), (apart, unsaid)]
    extra = figure_accounts(claim, untaken, best, CheckTuning())
    assert [(shown[0].chunk.doc, j.stance) for shown, j in extra] == [("a.txt", Stance.REFUTES)]
    assert best["b.txt"][1].stance is Stance.REFUTES
    assert figure_accounts(claim, untaken, {"b.txt": neutral}, CheckTuning()) == []


def test_an_article_telling_a_deed_and_its_doers_denial_stands_on_both_sides(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "Inspectors said Harlow's trucks dumped the waste ... Harlow denied it" tells an accusation
    and a denial: the article's support stands beside its denial (conflicting, not refuted). An
    article that only denies, or refutes by something else than its doer's denial, is untouched."""
    from bot.check import decide, denied_accounts
    from bot.stance import ACTOR_DENIAL, Judgement
    from bot.types import Label, SourceStance, Stance
    from index.tuning import CheckTuning
    from tests.bot.tiny_index import hand

    told = hand(tiny, "Inspectors said Harlow Freight trucks dumped the waste.", doc="a.txt", dense=0.8)
    denial = hand(tiny, "Harlow Freight denied its trucks dumped any waste.", doc="a.txt", dense=0.7)
    support = ([told], Judgement(Stance.SUPPORTS, 0.6, "names Harlow Freight trucks"))
    denied = ([denial], Judgement(Stance.REFUTES, 0.7, f"says Harlow Freight{ACTOR_DENIAL}", clear=True))
    seen = {("a.txt", Stance.SUPPORTS): support, ("a.txt", Stance.REFUTES): denied}
    best = {"a.txt": denied}
    extra = denied_accounts(best, seen)
    assert extra == [support]
    sources = [SourceStance("a.txt", j.stance, j.strength, j.clear, j.reason) for _, j in [denied, *extra]]
    assert decide(sources, CheckTuning())[0] is Label.CONFLICTING
    assert denied_accounts({"a.txt": support}, seen) == [denied]  # the support its best: the denial beside it
    assert denied_accounts(best, {("a.txt", Stance.REFUTES): denied}) == []  # only a denial
    figure = ([denial], Judgement(Stance.REFUTES, 0.7, "gives nine, not twelve", clear=True))
    assert denied_accounts({"a.txt": figure}, {**seen, ("a.txt", Stance.REFUTES): figure}) == []
    stand = hand(tiny, "Harlow Freight denies dumping waste in rivers.", doc="a.txt", dense=0.7)
    standing = ([stand], denied[1])
    assert denied_accounts({"a.txt": standing}, {**seen, ("a.txt", Stance.REFUTES): standing}) == []
    negated = hand(tiny, "Harlow Freight works so that no truck ever dumps waste.", doc="a.txt", dense=0.7)
    negation = ([negated], denied[1])  # a negation the doer reading took for a denial
    assert denied_accounts({"a.txt": negation}, {**seen, ("a.txt", Stance.REFUTES): negation}) == []


def test_a_denial_in_the_present_simple_is_a_standing_position() -> None:
    """ "denies using X" holds a position on a practice; "has denied its trucks dumped the waste" and
    "denied the charge" answer one telling of a deed."""
    from bot.check import standing_denial

    assert standing_denial("The club denies paying its players in cash.")
    assert standing_denial("Both ministries deny the charges.")
    assert not standing_denial("The club has denied its coach paid the referee.")
    assert not standing_denial("The ministry denied the charge on Monday.")


def test_only_a_denying_verb_not_in_the_present_simple_replies_to_a_deed() -> None:
    """ "has denied its coach paid" replies to a telling; a negation ("does not plan to") or a
    standing position ("denies paying") does not."""
    from bot.check import replied_denial

    assert replied_denial("The club has denied its coach paid the referee.")
    assert replied_denial("The ministry rejected the charge on Monday.")
    assert not replied_denial("The club works to make sure its coach does not pay referees.")
    assert not replied_denial("The club denies paying its players in cash.")


def test_the_claims_own_figure_from_another_outlet_stands_against_a_refutation_by_another_figure(
    tiny: FactChecker,
) -> None:
    """A claim refuted by one outlet's toll, whose own figure another outlet gives in other words,
    is told two ways: the second outlet's sentence is a weak support (conflicting, not refuted);
    not when the refutation rests on something else than the figure. With no side taken, one
    outlet giving the claim's figure and another giving another make it conflicting; one alone
    does nothing."""
    from bot.check import decide, figure_accounts
    from bot.stance import Judgement
    from bot.types import Label, SourceStance, Stance
    from index.tuning import CheckTuning
    from tests.bot.tiny_index import hand

    claim = "Twelve people were killed by the truck bomb."
    rival = hand(tiny, "A truck bomb killed nine people.", doc="a.txt", dense=0.9, score=0.9)
    agreeing = hand(
        tiny, "The Lannick Monitor said the blast had killed twelve people.", doc="b.txt", dense=0.5
    )
    unsaid = Judgement(Stance.NEUTRAL, 0.5, "related, but does not state the claim")
    refuted = ([rival], Judgement(Stance.REFUTES, 0.9, "gives nine, not Twelve", clear=True))
    best = {"a.txt": refuted, "b.txt": ([agreeing], unsaid)}
    assert figure_accounts(claim, [(agreeing, unsaid)], best, CheckTuning()) == []
    assert best["b.txt"][1].stance is Stance.SUPPORTS and not best["b.txt"][1].clear
    sources = [SourceStance(doc, j.stance, j.strength, j.clear, j.reason) for doc, (_, j) in best.items()]
    assert decide(sources, CheckTuning())[0] is Label.CONFLICTING
    elsewhere = ([rival], Judgement(Stance.REFUTES, 0.9, "names Tarn, not Velm", clear=True))
    best = {"a.txt": elsewhere, "b.txt": ([agreeing], unsaid)}
    assert figure_accounts(claim, [(agreeing, unsaid)], best, CheckTuning()) == []
    assert best["b.txt"][1].stance is Stance.NEUTRAL
    quiet = hand(tiny, "The Lannick Monitor said the blast had killed nine people.", doc="c.txt", dense=0.5)
    best = {"b.txt": ([agreeing], unsaid), "c.txt": ([quiet], unsaid)}
    figure_accounts(claim, [(agreeing, unsaid), (quiet, unsaid)], best, CheckTuning())
    assert [best[d][1].stance for d in ("b.txt", "c.txt")] == [Stance.SUPPORTS, Stance.REFUTES]
    alone = {"b.txt": ([agreeing], unsaid)}
    figure_accounts(claim, [(agreeing, unsaid)], alone, CheckTuning())
    assert alone["b.txt"][1].stance is Stance.NEUTRAL


def test_another_outlets_figure_for_a_supported_or_refuted_count_is_a_rival_account(tiny) -> None:  # type: ignore[no-untyped-def]
    """A claim supported by one outlet's "a dozen raids" is at odds with another outlet's "dozens
    of raids" told in a sentence close to the support's; one refuted by "more than 40 depots" is
    upheld in part by another outlet's "40 depots" (the bound ties it at any closeness). Not a
    far sentence's other figure, another thing's count, an article already taking a side, a
    sentence giving the source's figure too, nor a figure counted in a place that neither the
    claim nor the source's article names."""
    from bot.check import figure_rivals
    from bot.stance import RIVAL_COUNT, Judgement
    from bot.types import Stance
    from index.tuning import AnswerTuning
    from tests.bot.tiny_index import hand

    def sentence(text: str, doc: str, vector_of: str = "") -> object:
        hit = hand(tiny, text, doc=doc, dense=0.5, score=0.5)
        hit._vector, hit._vector_read = tiny.retriever.corpus().embed(vector_of or text), True
        return hit

    tune, unsaid = AnswerTuning(), Judgement(Stance.NEUTRAL, 0.5, "not about the same thing")
    claim = "Velmar jets carried out about twelve raids on Tarn on Monday."
    said = sentence("Velmar jets carried out a dozen raids on Tarn on Monday, officials said.", "a.txt")
    support = ([said], Judgement(Stance.SUPPORTS, 0.9, "gives a dozen", clear=True))
    told = sentence("The Velmar air force flew dozens of raids on Tarn on Monday.", "b.txt")
    best = {"a.txt": support, "b.txt": ([told], unsaid)}
    assert figure_rivals(claim, [(told, unsaid)], best, tune) == []
    assert best["b.txt"][1].stance is Stance.REFUTES and best["b.txt"][1].rival == RIVAL_COUNT
    far = sentence(
        "The Velmar air force flew dozens of raids.", "c.txt", "Ferries sailed from Ostria at dawn."
    )
    assert figure_rivals(claim, [(far, unsaid)], {"a.txt": support}, tune) == []
    ferries = sentence("Velmar jets hit dozens of ferries in Tarn on Monday.", "d.txt")
    assert figure_rivals(claim, [(ferries, unsaid)], {"a.txt": support}, tune) == []
    elsewhere = sentence("Velmar jets carried out dozens of raids on Brennia on Monday.", "e.txt")
    assert figure_rivals(claim, [(elsewhere, unsaid)], {"a.txt": support}, tune) == []
    both = sentence(
        "Velmar jets carried out twelve raids on Tarn on Monday, and their allies 30 raids.", "f.txt"
    )
    assert figure_rivals(claim, [(both, unsaid)], {"a.txt": support}, tune) == []  # gives a dozen too
    taken = {"a.txt": support, "b.txt": ([told], Judgement(Stance.SUPPORTS, 0.6, "gives", clear=True))}
    assert figure_rivals(claim, [(told, unsaid)], taken, tune) == []
    exact = "Exactly 40 depots were hit, no more."
    bound = sentence("Velmar jets hit more than 40 depots.", "a.txt")
    refuted = ([bound], Judgement(Stance.REFUTES, 0.9, "gives more than 40, not 40"))
    plain = sentence("The strikes hit 40 depots, the ministry said.", "b.txt", "A choir sang in Ostria.")
    added = figure_rivals(exact, [(plain, unsaid)], {"a.txt": refuted}, tune)
    assert [(j.stance, j.clear) for _, j in added] == [(Stance.SUPPORTS, False)]


def test_supports_giving_figures_that_are_not_one_report_disagree_among_themselves() -> None:
    """ "At least 40 boats sank" fits both "40 boats" and "more than 40 boats", but the two
    outlets differ: the support nearest the claim's figure stands, the other becomes a weak
    refutation resting on its account; "about 40" and "40" are one report, so both stand; a
    rounded claim ("about 40") holds both, and a claim of two counts is left alone."""
    from bot.check import supports_at_odds
    from bot.stance import RIVAL_COUNT, Judgement
    from bot.types import Stance
    from bot.values import parse_quantities

    def support(figure: str, clear: bool = True) -> tuple[list, Judgement]:  # type: ignore[type-arg]
        (q,) = parse_quantities(figure)
        return [], Judgement(Stance.SUPPORTS, 0.6, f"gives {figure}", clear=clear, figures=(q,))

    claim = "At least 40 boats sank off Velm."
    judged = supports_at_odds(claim, [support("40 boats"), support("more than 40 boats")], 0.25)
    assert [j.stance for _, j in judged] == [Stance.SUPPORTS, Stance.REFUTES]
    assert judged[1][1].rival == RIVAL_COUNT and not judged[1][1].clear
    weak = supports_at_odds(claim, [support("40 boats"), support("more than 40 boats", clear=False)], 0.25)
    assert [j.stance for _, j in weak] == [
        Stance.SUPPORTS,
        Stance.SUPPORTS,
    ]  # a weak one may count another thing
    alike = supports_at_odds(claim, [support("about 40 boats"), support("40 boats")], 0.25)
    assert [j.stance for _, j in alike] == [Stance.SUPPORTS, Stance.SUPPORTS]
    rounded = "About 40 boats sank off Velm."
    either = supports_at_odds(rounded, [support("40 boats"), support("more than 40 boats")], 0.25)
    assert [j.stance for _, j in either] == [Stance.SUPPORTS, Stance.SUPPORTS]
    two = "At least 40 boats and 12 ferries sank off Velm."
    assert (
        supports_at_odds(two, [support("40 boats"), support("more than 40 boats")], 0.25)[1][1].stance
        is Stance.SUPPORTS
    )


TWO_SENTENCES = {
    "ostrin.txt": "Library opens in Ostrin\n\n"
    "The Ostrin council opened a new public library on Friday, with 40,000 books.\n\n"
    "It was paid for by a grant from the Corvia arts fund.\n\n"
    "The old library had closed in 2019.\n",
}


def test_a_claim_told_over_two_sentences_is_supported_by_the_pair(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """ "It was paid for by ..." tells the grant of the library the sentence before names."""
    checker = checker_over(TWO_SENTENCES, "two-sentences", tmp_path_factory, embedder)
    verdict = checker.check("The Ostrin library was paid for by a grant from the Corvia arts fund.")
    assert verdict.verdict == "supported"
    quotes = [e.quote for e in verdict.evidence if e.stance == "supports"]
    assert any("Ostrin council" in q for q in quotes) and any(q.startswith("It was paid") for q in quotes)


def test_a_reported_claim_is_as_close_as_what_it_reports(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "Mayor Brill said the pier will reopen" is as close to a sentence telling the reopening in
    its own voice as "the pier will reopen" is; a claim reporting nothing keeps its closeness."""
    import numpy as np

    from bot.check import closer_to_content
    from tests.bot.tiny_index import hand

    corpus = tiny.retriever.corpus()
    claim = "Mayor Brill of Velm said the old stone pier will reopen to ferries in the spring."
    content = "The old stone pier will reopen to ferries in the spring."
    text = "The old stone pier will reopen to ferries this spring after repairs."
    vector = corpus.embed(text)
    whole = float(np.dot(corpus.embed(claim), vector))
    said = hand(tiny, text, dense=whole, score=0.5)
    said._vector, said._vector_read = vector, True
    closer = closer_to_content([said], content, corpus)[0]
    assert closer.dense == pytest.approx(float(np.dot(corpus.embed(content), vector)), abs=1e-5)
    assert closer.dense > whole and closer.score == 0.5
    assert closer_to_content([said], "", corpus)[0] is said


TWO_ACCOUNTS = {
    "quarry.txt": "Blast at the Ostria quarry\n\n"
    "A blast at the Ostria quarry killed twelve workers on Monday, the Velmar mining board said.\n\n"
    "Rescue crews searched the pits through the night with dogs and lamps.\n\n"
    "The miners' union said nine workers had been killed in the blast.\n",
    "kiln.txt": "Fire at the Dunmoor kiln\n\n"
    "A fire at the Dunmoor kiln killed eight workers on Tuesday, the kiln's owners said.\n\n"
    "Firefighters worked for hours to put out the flames.\n\n"
    "In March, three workers had been killed in a fire at the kiln.\n",
    "ferry.txt": "Ferry sinks off Keldby\n\n"
    "A ferry sank off Keldby on Sunday and eleven passengers drowned, the coast guard said.\n\n"
    "Divers from Ostrin joined the search in the afternoon.\n\n"
    "Earlier on Sunday, a harbour official said four passengers had drowned.\n",
}


def test_one_article_giving_two_accounts_of_a_claims_count_makes_it_conflicting(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """An article whose toll supports a claim and which reports another body's lower toll further
    on stands on both sides: the claim is conflicting, with the article supporting and refuting
    it. A figure the article gives for another period ("In March") or as an earlier report
    ("Earlier on Sunday ... four") is no other account."""
    from bot.check import quoted_rivals
    from bot.stance import Judgement
    from bot.types import Stance
    from bot.values import parse_quantities

    checker = checker_over(TWO_ACCOUNTS, "two-accounts", tmp_path_factory, embedder)
    verdict = checker.check("Twelve workers were killed in the blast at the Ostria quarry.")
    assert verdict.verdict == "conflicting"
    assert {(e.doc, e.stance) for e in verdict.evidence} >= {
        ("quarry.txt", "supports"),
        ("quarry.txt", "refutes"),
    }
    assert checker.check("Eleven passengers drowned when the ferry sank off Keldby.").verdict == "supported"
    claim = "Eight workers were killed in the fire at the Dunmoor kiln."
    found = checker.retriever.search(claim)
    said = next(h for h in found.sentences if h.chunk.text.startswith("A fire at the Dunmoor kiln"))
    figures = tuple(parse_quantities("eight workers"))
    best = {
        "kiln.txt": ([said], Judgement(Stance.SUPPORTS, 0.9, "gives eight workers", True, figures=figures))
    }
    assert quoted_rivals(claim, best, found.vector, checker.settings) == []


REVISED = {
    "tarn.txt": "Shelling of Tarn\n\n"
    "The toll from Monday's shelling of Tarn rose to 11 fighters, the Velmar monitor said late on Monday.\n\n"
    "The monitor earlier put the toll at 6 fighters.\n\n"
    "Shops in the old market stayed shut.\n",
    "stand.txt": "Stand collapse at the Ostria stadium\n\n"
    "The number of fans hurt when a stand collapsed at the Ostria stadium on Saturday has risen to "
    "30, the organisers said, after they had given a figure of 12.\n\n"
    "The cup match was put off.\n",
    "mill.txt": "Fire at the Brenvik mill\n\n"
    "A fire at the Brenvik mill killed eight workers on Tuesday, the owners said.\n\n"
    "Earlier, a union official said three workers had been killed in a fire at the mill.\n",
}


def test_an_article_revising_the_claims_figure_stands_on_both_sides(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """A claim giving the figure an article tells as an earlier report ("earlier put the toll at
    6", "had given a figure of 12") is conflicting: the earlier report supports it, the article's
    new level ("rose to 11", "has risen to 30") refutes it. The new level itself is never made
    conflicting so, and an earlier report the article revises by no new level (a plain "killed
    eight workers", maybe another event) is left as it was."""
    checker = checker_over(REVISED, "revised", tmp_path_factory, embedder)
    verdict = checker.check("Six fighters were killed in Monday's shelling of Tarn.")
    assert verdict.verdict == "conflicting"
    assert {(e.doc, e.stance) for e in verdict.evidence} >= {
        ("tarn.txt", "supports"),
        ("tarn.txt", "refutes"),
    }
    assert any(e.quote.startswith("The monitor earlier") for e in verdict.evidence if e.stance == "supports")
    assert checker.check("Eleven fighters were killed in Monday's shelling of Tarn.").verdict != "conflicting"
    hurt = checker.check("Twelve fans were hurt when a stand collapsed at the Ostria stadium.")
    assert hurt.verdict == "conflicting"
    assert any("earlier report" in e.reason for e in hurt.evidence)
    assert not any(
        "earlier report" in e.reason
        for e in checker.check("Three workers were killed in the fire at the Brenvik mill.").evidence
    )


LOWER_DOWN = {
    "dam.txt": "Landslide at the Brenvik dam\n\n"
    "A landslide at the Brenvik dam killed fourteen villagers on Thursday, the regional governor said.\n\n"
    "Roads into the valley stayed closed on Friday.\n",
    "valley.txt": "Rain and mud in the Brenvik valley\n\n"
    "Heavy rain had soaked the hills above the Brenvik dam for a week before the slope gave way.\n\n"
    "Tractors cleared mud from the orchards all morning.\n\n"
    "A farmers' group said six villagers died in the landslide at the dam.\n\n"
    "In 2009, two villagers had died in a flood there.\n",
    "slope.txt": "Mud on the Brenvik slope\n\n"
    "Heavy rain had soaked the slope above the Brenvik dam for days before the landslide.\n\n"
    "Nine villagers died in the landslide at the dam.\n",
}


def test_another_account_lower_in_an_article_taking_no_side_stands_against_a_support(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """An article about the claim's event that takes no side on its retrieved sentence but gives
    another toll further down ("a farmers' group said six died") becomes a weak refutation beside
    the support: one account against another. A figure the article tells as no one's report ("nine
    died in the landslide") may be a later toll and stays out; with no support taking a
    figure, nothing changes."""
    from bot.check import event_accounts
    from bot.stance import UNRELATED, Judgement
    from bot.types import Stance
    from bot.values import parse_quantities

    checker = checker_over(LOWER_DOWN, "lower-down", tmp_path_factory, embedder)
    claim = "Fourteen villagers were killed in the landslide at the Brenvik dam."
    found = checker.retriever.search(claim)
    said = next(h for h in found.sentences if h.chunk.text.startswith("A landslide at the Brenvik"))
    scene = next(h for h in found.sentences if h.chunk.text.startswith("Heavy rain"))
    support = Judgement(
        Stance.SUPPORTS,
        0.9,
        "gives fourteen villagers",
        True,
        figures=tuple(parse_quantities("fourteen villagers")),
    )
    best = {"dam.txt": ([said], support), "valley.txt": ([scene], Judgement(Stance.NEUTRAL, 0.5, UNRELATED))}
    event_accounts(claim, [("dam.txt", said, support)], best, found.vector, checker.settings.tuning.check)
    shown, judged = best["valley.txt"]
    assert judged.stance is Stance.REFUTES and not judged.clear
    assert shown[-1].chunk.text.startswith("A farmers' group said six")
    slope = next(h for h in found.sentences if h.chunk.text.startswith("Heavy rain had soaked the slope"))
    unsaid = {"slope.txt": ([slope], Judgement(Stance.NEUTRAL, 0.5, UNRELATED))}
    event_accounts(claim, [("dam.txt", said, support)], unsaid, found.vector, checker.settings.tuning.check)
    assert unsaid["slope.txt"][1].stance is Stance.NEUTRAL
    untouched = {"valley.txt": ([scene], Judgement(Stance.NEUTRAL, 0.5, UNRELATED))}
    event_accounts(claim, [], untouched, found.vector, checker.settings.tuning.check)
    assert untouched["valley.txt"][1].stance is Stance.NEUTRAL


COUNTED_ON = {
    "mill.txt": "Fire at the Keldby mill\n\n"
    "Sparks from a grain dryer set off a fire at the Keldby flour mill as the night shift loaded barges "
    "for the coast on Tuesday, killing two workers.\n\n"
    "Nine others were hurt, the fire service said.\n\n"
    "The mill had reopened in May after repairs.\n",
    "match.txt": "Velm Rovers lose at home\n\n"
    "Velm Rovers lost 2-0 to Dorn City on Saturday after two of their players were sent off.\n\n"
    "Four others were booked, the club said.\n",
}


def test_a_count_the_next_sentence_carries_on_with_others_is_supported_by_the_pair(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """ "killing two workers. Nine others were hurt" tells "killed two and hurt nine": "others" leans
    back on the sentence before, which leaves the injured unsaid. Another figure is no support."""
    checker = checker_over(COUNTED_ON, "counted-on", tmp_path_factory, embedder)
    verdict = checker.check("A fire at the Keldby flour mill killed two workers and injured nine.")
    assert verdict.verdict == "supported"
    quotes = [e.quote for e in verdict.evidence if e.stance == "supports"]
    assert any("killing two" in q for q in quotes) and any(q.startswith("Nine others") for q in quotes)
    wrong = "A fire at the Keldby flour mill killed two workers and injured twelve."
    assert checker.check(wrong).verdict != "supported"
