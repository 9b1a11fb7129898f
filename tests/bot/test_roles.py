"""Verb frames: the asked role's filler, not whatever name shares the sentence."""

from __future__ import annotations

import pytest

from bot.nlp import parse
from bot.roles import (
    Ask,
    Filler,
    agent_verb,
    asked_phrase,
    asked_role,
    asks_one_person,
    core_terms,
    frames,
    name_in,
    owned_thing,
    owners,
    says_verb,
)
from bot.text import TokenPool, tokens


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


def test_a_what_object_question_asks_for_the_patient() -> None:
    """ "What did X seize?" asks for what was seized, and X is what the event is about."""
    ask = asked_role("What did the army seize?")
    assert ask == Ask("seize", "patient") and set(tokens("army")) <= set(ask.about)


def test_a_relative_clause_verb_takes_the_noun_it_describes_as_agent() -> None:
    """ "forces that struck the village": the forces struck it."""
    sentence = "Government forces that struck the village withdrew at dawn."
    assert _filler(sentence, "strike", "agent") == "Government forces"


def test_a_relative_clause_object_is_the_noun_it_describes() -> None:
    """ "the bridge that the army built": the army built the bridge."""
    (_, built) = [f for f in frames("The council closed the bridge that the army had built.")]
    assert built.lemma == "build" and built.agent is not None and built.patient is not None
    assert (built.agent.text, built.patient.text) == ("army", "bridge")


def test_coordinated_verbs_share_their_subject() -> None:
    """ "the leaders met and agreed": the leaders agreed too."""
    sentence = "The two leaders met in Geneva and agreed a ceasefire."
    assert _filler(sentence, "agree", "agent") == _filler(sentence, "meet", "agent") != ""


def test_a_participle_after_a_noun_takes_it_as_agent() -> None:
    """ "police using drones": the police use them."""
    assert _filler("Police using drones found the missing hikers.", "use", "agent") == "Police"


def test_a_trailing_participle_clause_shares_the_main_subject() -> None:
    """ "rebels launched an offensive, seizing the airport": the rebels seized it."""
    sentence = "Rebel fighters launched an offensive on Monday, seizing the airport."
    assert _filler(sentence, "seize", "agent") == "Rebel fighters"


def test_the_direct_object_is_the_patient() -> None:
    """In an active sentence the object is what the verb acts on."""
    assert _filler("The militia freed three hostages.", "free", "patient").endswith("hostages")


def test_a_nationality_does_not_replace_the_phrase_but_a_named_group_does() -> None:
    """ "Syrian rebel fighters" stays a phrase; "the jihadist group Liwa al-Haqq" is the group."""
    assert _filler("Syrian rebel fighters seized the airport.", "seize", "agent") == "Syrian rebel fighters"
    assert _filler("The jihadist group Liwa al-Haqq seized the airport.", "seize", "agent") == "Liwa al-Haqq"


def test_a_phrase_loses_its_leading_article_and_a_pronoun_is_flagged() -> None:
    """ "The rebels" answers as "rebels"; "They" is a pronoun, which names no one."""
    assert _filler("The rebels seized the airport.", "seize", "agent") == "rebels"
    (frame,) = [f for f in frames("They seized the airport.") if f.lemma == "seize"]
    assert frame.agent is not None and frame.agent.pronoun
    assert frame.patient is not None and not frame.patient.pronoun


def test_name_in_trims_stopwords_the_tagger_left_at_the_end_of_a_name() -> None:
    """An entity span running into "at"/"of" ends at the last word of the name."""
    text = "the Burgess Company at the port"
    filler = Filler(text, 0, len(text), False)
    entities = [("the Burgess Company at", "ORG", 0, 22)]
    assert name_in(filler, entities) == ("the Burgess Company", 0, 19)


@pytest.mark.parametrize(
    ("question", "lemma"),
    [
        ("Whom did the jury convict?", "convict"),
        ("Which city did the rebels capture?", "capture"),
        ("Which town did Assad lose?", "lose"),
    ],
)
def test_a_wh_word_before_did_and_a_subject_asks_for_the_patient(question: str, lemma: str) -> None:
    """In "whom/which X did Y verb", Y is the subject, so the question asks for the patient."""
    assert asked_role(question) == Ask(lemma, "patient")


