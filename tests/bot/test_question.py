"""What a question asks for: its kind, the counted noun, the names evidence must carry.

Each rule is pinned on hand-made questions; targets and key terms are compared through the
same tokenizer and quantity parser the answerer uses, so the tests hold whatever the stems.
"""

from __future__ import annotations

import pytest

from bot.question import Kind, analyse, exclusion, figure_choice, offered, offers, sets_aside, without_lead_in
from bot.text import tokens
from bot.values import parse_quantities, unit_matches


def _counts(question: str, evidence: str) -> bool:
    """The question's counted noun is the unit of the number in ``evidence``."""
    (quantity,) = parse_quantities(evidence)
    return unit_matches(quantity.unit, analyse(question).target)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many soldiers were wounded?", Kind.COUNT),
        ("What is the number of refugees in the camp?", Kind.COUNT),
        ("What was the death toll of the earthquake?", Kind.COUNT),
        ("What is the population of Lyon?", Kind.COUNT),
        ("How long will the peacekeepers stay?", Kind.COUNT),
        ("How many people were killed in the flood?", Kind.COUNT),  # a count of people, not a person
        ("Who seized the airport?", Kind.PERSON),
        ("Whom did the police arrest?", Kind.PERSON),
        ("Which official resigned on Monday?", Kind.PERSON),
        ("What is the name of the new minister?", Kind.PERSON),
        ("Where did the ministers meet?", Kind.PLACE),
        ("Which city did the rebels take?", Kind.PLACE),
        ("Which country sent the aid convoy?", Kind.PLACE),
        ("When did the strike begin?", Kind.DATE),
        ("What year did the war start?", Kind.DATE),
        ("What day did the talks open?", Kind.DATE),
        ("What is the birth date of Ada Vale?", Kind.DATE),  # the copula asks for a date noun
        ("What was the founding year of Vale Rovers?", Kind.DATE),
        ("What was the date of the first ballot?", Kind.DATE),
        ("Until when will the ferry crews stay in Orla?", Kind.DATE),  # a bound of a time is a date
        ("Since when has the Velm bridge been shut?", Kind.DATE),
        ("What is the dating method for the Vale bones?", Kind.OPEN),  # "dating" is no date
        ("Which organisation claimed the attack?", Kind.ORG),
        ("Which party won the election?", Kind.ORG),
        ("Which agency reported the outbreak?", Kind.ORG),
        ("Why did the talks fail?", Kind.OPEN),
        ("What did the mayor say about the budget?", Kind.OPEN),
        ("Were civilians hurt in the blast?", Kind.OPEN),
    ],
)
def test_the_question_word_and_its_noun_decide_the_kind(question: str, kind: Kind) -> None:
    """how many/who/where/when/which-organisation questions ask for a count, person, place,
    date or organisation; anything else asks for a passage."""
    assert analyse(question).kind is kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how mnay soldiers died", Kind.COUNT),  # transposed letters
        ("how meny airstrikes were there", Kind.COUNT),  # one wrong letter
        ("how many troops r there in Iraq", Kind.COUNT),  # texting shorthand for "are"
        ("were did the president go", Kind.PLACE),  # "where" typed as "were"
        ("which party won the election", Kind.ORG),  # no capital, no question mark
        ("HOW MANY TROOPS ARE IN IRAQ?", Kind.COUNT),  # shouted
    ],
)
def test_casual_and_misspelt_questions_keep_their_kind(question: str, kind: Kind) -> None:
    """Typos, lower case and shorthand do not change what is asked."""
    assert analyse(question).kind is kind


def test_misspelt_count_still_counts_its_noun() -> None:
    """A typo in "how many" leaves the counted noun in place."""
    assert _counts("how mnay soldiers died", "Twelve soldiers died in the ambush.")


