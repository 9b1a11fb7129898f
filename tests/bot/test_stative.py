"""``bot/stative.py``: a question about a state is not answered by a count of things an event
happened to, on hand-made sentences."""

from __future__ import annotations

from bot.api import FactChecker
from bot.counts import counts
from bot.nlp import dependency_parse
from bot.question import analyse
from bot.stative import asks_remaining, asks_state, changed_by_deed, undergone
from bot.values import parse_quantities
from index.tuning import AnswerTuning
from tests.bot.tiny_index import hand

TUNE = AnswerTuning()


def test_state_questions_are_told_from_event_questions() -> None:
    """ "how many guards are (still active) in X" asks what is the case; "were killed", "died",
    "are deployed", a death toll or a sale ask what happened."""
    for question in ("How many guards are still active in Ostrin?", "How many guards are in Ostrin?"):
        assert asks_state(question), question
    for question in (
        "How many guards were killed in Ostrin?",
        "How many guards died?",
        "How many guards are deployed in Ostrin?",
        "What was the death toll of the raid?",
        "How many kettles did Brannock sell last year?",
    ):
        assert not asks_state(question), question


def test_a_did_question_whose_root_the_tagger_misread_asks_a_deed() -> None:
    """ "how many civilians did Velmarian shelling kill": the tagger makes the adjective the root
    (a word WordNet files as no verb, like a guess at "r"), but "did" supports a deed's verb."""
    for question in (
        "How many civilians did Velmarian shelling and air strikes kill near Tarvel on Sunday?",
        "How many villagers did Ostrian shelling and rocket fire kill in Tarvel?",
    ):
        assert not asks_state(question), question
    assert asks_state("How many guards are still active in Ostrin?")


def _undergone(sentence: str) -> list[bool]:
    doc = dependency_parse(sentence)
    return [undergone(doc, x) for x in parse_quantities(sentence)]


def test_a_count_under_a_finished_deed_is_what_happened_to_them() -> None:
    """ "lost 12 guards", "20 guards were wounded" count a deed; "has 900 guards" and
    "900 guards are posted" count who is there."""
    assert _undergone("Dunmoor has so far lost 12 guards in the war.") == [True]
    assert _undergone("At least 20 guards were wounded in the raid.") == [True]
    assert _undergone("Dunmoor has about 900 guards in Ostrin.") == [False]
    assert _undergone("Some 900 guards are posted in Ostrin.") == [False]


def test_a_state_question_takes_no_count_of_the_dead(tiny: FactChecker) -> None:
    """ "How many guards are in Ostrin" is not answered by "17 guards were killed in Ostrin",
    but is by "Dunmoor keeps 400 guards in Ostrin"."""
    killed = hand(tiny, "Raiders killed 17 guards in Ostrin on Monday.", score=0.5)
    kept = hand(tiny, "Dunmoor has 400 guards in Ostrin.", doc="b.txt", score=0.5)
    asked = analyse("How many guards are in Ostrin?")
    assert [c.value for c in counts(asked, [killed], TUNE)] == []
    assert [c.value for c in counts(asked, [kept], TUNE)] == ["400 guards"]
    assert [c.value for c in counts(analyse("How many guards were killed in Ostrin?"), [killed], TUNE)] == [
        "17 guards"
    ]


def test_a_question_about_those_still_left_is_told_from_others() -> None:
    """ "still held", "remain trapped" ask how many are left after a change; a plain state or a
    deed question does not."""
    for question in ("How many hostages are still held in Ostrin?", "How many miners remain trapped?"):
        assert asks_remaining(question), question
    for question in ("How many hostages are held in Ostrin?", "How many hostages were freed?"):
        assert not asks_remaining(question), question


def test_a_count_a_finished_deed_moved_is_not_of_those_left() -> None:
    """ "evacuated 215 guards" and "freed 12 hostages" count those the change took; "are
    still held", "remain trapped" and "has 900 guards" count those there now."""
    doc = dependency_parse
    for sentence, expected in (
        ("Velmaria evacuated 215 guards trapped in Ostrin.", [True]),
        ("Rebels freed 12 hostages on Monday.", [True]),
        ("Some 30 hostages are still held in Ostrin.", [False]),
        ("About 40 miners remain trapped underground.", [False]),
        ("Dunmoor has 900 guards in Ostrin.", [False]),
    ):
        parsed = doc(sentence)
        assert [changed_by_deed(parsed, x) for x in parse_quantities(sentence)] == expected, sentence


def test_those_still_left_are_not_answered_by_those_taken_away(tiny: FactChecker) -> None:
    """ "How many guards are still stuck in Ostrin" is not answered by the number evacuated,
    but "how many were evacuated" is."""
    moved = hand(tiny, "Velmaria evacuated 215 guards trapped in Ostrin.", score=0.5)
    left = hand(tiny, "About 40 guards are still stuck in Ostrin.", doc="b.txt", score=0.5)
    still = analyse("How many guards are still stuck in Ostrin?")
    assert [c.value for c in counts(still, [moved], TUNE)] == []
    assert [c.value for c in counts(still, [left], TUNE)] == ["About 40 guards"]
    assert [c.value for c in counts(analyse("How many guards were evacuated?"), [moved], TUNE)] == [
        "215 guards"
    ]
