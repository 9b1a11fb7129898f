"""What a named speaker said: the speaker's own speech, not narration about them (invented sentences)."""

from bot.blame import is_saying
from bot.speech import (
    SPEECH_SENSES,
    Speech,
    acts_in,
    asked_kind_of_speech,
    asked_speech,
    asks_wording,
    is_asked_speaker,
    outlet_speech,
    speech_by,
    titled_name,
)


def speaks_verb(lemma: str) -> bool:
    return is_saying(lemma, SPEECH_SENSES)


def test_verbs_of_communication_come_from_wordnet() -> None:
    assert speaks_verb("warn") and speaks_verb("announce") and speaks_verb("say")
    assert not speaks_verb("kill") and not speaks_verb("highlight")


def test_a_question_asking_what_someone_said() -> None:
    spoken = asked_speech("What did Ada Kerr warn the Tarvel council would do next spring?")
    assert spoken is not None and "kerr" in spoken.speaker and spoken.verb == "warn"
    assert "council" in spoken.about and "kerr" not in spoken.about.lower()
    titled = asked_speech("What did the Orlan port manager say about the new ferry?")
    assert titled is not None and "manager" in titled.speaker


def test_questions_asking_something_else_are_no_speech_questions() -> None:
    assert asked_speech("Which union said it would strike in Velmar?") is None  # asks the speaker
    assert asked_speech("Where did Ada Kerr say the ferry would dock?") is None  # asks a place
    assert asked_speech("What kind of ferry did Ada Kerr announce?") is None  # asks a thing
    assert asked_speech("How many ferries sank near Velmar?") is None


def test_a_question_asking_how_someone_worded_a_thing_asks_their_speech_when_told_so() -> None:
    """ "How did Kerr describe the plan": the manner of a verb of saying with an object asks Kerr's
    words about the plan (read only where asked for: ``wording``); a saying verb with no object
    ("how did Kerr respond") and a verb of another kind ("how did Kerr fund the plan") do not."""
    from bot.nlp import dependency_parse

    question = "How did Ada Kerr describe the Tarvel ferry plan?"
    assert asked_speech(question) is None
    spoken = asked_speech(question, wording=True)
    assert spoken is not None and "kerr" in spoken.speaker and spoken.verb == "describe"
    assert "ferry" in spoken.about and "how" not in spoken.about.lower().split()
    assert any(asks_wording(t) for t in dependency_parse("How does the Velm Post characterise the talks?"))
    assert not any(asks_wording(t) for t in dependency_parse("How did Ada Kerr respond to the vote?"))
    assert not any(asks_wording(t) for t in dependency_parse("How did Ada Kerr fund the ferry plan?"))
    assert asked_speech("How did Ada Kerr fund the ferry plan?", wording=True) is None


def test_the_speakers_clause_is_the_speech() -> None:
    spoken = asked_speech("What did Kerr say the council would do?")
    assert spoken is not None
    speech = speech_by(spoken, "Ada Kerr said that the council would close the Tarvel ferry in May.")
    assert speech is not None and speech.content == "the council would close the Tarvel ferry in May"
    assert not speech.quoted


def test_a_quotation_attributed_to_the_speaker() -> None:
    spoken = asked_speech("What did Kerr say about the ferry?")
    assert spoken is not None
    speech = speech_by(spoken, "“We will not let the ferry close,” Ada Kerr said.")
    assert speech is not None and speech.quoted and "ferry close" in speech.content


def test_narration_about_the_speaker_is_no_speech() -> None:
    spoken = asked_speech("What did Kerr say about the ferry?")
    assert spoken is not None
    assert speech_by(spoken, "Kerr outlined her broader goals for the Tarvel ferry.") is None
    assert speech_by(spoken, "Kerr's remarks suggest that the ferry will stay open.") is None
    assert speech_by(spoken, "Mayor Brill said that the ferry would close.") is None


def test_a_pronoun_speaker_is_the_subject_of_the_sentence_before() -> None:
    spoken = asked_speech("What did Kerr say about the ferry?")
    assert spoken is not None
    text = "She said the ferry would run twice a day."
    assert speech_by(spoken, text, previous="Ada Kerr visited the Tarvel harbour on Monday.") is not None
    assert speech_by(spoken, text, previous="Mayor Brill met Ada Kerr on Monday.") is None
    assert speech_by(spoken, text, ingest_speaker="Ada Kerr") is not None


def test_a_quotation_running_on_from_the_speakers_quote() -> None:
    spoken = asked_speech("What did Kerr say about the ferry?")
    assert spoken is not None
    speech = speech_by(spoken, "“The ferry will run again by June.”", ingest_speaker="Ada Kerr")
    assert speech is not None and speech.quoted