@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("How many US troops are in Iraq?", "The US has 2,500 troops in Iraq."),
        ("How many airstrikes did the army carry out?", "The army carried out 40 airstrikes."),
        ("What is the number of refugees in the camp?", "The camp holds 3,000 refugees."),
        ("How many French and British jets took part?", "Six jets took part in the raid."),
    ],
)
def test_a_count_targets_the_noun_after_how_many(question: str, evidence: str) -> None:
    """The counted noun is the head noun of "how many ...", past names and auxiliaries, and
    it is what the evidence's number counts."""
    assert _counts(question, evidence)


def test_a_count_target_is_not_an_unrelated_noun() -> None:
    """Asking for troops is not answered by a number of tanks."""
    assert not _counts("How many US troops are in Iraq?", "The US has 200 tanks in Iraq.")


def test_population_and_death_toll_count_people_and_deaths() -> None:
    """ "the population of X" counts people and "the death toll" counts deaths."""
    assert _counts("What is the population of Lyon?", "Lyon is home to 500,000 people.")
    assert _counts("What was the death toll of the earthquake?", "The earthquake caused 300 deaths.")
    for attached in ("from the March 2031 flood in Tarvik", "in the Ostria ferry fire", "for the blast"):
        assert analyse(f"What was the death toll {attached}?").target == "death"


@pytest.mark.parametrize(
    "question",
    [
        "What was the death toll from the Velmar ferry fire?",
        "What was the death toll in Ostrin after the quake?",
        "What was the toll?",
    ],
)
def test_a_death_toll_counts_deaths_whatever_preposition_follows(question: str) -> None:
    """ "the death toll from/in X" (or with nothing after it) measures deaths as "of X" does."""
    assert analyse(question).target == "death"


def test_a_toll_asked_by_what_counts_deaths() -> None:
    """ "what toll did X give for Y": the asked measure counts deaths as "the toll of Y" does;
    "what number" or "what total" measure nothing fixed and keep no target of their own."""
    assert analyse("What toll did the Velm monitor give for the Ostrin raids on Sunday?").target == "death"
    assert analyse("Which toll did Kellby's hospital report after the fire?").target == "death"
    assert analyse("What number did Tomas Brill wear for Dunmoor?").target != "death"


def test_how_long_asks_for_a_duration() -> None:
    """ "how long" is a span of time (a count of years, months...), not a point in time."""
    question = analyse("How long will the peacekeepers stay?")
    assert question.kind is Kind.COUNT and question.duration
    assert not analyse("How many peacekeepers will stay?").duration
    assert not analyse("When will the peacekeepers leave?").duration


def test_key_terms_are_the_names_in_the_question() -> None:
    """Capitalised words after the first (names, nationalities, places) and acronyms must be
    in the evidence; common words and the question words are not key terms."""
    question = analyse("How many US troops are in Syria?")
    assert set(question.key_terms) == set(tokens("US Syria"))
    question = analyse("Where did Blinken travel on Friday?")
    assert set(question.key_terms) == set(tokens("Blinken Friday"))
    assert analyse("Why did the talks fail?").key_terms == ()


def test_dotted_acronyms_are_key_terms_like_plain_ones() -> None:
    """ "U.S." and "US" name the same country."""
    dotted = analyse("How many airstrikes did the U.S. carry out in Syria?")
    plain = analyse("How many airstrikes did the US carry out in Syria?")
    assert dotted.key_terms == plain.key_terms == tuple(tokens("US Syria"))


def test_modifiers_are_names_right_before_the_counted_noun() -> None:
    """ "how many Russian soldiers": the evidence must say the soldiers are Russian; a name
    elsewhere in the question is a key term but not a modifier of the count."""
    question = analyse("How many Russian soldiers were killed in Kharkiv?")
    assert set(question.modifiers) == set(tokens("Russian"))
    assert set(question.key_terms) == set(tokens("Russian Kharkiv"))
    assert analyse("How many soldiers did Russia lose?").modifiers == ()


