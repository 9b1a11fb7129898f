"""A sentence states a claim in other words, or leaves some of it unsaid (hand-made sentences)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.alignment import (
    Alignment,
    _gerund_entails,
    _same_adverb,
    initials_at,
    linked,
    made_from_kin,
    phrase_matches,
    stated_words,
)
from bot.api import FactChecker
from bot.nlp import dependency_parse
from bot.stance import judge
from bot.text import TokenPool, tokens
from bot.types import Stance
from index.tuning import CheckTuning
from tests.bot.tiny_index import hand


@pytest.fixture(scope="module")
def similar(tiny: FactChecker) -> Callable[[str, str], bool]:
    return tiny.retriever.corpus().similar


def never_similar(a: str, b: str) -> bool:
    return False


def unstated(
    claim: str, text: str, similar: Callable[[str, str], bool], context: str = ""
) -> tuple[str, ...]:
    tune = CheckTuning()
    pool = TokenPool(tokens(context))
    return stated_words(claim, text, pool, similar, tune.stated_sense_rank, tune.stated_arc).unstated


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # voice and word order, a noun for the verb it names, the name standing for its kind,
        # and "aircraft" said by "bombers"
        (
            "Zeta-9 bombers were among the aircraft used in the strikes on Karsk.",
            "Norland forces struck 40 depots in Karsk using Zeta-9s and older planes.",
        ),
        # under a negation the sentence's wider word states the claim's narrower one
        (
            "The ministry said there was no sign that miners were hurt in the collapse.",
            "There is no indication that any miners were injured in the collapse, the ministry said.",
        ),
        (
            "Repairs on the Ostrin bridge are under way.",
            "Repairs on the Ostrin bridge are underway, the council said.",
        ),
        ("The pier was opened by Mayor Brill.", "Mayor Brill opened the pier."),
        (
            "Forty tourists were flown from Ostrin to Velmar.",
            "A chartered flight from Ostrin brought the forty tourists to Velmar.",
        ),
        (
            "Ferries will stay in port until the storm passes.",
            "The ferries would remain in port until the storm passes.",
        ),
        # what a speaker said is asserted as theirs
        ("The council closed the Ostrin bridge.", "The council closed the Ostrin bridge, officials said."),
    ],
)
def test_a_sentence_saying_the_same_in_other_words_states_every_word(
    claim: str, text: str, similar: Callable[[str, str], bool]
) -> None:
    assert unstated(claim, text, similar) == ()


@pytest.mark.parametrize(
    ("claim", "text", "left"),
    [
        # an extra qualifier, an extra place, an extra actor
        (
            "The ministry said there was no sign that miners were hurt in the northern collapse.",
            "There is no indication that any miners were injured in the collapse, the ministry said.",
            ("northern",),
        ),
        ("Mayor Brill opened the pier in Dunmoor.", "Mayor Brill opened the pier.", ("Dunmoor",)),
        ("Mayor Brill and Ilse Varga opened the pier.", "Mayor Brill opened the pier.", ("Ilse", "Varga")),
        # a name beside a noun it does not count ("in Norland custody")
        (
            "The two officials charged with fraud are in Norland custody.",
            "Two officials were charged in Norland with fraud.",
            ("custody",),
        ),
        # every word there, but the claim's subject is not what the sentence's verb is said of
        (
            "The groom was killed at the wedding in Karsk.",
            "A bomber struck a wedding in Karsk as the bride and groom were exchanging vows, killing 12 guests.",
            ("groom",),
        ),
        # deciding to do it is not doing it: another verb between the doer and the deed
        ("Mayor Brill opened the pier.", "Mayor Brill decided to open the pier next year.", ("Brill",)),
        # a clause told as what a noun holds is not asserted
        (
            "Mayor Brill will stand against Ilse Varga in Velmar.",
            "His choice quashes speculation that Mayor Brill would stand against Ilse Varga in Velmar.",
            ("stand",),
        ),
        # a wider word does not state a narrower one where nothing negates it, and the reverse under a negation
        ("Bombers were used in the raid on Karsk.", "Aircraft were used in the raid on Karsk.", ("Bombers",)),
        (
            "There was no indication that miners were hurt.",
            "There was no sign that miners were hurt.",
            ("indication",),
        ),
        # the sentence model puts antonyms and sibling nouns close: they do not match
        ("A large crowd gathered in the square.", "A small crowd gathered in the square.", ("large",)),
        ("Trucks were damaged by the storm.", "Cars were damaged by the storm.", ("Trucks",)),
        # an adverb of the adjective's stem says something else
        ("Rebels held large parts of Karsk.", "Rebels held parts of Karsk, largely unopposed.", ("large",)),
    ],
)
def test_a_claim_adding_a_detail_the_sentence_does_not_state_keeps_it_unstated(
    claim: str, text: str, left: tuple[str, ...], similar: Callable[[str, str], bool]
) -> None:
    assert unstated(claim, text, similar) == left


def test_used_of_a_past_habit_is_no_word_to_state(similar: Callable[[str, str], bool]) -> None:
    """ "Used to manage a prison" is stated by "managed a prison": "used" only marks the habit."""
    claim = "Voss used to manage a prison for the Pelton council."
    assert unstated(claim, "Voss managed a prison for the Pelton council.", similar) == ()


def test_a_name_left_to_the_context_is_stated_by_it(similar: Callable[[str, str], bool]) -> None:
    """ "the strikes on Karsk" told as "the operation" in a sentence whose neighbour names Karsk."""
    claim = "Zeta-9 bombers were among the aircraft used in the strikes on Karsk."
    text = "During the operation, Norland forces struck 40 depots using Zeta-9s."
    assert unstated(claim, text, similar) == ("Karsk",)
    assert unstated(claim, text, similar, context="Norland bombs depots in Karsk") == ()


def test_a_claim_stated_in_other_words_is_supported_and_one_adding_a_detail_is_not(tiny: FactChecker) -> None:
    """At a cosine where sharing words alone would not do, every word stated supports; a claim
    with a word more, another polarity or a number the sentence does not give does not."""
    tune = CheckTuning()

    def stance(claim: str, text: str) -> Stance:
        return judge(claim, hand(tiny, text, dense=0.5, score=0.5), tune).stance

    said = "There is no indication that any miners were injured in the collapse, the ministry said."
    assert (
        stance("The ministry said there was no sign of miners hurt in the collapse.", said) is Stance.SUPPORTS
    )
    assert stance(
        "Repairs on the Ostrin bridge are under way.", "Repairs on the Ostrin bridge are underway."
    ) is (Stance.SUPPORTS)
    assert stance("The ministry said miners were hurt in the collapse.", said) is not Stance.SUPPORTS
    assert stance("The ministry said there was no sign of miners hurt in the northern collapse.", said) is (
        Stance.NEUTRAL
    )
    flown = "A chartered flight from Ostrin brought the tourists to Velmar."
    assert stance("The tourists were flown from Ostrin to Velmar.", flown) is Stance.SUPPORTS
    assert stance("Forty tourists were flown from Ostrin to Velmar.", flown) is Stance.NEUTRAL


def test_a_nationality_names_its_people_not_the_kind_after_it(similar: Callable[[str, str], bool]) -> None:
    """ "young Canadians" does not state "Canadian teenagers"; a product name still states its kind."""
    claim = "The Ostrin poll found that Canadian teenagers play chess."
    text = "The Ostrin poll found that chess is the game of choice among young Canadians."
    assert "teenagers" in unstated(claim, text, similar, context="a Canadian institute")
    zeta = "Zeta-9 bombers struck the depots."
    assert unstated(zeta, "Zeta-9s struck the depots.", similar, context="Zeta-9") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The mayor dismissed reports that the Ostrin bridge would close in May.",
        "Her move quashes speculation that the Ostrin bridge would close in May.",
    ],
)
def test_a_claim_told_only_as_a_denied_report_is_refuted(tiny: FactChecker, text: str) -> None:
    """A verb of denying (WordNet: deny, reject, refute, invalidate) on the report holding the
    claim's clause says it is not so; confirming the report, or a claim saying "not", does not."""
    tune = CheckTuning()
    claim = "The Ostrin bridge will close in May."
    assert unstated(claim, text, never_similar) == ("close",)  # a denied report states nothing
    judged = judge(claim, hand(tiny, text, dense=0.6, score=0.6), tune)
    assert judged.stance is Stance.REFUTES
    confirmed = text.replace("dismissed", "confirmed").replace("quashes", "fuels")
    assert judge(claim, hand(tiny, confirmed, dense=0.6, score=0.6), tune).stance is not Stance.REFUTES
    negated = "The Ostrin bridge will not close in May."
    assert judge(negated, hand(tiny, text, dense=0.6, score=0.6), tune).stance is not Stance.REFUTES
    going = "The Ostrin bridge is going to close in May."  # a future, as "will close"
    assert judge(going, hand(tiny, text, dense=0.6, score=0.6), tune).stance is Stance.REFUTES


