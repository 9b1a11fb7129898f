"""What a named speaker said: the speaker's own speech, not narration about them (invented sentences)."""

from bot.blame import is_saying
from bot.speech import SPEECH_SENSES, asked_speech, speech_by


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
