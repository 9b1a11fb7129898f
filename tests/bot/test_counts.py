"""``bot/counts.py``: which number in a sentence counts what the question counts, on hand-made sentences."""

from __future__ import annotations

from bot.api import FactChecker
from bot.counts import (
    age_holder,
    asked_kind_first,
    asks_sum_by_verb,
    brings_about,
    count_ranges,
    counts,
    counts_target,
    echoes_given_figure,
    given_figures,
    group_names,
    hyphened_to_noun,
    of_given_figure,
    plain_counts,
    several_holders,
    without_parts,
)
from bot.question import analyse
from bot.sentences import states_main_verb
from bot.values import parse_quantities
from index.tuning import AnswerTuning
from tests.bot.tiny_index import hand

TUNE = AnswerTuning()


def values(tiny: FactChecker, question: str, *texts: str) -> list[str]:
    hits = [hand(tiny, text, doc=f"{n}.txt", score=0.5) for n, text in enumerate(texts)]
    return [c.value for c in counts(analyse(question), hits, TUNE)]


def test_a_count_of_another_noun_does_not_answer(tiny: FactChecker) -> None:
    """The counted noun must be what is asked: "two bridges" does not say how many cranes."""
    assert values(tiny, "How many cranes did the council close?", "The council closed two bridges.") == []
    assert values(tiny, "How many bridges did the council close?", "The council closed two bridges.") == [
        "two bridges"
    ]


def test_each_source_gives_its_own_candidate_as_written(tiny: FactChecker) -> None:
    """Every sentence's count is a candidate, worded as that source words it ("a dozen", "14")."""
    found = counts(
        analyse("How many cranes did workers rebuild?"),
        [
            hand(tiny, "Workers rebuilt 14 cranes.", doc="a.txt", score=0.5),
            hand(tiny, "Workers rebuilt a dozen cranes, the council said.", doc="b.txt", score=0.5),
        ],
        TUNE,
    )
    assert [(c.value, c.doc) for c in found] == [("14 cranes", "a.txt"), ("a dozen cranes", "b.txt")]
    assert [(c.quantity.low, c.quantity.high) for c in found if c.quantity] == [(14, 14), (12, 12)]


def test_a_compound_or_a_near_synonym_counts_the_asked_noun(tiny: FactChecker) -> None:
    """ "airstrikes" count "strikes" (a compound), "boats" count "vessels" (close in meaning),
    but a merely related noun ("ships"/"boats" falls below the cut-off) does not."""
    assert values(tiny, "How many strikes hit the town?", "Five airstrikes hit the town.") == [
        "Five airstrikes"
    ]
    assert values(tiny, "How many vessels reached the port?", "Nine boats reached the port.") == [
        "Nine boats"
    ]
    assert values(tiny, "How many ships reached the port?", "Nine boats reached the port.") == []


def test_a_coined_noun_counts_the_asked_noun_of_its_kind(tiny: FactChecker) -> None:
    """ "airstrikes" (a word WordNet lacks, headed by "strikes") answer "how many air raids" or
    "bombing runs": the same kind of act, close in the model; not "missiles" (an artifact)."""
    said = "Jets carried out 14 airstrikes on Dravon on Monday."
    assert values(tiny, "How many air raids did jets carry out on Dravon on Monday?", said) == [
        "14 airstrikes"
    ]
    assert values(tiny, "How many bombing runs did jets carry out on Dravon?", said) == ["14 airstrikes"]
    assert values(tiny, "How many missiles did jets fire at Dravon?", said) == []
    assert values(tiny, "How many troops did Dravon send?", "Dravon ordered 14 airstrikes.") == []


def test_a_coinage_does_not_count_what_its_sortie_hit(tiny: FactChecker) -> None:
    """The things struck are not the strikes: "14 airstrikes" do not say how many targets or
    sites were hit, and known nouns of another kind ("missiles") never count "air raids"."""
    said = "Jets carried out 14 airstrikes on Dravon."
    assert values(tiny, "How many targets did jets hit in Dravon?", said) == []
    assert values(tiny, "How many sites did jets hit in Dravon?", said) == []
    assert values(tiny, "How many air raids hit Dravon?", "Nine missiles hit Dravon.") == []


def test_any_people_noun_answers_how_many_people(tiny: FactChecker) -> None:
    """ "residents", "citizens" ... count people whatever else they say."""
    q = analyse("How many people fled the town?")
    hit = hand(tiny, "About 300 residents fled the town.", score=0.5)
    assert counts_target(q, "resident", hit, TUNE) and not counts_target(q, "soldier", hit, TUNE)
    assert values(tiny, "How many people fled the town?", "About 300 residents fled the town.") == [
        "About 300 residents"
    ]


def test_how_much_is_answered_in_money_with_its_currency(tiny: FactChecker) -> None:
    """ "How much" takes an amount of a currency, shown with its unit or symbol."""
    question = "How much did the bridge cost?"
    assert values(tiny, question, "The bridge cost 4 million euros and took 3 years.") == ["4 million euros"]
    assert values(tiny, question, "The bridge cost €4 million.") == ["€4 million"]
    assert values(tiny, question, "The bridge has 4 lanes.") == []


def test_how_long_is_a_span_of_time_next_to_the_question_words(tiny: FactChecker) -> None:
    """ "How long" takes a time unit (kept with its number), and only one whose clause holds the
    question's words: "met 4 times in 2 years" is not how long the repairs lasted."""
    question = "How long did the repairs last?"
    assert values(tiny, question, "The repairs lasted more than two years.") == ["more than two years"]
    both = "The repairs lasted three months, and the council met 4 times in 2 years."
    assert values(tiny, question, both) == ["three months"]
    assert values(tiny, question, "The council has 2 bridges.") == []


def test_an_irregular_past_of_the_asked_verb_ties_a_duration_to_the_question(tiny: FactChecker) -> None:
    """ "How long did the repairs take?" is answered by "... and took more than two years"."""
    assert values(
        tiny, "How long did the repairs take?", "The repairs cost $3 million and took more than two years."
    ) == ["more than two years"]


def test_a_bare_count_right_after_the_asked_verb_answers(tiny: FactChecker) -> None:
    """ "displaced thousands": no counted noun, but it is the object of the asked verb; it
    counts people at large, so not "foreign sailors", whom the sentence does not name."""
    question = "How many people did the storm displace?"
    assert values(tiny, question, "The storm displaced thousands in the villages.") == ["thousands"]
    assert values(tiny, question, "Thousands watched the storm.") == []
    sailors = "How many foreign sailors did the storm displace?"
    assert values(tiny, sailors, "The storm displaced thousands in the villages.") == []


def test_a_people_counted_by_another_noun_is_the_one_named(tiny: FactChecker) -> None:
    """ "How many Norlanders": "Norland ... 318 nationals" counts them when the sentence names
    the country and gives one counted number."""
    question = "How many Norlanders did the ship carry?"
    assert values(tiny, question, "Norland said the ship carried 318 nationals home.") == ["318 nationals"]
    assert values(tiny, question, "Norland said the ship carried 318 nationals and 20 cars.") == []


def test_the_count_beside_the_question_words_scores_higher(tiny: FactChecker) -> None:
    """Of two counts of the asked noun in one sentence, the one whose clause holds more of the
    question's words ("at the pier") ranks first."""
    text = "Workers repaired 6 cranes at the dock and 3 cranes at the pier."
    found = counts(analyse("How many cranes were repaired at the pier?"), [hand(tiny, text, score=0.5)], TUNE)
    best = max(found, key=lambda c: c.score)
    assert [c.value for c in found] == ["6 cranes", "3 cranes"] and best.value == "3 cranes"


