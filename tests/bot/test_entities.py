"""``bot/entities.py``: a name of the asked kind in the asked role, on hand-made sentences."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.conflicts import Candidate
from bot.entities import (
    _doer_ask,
    _is_asked,
    _listed_with_asked,
    abbreviated,
    acting_place,
    asked_nationality,
    asked_places,
    asked_verb,
    asks_bare_saying,
    asks_beginning,
    asks_source,
    asks_told_clause,
    asks_when_stated,
    asks_where,
    called_by_noun,
    citation_date,
    coordinated,
    dated_verb,
    entities,
    fills_asked_role,
    house_number,
    identified_as,
    is_handle,
    modifies_another,
    name_after_kind,
    named_body,
    named_in_full,
    nationality_taken_up,
    one_titled,
    opposed_modifier,
    owned_up_form,
    placed_list,
    placed_verb,
    pronoun_filler,
    question_verbs,
    role_fillers,
    says_asked_phrasal,
    states_sourced_figure,
    surname_asked,
    titled_name,
    told_within,
    used_as_place,
    which_nationality,
)
from bot.evidence import EvidenceSentence
from bot.nlp import parse
from bot.question import analyse
from bot.roles import Filler, asked_role
from bot.text import TokenPool, tokens
from index.embed import Embedder
from index.tuning import AnswerTuning
from tests.bot.tiny_index import checker_over, hand

TUNE = AnswerTuning()


def found(question: str, *hits: EvidenceSentence) -> list[Candidate]:
    return entities(analyse(question), list(hits), TUNE)


def test_a_place_after_a_locative_word_is_where_it_happened(tiny: FactChecker) -> None:
    """ "sank in Ostrin" answers "where", not "Dunmoor officials" (a place merely mentioned)."""
    hit = hand(tiny, "Dunmoor officials said the ferry sank in Ostrin.", score=0.5)
    assert [c.value for c in found("Where did the ferry sink?", hit)] == ["Ostrin"]


def test_a_duration_is_not_a_date(tiny: FactChecker) -> None:
    """ "When" is answered by a date ("March 2020"), not by a span of time ("12 years")."""
    hit = hand(tiny, "The harbour, closed for 12 years, reopened in March 2020.", score=0.5)
    assert [c.value for c in found("When did the harbour reopen?", hit)] == ["March 2020"]


def test_a_house_number_is_not_a_year(tiny: FactChecker) -> None:
    """ "located at 1412 Birch Street": the address's number is no answer to "when was it built"."""
    hit = hand(tiny, "The Orla Lodge, located at 1412 Birch Street in Keldby, was built in 1911.", score=0.5)
    assert [c.value for c in found("When was the Orla Lodge built?", hit)] == ["1911"]
    assert house_number("42", " Quay Avenue in Ostrin")
    assert not house_number("1998", " Lena Ross left the band")


def test_a_plural_which_question_takes_the_whole_named_list(tiny: FactChecker) -> None:
    """ "Which towns": the list runs on past the entity the tagger found."""
    hit = hand(tiny, "Ferries came from Ostrin, Dunmoor and Keldby on Tuesday.", score=0.5)
    assert [c.value for c in found("Which towns did the ferries come from?", hit)] == [
        "Ostrin, Dunmoor and Keldby"
    ]