def test_a_place_after_the_counted_phrase_is_scope_not_a_modifier() -> None:
    """ "how many died in the Ostrin blast": Ostrin says where, not which people are counted,
    so a count answer never reads "four Ostrin people"; a name inside the phrase still counts."""
    assert analyse("how many died in the Ostrin ferry blast on 3 May 2019").modifiers == ()
    assert analyse("How many soldiers died in Ostrin?").modifiers == ()
    assert set(analyse("How many Velmar soldiers died in Ostrin?").modifiers) == set(tokens("Velmar"))
    assert set(analyse("How many troops of the Velmar alliance crossed?").modifiers) == set(tokens("Velmar"))
    assert set(analyse("How many of the Velmar troops died in Ostrin?").modifiers) == set(tokens("Velmar"))


def test_a_name_in_another_phrase_on_the_counted_noun_is_no_modifier() -> None:
    """ "how many lorries in the Velmar-Ostran relief column": the names say which column, not
    which lorries, so they stay key terms, not modifiers the counted noun must carry; only an
    "of"/"from" phrase ("lorries of the Velmar relief column") says whose the counted things are."""
    column = analyse("How many lorries in the Velmar-Ostran relief column were burned near Dunmoor?")
    assert column.modifiers == ()
    assert {"velmar", "ostran"} <= set(column.key_terms)
    assert analyse("How many soldiers at the Velmar base fell ill?").modifiers == ()
    assert set(analyse("How many lorries of the Velmar relief column burned?").modifiers) == set(
        tokens("Velmar")
    )
    assert set(analyse("How many Velmar lorries in the column burned?").modifiers) == set(tokens("Velmar"))


def test_an_of_phrase_naming_an_event_is_scope_not_a_modifier() -> None:
    """ "how many victims of the Ostrin blast": the blast says which event, not which victims are
    counted, so the evidence may say "four victims" beside it; an "of" phrase naming a group
    ("troops of the Velmar alliance") still says which troops."""
    assert analyse("How many victims of the Ostrin blast were children?").modifiers == ()
    assert analyse("How many casualties from the Brennia air strikes were civilians?").modifiers == ()
    assert set(analyse("How many troops of the Velmar alliance died?").modifiers) == set(tokens("Velmar"))
    assert "ostrin" in analyse("How many victims of the Ostrin blast were children?").key_terms


def test_only_counts_have_targets_and_modifiers() -> None:
    """Who/where/when questions carry no counted noun."""
    question = analyse("Which Russian general led the attack?")
    assert question.kind is Kind.PERSON
    assert question.target == "" and question.modifiers == ()


def test_content_words_leave_out_the_question_phrase() -> None:
    """The words to look for are the question's content words, not "how many"/"how long"."""
    assert analyse("How many US troops are in Syria?").content == tuple(tokens("US troops Syria"))
    assert analyse("How long will the peacekeepers stay?").content == tuple(tokens("peacekeepers stay"))


@pytest.mark.parametrize("contracted", ["What's", "What’s", "what's"])
def test_a_contracted_what_is_asks_the_same_as_the_full_form(contracted: str) -> None:
    """ "What's the population of X?" asks for a count, like "What is the population of X?"."""
    assert analyse(f"{contracted} the population of Lyon?").kind is Kind.COUNT


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which minister visited the city?", Kind.PERSON),
        ("Which militia attacked the town?", Kind.ORG),
        ("Which group claimed the day of action?", Kind.ORG),
        ("Which Syrian city did the rebels capture?", Kind.PLACE),
        ("Which of the towns fell first?", Kind.PLACE),
        ("Which country's president visited the town?", Kind.PERSON),
        ("Which rebels captured the city?", Kind.OPEN),
        ("Which football team does Anna Holt own?", Kind.ORG),
        ("Which club did the Dunmoor striker join?", Kind.ORG),
        ("Which film did Anna Holt make?", Kind.OPEN),
        ("Which council official died in the fire?", Kind.PERSON),
        ("which surgeon operated on tomas vell", Kind.PERSON),
        ("Which former striker scored for Dunmoor?", Kind.PERSON),
        ("Which Dunmoor player missed the penalty?", Kind.PERSON),
        ("Which city's mayor resigned?", Kind.PERSON),
        ("Which country's rules is the Velmar plan modelled on?", Kind.PLACE),
    ],
)
def test_the_noun_after_which_decides_not_the_object(question: str, kind: Kind) -> None:
    """In "which X verb the Y", X says what is asked, whatever Y is."""
    assert analyse(question).kind is kind


