"""``bot/sentences.py``: open answers and "does the evidence state what is asked", hand-made sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.api import FactChecker
from bot.question import analyse
from bot.sentences import (
    asked_verbs,
    asks_again,
    by_predicate,
    event_first,
    event_words,
    framing_words,
    kind_first,
    named_particular,
    named_wording,
    names_thing,
    only_possible,
    predicate_nouns,
    predicate_read,
    same_nouns,
    sentences,
    states_asked_predicate,
    states_deed_or_doer,
    states_main_verb,
    states_noun,
    states_predicate,
    states_word,
    told_by_noun,
    told_deeds,
)
from index.tuning import AnswerTuning
from tests.bot.tiny_index import hand, sentence

TUNE = AnswerTuning()
HARBOUR_CRANES = "Workers rebuilt 14 cranes along the northern pier."
COAST_CRANES = "Workers rebuilt a dozen cranes along the northern pier, the Velmar council said."
THESE_CRANES = "These cranes lift containers for the fishing fleet."
RAIN = "Heavy rain swelled the Ansel river for three days."


def test_the_sentence_stating_the_asked_words_ranks_first(tiny: FactChecker) -> None:
    """Among sentences naming the same things, the one with the asked verb and object leads."""
    q = analyse("Did the storm displace people in the villages?")
    mentions = hand(tiny, "The storm hit the coastal villages on Monday.", doc="a.txt", score=0.5)
    states = hand(tiny, "The storm displaced people in two villages.", doc="b.txt", score=0.5)
    for order in ([mentions, states], [states, mentions]):
        assert by_predicate(q, order, TUNE)[0].text == states.text


def test_the_noun_a_which_question_asks_a_name_of_is_no_predicate_word(tiny: FactChecker) -> None:
    """ "What tune will the band play": the sentence naming the tune it plays leads one that
    says "tune" of another band's playing; the asked noun is the answer's type."""
    q = analyse("What tune will the Orla band play at the harbour fair?")
    other = hand(tiny, "Last year another band played its own tune at the fair.", doc="a.txt", score=0.45)
    plays = hand(tiny, "The Orla band will play Low Tide at the harbour fair.", doc="b.txt", score=0.5)
    for order in ([other, plays], [plays, other]):
        assert by_predicate(q, order, TUNE)[0].text == plays.text


def test_an_open_answer_opening_with_these_brings_the_sentence_before(tiny: FactChecker) -> None:
    """ "These cranes ...": the sentence before says which, so the answer is both, each cited."""
    best = sentence(tiny, THESE_CRANES, score=0.6)
    out = sentences([best], TUNE)
    assert [c.quote for c in out] == [THESE_CRANES, COAST_CRANES]
    assert {c.value for c in out} == {f"{COAST_CRANES} {THESE_CRANES}"}
    assert out[1].score == pytest.approx(0.6 - TUNE.rank_penalty)


def test_another_source_making_the_same_point_is_co_cited(tiny: FactChecker) -> None:
    """A close sentence (cosine >= ``same_point``) from another article with a near score is
    cited too; an unrelated one, or a much weaker one, is not."""
    best = sentence(tiny, HARBOUR_CRANES, score=0.6)
    same = sentence(tiny, COAST_CRANES, score=0.58)
    unrelated = sentence(tiny, RAIN, score=0.59)
    out = sentences([best, same, unrelated], TUNE)
    assert [(c.doc, c.value) for c in out] == [("harbour.txt", HARBOUR_CRANES), ("coast.txt", HARBOUR_CRANES)]
    weak = same.rescored(score=TUNE.same_point_ratio * 0.6 - 0.05)
    assert [c.doc for c in sentences([best, weak], TUNE)] == ["harbour.txt"]


def test_no_evidence_gives_no_open_answer() -> None:
    assert sentences([], TUNE) == []


def test_evidence_naming_the_same_people_must_still_state_the_predicate(tiny: FactChecker) -> None:
    """ "Why did Tomas Brill close the bridges?" is not answered by another act of his."""
    q = analyse("Why did Tomas Brill close the bridges?")
    assert not states_predicate(q, hand(tiny, "Tomas Brill opened the new pier on Friday.", score=0.5), TUNE)
    assert states_predicate(q, hand(tiny, "Tomas Brill closed the bridges on Friday.", score=0.5), TUNE)


def test_an_adjective_is_stated_by_one_of_the_same_first_sense(tiny: FactChecker) -> None:
    """ "the largest donation" states "the biggest donation"; "the smallest" does not."""
    q = analyse("Who made the biggest donation to the Velmar Party in late 1998?")
    largest = hand(tiny, "The largest donation to the Velmar Party was a bequest from Anna Holt.", score=0.5)
    smallest = hand(tiny, "The smallest donation to the Velmar Party came from Anna Holt.", score=0.5)
    assert states_predicate(q, largest, TUNE)
    assert not states_predicate(q, smallest, TUNE)


def test_prepositions_adverbs_and_the_counted_noun_frame_the_question() -> None:
    """ "outside", "back" and the words of the counted "rocket attacks" are not the predicate a
    sentence must repeat; the deed, its scene and its date are."""
    q = analyse("How many rocket attacks did Velmar launch outside Ostrin on 3 May 2011?")
    framing = framing_words(q.text, q.target)
    assert {"rocket", "attack", "outsid"} <= framing
    assert not {"launch", "ostrin", "2011"} & framing
    assert "back" in framing_words("How many guards were sent back from Ostrin?")


def test_a_phrase_or_clause_placing_the_deed_in_time_frames_the_question(tiny: FactChecker) -> None:
    """ "after the Brisco merger" says when, not what: a sentence stating the deed need not repeat
    it; the deed and a date stay asked, and a clause ("when Varga founded it") tells a deed."""
    framing = framing_words("How many posts could Dunmore shed after the Brisco merger?")
    assert {"brisco", "merger"} <= framing and "shed" not in framing
    assert "2011" not in framing_words("How many died after the flood of 3 May 2011?")
    assert not {"found", "varga"} & framing_words(
        "How many members did Brill Party have when Varga founded it?"
    )
    assert not {"beat", "tarn"} & framing_words("After beating Tarn, how far behind were Ostrin?")
    q = analyse("How many posts could Dunmore Rail shed after the Brisco merger?")
    shed = hand(tiny, "Dunmore Rail could shed up to 4,100 posts over three years.", score=0.5)
    assert states_predicate(q, shed, TUNE)
    hired = hand(tiny, "Dunmore Rail hired 4,100 drivers over three years.", score=0.5)
    assert not states_predicate(q, hired, TUNE)


def test_a_paraphrased_scene_still_states_the_deed(tiny: FactChecker) -> None:
    """ "died in the paired explosions outside the Keldby depot" is stated by a sentence
    killing people in a bombing at the depot; an opening there states no death."""
    q = analyse("How many people died in the paired explosions outside the Keldby depot on 3 May 2011?")
    killed = hand(tiny, "A car bombing at a depot in Keldby killed 46 people.", score=0.5)
    assert states_predicate(q, killed, TUNE)
    opened = hand(tiny, "A new wing of the Keldby library opened to 46 people.", score=0.5)
    assert not states_predicate(q, opened, TUNE)


def test_framing_words_the_sentence_states_still_count(tiny: FactChecker) -> None:
    """ "in four rocket attacks" states the counted "rocket attacks" word for word, which carries a
    sentence that gives no other word of "hit Keldby on 2 May 2015"."""
    q = analyse("How many rocket attacks hit Keldby on 2 May 2015?")
    assert states_predicate(
        q, hand(tiny, "Nine civilians were killed in four rocket attacks.", score=0.5), TUNE
    )


def test_a_verb_sharing_a_wordnet_sense_states_the_asked_verb(tiny: FactChecker) -> None:
    """ "answer" is stated by "respond" (they share a sense among both words' first
    ``predicate_synonym_senses``), which the sentence model puts too far apart; "register" shares none."""
    q = analyse("By what date must Velm firms answer?")
    respond = hand(tiny, "Velm traders have until 3 May to respond.", score=0.5)
    assert states_predicate(q, respond, TUNE)
    assert not states_predicate(q, respond, replace(TUNE, predicate_synonym_senses=1))
    register = hand(tiny, "Velm traders have until 3 May to register.", score=0.5)
    assert not states_predicate(q, register, TUNE)


def test_a_count_of_what_a_measure_counts_states_the_measure(tiny: FactChecker) -> None:
    """ "the population of Keldby" is stated by "there were 2,140 people in the town"."""
    q = analyse("What is the population of Keldby?")
    people = hand(tiny, "As of the census of 2010, there were 2,140 people living in Keldby.", score=0.5)
    assert states_predicate(q, people, TUNE)
    assert not states_predicate(q, hand(tiny, "Keldby lies 10 miles north of Ostrin.", score=0.5), TUNE)


def test_an_irregular_verb_is_stated_by_meaning(tiny: FactChecker) -> None:
    """ "fled" states "flee" (word forms fail, the sentence model matches); "spoke" does not."""
    q = analyse("Why did Tomas Brill flee?")
    assert states_predicate(q, hand(tiny, "Tomas Brill fled on Friday.", score=0.5), TUNE)
    assert not states_predicate(q, hand(tiny, "Tomas Brill spoke on Friday.", score=0.5), TUNE)


def test_a_sentence_close_in_meaning_to_the_question_states_it(tiny: FactChecker) -> None:
    """At a cosine of ``stated_by_meaning`` the words are not checked."""
    q = analyse("Why did Tomas Brill flee?")
    hit = hand(tiny, "Tomas Brill spoke on Friday.", score=0.5, dense=TUNE.stated_by_meaning)
    assert states_predicate(q, hit, TUNE)


def test_the_sentence_before_can_state_the_predicate(tiny: FactChecker) -> None:
    """ "They worked near the bridges" after "Volunteers ... filled 500 sandbags" states it."""
    q = analyse("Why did volunteers fill sandbags?")
    hit = hand(tiny, "They worked near the bridges.", score=0.5)
    assert not states_predicate(q, hit, TUNE)
    assert states_predicate(q, hit, TUNE, previous="Volunteers from Dunmoor filled 500 sandbags.")


def test_an_open_which_question_needs_the_concrete_thing_it_asks_for(tiny: FactChecker) -> None:
    """ "From which air base did the bombers fly?" is not answered by a sentence naming no base;
    an abstract which-noun ("what reason") is not required, it is often only implied."""
    q = analyse("From which air base did the bombers fly for the raids?")
    assert q.thing == "base" and not analyse("What reason did the council give?").thing
    flew = hand(tiny, "The bombers flew the raids with fighter jets.", score=0.5)
    based = hand(tiny, "The bombers flew the raids from a base in Qatar.", score=0.5)
    assert not names_thing(q.thing, flew) and names_thing(q.thing, based)


def test_a_who_question_is_answered_where_its_main_verb_is_stated(tiny: FactChecker) -> None:
    """ "Who claimed the bombing?" needs a sentence saying someone claimed it (or a word of the
    same meaning); one naming a monitor who counted the dead does not say who claimed it."""
    q = "Who claimed responsibility for the bombing in the market?"
    counted = hand(tiny, "The bombing in the market killed five people, the monitor Rami said.", score=0.5)
    claimed = hand(tiny, "The Northern Front claimed responsibility for the bombing.", score=0.5)
    assert not states_main_verb(q, counted) and states_main_verb(q, claimed)
    assert states_main_verb("Who is the foreign minister?", counted)  # no main verb to look for


def test_the_main_verb_may_be_stated_by_a_wordnet_synonym(tiny: FactChecker) -> None:
    """ "Who seized the port?" is stated by "captured the port" (WordNet files seize and
    capture in one frequent sense; the sentence model puts them far apart)."""
    q = "Who seized the port of Ostrin?"
    captured = hand(tiny, "The Velmar Front captured the port of Ostrin on Sunday.", score=0.5)
    assert states_main_verb(q, captured)


def test_a_rare_sense_of_a_common_verb_does_not_state_the_question_verb(tiny: FactChecker) -> None:
    """ "Who claimed the bombing?" is not stated by "the blast took place near a checkpoint
    manned by the Velmar Front": "take" means "claim" only in its 26th WordNet sense."""
    q = "Who claimed responsibility for the car bombing near Ostrin?"
    took = hand(
        tiny,
        "Witnesses said the blast took place near a checkpoint manned by the Velmar Front.",
        score=0.5,
    )
    assert not states_main_verb(q, took)