def test_a_group_of_people_answers_how_many_people_only_without_a_people_count(tiny: FactChecker) -> None:
    """ "killing 22 volunteers" answers "how many people were killed"; where the sentence also
    counts people as such, the subgroup ("8 children") is not a second answer."""
    q = "How many people were killed in the attack on the convoy?"
    assert values(tiny, q, "The attack on the convoy killed 22 volunteers.") == ["22 volunteers"]
    assert values(tiny, q, "The attack on the convoy killed 20 people and 8 children.") == ["20 people"]
    assert values(tiny, q, "The attack on the convoy destroyed 18 trucks.") == []


def test_a_body_of_people_under_orders_counts_its_members(tiny: FactChecker) -> None:
    """ "killed 14 troops", "six government forces died", "30 staff were hurt": a collective noun
    WordNet files under personnel counts people; a body counted as units (battalions, teams,
    families) counts none, and a count under another verb never answers."""
    q = "How many people were killed when the depot near Orvel was shelled?"
    assert values(tiny, q, "Shelling of the depot near Orvel killed 14 troops.") == ["14 troops"]
    assert values(tiny, q, "Shelling of the depot near Orvel killed six government forces.") == [
        "six government forces"
    ]
    assert values(tiny, q, "Shelling of the depot near Orvel killed two battalions' worth of mules.") == []
    assert values(tiny, q, "Shelling of the depot near Orvel wiped out three teams.") == []
    hurt = "How many people were hurt when the grain silo in Tarn collapsed?"
    assert values(tiny, hurt, "The collapse of the grain silo in Tarn hurt 30 staff.") == ["30 staff"]
    assert values(tiny, hurt, "The collapse of the grain silo in Tarn killed 30 staff.") == []
    assert values(tiny, hurt, "The collapse of the grain silo in Tarn hurt four families.") == []


def test_a_group_of_people_must_be_under_the_asked_verb(tiny: FactChecker) -> None:
    """ "How many people were wounded" is not answered by a group counted as killed."""
    q = "How many people were wounded in the raid on the market?"
    assert values(tiny, q, "At least 17 civilians were killed in the raid on the market.") == []
    assert values(tiny, q, "The raid on the market wounded 30 civilians.") == ["30 civilians"]
    both = "Hundreds of guards were killed in the raid on the market and many were wounded."
    assert values(tiny, q, both) == []  # the sentence says "wounded", but not of the guards


def test_a_count_of_people_under_another_verb_of_the_sentence_does_not_answer(tiny: FactChecker) -> None:
    """ "killed 9 people and wounded 40 people": the nine were killed, so "how many were
    wounded" takes only the count its own verb says was wounded."""
    q = "How many people were wounded in the blast at the ferry port?"
    text = "The blast at the ferry port killed 9 people and wounded 40 people."
    assert values(tiny, q, text) == ["40 people"]
    died = "How many people died in the blast at the ferry port?"
    assert values(tiny, died, text) == ["9 people"]
    unparsed = "How many people did the air raids on the ferry port, near the old pier, kill in May?"
    assert (
        values(tiny, unparsed, "Twelve people were killed including at least two sailors.")[0]
        == "Twelve people"
    )


def test_the_asked_verb_may_be_stated_by_a_word_of_the_same_meaning(tiny: FactChecker) -> None:
    """ "How many people died" is answered by "four civilians were killed"."""
    q = "How many people died when the shells hit the old town?"
    assert values(tiny, q, "Four civilians were killed when the shells hit the old town.") == [
        "Four civilians"
    ]


def test_how_old_is_answered_by_an_age_only(tiny: FactChecker) -> None:
    """ "How old" asks for an age; another span of years ("the 13-year war") does not answer."""
    q = "How old was the bomber who attacked the wedding?"
    assert values(tiny, q, "The bomber who attacked the wedding was 19 years old.") == ["19 years old"]
    assert values(tiny, q, "The bomber who attacked the wedding fought in the 13-year war.") == []


def test_a_death_toll_counts_people_killed(tiny: FactChecker) -> None:
    """ "What was the death toll" is answered by the people a sentence says were killed (or
    died), not by people wounded or evacuated."""
    q = "What was the death toll of the attack on the two villages?"
    assert values(tiny, q, "The attack on the two villages killed more than 50 people.") == [
        "more than 50 people"
    ]
    assert values(tiny, q, "The attack on the two villages wounded 30 people.") == []


def test_people_a_deed_killed_answer_how_many_died(tiny: FactChecker) -> None:
    """ "killing nine people" says how many died ("died"/"killing" compared as "die"/"kill"),
    while a deed of another kind ("wounding nine people") does not."""
    q = "How many people died when jets hit the Velm market?"
    assert values(tiny, q, "Jets struck the Velm market, killing nine people.") == ["nine people"]
    assert values(tiny, q, "Jets struck the Velm market, wounding nine people.") == []


def test_a_count_of_deaths_answers_how_many_people_died(tiny: FactChecker) -> None:
    """ "Three deaths were recorded" counts people who died; injuries, or deaths asked of no dying, do not."""
    text = "The Tarvel clinic recorded three deaths and 22 injuries after the blast."
    assert values(tiny, "How many people died in the Tarvel blast?", text) == ["three deaths"]
    assert values(tiny, "How many people were killed in the Tarvel blast?", text) == ["three deaths"]
    assert values(tiny, "How many people were hurt in the Tarvel blast?", text) != ["three deaths"]


def test_a_kind_of_the_asked_noun_answers(tiny: FactChecker) -> None:
    """WordNet files "children" under "kid": "how many kids" is answered by "11 children"."""
    q = "How many kids were killed by the barrel bomb?"
    assert values(tiny, q, "The barrel bomb killed 11 children.") == ["11 children"]


def test_how_far_is_answered_by_a_length(tiny: FactChecker) -> None:
    """ "How far" asks for a length (WordNet: a linear unit), not for another count."""
    q = "How far from schools must the cafes be?"
    assert values(tiny, q, "The cafes must be at least 200 metres from schools.") == ["at least 200 metres"]
    assert values(tiny, q, "The cafes near schools number 300 outlets.") == []


def test_how_far_behind_is_answered_by_a_margin_not_money_or_time(tiny: FactChecker) -> None:
    """ "How far behind" asks a gap between rivals ("six points"), not a length, a sum or a time."""
    q = "How far behind Ostrin were the Hadley Rovers?"
    assert values(tiny, q, "Hadley Rovers trail Ostrin by six points in the league.") == ["six points"]
    assert values(tiny, q, "Hadley Rovers paid $5m for a striker 10 days ago.") == []


def test_people_answer_for_the_asked_kind_of_person_the_sentence_names(tiny: FactChecker) -> None:
    """ "One in 8 voters - 3 million people - backs it": the people are the voters (8 is a
    ratio's base); a sentence naming no voters does not count them."""
    q = "How many Velmar voters back the plan?"
    ratio = "One in 8 Velmar voters - 3 million people - backs the plan."
    assert values(tiny, q, ratio) == ["3 million people"]
    assert values(tiny, q, "In Velmar 3 million people back the plan.") == []


def test_what_share_of_is_answered_by_a_percentage(tiny: FactChecker) -> None:
    """ "What share of Velmar drivers are women" asks a proportion: the percentage answers."""
    q = "What share of Velmar drivers are women?"
    assert values(tiny, q, "Of the 2 million Velmar drivers, 40% are women.")[0] == "40%"