def test_a_claim_negating_a_stated_word_is_refuted_and_one_negating_an_unstated_word_is_not(
    tiny: FactChecker,
) -> None:
    """Every word stated, one side negated, refutes at the cosine that lets it support ("pleaded
    not guilty" / "pleaded guilty"); a negation on a word the sentence never says ("pleaded not
    guilty" / "was charged") leaves the sentence silent, however close it is."""
    tune = CheckTuning()
    claim = "Ilse Varga has pleaded not guilty to the Ostrin fraud charges."
    pleaded = hand(
        tiny, "Ilse Varga, 51, pleaded guilty to the Ostrin fraud charges last year.", dense=0.5, score=0.5
    )
    assert judge(claim, pleaded, tune).stance is Stance.REFUTES
    charged = hand(tiny, "A Velmar jury indicted Ilse Varga on Ostrin fraud charges.", dense=0.65, score=0.65)
    assert judge(claim, charged, tune).stance is Stance.NEUTRAL
    same = hand(tiny, "Ilse Varga, 51, pleaded not guilty to the Ostrin fraud charges.", dense=0.5, score=0.5)
    assert judge(claim, same, tune).stance is Stance.SUPPORTS


def test_a_verb_spelt_like_a_stopword_is_content(similar: Callable[[str, str], bool]) -> None:
    """ "own" (as in "their own") is still the claim's verb: "use" does not state it, "owns" does."""
    claim = "Velcor farmers own tractors."
    assert unstated(claim, "Velcor farmers use tractors.", never_similar) == ("own",)
    assert unstated(claim, "Every Velcor farmer owns a tractor.", never_similar) == ()


