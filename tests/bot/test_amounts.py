"""Which number in a sentence of change is the change and which the level, and frequencies."""

from __future__ import annotations

from bot.amounts import (
    Role,
    acted_on,
    another_match,
    asks_change,
    asks_margin,
    change_against_level,
    change_direction,
    changed_things,
    fits_asked,
    frequencies,
    names_another_player,
    reversed_change,
    role,
    same_change,
    score_clash,
    scores,
)
from bot.values import parse_quantities


def _roles(text: str) -> list[tuple[str, str]]:
    return [(x.text, role(text, x).value) for x in parse_quantities(text)]


def test_to_is_the_new_level_from_the_old_and_by_the_change() -> None:
    """After a verb of change (rise, fall, dip, ...) "to N" is the new level,
    "from N" the old one, "by N" or N right after the verb the change."""
    assert _roles("Exports fell by 12% to 300 tonnes.") == [("12", Role.CHANGE), ("300", Role.NEW)]
    assert _roles("Profit was $4m, down from $6m.") == [("4m", Role.PLAIN), ("6m", Role.OLD)]
    assert _roles("Sales rose 8% to 9 million.") == [("8", Role.CHANGE), ("9 million", Role.NEW)]


def test_a_number_before_a_noun_of_change_is_the_change() -> None:
    """ "a 22% fall", "a $5m rise": the number measures the change."""
    assert _roles("The airline reported a 22% fall in profits.") == [("22", Role.CHANGE)]


def test_a_number_before_a_comparative_is_a_difference() -> None:
    """ "$2m less debt" and "10% higher" compare two levels: the number is no level itself."""
    assert _roles("The new bid carries $2m less debt than the last.") == [("2m", Role.CHANGE)]
    assert _roles("Fares in Dunmoor are 10% higher.") == [("10", Role.CHANGE)]
    assert _roles("The bid values the club at $300m.") == [("300m", Role.PLAIN)]
    assert _roles("More than 300 fans came.") == [("More than 300", Role.PLAIN)]


def test_a_change_question_is_by_how_much_or_a_word_of_change() -> None:
    assert asks_change("By how much did the revenue fall?")
    assert asks_change("How much did the firm's net income go up?")
    assert not asks_change("How much did the firm earn?")


def test_a_verb_of_intent_asks_the_deed_of_its_complement() -> None:
    """ "plan to raise", "hoping to raise", "expected to rise": the complement's verb of change is
    the asked deed, as "how much did X raise" asks it; a complement of no change asks none."""
    assert asks_change("How much money does the Velmco guild plan to raise?")
    assert asks_change("How much money is the Ostrin fund hoping to raise from the auction?")
    assert asks_change("How much is the Tarn index expected to rise?")
    assert not asks_change("How much does the Velmco guild plan to spend?")
    assert not asks_change("How many letters is each Ostrin clerk expected to handle?")
    text = "The Velmco guild plans to raise $40m from the sale of its halls."
    figure = parse_quantities(text)[0]
    assert fits_asked("How much money does the Velmco guild plan to raise?", text, figure)


def test_frequencies_as_news_writes_them() -> None:
    found = [m.group() for m in frequencies("A bus every 10 minutes, twice a week, and a daily train.")]
    assert found == ["every 10 minutes", "twice a week", "daily"]


def test_a_noun_of_change_in_the_question_asks_no_change() -> None:
    """ "after the regime's fall" dates the count; it does not ask for a change."""
    assert not asks_change("How many airstrikes hit the city after the regime's fall?")
    assert asks_change("How many ranks did the player climb?")
    assert asks_change("How much did the bakery's net income increase in 2020?")  # parsed without a verb


def test_scores_as_sport_writes_them() -> None:
    found = [m.group() for m in scores("She won 7-6 (7-4) 6-2, and United won 2-0 in the 2004-05 season.")]
    assert found == ["7-6 (7-4) 6-2", "2-0"]


def test_including_and_dying_are_no_change() -> None:
    """ "17 civilians including eight children were killed": no figure there moved, and
    "how many people died" asks a level."""
    assert _roles("Seventeen civilians including eight children were killed.") == [
        ("Seventeen", Role.PLAIN),
        ("eight", Role.PLAIN),
    ]
    assert not asks_change("How many people died when the helicopter was shot down?")
    assert not asks_change("How many people were affected by the gas dropped on the town?")