def test_a_question_asking_who_spoke_is_no_speech_question() -> None:
    assert asked_speech("Which Orlan co-founder said the ferry would be hard to beat?") is None


def test_a_speaking_clause_takes_the_subject_of_its_verb() -> None:
    spoken = asked_speech("What did Kerr say about the ferry?")
    assert spoken is not None
    met = "Ada Kerr met the Tarvel envoys, insisting that the ferry would keep running."
    speech = speech_by(spoken, met)
    assert speech is not None and speech.content == "the ferry would keep running"
    quoted = speech_by(spoken, "“The ferry stays,” Ada Kerr was quoted as saying.")
    assert quoted is not None and quoted.content == "The ferry stays"
    assert speech_by(spoken, "Ada Kerr was told that the ferry would close.") is None


def test_a_speech_stating_the_asked_topic_in_its_words_shares_it() -> None:
    """ "What did Kerr say about how high the fares are": "the fares are too high" states the
    topic; her words on a plan for Tarvel do not, and a rare word weighs more than a common one."""
    from bot.speech import topic_share

    spoken = asked_speech("What did Kerr say about how high the fares are in Tarvel?")
    assert spoken is not None
    rare = {"fare": 3.0, "high": 1.0, "tarvel": 0.2}

    def idf(token: str) -> float:
        return rare.get(token, 1.0)

    on_topic = topic_share(spoken.about, "The fares are far too high to bear", idf)
    off_topic = topic_share(spoken.about, "We have a clear plan for Tarvel", idf)
    assert on_topic > 0.9 > 0.1 > off_topic > 0.0
    assert topic_share("", "The fares are far too high", idf) == 0.0


def test_a_question_asking_a_speakers_own_words() -> None:
    """A speaking doer as the active subject of a verb of saying asks that speaker's own words;
    a passive "accused" or a word's meaning does not."""
    spoken = asked_speech("What did the Tarnish trade ministry say about the ferry?")
    assert spoken is not None and spoken.own_words and spoken.phrase == "Tarnish trade ministry"
    accused = asked_speech("What is Ada Kerr accused of hiding from the council?")
    assert accused is not None and not accused.own_words
    meaning = asked_speech("What does the word velmar mean?")
    assert meaning is None or not meaning.own_words


def test_a_speaker_named_for_another_place_is_no_answer() -> None:
    """ "The Velmese police said" does not answer "what did the Tarnish police say", though both are
    police; the asked one's words still do."""
    spoken = asked_speech("What did the Tarnish police say about the riot?")
    assert spoken is not None
    assert speech_by(spoken, "The Tarnish police said the riot was over by noon.") is not None
    assert speech_by(spoken, "The Velmese police said the riot was over by noon.") is None
    assert not is_asked_speaker(spoken, "the Velmese police")


def test_the_asked_speaker_under_another_form_of_its_name() -> None:
    """A speaker named by all the asked words in other forms: the article's titled naming of a
    surname ("Foreign Minister Ada Kerr" for "Kerr"), a country's adjective for its name."""
    spoken = asked_speech("What did Chile's foreign minister say about the ferry?")
    assert spoken is not None
    article = "Chilean Foreign Minister Ada Kerr arrived on Monday. The talks ran late."
    assert titled_name("Kerr", article) == "Chilean Foreign Minister Ada Kerr"
    text = "“The ferry will run,” Kerr said."
    assert speech_by(spoken, text) is None
    assert speech_by(spoken, text, article=article) is not None
    assert not is_asked_speaker(spoken, "Kerr", "Trade Minister Ada Kerr")  # "foreign", "France" unsaid


def test_a_capital_speaks_for_its_countrys_government() -> None:
    spoken = asked_speech("What did Chile's government say about the ferry?")
    assert spoken is not None and is_asked_speaker(spoken, "Santiago")
    assert not is_asked_speaker(spoken, "Lima")


def test_narration_of_the_asked_speakers_deeds_answers_when_no_words_do() -> None:
    """With no words of the asked speaker, a sentence where they act answers ("the ministry has
    sold the depot"); one that only names them in another's account does not."""
    spoken = asked_speech("What did the Tarnish ministry say about the depot?")
    assert spoken is not None
    assert acts_in(spoken, "The Tarnish ministry has sold the depot to a Velm firm.")
    assert not acts_in(spoken, "A Velm envoy said the depot was sold by the Tarnish ministry.")


