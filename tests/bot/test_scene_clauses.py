"""Scene-setting clauses whose verbs the sentence's article may tell (bot/scene_clauses.py)."""

from bot.evidence import terms
from bot.scene_clauses import scene_clause_verbs, scene_verbs, told_orders


def test_time_clauses_set_the_scene() -> None:
    assert scene_verbs("After the Orlo depot fell, Velm fighters paraded the captured trucks in Ostra.") == {
        "fell"
    }
    assert scene_verbs("Before reaching Tarnby the marchers had already crossed Halm and Brede.") == {
        "reaching"
    }
    assert "began" in scene_verbs(
        "It was the first fire to hit the Velm market since the strike began in 2009."
    )


def test_clauses_describing_a_noun_set_the_scene() -> None:
    assert scene_verbs("A driver rammed a van packed with crates into the gate of the Orlo mill.") == {
        "packed"
    }
    assert scene_verbs("Ostra brought its stranded sailors home on a ferry that left from Brede.") == {"left"}


def test_main_verbs_and_infinitive_clauses_do_not() -> None:
    assert scene_verbs("The Velm council closed the Orlo pier.") == set()
    assert "hit" not in scene_verbs(
        "It was the first fire to hit the Velm market since the strike began in 2009."
    )


def test_only_verbs_the_article_writes_count() -> None:
    claim = "After the Orlo depot fell, Velm fighters paraded the captured trucks in Ostra."
    told = terms("The Orlo depot fell to Velm fighters on Monday. Crowds gathered.")
    assert scene_clause_verbs(claim, told) == {"fell"}
    assert told_orders(claim, told) == {"after"}
    silent = terms("Velm fighters paraded trucks in Ostra.")
    assert scene_clause_verbs(claim, silent) == set()
    assert told_orders(claim, silent) == set()


def test_a_trailing_time_clause_asserts_its_order() -> None:
    claim = "Tarn met Brill before he met Osk."
    assert told_orders(claim, terms("Tarn met Brill. Later he met Osk.")) == set()