def test_how_much_without_a_noun_takes_money_a_percentage_or_a_measure(tiny: FactChecker) -> None:
    """ "How much did sales fall" may be a percentage, "how much can it hold" a measure
    (WordNet: a unit of measurement); a count of things is no amount."""
    assert values(tiny, "How much did the sales fall?", "The sales fell 4% last year.") == ["4%"]
    assert values(tiny, "How much can the tank hold?", "The tank can hold 500 litres.") == ["500 litres"]
    assert values(tiny, "How much can the tank hold?", "The tank has 3 valves.") == []


def test_what_is_x_worth_takes_a_sum_not_a_share_or_a_difference(tiny: FactChecker) -> None:
    """ "What is the club worth" asks a sum of money: a stake in it ("a 30% stake") is no worth,
    and "$2m less debt" is the difference between two bids, not a value of the club."""
    value = "The offer values the Dunmoor club at $300m."
    stake = "The Holt family owns a 30% stake in the Dunmoor club."
    less = "The Dunmoor club's new offer carries $2m less debt."
    question = "What is the Dunmoor club worth under the new offer?"
    assert values(tiny, question, value, stake, less) == ["$300m"]
    assert values(tiny, "How much is the Dunmoor club worth?", value, stake) == ["$300m"]


def test_a_change_question_takes_the_change_and_a_level_question_the_level(tiny: FactChecker) -> None:
    """After a verb of change, "to N" is the new level and "by N" (or N right after the verb)
    the change: "by how much did it fall" takes the change, "what were the total sales" the level."""
    text = "The brewer's sales dipped 3% to 40bn euros in 2020."
    assert values(tiny, "By how much did the brewer's sales fall?", text) == ["3%"]
    assert values(tiny, "What were the brewer's total sales?", text) == ["40bn euros"]
    rise = "Net profit was $5bn, up nearly $2bn from a year earlier."
    assert values(tiny, "How much did the bakery's net profit increase?", rise) == ["$2bn"]
    assert values(tiny, "How much did the bakery earn?", "The bakery earned $9m, down from $12m.") == ["$9m"]


def test_how_much_can_it_hold_takes_a_measure_glued_to_its_number_not_money(tiny: FactChecker) -> None:
    """ "How much can X hold" is a capacity: "8GB" answers, the price "$149" does not."""
    text = "The new player costs $149 and can hold 8GB of songs."
    assert values(tiny, "How much can the new player hold?", text) == ["8GB"]


def test_how_often_is_answered_by_a_frequency(tiny: FactChecker) -> None:
    """ "How often" asks for a frequency ("every 30 minutes", "twice a week"), not a count."""
    q = "How often does the ferry sail to the island?"
    assert values(tiny, q, "The ferry sails to the island every 30 minutes.") == ["every 30 minutes"]
    assert values(tiny, q, "The ferry sails to the island twice a week with 80 cars.") == ["twice a week"]


def test_a_currency_named_with_its_country_is_written_whole(tiny: FactChecker) -> None:
    """ "9bn Swiss francs": the answer keeps the name before the currency word."""
    text = "The firm's revenue was 9bn Swiss francs last year."
    assert values(tiny, "How much revenue did the firm make?", text) == ["9bn Swiss francs"]


def test_what_was_the_score_is_answered_by_a_score(tiny: FactChecker) -> None:
    """ "What was the score" asks for a result ("6-4 7-5"), never for a count in the sentence."""
    q = "What was the score when Smith beat Jones in the final?"
    text = "Smith beat Jones 6-4 7-5 in the final in front of 5,000 fans."
    assert values(tiny, q, text) == ["6-4 7-5"]


def test_a_score_states_what_the_score_question_asks(tiny: FactChecker) -> None:
    """ "What was the score when X beat Y" is answered by a sentence giving a score, whatever
    its verb ("losing 6-4 7-5"); a sentence with no score does not answer it."""
    q = analyse("What was the score when Smith knocked Jones out?")
    assert tiny._answerer._states(q, hand(tiny, "Jones was outplayed by Smith, losing 6-4 7-5.", score=0.5))
    assert not tiny._answerer._states(q, hand(tiny, "Smith knocked Jones out in the final.", score=0.5))


def test_how_big_a_share_is_an_amount_not_a_count(tiny: FactChecker) -> None:
    """ "How big a stake" asks a size: a percentage answers, a count of things does not."""
    q = "How big a stake in the club does the fund hold?"
    assert values(tiny, q, "The fund owns 12% of the club.") == ["12%"]
    assert values(tiny, q, "The fund has 3 directors on the club's board.") == []
    assert values(tiny, "How large a majority does the mayor have?", "The mayor has a 4,120 majority.") == [
        "4,120 majority"
    ]


def test_how_big_is_asks_the_size_of_the_copulas_subject(tiny: FactChecker) -> None:
    """ "How big was the fraud" asks an amount of the fraud, as "how big a fraud" does."""
    q = "How big was the tax fraud at Velmar Holdings?"
    assert values(tiny, q, "Velmar Holdings admitted a $40m tax fraud.") == ["$40m"]


def test_a_bracketed_conversion_is_not_another_amount(tiny: FactChecker) -> None:
    """ "$40m (£31m)": the pounds are the writer's conversion, no value of their own, unless the
    question asks in that currency; what follows the bracket is said of the amount it converts."""
    q = "How much did the Ostrin bridge cost?"
    assert values(tiny, q, "The Ostrin bridge cost $40m (£31m) to build.") == ["$40m"]
    assert values(tiny, "How much did the Ostrin bridge cost in pounds?", "The bridge cost $40m (£31m).") == [
        "£31m"
    ]  # asked in pounds: the dollars are no answer
    q = "What were Brannock's total sales in 2010?"
    text = "Brannock lost 2% to 8.1bn francs ($1.2bn; £0.9bn) in 2010 as sales of kettles slowed."
    found = {c.value: c.score for c in counts(analyse(q), [hand(tiny, text, score=0.5)], TUNE)}
    alone = counts(analyse(q), [hand(tiny, "Brannock lost 2% to 8.1bn francs, it said.", score=0.5)], TUNE)
    assert "$1.2bn" not in found and "£0.9bn" not in found
    assert found["8.1bn francs"] > next(
        c.score for c in alone if c.value == "8.1bn francs"
    )  # "in 2010 ... sales"


def test_people_counted_under_another_verb_do_not_answer(tiny: FactChecker) -> None:
    """ "How many people were wounded" is not answered by "killed at least 17 people"."""
    q = "How many people were wounded in the raid on the market?"
    assert values(tiny, q, "The raid on the market killed at least 17 people.") == []
    assert values(tiny, q, "The raid on the market wounded 30 people.") == ["30 people"]


def test_how_many_things_underwent_a_verb_needs_that_verb(tiny: FactChecker) -> None:
    """ "How many houses were destroyed" asks for houses destroyed: a count of houses the storm
    only reached is about something else; a synonym of the verb still answers."""
    q = "How many houses were destroyed by the storm in Velmar?"
    assert values(tiny, q, "The storm in Velmar reached 40 houses on the coast.") == []
    assert values(tiny, q, "The storm in Velmar destroyed 40 houses on the coast.") == ["40 houses"]
    assert values(tiny, q, "The storm in Velmar wrecked 40 houses on the coast.") == ["40 houses"]
    stative = "How many houses are included in the Velmar district?"
    assert values(tiny, stative, "The Velmar district encompasses 40 houses.") == ["40 houses"]


def test_the_answer_keeps_describing_words_between_number_and_noun(tiny: FactChecker) -> None:
    """ "40 rebel-held towns" is said as written, not cut to a bare "40"."""
    q = "How many towns did the rebels hold in Velmar?"
    assert values(tiny, q, "In Velmar the rebels held 40 rebel-held towns by May.") == ["40 rebel-held towns"]


