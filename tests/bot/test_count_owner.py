"""Whose count: a toll of another doer's deed, or another speaker's figure, is not the claim's."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.count_owner import (
    amount_of,
    amounted_thing,
    another_doers_count,
    another_owner,
    asked_doer,
    count_doers,
    count_possessor,
    count_speaker,
    count_subject,
    count_verb,
    counted_verb,
    counts,
    may_name_speaker,
    named_doer,
    other_speakers,
    repeated_deed,
    same_doer,
)
from bot.nlp import dependency_parse
from bot.stance import _quantity_clash, same_count
from bot.types import Stance
from bot.values import Quantity, parse_quantities
from index.tuning import CheckTuning


def never_similar(a: str, b: str) -> bool:
    return False


def count(text: str, value: float) -> Quantity:
    return next(q for q in parse_quantities(text) if q.low == value)


def owner(claim: str, claim_value: float, text: str, value: float) -> str:
    return another_owner(claim, count(claim, claim_value), text, count(text, value), never_similar)


ROCKETS = "Three people died when rebels fired rockets on Tarvel on Monday."


def test_a_toll_of_another_doers_strikes_is_not_the_claims_toll() -> None:
    strikes = "At least 45 people were killed in Velmar government air strikes after rebels fired rockets on Tarvel."
    assert count_doers(strikes, count(strikes, 45)) == ["Velmar government"]
    assert owner(ROCKETS, 3, strikes, 45) == "a count by Velmar government, not rebels"
    same_shape = "Seven people were killed when rebels fired rockets on Tarvel on Monday."
    assert owner(ROCKETS, 3, same_shape, 7) == ""  # the rebels' own toll: it may refute


def test_a_plain_adjective_on_the_act_is_no_doer() -> None:
    vote = "Attendance at the polls, which dropped to 48% in the last municipal election in 1990, worries the council."
    assert count_doers(vote, count(vote, 48)) == []
    assert owner("Attendance at the 1990 municipal election dropped to 58%.", 58, vote, 48) == ""


def test_a_day_on_the_act_is_when_not_who() -> None:
    banned = "Velm coach Ilse Brandt was banned from game-day coaching duties for six weeks."
    assert count_doers(banned, count(banned, 6)) == []
    assert owner("Ilse Brandt got a ten-week ban for insulting a steward.", 10, banned, 6) == ""


def test_a_count_by_another_subject_is_not_the_claims() -> None:
    claim = "Marlow won two of its five awards."
    assert owner(claim, 2, "Leigh received three awards for the play.", 3) == "a count by Leigh, not Marlow"
    assert owner(claim, 2, "Marlow won three of its five awards.", 3) == ""


def test_the_name_a_counts_clause_gives_as_its_doer() -> None:
    claim = "Norland Bank gave the harbour fund a $50,000 donation."
    assert named_doer(claim, count(claim, 50_000)) == "Norland Bank"
    plain = "The bank gave the harbour fund a $50,000 donation."
    assert named_doer(plain, count(plain, 50_000)) == ""  # no name: any bank's figure may answer


def test_a_figure_a_speaker_claimed_is_answered_only_by_that_speaker() -> None:
    claim = "The Red Hand claimed its fighter killed 40 people in the attack."
    assert count_speaker(claim, count(claim, 40)) == "Red Hand"
    assert (
        owner(claim, 40, "The monitor said 31 people were killed in the attack.", 31)
        == "Red Hand's own figure"
    )
    assert owner(claim, 40, "The Red Hand said its fighter killed 35 people.", 35) == ""
    assert count_speaker(
        "IS claimed its fighter killed 40 people.", count("IS claimed its fighter killed 40 people.", 40)
    )


def test_doers_are_the_same_by_name_or_initials_and_plain_kind_words_only_match_themselves() -> None:
    assert same_doer("the us", "U.S. forces", never_similar)
    assert same_doer("rebels", "Islamist rebels", never_similar)
    assert not same_doer("rebels", "Velmar government", never_similar)
    assert not same_doer("Government forces", "Rebels", never_similar)
    assert not same_doer("Marlow", "Leigh", never_similar)


def test_others_are_more_of_the_thing_counted_before() -> None:
    six, thirty = counts("The blast killed six people and wounded 30 others.")
    assert (six.unit, thirty.unit) == ("people", "people")


def test_a_bound_before_a_currency_sign_bounds_the_sum() -> None:
    """ "under $250,000" is at most 250,000 dollars: $239,850 fits it."""
    (q,) = counts("The re-release earned under $250,000.")
    assert (q.low, q.high, q.unit) == (0.0, 250_000.0, "dollar")


def test_a_number_before_its_participle_counts_what_happened_to_them() -> None:
    """ "leaving at least three killed and 30 wounded": three killed, not three "killed"s."""
    text = "The rockets hit Tarvel, leaving at least three killed and 30 wounded."
    three = next(q for q in counts(text) if q.low == 3)
    assert (three.unit, counted_verb(text, three)) == ("", "kill")
    claim = "Three people died when rockets hit Tarvel."
    assert same_count(count(claim, 3), "die", three, "kill", lambda a, b: {a, b} == {"die", "kill"})


@pytest.mark.parametrize(
    ("text", "figure", "verb"),
    [
        (
            "On March 3 the navy fired two missiles at the Velm harbour leaving 40 sailors killed and some 20 wounded",
            40,
            "kill",
        ),
        ("The fire gutted the Dorn warehouse leaving 12 workers injured and dozens homeless", 12, "injure"),
        ("Floods swept the valley, leaving 40 farmers stranded.", 40, "strand"),
    ],
)
def test_the_participle_written_after_a_result_verbs_object_is_what_befell_them(
    text: str, figure: int, verb: str
) -> None:
    """ "leaving 40 sailors killed": the sailors were killed, wherever the parse hung "killed"."""
    counted = next(q for q in counts(text) if q.low == figure)
    assert counted_verb(text, counted) == verb


def test_a_result_verbs_object_with_no_participle_after_it_keeps_the_verb() -> None:
    """ "left 12 people without power": nothing is written of what befell them as a participle."""
    text = "The storm left 12 towns without power."
    (towns,) = counts(text)
    assert counted_verb(text, towns) == "leave"


def test_the_asked_doer_is_the_named_subject_of_the_questions_verb() -> None:
    assert asked_doer("How many kettles did Brannock sell in May?") == "Brannock"
    assert asked_doer("How much did it cost to build the bridge?") == ""  # a pronoun names no one
    assert asked_doer("How many Velmar soldiers died?") == ""  # the subject is what is counted
    assert asked_doer("How long was the strike that Brannock workers began?") == ""  # a copula


def test_a_possessive_names_whose_the_counted_things_are() -> None:
    text = "The Marsh Party has lost one of its three councillors."
    assert count_possessor(text, count(text, 3)) == "Marsh Party"
    text = "Ann Pell was one of Marsh Party's three councillors."
    assert count_possessor(text, count(text, 3)) == "Marsh Party"
    sold = "Philips sold 40,000 kettles."
    assert another_doers_count("Brannock", sold, count(sold, 40000))
    command = "The Velmar Northern Command (VENCOM) fired 12 rockets."
    assert not another_doers_count("VENCOM", command, count(command, 12))  # its short name
    unnamed = "The firm sold 40,000 kettles."
    assert not another_doers_count("Brannock", unnamed, count(unnamed, 40000))


def test_a_participles_count_belongs_to_its_main_clauses_subject() -> None:
    """ "Marlow topped the chart after taking $12m": Marlow took the $12m, so it is not the
    takings of another film the question names."""
    for text in (
        "Marlow topped the chart after taking $12m.",
        "The comedy Marlow topped the chart, taking $12m.",
    ):
        assert "Marlow" in count_subject(text, count(text, 12_000_000))
        assert another_doers_count("Ansel", text, count(text, 12_000_000))


def test_the_first_day_of_a_dated_pair_is_not_a_count() -> None:
    """ "on 4 and 5 July" names two days: only the toll is a count, so a source giving the toll
    alone gives all the claim's numbers."""
    assert [q.text for q in counts("At least 30 people were killed in Velmora on 4 and 5 July 2015.")] == [
        "At least 30"
    ]
    assert [q.text for q in counts("Gunmen killed 4 and wounded 5 people in Velmora.")] == ["4", "5"]