@pytest.mark.parametrize(
    "question",
    ["Which rebel faction shelled Keldby?", "Which of the groom's cousins survived?", "Which surgeons quit?"],
)
def test_a_person_noun_that_only_modifies_or_counts_several_asks_no_name(question: str) -> None:
    """A person noun modifying the asked noun, or several people, is not one person's name."""
    assert analyse(question).kind is not Kind.PERSON


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("how many died in the bus blast", "people"),
        ("How many were hurt in the bombing?", "people"),
        ("How many were killed by the raids on the town?", "people"),
        ("How many of those killed by the car bomb were rebels?", "rebel"),
        ("How many soldiers died?", "soldier"),
        ("How many of the ferry's lifeboats were launched?", "lifeboat"),
        ("how many of the miners survived", "miner"),
    ],
)
def test_how_many_without_a_noun_counts_people_or_the_copulas_noun(question: str, target: str) -> None:
    """English leaves out the counted noun when it is people ("how many died"); "how many of
    those ... were rebels" counts the noun after the copula."""
    assert analyse(question).target == target


def test_a_lower_case_name_before_the_counted_noun_is_not_part_of_it() -> None:
    """ "how many uk strikes" counts strikes (anyone's "airstrikes" match); "cable customers"
    keeps its describing noun."""
    assert analyse("how many uk strikes hit the port of Dunmoor").target == "strike"
    assert analyse("how many eu troops are in Ostria").target == "troop"
    assert analyse("how many cable customers does Veltrac have").target == "cablecustomer"


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("How many were killed in the US-led strikes?", ("us",)),
        ("Where did the Mi-8 come down?", ("mi", "8")),
        ("What happened at Urum al-Kubra?", ("urum", "kubra")),
        ("Was it a high-profile attack?", ()),
    ],
)
def test_a_hyphenated_name_is_matched_by_its_name_parts(question: str, names: tuple[str, ...]) -> None:
    """Evidence is tokenised at hyphens ("U.S.-led" -> "us", "led"), so a question's hyphenated
    name must be too; lower-case parts ("led", "al") describe and are not names."""
    assert analyse(question).key_terms == names


def test_amount_questions_say_whether_money_a_measure_or_a_frequency_answers() -> None:
    """ "how often" asks a frequency; "how much can X hold" a capacity; "what were the
    firm's total sales" and "how much did X earn" an amount of money or a measure, whose
    capitalised subject qualifies no counted noun."""
    often = analyse("How often does the ferry sail?")
    assert often.kind is Kind.COUNT and often.frequency
    hold = analyse("How much can the new player hold?")
    assert hold.kind is Kind.COUNT and hold.capacity and hold.amount
    level = analyse("What were Acme's total sales in 2020?")
    assert level.kind is Kind.COUNT and level.amount and level.modifiers == ()
    earn = analyse("How much did Acme earn?")
    assert earn.amount and not earn.capacity and earn.modifiers == ()
    assert not analyse("How many Acme shops closed?").amount
    size = analyse("How big was the tax fraud at Velmar Holdings?")  # the copula's subject is sized
    assert size.kind is Kind.COUNT and size.amount and size.target == "fraud"
    assert analyse("How big is the Ostrin union's membership?").target == "membership"