def test_a_count_another_named_party_makes_does_not_answer_for_the_asked_one(tiny: FactChecker) -> None:
    """ "How many kettles did Brannock sell" is not answered by Philips's sales where Brannock is
    named too; an unnamed seller ("the firm") may be the asked one."""
    question = "How many kettles did Brannock sell last year?"
    rival = "Analysts expect Philips to sell 40,000 kettles this winter, ahead of Brannock."
    assert values(tiny, question, rival) == []
    assert values(tiny, question, "Brannock sold 12,000 kettles last year.") == ["12,000 kettles"]
    assert values(tiny, question, "The firm sold 12,000 kettles last year.") == ["12,000 kettles"]


def test_members_another_party_owns_are_not_the_asked_partys(tiny: FactChecker) -> None:
    """ "How many members does the Orchard League have" is not "one of Marsh Party's three members"
    nor "The Marsh Party lost one of its three members"."""
    question = "How many councillors did the Orchard League have when it began?"
    assert (
        values(
            tiny, question, "Ann Pell joined the Orchard League as one of Marsh Party's three councillors."
        )
        == []
    )
    assert (
        values(tiny, question, "The Marsh Party has lost one of its three councillors to the Orchard League.")
        == []
    )
    assert values(tiny, question, "The Orchard League began with three councillors.") == ["three councillors"]


def test_nouns_compounded_onto_the_counted_noun_must_be_stated(tiny: FactChecker) -> None:
    """ "How many car insurance customers" is not answered by a count of customers of anything."""
    question = "How many car insurance customers does Pellam have?"
    assert values(tiny, question, "Pellam has 3 million customers in the north.") == []
    assert values(tiny, question, "Pellam has 3 million car insurance customers.") == [
        "3 million car insurance customers"
    ]
    joined = values(tiny, "How many fire engines did the town buy?", "The town bought six fireengines.")
    assert joined == ["six fireengines"]  # the kind word joined to the noun


def test_a_how_much_question_names_its_sum_by_its_verb(tiny: FactChecker) -> None:
    """ "How much did it cost to build the bridge" is answered where building costs are stated,
    not by the tolls it took; the sentence before may state the verb ("X earned most. It
    banked £5m.")."""
    q = analyse("How much did it cost to build the Ansel bridge?")
    assert asks_sum_by_verb(q)
    took = hand(tiny, "The Ansel bridge took £3m in tolls in its first year.", score=0.5)
    cost = hand(tiny, "The Ansel bridge cost £40m to build.", score=0.5)
    assert not states_main_verb(q.text, took) and states_main_verb(q.text, cost)
    earn = "How much did the Ansel ferry earn last year?"
    banked = hand(tiny, "The ferry banked £5m.", score=0.5)
    assert not states_main_verb(earn, banked)
    assert states_main_verb(
        earn, banked, "The Ansel ferry earned more than any other line. The ferry banked £5m."
    )
    assert not asks_sum_by_verb(analyse("How much did the toll go up in May?"))  # a change
    assert not asks_sum_by_verb(analyse("How much can the tank hold?"))  # a capacity


def test_what_sum_questions_need_their_verb_stated_too() -> None:
    """ "What profit does X expect" needs "expect" (or a synonym) where the profit is stated."""
    assert asks_sum_by_verb(analyse("What profit does Brannock expect this spring?"))


def test_a_duration_is_measured_on_its_subject_not_done_by_it(tiny: FactChecker) -> None:
    """ "How long had Marsh rule lasted" measures the rule: a clause naming who ended it
    ("the Orchard League won, ending 40 years of Marsh rule") still states how long."""
    question = "How long had Marsh rule lasted when the Orchard League won?"
    assert values(tiny, question, "The Orchard League won the vote, ending 40 years of Marsh rule.") == [
        "40 years"
    ]


def test_several_does_not_answer_how_many(tiny: FactChecker) -> None:
    """ "How many foreign fighters were killed?" is not answered by "including several foreign
    fighters"; "including 12 foreign fighters" answers it."""
    q = "How many foreign fighters were killed in Ostrin?"
    assert values(tiny, q, "The army killed 40 militants in Ostrin including several foreign fighters.") == []
    assert values(tiny, q, "The army killed 40 militants in Ostrin including 12 foreign fighters.") == [
        "12 foreign fighters"
    ]


def test_the_count_after_the_subjects_noun_of_phrase_is_the_subjects_own() -> None:
    from bot.counts import of_subject
    from bot.values import parse_quantities

    def own(text: str, chosen: list[str]) -> list[str]:
        found = parse_quantities(text)
        picked = [x for x in found if x.text in chosen]
        return [x.text for x in of_subject("Orvel", text, picked, found, 4)]

    text = (
        "Its total population is 9,120 (of which the population of Orvel amounts to 2,310, the rest rural)."
    )
    assert own(text, ["9,120"]) == ["2,310"]
    assert own("The population of Orvel grew by 3% to 2,310.", ["2,310"]) == ["2,310"]
    assert own("12 people were killed in Orvel and 5 in Sarn.", ["12", "5"]) == ["12", "5"]
    assert own("The area of Orvel is 80 km.", []) == []


def test_a_number_hyphened_to_its_noun_gives_way_to_the_plain_count(tiny: FactChecker) -> None:
    """ "a 12-lorry column" describes the column: "7 lorries" is how many were hit."""
    text = "The inquiry found that 7 lorries from a 12-lorry column were destroyed near Orvel."
    assert values(tiny, "How many lorries were destroyed near Orvel?", text) == ["7 lorries"]


def test_a_part_of_the_dead_said_to_be_of_the_asked_kind_answers(tiny: FactChecker) -> None:
    """ "9 of the dead were rebels" answers how many of those killed were rebels."""
    text = "The Varna Monitor said at least 9 of the dead were rebels."
    assert values(tiny, "How many of those killed in the Orvel blast were rebels?", text) == ["at least 9"]


def test_a_count_of_the_asked_kind_outranks_people_at_large(tiny: FactChecker) -> None:
    """ "how many rebels": "9 rebels" answers; "20 people were killed" holds others too."""
    q = analyse("How many rebels were killed in the Orvel blast?")
    hits = [
        hand(
            tiny,
            "At least 20 people were killed in the Orvel blast, among them rebels.",
            doc="a.txt",
            score=0.6,
        ),
        hand(tiny, "The monitor said 9 rebels were killed in the Orvel blast.", doc="b.txt", score=0.5),
    ]
    found = counts(q, hits, TUNE)
    assert {c.value for c in found} == {"At least 20 people", "9 rebels"}
    assert [c.value for c in asked_kind_first(q, found)] == ["9 rebels"]
    assert [c.value for c in asked_kind_first(q, found[:1])] == ["At least 20 people"]


def test_a_sibling_of_the_asked_product_does_not_answer(tiny: FactChecker) -> None:
    """ "How much can the Velmar mini hold" is not answered by the Velmar shuffle's figure (the
    same name with another qualifier), while a sentence naming the mini, or the name alone, is;
    a verb after the name ("did Velmar sell") qualifies nothing."""
    question = "How much can the new Velmar mini hold?"
    mini = "The Velmar mini can now hold 6GB of music."
    shuffle = "The new Velmar shuffle can hold 512MB of music."
    bare = "The smaller Velmar can hold 2GB, the firm said."
    assert values(tiny, question, mini, shuffle) == ["6GB"]
    assert values(tiny, question, bare) == ["2GB"]
    fighters = "Velmar fighters said the new Velmar mini can hold 5GB."
    assert values(tiny, question, fighters) == ["5GB"]  # people of that name are no sibling product
    shares = "Velmar shares rose after it sold 3 million phones."
    assert values(tiny, "How many phones did Velmar sell?", shares) == [
        "3 million phones"
    ]  # a verb, no qualifier


