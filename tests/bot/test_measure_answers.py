"""Values inside an open answer: the asked measure's figure, the asked kind's person."""

from __future__ import annotations

from bot.api import FactChecker
from bot.measure_answers import (
    asked_measure,
    kind_phrase,
    measure_candidates,
    measure_value,
    names_bare,
    states_a_figure,
    titled_person,
    told_members,
)
from index.tuning import AnswerTuning
from tests.bot.tiny_index import hand


def value(question: str, sentence: str) -> str:
    ask = asked_measure(question)
    assert ask is not None
    return measure_value(ask, sentence)


def test_a_measure_noun_is_asked_and_another_noun_is_not() -> None:
    assert asked_measure("What record price did the Velmar shares reach?") is not None
    assert asked_measure("What top speed did the Ostrin ferry reach?") is not None
    assert asked_measure("What weapons did the Velmar guards carry?") is None
    assert asked_measure("What sort of council did the Keldby rebels promise?") is None
    assert asked_measure("Who reached the record price?") is None


def test_what_is_the_measure_of_x_asks_that_measure_as_what_measure_does() -> None:
    """ "What is the median age in Velmby" asks the age, as "what median age" would."""
    assert (
        value("What is the median age in Velmby?", "The median age in the town was 37.4 years.")
        == "37.4 years"
    )
    asked = "What is the engine size of the Ostrin Trailhawk?"
    assert value(asked, "The Ostrin Trailhawk is a touring motorcycle with a 812 cc twin engine.") == "812 cc"
    assert value(asked, "The Ostrin Trailhawk was first sold in 2004.") == ""
    assert asked_measure("What is the capital of Velmland?") is None
    assert asked_measure("What is the population of Velmby?") is None


def test_the_figure_hung_on_the_asked_measure_answers_not_another_figure() -> None:
    """ "a fall of $4" measures the fall; "the record of $61.30" is the record price."""
    asked = "What record price did Velmar shares hit in May?"
    assert value(asked, "Despite a fall of $4 from the record highs of May, the price stays high.") == ""
    assert value(asked, "Shares have fallen from the record of $61.30 set in May.") == "$61.30"
    assert value(asked, "They are down on the record high of $61.30 set in May.") == "$61.30"


def test_a_figure_with_its_unit_answers_what_speed() -> None:
    asked = "What speed did the Keldby ferry reach in its trials?"
    assert value(asked, "Trials show the Keldby ferry managed speeds of 41.5 knots.") == "41.5 knots"
    assert value(asked, "The Keldby ferry carries 300 cars.") == ""


def test_the_figure_a_verb_gives_the_asked_measure_answers() -> None:
    assert value("What fare did the Ostrin line charge?", "The fare rose to $3 in March.") == "$3"


def test_odds_are_read_as_a_bookmakers_ratio() -> None:
    asked = "What odds were bookmakers offering on Lena Marsh winning the Keldby prize?"
    assert value(asked, "Lena Marsh is now 7/2 favourite for the Keldby prize.") == "7/2"
    assert value(asked, "The Keldby prize was first given on 3/4/1998.") == ""


def test_each_source_offers_its_figure_cited_by_its_sentence(tiny: FactChecker) -> None:
    hit = hand(tiny, "The Keldby ferry managed speeds of 41.5 knots in its trials.", score=0.5)
    other = hand(tiny, "The Keldby ferry was built in 1990.", score=0.6)
    ask = asked_measure("What speed did the Keldby ferry reach?")
    assert ask is not None
    found = measure_candidates(ask, [other, hit], AnswerTuning())
    assert [(c.value, c.quote) for c in found] == [("41.5 knots", hit.chunk.text)]


def test_a_which_question_of_a_named_kind_is_answered_by_the_titled_person() -> None:
    said = "Vale Party whip Ann Cole has written to the regulator about the calls."
    assert titled_person("Which Vale Party member wrote to the regulator?", said) == "Ann Cole"
    assert titled_person("Which Vale wrote to the regulator?", said) == "Ann Cole"
    assert titled_person("What did the Vale Party write?", said) == ""
    assert titled_person("Which Keldby councillor wrote to the regulator?", said) == ""