def test_an_adjective_is_stated_by_its_synonym_not_its_opposite() -> None:
    claim = "Velcor is the biggest bank in Ostrin."
    assert unstated(claim, "Velcor is the largest bank in Ostrin.", never_similar) == ()
    assert unstated(claim, "Velcor is the smallest bank in Ostrin.", never_similar) == ("biggest",)


def test_a_verb_of_being_is_stated_by_the_copula(similar: Callable[[str, str], bool]) -> None:
    """ "lies in" is a way of being: "is in" states it; a deed ("burned") is not stated by "is",
    nor a way of being by a copula placing nothing ("will stand against" / "is due to")."""
    text = "The old farm is in the Orvel valley, its owner said."
    assert unstated("The old farm lies in the Orvel valley.", text, similar) == ()
    assert unstated("The old farm burned in the Orvel valley.", text, similar) == ("burned",)
    stand = "Mayor Brill will stand against Ada Pell in Orvel."
    assert "stand" in unstated(stand, "Mayor Brill is due to name her rival in Orvel.", similar)


def test_a_verb_of_saying_is_stated_by_any_report_of_its_clause(similar: Callable[[str, str], bool]) -> None:
    """ "warned that Y" is stated by "Y, X said" or a quote; a sentence reporting no one does not
    say that anyone warned of it."""
    claim = "General Brill warned that armed ferries would be seized in Orvel."
    said = "Armed ferries will be seized in Orvel, General Brill said."
    assert "warned" not in unstated(claim, said, similar)
    quoted = "\u201cArmed ferries will be seized in Orvel,\u201d the general added."
    assert "warned" not in unstated(claim, quoted, similar, context="General Brill")
    assert "warned" in unstated(claim, "Armed ferries were seized in Orvel by General Brill.", similar)


def test_a_document_speaking_is_stated_by_any_sentence_stating_its_clause(
    similar: Callable[[str, str], bool],
) -> None:
    """ "one bulletin says Y": every article is a report, so a sentence stating Y in its own voice
    states the speaker and the saying; a person speaking still needs a report of the saying."""
    text = "The new ferry line will double trade between Ostrin and Velmar."
    claim = "One bulletin says the new ferry line will double trade between Ostrin and Velmar."
    assert unstated(claim, text, similar) == ()
    assert (
        unstated(
            "The article says the new ferry line will double trade between Ostrin and Velmar.",
            text,
            similar,
        )
        == ()
    )
    assert "analyst" in unstated(
        "An analyst says the new ferry line will double trade between Ostrin and Velmar.", text, similar
    )
    assert "report" in unstated("One report doubles trade between Ostrin and Velmar.", text, similar)
    about = (
        "The report on the harbour talks says the new ferry line will double trade between Ostrin and Velmar."
    )
    assert unstated(about, text, similar) == ()  # what the report is about is its article's topic