def test_a_year_after_its_nouns_possessive_is_which_year_not_how_many() -> None:
    assert [q.text for q in counts("Velcor's loans arm rescued its 2019 profits.")] == []
    assert [(q.text, q.unit) for q in counts("Velcor's 2019 profits rose 20%.")] == [("20", "percent")]
    assert [q.low for q in counts("The rebels killed 2000 soldiers in 2019.")] == [2000]


def test_the_noun_a_sum_or_a_share_measures() -> None:
    def of(text: str) -> list[str]:
        return [amount_of(text, q) for q in counts(text)]

    assert of("Velcor made a profit of $30m.") == ["profit"]
    assert of("Velcor posted a $30m profit.") == ["profit"]
    assert of("Velcor's sales rose 5% last year.") == ["sale"]
    assert of("Profits at Velcor rose to $30m.") == ["profit"]
    assert of("Velcor earned $5m.") == [""]  # a company, not a measure
    assert of("Workers rebuilt 14 cranes.") == [""]  # a count of things is its own noun


def test_a_count_before_an_unpunctuated_attribution_belongs_to_the_verb_before_it() -> None:
    """Without commas the parser may make "12 people" the subject of "said"; the people were
    killed, the monitor said so. A count that really is the speaker keeps its own verb."""
    text = "A bomb in Ostrin killed 12 people on Friday a monitor said."
    assert count_verb(dependency_parse(text), count(text, 12)).lower_ == "killed"
    bound = "The strike wounded more than 30 civilians residents said."
    assert count_verb(dependency_parse(bound), count(bound, 30)).lower_ == "wounded"
    speakers = "Twelve people said they saw the blast in Tarvel."
    assert count_verb(dependency_parse(speakers), count(speakers, 12)).lower_ == "said"