def test_a_bare_count_doing_the_asked_verb_counts_its_times(tiny: FactChecker) -> None:
    """ "How many times has the Orbit app been downloaded": "two million have downloaded it"
    counts the downloads; "two million users like it" does not."""
    q = analyse("How many times has the Orbit app been downloaded?")
    did = hand(tiny, "Ostrin Soft said two million have downloaded the Orbit app.", score=0.6)
    assert [c.value for c in counts(q, [did], TUNE)] == ["two million"]
    liked = hand(tiny, "Ostrin Soft said two million like the Orbit app.", score=0.6)
    assert counts(q, [liked], TUNE) == []


def test_a_bare_count_of_the_deed_stays_beside_a_count_of_times(tiny: FactChecker) -> None:
    """Sources giving "three million times" and "two million have downloaded it" both answer."""
    q = analyse("How many times has the Orbit app been downloaded?")
    did = hand(tiny, "Ostrin Soft said two million have downloaded the Orbit app.", score=0.6)
    times = hand(tiny, "The Orbit app has been downloaded three million times.", doc="b.txt", score=0.6)
    found = asked_kind_first(q, counts(q, [did, times], TUNE))
    assert sorted(c.value for c in found) == ["three million times", "two million"]


def test_a_count_glossed_by_the_asked_noun_counts_it(tiny: FactChecker) -> None:
    """ "12 trillion floating point operations, or calculations" counts calculations; a count
    glossed by another noun does not."""
    q = analyse("How many calculations a second can the Velmar chip handle?")
    glossed = hand(
        tiny, "The Velmar chip can handle 12 trillion floating point operations, or calculations.", score=0.6
    )
    assert [c.value for c in counts(q, [glossed], TUNE)] == ["12 trillion floating point operations"]
    other = hand(
        tiny, "The Velmar chip can handle 12 trillion floating point operations, or flops.", score=0.6
    )
    assert counts(q, [other], TUNE) == []


def test_members_of_the_asked_group_are_counted_under_another_noun(tiny: FactChecker) -> None:
    """ "how many Velmar Front fighters": a source calling them "Velmar Front militants" counts
    them (so does one naming the group in full for its initials); militants of another group,
    or unnamed, do not."""
    question = "How many Velmar Front fighters did the air raids kill?"
    assert values(tiny, question, "The air raids killed 31 Velmar Front militants.") == ["31"]
    initials = "How many VF fighters did the air raids kill?"
    assert values(tiny, initials, "The air raids killed 31 Velmar Front militants.") == ["31"]
    assert values(tiny, question, "The air raids killed 31 Ostrin Army militants.") == []
    assert values(tiny, question, "The air raids killed 31 militants.") == []


def test_members_named_by_an_of_phrase_count_the_asked_group(tiny: FactChecker) -> None:
    """ "how many Velmar Front fighters": "18 members of the Velmar Front" counts them; members
    of another group do not."""
    question = "How many Velmar Front fighters did the air raid kill?"
    assert values(tiny, question, "The air raid killed 18 members of the Velmar Front.") == ["18 members"]
    assert values(tiny, question, "The air raid killed 18 members of the Ostrin Army.") == []


def test_a_group_name_with_a_hyphened_particle_is_named_whole(tiny: FactChecker) -> None:
    """ "how many Dar el-Velm fighters": the group's name runs on through a lower-case particle
    joined by a hyphen ("el-Velm"), so "7 members of Dar el-Velm" counts them, and members
    of another group sharing the last word do not."""
    assert group_names("How many Dar el-Velm fighters were killed?", "fighter") == ["Dar el-Velm"]
    question = "How many Dar el-Velm fighters did the ambush kill?"
    said = "The ambush killed seven members of Dar el-Velm, a monitor said."
    assert values(tiny, question, said) == ["seven members"]
    other = "The ambush killed seven members of Beit el-Velm, a monitor said."
    assert values(tiny, question, other) == []


def test_the_next_broader_word_for_the_asked_people_counts_them(tiny: FactChecker) -> None:
    """ "how many Velmarian citizens were evacuated": "evacuated 210 nationals" counts them (a
    non-citizen is no national); "adults" do not count "men", women being adults too."""
    said = "Velmaria evacuated 210 nationals stranded in Ostrin."
    assert values(tiny, "How many Velmarian citizens were evacuated?", said) == ["210 nationals"]
    adults = "Velmaria evacuated 210 adults stranded in Ostrin."
    assert values(tiny, "How many men were evacuated?", adults) == []


def test_a_converted_sum_is_answered_in_the_asked_currency(tiny: FactChecker) -> None:
    """ "the A$4bn offer ... worth in US dollars": the conversion in dollars answers, not the
    stated sum nor the one in pounds."""
    hit = hand(
        tiny, "Velmar Wines rejected an offer worth 4bn Australian dollars ($3.1bn; £2.2bn).", score=0.5
    )
    question = analyse("What was Keldby's A$4bn offer for Velmar Wines worth in US dollars?")
    assert [c.value for c in counts(question, [hit], TUNE)] == ["$3.1bn"]


def test_a_sum_keeps_the_country_letters_of_its_currency_sign(tiny: FactChecker) -> None:
    """ "A$40m" is Australian dollars: the answer says so, as written."""
    found = values(
        tiny, "How much did Keldby spend on the Velmar stake?", "Keldby spent A$40m on the Velmar stake."
    )
    assert found == ["A$40m"]


def test_people_counted_for_another_deed_are_not_the_asked_kind(tiny: FactChecker) -> None:
    """ "How many raiders took part": "raiders struck the depot after 14 people were killed"
    names raiders but counts the dead; people who did the asked deed still answer."""
    q = "How many raiders took part in the Orvelle depot attack?"
    killed = "In May the raiders struck the Orvelle depot again after 14 people were killed there."
    assert values(tiny, q, killed) == []
    took = "Some raiders - about 30 people - took part in the Orvelle depot attack."
    assert values(tiny, q, took) == ["about 30 people"]


def test_a_count_the_sentence_includes_in_another_is_a_part_not_the_whole() -> None:
    """ "including five porters" counts some of the 15 people: the whole answers, the part does
    not; a count that merely follows another ("and 40 were hurt") is kept."""
    text = "The ferry fire in Tarvik killed 15 people including five porters, officials said."
    chosen = parse_quantities(text)
    assert [x.low for x in without_parts(text, chosen)] == [15]
    among = "At least 30 villagers died in Ostria, among them 12 herders."
    assert [x.low for x in without_parts(among, parse_quantities(among))] == [30]
    both = "The storm killed 15 people and injured 40 others in Tarvik."
    assert [x.low for x in without_parts(both, parse_quantities(both))] == [15, 40]


def test_a_part_belongs_to_the_count_just_before_it() -> None:
    """ "two porters died in Velm and another 12 people, among them four porters, in Tarn": the
    four are part of Tarn's 12, not of Velm's two, so both porter counts stay."""
    text = "The fire killed two porters in Velm and another 12 people among them four porters in Tarn."
    every = parse_quantities(text)
    porters = [x for x in every if x.unit == "porter"]
    assert [x.low for x in without_parts(text, porters, every)] == [2, 4]


