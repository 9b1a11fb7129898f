"""A count tied by a time clause to another act than the asked one (bot/count_scenes.py)."""

from bot.count_scenes import another_scene, asked_scene, related_acts
from bot.values import parse_quantities

ASKED = "How many people died when the Velm ferry sank off Ostra in May?"


def _scene(question: str, text: str, figure: str) -> bool:
    x = next(q for q in parse_quantities(text) if q.text.lower().startswith(figure))
    return another_scene(question, text, x, 1)


def test_another_acts_toll_is_set_apart() -> None:
    text = "Twelve people died when gunmen stormed a market in Brede on the same day."
    assert _scene(ASKED, text, "twelve")


def test_the_asked_act_or_its_things_keep_the_count() -> None:
    assert not _scene(ASKED, "Nine people died when the ferry sank near Ostra.", "nine")
    assert not _scene(ASKED, "Nine people died when a storm overturned the ferry.", "nine")


def test_a_result_is_set_in_the_act_it_hangs_on() -> None:
    text = "Raiders burned a granary in Brede on Friday, leaving 14 people dead."
    assert _scene(ASKED, text, "14")
    assert not _scene(ASKED, "The ferry sank on Friday, leaving 14 people dead.", "14")


def test_an_unnamed_scene_may_be_the_asked_act_in_other_words() -> None:
    assert not _scene(ASKED, "Twelve people died when gunmen stormed a market in Ostra.", "twelve")
    assert not _scene(ASKED, "Twelve people died when a blast tore through the hull.", "twelve")


def test_a_deed_with_its_own_doer_is_not_set_by_a_clause_beside_it() -> None:
    text = "Shells on a market in Ostra killed 12 people as hundreds fled to Brede."
    assert not _scene(ASKED, text, "12")
    assert not _scene(ASKED, "Shells killed 12 people when gunmen stormed Brede.", "12")


def test_without_a_clause_on_either_side_nothing_is_said() -> None:
    assert not _scene(
        "How many people died in Ostra in May?", "Twelve died when gunmen stormed a market.", "twelve"
    )
    assert not _scene(ASKED, "Twelve people died in Ostra on Monday.", "twelve")
    assert asked_scene("How many people died in Ostra?") is None


def test_one_act_in_other_words() -> None:
    assert related_acts("sink", "sink", 1)
    assert related_acts("kill", "murder", 1)
    assert not related_acts("raid", "sink", 1)