def test_counts_two_named_speakers_report_are_two_sources_figures() -> None:
    """One article quoting two named sources gives two figures; an anaphoric speaker ("the
    monitor", "it") or none at all may be the other's own, so those are not told apart."""
    monitor = "Four villagers died in the shelling of Tarvik, the Velmar Rights Monitor said."
    agency = "The state agency ONA said the shelling killed two people."
    again = "The monitor also said two villagers were killed."
    unsaid = "Two villagers were killed in the shelling."
    police = "Ostrian police said seven people were hurt."
    police_again = "Three people were hurt in the blast, Ostrian police said."
    four, two = count(monitor, 4), count(agency, 2)
    assert other_speakers(monitor, four, agency, two)
    assert not other_speakers(monitor, four, again, count(again, 2))
    assert not other_speakers(monitor, four, unsaid, count(unsaid, 2))
    assert not other_speakers(police, count(police, 7), police_again, count(police_again, 3))


def test_only_a_text_with_a_speech_verb_may_name_a_counts_speaker() -> None:
    """The cheap test before a parse: "said", "confirming", "reports" may give a speaker."""
    assert may_name_speaker("Nine people died, Velmar police said.")
    assert may_name_speaker("the agency ONA confirming at least four dead")
    assert not may_name_speaker("Nine people died in the Tarvik blast on Friday.")


def test_a_count_reported_or_believed_to_have_suffered_a_deed_counts_that_deed() -> None:
    said = {
        "At least 20 people were reported killed in Velm on Sunday.": "kill",
        "Up to 10 clinics in Tarn were reported to have been damaged last week.": "damage",
        "About 30 villagers are believed to have died in the Ostra flood.": "die",
    }
    for text, deed in said.items():
        assert [counted_verb(text, q) for q in counts(text)] == [deed]
    # a deed asked of them, not done: the count is of those asked
    asked = "Forty families in Velm were ordered to leave their homes."
    assert [counted_verb(asked, q) for q in counts(asked)] == ["order"]


def test_a_reported_toll_answers_a_claim_of_the_deed_done() -> None:
    reported, claim = (
        "Twelve soldiers were said to have been killed near Tarn.",
        "Twelve soldiers were killed near Tarn.",
    )
    (r,), (c,) = counts(reported), counts(claim)
    assert same_count(c, counted_verb(claim, c), r, counted_verb(reported, r), lambda a, b: False)