def test_a_claim_a_document_tells_is_supported_by_a_sentence_stating_it(tiny: FactChecker) -> None:
    """What a user sees: at a low cosine, "the report on X says Y" is supported by an article's
    sentence stating Y in its own voice, whatever the report is about; an analyst at the talks
    is no article, and the sentence reports no one saying Y."""
    tune = CheckTuning()
    text = "The new ferry line will double trade between Ostrin and Velmar."

    def stance(claim: str) -> Stance:
        return judge(claim, hand(tiny, text, dense=0.5, score=0.5), tune).stance

    told = "the new ferry line will double trade between Ostrin and Velmar."
    assert stance(f"The report on the harbour talks says {told}") is Stance.SUPPORTS
    assert stance(f"The analyst at the harbour talks says {told}") is not Stance.SUPPORTS


def test_a_verb_saying_a_predicate_of_its_object_is_stated_by_a_report_of_it(
    similar: Callable[[str, str], bool],
) -> None:
    """ "X called the plan reckless" / "describes Tarn as a hub" report "the plan is reckless":
    stated by any report of that; a sentence reporting no one, or another predicate, does not."""
    said = "Mayor Brill said the harbour plan was reckless."
    assert unstated("Mayor Brill called the harbour plan reckless.", said, similar) == ()
    assert "called" in unstated(
        "Mayor Brill called the harbour plan reckless.", "The harbour plan was reckless.", similar
    )
    assert "reckless" in unstated(
        "Mayor Brill called the harbour plan reckless.",
        "Mayor Brill said the harbour plan was costly.",
        similar,
    )
    assert "plan" in unstated(
        "Mayor Brill called the harbour plan reckless.", "Mayor Brill said the bridge was reckless.", similar
    )
    hub = "Tarn is a trading hub for the northern ports."
    assert unstated("One report describes Tarn as a trading hub for the northern ports.", hub, similar) == ()


def test_a_gerund_read_as_a_noun_is_stated_by_its_verbs_synonym() -> None:
    """A noun in "-ing" ("backing", as the tagger may read "groups backing X") is also its verb:
    "support" states it; a noun not formed from a verb ("ceiling") is left alone."""
    (backing,) = [
        t for t in dependency_parse("Their backing mattered to the Velmar Front.") if t.text == "backing"
    ]
    assert backing.pos_ == "NOUN" and _gerund_entails(
        backing, "support", False, CheckTuning().stated_sense_rank
    )
    (ceiling,) = [
        t for t in dependency_parse("The ceiling mattered to the Velmar Front.") if t.text == "ceiling"
    ]
    assert not _gerund_entails(ceiling, "support", False, CheckTuning().stated_sense_rank)


def test_a_counted_scene_left_to_the_context_is_stated_by_it() -> None:
    """ "in the raid on two ports": the scene the report set a sentence earlier, like a name;
    without it in the context the ports stay unstated."""
    claim = "Velmar lost 15 rangers in the raid on two ports."
    text = "Velmar also lost 15 rangers in the raid."
    assert unstated(claim, text, never_similar) == ("ports",)
    assert unstated(claim, text, never_similar, context="Gunmen stormed two ports at dawn.") == ()


def test_wordnet_links_a_deed_to_its_noun_and_to_the_change_it_causes() -> None:
    assert linked("flight", "NOUN", "fly", "VERB", 1)
    assert linked("die", "VERB", "kill", "VERB", 1)
    assert linked("kill", "VERB", "die", "VERB", 1)
    assert not linked("die", "VERB", "wound", "VERB", 1)
    assert not linked("flight", "NOUN", "sail", "VERB", 1)


def test_an_abbreviation_is_spelt_by_the_capitals_of_a_name() -> None:
    doc = dependency_parse("A Port Velmar court fined the Ostrin Bridge Authority on Monday.", entities=False)
    assert [doc[i].text for i in initials_at("PV", doc)] == ["Port", "Velmar"]
    assert [doc[i].text for i in initials_at("OBA", doc)] == ["Ostrin", "Bridge", "Authority"]
    assert initials_at("PVC", doc) == []
    assert initials_at("Port", doc) == []


def test_a_claim_naming_a_place_by_its_initials_or_its_outcome_is_stated(
    similar: Callable[[str, str], bool],
) -> None:
    claim = "A former mill boss was charged in PV with fraud."
    text = "A Port Velmar court charged the former mill boss with fraud."
    assert unstated(claim, text, similar) == ()
    died = "Officials said there is no sign that villagers died in the Karsk floods."
    killed = "There is no indication that villagers were killed in the Karsk floods, officials said."
    assert unstated(died, killed, similar) == ()
    wounded = "There is no indication that villagers were wounded in the Karsk floods, officials said."
    assert unstated(died, wounded, never_similar) == ("died",)