def test_the_verbs_agent_noun_states_it(tiny: FactChecker) -> None:
    """ "Who leads the Velmar Front?" is stated by "its leader Karim Haddad" (leader is the one
    who leads); "its spokesman" states no leading."""
    q = "Who leads the Velmar Front?"
    leader = hand(tiny, "The Velmar Front's leader Karim Haddad warned the council.", score=0.5)
    spokesman = hand(tiny, "The Velmar Front's spokesman Karim Haddad warned the council.", score=0.5)
    assert states_main_verb(q, leader) and not states_main_verb(q, spokesman)


def test_a_main_verb_too_common_to_index_is_not_required(tiny: FactChecker) -> None:
    """ "Which general said ..." : "said" is a stopword with no token; the speaker's sentence
    ("..., said General X") still answers."""
    said = hand(tiny, "We will not allow the group to return, General Ansel Brook told reporters.", score=0.5)
    assert states_main_verb("Which general said the group would not return?", said)


def test_a_who_question_on_be_needs_the_verb_of_its_clause(tiny: FactChecker) -> None:
    """ "Who is the ranger arrested in Ostrin" is not stated by a sentence that names no arrest
    (nor by "sent", a far WordNet sense of "charge"); "detained"/"arrested" or "accused" for
    "charged" state it."""
    q = "Who is the ranger arrested in Ostrin?"
    arrested = hand(tiny, "Police arrested ranger Tomas Brill in Ostrin.", score=0.5)
    praised = hand(tiny, "The mayor praised ranger Tomas Brill in Ostrin.", score=0.5)
    assert states_asked_predicate(q, arrested, TUNE.clause_senses)
    assert not states_asked_predicate(q, praised, TUNE.clause_senses)
    charged = "What are the names of the two rangers charged with theft?"
    sent = hand(tiny, "Letters were sent to Tomas Brill about the theft.", score=0.5)
    accused = hand(tiny, "Prosecutors accused two rangers of theft.", score=0.5)
    assert not states_asked_predicate(charged, sent, TUNE.clause_senses)
    assert states_asked_predicate(charged, accused, TUNE.clause_senses)