def test_a_chain_of_compound_nouns_counts_its_last_noun() -> None:
    """ "How many cable broadband customers" counts customers ("1.7 million cable broadband customers")."""
    assert _counts(
        "How many cable broadband customers are there?", "There are 1.7 million cable broadband customers."
    )


def test_a_hyphenated_modifier_keeps_its_name_part_only() -> None:
    """ "How many Velmar-backed fighters": the evidence must name Velmar, not the word "backed"."""
    assert set(analyse("How many Velmar-backed fighters crossed the river?").modifiers) == set(
        tokens("Velmar")
    )


def test_what_with_a_noun_for_a_sum_of_money_asks_an_amount() -> None:
    """ "What profit does X expect" is answered by a sum ("$5m"), never by a kind of profit
    ("net income"); a loss or a film is no sum, so those stay open questions."""
    for text in ("What profit does Brannock expect this spring?", "What fee did the council pay?"):
        q = analyse(text)
        assert q.kind is Kind.COUNT and q.amount, text
    assert analyse("What pre-tax loss did the mill post?").kind is Kind.OPEN
    worth = analyse("What is the Dunmoor club worth under the new offer?")
    assert worth.kind is Kind.COUNT and worth.amount and worth.target == "worth"
    assert analyse("What film is she nominated for?").kind is Kind.OPEN


def test_a_name_with_digits_is_split_as_evidence_is() -> None:
    """ "XR7" is tokenised "xr", "7" in evidence, so the question's key terms are too."""
    assert analyse("How many Velmar drivers own an XR7 car?").key_terms == ("velmar", "xr", "7")


def test_how_far_behind_asks_a_margin_not_a_length() -> None:
    """ "how far behind X" asks a gap between rivals (points, places); "how far" alone a length."""
    behind = analyse("How far behind Ostrin were the Hadley Rovers after the derby?")
    assert behind.kind is Kind.COUNT and behind.gap and not behind.distance
    assert "behind" not in behind.content
    far = analyse("How far is the school from the river?")
    assert far.distance and not far.gap


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Whose planes bombed the market in Kesra?", Kind.ORG),
        ("Whose troops entered Varna in May?", Kind.ORG),
        ("Whose son won the Orvel race?", Kind.PERSON),
        ("Whose car was found near Varna?", Kind.PERSON),
    ],
)
def test_whose_aircraft_or_troops_asks_for_a_side_not_a_person(question: str, kind: Kind) -> None:
    """The owner of planes or units is a nation or group ("Russian"); of a son or car, a person."""
    assert analyse(question).kind is kind


@pytest.mark.parametrize(
    ("question", "rest", "excluded"),
    [
        (
            "Besides the finance minister, which Velmar official met Kerrow?",
            "Which Velmar official met Kerrow?",
            "the finance minister",
        ),
        (
            "Which Velmar official, apart from the finance minister, met Kerrow?",
            "Which Velmar official met Kerrow?",
            "the finance minister",
        ),
        ("Who other than Anna Brill met Kerrow?", "Who met Kerrow?", "Anna Brill"),
        ("Who met Kerrow?", "Who met Kerrow?", ""),
    ],
)
def test_an_exclusion_is_set_aside_from_the_question(question: str, rest: str, excluded: str) -> None:
    """ "Besides X, who ...": the question asks "who ...", and X is no answer."""
    assert exclusion(question) == (rest, excluded)
    q = analyse(question)
    assert q.text == rest and q.excluded == excluded


def test_a_set_aside_value_is_named_by_its_name_or_its_title() -> None:
    """A name sharing a proper noun with the excluded phrase, or carrying all its words as a
    title before it or an apposition after it, is what the question set aside."""
    assert sets_aside("Anna Brill", "Brill")
    assert sets_aside("the finance minister", "Ada Kerr", "He met Velmar Finance Minister ", " on Monday.")
    assert sets_aside("the finance minister", "Ada Kerr", "He met ", ", the finance minister, on Monday.")
    assert not sets_aside(
        "the finance minister", "Tomas Brill", "He met Finance Minister Ada Kerr and Mayor ", "."
    )
    assert not sets_aside("", "Tomas Brill")