def test_the_titled_person_is_never_one_the_question_names() -> None:
    """ "Which Vale Party figure was arrested before Ann Cole": not Ann Cole herself."""
    said = "Vale Party leader Ann Cole was arrested on Monday."
    assert titled_person("Which Vale Party figure was arrested two days before Ann Cole?", said) == ""
    assert titled_person("Which Vale Party figure was arrested on Monday?", said) == "Ann Cole"


def test_what_sort_of_thing_is_answered_by_the_phrase_making_it_a_kind() -> None:
    asked = "What sort of council did the Keldby rebels say they would set up?"
    assert kind_phrase(asked, "The Keldby rebels set up a caretaker council in the town on Monday.") == (
        "a caretaker council"
    )
    assert (
        kind_phrase(asked, "The rebels promised a council of elders, officials said.")
        == "a council of elders"
    )
    assert kind_phrase(asked, "The rebels said a council would be set up soon.") == ""
    assert kind_phrase("What did the Keldby rebels set up?", "They set up a caretaker council.") == ""


def test_a_participle_after_the_noun_is_part_of_the_kind() -> None:
    """ "A council picked by the elders" is an elder-picked council: the participle says which kind."""
    asked = "What sort of council did the Keldby rebels say they would set up?"
    said = "The Keldby rebels backed a council picked by the town elders, a spokesman said."
    assert kind_phrase(asked, said) == "a council picked by the town elders"
    assert kind_phrase(asked, "The rebels said a council would be picked by the elders.") == ""


def test_a_measure_is_stated_by_a_figure_and_not_by_a_count_of_things() -> None:
    """A salary or a speed is a figure of money or of a unit; "a dozen cranes" counts things."""
    speed = asked_measure("What speed did the Keldby ferry reach?")
    salary = asked_measure("What salary did the Velmar harbour master earn?")
    odds = asked_measure("What odds were bookmakers offering on Lena Marsh?")
    assert speed is not None and salary is not None and odds is not None
    assert states_a_figure(speed, "The Keldby ferry managed 41.5 knots in its trials.")
    assert not states_a_figure(speed, "Workers rebuilt a dozen cranes for the Keldby ferry.")
    assert states_a_figure(salary, "She earned £1.2m a year as harbour master.")
    assert states_a_figure(salary, "Her pay rose 15% in 2004.")
    assert not states_a_figure(salary, "She left the harbour on 31 December, the council said.")
    assert states_a_figure(salary, "She left the harbour after six years.")  # a duration is a measure
    assert states_a_figure(odds, "Lena Marsh is now the 7/2 favourite.")
    assert not states_a_figure(odds, "Lena Marsh is favourite to win the Keldby prize.")


def test_a_measure_question_is_not_answered_by_a_sentence_stating_no_figure(tiny: FactChecker) -> None:
    """The tiny corpus says what the cranes lift, never how fast: no sentence answers "what speed"."""
    slow = tiny.ask("What speed do the cranes lift containers for the fishing fleet at?")
    assert slow.status == "not_in_sources", slow.answer
    cost = tiny.ask("What was the cost of the Velmar harbour repairs?")
    assert cost.status == "answered" and "$3 million" in cost.answer


def test_members_told_beside_a_bare_noun_say_which_kind() -> None:
    # the raids are written bare, but what they included says which kind
    assert not names_bare("raid", "The raids included night strikes on fuel depots.")
    assert not names_bare("abuse", "Monitors listed abuses such as forced labour in the camps.")
    assert not names_bare("abuse", "Gunmen carried out abuses, including forced labour, in Orvel.")
    assert names_bare("abuse", "The abuses were condemned by the Orvel council.")
    assert names_bare("drone", "The drone flew over the port of Tarn.")


def test_members_need_an_object_of_the_including_verb() -> None:
    from bot.nlp import dependency_parse

    doc = dependency_parse("The raids included night strikes on fuel depots.")
    assert told_members(next(t for t in doc if t.lower_ == "raids"))
    doc = dependency_parse("The raids killed four guards near Orvel.")
    assert not told_members(next(t for t in doc if t.lower_ == "raids"))