def test_a_more_precise_verb_states_an_asked_phrasal_verb(tiny: FactChecker) -> None:
    """ "Who stepped down from the Velm council" is stated by "resigned" (leaving a post is how one
    steps down, by WordNet), not by a verb of another deed."""
    q = "Who stepped down from the Velm council?"
    resigned = hand(tiny, "Tomas Brill resigned from the Velm council on Friday.", score=0.5)
    praised = hand(tiny, "Tomas Brill praised the Velm council on Friday.", score=0.5)
    assert states_asked_predicate(q, resigned, TUNE.clause_senses)
    assert not states_asked_predicate(q, praised, TUNE.clause_senses)


def test_a_role_asked_with_no_verb_must_be_named_with_its_modifiers(tiny: FactChecker) -> None:
    """ "Who is the deputy leader of X's party" has no verb to state: a sentence names the holder
    only where it says the role, every word of it ("party leader Ada Kerr" is another role)."""
    q = "Who is the deputy leader of Brill's new party?"
    deputy = hand(tiny, "Ada Kerr, now the party's deputy leader, joined Tomas Brill.", score=0.5)
    leader = hand(tiny, "A row broke out between Tomas Brill and party leader Ada Kerr.", score=0.5)
    row = hand(tiny, "Ada Kerr rejected the idea that Tomas Brill posed a threat.", score=0.5)
    assert states_asked_predicate(q, deputy, TUNE.clause_senses)
    assert not states_asked_predicate(q, leader, TUNE.clause_senses)
    assert not states_asked_predicate(q, row, TUNE.clause_senses)