@pytest.mark.parametrize(
    ("question", "lemma"),
    [("Who convicted the man?", "convict"), ("Which group captured the city?", "capture")],
)
def test_a_wh_subject_before_its_verb_still_asks_for_the_agent(question: str, lemma: str) -> None:
    """Without "did" and another subject, the wh-phrase is the subject: the agent is asked."""
    assert asked_role(question) == Ask(lemma, "agent")


def test_a_wh_phrase_after_a_preposition_is_not_the_object() -> None:
    """ "From which city did the flight depart?" asks where from, not what was departed."""
    asked = asked_role("From which city did the flight depart?")
    assert asked is None or asked.role != "patient"


def test_a_name_run_onto_its_title_without_a_comma_is_the_filler() -> None:
    """Text that lost its commas: "Tomas Brill head of the Observatory" is Tomas Brill."""
    sentence = '"Ten people died in Ostrin" said Tomas Brill head of the Dunmoor Observatory.'
    assert _filler(sentence, "say", "agent") == "Tomas Brill"


def test_one_person_is_asked_by_a_singular_person_noun() -> None:
    """ "Which ranger", "the name of the driver" ask for one person; "which group", "which
    rangers" and a bare "who" do not."""
    assert asks_one_person("Which ranger died in the fire?")
    assert asks_one_person("What was the name of the driver who hit the wall?")
    assert not asks_one_person("Which group claimed the fire?")
    assert not asks_one_person("Which rangers died in the fire?")
    assert not asks_one_person("Who opened the bridge?")


def test_an_event_noun_object_names_the_verb_asked() -> None:
    ask = asked_role("Who inflicted the defeat on the Harlow Hawks?")
    assert ask is not None and (ask.lemma, ask.event) == ("inflict", "defeat")
    ask = asked_role("Who won the match in Dunmoor?")
    assert ask is not None and ask.event == ""  # a match is first a thing, not a deed


def test_a_verb_says_another_by_a_shared_meaning_or_as_a_way_of_doing_it() -> None:
    assert says_verb("meet", "play") and says_verb("defeat", "beat") and says_verb("lead", "lead")
    assert not says_verb("lead", "eat") and not says_verb("defeat", "humble")


def test_a_verb_says_another_in_its_second_sense_filed_right_under_it() -> None:
    """ "face" an opponent (its second sense) sits right under the sense WordNet names "meet,
    play, take on": a way of playing someone; a sense filed under it only further up, or a
    verb no such sense names, says nothing of it."""
    assert says_verb("play", "face")
    assert not says_verb("attack", "face") and not says_verb("kill", "face")
    assert not says_verb("receive", "win")


def test_whom_someone_faces_answers_whom_they_play() -> None:
    """ "Who does Holt play first?": the one she faces in the first round fills the asked role."""
    from bot.entities import role_fillers

    ask = asked_role("Who does Anna Holt play first at Dunmoor?")
    text = "She faces Ostrinian Ilse Varga in the first round."
    assert ask is not None and ask.lemma == "play"
    fillers = role_fillers(ask, text, parse(text).entities, TokenPool(tokens("Anna Holt play Dunmoor")))
    assert fillers is not None and any("Ilse Varga" in f for f in fillers)


def test_what_questions_ask_for_the_object_of_the_innermost_open_verb() -> None:
    """A fronted "what" fills the object of the verb still missing one, through "say",
    "accused of" and "urged X to"; "what is", "what did X say" ask no phrase of a verb."""
    assert asked_phrase("What is Brandt accused of personally supervising?") == Ask("supervise", "patient")
    assert asked_phrase("What did the ministry say it targeted in Sunday's raids?") == Ask(
        "target", "patient"
    )
    assert asked_phrase("What did Mayor Holt urge the council to rebuild?") == Ask("rebuild", "patient")
    assert asked_phrase("What is Velmar's top priority?") is None
    assert asked_phrase("What did Anna Holt say?") is None


def test_how_and_stranded_as_ask_what_a_verb_takes_its_object_as() -> None:
    """ "How does X classify Y" and "what does X regard Y as" ask the complement, about Y."""
    ask = asked_phrase("How does the Velmar government classify the Ostrian Front?")
    assert ask == Ask("classify", "complement") and set(ask.about) >= {"ostrian", "front"}
    ask = asked_phrase("What does Keldby regard the Dunmoor League as?")
    assert ask == Ask("regard", "complement") and "dunmoor" in ask.about


