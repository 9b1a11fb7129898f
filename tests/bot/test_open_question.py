"""A negation with "whether" after it leaves a question open; two such texts agree in polarity."""

from __future__ import annotations

from bot.open_question import both_open, open_question


def test_a_negation_before_whether_leaves_the_question_open() -> None:
    assert open_question("The monitor could not tell whether Tarn or Velm jets struck the depot.", 4)
    assert open_question("It was not clear whether the depot was hit.", 4)
    assert open_question("Officials couldnt immediately determine whether anyone was hurt.", 4)
    assert not open_question("Tarn jets did not strike the depot.", 4)
    assert not open_question("Officials asked whether Tarn jets struck the depot.", 4)  # nothing denied
    assert not open_question("It was not the first raid on the depot, whether by night or by day.", 4)


def test_both_texts_must_leave_it_open() -> None:
    claim = "The monitor could not tell whether Tarn or Velm jets struck the depot."
    assert both_open(claim, "It did not know whether the jets over the depot were Velm's or Tarn's.", 4)
    assert not both_open(claim, "Tarn jets struck the depot, the monitor said.", 4)