def test_a_plural_question_takes_a_list_from_its_first_name_not_its_tail(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """ "Which countries": a name inside a list ("Italy and Spain" of "France, Italy, and Spain")
    gives no answer of its own, though its rarer words would rank it above the list's first name
    (France, common in these articles): the list answers whole."""
    articles = {
        "isle.txt": "Island talks\n\nFrance sent envoys to the island talks.\n\nFrance also sent a frigate.\n",
        "trade.txt": "Island trade\n\nTrade with France grew last year.\n\nThe island sells fish to France.\n",
    }
    checker = checker_over(articles, "listed-powers", tmp_path_factory, embedder)
    hit = hand(
        checker, "The island remains a prize for rival powers, including France, Italy, and Spain.", score=0.5
    )
    assert [c.value for c in found("Which countries are rival powers eyeing the island?", hit)] == [
        "France, Italy and Spain"
    ]


def test_a_place_inside_places_is_one_address_not_a_list(tiny: FactChecker) -> None:
    """ "in Velmor, Ostria, Tarnland": commas alone write one address (town, region, country),
    as the text writes it (not "Velmor, Ostria and Tarnland", a list of three)."""
    hit = hand(
        tiny, "Brindle College is a small school located by the river in Velmor, Ostria, Tarnland.", score=0.5
    )
    assert [c.value for c in found("Where is Brindle College located?", hit)] == ["Velmor, Ostria, Tarnland"]


def test_the_filler_of_the_asked_role_answers_not_the_named_one(tiny: FactChecker) -> None:
    """ "Who thanked X" takes the agent, "Who did X thank" the patient; a name the question
    gives is never its answer."""
    hit = hand(tiny, "Tomas Brill thanked Anna Holt for the repairs.", score=0.5)
    assert [c.value for c in found("Who thanked Anna Holt?", hit)] == ["Tomas Brill"]
    assert [c.value for c in found("Who did Tomas Brill thank?", hit)] == ["Anna Holt"]


def test_role_fillers_say_whether_a_sentence_uses_the_asked_verb() -> None:
    """None: the sentence does not use the verb (or only a pronoun fills the role), other
    evidence decides; []: the verb is there but its filler is what the question names."""
    question = "Who leads the VPA?"
    ask, asked = asked_role(question), TokenPool(tokens(question))
    assert ask is not None

    def fillers(text: str) -> list[str] | None:
        return role_fillers(ask, text, parse(text).entities, asked)

    assert fillers("Karin Moss leads the VPA.") == ["Karin Moss"]
    assert fillers("Rebels led by the VPA took the pier.") == []
    assert fillers("The VPA took the pier.") is None
    assert fillers("He leads the VPA.") is None


def test_a_role_filled_by_no_one_names_no_answer() -> None:
    """ "No group has claimed the raid": the verb is there and says no one did it, so the
    sentence answers nothing (not "group"), and other evidence decides."""
    question = "Who claimed the raid on the depot?"
    ask, asked = asked_role(question), TokenPool(tokens(question))
    assert ask is not None

    def fillers(text: str) -> list[str] | None:
        return role_fillers(ask, text, parse(text).entities, asked)

    assert fillers("No group has claimed the raid on the depot.") == []
    assert fillers("Nobody claimed the raid.") == []
    assert fillers("The Harbour Brigade claimed the raid.") == ["The Harbour Brigade"]


def test_a_name_and_its_defined_acronym_are_one_value(tiny: FactChecker) -> None:
    """ "the Velmar Port Authority (VPA)" defines "VPA": both sources give the same value."""
    a = hand(tiny, "The Velmar Port Authority (VPA) took the pier.", doc="a.txt", score=0.5)
    b = hand(tiny, "The VPA took the pier on Monday.", doc="b.txt", score=0.45)
    out = found("Which group took the pier?", a, b)
    assert [c.value for c in out] == ["The Velmar Port Authority", "VPA"]
    assert len({c.key for c in out}) == 1


def test_the_speaker_answers_who_said_it(tiny: FactChecker) -> None:
    """A question about what someone said is answered by the sentence's speaker."""
    hit = hand(tiny, "The pier will reopen in May.", speaker="Karin Moss", score=0.5)
    assert [c.value for c in found("Who said the pier would reopen?", hit)] == ["Karin Moss"]


def test_who_told_a_that_clause_asks_for_its_speaker() -> None:
    """ "Who forecast that ...": "who" is the subject of a verb of saying (WordNet's
    communication file) whose object is a that-clause, so the question asks whose statement the
    clause is; a verb of deciding or knowing, or one with a plain object, asks no speaker."""
    assert asks_told_clause("Who forecast that ferry fares would double by 2030?")
    assert asks_told_clause("Who predicted that Velm would win the vote?")
    assert not asks_told_clause("Who forecast a rise in ferry fares?")
    assert not asks_told_clause("Who decided that the port should reopen?")
    assert not asks_told_clause("Who knew that the dam could fail?")


def test_who_spoke_asks_for_a_speaker() -> None:
    """ "Who spoke for X about Y": "who" is the subject of a verb of saying that takes no object,
    so saying anything is the asked deed; a verb with an object, or one of doing, asks no such
    thing."""
    assert asks_bare_saying("Who spoke for the ferry company about the delays?")
    assert asks_bare_saying("Who testified at the harbour inquiry?")
    assert asks_told_clause("Who commented on the new timetable?")
    assert not asks_bare_saying("Who wrote the harbour report?")
    assert not asks_bare_saying("Who built the pier?")
    assert not asks_bare_saying("Who forecast that ferry fares would double by 2030?")


def test_a_named_reporter_answers_who_spoke_for_a_body(tiny: FactChecker) -> None:
    """ "Who spoke for the ferry company": the named subject of "said" spoke, even in a weaker
    sentence with no comma before it and no speaker found at ingest; the company itself, and an
    unnamed spokesman, are no answer."""
    best = hand(tiny, "The ferry company said the delays on the north route would end soon.", score=0.8)
    quoted = '"Boats on the north route will sail again on Monday" harbour manager Tilda Marsh said.'
    weaker = hand(tiny, quoted, doc="quay.txt", score=0.5)
    question = "Who spoke for the ferry company about the delays on the north route?"
    assert [c.value for c in found(question, best, weaker)] == ["Tilda Marsh"]
    unnamed = hand(tiny, "The delays would end soon, a company spokesman said.", doc="pier.txt", score=0.8)
    assert found(question, unnamed) == []


def test_the_source_of_a_forecast_answers_who_forecast_it(tiny: FactChecker) -> None:
    """A sentence stating the forecast, with its source after "according to", names who
    forecast it, though it never says "forecast"."""
    text = "Ferry fares are set to double by 2030, according to Velmar Data."
    hit = hand(tiny, text, speaker="Velmar Data", score=0.5)
    question = "Who forecast that ferry fares would double by 2030?"
    assert [c.value for c in found(question, hit)] == ["Velmar Data"]


def test_much_weaker_sentences_offer_no_value(tiny: FactChecker) -> None:
    """Below ``entity_floor_ratio`` of the best sentence's score a name is not a candidate."""
    best = hand(tiny, "The harbour reopened on Monday.", doc="a.txt", score=0.5)
    close = hand(tiny, "Dunmoor held a vote on Friday.", doc="b.txt", score=0.45)
    weak = close.rescored(score=TUNE.entity_floor_ratio * 0.5 - 0.01)
    assert [c.value for c in found("When did the harbour reopen?", best, close)] == ["Monday", "Friday"]
    assert [c.value for c in found("When did the harbour reopen?", best, weak)] == ["Monday"]


def test_a_titled_name_is_the_person_right_after_the_asked_title() -> None:
    """A question naming an office ("the Velmar Port Authority") finds the person the title
    stands right before, not one who merely appears with it; one name word is no title."""
    q = analyse("Who chairs the Velmar Port Authority?")
    assert titled_name(q, "Velmar Port Authority chief Ilse Varga approved the plan.")
    assert not titled_name(q, "Ilse Varga approved the plan for the Velmar Port Authority.")
    assert not titled_name(analyse("Who runs the harbour of Velmar?"), "Velmar mayor Ilse Varga spoke.")


def test_a_speaker_answers_who_said_not_who_did_it(tiny: FactChecker) -> None:
    """ "said Tomas Brill" reports the bombing: he is not the bomber, nor whoever claimed it,
    but he is who said it."""
    text = '"A bomber on a motorcycle blew himself up in Ostrin" said Tomas Brill head of the Dunmoor Observatory.'
    hit = hand(tiny, text, score=0.5)  # no speaker found at ingest: the parse finds him
    assert found("Who was the bomber in Ostrin?", hit) == []
    assert found("Who claimed responsibility for the bombing in Ostrin?", hit) == []
    assert [c.value for c in found("Who said a bomber blew himself up in Ostrin?", hit)] == ["Tomas Brill"]
    told = hand(tiny, "The groom survived the blast in Ostrin, his cousin Anna Holt told Reuters.", score=0.5)
    assert found("Which agency ran the wedding in Ostrin?", told) == []
    cited = hand(tiny, "According to Anna Holt the groom Tomas Brill survived the blast.", score=0.5)
    assert [c.value for c in found("Who was the groom?", cited)] == ["Tomas Brill"]


def test_a_name_the_question_abbreviates_is_not_its_answer(tiny: FactChecker) -> None:
    """ "Dun Obs" is how the question writes "Dunmoor Observatory": the answer is someone else."""
    hit = hand(tiny, "Tomas Brill scored the second goal for Dunmoor Observatory on Sunday.", score=0.5)
    assert [c.value for c in found("Who scored Dun Obs's second goal?", hit)] == ["Tomas Brill"]
    assert abbreviated("Manchester United's", "who scored man utd's second goal")
    assert not abbreviated("Manchester United", "who scored for Manchester City")


def test_a_name_after_in_the_village_of_is_no_person(tiny: FactChecker) -> None:
    """The tagger may call a village a person; "in the village of X" says it is a place."""
    hit = hand(tiny, "The bomber blew himself up in the village of Tall Tawil during a wedding.", score=0.5)
    assert found("Who was the groom at the wedding?", hit) == []
    named = hand(tiny, "The groom Tomas Brill survived the blast in the village.", score=0.5)
    assert [c.value for c in found("Who was the groom at the wedding?", named)] == ["Tomas Brill"]


def test_a_name_after_the_village_of_answers_where_whatever_its_tag(tiny: FactChecker) -> None:
    """The tagger may read a village as a nationality; "in the village of X" says it is a place."""
    hit = hand(
        tiny, "The killings took place in the village of Ostrandi north of second city Velmar.", score=0.5
    )
    assert [c.value for c in found("Where did the killings take place?", hit)] == ["Ostrandi"]


def test_a_name_in_apposition_to_a_place_noun_answers_where_whatever_its_tag(tiny: FactChecker) -> None:
    """The tagger reads "Al-Tarvaniyah" as an organisation and "Al-Merrabiyah" as a person; "a
    town", "a district" in apposition say they are places. An appositive charity says no such thing."""
    town = hand(tiny, "The shell struck Al-Tarvaniyah, a town on the main road to the coast.", score=0.5)
    assert [c.value for c in found("Where did the shell strike?", town)] == ["Al-Tarvaniyah"]
    district = hand(tiny, "The bomb struck Al-Merrabiyah a district that houses the old market.", score=0.5)
    assert [c.value for c in found("Where did the bomb strike?", district)] == ["Al-Merrabiyah"]
    charity = hand(tiny, "The rocket hit Ostmarra Lo, a charity that runs the valley clinic.", score=0.5)
    assert found("Where did the rocket hit?", charity) == []


def test_a_speaker_the_parse_names_in_part_is_no_answer(tiny: FactChecker) -> None:
    """The parse's speaker of "reported" is "Dunmoor Monitor", the tagged name "the Dunmoor
    Monitor for Peace": it reports the executions, it did not carry them out."""
    text = "The attack came as the Dunmoor Monitor for Peace reported that troops executed 20 people."
    hit = hand(tiny, text, score=0.5)
    assert not [c for c in found("Which group carried out the executions?", hit) if "Monitor" in c.value]


def test_a_name_before_a_place_noun_is_no_person(tiny: FactChecker) -> None:
    """ "the Lena Ross hospital" (tagged a person): the name is the hospital's."""
    text = "The wounded were taken to the Lena Ross hospital after the blast."
    assert found("Who was the bomber?", hand(tiny, text, score=0.5)) == []
    named = hand(tiny, "The bomber Karim Haddad died near the roundabout on Monday.", score=0.5)
    assert [c.value for c in found("Who was the bomber?", named)] == ["Karim Haddad"]


def test_a_name_the_articles_use_as_a_place_is_no_person() -> None:
    """ "flew back to Tarvin" gives no cue, but the articles call it "the air base at Tarvin"
    and "Tarvin airport": a place. A person's mentions ("said Ilse Varga", "in Varga's speech")
    are not places."""
    base = [
        ("Russia's main air base at ", " in the west"),
        ("as it flew back to ", ". No group"),
        ("", " airport was"),
    ]
    assert used_as_place(base, TUNE)
    person = [("the harbour master ", " said on"), ("Mayor ", " opened the"), ("in ", "'s speech on")]
    assert not used_as_place(person, TUNE) and not used_as_place([], TUNE)


def test_a_hyphenated_modifier_after_a_name_is_no_place_noun() -> None:
    """ "... killing the coach Ansel Dorn state-run TV said" (a text with its commas lost): "state"
    of "state-run" is no place noun after the name, so Dorn's mentions do not make him a place;
    "Dorn state park" still names a place."""
    person = [("killing the coach ", "."), ("killing the coach ", " state-run TV said")]
    assert not used_as_place(person, TUNE)
    assert used_as_place([("the coach ", " state park"), ("near ", ".")], TUNE)


def test_the_corpus_lists_how_its_articles_use_a_name(tiny: FactChecker) -> None:
    """Each mention of a name comes with the words around it, so a rule can read its use."""
    corpus = tiny.retriever.corpus()
    assert any(
        before.endswith("arrived in ") for before, _ in corpus.mentions("Velmar", TUNE.mention_context)
    )
    assert not used_as_place(corpus.mentions("Ilse Varga", TUNE.mention_context), TUNE)


def test_a_name_before_a_verb_form_is_a_person(tiny: FactChecker) -> None:
    """ "Karim Haddad was killed": "was" is no place noun (WordNet's "WA"), so the name is a person."""
    named = hand(tiny, "The bomber Karim Haddad was killed near the roundabout on Monday.", score=0.5)
    assert [c.value for c in found("Who was the bomber?", named)] == ["Karim Haddad"]


def test_a_name_from_a_sentence_about_another_target_does_not_answer(tiny: FactChecker) -> None:
    """ "Who attacked the bakery in Ostrin?": a sentence naming a group whose shells hit a camp
    elsewhere (no bakery, no Ostrin) names the doer of another deed."""
    q = "Who attacked the bakery in Ostrin?"
    camp = hand(tiny, "Gunmen loyal to Karim Haddad stormed a camp near Dunmoor on Monday.", score=0.5)
    assert found(q, camp) == []
    bakery = hand(tiny, "Gunmen loyal to Karim Haddad stormed the bakery in Ostrin on Monday.", score=0.5)
    assert [c.value for c in found(q, bakery)] == ["Karim Haddad"]


def test_the_day_something_was_said_is_not_when_it_happened(tiny: FactChecker) -> None:
    """ "When did shells hit the bakery?": "..., the mayor said on Friday" gives when it was
    said; "hit the bakery on Monday, the mayor said" gives when it happened."""
    q = "When did shells hit the bakery in Ostrin?"
    said = hand(tiny, "Shells hit the bakery in Ostrin, Mayor Tomas Brill said on Friday.", score=0.5)
    assert found(q, said) == []
    hit = hand(tiny, "Shells hit the bakery in Ostrin on Monday, Mayor Tomas Brill said.", score=0.5)
    assert [c.value for c in found(q, hit)] == ["Monday"]


def test_the_day_a_vow_was_said_answers_when_it_was_vowed(tiny: FactChecker) -> None:
    """ "When did the mayor vow ...": a vow is a saying, so "said on Friday" dates it;
    "when did shells hit" (no saying) is still not dated by when it was said."""
    said = hand(tiny, "Mayor Tomas Brill said on Friday that Ostrin would rebuild the bakery.", score=0.5)
    assert [c.value for c in found("When did the mayor vow to rebuild the bakery?", said)] == ["Friday"]
    assert asks_when_stated("When did the council vow to reopen the bridge?")
    assert not asks_when_stated("When did shells hit the bakery in Ostrin?")


def test_a_questions_places_are_where_it_happened_not_modifiers() -> None:
    """ "the bakery in Velmar" places the event; "Which US general" only describes the general."""
    assert asked_places("Who attacked the bakery in Velmar city?") == ["Velmar"]
    assert asked_places("Which US general said the port would reopen?") == []
    assert asked_places("Who gave the figure of 40 ships sunk by Velmaria?") == []


def test_a_name_from_a_deed_in_another_place_does_not_answer(tiny: FactChecker) -> None:
    """ "Who attacked the bakery in Ostrin?": gunmen of Karim Haddad storming a bakery in
    Velmar city did another deed; the same sentence in Ostrin (or "Ostrinn", another spelling) answers."""
    q = "Who attacked the bakery in Ostrin?"
    elsewhere = hand(
        tiny, "Gunmen loyal to Karim Haddad stormed the bakery in Velmar city on Monday.", score=0.5
    )
    assert found(q, elsewhere) == []
    spelt = hand(tiny, "Gunmen loyal to Karim Haddad stormed the bakery in Ostrinn on Monday.", score=0.5)
    assert [c.value for c in found(q, spelt)] == ["Karim Haddad"]
    assert found("On which day was the bakery in Ostrin attacked?", elsewhere) == []
    assert [c.value for c in found("On which day was the bakery in Ostrin attacked?", spelt)] == ["Monday"]


def test_a_short_place_named_as_written_is_no_other_place(tiny: FactChecker) -> None:
    """ "in the US": a sentence saying "US" (too short a word to match loosely) is in the asked place."""
    q = "Who attacked the bakery in the US?"
    us = hand(tiny, "In the US, Karim Haddad attacked the bakery on Monday.", score=0.5)
    assert [c.value for c in found(q, us)] == ["Karim Haddad"]
    uk = hand(tiny, "In the UK, Karim Haddad attacked the bakery on Monday.", score=0.5)
    assert found(q, uk) == []


def test_a_place_titling_a_person_is_not_where_the_deed_was(tiny: FactChecker) -> None:
    """ "Who attacked the bakery in Ostrin?": "Chicago mayor Karim Haddad" says whose mayor he is,
    not that the attack was in Chicago; "the bakery in Chicago" still places it elsewhere."""
    q = "Who attacked the bakery in Ostrin?"
    titled = hand(tiny, "Chicago mayor Karim Haddad attacked the bakery on Monday.", score=0.5)
    assert [c.value for c in found(q, titled)] == ["Karim Haddad"]
    placed = hand(tiny, "Karim Haddad attacked the bakery in Chicago on Monday.", score=0.5)
    assert found(q, placed) == []


def test_the_one_titled_by_the_verbs_agent_noun_does_it(tiny: FactChecker) -> None:
    """ "Who leads the Velmar Front?": "the Front's leader Karim Haddad warned ..." names the
    leader, though he is the subject of a reporting verb."""
    hit = hand(tiny, "The Velmar Front's leader Karim Haddad warned that Ostrin was a target.", score=0.5)
    assert [c.value for c in found("Who leads the Velmar Front?", hit)] == ["Karim Haddad"]


def test_an_accounts_handle_is_no_persons_name(tiny: FactChecker) -> None:
    """ "I am sure haddad1970 is enjoying this" (tagged a person): a handle, not a name."""
    hit = hand(tiny, "I am sure haddad1970 is enjoying these pictures of school kids.", score=0.5)
    assert parse(hit.text).entities[0].label == "PERSON"
    assert found("Who is enjoying the pictures?", hit) == []
    assert not any(is_handle(n) for n in ("M23", "Mi-8", "Brigade 313", "Karim Haddad"))


def test_a_speaker_with_the_asked_title_is_the_answer(tiny: FactChecker) -> None:
    """ "Harbour Minister Tomas Brill assured ..." answers "who is the harbour minister"; the
    quote before "said" is no title of the speaker."""
    hit = hand(
        tiny,
        "Responding to Anna Holt, Harbour Minister Tomas Brill assured that the port is safe.",
        score=0.5,
    )
    assert [c.value for c in found("who is the harbour minister", hit)] == ["Tomas Brill"]
    quoted = hand(tiny, '"The harbour minister resigned" said Tomas Brill.', score=0.5)
    assert found("Who was the harbour minister who resigned?", quoted) == []


def test_a_speaker_described_as_the_asked_title_is_the_answer(tiny: FactChecker) -> None:
    """ "said Tomas Brill, an analyst at Velmar Bank" answers "who is the analyst at Velmar
    Bank"; a speaker described otherwise still names no answer."""
    hit = hand(tiny, '"Rates will rise," said Tomas Brill, an analyst at Velmar Bank.', score=0.5)
    assert [c.value for c in found("Who is the analyst at Velmar Bank?", hit)] == ["Tomas Brill"]
    other = hand(tiny, '"The bridge will close," said Tomas Brill, a spokesman for the council.', score=0.5)
    assert found("Who closed the bridge?", other) == []


def test_a_name_modifying_another_noun_is_no_answer_to_who(tiny: FactChecker) -> None:
    """A possessive ("Lena Ross's album"), a word compounded onto a role noun before a name
    ("Film actress Anna Holt", tagged a person) and "an Oscar" name no one who acted; the
    person the sentence is about still answers."""
    owner = hand(tiny, "The studio also recorded Lena Ross's new album in Dunmoor.", score=0.5)
    assert found("Who came second in the music awards?", owner) == []
    described = hand(
        tiny, "Film actress Anna Holt is up for an Oscar for her role in Blue Harbour.", score=0.5
    )
    assert [c.value for c in found("Who is up for the acting award?", described)] == ["Anna Holt"]
    thing = hand(tiny, "Critics say she will win an Oscar next year.", score=0.5)
    assert found("Who will win the acting award?", thing) == []


def test_a_name_on_a_thing_is_not_the_person(tiny: FactChecker) -> None:
    """ "the Holt government" names a government, not Anna Holt; "Anna Holt head of the council"
    (no commas) is still the person."""
    government = hand(tiny, "Charges were brought against officials of the Holt government.", score=0.5)
    assert [c.value for c in found("Who brought the charges?", government)] == []
    text = "Anna Holt head of the council opened the bridge."
    assert [e.text for e in parse(text).entities if modifies_another(text, e.start, e.end)] == []


def test_one_person_asked_is_answered_by_a_name_not_a_description(tiny: FactChecker) -> None:
    """ "Which official died" wants a name: "mostly young volunteers" describes who died but
    names no official; "Tomas Brill" does."""
    q = "Which council official died in the fire?"
    described = hand(
        tiny, "Those killed included 12 people mostly volunteers who died in the fire.", score=0.5
    )
    assert [c.value for c in found(q, described)] == []
    named = hand(tiny, "Tomas Brill who headed the council office died in the fire.", doc="b.txt", score=0.5)
    assert [c.value for c in found(q, named)] == ["Tomas Brill"]


def test_a_name_right_after_the_asked_person_noun_is_titled() -> None:
    """ "which surgeon ...": "hospital surgeon Ilse Varga" names the asked surgeon; a name after
    another noun does not."""
    q = analyse("which surgeon is treating the injured striker")
    assert titled_name(q, "Hospital surgeon Susan Holt said the striker would recover.")
    assert not titled_name(q, "Club doctor Susan Holt said the striker would recover.")


def test_a_lone_surname_the_article_writes_in_full_is_a_person() -> None:
    """ "Vellmore missed" names a person where the article has "Tomas Vellmore"; "City" of
    "Dunmoor City" is a common noun, and a name never written in full stays unknown."""
    article = "Tomas Vellmore shot wide for Dunmoor City. The one Vellmore missed was easy."
    assert named_in_full("Vellmore", article)
    assert not named_in_full("City", article)
    assert not named_in_full("Arlenz", article + " Arlenz scored.")


def test_a_person_the_question_names_by_surname_is_not_the_answer() -> None:
    """ "Who did Brill beat?" is not answered by "Tomas Brill", nor "the brill family's bid" by
    him; "Anna Brill" in the question is another person than "Tomas Brill"."""
    assert surname_asked("Tomas Brill", "Who did Brill beat in the final?")
    assert surname_asked("Tomas Brill", "who is leading the brill family's new bid")
    assert surname_asked("Tomas Brill", "Who did Tomas Brill beat?")
    assert not surname_asked("Tomas Brill", "Who did Anna Brill beat in the final?")
    assert not surname_asked("Tomas Brill", "Who did Ansel beat in the final?")
    assert not surname_asked("Brill", "Who did Ansel beat?")


def test_a_person_of_another_nationality_than_the_asked_one_is_not_the_answer(tiny: FactChecker) -> None:
    """ "Who was the last French man to win the Ostrin Cup": "German qualifier Tomas Brill"
    is not him; with no nationality asked, or the same one, the name may answer."""
    q = "Who was the last French man to win the Ostrin Cup?"
    assert asked_nationality(q) == "french" and asked_nationality("Who did the French player beat?") == ""
    german = hand(
        tiny, "French star Pierre Lamy won the Ostrin Cup, beating German qualifier Tomas Brill.", score=0.5
    )
    found = [c.value for c in entities(analyse(q), [german], TUNE)]
    assert "Tomas Brill" not in found and "Pierre Lamy" in found
    cup = hand(tiny, "Pierre Lamy began his last French Cup with a win over Tomas Brill.", score=0.5)
    assert found_values(q, cup) == []


def found_values(question: str, *hits: EvidenceSentence) -> list[str]:
    return [c.value for c in found(question, *hits)]


def test_a_date_on_the_asked_verb_outranks_a_later_event_s_date(tiny: FactChecker) -> None:
    """ "When did Vale station open?": "opened ... in 1876" answers, not "replaced ... by Vale
    Street station in 2010", though that date stands nearer the question's words."""
    sentence = (
        "First opened by the Dunmoor Railway in 1876, the station was closed in 2006 and replaced "
        "by Vale Street station in 2010."
    )
    assert [dated_verb(sentence, sentence.index(y)) for y in ("1876", "2006", "2010")] == [
        "open",
        "close",
        "replace",
    ]
    assert question_verbs("When did Vale station open?") == {"open"}
    hit = hand(tiny, sentence, score=0.5)
    assert [c.value for c in found("When did Vale station open?", hit)] == ["1876"]
    assert [c.value for c in found("When was Vale station replaced?", hit)] == ["2010"]


def test_a_date_on_a_synonym_of_the_asked_verb_outranks_another_deeds_date(tiny: FactChecker) -> None:
    """ "When was the Velm Guild founded?": "established in 1897" names the founding, "the Tarn
    Society, which it absorbed in 1902" another deed."""
    assert asked_verb("establish", frozenset({"found"}), 2)
    assert not asked_verb("absorb", frozenset({"found"}), 2)
    assert not asked_verb("", frozenset({"found"}), 2)
    sentence = "The guild absorbed the Tarn Society in 1902, and it was established in 1897."
    hit = hand(tiny, sentence, score=0.5)
    assert [c.value for c in found("When was the Velm Guild founded?", hit)] == ["1897"]


def test_a_name_after_people_from_names_their_group() -> None:
    """ "militants from Liwa al-Norda": a group, whatever the tagger calls it; kin are not members."""
    from bot.entities import members_of

    assert members_of("Earlier today militants from ")
    assert members_of("a statement by fighters of the ")
    assert not members_of("the sons of ")
    assert not members_of("a convoy from ")


def _fillers(question: str, text: str) -> list[str] | None:
    ask, asked = asked_role(question), TokenPool(tokens(question))
    assert ask is not None
    return role_fillers(ask, text, parse(text).entities, asked, question)


def test_a_verb_in_another_sense_fills_the_asked_role_with_a_name() -> None:
    """ "Who did X meet in the final": "X will play Y in the final" uses WordNet's sporting sense
    of "meet"; a reworded verb whose filler is no name answers nothing, and others decide."""
    question = "Who did Tomas Brill meet in the Dunmoor Open final?"
    assert _fillers(question, "Tomas Brill will play Ansel Varga in the final of the Dunmoor Open.") == [
        "Ansel Varga"
    ]
    assert _fillers("Who is leading the Harlow bid?", "The Harlow bid has taken another turn.") is None


def test_a_phrasal_verb_asked_by_its_bare_verb_is_said_by_the_plain_verb_it_files_under() -> None:
    """ "Who put forward the Harlow plan": the role is read on "put", but "proposed" says "put
    forward" (WordNet's "put_forward" sits under "propose"); "put" alone in another sense, or an
    unrelated verb, says nothing."""
    question = "Who put forward the Harlow plan for the bridge?"
    assert _fillers(question, "The Harlow plan was proposed by Ansel Varga last week.") == ["Ansel Varga"]
    assert _fillers(question, "The Harlow plan was rejected by Ansel Varga last week.") is None
    assert not says_asked_phrasal("put", question, "put")
    assert not says_asked_phrasal("put", "Who put the Harlow plan on the table?", "propose")


def test_the_phrasal_reading_follows_the_users_tuning() -> None:
    """The number of WordNet senses read for a phrasal verb is the caller's setting, not the
    default: with none read, "proposed" no longer says "put forward"."""
    question = "Who put forward the Harlow plan for the bridge?"
    assert says_asked_phrasal("put", question, "propose")
    assert not says_asked_phrasal("put", question, "propose", senses=0)


def test_the_asked_nationality_may_be_given_to_the_same_people_the_sentence_before() -> None:
    """ "Who were the two Velmarian pilots": "The two pilots, Ivo Marsten and Tomas Brill, ..." after
    "Two Velmarian pilots died ..." tells of Velmarians; not when the sentence before gave the
    nationality to other people, or when this sentence names other people."""
    question = "Who were the two Velmarian pilots killed near Ostrin?"
    assert asked_nationality(question) == "velmarian"
    text = "The two pilots, Ivo Marsten and Tomas Brill, were flying a transport plane."
    before = "Two Velmarian pilots were killed when their plane crashed near Ostrin on Monday."
    assert nationality_taken_up(question, "velmarian", text, before)
    assert not nationality_taken_up(question, "velmarian", text, "Two Velmarian ministers visited Ostrin.")
    other = "The two engineers, Ivo Marsten and Tomas Brill, were repairing the runway."
    assert not nationality_taken_up(question, "velmarian", other, before)
    assert not nationality_taken_up(question, "velmarian", text, "")


def test_an_event_noun_object_is_asked_by_its_own_verb() -> None:
    """ "Who inflicted the defeat on X" asks who defeated X: "Y beat them" (a way to defeat) answers."""
    question = "Who inflicted the 3-1 defeat on the Hawks in Ostrin last year?"
    text = (
        "Last year the Hawks were humbled in the first round by minnows Tarvania who beat them 3-1 in Ostrin."
    )
    assert _fillers(question, text) == ["Tarvania"]


def test_a_passive_agent_list_is_given_whole() -> None:
    """ "led by his two sons, Tomas and Ansel": the named list after the noun is the answer, not its first name."""
    text = "The new bid is being led by his two sons, Tomas and Ansel, according to the Harlow Post."
    assert _fillers("Who is leading the new bid?", text) == ["Tomas and Ansel"]


def test_a_common_noun_filling_the_asked_verb_does_not_state_the_asked_deed(tiny: FactChecker) -> None:
    """ "Who claimed responsibility": "the landmine claimed the life of a woman" is "claim" in
    another sense; "his bid is led by his sons, Tomas and Ansel" names who leads it."""
    q = analyse("Who claimed responsibility for the bombing near Ostrin?")
    mine = hand(tiny, "The landmine which exploded near Ostrin claimed the life of a woman.", score=0.5)
    assert not fills_asked_role(q, mine)
    q = analyse("Who is leading the new bid?")
    led = hand(tiny, "The new bid is being led by his two sons, Tomas and Ansel, say reports.", score=0.5)
    assert fills_asked_role(q, led)
    q = analyse("Who leads the Harlow Front?")
    ally = hand(tiny, "Keldby is held by the Harlow Front, a group led by Velmar's former ally.", score=0.5)
    assert not fills_asked_role(q, ally)


def test_a_name_the_question_sets_aside_is_not_its_answer(tiny: FactChecker) -> None:
    """ "Besides the harbour master, whom did Brill thank?": not the harbour master."""
    hit = hand(tiny, "Tomas Brill thanked harbour master Ilse Varga and engineer Karin Moss.", score=0.5)
    assert [c.value for c in found("Whom did Tomas Brill thank?", hit)][:1] == ["Ilse Varga"]
    assert [c.value for c in found("Besides the harbour master, whom did Tomas Brill thank?", hit)] == [
        "Karin Moss"
    ]
    assert [c.value for c in found("Other than Varga, whom did Tomas Brill thank?", hit)] == ["Karin Moss"]


def test_who_gave_a_figure_asks_for_whoever_stated_it(tiny: FactChecker) -> None:
    """ "Who gave the figure of 40 ships": the object is a number or statement, so the speaker
    of a sentence stating every number of the question answers, without the verb "gave"."""
    assert asks_source("Who gave the figure of 40 ships?")
    assert asks_source("Who issued the statement on the strike?")
    assert not asks_source("Who sank the 40 ships?")
    assert not asks_source("who did the opposition coalition blame for the tarvin market massacre")
    stated = hand(
        tiny,
        "Some 40 ships left the harbour, the port authority said.",
        speaker="the port authority",
        score=0.5,
    )
    other = hand(tiny, "Some 30 ships left the harbour, the port authority said.", score=0.5)
    unsaid = hand(tiny, "Some 40 ships left the harbour on Monday.", score=0.5)
    assert states_sourced_figure("Who gave the figure of 40 ships?", stated)
    assert not states_sourced_figure("Who gave the figure of 40 ships?", other)
    assert not states_sourced_figure("Who gave the figure of 40 ships?", unsaid)
    assert [c.value for c in found("Who gave the figure of 40 ships?", stated)] == ["the port authority"]


def test_a_place_said_of_the_answer_does_not_place_the_deed_elsewhere(tiny: FactChecker) -> None:
    """ "blamed militants who have fought them in Dunmoor": Dunmoor is where the blamed fought,
    not where the asked fire was, so the blamed group still answers "who did X blame"."""
    hit = hand(
        tiny,
        "Keldby traders blamed the Orla Brigade militants who have fought them in Dunmoor.",
        score=0.5,
    )
    question = "Who did Keldby traders blame for the fire at the Ostrin market?"
    assert [c.value for c in found(question, hit)] == ["Orla Brigade militants"]


def test_whose_planes_is_answered_by_the_side_on_the_planes(tiny: FactChecker) -> None:
    """ "Whose warplanes bombed X": "Velmarian" named on the planes, not the monitor that said it."""
    hit = hand(tiny, "The Ostrin depot was bombed by Velmarian planes, the Keldby Monitor said.", score=0.5)
    assert [c.value for c in found("Whose warplanes bombed the Ostrin depot?", hit)] == ["Velmarian"]


def test_an_organisation_that_announced_a_figure_is_its_source(tiny: FactChecker) -> None:
    """ "Who gave the figure of 40 ships sunk by Velmaria": the organisation announcing a
    sentence with the 40 is its source, though it is no person and says "announced", not "gave";
    a name in the figure's own story (Dunmoor) is not."""
    stated = hand(
        tiny,
        "The Velmar Maritime Office announced that Velmarian ships had sunk 40 ships near Dunmoor.",
        score=0.5,
    )
    assert found_values("Who gave the figure of 40 ships sunk by Velmaria?", stated) == [
        "The Velmar Maritime Office"
    ]


def test_a_references_access_date_is_no_answer(tiny: FactChecker) -> None:
    """ "Retrieved 9 October 2017" dates the reading of a source, not the asked event."""
    assert citation_date("Velm Guild history. Retrieved ")
    assert citation_date("Archived from the original on ")
    assert not citation_date("The guild was founded on ")
    assert citation_date("Velm Guild record retrieved 4 ")  # the tagger's date: "March 2019"
    assert citation_date("stated in Velm Archive, accessed on 21st ")
    assert not citation_date("The guild was founded on 4 ")  # no reference: a day of the event
    assert not citation_date("Retrieved 2019 ")  # a year is no day numeral
    sentence = "Velm Guild founded in 1897. Retrieved 9 October 2017."
    hit = hand(tiny, sentence, score=0.5)
    assert [c.value for c in found("When was the Velm Guild founded?", hit)] == ["1897"]


def test_a_life_row_key_dates_the_asked_death_in_run_on_rows(tiny: FactChecker) -> None:
    """Rows of a data page run into one "sentence" whose parse makes the row's date part of a
    reporting verb's subject; the row's key ("date of death") says it is the death, not a report."""
    hit = hand(tiny, "Ivo Tarn , date of death 4 May 1790 , reported the Velm Register .", score=0.5)
    assert [c.value for c in found("When did Ivo Tarn die?", hit)] == ["4 May 1790"]
    rows = (
        "given name Ivo 0 references date of death May 1790 1 reference date of birth June 1731 1 reference"
    )
    born = [c.value for c in found("When was Ivo Tarn born?", hand(tiny, rows, score=0.5))]
    assert len(born) == 1 and born[0].startswith("June 1731")  # not the row of the other end


def test_a_place_belongs_to_the_verb_it_hangs_on() -> None:
    """ "fled to Ostria" places the fleeing; "seizing the towns of Tarvin and Velm" places a
    seizure; "the blast in Tarvin" belongs to no verb of the sentence's."""
    fled = "The governor was forced to flee Tarvin to Ostria after the vote."
    assert placed_verb(fled, fled.index("Ostria")) == "flee"
    seized = "Rebels launched an offensive, seizing the towns of Tarvin and Velm."
    assert placed_verb(seized, seized.index("Velm")) == "seize"
    blast = "The blast in Tarvin shook the market."
    assert placed_verb(blast, blast.index("Tarvin")) == ""
    held = "The killings took place in the village of Tarvin."  # the killings' place
    assert placed_verb(held, held.index("Tarvin")) == ""


def test_a_sentence_where_x_leads_does_not_name_xs_leader() -> None:
    """ "Rebels led by the VPA": the VPA leads, so no name there is the VPA's leader."""
    question = "Who is the leader of the VPA?"
    ask, asked = asked_role(question), TokenPool(tokens(question))
    assert ask is not None
    text = "Rebels led by the VPA took Tarvin, toppling Ansel Brook."
    assert role_fillers(ask, text, parse(text).entities, asked) == []
    led = "Karin Moss leads the VPA."
    assert role_fillers(ask, led, parse(led).entities, asked) == ["Karin Moss"]


def test_which_town_is_answered_by_no_province_nor_country(tiny: FactChecker) -> None:
    """ "In which town": "Velm province" is a region and Norway a country, not towns; a name
    WordNet does not know ("Ostrin") may be one."""
    hit = hand(tiny, "The ferry sank near Velm province on Friday, officials in Norway said.", score=0.5)
    assert found("In which town did the ferry sink?", hit) == []
    assert [c.value for c in found("Where did the ferry sink?", hit)][:1] == ["Velm"]
    named = hand(tiny, "The ferry sank off Ostrin, a port in Velm province, on Friday.", score=0.5)
    assert [c.value for c in found("In which town did the ferry sink?", named)] == ["Ostrin"]


def test_which_groups_people_belong_to_is_every_group_they_are_from(tiny: FactChecker) -> None:
    """ "fighters from the Keldby Front and the Tarvel Liwa" answers "which groups did the
    fighters belong to" with both names, though no sentence says "belong"."""
    hit = hand(
        tiny, "The fighters from the Keldby Front and the Tarvel Liwa were killed near Velm.", score=0.5
    )
    values = [c.value for c in found("Which armed groups did the fighters killed near Velm belong to?", hit)]
    assert values == ["Keldby Front and Tarvel Liwa"]


def test_when_someone_said_it_is_no_other_speakers_day(tiny: FactChecker) -> None:
    """ "When did Tomas Brill say ...": not the day Lena Ross said something, nor a day in a
    sentence that names no Brill; Brill's own day answers."""
    question = "When did Tomas Brill say the ferry service should stop?"
    other = hand(tiny, "Lena Ross said on Sunday that the ferry service would go on.", score=0.5)
    assert found(question, other) == []
    deed = hand(tiny, "Ferries stopped sailing on Sunday, the harbour office said.", score=0.5)
    assert found(question, deed) == []
    own = hand(tiny, "Tomas Brill said on Monday that the ferry service should stop.", score=0.5)
    assert [c.value for c in found(question, own)] == ["Monday"]
    both = hand(tiny, "Lena Ross said on Sunday that Tomas Brill wants the ferries to stop.", score=0.5)
    assert found(question, both) == []


def test_a_place_name_drops_the_distance_the_tagger_took_into_it() -> None:
    from bot.entities import without_distance

    assert without_distance("Velm 40 km") == "Velm"
    assert without_distance("Tell Ostrin") == "Tell Ostrin"
    assert without_distance("Route 9") == "Route 9"


def test_a_quotation_running_on_is_said_by_the_speaker_before_it() -> None:
    """ "“We will rebuild,” said Ada Kerr. “No family will be left out.”": the second sentence is
    Kerr's too; a sentence with its own speaker keeps it, and one that opens no quotation, or
    follows a sentence quoting no one, has no speaker."""
    from bot.entities import quote_speaker

    before = "“We will rebuild the pier,” said Ada Kerr."
    assert quote_speaker("“No family will be left out.”", "", before, "Ada Kerr") == "Ada Kerr"
    assert quote_speaker('"No family will be left out."', "", before, "Ada Kerr") == "Ada Kerr"
    assert quote_speaker("“No family will be left out,” Brill said.", "Brill", before, "Ada Kerr") == "Brill"
    assert quote_speaker("No family will be left out.", "", before, "Ada Kerr") == ""
    assert quote_speaker("“No family will be left out.”", "", "Ada Kerr opened the pier.", "") == ""


def test_a_spouse_is_named_only_by_a_sentence_naming_a_marriage(tiny: FactChecker) -> None:
    """ "Who is Mara Quell married to": a closer sentence listing her with other actors names no
    spouse; the one saying whom she married does, though it calls her "she"."""
    rivals = hand(
        tiny, "Ida Vorn won the prize, beating stars including Mara Quell and Tessa Lind.", score=0.6
    )
    married = hand(
        tiny, "It was a turning point for Quell - she married Peter Hallam a year later.", score=0.5
    )
    assert [c.value for c in found("Who is Mara Quell married to?", rivals, married)] == ["Peter Hallam"]
    assert found("Who is Mara Quell married to?", rivals) == []


def test_a_date_inside_the_quoted_words_is_not_when_they_were_said(tiny: FactChecker) -> None:
    """ "When did the mayor vow ...": "“our crews worked over the holiday,” she said" dates
    the crews' work, not the vow; the day she said it still answers."""
    q = "When did the mayor vow to rebuild the bakery?"
    quoted = hand(tiny, "“Our crews rebuilt the bakery over the holiday,” Mayor Ilse Varga said.", score=0.5)
    assert found(q, quoted) == []
    said = hand(tiny, "“Our crews will rebuild the bakery,” Mayor Ilse Varga said on Friday.", score=0.5)
    assert [c.value for c in found(q, said)] == ["Friday"]


def test_a_name_given_another_person_noun_is_not_the_asked_person(tiny: FactChecker) -> None:
    """ "What is the name of the bride": not "a neighbour named Ilse Varga"; "the bride Mira
    Castell" is."""
    q = "What is the name of the bride whose party in Orvelle was raided?"
    other = hand(tiny, "A neighbour named Ilse Varga saw the raid on the party in Orvelle.", score=0.5)
    assert [c.value for c in found(q, other)] == []
    bride = hand(tiny, "The bride Mira Castell saw the raid on the party in Orvelle.", score=0.5)
    assert [c.value for c in found(q, bride)] == ["Mira Castell"]


def test_a_which_country_question_is_not_answered_by_a_district(tiny: FactChecker) -> None:
    """ "Which country backs the Velm Front": not "the Orvelle district" it fires from."""
    q = "Which country backs the Velm Front?"
    district = hand(tiny, "The Velm Front fired shells from Eastern Orvelle on Monday.", score=0.5)
    assert found(q, district) == []
    backer = hand(tiny, "The Velm Front gets its backing from Portugal.", score=0.5)
    assert [c.value for c in found(q, backer)] == ["Portugal"]


def test_the_doer_of_the_asked_verb_does_not_answer_who_it_was_done_to(tiny: FactChecker) -> None:
    """ "Who did Ansel Moor beat to win the Velm Cup?": "Lukas Brand ... was beaten by the
    in-form Tomas Vell" tells of another match; Tomas Vell beat someone, he was not beaten."""
    q = "Who did Ansel Moor beat to win the Velm Cup?"
    text = "Fresh from winning the Orvelle Cup, Lukas Brand played well but was beaten 6-4 6-3 by the in-form Tomas Vell."
    assert "Tomas Vell" not in [c.value for c in found(q, hand(tiny, text, score=0.5))]
    beaten = hand(tiny, "Ansel Moor beat Tomas Vell 6-4 6-3 to win the Velm Cup.", score=0.5)
    assert [c.value for c in found(q, beaten)] == ["Tomas Vell"]


def test_an_unnamed_other_side_leaves_the_sentence_to_other_readers() -> None:
    """ "Who took charge of the Velm club?": "Ansel Moor was put in charge and will take care of
    the squad" fills "take" with no doer but with "care", no name: the sentence is not ruled out."""
    question = "Who took charge of the Velm club?"
    ask, asked = asked_role(question), TokenPool(tokens(question))
    assert ask is not None
    text = "Coach Ansel Moor was put in charge of the Velm club and will take care of the squad."
    assert role_fillers(ask, text, parse(text).entities, asked) != []


def test_the_party_the_question_titles_is_not_the_other_role(tiny: FactChecker) -> None:
    """ "Who is replacing the head coach": "head coach Tomas Vell" is the one replaced, here and
    as "Mr Vell" elsewhere; a weaker sentence filling the asked role with a name answers."""
    titled = hand(tiny, "Dunmoor Rovers parted company with head coach Tomas Vell.", doc="a.txt", score=0.6)
    thanked = hand(tiny, "The board thanked Mr Vell for his work.", doc="a.txt", score=0.5)
    role = hand(tiny, "Mr Vell will be replaced by Anna Holt next month.", doc="a.txt", score=0.3)
    got = found("Who is replacing the Dunmoor Rovers head coach?", titled, thanked, role)
    assert [c.value for c in got] == ["Anna Holt"]


def test_which_place_the_verb_takes_is_its_role_filler(tiny: FactChecker) -> None:
    """ "Which country did the council blame": the blamed country, not the one it happened in,
    whose stronger sentence does not use the verb."""
    where = hand(
        tiny, "The blast near the port of Ostrin in Velmaria killed four people.", doc="a.txt", score=0.6
    )
    blamed = hand(
        tiny, "The Dunmoor council accused Kelvania of carrying out the blast.", doc="b.txt", score=0.4
    )
    got = found("Which country did the Dunmoor council blame for the blast near Ostrin?", where, blamed)
    assert [c.value for c in got][:1] == ["Kelvania"]


def test_an_opposite_modifier_makes_another_thing() -> None:
    """ "the smaller winter fair" is not "the big summer fair", whatever verb they share."""
    assert opposed_modifier(
        "Which town hosts the big summer fair?", "Keldby will host the smaller winter fair."
    )
    assert not opposed_modifier("Which town hosts the big summer fair?", "Keldby will host the big fair.")
    assert not opposed_modifier("Who won the race?", "Tomas Vell won the short race.")


def test_a_name_listed_with_the_asked_one_is_its_peer() -> None:
    """ "Who founded Velm Air": "Velm Air and Kestrel Airways" lists a rival airline."""
    text = "Boeing signed deals with Velm Air and Kestrel Airways."
    asked = TokenPool(tokens("Who founded Velm Air?"))
    listed = {e.text: _listed_with_asked(text, e, asked) for e in parse(text).entities}
    assert listed["Kestrel Airways"] and not listed["Boeing"]


def test_who_is_the_role_is_answered_by_the_name_titled_or_described_so(tiny: FactChecker) -> None:
    """ "who was the admiral who ...": "..., said Admiral Tomas Vell" and "Tomas Brill, a harbour
    official" name the asked role; a name beside another role does not."""
    q = analyse("who was the admiral who promised to reopen the strait?")
    assert titled_name(q, "“We will reopen it within days,” said Admiral Tomas Vell.")
    assert not titled_name(q, "“We will reopen it within days,” said minister Tomas Vell.")
    official = analyse("Who was the harbour official in Dunmoor who asked for tugboats?")
    assert titled_name(official, "Tomas Brill, a harbour official in Dunmoor, said tugs were needed.")
    assert not titled_name(official, "Tomas Brill, a trawler captain, said tugs were needed.")
    said = hand(tiny, "“We will reopen it within days,” said Admiral Tomas Vell.", score=0.6)
    assert [c.value for c in found("who was the admiral who promised to reopen the strait?", said)] == [
        "Tomas Vell"
    ]


def test_the_questions_own_name_in_another_spelling_is_no_answer() -> None:
    """ "where were they gathered north of Tarrin": "Tarin" (a letter single) is the question's
    own place, not where; another name is an answer."""
    asked = TokenPool(tokens("Where were the villagers gathered north of Tarrin city?"))
    assert _is_asked("Tarin", " city", asked)
    assert not _is_asked("Dunmoor", " city", asked)


def test_a_role_filled_by_a_list_of_names_is_answered_by_the_whole_list(tiny: FactChecker) -> None:
    """ "met with Foreign Minister Tomas Brill and President Lena Marsh": whom she met is both of
    them, in the sentence's order and without their titles, not the one the ranking likes best."""
    hit = hand(
        tiny,
        "During her visit to Velmar, Ada Kerr met with Foreign Minister Tomas Brill and President Lena Marsh.",
        score=0.6,
    )
    assert [c.value for c in found("Who did Ada Kerr meet in Velmar?", hit)] == ["Tomas Brill and Lena Marsh"]
    assert [c.value for c in found("Who did Ada Kerr meet with in Velmar?", hit)] == [
        "Tomas Brill and Lena Marsh"
    ]


def test_a_question_naming_one_title_of_a_list_asks_for_that_one(tiny: FactChecker) -> None:
    """ "who is the president Ada Kerr met": one of the two she met, the one titled so."""
    hit = hand(
        tiny,
        "During her visit to Velmar, Ada Kerr met with Foreign Minister Tomas Brill and President Lena Marsh.",
        score=0.6,
    )
    assert [c.value for c in found("Who is the president Ada Kerr met in Velmar?", hit)] == ["Lena Marsh"]
    text = "Ada Kerr met Foreign Minister Tomas Brill and President Lena Marsh."
    spans = [(text.index("Tomas Brill"), text.index("Tomas Brill") + 11), (text.index("Lena"), len(text) - 1)]
    assert one_titled(text, spans, TokenPool(tokens("Who is the Velmarian President Ada Kerr met?")))
    assert not one_titled(text, spans, TokenPool(tokens("Who did Ada Kerr meet?")))


def test_only_names_the_parse_coordinates_are_listed_together() -> None:
    """A comma list and an "and" list are coordinated; names that merely share a sentence are not."""

    def listed(text: str, name: str) -> list[str]:
        spans = [(e.start, e.end) for e in parse(text).entities]
        at = text.index(name)
        return [text[s:e] for s, e in coordinated(text, spans, (at, at + len(name)))]

    listing = "The rally was organised by Tomas Brill, Lena Marsh and Ansel Vell."
    assert listed(listing, "Lena Marsh") == ["Tomas Brill", "Lena Marsh", "Ansel Vell"]
    assert listed("Tomas Brill met Lena Marsh in Velmar.", "Lena Marsh") == ["Lena Marsh"]
    short = "Ada Kerr named the Velmar Liberation Front (VLF) among the threats."
    assert "VLF" not in listed(short, "Velmar Liberation Front")  # its short form, not a second name
    placed = "Brill grew up in Tarvel, Ostrinia, before the war."
    assert listed(placed, "Tarvel") == ["Tarvel"]  # a place and the country around it, not a list


def test_a_list_filling_the_asked_role_is_given_without_titles() -> None:
    """ "organised by Mayor Tomas Brill and Judge Lena Marsh": the organisers are the two names."""
    question = "Who organised the rally?"
    ask, asked = asked_role(question), TokenPool(tokens(question))
    assert ask is not None
    text = "The rally was organised by Mayor Tomas Brill and Judge Lena Marsh."
    assert role_fillers(ask, text, parse(text).entities, asked, question) == ["Tomas Brill and Lena Marsh"]


def test_founding_building_and_appointing_are_beginnings() -> None:
    """WordNet files "establish", "build", "appoint" under beginning or creating; "end", "open" (a
    door's sense first) and "come" are not, so a span's end still answers them."""
    for verb in ("establish", "found", "build", "form", "appoint", "begin"):
        assert asks_beginning(frozenset([verb]), 2), verb
    for verb in ("end", "come", "die", "visit"):
        assert not asks_beginning(frozenset([verb]), 2), verb


def test_a_place_acting_as_a_party_is_not_where(tiny: FactChecker) -> None:
    """ "Ostria would keep its ferries running": Ostria acts, it is not where the minister spoke;
    a passive subject ("Keldby was shelled") is where the deed was done, and "which country" asks
    for a party, so the where-rule leaves it alone."""
    said = "The minister warned that Ostria would keep its ferries running."
    assert acting_place(said, said.index("Ostria"), said.index("Ostria") + len("Ostria"))
    shelled = "Keldby was shelled overnight."
    assert not acting_place(shelled, 0, len("Keldby"))
    assert asks_where("Where was the minister when she warned about the ferries?")
    assert not asks_where("Which country would keep its ferries running?")
    hit = hand(tiny, said, score=0.5)
    assert found("Where was the minister when she warned about the ferries?", hit) == []


def test_a_place_listed_with_the_asked_place_is_its_peer_not_where(tiny: FactChecker) -> None:
    """ "active in Ostria and Velm" for "where in Ostria": Velm is listed beside Ostria, not a
    place within it."""
    hit = hand(tiny, "Kelt fighters are still active in Ostria and Velm.", score=0.5)
    assert "Velm" not in [c.value for c in found("Where in Ostria are Kelt fighters still active?", hit)]


def test_where_in_a_place_keeps_the_places_told_with_it() -> None:
    """ "where in Velm was the boy hurt": "Kell Street" from a sentence naming Velm, not the town
    of Orn from a sentence about another rescue that never names Velm; with no sentence naming
    Velm, or another kind of question, every candidate stays."""

    def cand(value: str, quote: str) -> Candidate:
        return Candidate("c", value, value.lower(), "d.txt", 0, len(quote), quote, 0.5)

    orn = cand("Orn", "Medics evacuated a hurt boy from the besieged town of Orn.")
    kell = cand("Kell Street", "A boy was hurt by gunfire in Kell Street in Velm, police said.")
    assert told_within("where in velm was the boy hurt?", [orn, kell]) == [kell]
    assert told_within("where in Tarn was the boy hurt?", [orn, kell]) == [orn, kell]
    assert told_within("where was the boy hurt?", [orn, kell]) == [orn, kell]


def test_who_said_it_was_behind_a_deed_asks_who_claimed_it() -> None:
    """ "Which group said it was behind X": the reported clause's pronoun subject points back to
    the asked one, so the question asks who claimed X, read as the articles say it; a clause with
    another subject, or one saying something else, asks for a speaker as before."""
    assert owned_up_form("Which group said it was behind the raid on the Kell depot?") == (
        "Which group claimed responsibility for the raid on the Kell depot?"
    )
    assert owned_up_form("who said they were responsible for the Orn Bridge blast?") == (
        "who claimed responsibility for the Orn Bridge blast?"
    )
    assert (
        owned_up_form("Who said the Velm Front was behind the raid?")
        == "Who said the Velm Front was behind the raid?"
    )
    assert owned_up_form("Who said it was over?") == "Who said it was over?"
    assert owned_up_form("Which group said it was behind?") == "Which group said it was behind?"


def test_who_said_it_was_behind_is_answered_by_the_claimant_not_a_reporter(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """A monitor reporting the deed is a speaker about it, not the group owning it up."""
    checker = checker_over(
        {
            "kell.txt": 'A bomb hit the Kell grain depot on Tuesday. "The blast at the Kell grain depot killed '
            'six guards," said Ada Wren, head of the Varne Monitor. The Orn Brigade claimed responsibility '
            "for the blast at the Kell grain depot.\n"
        },
        "owned-up",
        tmp_path_factory,
        embedder,
    )
    answer = checker.ask("Which group said it was behind the blast at the Kell grain depot?")
    assert "Orn Brigade" in answer.answer and "Wren" not in answer.answer


def test_a_later_item_of_a_placed_list_of_names_is_a_place() -> None:
    """ "the neighbourhoods of Velm Ostra and Ada Kerr": both are neighbourhoods, however the
    tagger reads the second; names listed after a verb ("said Ada Kerr and Tom Vell") or before
    "in" are not placed by it."""
    shelled = "Gunmen fired shells on the neighbourhoods of Velm Ostra and Ada Kerr, killing two."
    ents = parse(shelled).entities
    assert placed_list(shelled, ents, next(i for i, e in enumerate(ents) if e.text == "Ada Kerr"))
    said = "Shells hit Orn, said Ada Kerr and Tom Vell."
    ents = parse(said).entities
    assert not placed_list(said, ents, next(i for i, e in enumerate(ents) if e.text == "Tom Vell"))
    were = "Ada Kerr and Tom Vell were in Orn."
    ents = parse(were).entities
    assert not placed_list(were, ents, next(i for i, e in enumerate(ents) if e.text == "Tom Vell"))


def test_a_name_set_in_apposition_to_the_asked_role_answers_even_from_a_weaker_sentence(
    tiny: FactChecker,
) -> None:
    """ "who was the girl injured at the fair": "One injured woman, Ada Kerr, ..." calls her the
    one asked about (a girl is a woman), though the sentence scores well under the best one; a
    name in apposition to another noun ("Her lawyer, Tom Vell,") is not titled so."""
    q = analyse("who was the girl injured at the Dunmoor fair?")
    assert titled_name(q, "One injured woman, Ada Kerr, is recovering in hospital.")
    assert not titled_name(q, "Her lawyer, Tom Vell, said she is recovering in hospital.")
    best = hand(
        tiny, "A fight broke out at the Dunmoor fair on Sunday night and police were called.", score=0.8
    )
    apposed = hand(tiny, "One injured woman, Ada Kerr, is recovering in hospital.", score=0.45)
    assert found_values("who was the girl injured at the Dunmoor fair?", best, apposed) == ["Ada Kerr"]


def test_which_nationality_person_takes_the_country_name_as_the_nationality(tiny: FactChecker) -> None:
    """ "which Russian envoy": "Russia envoy Ada Kerr" is of the asked nation, "Iran envoy Tom
    Vell" is not; a sentence naming no nation may still name the envoy (the adjective only
    describes the one asked for, unlike "who was the last Russian man to ...")."""
    q = "Which Russian envoy visited Dunmoor on Friday?"
    assert which_nationality(q) == "russian" and asked_nationality(q) == ""
    ours = hand(tiny, "Russia envoy Ada Kerr visited Dunmoor on Friday.", score=0.6)
    assert found_values(q, ours) == ["Ada Kerr"]
    theirs = hand(tiny, "Iran envoy Tom Vell visited Dunmoor on Friday, Russia said.", score=0.6)
    assert found_values(q, theirs) == []
    silent = hand(tiny, "Envoy Tom Vell visited Dunmoor on Friday.", score=0.6)
    assert found_values(q, silent) == ["Tom Vell"]


def test_a_which_person_noun_prefers_the_name_the_sentence_calls_so(tiny: FactChecker) -> None:
    """ "Which striker scored": the name titled a striker ("striker Ada Kerr", "Ada Kerr, a
    striker") answers, not a better-scored name the sentence gives no such title."""
    sport = hand(tiny, "The coach praised Tomas Brill after the match in Ostrin.", score=0.7)
    titled = hand(tiny, "Veteran striker Ada Kerr scored twice in the match in Ostrin.", score=0.5)
    assert [c.value for c in found("Which striker scored in the match in Ostrin?", sport, titled)][:1] == [
        "Ada Kerr"
    ]
    business = hand(tiny, "Lena Ross, a banker at Velm Capital, called the merger a triumph.", score=0.5)
    plain = hand(tiny, "The merger was announced by Ansel Orn at the board meeting.", score=0.6)
    named = found("Which banker praised the merger?", plain, business)
    assert [(c.value, c.called_as_asked) for c in named][:1] == [("Lena Ross", True)]
    # no name is called by the asked noun: nothing is preferred, the best sentence's name answers
    assert [(c.value, c.called_as_asked) for c in found("Which banker praised the merger?", plain)] == [
        ("Ansel Orn", False)
    ]
    # a name filling the asked role is not read for a title
    filled = hand(tiny, "Lena Ross, a banker at Velm Capital, approved the merger.", score=0.5)
    assert [c.called_as_asked for c in found("Which banker approved the merger?", filled)] == [None]


def test_called_by_noun_reads_a_title_or_an_apposition() -> None:
    """The asked noun as the name's title or apposition calls it so; the noun elsewhere does not."""

    def called(noun: str, text: str, name: str) -> bool:
        ent = next(e for e in parse(text).entities if e.text == name)
        return called_by_noun(noun, text, ent)

    assert called("candidate", "Labour candidate Ada Kerr lost her deposit in Velm.", "Ada Kerr")
    assert called("general", "Tomas Brill, a retired general, led the march through Ostrin.", "Tomas Brill")
    assert not called("candidate", "The candidate met Ada Kerr in Velm on Monday.", "Ada Kerr")
    assert not called("general", "The march through Ostrin was led by Tomas Brill.", "Tomas Brill")


def test_a_kind_noun_right_before_a_name_is_its_title_in_a_role() -> None:
    """ "claimed by the rebel group Velm Front": the filler the parse gives ("rebel group") is the
    name's title, so the name answers "which group"; a filler of another kind, or one a comma
    parts from the next name, keeps the parse's reading."""
    assert _fillers(
        "Which group claimed the attack on the depot?",
        "The attack on the depot was claimed by the rebel group Velm Front on Monday.",
    ) == ["Velm Front"]
    assert _fillers(
        "Which firm bought the Ostrin brewery?",
        "The Ostrin brewery was bought by the investment firm Kell Holdings last year.",
    ) == ["Kell Holdings"]
    unpunctuated = _fillers(
        "Which forces shelled the Ostrin market?",
        "The Ostrin market was shelled by the regime forces Velm Monitor said on Monday.",
    )
    assert "Velm Monitor" not in (unpunctuated or [])  # the monitor reports, it did not shell
    text = "The ferry was sunk by a mine, Tarn officials said."
    ents = [(e.text, e.label, e.start, e.end) for e in parse(text).entities]
    mine = Filler("mine", 23, 27, False)
    assert name_after_kind(mine, text, ents, "mine") is None  # a comma parts them
    assert name_after_kind(mine, text, ents, "group") is None  # a mine is no kind of group


def test_a_name_the_sentence_equates_with_the_role_noun_holds_that_role(tiny: FactChecker) -> None:
    """ "Who was the guard hurt in the depot fire?": "police identified the injured guard as
    Ada Kerr" names her by an identification, as a title or an apposition would; so does a copula
    ("the winning rider was Lena Ross"). A name only qualifying the "as" noun, or the role noun
    taken as another role, is no such name."""
    q = "Who was the guard hurt in the fire at the Orn depot?"
    hit = hand(tiny, "Police identified the injured guard as Ada Kerr, a mother of two.", score=0.5)
    assert titled_name(analyse(q), hit.chunk.text)
    assert [c.value for c in found(q, hit)] == ["Ada Kerr"]
    text = "The winning rider was Lena Ross."
    assert identified_as("rider", text, text.index("Lena"), len(text) - 1)
    who = "Lena Ross, who was the rider of the year, retired."
    assert identified_as("rider", who, 0, len("Lena Ross"))
    assert not identified_as(
        "rider", "Lena Ross, who met the rider of the year, retired.", 0, len("Lena Ross")
    )
    named = "The victim was named locally as Tomas Brill, 34."
    assert identified_as("victim", named, named.index("Tomas"), named.index(","))
    for other in (
        "Tomas Brill succeeded the coach as chairman.",
        "The coach praised Tomas Brill as a future captain.",
    ):
        assert not identified_as("coach", other, other.index("Tomas"), other.index("Brill") + 5)
    owned = "The board described the coach as Ada Kerr's successor."
    assert not identified_as("coach", owned, owned.index("Ada"), owned.index("'s"))
    assert not identified_as("banker", hit.chunk.text, hit.chunk.text.index("Ada"), hit.chunk.text.index(","))


_CUP_FINAL = """Velm win the cup

Velm beat Orn 2-1 in the cup final on Saturday.

Ada Kerr came on for Velm at half-time.

On 70 minutes she scored the winner from a corner.

The club has had a poor season. On 80 minutes she hit the post.

The coach was pleased. "We kept Lena Ross quiet all game," she said after the match.
"""


def test_a_pronoun_in_the_asked_role_is_read_as_the_person_it_stands_for(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """ "Who scored the winner?": "On 70 minutes she scored the winner" answers with the person
    "she" stands for, named in the sentence before (written in full). A pronoun standing for no
    person, for one the question names or for a name inside quoted words fills nothing."""
    from tests.bot.tiny_index import sentence

    checker = checker_over({"final.txt": _CUP_FINAL}, "pronoun-filler", tmp_path_factory, embedder)
    scored = sentence(checker, "On 70 minutes she scored the winner from a corner.", score=0.5)
    q = analyse("Who scored the winner in the cup final?")
    ask = asked_role(q.text)
    assert ask is not None
    assert pronoun_filler(ask, scored, TokenPool(tokens(q.text))) == "Ada Kerr"
    assert [c.value for c in found(q.text, scored)] == ["Ada Kerr"]
    named = analyse("Who scored the winner after Ada Kerr came on?")
    assert pronoun_filler(asked_role(named.text), scored, TokenPool(tokens(named.text))) == ""  # type: ignore[arg-type]
    post = sentence(checker, "On 80 minutes she hit the post.", score=0.5)
    hit_q = analyse("Who hit the post?")
    assert pronoun_filler(asked_role(hit_q.text), post, TokenPool(tokens(hit_q.text))) == ""  # type: ignore[arg-type]
    quote = sentence(checker, '"We kept Lena Ross quiet all game," she said after the match.', score=0.5)
    spoke = analyse("Who said that after the match?")  # a name in the quoted words is not the speaker
    assert pronoun_filler(asked_role(spoke.text), quote, TokenPool(tokens(spoke.text))) == ""  # type: ignore[arg-type]


def _body(text: str, phrase: str) -> bool:
    start = text.index(phrase)
    return named_body(text, start, start + len(phrase))


def test_proper_nouns_before_a_group_or_person_noun_name_a_body() -> None:
    """ "The Velm Liberation group", "Orn Valley fighters": capitalised proper nouns before a noun
    WordNet files as a group or people name that body; "the rebel group" (lower case), "the
    Syrian army" (an adjective) and "the Kell Holdings bid" (no group noun) do not."""
    assert _body("The Velm Liberation group is suspected of planning the ambush.", "Velm Liberation group")
    assert _body("Orn Valley fighters seized the depot at dawn.", "Orn Valley fighters")
    assert not _body("The rebel group is suspected of planning the ambush.", "rebel group")
    assert not _body("The Syrian army stormed the town at dawn.", "Syrian army")
    assert not _body("The Kell Holdings bid collapsed on Monday.", "Kell Holdings bid")


def test_a_body_named_before_its_kind_noun_fills_the_asked_role_told_otherwise() -> None:
    """ "Who is thought to have staged the raid": a sentence saying "suspected of carrying out" tells
    it in another verb, so only a name fills the role; "the Orn Front group" is one, whatever the
    tagger made of it, and "the rebel group" is none."""
    q = "Who is thought to have staged the raid on the depot in Velm?"
    ask = _doer_ask(analyse(q))
    assert ask is not None
    for said, wanted in (
        ("The Orn Front group is suspected of carrying out the raid on the depot.", ["Orn Front group"]),
        ("The rebel group is suspected of carrying out the raid on the depot.", None),
    ):
        found = role_fillers(ask, said, parse(said).entities, TokenPool(tokens(q)), q, 1)
        assert found == wanted