@pytest.mark.parametrize(
    ("sentence", "lemma", "taken", "complement"),
    [
        (
            "Velmar considers the Ostrian Front a terrorist group.",
            "consider",
            "the Ostrian Front",
            "a terrorist group",
        ),
        (
            "The ministry designated the league as a banned organisation.",
            "designate",
            "the league",
            "a banned organisation",
        ),
        (
            "The Ostrian Front was listed as a terrorist group by Velmar.",
            "list",
            "The Ostrian Front",
            "a terrorist group",
        ),
        (
            "He named the Front, which Keldby considers a criminal gang.",
            "consider",
            "the Front",
            "a criminal gang",
        ),
    ],
)
def test_a_frame_holds_what_its_object_is_taken_as(
    sentence: str, lemma: str, taken: str, complement: str
) -> None:
    """A small clause, "as" after an object or a passive, and a relative's head."""
    frame = next(f for f in frames(sentence) if f.lemma == lemma)
    assert frame.object_phrase is not None and frame.object_phrase.text == taken
    assert frame.complement is not None and frame.complement.text == complement


def test_the_object_phrase_keeps_its_article_number_and_modifiers() -> None:
    """ "struck more than 40 depots": the phrase a "what" question is answered with."""
    frame = next(
        f
        for f in frames("Velmar jets struck more than 40 depots near Ostrin on Sunday.")
        if f.lemma == "strike"
    )
    assert frame.object_phrase is not None and frame.object_phrase.text == "more than 40 depots near Ostrin"
    assert frame.patient is not None and frame.patient.text == "depots"  # who-questions keep the bare noun


def test_a_phrase_answer_keeps_a_list_the_parser_took_for_an_apposition() -> None:
    """ "hit two schools, a bakery and a clinic": the whole list is what was hit; a renaming
    apposition without a conjunct ("the depot, a supply hub") is still left out."""
    frame = next(
        f for f in frames("On Sunday the shells hit two schools, a bakery and a clinic.") if f.lemma == "hit"
    )
    assert (
        frame.object_phrase is not None and frame.object_phrase.text == "two schools, a bakery and a clinic"
    )
    frame = next(
        f for f in frames("Velmar jets struck the depot, a key supply hub, on Sunday.") if f.lemma == "strike"
    )
    assert frame.object_phrase is not None and frame.object_phrase.text == "the depot"


def test_a_list_written_without_commas_is_one_object() -> None:
    """ "hit two houses a town hall and a bakery": text that lost its commas still hit all three;
    an object and what it is called ("labelled the Front a criminal gang") stay apart."""
    frame = next(
        f
        for f in frames("The raids hit two houses a town hall and a bakery shortly after dawn.")
        if f.lemma == "hit"
    )
    assert (
        frame.object_phrase is not None and frame.object_phrase.text == "two houses a town hall and a bakery"
    )
    frame = next(f for f in frames("Keldby labelled the Front a criminal gang.") if f.lemma == "label")
    assert frame.object_phrase is not None and frame.object_phrase.text == "the Front"
    assert frame.complement is not None and frame.complement.text == "a criminal gang"


def test_a_stranded_preposition_asks_for_its_object() -> None:
    """ "What had they gathered at" asks the object of "at": "gathered at the old mill", or the
    noun a "where" clause describes ("the wells where villagers were gathered")."""
    assert asked_phrase("What had the villagers gathered at when the shells fell?") == Ask(
        "gather", "oblique", prep="at"
    )
    ask = asked_role("Who did the minister speak to after the vote?")
    assert ask == Ask("speak", "oblique", prep="to")
    mill = next(
        f
        for f in frames("The villagers had gathered at the old mill when shells fell.")
        if f.lemma == "gather"
    )
    assert mill.oblique("at") is not None and mill.oblique("at").text == "the old mill"
    wells = next(
        f
        for f in frames("Rebel planes bombed the wells where a crowd of villagers were gathered near Tarvin.")
        if f.lemma == "gather"
    )
    assert wells.oblique("at") is not None and wells.oblique("at").text == "the wells"
    assert wells.oblique("about") is None  # a "where" clause says where, not what about