def test_a_hedge_of_thinking_is_stated_by_a_report_but_a_doubt_is_not(
    similar: Callable[[str, str], bool],
) -> None:
    said = "Analysts said Tarnby Mills could open the new plant in 2031."
    assert unstated("Analysts reckon Tarnby Mills could open the new plant in 2031.", said, similar) == ()
    doubted = "Analysts doubted Tarnby Mills could open the new plant in 2031."
    assert "doubted" in unstated(doubted, said, never_similar)


def test_a_finding_that_frames_the_clause_is_stated_by_a_report() -> None:
    """ "a poll found that X" reports X as "X, the poll said" does."""
    said = "Most Ostrin farmers now grow barley, the Velm poll said."
    found = "The Velm poll found that most Ostrin farmers now grow barley."
    assert unstated(found, said, never_similar) == ()
    assert (
        unstated("The Velm poll discovered that most Ostrin farmers now grow barley.", said, never_similar)
        == ()
    )


def test_an_adverb_is_stated_by_its_wordnet_synonym_only() -> None:
    """ "apiece" / "each" share their commonest adverb sense; "later" is no synonym of "earlier"."""
    claim = "Tarnby Mills sold the harvest crates for 4 dollars apiece."
    text = "The harvest crates were sold by Tarnby Mills for 4 dollars each, its price list showed."
    assert unstated(claim, text, never_similar) == ()
    earlier = "Tarnby Mills sold its bonds earlier."
    assert "earlier" in unstated(earlier, "Tarnby Mills sold its bonds later.", never_similar)
    assert not _same_adverb("still", "however", 1)  # "still" in time; "however" holds only its rarer sense


def test_wordnet_links_a_verb_to_a_noun_made_from_its_synonym_or_kind() -> None:
    """ "were cut" / "a reduction", "broke apart" / "its fragmentation", "was attacked" / "the
    bombing": the noun is made from a synonym or a narrower kind of the verb's commonest senses;
    a wider noun does not state a narrower verb, and opposites or rare senses make no link."""
    assert made_from_kin("cut", "VERB", "reduction", "NOUN", False, 1)
    assert made_from_kin("break", "VERB", "fragmentation", "NOUN", False, 1)
    assert made_from_kin("attack", "VERB", "bombing", "NOUN", False, 1)
    assert made_from_kin("attack", "NOUN", "bomb", "VERB", False, 1)
    assert not made_from_kin("bombing", "NOUN", "attack", "VERB", False, 1)
    assert not made_from_kin("rise", "VERB", "fall", "NOUN", False, 1)
    assert not made_from_kin("win", "VERB", "defeat", "NOUN", False, 1)
    assert not made_from_kin("take", "VERB", "study", "NOUN", False, 1)


@pytest.mark.parametrize(
    ("claim", "text", "left"),
    [
        (
            "The Orvel Rovers won the cup final.",
            "The Orvel Rovers celebrated their victory in the cup final.",
            (),
        ),
        ("The rebels attacked the Ostrin depot.", "The rebels claimed the bombing of the Ostrin depot.", ()),
        ("Sales of Tarvel phones grew in May.", "Tarvel reported growth in sales of its phones in May.", ()),
        (
            "The Orvel Rovers won the cup final.",
            "The Orvel Rovers suffered a defeat in the cup final.",
            ("won",),
        ),
        (
            "The rebels bombed the Ostrin depot.",
            "The rebels claimed the attack on the Ostrin depot.",
            ("bombed",),
        ),
    ],
)
def test_a_deed_told_by_a_noun_made_from_its_synonym_is_stated(
    claim: str, text: str, left: tuple[str, ...]
) -> None:
    """ "won" / "their victory", "attacked" / "the bombing", "grew" / "growth": the sentence's noun
    states the claim's verb; "a defeat" does not say "won", nor "the attack" the narrower "bombed"."""
    assert unstated(claim, text, never_similar) == left


