"""What a name means, from the gloss written beside it (``bot.meanings``)."""

from __future__ import annotations

from bot.meanings import asked_term, glosses


def test_a_meaning_question_names_its_term() -> None:
    assert asked_term("what does verdad mean") == "verdad"
    assert asked_term("What does the name 'Verdad' mean?") == "Verdad"
    assert asked_term("What does ULM stand for?") == "ULM"
    assert asked_term("What is the meaning of Verdad?") == "Verdad"
    assert asked_term("What does Anna Holt want?") == ""
    assert asked_term("Who does Verdad mean to help?") == ""


def test_the_gloss_right_after_the_term_is_its_meaning() -> None:
    """ "X, Spanish for truth", "X - Latin for "truth" -", "X (meaning truth)", "X stands for
    ..." give the gloss; a sentence that only names X gives none."""
    assert glosses("Verdad", "Anna Holt launched Verdad, Spanish for truth, on Monday.") == ["truth"]
    assert glosses("Verdad", 'He said Verdad - Latin for "truth" - would avoid spin.') == ["truth"]
    assert glosses("Verdad", "She named it Verdad (meaning truth).") == ["truth"]
    assert glosses("ULM", "ULM stands for Upper Lake Mills, the firm said.") == ["Upper Lake Mills"]
    assert glosses("Verdad", "Verdad is the beginning of the end for Anna Holt.") == []
    assert glosses("Verdad", "Verdad was formed by Anna Holt for the election.") == []