def test_a_spelled_number_with_a_hyphen_is_a_plain_count() -> None:
    """ "Thirty-one ferries" counts ferries plainly; "a 12-ferry fleet" and "a twelve-ferry fleet"
    describe the fleet, so a plain count beside them is the one the verb is about."""
    assert not hyphened_to_noun("Thirty-one") and not hyphened_to_noun("ninety-nine")
    assert hyphened_to_noun("12-ferry") and hyphened_to_noun("twelve-ferry")
    spelled = "Thirty-one ferries sailed from Tarvik this spring, compared with 52 the spring before."
    assert [x.low for x in plain_counts(parse_quantities(spelled))] == [31, 52]
    fleet = "Seven ferries from a twelve-ferry fleet were sold."
    assert [x.low for x in plain_counts(parse_quantities(fleet))] == [7]


def test_a_count_of_wordnet_kin_the_model_reads_alike_answers(tiny: FactChecker) -> None:
    """ "2,000 cables" answers "how many electric cords" (both conductors, model-close);
    a count of another kind of thing in the sentence does not."""
    found = values(
        tiny,
        "How many electric cords did Tarvo recall?",
        "Tarvo recalled 2,000 cables and 14 kettles after a fault.",
    )
    assert found == ["2,000 cables"]


def test_another_kind_of_person_does_not_answer_though_the_model_reads_it_alike(tiny: FactChecker) -> None:
    """The sentence model reads "teachers" and "pupils", "soldiers" and "civilians" alike, but a
    report counts them against each other: "14 pupils were hurt" says nothing of teachers."""
    said = "Shells hit the Orvel school and 14 pupils were hurt."
    assert values(tiny, "How many teachers were hurt at the Orvel school?", said) == []
    assert values(tiny, "How many soldiers died in Dravon?", "Nine civilians died in Dravon.") == []
    assert values(tiny, "How many pupils were hurt at the Orvel school?", said) == ["14 pupils"]


def test_an_age_answers_only_for_the_person_it_describes(tiny: FactChecker) -> None:
    """ "How old is Kelvin Marr": not the age of another name, nor of "a boy" in a sentence that
    does not name him; his own apposition or "aged 63" answers."""
    asked = "How old was Kelvin Marr, the driver killed in Velm?"
    assert values(tiny, asked, "Crews pulled 9-year-old Tomas Brill from the rubble in Velm.") == []
    assert values(tiny, asked, "A 12-year-old boy was hurt in Velm.") == []
    assert values(tiny, asked, "Marr, a 34-year-old driver, died in Velm.") == ["34-year-old"]
    assert values(tiny, asked, "Kelvin Marr died in Velm aged 63.") == ["63"]


def test_a_holder_described_by_a_common_noun_takes_a_named_persons_age(tiny: FactChecker) -> None:
    """ "How old was the driver" names no one: "Tomas Brill, 41," may be the driver, while "how
    old was Kelvin Marr" still takes no other name's age."""
    said = "Police named the driver as 41-year-old Tomas Brill from Ostrava."
    assert values(tiny, "How old was the driver arrested by Velm police?", said) == ["41-year-old"]
    assert values(tiny, "How old was Kelvin Marr, the driver arrested by Velm police?", said) == []
    assert age_holder("how old were the two young Velmari guards?") == ""
    assert age_holder("How old is Ada Brill?") == "Ada Brill"


def test_an_age_range_is_one_age(tiny: FactChecker) -> None:
    """ "aged between 18 and 25" answers with the range whole; its second number is no age of its own."""
    said = "The recruits, aged between 18 and 25, arrived in Velm on Monday."
    assert values(tiny, "How old were the recruits who arrived in Velm?", said) == ["between 18 and 25"]
    assert values(tiny, "How old were the pupils?", "The pupils, aged 6 to 9, sang in Velm.") == ["6 to 9"]


def test_the_ages_of_several_asked_holders_are_one_list(tiny: FactChecker) -> None:
    """ "How old were the two guards": the sentence's two ages together, not either alone; "how old
    was the guard" keeps each age apart."""
    said = "They named the guards as 31-year-old Ada Brill and 28-year-old Tomas Orr."
    assert values(tiny, "How old were the two guards shot in Velm?", said) == ["31-year-old and 28-year-old"]
    assert several_holders("How old were the two guards?")
    assert not several_holders("How old was the guard?")
    assert values(tiny, "How old was the guard shot in Velm?", said) == ["31-year-old", "28-year-old"]


def test_a_bare_count_answers_only_right_after_the_asked_verb(tiny: FactChecker) -> None:
    """ "Floods displaced thousands" answers "how many were displaced"; in "15 in Orvel and
    another six in Brask" the word before "six" is a name, and a comma parts "raids, 15"."""
    assert values(tiny, "How many were displaced by the floods?", "The floods displaced thousands.") == [
        "thousands"
    ]
    said = "The monitor said 21 civilians died in raids, 15 in Orvel and another six in Brask."
    assert values(tiny, "How many were wounded in the raids around Orvel?", said) == []


def test_a_bare_number_is_no_sum(tiny: FactChecker) -> None:
    """ "How much does it cost" wants a sum with its currency: "version 2.40" is no price."""
    asked = "How much does the paid version of the Velmar browser cost?"
    assert values(tiny, asked, "Velmar will release its version 2.40 by the end of the year.") == []
    assert values(tiny, asked, "The paid version of the Velmar browser costs $39.") == ["$39"]


def test_a_figure_per_unit_is_a_rate_not_a_count() -> None:
    from bot.counts import asks_rate, is_rate

    text = "There were 612 people in the parish, or 84.5 inhabitants per square mile (32.6/km2)."
    found = {text[x.start : x.end]: x for x in parse_quantities(text)}
    assert not is_rate(text, found["612"])
    assert is_rate(text, found["84.5"])
    assert is_rate(text, found["32.6"])
    assert asks_rate("How many inhabitants per square mile does Tallow Creek have?")
    assert not asks_rate("What is the population of Tallow Creek?")


def test_another_outlets_label_answers_for_the_asked_people(tiny: FactChecker) -> None:
    """ "how many insurgents were killed" is answered by "killing 23 militants" in a sentence
    stating the deed, never by a count of civilians, nor by militants who did another deed."""
    q = "How many insurgents were killed in the raids on Dorvel on Tuesday?"
    assert values(tiny, q, "Jets hit Dorvel on Tuesday, killing 23 militants.") == ["23 militants"]
    assert values(tiny, q, "Jets hit Dorvel on Tuesday, killing 23 civilians.") == []
    assert values(tiny, q, "Jets hit Dorvel on Tuesday and 23 militants fled the town.") == []


def test_the_dead_left_by_the_deed_answer_how_many_died(tiny: FactChecker) -> None:
    """ "left 14 dead and 60 wounded" says fourteen died: "the dead" are people, and the noun
    states the asked verb; the wounded did not die."""
    q = "How many died in the fighting near Ostrava Ridge on Monday?"
    text = "Heavy fighting near Ostrava Ridge left at least 14 dead and 60 wounded on Monday."
    assert values(tiny, q, text) == ["at least 14 dead"]
    hurt = "How many people were wounded in the fighting near Ostrava Ridge on Monday?"
    assert "at least 14 dead" not in values(tiny, hurt, text)
    fled = "How many people has the drought in Marvessa displaced?"
    other = "The drought in Marvessa has killed 9000 people and displaced millions."
    assert "9000 people" not in values(tiny, fled, other)