@pytest.mark.parametrize(
    ("claim", "text", "left"),
    [
        ("Mayor Brill stepped down in May.", "Mayor Brill announced her resignation in May.", ()),
        ("The Orvel council set up a relief fund.", "The Orvel council established a relief fund.", ()),
        ("The Orvel council established a relief fund.", "The Orvel council set up a relief fund.", ()),
        (
            "Velmar rebels took over the Ostrin airport.",
            "Velmar rebels announced the capture of the Ostrin airport.",
            (),
        ),
        ("The Orvel league broke apart in May.", "The Orvel league announced its fragmentation in May.", ()),
        ("Mayor Brill stepped down in May.", "Mayor Brill announced her election in May.", ("stepped",)),
        (
            "Velmar rebels took over the Ostrin airport.",
            "Velmar rebels announced the loss of the Ostrin airport.",
            ("took",),
        ),
    ],
)
def test_a_verb_with_its_particle_is_read_as_one_verb(claim: str, text: str, left: tuple[str, ...]) -> None:
    """ "stepped down" is WordNet's "step_down": stated by "her resignation", "set up" by
    "established" and the other way round, "broke apart" (its particle too) by "fragmentation";
    "her election" or "the loss" of the airport state neither."""
    assert unstated(claim, text, never_similar) == left


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # the tagger misses "Around 20" as a number at the sentence's start; "Over 20" is a bound
        (
            "Around 20 of the prisoners were reportedly released.",
            "At least 20 of the 90 prisoners were reportedly released.",
        ),
        (
            "Over 20 of the prisoners were reportedly released.",
            "More than 20 prisoners were reportedly released.",
        ),
    ],
)
def test_a_figures_bound_or_approximation_is_the_figures_not_a_word_to_state(claim: str, text: str) -> None:
    assert unstated(claim, text, never_similar) == ()


def test_a_word_outside_the_figure_is_still_content() -> None:
    claim = "Around 20 of the prisoners were released unharmed in Tarnby."
    assert unstated(claim, "At least 20 of the prisoners were released.", never_similar) == (
        "unharmed",
        "Tarnby",
    )


def test_the_one_told_frames_the_report_as_the_saying_does() -> None:
    claim = "The mayor told journalists that the bridge would reopen in May."
    assert unstated(claim, "The bridge will reopen in May, the mayor said.", never_similar) == ()
    assert unstated(claim, "The mayor met journalists at the bridge in May.", never_similar) == ("reopen",)
    told = "Tarn told lawmakers the pier was unsafe."
    assert unstated(told, "Tarn said the pier was unsafe.", never_similar) == ()


@pytest.fixture(scope="module")
def vectors(tiny: FactChecker) -> Callable[[list[str]], list[Any]]:
    return tiny.retriever.corpus().words.vectors


def phrased(claim: str, text: str, vectors: Callable[[list[str]], list[Any]]) -> Alignment:
    tune = CheckTuning()
    return stated_words(
        claim,
        text,
        TokenPool([]),
        never_similar,
        tune.stated_sense_rank,
        tune.stated_arc,
        phrase_vectors=vectors,
        phrase_gain_min=tune.phrase_gain_min,
        phrase_anchored_min=tune.phrase_anchored_min,
        phrase_runs=tune.phrase_runs,
    )


@pytest.mark.parametrize(
    ("claim", "text", "told"),
    [
        (
            "The mayor said the council would keep a close watch on the river levels.",
            "The mayor said the council would closely monitor the river levels.",
            ("keep", "close", "watch"),
        ),
        (
            "The minister said the ferry link would be restored within a month.",
            "The minister said the ferry link would be reopened within a month.",
            ("restored",),
        ),
        (
            "Four little brothers and sisters drowned in the flood in Velm.",
            "Four siblings drowned in the flood in Velm.",
            ("little", "brothers", "sisters"),
        ),
    ],
)
def test_a_run_of_words_told_by_the_sentence_in_other_words(
    claim: str, text: str, told: tuple[str, ...], vectors: Callable[[list[str]], list[Any]]
) -> None:
    alignment = phrased(claim, text, vectors)
    assert alignment.complete
    assert alignment.phrased == told


@pytest.mark.parametrize(
    ("claim", "text", "left"),
    [
        # another deed in the same frame
        (
            "The mayor praised the council's budget plan.",
            "The mayor presented the council's budget plan.",
            "praised",
        ),
        ("Exports rose sharply in March.", "Exports plunged sharply in March.", "rose"),
        # WordNet's opposite, or a sibling kind, however close the model puts them
        (
            "The Velmar plant will stay open until spring.",
            "The Velmar plant will stay closed until spring.",
            "open",
        ),
        ("Police arrested two men after the riot.", "Police arrested two women after the riot.", "men"),
        (
            "Tarn Motors will build trucks at the plant.",
            "Tarn Motors will build cars at the plant.",
            "trucks",
        ),
        # a deed is not told by a quality
        ("Tarn's annual profit jumped to $5m.", "Tarn reported a high annual profit of $5m.", "jumped"),
        # a verb with its subject is a clause, not a phrase told otherwise
        (
            "The Velmar poll found that most local farmers own a tractor.",
            "Tractors are still the machine of choice for younger growers in Velmar.",
            "own",
        ),
        # a negated run is read word by word: the model reads past the "not"
        (
            "The council did not keep a close watch on the river levels.",
            "The council closely monitored the river levels.",
            "watch",
        ),
        # a sentence leaving another word out is no paraphrase of the claim
        (
            "The council would keep a close watch on the river and the harbour.",
            "The council would closely monitor the river.",
            "watch",
        ),
    ],
)
def test_a_run_the_sentence_does_not_tell_stays_unstated(
    claim: str, text: str, left: str, vectors: Callable[[list[str]], list[Any]]
) -> None:
    alignment = phrased(claim, text, vectors)
    assert left in alignment.unstated
    assert not alignment.phrased


