from bot.retold_doers import called_as_asked, same_role, value_role, which_noun


def test_subject_role_read() -> None:
    assert value_role("The Varn ministry said the bridge had reopened.", "The Varn ministry") == "nsubj"
    assert (
        value_role("The bridge reopened after talks with the Varn ministry.", "the Varn ministry") == "pobj"
    )
    assert value_role("The bridge reopened.", "Oslan Guard") == ""


def test_two_doers_of_one_deed_are_rivals() -> None:
    lead = "Drones struck 40 depots near Tarsk on Friday, the Velm Defence Office said."
    other = "The Orlan Command announced that its drones had hit 40 depots near Tarsk."
    assert same_role(lead, "the Velm Defence Office", other, "The Orlan Command")


def test_name_in_another_role_is_no_rival() -> None:
    lead = "The Orlan Command announced that its drones had hit 40 depots near Tarsk."
    other = "Drones hit 40 depots near Tarsk after the flight of Marek Dolny."
    assert not same_role(lead, "The Orlan Command", other, "Marek Dolny")


def test_sentence_naming_the_lead_too_is_the_same_account() -> None:
    lead = "The Orlan Command announced that its drones had hit 40 depots near Tarsk."
    other = "Kira Bense said the Orlan Command had hit 40 depots near Tarsk."
    assert not same_role(lead, "The Orlan Command", other, "Kira Bense")


def test_which_noun_read_from_the_parse() -> None:
    assert which_noun("Which Orlan naval command reported the raid?") == "command"
    assert which_noun("Who reported the raid?") == ""


def test_which_n_rival_must_be_called_an_n() -> None:
    question = "Which naval command reported the raid on Tarsk?"
    assert called_as_asked(
        question, "The Orlan Naval Command reported a raid on Tarsk.", "The Orlan Naval Command"
    )
    assert not called_as_asked(
        question, "Boats raided Tarsk at dawn, the Velm ministry said.", "the Velm ministry"
    )
    assert called_as_asked(
        "Who reported the raid on Tarsk?", "The Velm ministry said so.", "The Velm ministry"
    )