def test_a_linking_or_light_verbs_noun_states_the_question(tiny: FactChecker) -> None:
    """ "Who became chief whip" is stated by "X, now chief whip" and "who made the largest
    gift" by "the largest gift came from X": the noun carries what is asked, not the verb;
    a sentence with neither the verb nor the noun does not state it."""
    became = "Who became chief whip of the Velmar party?"
    assert predicate_nouns(became) == ["whip"]
    now = hand(tiny, "The party was joined by Tomas Brill, who is now its chief whip.", score=0.5)
    praised = hand(tiny, "Tomas Brill praised the Velmar party on Friday.", score=0.5)
    assert states_asked_predicate(became, now, TUNE.clause_senses)
    assert not states_asked_predicate(became, praised, TUNE.clause_senses)
    gift = "Who made the largest gift to the Velmar party?"
    came = hand(tiny, "The largest gift to the Velmar party came from Anna Holt.", score=0.5)
    assert states_asked_predicate(gift, came, TUNE.clause_senses)
    assert states_predicate(analyse(gift), came, TUNE)
    assert predicate_nouns("Who praised the Velmar party?") == []


def test_a_sentence_asking_the_question_again_does_not_answer_it() -> None:
    """ "Brill will announce which seat he will fight" holds the question, not its answer."""
    q = "Which seat will Tomas Brill fight in May?"
    assert asks_again(q, "Tomas Brill is due to announce which seat he will fight.")
    assert not asks_again(q, "Tomas Brill will fight the seat of Dunmoor in May.")
    assert not asks_again("Which is the largest seat?", "Which is the largest, asked Brill.")