def test_phrase_matches_reads_runs_joined_in_the_parse(vectors: Callable[[list[str]], list[Any]]) -> None:
    claim = "The council would keep a close watch on the river."
    doc, sent = dependency_parse(claim), dependency_parse("The council would closely monitor the river.")
    held = {t.i: [s.i for s in sent if s.lower_ == t.lower_] for t in doc if t.lower_ in {"council", "river"}}
    content = [t for t in doc if t.lower_ in {"council", "keep", "close", "watch", "river"}]
    (match,) = phrase_matches(content, sent, held, vectors, CheckTuning.stated_sense_rank)
    assert match.claim_text == "keep close watch"
    assert match.gain > 0


def test_a_country_is_stated_by_another_of_its_names() -> None:
    claim = "Chile has shipped copper to Tarnby for years."
    assert (
        unstated(claim, "The Republic of Chile has shipped copper to Tarnby for years.", never_similar) == ()
    )
    adjective = "Chilean barges shipped copper to Tarnby."
    assert unstated(adjective, "Barges from Chile shipped copper to Tarnby.", never_similar) == ()
    assert unstated(claim, "Peru has shipped copper to Tarnby for years.", never_similar) == ("Chile",)
    # only the context writes the other name: held there, as a name is
    context = "The Republic of Chile signed the deal."
    assert unstated(claim, "It has shipped copper to Tarnby for years.", never_similar, context) == ()


def test_a_closed_compound_is_stated_by_its_two_words() -> None:
    claim = "The warplanes bombed a depot near Tarnby."
    assert unstated(claim, "The war planes bombed a depot near Tarnby.", never_similar) == ()
    assert unstated(claim, "The war crimes bombed a depot near Tarnby.", never_similar) == ("warplanes",)


def test_a_capital_acting_for_its_government_is_stated_by_its_country() -> None:
    """ "Santiago warned" is "Chile warned": a capital that does or owns something is its
    government; a capital as a place ("talks in Santiago") is not stated by its country."""
    assert unstated("Santiago warned the rebels.", "Chile warned the rebels.", never_similar) == ()
    owned = "The rebels lost Santiago's backing."
    assert unstated(owned, "The rebels lost Chile's backing.", never_similar) == ()
    assert (
        unstated("The rebels were armed by Santiago.", "The rebels were armed by Chile.", never_similar) == ()
    )
    credited = "According to Santiago, the rebels came from Tarnby."
    assert unstated(credited, "According to Chile, the rebels came from Tarnby.", never_similar) == ()
    both = "Quito and Santiago warned the rebels."
    assert unstated(both, "Ecuador and Chile warned the rebels.", never_similar) == ()
    assert unstated("The envoy flew from Quito.", "The envoy flew from Ecuador.", never_similar) == ("Quito",)
    place = "The talks were held in Santiago."
    assert unstated(place, "The talks were held in Chile.", never_similar) == ("Santiago",)


def test_a_span_of_time_in_another_unit_is_the_figures_not_a_word_to_state() -> None:
    """ "nearly half a century" and "nearly five decades" give one span: its unit is the
    figure's, which the value checks compare in years; a word of the claim stays a word."""
    claim = "The party held the seat for nearly half a century."
    assert unstated(claim, "The party held the seat for nearly five decades.", never_similar) == ()
    assert unstated(claim, "The guild held the seat for nearly five decades.", never_similar) == ("party",)


def test_a_verb_with_from_and_a_gerund_is_stated_by_a_verb_of_preventing() -> None:
    """ "keep Tarnby from breaking apart" tells preventing: "avoid any fragmentation of Tarnby"
    states it (avoiding, in WordNet, is a kind of preventing); "speed" it does not."""
    claim = "The council wants to keep Tarnby from breaking apart."
    assert unstated(claim, "The council wants to avoid any fragmentation of Tarnby.", never_similar) == ()
    assert unstated(claim, "The council wants to stop Tarnby from breaking apart.", never_similar) == ()
    assert unstated(claim, "The council wants to speed any fragmentation of Tarnby.", never_similar) == (
        "keep",
    )
    assert unstated(
        "The council wants to keep Tarnby.", "The council wants to avoid Tarnby.", never_similar
    ) == ("keep",)