def test_one_countrys_two_names_are_one_doer_of_a_count() -> None:
    """ "Chilean troops" and "the army of Chile" name one country's side by two of its names, so
    a count by one is the other's; two countries' troops stay two doers."""
    never = lambda _a, _b: False  # noqa: E731
    assert same_doer("Chilean troops", "the army of Chile", never)
    assert not same_doer("Chilean troops", "Peruvian troops", never)


def test_a_figure_framed_as_what_something_is_set_to_be_counts_no_framing_deed() -> None:
    """ "is expected to be worth" tells the figure as "is worth" does: a verb framing a "to be"
    clause is no deed done to the thing counted, so two framings of one figure count alike."""
    framed = "The Velmar ferry trade is expected to be worth about £40m by 2030."
    other = "The ferry trade was worth £12m in 2020 but is forecast to be worth £40m by 2030."
    (f,) = counts(framed)
    assert counted_verb(framed, f) == ""
    assert [counted_verb(other, q) for q in counts(other)] == ["", ""]
    # a deed told in the clause is still the count's verb
    done = "About 30 villagers are believed to have died in the Ostra flood."
    assert [counted_verb(done, q) for q in counts(done)] == ["die"]


def test_the_sentence_giving_a_framed_figure_for_its_year_supports_it(tiny: FactChecker) -> None:
    """The claim's figure for its year, framed otherwise ("predicted to be" / "forecast to be"),
    agrees; the same sentence's other year's figure does not refute it."""
    corpus = tiny.retriever.corpus()
    claim = "The Velmar ferry trade is predicted to be worth about £40m by 2030."
    text = "The ferry trade was worth £12m in 2020 but is forecast to be worth £40m by 2030."
    clash = _quantity_clash(claim, text, corpus, CheckTuning())
    assert clash is not None and clash.stance is Stance.SUPPORTS


def test_a_relative_clauses_count_belongs_to_the_noun_it_describes() -> None:
    """ "its rival, Tarvel Two, which sold 9,000 copies": Tarvel Two sold them, so the figure is
    not the asked product's own, while an unnamed "the old model, which sold" may be."""
    text = "The sequel outsold its rival, Ansel Two, which sold 9,000 copies in a week."
    assert "Ansel Two" in count_subject(text, count(text, 9000))
    assert another_doers_count("Brannock", text, count(text, 9000))
    plain = "The old model, which sold 9,000 copies, was cheaper."
    assert not another_doers_count("Brannock", plain, count(plain, 9000))


def test_a_bare_figure_given_as_the_subjects_amount_counts_the_subject() -> None:
    """ "The marchers numbered about 300" counts 300 marchers, "the ferry crossings ran into the
    hundreds" hundreds of crossings; a figure after another verb, a pronoun subject or an exact
    figure in "in the" keep no noun."""
    (marchers,) = counts("The marchers in Tarvel numbered about 300.")
    assert (marchers.unit, marchers.low, marchers.high) == ("marcher", 270.0, 330.0)
    (crossings,) = counts("Last summer the ferry crossings to Velm ran into the hundreds.")
    assert (crossings.unit, crossings.low) == ("crossing", 200)
    (tolls,) = counts("The harbour fees amounted to a dozen.")
    assert tolls.unit == "fee"
    assert counts("They numbered 300.")[0].unit == ""
    assert counts("The river climbed to 40.")[0].unit == ""
    assert counts("The marchers waited at 40.")[0].unit == ""  # waiting adds up to nothing
    assert amounted_thing(None, count("Prices rose to 40.", 40)) == ""


def test_times_counts_the_deeds_of_the_verb_it_repeats() -> None:
    """ "shelled the depot five times": five shellings; "times" with no verb, or another count, repeats nothing."""
    text = "Velmar gunboats shelled the depot five times on Monday."
    assert repeated_deed(text, counts(text)[0]) == "shell"
    text = "The Tarn ferry crossed the bay twelve times."
    assert repeated_deed(text, counts(text)[0]) == "cross"
    text = "Velmar gunboats shelled 12 depots."
    assert repeated_deed(text, counts(text)[0]) == ""


def test_a_range_between_two_figures_is_one_count_for_verdicts() -> None:
    (q,) = counts("The navy sank between 30 and 60 boats off Tarn.")
    assert (q.low, q.high, q.unit) == (30, 60, "boat")