def test_a_score_naming_another_player_is_another_match() -> None:
    """ "What was the score when Brill beat Lamy?": "Tomas Brill came through 6-3 6-3 against
    Pierre Ansel" is another match; "Lamy lost 6-3 6-1" may be this one."""
    q = "What was the score when Brill beat Lamy in Ostrin?"
    assert names_another_player(q, "Seventh seed Tomas Brill came through 6-3 6-3 against Pierre Ansel.")
    assert not names_another_player(q, "Lamy was often beaten by drop shots at the net, losing 6-3 6-1.")


def test_another_result_for_the_same_sides_clashes_and_the_same_one_written_either_way_does_not() -> None:
    claim = "The Ostrin Rovers beat Dunmoor 3-1."
    assert score_clash(claim, "The Ostrin Rovers beat Dunmoor 2-1.") == "gives 2-1, not 3-1"
    assert score_clash(claim, "Dunmoor lost 1-3 to the Ostrin Rovers.") == ""
    assert (
        score_clash("Varga beat Brill 6-3 6-1.", "Varga beat Brill 6-3 6-2.") == "gives 6-3 6-2, not 6-3 6-1"
    )
    assert (
        score_clash("Varga beat Brill 6-3 6-1.", "Anna Lamy beat Brill 6-4 6-2.") == ""
    )  # another player's match
    assert score_clash("Varga beat Brill in straight sets.", "Varga beat Brill 6-3 6-2.") == ""


def test_a_change_moves_up_or_down_whatever_verb_carries_the_particle() -> None:
    def way(text: str) -> int:
        (x,) = [q for q in parse_quantities(text) if q.unit]
        return change_direction(text, x)

    assert way("Shares in Ostrin Mills closed up 4.2% on Friday.") == 1
    assert way("Ostrin Mills shares gained more than 6% on Friday.") == 1
    assert way("Kelby sales dipped by 3% last year.") == -1
    assert way("Kelby sales were down 3% last year.") == -1
    assert way("Kelby reported a 12% fall in sales.") == -1
    assert way("Kelby holds 12% of the market.") == 0  # a level, no change


def test_two_changes_in_one_direction_count_one_move_and_opposite_ones_do_not() -> None:
    claim = "Ostrin Mills shares gained more than 6% on Friday."
    (cq,) = parse_quantities(claim)
    for text, same in [
        ("Shares in Ostrin Mills closed up 4.2% on Friday.", True),
        ("Ostrin Mills shares ended the day down 4.2%.", False),
        ("Ostrin Mills holds 4.2% of the market.", False),
    ]:
        (eq,) = [q for q in parse_quantities(text) if q.unit]
        assert same_change(claim, cq, text, eq) is same, text


def test_a_count_a_verb_of_change_acts_on_answers_how_many() -> None:
    """ "could cut up to 4,100 posts" says how many posts are cut: a count a verb of change acts
    on answers a how-many question that asks no change; "fell 300 units" and "by 40 staff"
    change a level and answer only "by how much"."""
    cut = "Dunmore Rail said it could cut up to 4,100 posts over three years."
    fell = "Sales fell 300 units in May."
    by = "Dunmore cut its workforce by 40 staff."
    assert [acted_on(cut, x) for x in parse_quantities(cut)] == [True, False]
    assert fits_asked("How many posts is Dunmore Rail going to lose?", cut, parse_quantities(cut)[0])
    assert not acted_on(fell, parse_quantities(fell)[0])
    assert not acted_on(by, parse_quantities(by)[0])
    assert not fits_asked("How many staff does Dunmore have?", by, parse_quantities(by)[0])


def test_things_undergoing_a_change_verb_are_counted_not_a_change() -> None:
    """ "How many crates were dropped" counts the crates, so a plain count of them answers;
    "how many points did the index drop" still asks the size of a move."""
    assert not asks_change("How many crates were dropped on the village?")
    assert asks_change("How many points did the index drop?")
    assert asks_change("How many ranks did the player climb?")
    question = "How many crates were dropped on the village?"
    text = "Forty crates were dropped on the village overnight."
    assert fits_asked(question, text, parse_quantities(text)[0])


def test_a_percentage_at_a_sentences_end_has_a_role() -> None:
    text = "Velm's share of the market grew to 12 percent."
    assert role(text, parse_quantities(text)[0]) is Role.NEW


def test_a_change_in_percent_is_no_share_in_percent() -> None:
    """ "up by 30%" says how far a count moved, not that 30% of the whole is it."""
    claim = "About 30% of Velm's trains now run late."
    share = parse_quantities(claim)[0]
    moved = "Late trains in Velm are up by 30% this year."
    assert change_against_level(claim, share, moved, parse_quantities(moved)[0])
    level = "Some 30% of the trains in Velm run late."
    assert not change_against_level(claim, share, level, parse_quantities(level)[0])
    after = "Late trains in Velm were some 30% up on the year before."
    assert change_against_level(claim, share, after, parse_quantities(after)[0])
    rise = "Late trains rose 30% in Tarn."
    assert not change_against_level(moved, parse_quantities(moved)[0], rise, parse_quantities(rise)[0])
    assert not change_against_level(after, parse_quantities(after)[0], moved, parse_quantities(moved)[0])