def test_a_verb_with_its_own_meaning_keeps_it_over_its_object() -> None:
    """ "Who claimed the bombing" needs a claim: "claim" is no light verb, so the object
    "bombing" alone does not state the question (unlike "made a donation")."""
    assert predicate_nouns("Which group claimed the bombing of the Velmar bus?") == []


def test_how_many_senses_of_an_evidence_word_are_read_is_the_corpus_tuning(tiny: FactChecker) -> None:
    """ "took" states "claimed" only through a rare sense of "take": with the tuned first few
    senses it does not; a corpus tuned to read every sense lets it."""
    import copy

    hit = hand(tiny, "The Varro militia took the hill fort at dawn.")
    assert hit.corpus.evidence_senses == TUNE.evidence_senses
    assert not states_word("claimed", hit)
    every = copy.copy(hit.corpus)
    every.evidence_senses = 50
    assert states_word("claimed", replace(hit, corpus=every))


def test_a_more_precise_verb_wordnet_files_under_the_asked_one_states_it(tiny: FactChecker) -> None:
    """ "What did Tomas Brill give?" is stated by "supplied" (to supply is a way to give, by
    WordNet); a verb of another deed ("visited") is not."""
    q = analyse("What did Tomas Brill give?")
    supplied = hand(tiny, "Tomas Brill supplied new desks to a school in Keldby.", score=0.5)
    assert states_predicate(q, supplied, TUNE)
    assert not states_predicate(q, hand(tiny, "Tomas Brill visited a school in Keldby.", score=0.5), TUNE)


def test_an_open_question_on_what_a_thing_did_needs_that_deed_or_that_doer(tiny: FactChecker) -> None:
    """ "What did the council's inquiry into the Ostrin flood conclude?" is not answered by a
    sentence on the flood itself (neither the inquiry nor a concluding); one naming the inquiry,
    or saying what was found, is about it."""
    q = "What did the council's own inquiry into the Ostrin flood conclude?"
    flood = hand(tiny, "Council pumps failed as the flood reached the lower streets of Ostrin.", score=0.5)
    inquiry = hand(tiny, "The inquiry blamed the failed pumps for the flood in Ostrin.", score=0.5)
    found = hand(tiny, "Council experts concluded that the pumps had failed in Ostrin.", score=0.5)
    assert not states_deed_or_doer(q, flood)
    assert states_deed_or_doer(q, inquiry) and states_deed_or_doer(q, found)
    assert states_deed_or_doer("What did Tomas Brill conclude?", flood)  # a name: its article says it


def test_a_noun_is_stated_by_its_form_or_a_wordnet_synonym_not_by_topic() -> None:
    """ "investigation" is stated by "probe" (one WordNet sense), not by "suspected"."""
    assert states_noun("investigation", "The probe ended on Friday.", 3)
    assert not states_noun("investigation", "Suspected raiders hit the depot.", 3)


def test_a_possible_or_conditional_deed_does_not_say_what_happened() -> None:
    """ "What sentence did Brill get?" is not answered by "Brill could face 20 years if
    convicted", nor, asked in the past, by what "will" happen; a question asking what could
    happen keeps such sentences, and a plain past deed is no possibility."""
    q = "What sentence did Tomas Brill get?"
    assert only_possible(q, "Tomas Brill could face a sentence of 20 years if convicted.")
    assert only_possible(q, "Prosecutors said Tomas Brill may receive a long sentence.")
    assert only_possible(q, "Anna Pell pleaded guilty and will be sentenced after the trial of Tomas Brill.")
    assert not only_possible(q, "Tomas Brill was given a sentence of 12 years in May.")
    assert not only_possible("What sentence could Tomas Brill face?", "Tomas Brill could face 20 years.")
    assert not only_possible("What did Tomas Brill say on Monday?", "Tomas Brill said he will appeal.")