@pytest.mark.parametrize(
    ("question", "lemma"),
    [
        ("Who did the Velmar opposition council blame for the market fire?", "blame"),
        ("who did the ostrian opposition coalition blame for the keldby market massacre", "blame"),
        ("who did the velmar opposition council blame for the market fire", "blame"),
        ("Who did the Ostrian rebels accuse of the bombing?", "accuse"),
    ],
)
def test_a_verb_the_tagger_took_for_a_noun_after_did_is_still_asked(question: str, lemma: str) -> None:
    """ "Who did the council blame": "blame" tagged a noun is the verb whose object is asked;
    after a preposition ("from which city did the flight depart") it is not."""
    assert asked_role(question) == Ask(lemma, "patient")


def test_blame_and_accuse_say_one_deed() -> None:
    """Verbs under one WordNet parent that one of them names are one deed; mere co-hyponyms are not."""
    assert says_verb("blame", "accuse") and says_verb("accuse", "blame")
    assert not says_verb("hit", "kiss")


def test_whose_asks_for_the_side_named_on_the_thing() -> None:
    """ "Whose warplanes": the nation or group named on planes (a sibling kind), or after
    "from"; a name elsewhere in the sentence is not the owner."""
    assert owned_thing("Whose warplanes hit the Ostrin depot on Sunday?") == "warplane"
    assert owned_thing("Who hit the Ostrin depot?") == ""
    assert owners("The depot was hit by Velmarian planes, the Tarvin monitor said.", "warplane") == (
        "Velmarian",
    )
    assert owners("Warplanes from the Velmar coalition struck the depot.", "warplane") == ("Velmar",)
    assert owners("Air strikes hit the depot, according to the Tarvin Observatory.", "warplane") == ()


def test_whose_asks_for_a_possessor_or_the_doer_that_made_the_thing_theirs() -> None:
    """ "Whose tally will Kerr pass": "the tally set by Tomas Brill" (the doer of a participle on
    the thing) and "Tomas Brill's record" say whose; read as a person's (``possessed``), a name
    merely written on the thing ("the Velm hotel", "the tally of Orn stadium") says where it is."""
    people = frozenset({"PERSON", "ORG", "NORP"})
    set_by = "Ada Kerr will overtake the tally posted by Tomas Brill in 1990."
    assert owners(set_by, "tally", people, possessed=True) == ("Tomas Brill",)
    assert owners("Tomas Brill's tally still stands after 30 years.", "tally", people, possessed=True) == (
        "Tomas Brill",
    )
    assert owners("Rebels shelled the Velm Grand hotel on Monday.", "hotel", people, possessed=True) == ()
    assert owners("Ada Kerr passed the tally of Orn stadium.", "tally", people, possessed=True) == ()


def test_who_is_the_leader_of_x_asks_who_leads_x() -> None:
    """ "the leader of the VPA" is whoever leads it, so the question asks the doer of "lead"
    about the VPA; a noun that is no doer of a verb ("head") asks nothing of the kind."""
    ask = asked_role("Who is the leader of the VPA?")
    assert ask == Ask("lead", "agent") and ask.about == ("vpa",)
    assert asked_role("Who was the winner of the Tarvin marathon?") == Ask("win", "agent")
    assert asked_role("Who is the head of the council?") is None
    assert agent_verb("founder") == "found" and agent_verb("brother") == ""


def test_what_as_the_object_of_a_stranded_preposition_asks_that_oblique() -> None:
    """ "What did X end at" asks the object of "at"; a preposition dangling at the end of a deeper
    phrase ("stop them from making use of") asks the object of that verb's preposition."""
    assert asked_phrase("What did the Velm toll index end the week at?") == Ask("end", "oblique", prep="at")
    assert asked_phrase("What did the Velm toll index settle at?") == Ask("settle", "oblique", prep="at")
    assert asked_phrase("What did the council try to stop the firm from making use of?") == Ask(
        "make", "oblique", prep="of", held="use"
    )
    assert asked_phrase("What did the mayor ask the council to vote on?") == Ask("vote", "oblique", prep="on")
