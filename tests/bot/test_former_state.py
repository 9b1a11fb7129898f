from bot.former_state import former_state


def test_a_former_state_refutes_a_present_one() -> None:
    assert former_state(
        "The Velm guild still rules Tarn.", "The Velm guild, which once ruled Tarn, was dissolved."
    )
    assert former_state("The guild runs the port of Orsk.", "The guild formerly ran the port of Orsk.")
    assert former_state(
        "A bulletin claims the Orn guild holds the valley.",
        "The Orn guild, once holding the valley, has been disbanded.",
    )


def test_no_former_state_no_clash() -> None:
    assert not former_state("The Velm guild rules Tarn.", "The Velm guild, which rules Tarn, was praised.")
    assert not former_state(
        "The Velm guild ruled Tarn in 1900.", "The Velm guild, which once ruled Tarn, was dissolved."
    )
    assert not former_state("The Velm guild rules Tarn.", "The once-mighty Velm guild rules Tarn.")