def test_how_much_of_an_act_asks_a_degree_not_a_figure() -> None:
    """ "How much resistance" asks how far an act went (an open answer); "how much money",
    "how much investment" (a sum in its second sense) and "how much did X earn" ask for a figure."""
    assert analyse("How much resistance did the army meet when it entered Velm?").kind is Kind.OPEN
    assert analyse("How much money did the Velm club raise?").kind is Kind.COUNT
    assert analyse("How much investment did Velm attract?").kind is Kind.COUNT
    assert analyse("How much did the Velm club earn?").kind is Kind.COUNT


def test_who_is_the_role_asks_for_the_person_noun() -> None:
    """ "who was the <role> ...": the person noun the role is written with; a noun WordNet does
    not file under person first ("head") and other who-questions give none."""
    from bot.question import who_role_noun

    assert who_role_noun("Who was the Velmar Navy admiral quoted on the strait?") == "admiral"
    assert who_role_noun("who is the new harbour official in Dunmoor") == "official"
    assert who_role_noun("who's the new harbour official in Dunmoor") == "official"
    assert who_role_noun("whos the new harbour official in Dunmoor") == "official"
    assert who_role_noun("Who was the head of the Dunmoor delegation?") == ""
    assert who_role_noun("Who blocked the Dunmoor strait?") == ""


def test_a_choice_between_figures_asks_how_many() -> None:
    """ "was it 12 barges or more?", "did they sink 40 barges or fewer than that?", "was it ten
    ships or a dozen?": a count question about the figure's noun; a choice between names or
    years, or a yes/no question with one figure, is not one."""
    asked = analyse("So was it like 12 Velmar barges in the harbour on Friday, or more?")
    assert (asked.kind, asked.target) == (Kind.COUNT, "barge")
    assert figure_choice("Was it ten ships or a dozen that the rebels sank?") == (
        "how many ships was it that the rebels sank?"
    )
    assert figure_choice("Did the Orvel rebels sink exactly 40 barges or fewer than that?") == (
        "Did the Orvel rebels sink how many barges?"
    )
    assert analyse("Did the Orvel rebels sink 40 barges or more than that?").kind is Kind.COUNT
    assert analyse("Did Orvel sign the pact in 2019 or 2020?").kind is not Kind.COUNT
    assert analyse("Is Tarvel or Brennia the bigger port?").kind is not Kind.COUNT
    assert analyse("Did the Orvel rebels sink 40 barges?").kind is not Kind.COUNT


def test_a_choice_between_figures_may_weigh_its_second_figure_and_follow_a_lead_in() -> None:
    """ "or many dozens": the other figure is "dozens"; a reader's aside before a dash is left
    out of the count question it leads into."""
    assert figure_choice("I heard two things - was friday's shelling of Velm ten rounds or many dozens?") == (
        "was friday's shelling of Velm how many rounds?"
    )
    assert figure_choice("did the crews fire 12 rounds or some other number?") == (
        "did the crews fire 12 rounds or some other number?"  # no second figure: no choice of figures
    )


def test_a_lead_in_is_kept_where_the_question_refers_back_to_it() -> None:
    """ "The Velm blockade - did it sink ...": "it" is the blockade; "was it ten?" points at the answer."""
    assert (
        without_lead_in("The Velm blockade - did it sink ten ships?")
        == "The Velm blockade - did it sink ten ships?"
    )
    assert (
        without_lead_in("Brill's plan - did she make it public?") == "Brill's plan - did she make it public?"
    )
    assert without_lead_in("two figures again: was it ten ships?") == "was it ten ships?"