def test_a_price_for_each_of_many_things_is_not_the_worth_of_the_whole(tiny: FactChecker) -> None:
    """ "What was the bid worth" is not answered by the price of one share ("A$2.85-a-share")
    but by the bid's sum; a question naming the share asks that price, and a
    sum for a stretch of time ("£38,000 a year") is kept."""
    asked = "What was Brannock's bid for the Velmar brewery worth?"
    per_share = "The Velmar brewery called Brannock's A$2.85-a-share bid too low."
    whole = "The Velmar brewery turned down a bid worth 5.6bn Australian dollars from Brannock."
    assert values(tiny, asked, per_share, whole) == ["5.6bn Australian dollars"]
    assert values(tiny, "How much was Brannock's bid per share?", per_share) == ["A$2.85"]
    salary = "The Velmar brewer's contract is worth £38,000 a year."
    assert values(tiny, "What is the Velmar brewer's contract worth?", salary) == ["£38,000"]


def test_a_number_hyphened_to_its_unit_is_shown_as_that_many_units(tiny: FactChecker) -> None:
    """ "How long is the suspension": "a six-year suspension" says six years, and the "41" of "the
    41-year-old" is an age, not the suspension's length."""
    asked = "How long is the suspension given to the Velmar cyclist Orla Penn?"
    said = "The Velmar cyclist Orla Penn, a 41-year-old, was given a six-year suspension."
    assert values(tiny, asked, said) == ["six years"]


def test_the_asked_verbs_agent_noun_counts_the_people_who_do_it(tiny: FactChecker) -> None:
    """ "How many people visited X" is answered by a count of X's visitors, whatever verb carries
    it; a count of other people, or of people who undergo the deed, does not answer."""
    assert values(
        tiny,
        "How many people visited the Orvel fair last year?",
        "The Orvel fair draws 40,000 visitors a year.",
    ) == ["40,000 visitors"]
    assert values(tiny, "How many people voted in the Orvel poll?", "The Orvel poll drew 9,000 voters.") == [
        "9,000 voters"
    ]
    assert (
        values(
            tiny, "How many people visited the Orvel fair last year?", "The Orvel fair employs 300 guides."
        )
        == []
    )
    assert values(tiny, "How many people did the nurses visit?", "The nurses had 30 visitors.") == []


def test_another_word_for_the_doers_of_the_asked_deed_counts_them(tiny: FactChecker) -> None:
    """ "How many suicide bombers struck the depot" is answered by "three suicide attackers struck
    the depot" (bombing is a kind of attacking); a count doing another deed is not."""
    question = "How many suicide bombers struck the Dorvan depot?"
    assert values(tiny, question, "Three suicide attackers struck the Dorvan depot.") == [
        "Three suicide attackers"
    ]
    assert values(tiny, question, "Three suicide attackers were arrested near the Dorvan depot.") == []


def test_a_figure_the_question_names_its_event_by_picks_that_events_sentences(tiny: FactChecker) -> None:
    """ "the storm that left 40 dead": the sentence giving 40 as the whole tells that storm; a
    count from a sentence without it, or one where 40 is smaller than the count, is another toll."""
    question = "In the storm that left 40 dead in Korvath, how many of the victims were sailors?"
    found = counts(
        analyse(question),
        [
            hand(
                tiny,
                "Forty people, among them 12 sailors, died when the storm hit Korvath.",
                doc="a.txt",
                score=0.5,
            ),
            hand(tiny, "A storm killed 19 people including five sailors in Varn.", doc="b.txt", score=0.5),
            hand(tiny, "Since May 70 sailors and 40 fishermen have died at sea.", doc="c.txt", score=0.5),
        ],
        TUNE,
    )
    assert [c.value for c in of_given_figure(question, found)] == ["12 sailors"]
    assert of_given_figure("How many sailors died in the Korvath storm?", found) == found
    assert of_given_figure("During the 48-hour storm, how many sailors died?", found) == found


def test_a_figure_the_question_gives_is_never_its_answer(tiny: FactChecker) -> None:
    """ "of the 30 dead, how many were miners": a count of 30 only echoes the question; a
    question giving no figure, or another one, or a day of a month, keeps the count."""
    question = "How many of the 30 people killed in the Dravel mine flood were miners?"
    hit = hand(tiny, "The flood at the Dravel mine killed 30 people.", doc="a.txt", score=0.5)
    found = counts(analyse(question), [hit], TUNE)
    assert [c.value for c in found] == ["30 people"]
    assert echoes_given_figure(given_figures(question), found[0])
    assert not echoes_given_figure(given_figures("How many people died in the Dravel mine flood?"), found[0])
    assert not echoes_given_figure(given_figures("How many of the 12 people rescued were miners?"), found[0])
    assert not echoes_given_figure(given_figures("How many died in the flood of 30 May?"), found[0])


def test_a_count_given_as_a_range_is_answered_whole(tiny: FactChecker) -> None:
    """ "30 to 40 kettles" is one count from 30 to 40; a change from one figure to another is none."""
    q = "How many kettles will the shop sell?"
    assert values(tiny, q, "The shop will sell 30 to 40 kettles.") == ["30 to 40 kettles"]
    assert values(tiny, q, "The shop will sell between 30 and 40 kettles.") == ["between 30 and 40 kettles"]
    assert values(tiny, q, "The shop raised its order from 30 to 40 kettles.") == ["40 kettles"]


def test_a_count_range_between_bare_figures_is_one_count(tiny: FactChecker) -> None:
    """ "Between 40 and 60 kilns" is one count, both ends; "rose from 8 to 12 kilns" is a change
    to 12, and "8 kilns and 12 ovens" two counts of two things."""
    asked = "How many kilns does the pottery guild run?"
    assert values(tiny, asked, "The pottery guild runs between 40 and 60 kilns.") == [
        "between 40 and 60 kilns"
    ]
    assert values(tiny, asked, "The kilns the pottery guild runs rose from 8 to 12 kilns.") == ["12 kilns"]
    assert values(tiny, asked, "The pottery guild runs 8 kilns and 12 ovens.") == ["8 kilns"]


def test_a_range_of_sums_keeps_both_currency_signs() -> None:
    """ "$3m to $4m" is one sum as written; the first number is no count of its own."""
    text = "The mill fetched $3m to $4m at auction."
    found = parse_quantities(text)
    assert list(count_ranges(text, found[1:], found).values()) == ["$3m to $4m", None]


def test_a_state_question_naming_the_deed_takes_the_count_it_happened_to(tiny: FactChecker) -> None:
    """ "How many pupils were among those hurt": the count the hurting happened to answers; a
    state question naming no deed still leaves it out."""
    text = "The storm swept the valley, and 40 pupils were injured by falling slates."
    assert values(tiny, "How many pupils were among the villagers injured?", text) == ["40 pupils"]
    assert values(tiny, "How many pupils are in the village?", text) == []


def test_the_nth_time_something_happens_counts_n_times(tiny: FactChecker) -> None:
    """ "The fifth time the dock was shut" says it was shut five times; a first time gives no count."""
    q = "How many times did the council shut the ferry dock?"
    assert values(tiny, q, "It was the fifth time the council shut the ferry dock this year.") == ["5 times"]
    assert values(tiny, q, "It was the 12th time the council shut the ferry dock.") == ["12 times"]
    assert values(tiny, q, "Monday was the first time councillors shut the ferry dock.") == []


def test_a_present_passive_asks_how_things_are_in_any_verb(tiny: FactChecker) -> None:
    """ "How many ferries are stranded" asks how things are now: "40 ferries are stuck" says it;
    "were sunk" still needs its own verb."""
    now = "How many ferries are stranded at the Velmar quay?"
    assert values(tiny, now, "About 40 ferries are stuck at the Velmar quay.") == ["About 40 ferries"]
    done = "How many ferries were sunk at the Velmar quay?"
    assert values(tiny, done, "About 40 ferries were moored at the Velmar quay.") == []


