"""A sentence saying the asked value is not known (``bot.told_unknown``), on invented sentences."""

from __future__ import annotations

from bot.answer_types import fitting
from bot.conflicts import Candidate
from bot.question import analyse
from bot.told_unknown import tells_unknown


def test_a_denied_or_un_predicate_over_a_wh_clause_tells_the_value_is_unknown() -> None:
    """ "It has not been established which boat sank", "it is unclear who fired", "she never said
    what it was": the value is not told; a relative clause or a told wh-clause is no such sentence."""
    assert tells_unknown("It has not been established which boat sank first.")
    assert tells_unknown("It is unclear who fired the flare.")
    assert tells_unknown("The mayor has never said what the fee was.")
    assert tells_unknown("Police did not say how many fishermen were held.")
    assert tells_unknown("It remains uncertain whether the ferry will run.")
    assert not tells_unknown("The man who spoke at the pier did not stay.")
    assert not tells_unknown("The council said which roads would close on Monday.")
    assert not tells_unknown("Officials explained how the dam failed.")


def test_a_sentence_saying_the_value_is_unknown_answers_no_value_question() -> None:
    """Asked which dye was used, "it was never established which dye was used" says the sources do
    not tell; asked how the crews felt, "it is unclear whether they will stay" may be the answer."""
    text = "It was never established exactly which dye the Velm mill used on the sails."
    quote = Candidate("c1", text, "sentence", "doc.txt", 0, len(text), text, 0.7)
    assert fitting(analyse("Which dye did the Velm mill use on the sails?"), None, [quote]) == []
    assert len(fitting(analyse("How did the Velm mill workers feel about the sails?"), None, [quote])) == 1
