"""A verb with its particle is read as WordNet's multiword verb (invented sentences)."""

from bot.phrasal import phrasal_verbs, stated_phrasals


def test_particle_joins_its_verb() -> None:
    assert ("set", "set_up") in phrasal_verbs("Kestrel Labs set up a branch in Orvale.")
    assert ("put", "put_forward") in phrasal_verbs("Who put forward the plan for Lindmoor?")


def test_plain_verb_states_phrasal() -> None:
    claim = "Kestrel Labs set up a branch in Orvale."
    assert stated_phrasals(claim, "Kestrel Labs founded a branch in Orvale.", 1) == {"set"}
    question = "Who put forward the plan for Lindmoor?"
    assert stated_phrasals(question, "The plan was proposed by Ardent Party.", 1) == {"put"}


def test_other_verb_does_not_state_phrasal() -> None:
    claim = "Kestrel Labs set up a stall in Orvale."
    assert not stated_phrasals(claim, "Kestrel Labs sold a stall in Orvale.", 1)
    assert not phrasal_verbs("Marla arrived late in Dunbury.")


def test_rare_sense_does_not_state_phrasal() -> None:
    claim = "Rebels shot down a drone over Tarvik."
    assert not stated_phrasals(claim, "Three guards were killed in Tarvik.", 1)


def test_evidence_phrasal_states_plain_verb() -> None:
    claim = "Dara Quell founded the Lindmoor Trust."
    assert stated_phrasals(claim, "The Lindmoor Trust was set up by Dara Quell.", 1) == {"founded"}
    assert not stated_phrasals(claim, "The Lindmoor Trust was wound up by Dara Quell.", 1)


def test_second_sense_does_not_state() -> None:
    question = "When will the Velmar and Oska boards discuss the merger?"
    assert not stated_phrasals(question, "The two boards hammered out a pay deal last spring.", 1)


def test_more_precise_plain_verb_states_phrasal() -> None:
    """A plain verb whose commonest sense WordNet files right under the phrasal verb's is a way of
    doing it: "resigned" (left a post) states "stepped down" (left office), either side."""
    question = "When did the Orvale harbour master step down?"
    assert stated_phrasals(question, "The Orvale harbour master resigned in March.", 1) == {"step"}
    claim = "The Orvale harbour master resigned in March."
    assert stated_phrasals(claim, "The Orvale harbour master stepped down in March.", 1) == {"resigned"}
    assert not stated_phrasals(question, "The Orvale harbour master was promoted in March.", 1)


def test_plain_verb_written_in_the_phrasal_verbs_commonest_sense_states_it() -> None:
    claim = "The Orvale council turned down the harbour plan."
    assert stated_phrasals(claim, "The Orvale council rejected the harbour plan.", 1) == {"turned"}
    assert stated_phrasals("The Orvale council rejected the harbour plan.", claim, 1) == {"rejected"}
    assert not stated_phrasals(claim, "The Orvale council approved the harbour plan.", 1)