def _match(question: str, text: str, score: str) -> bool:
    return another_match(question, text, next(m for m in scores(text) if m.group() == score))


def test_a_score_is_another_matchs_when_its_own_clause_names_another_side() -> None:
    """ "when Ostrin beat Dunmoor": a score whose clause names Velm as a side is Velm's match;
    a coach named elsewhere in the sentence does not make the asked sides' score another's."""
    q = "What was the final score as Ostrin beat Dunmoor last season?"
    praised = "Coach Ada Kerr praised her Ostrin side after they beat Dunmoor 3-1 at home."
    assert not _match(q, praised, "3-1")
    assert _match(q, "Dunmoor were beaten 2-0 by Velm in their opener.", "2-0")
    assert not _match(q, "Kerr scored twice in Saturday's 3-1 win over Dunmoor.", "3-1")
    assert _match(q, "Kerr scored twice as Ostrin beat Velm 4-2.", "4-2")
    seeded = "Dunmoor, meanwhile, upset Velmar second seed Tomas Arnell 2-6 6-3 6-2."
    assert _match("What was the final score as Dunmoor beat Ostrin?", seeded, "2-6 6-3 6-2")


def test_things_a_change_verb_made_in_the_passive_answer_how_many_it_made() -> None:
    """ "how many posts did X add" is a change question; "212,000 new posts were added" states the
    move with its things as the passive subject, so it answers as "added 212,000 posts" does. A
    level of the same things with no verb of change ("has 900 branches") still does not."""
    question = "How many jobs did the Velmar economy add in March?"
    added = "According to ministry figures, 212,000 new jobs were added last month."
    held = "The Velmar economy has 4.2 million jobs in farming."
    assert changed_things(added, parse_quantities(added)[0])
    assert fits_asked(question, added, parse_quantities(added)[0])
    assert not changed_things(held, parse_quantities(held)[0])
    assert not fits_asked(question, held, parse_quantities(held)[0])
    cut = "Up to 90 branches will be cut over two years, Corvel Bank said."
    assert fits_asked(
        "By how many branches will Corvel Bank shrink its network?", cut, parse_quantities(cut)[0]
    )


def test_by_how_many_with_no_verb_of_change_asks_a_margin_written_by_n() -> None:
    """ "By how many votes did Hale win" asks the margin: "by 38 votes" answers, the votes Hale
    won ("won 12,400 votes") do not; "by how much did sales fall" still asks the move."""
    question = "By how many votes did Hale win the Orvel seat?"
    margin = "Hale took the Orvel seat for the Greens in 1992 - by 38 votes."
    total = "Hale won 12,400 votes in the Orvel seat."
    assert asks_margin(question)
    assert not asks_margin("By how much did sales fall in May?")
    assert fits_asked(question, margin, parse_quantities(margin)[0])
    assert not fits_asked(question, total, parse_quantities(total)[0])
    goals = "Arden beat Colby by three goals to one on Saturday."
    assert asks_margin("By how many goals did Arden beat Colby?")
    assert fits_asked("By how many goals did Arden beat Colby?", goals, parse_quantities(goals)[0])


def test_the_claims_change_figure_moving_the_other_way_is_the_opposite_move() -> None:
    """ "Velmco shares slumped 4%" is not told by "Velmco shares climbed 4%": the figure agrees, the
    move does not; a sentence giving the figure both ways, or no change, says nothing against it."""

    def reversed_(claim: str, text: str) -> str:
        return reversed_change(claim, parse_quantities(claim), text, parse_quantities(text))

    fell = "Velmco shares slumped 4% after the Tarn mine update."
    assert reversed_(fell, "Shares in Velmco climbed 4% after it said the Tarn mine was bigger.").startswith(
        "says a rise of 4"
    )
    assert reversed_("Velmco shares climbed 4% on Monday.", "Velmco shares slumped 4% on Monday.").startswith(
        "says a fall of 4"
    )
    assert reversed_(fell, "Velmco shares slumped 4% while the index climbed 4%.") == ""
    assert reversed_(fell, "Velmco holds 4% of the Tarn mine.") == ""
    assert reversed_(fell, "Velmco shares slumped 4% on the news.") == ""
