"""A claim that a party acted alone, or that a thing sufficed on its own, told otherwise
(``bot/exclusive.py``)."""

from bot.exclusive import exclusive_clash

STEPS = 1


def _same_word(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def _clash(claim: str, text: str) -> str:
    return exclusive_clash(claim, text, _same_word, STEPS)


def test_along_with_refutes_without() -> None:
    said = _clash(
        "The Velm guard said it would patrol the coast without its neighbours.",
        "The Velm guard said it would patrol the coast along with its neighbours and allies.",
    )
    assert said == "says with neighbours, not without neighbours"


def test_company_of_another_doer_is_no_clash() -> None:
    assert not _clash("The army advanced without the militia.", "The militia and the police advanced.")
    assert _clash("The army advanced without the militia.", "The army and the militia advanced.")


def test_joint_doers_refute_alone() -> None:
    said = _clash(
        "The mayor alone approved the harbour budget.",
        "The mayor and the council approved the harbour budget.",
    )
    assert said == "names mayor and council, not mayor alone"


def test_passive_agents_refute_only() -> None:
    said = _clash(
        "The raids on Tarn were flown by helicopters only.",
        "The raids on Tarn were flown by helicopters and bombers.",
    )
    assert said == "names helicopters and bombers, not helicopters alone"


def test_joint_objects_refute_only() -> None:
    said = _clash("The bakery in Tarn sells only bread.", "The bakery in Tarn sells bread and cakes.")
    assert said == "names bread and cakes, not bread alone"


def test_only_before_a_verb_limits_its_object_not_its_subject() -> None:
    assert not _clash("The bakery only sells bread.", "The bakery and the mill sell bread.")
    assert _clash("The bakery only sells bread.", "The bakery sells bread and cakes.")


def test_not_only_refutes_on_its_own() -> None:
    said = _clash(
        "The coach said his promises alone would satisfy the board.",
        "The board will weigh not only the coach's words but also his results.",
    )
    assert said == "says not only words, not promises alone"  # a word given is a kind of promise


def test_company_in_another_deed_is_no_clash() -> None:
    assert not _clash(
        "The mayor alone approved the harbour budget.", "The mayor and the council met on Monday."
    )


def test_one_of_a_kind_and_a_small_figure_are_no_limit() -> None:
    assert not _clash(
        "The ferry is the only link to Tarn.", "The ferry and a bridge link the mainland to Tarn."
    )
    assert not _clash("Only five boats sailed to Tarn.", "Five boats and a barge sailed to Tarn.")


def test_a_plain_claim_or_a_plain_source_is_no_clash() -> None:
    assert not _clash(
        "The mayor approved the harbour budget.", "The mayor and the council approved the harbour budget."
    )
    assert not _clash(
        "The mayor alone approved the harbour budget.", "The mayor approved the harbour budget."
    )
