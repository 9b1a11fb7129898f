"""``bot/counted_deed.py``: a count's deed stated while its event is worded otherwise, hand-made sentences."""

from __future__ import annotations

from bot.api import FactChecker
from bot.counted_deed import counted_deed, states_counted_deed
from bot.question import analyse
from tests.bot.tiny_index import hand


def test_a_count_is_stated_by_its_deed_whatever_words_the_event_gets(tiny: FactChecker) -> None:
    """ "How many soldiers died in the mortar barrage on Keldby" is told by "the shelling of
    Keldby killed 12 soldiers": the deed (died / killed) and the counted noun are stated, the
    barrage is called shelling; so for workers laid off in a merger and protesters arrested
    during a march described otherwise."""
    cases = [
        (
            "How many soldiers died in the mortar barrage on Keldby?",
            "The shelling of Keldby killed 12 soldiers.",
        ),
        (
            "How many protesters were arrested during the march on the Velmar parliament?",
            "Police arrested 40 protesters outside the Velmar assembly on Sunday.",
        ),
        (
            "How many fans were injured when the roof of the Ostrin stadium gave way?",
            "Nine fans were hurt as part of a stand at the Ostrin ground collapsed.",
        ),
    ]
    for question, text in cases:
        assert states_counted_deed(analyse(question), hand(tiny, text, score=0.5)), question


def test_another_deed_of_the_same_things_is_not_the_counted_one(tiny: FactChecker) -> None:
    """ "How many soldiers were wounded" is not told by a sentence of how many were killed, nor
    "how many villages did the militia attack" by one of the villages it visited; nor a count
    of soldiers by a sentence naming no soldiers ("12 people")."""
    killed = hand(tiny, "The shelling of Keldby killed 12 soldiers.", score=0.5)
    assert not states_counted_deed(
        analyse("How many soldiers were wounded in the barrage on Keldby?"), killed
    )
    visited = hand(tiny, "The Velmar militia visited five villages near Ostrin in June.", score=0.5)
    assert not states_counted_deed(
        analyse("How many villages did the Velmar militia attack in June?"), visited
    )
    people = hand(tiny, "The shelling of Keldby killed 12 people.", score=0.5)
    assert not states_counted_deed(analyse("How many soldiers died in the barrage on Keldby?"), people)


def test_a_named_doer_keeps_the_count_strict(tiny: FactChecker) -> None:
    """ "How many fans were hurt by the falling scoreboard": the question names what hurt them,
    so a sentence of fans injured in a fire (another cause) does not state it by its deed alone;
    light verbs and money verbs name no deed to count by; other kinds of question are not read."""
    fire = hand(tiny, "Twenty fans were injured when a fire broke out at the Ostrin stadium.", score=0.5)
    assert counted_deed("How many fans were hurt by the falling scoreboard at Ostrin?") == []
    assert not states_counted_deed(
        analyse("How many fans were hurt by the falling scoreboard at Ostrin?"), fire
    )
    assert counted_deed("How many goals did Ostrin get in the final?") == []
    assert counted_deed("How much did the new stand cost?") == []
    assert not states_counted_deed(analyse("Who injured the fans at the Ostrin stadium?"), fire)


def test_a_deed_the_counted_things_do_stays_strict(tiny: FactChecker) -> None:
    """ "How many people signed up for the Ostrin ferry pass": the people do the deed, and what
    they signed up for says which; a sentence of people signing up for a gym counts another
    deed. Only deeds that befall the counted things (a passive, a change such as dying) are read."""
    gym = hand(tiny, "More than 300 people signed up for the new Ostrin gym in May.", score=0.5)
    assert counted_deed("How many people signed up for the Ostrin ferry pass?") == []
    assert not states_counted_deed(analyse("How many people signed up for the Ostrin ferry pass?"), gym)
    assert counted_deed("How many soldiers died in the barrage?") == ["died"]
    assert counted_deed("How many villagers were evacuated from Keldby?") == ["evacuated"]