def test_an_outlets_own_sentences_are_its_speech() -> None:
    spoken = asked_speech("What did the Tarn Herald say about the ferry?")
    assert spoken is not None and spoken.own_words
    text = "The Tarvel ferry will stop running in May."
    speech = outlet_speech(spoken, text, "", "Tarn Herald")
    assert speech is not None and speech.content == "The Tarvel ferry will stop running in May"
    assert outlet_speech(spoken, text, "Mayor Brill", "Tarn Herald") is None  # another's words it reports
    assert outlet_speech(spoken, text, "", "Velm Courier") is None


def test_the_asked_head_noun_by_a_word_the_model_reads_alike() -> None:
    """ "Chile's military" is "the Chilean army" when the model reads the two head nouns alike
    (here a stand-in for the sentence model); a name is never compared by the model."""
    spoken = asked_speech("What did Chile's military say about the ferry?")
    assert spoken is not None

    def alike(a: str, b: str) -> bool:
        return {a, b} == {"military", "army"}

    assert not is_asked_speaker(spoken, "the Chilean army")
    assert is_asked_speaker(spoken, "the Chilean army", similar=alike)
    assert not is_asked_speaker(spoken, "the Peruvian army", similar=alike)


def test_a_question_asking_what_the_speaker_told_others_to_do() -> None:
    spoken = asked_speech("What did Ada Kerr urge the ferry operators to do?")
    assert spoken is not None and spoken.directive and spoken.speaker == ("ada", "kerr")
    said = asked_speech("What did Kerr say the council would do?")
    assert said is not None and not said.directive  # no one told to do anything


def test_a_lower_case_name_is_the_asked_speaker() -> None:
    spoken = asked_speech("what did kerr ask the tenants to do?")
    assert spoken is not None and spoken.speaker == ("kerr",) and spoken.directive


def test_a_telling_speech_answers_with_the_deed_asked() -> None:
    spoken = asked_speech("What did Kerr ask the residents to do?")
    assert spoken is not None
    speech = speech_by(spoken, "Ada Kerr asked the Tarvel residents to boil their water before drinking it.")
    assert speech == Speech("boil their water before drinking it", False, True)
    vowed = speech_by(spoken, "Ada Kerr vowed to repair the Tarvel water mains.")  # no one told
    assert vowed is not None and not vowed.directive and vowed.content == "to repair the Tarvel water mains"


def test_every_deed_of_a_listed_request_is_in_the_answer() -> None:
    spoken = asked_speech("What did Kerr call on the unions to do?")
    assert spoken is not None
    speech = speech_by(
        spoken,
        "“We call on the unions to end the strike, reopen the depots and return to talks,” Kerr said.",
        ingest_speaker="Kerr",
    )
    assert speech is not None and speech.directive
    assert speech.content == "end the strike, reopen the depots and return to talks"
    told = speech_by(spoken, "Kerr urged the unions to end the strike and said talks would resume on Friday.")
    assert told is not None and told.content == "end the strike"  # another saying is not a deed asked


def test_asked_what_was_requested_only_requests_answer() -> None:
    spoken = asked_speech("What did Kerr urge the council to do?")
    assert spoken is not None
    plea = Speech("close the port", False, True)
    found = [(None, Speech("the port is too small", True)), (None, plea)]
    assert asked_kind_of_speech(spoken, found) == [(None, plea)]  # type: ignore[arg-type]
    said = asked_speech("What did Kerr say about the port?")
    assert said is not None and asked_kind_of_speech(said, found) == found  # type: ignore[arg-type]


def test_asked_what_the_speaker_pointed_to_the_object_of_that_verb_answers() -> None:
    spoken = asked_speech("What did Kerr point to as evidence that the ferries are unsafe?")
    assert spoken is not None and spoken.speaker == ("kerr",) and spoken.preposition == "to"
    speech = speech_by(spoken, "Kerr pointed to two collisions near the Tarvel quay as proof of the danger.")
    assert speech is not None and speech.taken and speech.content == "two collisions near the Tarvel quay"
    said = speech_by(spoken, "Kerr said the ferries would be inspected in May.")
    assert said is not None and not said.taken
    assert asked_kind_of_speech(spoken, [(None, said), (None, speech)]) == [(None, speech)]  # type: ignore[list-item]
    plain = asked_speech("What did Kerr say about the ferries?")
    assert plain is not None and not plain.preposition
    assert asked_kind_of_speech(plain, [(None, said)]) == [(None, said)]  # type: ignore[list-item]
    assert speech_by(plain, "Kerr pointed to two collisions near the Tarvel quay.") is None  # no clause
