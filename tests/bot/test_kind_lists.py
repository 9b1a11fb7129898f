"""Lists of the asked kind (``bot.kind_lists``), on invented sentences."""

from __future__ import annotations

from bot.api import FactChecker
from bot.kind_lists import kind_list, kind_list_candidates, kind_name_candidates
from index.tuning import AnswerTuning
from tests.bot.tiny_index import hand


def test_the_whole_list_a_kind_of_the_asked_thing_stands_in_is_the_answer() -> None:
    """ "which warplanes": "B-52s" is a warplane to WordNet, and the list it opens is the answer;
    a sentence naming no kind of it gives none."""
    text = "The Velmar strike group flew B-52s, F-16s and Su-25s over the Dunmoor ridge."
    assert kind_list("warplanes", text) == "B-52s, F-16s and Su-25s"
    assert kind_list("warplanes", "The Velmar strike group flew bombers and gunships at dawn.") == (
        "bombers and gunships"
    )
    assert kind_list("warplanes", "The Velmar strike group hit 40 targets near Dunmoor.") == ""


def test_a_list_of_the_asked_kind_is_a_candidate(tiny: FactChecker) -> None:
    """The sentence naming kinds of the asked thing offers its list, above its bare score."""
    said = hand(tiny, "Velmar used helicopters and bombers in the raid on Dunmoor.", score=0.5)
    found = kind_list_candidates("aircraft", [said], AnswerTuning())
    assert [c.value for c in found] == ["helicopters and bombers"]
    assert found[0].score > 0.5


def test_a_kind_word_names_the_thing_only_where_the_parse_uses_it_as_one() -> None:
    """ "which banned substance": "a drugs test" is a test, "respects" a verb, and "a banned
    drug" (a kind WordNet divides further, under "a") says some drug, not which; "the stimulant
    ephedrine" names it, and "the Kelt-9 bombers" or "a B-52" still name warplanes."""
    assert kind_list("substance", "Ann Vell failed a drugs test and tested positive for a banned drug.") == ""
    assert kind_list("substance", "The panel followed a procedure that respects the defence.") == ""
    assert (
        kind_list("substance", "Ann Vell tested positive for the stimulant ephedrine.")
        == "stimulant ephedrine"
    )
    assert kind_list("warplanes", "The Kelt-9 bombers struck the Dunmoor camps.") == "Kelt-9 bombers"
    assert kind_list("warplanes", "A B-52 struck the Dunmoor camps.") == "B-52"
    assert kind_list("warplanes", "A bomber struck the Dunmoor camps.") == ""


def test_the_asked_things_own_word_names_one_only_with_a_name_before_it() -> None:
    """ "which neighbourhoods": "civilian neighborhoods" is the asked thing in another spelling,
    not a kind of it; "the Vell neighborhood" names one."""
    assert kind_list("neighbourhoods", "Regime jets struck civilian neighborhoods of Kellby on Monday.") == ""
    assert (
        kind_list("neighbourhood", "Regime jets struck the Vell neighborhood of Kellby.")
        == "Vell neighborhood"
    )


def test_the_name_called_by_the_asked_noun_is_a_candidate(tiny: FactChecker) -> None:
    """ "which hospital": the sentence naming "Ostra hospital" offers that name, above its bare
    score; a sentence naming no hospital offers nothing."""
    question = "Which hospital in Dunmoor was shelled on Monday?"
    said = hand(tiny, "Gunners shelled Ostra hospital in Dunmoor on Monday.", score=0.5)
    found = kind_name_candidates("hospital", question, [said], AnswerTuning())
    assert [c.value for c in found] == ["Ostra hospital"]
    assert found[0].score > 0.5
    other = hand(tiny, "Gunners shelled the market in Dunmoor on Monday.", score=0.5)
    assert kind_name_candidates("hospital", question, [other], AnswerTuning()) == []


def test_besides_named_things_the_name_listed_with_them_answers(tiny: FactChecker) -> None:
    """ "Apart from Velmar and Ostria, which group ...": the group the sentence lists with them,
    not the first group it names."""
    question = "Which group does the council expect to be hurt by the collapse?"
    said = hand(
        tiny,
        "The council welcomed the collapse of the Tarvel regime, which it called a blow to Velmar, "
        "Ostria and the river guild Karst Union.",
        score=0.5,
    )
    alone = kind_name_candidates("group", question, [said], AnswerTuning())
    beside = kind_name_candidates("group", question, [said], AnswerTuning(), "Velmar and Ostria")
    assert [c.value for c in alone] == ["Tarvel regime"]
    assert [c.value for c in beside] == ["Karst Union"]