def test_a_clause_on_the_roles_owner_leaves_the_role_to_state(tiny: FactChecker) -> None:
    """ "Who is the director of the Velm clinic that treated the miners": the clause says which
    clinic, the role says who; a sentence naming the role of that clinic answers, one naming
    another role does not. A clause on the role itself still needs its verb."""
    q = "Who is the director of the Velm clinic that treated the injured miners?"
    director = hand(tiny, "Ilse Varga, the director of the Velm clinic, spoke to reporters.", score=0.5)
    nurse = hand(tiny, "Ilse Varga, a nurse at the Velm clinic, spoke to reporters.", score=0.5)
    assert states_asked_predicate(q, director, TUNE.clause_senses)
    assert not states_asked_predicate(q, nurse, TUNE.clause_senses)
    own = "Who is the ranger arrested in Ostrin?"
    praised = hand(tiny, "The mayor praised ranger Tomas Brill in Ostrin.", score=0.5)
    assert not states_asked_predicate(own, praised, TUNE.clause_senses)


def test_a_light_verbs_object_in_a_clause_is_stated_by_its_verb(tiny: FactChecker) -> None:
    """ "The ranger who gave evidence at the trial": "testified" states "gave evidence" (one
    WordNet verb synset holds "evidence" and "testify"); "attended" does not."""
    q = "Who is the ranger who gave evidence at the Ostrin trial?"
    testified = hand(tiny, "Ranger Tomas Brill testified at the Ostrin trial on Monday.", score=0.5)
    attended = hand(tiny, "Ranger Tomas Brill attended the Ostrin trial on Monday.", score=0.5)
    assert states_asked_predicate(q, testified, TUNE.clause_senses)
    assert not states_asked_predicate(q, attended, TUNE.clause_senses)


def test_a_country_word_is_stated_by_another_name_of_the_country(tiny: FactChecker) -> None:
    """ "How many Chilean rangers are there": a sentence on "the Republic of Chile's 40
    rangers" states "Chilean"; one naming another country does not."""
    q = analyse("how many chilean rangers are there right now?")
    chile = hand(tiny, "The Republic of Chile has 40 rangers on duty.", score=0.5)
    peru = hand(tiny, "Peru has 40 rangers on duty.", score=0.5)
    assert states_predicate(q, chile, TUNE)
    assert not states_predicate(q, peru, TUNE)


def test_a_kind_of_the_asked_thing_names_it() -> None:
    """ "which warplanes": a sentence naming "B-52s" or "bombers" names warplanes; "targets" do not."""
    from bot.sentences import kinds_named

    assert kinds_named("warplanes", "Velmar sent B-52s and bombers over Dunmoor.") == ["B-52s", "bombers"]
    assert kinds_named("warplanes", "Velmar struck 40 targets in Dunmoor.") == []


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("How many tents did the Velmar floods destroy?", ["destroy"]),
        ("How many sailors did harbour guard fire wound near Ostrin on 3 May?", ["wound"]),
        ("How many wells did the Tarvel water board dig in 2019?", ["dig"]),
        ("How many miners were trapped in the Ostrin tunnel?", ["trapped"]),
        ("How many of those hurt in the Ostrin crash were in critical condition?", []),
    ],
)
def test_the_bare_verb_of_a_do_support_question_is_its_deed(question: str, verbs: list[str]) -> None:
    """ "did X ... VERB in/on/?": the bare word closing the clause, even where the tagger reads it
    as a noun; without "did", the root verb, and none where the root is "be"."""
    assert asked_verbs(question) == verbs


def test_the_sentences_read_for_phrasal_verbs_are_those_not_close_by_meaning(tiny: FactChecker) -> None:
    """A sentence the model puts as close as a restatement states the predicate unparsed; the
    others are the ones ``states_predicate`` may parse, listed to be parsed together."""
    close = hand(tiny, "The Orvel trust set up a rowing club.", dense=TUNE.stated_by_meaning)
    far = hand(tiny, "The Orvel trust founded a rowing club.", dense=TUNE.stated_by_meaning - 0.2)
    assert predicate_read([close, far], TUNE) == [far.chunk.text]