def test_finding_a_sign_says_only_that_the_sign_is_there() -> None:
    """ "Inspectors found no evidence of fraud" is stated by "there is no evidence of fraud": a
    verb of perceiving or finding adds nothing to its sign or evidence; a verb finding anything
    else ("found the stolen money"), or "saw" with another object, is a word to state."""
    assert (
        unstated(
            "Police found no evidence that the money was stolen.",
            "There is no evidence that the money was stolen, police said.",
            never_similar,
        )
        == ()
    )
    assert (
        unstated(
            "The coach has seen signs of progress in the team.",
            "There are signs of progress in the team, the coach said.",
            never_similar,
        )
        == ()
    )
    assert (
        unstated(
            "Inspectors detected traces of lead in the water.",
            "There are traces of lead in the water, inspectors said.",
            never_similar,
        )
        == ()
    )
    assert "found" in unstated(
        "Police found the stolen money in a car.",
        "The stolen money was in a car, police said.",
        never_similar,
    )
    assert "saw" in unstated(
        "The minister saw no reason to resign.",
        "There is no reason to resign, the minister said.",
        never_similar,
    )
    assert "sign" in unstated(
        "The army found no sign of the missing pilot.", "The army lost the missing pilot.", never_similar
    )


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # a joined verb or an -ing clause with no subject of its own has its partner's subject
        ("Herders in Palo launched a protest and stopped the grain convoy.", ()),
        ("A coalition of herders launched a protest, stopping the grain convoy.", ()),
        ("Herders launched a protest on Monday and later stopped the grain convoy.", ()),
        # never the partner's object, another subject, or a passive subject into an -ing clause
        ("Police met herders, stopping the grain convoy.", ("herders",)),
        ("Herders launched a protest, and police stopped the grain convoy.", ("herders",)),
        ("Herders were angered by the levy, stopping the grain convoy.", ("herders",)),
    ],
)
def test_shared_subject(text: str, left: tuple[str, ...]) -> None:
    claim = "The herders stopped the grain convoy."
    assert tuple(w.lower() for w in unstated(claim, text, never_similar)) == left


@pytest.mark.parametrize(
    ("claim", "text", "left"),
    [
        ("The warden was charged.", "The warden was arrested and charged with fraud.", ()),
        ("The warden was charged.", "The warden fled and was charged with fraud.", ()),
        ("The warden charged the clerk.", "The warden was arrested, charging the clerk.", ("warden",)),
        ("The warden charged the clerk.", "Police held the warden and charged the clerk.", ("warden",)),
    ],
)
def test_shared_subject_voice(claim: str, text: str, left: tuple[str, ...]) -> None:
    assert unstated(claim, text, never_similar) == left


@pytest.mark.parametrize(
    ("text", "context", "left"),
    [
        # the part of a named place its neighbours write with the name
        ("Shells hit Palo on Monday.", "The army entered central Palo last week.", ()),
        ("Shells hit central Palo on Monday.", "", ()),
        # never where the neighbours write it of no name, nor where the sentence names another part
        ("Shells hit Palo on Monday.", "The central bank shut last week.", ("central",)),
        ("Shells hit southern Palo on Monday.", "The army entered central Palo last week.", ("central",)),
    ],
)
def test_name_qualifier_in_context(text: str, context: str, left: tuple[str, ...]) -> None:
    tune = CheckTuning()
    aligned = stated_words(
        "Shells hit central Palo.",
        text,
        TokenPool(tokens(context)),
        never_similar,
        tune.stated_sense_rank,
        tune.stated_arc,
        context,
    )
    assert aligned.unstated == left


def test_a_sentence_word_stating_a_claim_word_opposes_no_other() -> None:
    """ "released a week after they had detained her": a sentence telling the detention states the claim's
    own clause; its "detained" is no opposite of "released". Without that clause in the claim it is."""
    tune = CheckTuning()
    text = "Police detained the reporter Ilse Varn at the Tarn border on Monday."

    def opposed(claim: str) -> tuple[tuple[str, str], ...]:
        pool = TokenPool(tokens(""))
        return stated_words(claim, text, pool, never_similar, tune.stated_sense_rank, tune.stated_arc).opposed

    assert (
        opposed("Police released Ilse Varn on Friday, a week after they had detained her at the Tarn border.")
        == ()
    )
    assert opposed("Police released the reporter Ilse Varn at the Tarn border on Monday.") == (
        ("released", "detained"),
    )
