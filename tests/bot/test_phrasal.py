"""A verb with its particle is read as WordNet's multiword verb (invented sentences)."""

from bot.nlp import verb_lemmas
from bot.phrasal import phrasal_verbs, stated_phrasals


def test_particle_joins_its_verb() -> None:
    assert ("set", "set_up") in phrasal_verbs("Kestrel Labs set up a branch in Orvale.")
    assert ("put", "put_forward") in phrasal_verbs("Who put forward the plan for Lindmoor?")


def test_plain_verb_states_phrasal() -> None:
    claim = "Kestrel Labs set up a branch in Orvale."
    assert stated_phrasals(claim, verb_lemmas("Kestrel Labs founded a branch in Orvale."), 4) == {"set"}
    question = "Who put forward the plan for Lindmoor?"
    assert stated_phrasals(question, verb_lemmas("The plan was proposed by Ardent Party."), 4) == {"put"}


def test_other_verb_does_not_state_phrasal() -> None:
    claim = "Kestrel Labs set up a stall in Orvale."
    assert not stated_phrasals(claim, verb_lemmas("Kestrel Labs sold a stall in Orvale."), 4)
    assert not phrasal_verbs("Marla arrived late in Dunbury.")