def test_a_particular_kind_of_the_asked_thing_is_named_not_a_broad_word_for_it() -> None:
    """A word under the thing's first WordNet sense and divided no further names one particular
    kind of it; a broad word for it ("compound", divided further), the thing itself or a name
    ("Ada") does not."""
    assert named_particular("chemical", "Inspectors said the tank leaked the solvent toluene.") == ["toluene"]
    assert named_particular("chemical", "A toxic compound leaked from the Velm plant.") == []
    assert named_particular("chemical", "A toxic chemical leaked from the Velm plant.") == []
    assert named_particular("chemical", "Toluene was found in the Orn river.") == ["Toluene"]
    assert named_particular("chemical", "Plant manager Ada Kell said the leak was small.") == []


def test_a_sentence_naming_a_kind_of_the_asked_thing_answers_before_a_restatement(tiny: FactChecker) -> None:
    """ "What chemical did the Velm plant leak": the lead restating the question ("a toxic
    compound") scores best, but the sentence naming the chemical answers; one scoring below the
    share of the best keeps the order, and so does a list where none names a kind."""
    lead = hand(
        tiny, "A toxic compound leaked from the Velm plant into the Orn river, officials said.", score=0.8
    )
    named = hand(tiny, "Inspectors said the tank leaked the solvent toluene on Friday.", score=0.55)
    weak = hand(tiny, "Inspectors said the tank leaked the solvent toluene on Friday.", score=0.3)
    other = hand(tiny, "The Velm plant will stay shut until May, its owner said.", score=0.7)
    assert kind_first("chemical", [lead, other, named], TUNE) == [named, lead, other]
    assert kind_first("chemical", [lead, other, weak], TUNE) == [lead, other, weak]
    assert kind_first("chemical", [lead, other], TUNE) == [lead, other]
    assert kind_first("", [lead, named], TUNE) == [lead, named]


def test_a_retold_sentence_is_shown_in_the_wording_that_names_most() -> None:
    """ "Velmar TV's viewers rose" names whose viewers "the network's viewers rose" leaves out; a
    retelling naming no more than the first wording leaves it shown."""
    named = "Velmar TV's viewers rose from 2.1m to 2.4m in March, its managers said."
    bare = "The network's viewers rose from 2.1m to 2.4m in March, its managers said."
    assert named_wording(bare, [named]) == named
    assert named_wording(named, [bare]) == named
    assert named_wording(bare, []) == bare
    other_figure = "Velmar TV's viewers rose from 2.1m to 2.6m in March, its managers said."
    assert named_wording(bare, [other_figure]) == bare
    numbered = "Velmar Two's viewers rose from 2.1m to 2.4m in March, its managers said."
    assert named_wording(bare, [numbered]) == numbered


def test_the_words_of_an_open_questions_event_leave_out_its_names_and_the_asked_kind() -> None:
    """ "What tune was Mira Solen humming when the ferry sank": the event is the humming and the
    sinking ferry; the name and "tune" (the kind the answer names) are not its words."""
    words = event_words(analyse("What tune was Mira Solen humming when the ferry sank?"))
    assert {"hum", "ferri", "sank"} <= set(words)
    assert not {"tune", "mira", "solen", "what"} & set(words)
    assert event_words(analyse("Which song did Orla Venn sing?")) == ("sing",)


def test_the_sentence_stating_the_questions_own_event_answers_before_one_sharing_its_name(
    tiny: FactChecker,
) -> None:
    """ "What tune was Mira Solen humming when the ferry sank": the sentence on her career scores
    best (her name, "tunes"), but the one stating the humming and the sinking ferry answers; one
    scoring under the share of the best keeps the order, and so does a list where none states it."""
    q = analyse("What tune was Mira Solen humming when the ferry sank?")
    career = hand(tiny, "Mira Solen sang tunes in many ports of the Orn coast for 20 years.", score=0.7)
    event = hand(tiny, "She was humming the old tune Grey Harbour when the ferry sank near Velm.", score=0.55)
    weak = hand(tiny, "She was humming the old tune Grey Harbour when the ferry sank near Velm.", score=0.3)
    other = hand(tiny, "The Velm ferry was raised from the harbour a year later.", score=0.6)
    assert event_first(q, [career, other, event], TUNE) == [event, career, other]
    assert event_first(q, [career, other, weak], TUNE) == [career, other, weak]
    assert event_first(q, [career, other], TUNE) == [career, other]
    assert event_first(q, [event, career], TUNE) == [event, career]