@pytest.mark.parametrize(
    ("question", "rest", "options"),
    [
        ("Who won the Ostrin final, Vell or Ansel?", "Who won the Ostrin final?", ("Vell", "Ansel")),
        (
            "who took the title, tomas vell or Ansel Rook?",
            "who took the title?",
            ("tomas vell", "Ansel Rook"),
        ),
        (
            "Which club signed Brill, Tarvel United, Dorn City or Velm Rovers?",
            "Which club signed Brill?",
            ("Tarvel United", "Dorn City", "Velm Rovers"),
        ),
        ("Did Vell win the final, or not?", "Did Vell win the final, or not?", ()),
        ("Who won the final, or not at all?", "Who won the final, or not at all?", ()),
        ("What did Kerr say, and why?", "What did Kerr say, and why?", ()),
        ("How many cranes were rebuilt, 12 or 14?", "How many cranes were rebuilt, 12 or 14?", ()),
        ("Who won the Ostrin final?", "Who won the Ostrin final?", ()),
    ],
)
def test_an_either_or_question_offers_its_answers(question: str, rest: str, options: tuple[str, ...]) -> None:
    """ "Who won, A or B?": the question asks "who won?", and A or B answers it; only a who or
    which question offers names, each of at most three words."""
    assert offered(question) == (rest, options)
    q = analyse(question)
    assert q.text == rest and q.options == options


def test_an_offered_answer_is_named_by_any_of_its_words() -> None:
    """A value answers an either-or question when it shares a word with an offered answer."""
    assert offers(("Vell", "Ansel"), "Tomas Vell")
    assert offers(("tomas vell", "Ansel Rook"), "Rook")
    assert not offers(("Vell", "Ansel"), "Ilse Varga")


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("what was the tally of flooded farms after the storm", "farm"),
        ("What was the number of injured hikers taken to the clinic?", "hiker"),
        ("whats the total of rescued miners so far", "miner"),
        ("what number of ferries/barges sank in the gale?", "ferry"),
    ],
)
def test_a_counting_noun_counts_the_head_of_its_of_phrase(question: str, target: str) -> None:
    """ "The tally / number / total of N" counts N's head noun as parsed, past the participle or
    adjective saying which ones; of nouns offered with a slash, the first."""
    assert analyse(question).target == target


def test_a_tally_of_a_noun_is_answered_by_its_count() -> None:
    """ "What was the tally of X" is answered by the number of X the evidence gives."""
    assert _counts("what was the tally of flooded farms after the storm", "The storm flooded 64 farms.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("When the envoy landed in Orla, who met her at the port?", Kind.PERSON),
        ("If the Velm bridge is shut, where do the ferries dock?", Kind.PLACE),
        ("If IS was beaten, where are its fighters now?", Kind.PLACE),  # "IS" here is a name
        ("After the storm, how many boats were lost off Keldby?", Kind.COUNT),
        ("When the envoy landed, what did she say about the talks?", Kind.OPEN),
        ("When did the strike, which shut the port, begin?", Kind.DATE),  # a when-question itself
        ("When will the bridge, whose deck cracked, reopen?", Kind.DATE),
        ("When was the bridge opened, and by whom?", Kind.DATE),  # an auxiliary follows: "when" asks
    ],
)
def test_a_fronted_clause_sets_the_scene_and_the_wh_word_after_it_asks(text: str, kind: Kind) -> None:
    assert analyse(text).kind is kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what yr did the ferry line open?", Kind.DATE),  # "yr": WordNet's one meaning is "year"
        ("Which share of the vote did the Velm party win?", Kind.OPEN),  # "share": "part" in one sense
    ],
)
def test_a_noun_of_one_meaning_asks_what_its_kind_noun_asks(question: str, kind: Kind) -> None:
    """A which/what noun WordNet gives a single meaning, filed with a kind noun, asks that kind."""
    assert analyse(question).kind is kind
