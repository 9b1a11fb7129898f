"""Who died and who came out alive."""

from __future__ import annotations

from bot.survival import survival_clash


def test_the_person_said_to_die_said_to_be_safe_or_to_survive_refutes() -> None:
    """ "The mayor was killed" against "the mayor and his wife were safe" or "the mayor survived"."""
    claim = "The mayor was killed in the blast at the Velmora town hall."
    assert survival_clash(claim, "Both the mayor and his wife were safe, a relative said.") == (
        "says the mayor survived"
    )
    assert survival_clash("The mayor died in the blast.", "The mayor survived the blast.") == (
        "says the mayor survived"
    )


def test_others_dying_beside_a_survivor_or_a_negated_state_say_nothing_against_it() -> None:
    """ "The mayor was safe but his driver was killed" does not refute "the driver was killed"; a
    mayor who was "not safe" is no survivor."""
    evidence = "The mayor was safe but his driver was killed in the blast."
    assert survival_clash("His driver was killed in the blast.", evidence) == ""
    assert survival_clash("The mayor was killed.", "The mayor was not safe in the hall.") == ""
    assert survival_clash("The mayor survived.", evidence) == ""  # the claim says no one died


def test_among_the_dead_and_the_object_of_killed_are_said_to_die() -> None:
    """ "was among those killed", "was among the dead", "the blast killed the mayor" say the mayor
    died, as "the mayor was killed" does; a mayor "not among the dead" did not."""
    safe = "Witnesses first said the mayor was among the dead, but his aide said the mayor was unhurt."
    for claim in (
        "The mayor was among those killed in the Velmora blast.",
        "The mayor was among the dead.",
        "A car bomb outside the Velmora town hall killed the mayor.",
    ):
        assert survival_clash(claim, safe) == "says the mayor survived", claim
    assert survival_clash("The mayor was not among the dead.", safe) == ""
    assert survival_clash("The car bomb did not kill the mayor.", safe) == ""