def test_a_question_asked_of_a_report_needs_not_the_report_in_the_evidence(tiny: FactChecker) -> None:
    """ "How does the memo sum up the prospects of the Keldby pier?": the memo's text never
    names itself nor its summing up; a sentence saying the pier's prospects in other words states
    it, one on another matter does not."""
    q = analyse("How does the memo sum up the prospects of the new Keldby pier after the storm?")
    said = hand(tiny, "After the storm, the future of the new Keldby pier remains unclear.", score=0.5)
    other = hand(tiny, "Keldby fishermen sold their catch at the market on Friday.", score=0.5)
    assert states_predicate(q, said, TUNE) and states_deed_or_doer(q.text, said)
    assert not states_predicate(q, other, TUNE)


def test_a_question_noun_is_stated_by_a_wordnet_synonym(tiny: FactChecker) -> None:
    """ "the kids" are stated by "the children" (one WordNet synset);
    a noun of another thing ("teachers") does not state them."""
    assert same_nouns(
        ["kid"], "How many kids crossed the Keldby bridge?", "Forty children crossed it.", 4
    ) == {"kid"}
    assert not same_nouns(
        ["kid"], "How many kids crossed the Keldby bridge?", "Forty teachers crossed it.", 4
    )
    q = analyse("What did the kids paint?")
    said = hand(tiny, "The children decorated a long wall.", score=0.5)
    assert states_predicate(q, said, TUNE)
    assert not states_predicate(q, said, replace(TUNE, predicate_noun_senses=0))


def test_a_deed_is_told_by_the_noun_wordnet_derives_from_its_verb() -> None:
    """ "The capture of the ridge" tells that it was seized, "the resignation of the chairman"
    that he resigned, "the approval of the merger" that it was approved, "the death of the
    striker" that he died; a noun of another deed ("the arrest", "the transfer", "the sale")
    tells none of them."""
    assert told_by_noun("seized", "The capture of Orn ridge by the Velm brigade ended the siege.")
    assert told_by_noun("resign", "The resignation of chairman Tomas Brill shook the board.")
    assert told_by_noun("approved", "Shareholders cheered the approval of the Kell merger on Monday.")
    assert told_by_noun("died", "Fans mourned the death of striker Ansel Dorn in the crash.")
    assert not told_by_noun("seized", "The arrest of two Velm officers ended the siege.")
    assert not told_by_noun("resign", "The transfer of chairman Tomas Brill shook the board.")
    assert not told_by_noun("approved", "Shareholders cheered the sale of the Kell stake on Monday.")
    assert not told_by_noun("died", "Fans cheered the return of striker Ansel Dorn.")
    assert not told_by_noun("led", "Tomas Brill met the leader of the Orvan Brigade.")  # a doer's noun


def test_a_deed_told_by_its_noun_counts_in_the_predicates_share(tiny: FactChecker) -> None:
    """ "Who resigned from the Kell board": "the resignation of X from the Kell board" states the
    deed (held as said in the predicate's share and by the who-question's verb check); "the
    appointment of X to the Kell board" tells another deed and states neither."""
    q = "Who resigned from the Kell board in March?"
    told = hand(
        tiny, "The resignation of Ada Kerr from the Kell board in March surprised investors.", score=0.5
    )
    other = hand(
        tiny, "The appointment of Ada Kerr to the Kell board in March surprised investors.", score=0.5
    )
    assert told_deeds(["resign"], q, told.chunk.text) == {"resign"}
    assert told_deeds(["resign"], q, other.chunk.text) == set()
    assert states_asked_predicate(q, told, TUNE.clause_senses)
    assert not states_asked_predicate(q, other, TUNE.clause_senses)


def test_a_clause_verb_with_no_token_is_stated_by_its_lemma(tiny: FactChecker) -> None:
    """ "Who was the official who told reporters about the strike": "told" is too common to have a
    token, so the sentence's own "told" (its lemma) states the clause verb; a sentence where the
    official only praised the reporters does not."""
    q = "Who was the official who told reporters about the strike on Orn airfield?"
    told = hand(tiny, "Velm official Tomas Brill told reporters the strike hit Orn airfield.", score=0.5)
    praised = hand(tiny, "Velm official Tomas Brill praised reporters near Orn airfield.", score=0.5)
    assert states_asked_predicate(q, told, TUNE.clause_senses)
    assert not states_asked_predicate(q, praised, TUNE.clause_senses)