def test_asked_how_long_an_act_lasted_a_span_of_another_act_beside_it_gives_way(tiny: FactChecker) -> None:
    """ "How long had the siege lasted": "an eight-year siege" answers, not "four decades of
    rule" in the same sentence (the plain figure would otherwise win over the hyphened one)."""
    text = "The port fell after an eight-year siege and four decades of Brill rule."
    assert values(tiny, "How many years had the siege of the port lasted?", text) == ["eight years"]
    assert values(tiny, "How many years had the Brill rule lasted?", text) == ["four decades"]


def test_a_toll_value_written_with_people_counts_the_dead(tiny: FactChecker) -> None:
    """ "The death toll rose to 14 people" says how many died, as the bare "rose to 14" does; a
    toll of a narrower kind ("14 children") is a part, and a span of days is no toll."""
    asked = "How many people died in the Keldby landslide?"
    assert values(
        tiny, asked, "The death toll from the Keldby landslide rose to 14 people, officials said."
    ) == ["14 people"]
    assert (
        values(tiny, asked, "The death toll from the Keldby landslide rose to 14 children, officials said.")
        == []
    )
    assert values(tiny, asked, "The Keldby landslide blocked the road for 14 days, officials said.") == []


def test_a_participle_of_the_asked_verb_counts_the_people_it_befell(tiny: FactChecker) -> None:
    """ "Left 40 injured" counts the injured for "how many were injured", "30 arrested" the
    arrested; another deed's participle ("40 injured" for "how many were killed") does not answer."""
    assert values(tiny, "How many people were injured in the derby?", "The derby crush left 40 injured.") == [
        "40 injured"
    ]
    assert values(
        tiny, "How many people were arrested at the derby?", "Police reported 30 arrested after the derby."
    ) == ["30 arrested"]
    assert (
        values(tiny, "How many people were killed in the derby crush?", "The derby crush left 40 injured.")
        == []
    )
    assert (
        values(
            tiny, "How many people were arrested at the derby?", "Police reported 30 injured after the derby."
        )
        == []
    )


def test_a_capitalised_asked_noun_after_the_figure_is_what_it_counts(tiny: FactChecker) -> None:
    """ "150 Velmarians have been held" counts Velmarians though the reader takes capitalised
    words for names; another capitalised noun ("40 Republicans" for Democrats) does not answer."""
    assert values(
        tiny, "How many Velmarians were kidnapped?", "Until now 150 Velmarians have been kidnapped."
    ) == ["150"]
    assert values(tiny, "How many Democrats were detained?", "In all, 40 Democrats were detained.") == ["40"]
    assert (
        values(
            tiny,
            "How many Democrats were detained?",
            "In all, 40 Republicans were detained.",
        )
        == []
    )


def test_a_participle_synonym_of_the_asked_verb_counts_too(tiny: FactChecker) -> None:
    """ "Some 40 injured" answers "how many were wounded" (one WordNet meaning), not "how many
    died"."""
    text = "Two stewards died and some 40 injured at the velodrome."
    assert values(tiny, "How many people were wounded at the velodrome?", text) == ["some 40 injured"]
    assert "some 40 injured" not in values(tiny, "How many people died at the velodrome?", text)


def test_others_after_a_count_of_people_are_people(tiny: FactChecker) -> None:
    """ "N others" after people ("two riders ... 20 others", "one person ... 20 others") counts
    more people; after things ("a stand ... 20 others") it counts things."""
    asked = "How many people were hurt at the velodrome?"
    assert values(tiny, asked, "The velodrome collapse killed one person and hurt 20 others.") == [
        "20 others"
    ]
    assert values(tiny, asked, "Two riders died and 20 others were hurt at the velodrome.") == ["20 others"]
    assert values(tiny, asked, "The velodrome storm wrecked a stand and damaged 20 others.") == []
    assert values(
        tiny,
        "How many people died at the velodrome?",
        "Two riders died and 20 others were hurt at the velodrome.",
    ) == ["Two riders"]


def test_a_bare_figure_counts_the_verb_it_is_the_subject_of(tiny: FactChecker) -> None:
    """ "Police said 30 were hurt": the thirty were hurt, so they answer "how many were hurt"
    and never "how many were killed", though "killed" comes before them in the sentence."""
    text = "Police said 3 were killed and 30 were hurt in the Keldby pile-up."
    assert values(tiny, "How many people were hurt in the Keldby pile-up?", text) == ["30"]
    assert values(tiny, "How many people were killed in the Keldby pile-up?", text) == ["3"]
    assert values(
        tiny,
        "How many people were rescued from the Keldby mine?",
        "Rescuers said 30 were rescued from the Keldby mine.",
    ) == ["30"]


def test_a_kind_of_person_placed_among_a_group_is_a_part_of_it(tiny: FactChecker) -> None:
    """ "Two cyclists were among those hurt" does not say how many people were hurt, but it
    does say how many cyclists were; without "among" the cyclists are the hurt counted."""
    text = "Two cyclists were among those hurt at the velodrome."
    assert values(tiny, "How many people were hurt at the velodrome?", text) == []
    assert values(tiny, "How many cyclists were hurt at the velodrome?", text) == ["Two cyclists"]
    assert values(
        tiny, "How many people were hurt at the velodrome?", "Two cyclists were hurt at the velodrome."
    ) == ["Two cyclists"]


def test_a_deed_that_brings_about_the_asked_one_counts_those_it_befell(tiny: FactChecker) -> None:
    """ "A landslide killed 12" and "killing 12" say twelve died: killing causes dying (WordNet),
    so a bare count after it answers "how many died"; so does a way of killing ("executed 12")
    for "how many were killed". A deed causing no death ("injured 12", "arrested 12") does not
    answer "how many died", nor does a killing answer "how many were wounded"."""
    died = "How many people died in the Ostrin landslide?"
    assert values(tiny, died, "A landslide near Ostrin killed 12 on Tuesday.") == ["12"]
    assert values(tiny, died, "The landslide buried the Ostrin road on Tuesday, killing nine.") == ["nine"]
    assert values(tiny, died, "The Ostrin landslide killed 30 and injured 50.") == ["30"]
    assert values(tiny, died, "The Ostrin landslide injured 12, rescuers said.") == []
    assert values(tiny, died, "Police arrested 12 after the Ostrin landslide.") == []
    assert values(tiny, "How many people were killed in Keldby?", "Gunmen executed 12 in Keldby.") == ["12"]
    assert values(tiny, "How many people were wounded in Keldby?", "Gunmen killed 12 in Keldby.") == []
    assert brings_about("kill", "die", 0)
    assert brings_about("massacre", "die", 0)
    assert not brings_about("injure", "die", 0)
    assert not brings_about("die", "kill", 0)


def test_a_count_left_in_a_state_is_counted_by_that_state(tiny: FactChecker) -> None:
    """ "The landslide left 30 people dead" says thirty died, not that they were left: the state
    after the counted noun is their deed for "how many died/were killed", and not for "how many
    were injured"; a state of another kind ("homeless") says no death."""
    dead = "The Ostrin landslide left 30 people dead and 40 people injured."
    assert values(tiny, "How many people died in the Ostrin landslide?", dead) == ["30 people"]
    assert values(tiny, "How many people were killed in the Ostrin landslide?", dead) == ["30 people"]
    assert values(tiny, "How many people were hurt in the Ostrin landslide?", dead) == ["40 people"]
    homeless = "The Ostrin landslide left 300 people homeless."
    assert values(tiny, "How many people died in the Ostrin landslide?", homeless) == []
