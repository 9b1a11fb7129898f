"""Verb frames: the asked role's filler, not whatever name shares the sentence."""

from __future__ import annotations

from bot.nlp import parse
from bot.roles import Ask, asked_role, core_terms, frames, name_in


def _filler(sentence: str, lemma: str, role: str) -> str:
    ents = [(e.text, e.label, e.start, e.end) for e in parse(sentence).entities]
    for frame in frames(sentence):
        filler = frame.agent if role == "agent" else frame.patient
        if frame.lemma == lemma and filler is not None:
            return name_in(filler, ents)[0]
    return ""


def test_who_questions_ask_for_the_subject_or_the_patient() -> None:
    assert asked_role("Who seized the airport?") == Ask("seize", "agent")
    assert asked_role("Which company bought the brewery?") == Ask("buy", "agent")
    assert asked_role("Who was arrested in Paris?") == Ask("arrest", "patient")
    assert asked_role("Who is the finance minister?") is None  # no verb to anchor on


def test_active_subject_is_the_phrase_when_it_names_no_one() -> None:
    sentence = "Armed farmers seized the airport on Tuesday, while President Lopez was abroad."
    assert _filler(sentence, "seize", "agent") == "Armed farmers"


def test_passive_participle_agent_is_the_name_after_by() -> None:
    sentence = "A consortium of banks led by the Dutch lender ING Group bought the brewery in May."
    assert _filler(sentence, "lead", "agent") == "ING Group"
    assert _filler(sentence, "buy", "agent").startswith("consortium of banks")


def test_passive_subject_is_the_patient() -> None:
    sentence = "Maria Costa was arrested in Lisbon by border police."
    assert _filler(sentence, "arrest", "patient") == "Maria Costa"
    assert _filler(sentence, "arrest", "agent") == "border police"


def test_coordinated_participles_share_their_agent() -> None:
    sentence = "The Falcon was a light glider designed and built by the Harlow Aircraft Company in Ohio."
    assert _filler(sentence, "design", "agent").endswith("Harlow Aircraft Company")


def test_a_place_naming_the_head_noun_does_not_replace_it() -> None:
    sentence = "A Chicago federal jury convicted Tom Reyes of fraud on Friday."
    assert _filler(sentence, "convict", "agent") == "Chicago federal jury"


def test_the_asked_event_names_what_it_is_about() -> None:
    ask = asked_role("Who leads the Atlas Group?")
    assert ask is not None and ask.lemma == "lead" and {"atla", "group"} & set(ask.about)


def test_core_terms_leave_out_where_and_when() -> None:
    core = set(core_terms("What reason did the ministry give for its decision in March?"))
    assert {"reason", "ministri", "give"} <= core
    assert "march" not in core and "decis" not in core
