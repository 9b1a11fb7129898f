"""What a name means, from the gloss written beside it (``bot.meanings``)."""

from __future__ import annotations

from bot.meanings import asked_term, defined_names, glosses


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


def test_a_question_going_on_after_stand_for_still_asks_the_term() -> None:
    assert asked_term("What does VWL stand for, the union Anna Holt named first?") == "VWL"
    assert asked_term("What does VWL stand for and who leads it?") == ""


def test_a_bracketed_short_form_is_defined_by_the_name_before_it() -> None:
    """The name right before "(VWL)" is what VWL stands for, even where its initials differ
    (a short form of another language's words); coordinated names give the last."""
    text = "Holt listed the Ostra Front and the Velm Workers’ League (PTV) as threats."
    assert defined_names("PTV", text) == ["Velm Workers’ League"]
    assert defined_names("VWL", "The Velm Workers League [VWL] said.") == ["Velm Workers League"]
    assert defined_names("PTV", "Holt met the Velm Workers’ League on Monday.") == []
    assert defined_names("Verdad", "She named it Verdad (Verdad).") == []
