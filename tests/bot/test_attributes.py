"""Attribute questions and their short values, on small hand-made sentences."""

from __future__ import annotations

import pytest

from bot.attributes import (
    AttributeAsk,
    attribute_question,
    candidates,
    defining_kind,
    document_candidates,
    is_defining,
    question_subject,
)
from bot.debris import is_debris


@pytest.mark.parametrize(
    ("question", "attribute", "subject", "category"),
    [
        ("What sport is Tom Hale associated with?", "sport", "Tom Hale", "sport"),
        ('What is the genre of the film "Blue Hour"?', "genre", "Blue Hour", "genre"),
        ("What language is Mira Stone written in?", "language", "Mira Stone", "language"),
        ("What type of aircraft crashed near Oslo Airport?", "type of aircraft", "Oslo Airport", "aircraft"),
        ("Night Owls is a game for which type of medium?", "type of medium", "Night Owls", "medium"),
        ("What position did Sam Reed play?", "position", "Sam Reed", "position"),
        ("What political party was Ann Cole a member of?", "party", "Ann Cole", "party"),
        ("What is the primary function of ZMX?", "function", "ZMX", "function"),
    ],
)
def test_attribute_questions(question: str, attribute: str, subject: str, category: str) -> None:
    ask = attribute_question(question)
    assert ask is not None
    assert (ask.attribute, ask.subject, ask.category, ask.person) == (attribute, subject, category, False)


def test_person_role_is_flagged_with_the_subject_type() -> None:
    ask = attribute_question('Who is the director of the film "Grey Harbour"?')
    assert ask == AttributeAsk("director", "Grey Harbour", "director", person=True, subject_type="film")


def test_a_practised_attribute_asks_for_a_person_noun() -> None:
    """A profession is answered by the practitioner ("a chemist"), not a kind of profession."""
    ask = attribute_question("What is the profession of Lena Holt?")
    assert ask is not None and ask.category == "person"
    found = candidates("Lena Holt is a Danish chemist.", ask, defining=True)
    assert [c.text for c in found][:1] == ["chemist"]


@pytest.mark.parametrize(
    "question",
    [
        "What is the population of Lake Town?",
        "What is the length of the Vela river?",
        "When was Tom Hale born?",
        "Who founded the Vela Society?",
        "How many people live in Lake Town?",
    ],
)
def test_not_attribute_questions(question: str) -> None:
    """Quantities, dates and verb roles belong to the count, date and role readers."""
    assert attribute_question(question) is None


def _texts(sentence: str, question: str, defining: bool = True) -> list[str]:
    ask = attribute_question(question)
    assert ask is not None
    return [c.text for c in candidates(sentence, ask, defining=defining)]


def test_modifier_of_a_person_noun_is_the_sport() -> None:
    sentence = "Tom Hale is an Australian former rugby league forward who played in the 1950s."
    assert _texts(sentence, "What sport is Tom Hale associated with?")[0] == "rugby league"


def test_multiword_kind_is_kept_whole() -> None:
    sentence = "Tom Hale (born 1983) is a former American football linebacker."
    assert _texts(sentence, "What sport is Tom Hale associated with?")[0] == "American football"


def test_agent_noun_names_its_activity() -> None:
    ask = attribute_question("What sport is Tom Hale associated with?")
    assert ask is not None
    found = candidates("Tom Hale is an English cricketer.", ask, defining=True)
    assert found[0].text == "cricket"
    assert "Tom Hale is an English cricketer."[found[0].start : found[0].end] == "cricketer"


def test_hyphenated_language_modifier() -> None:
    sentence = "Blue Hour is a 2004 Tamil-language film directed by Ravi Kumar."
    assert _texts(sentence, 'What is the language of the film "Blue Hour"?') == ["Tamil"]


def test_party_named_with_its_word() -> None:
    sentence = "He was a member of the Republican Party."
    assert _texts(sentence, "What political party was Ann Cole a member of?") == ["Republican"]


def test_a_member_noun_names_the_party_its_subject_belongs_to() -> None:
    question = "What political party was Ann Cole a member of?"
    assert _texts("In 1890, Cole was elected as a Whig to the state senate.", question) == ["Whig"]
    assert _texts("Cole was a Whig.", question) == ["Whig"]
    assert _texts("Cole met a Whig in the state senate.", question) == []


def test_a_party_modifying_the_role_its_subject_holds_names_the_party() -> None:
    question = "What political party was Ann Cole a member of?"
    assert _texts("Cole was a Whig member of the state senate.", question) == ["Whig"]
    assert _texts("Ann Cole is a Liberal politician from Dunmere.", question) == ["Liberal"]
    assert _texts("Cole was elected as a Whig candidate in 1840.", question) == ["Whig"]
    assert _texts("Cole defeated a Whig senator in 1840.", question) == []
    assert _texts("Cole was a Welsh politician.", question) == []


def test_a_defining_sentence_names_its_subjects_kind_with_the_words_narrowing_it() -> None:
    assert defining_kind("Tin Owl is a Danish short film, directed by Lise Holm in 2005.") == "short film"
    assert defining_kind("Grey Shore is a 1994 novel by Welsh author Ada Moor.") == "novel"
    assert defining_kind("Red Hour is an American made-for-television comedy film.") == "comedy film"
    assert defining_kind("Tin Owl played in Aarhus in 2005.") == ""


def test_the_attribute_word_is_not_its_own_value() -> None:
    sentence = "He presented BBC Sport for ten years."
    assert _texts(sentence, "What sport is Tom Hale associated with?") == []


def test_by_phrase_names_the_artist() -> None:
    sentence = "Grey Harbour is the third studio album by American rock band Velvet Owls."
    found = _texts(sentence, 'Who is the artist of the album "Grey Harbour"?')
    assert found == ["Velvet Owls"]


def test_a_by_phrase_naming_the_kind_of_maker_first_gives_the_name_after_it() -> None:
    question = 'Who is the artist of the album "Grey Shore"?'
    sentence = "Grey Shore is the second album by Danish pop band Tin Wolves Run. It sold well."
    assert _texts(sentence, question) == ["Tin Wolves Run"]
    assert _texts("Grey Shore is the second album by a Danish band.", question) == []
    assert _texts("Grey Shore is an album by Danish singer and pianist Ada Moor.", question) == ["Ada Moor"]
    assert _texts("Grey Shore is the second album by Danish pop band The Tin Wolves.", question) == [
        "The Tin Wolves"
    ]


def test_a_makers_epithet_is_part_of_the_name() -> None:
    """ "by rapper Rex the Baker": the name runs on through "the" to the epithet."""
    question = 'Who is the artist of the album "Grey Shore"?'
    sentence = "Grey Shore is the debut album by American rapper Rex the Baker, hosted by a friend."
    assert _texts(sentence, question)[:1] == ["Rex the Baker"]
    assert _texts("Grey Shore is an album by Danish singer Ada Moor the next year.", question) == ["Ada Moor"]


def test_a_by_phrase_name_the_parser_does_not_tag_as_a_person_is_kept_whole() -> None:
    question = 'Who is the artist of the album "Grey Shore"?'
    assert _texts("Grey Shore is an album by Silver Bay.", question) == ["Silver Bay"]


def test_role_verb_must_match_the_role() -> None:
    """ "directed by" answers director; "produced by" is someone else's role."""
    sentence = "Grey Harbour is a 1998 film directed by Anna Berg and produced by Karl Moss."
    ask = attribute_question('Who is the director of the film "Grey Harbour"?')
    assert ask is not None
    found = candidates(sentence, ask, defining=True)
    assert found[0].text == "Anna Berg"
    assert [c.text for c in found if c.text == "Karl Moss"] and found[1].score < found[0].score


def test_a_by_phrase_shared_by_coordinated_verbs_names_each_role() -> None:
    """ "directed and written by Y": Y directed it; "produced by X and directed by Y": X did not."""
    ask = attribute_question('Who is the director of the film "Grey Harbour"?')
    assert ask is not None
    shared = candidates("Grey Harbour is a 2011 thriller film directed and written by Anna Berg.", ask, True)
    own = candidates(
        "Grey Harbour is a 2011 film directed by Anna Berg and produced by Karl Moss.", ask, True
    )
    assert shared[0].text == "Anna Berg"
    assert shared[0].score == own[0].score
    separate = candidates(
        "Grey Harbour is a film produced by Karl Moss and directed by Anna Berg.", ask, True
    )
    assert separate[0].text == "Anna Berg"
    assert next(c.score for c in separate if c.text == "Karl Moss") < separate[0].score


def test_a_participle_describing_the_work_credits_its_maker() -> None:
    """ "a song recorded by Y" names the artist; "a song produced by Y" names a producer."""
    question = 'Who is the artist of the song "Red Kettle"?'
    assert _texts('"Red Kettle" is a song recorded by Welsh duo Moss Lane.', question) == ["Moss Lane"]
    ask = attribute_question(question)
    assert ask is not None
    recorded = candidates('"Red Kettle" is a song recorded by Moss Lane.', ask, True)
    produced = candidates('"Red Kettle" is a song produced by Moss Lane.', ask, True)
    assert recorded[0].score > produced[0].score
    untyped = attribute_question('Who is the artist of "Red Kettle"?')  # no kind: any noun could be it
    assert untyped is not None
    assert (
        candidates('"Red Kettle" is a song recorded by Moss Lane.', untyped, True)[0].score
        < recorded[0].score
    )
    label = candidates('"Red Kettle" is a song by Moss Lane, released in 2010 by Tin Records.', ask, True)
    assert label[0].text == "Moss Lane"
    assert next(c.score for c in label if c.text == "Tin Records") < label[0].score


def test_by_inside_a_quoted_title_is_no_credit() -> None:
    question = 'Who is the artist of the song "Red Kettle"?'
    sentence = '"Red Kettle" is the third single by Ada Moor, from her album "Step by Step" (2004).'
    assert _texts(sentence, question) == ["Ada Moor"]
    unquoted = '"Red Kettle" is the third single by Ada Moor, from her album Step by Step.'
    assert _texts(unquoted, question) == ["Ada Moor"]


def test_named_model_for_a_made_thing() -> None:
    sentence = "Flight 12 was a Douglas DC-3 operated by Northern Air."
    assert "Douglas DC-3" in _texts(sentence, "What type of aircraft was Flight 12?")


def test_subject_name_is_not_a_value() -> None:
    sentence = "Cricket Hill is a village in Kent."
    assert _texts(sentence, "What sport is Cricket Hill associated with?") == []


def test_defining_sentence() -> None:
    assert is_defining("Tom Hale (born 1983) is a former American football linebacker.", "Tom Hale")
    assert is_defining("He is an English cricketer.", "Tom Hale")
    assert not is_defining("Tom Hale played for Leeds in 1990.", "Tom Hale")
    assert not is_defining("The club is a member of the league.", "Tom Hale")


def test_document_prefers_the_defining_sentence() -> None:
    text = (
        "Tom Hale is an English cricketer. He played for Kent. "
        "His brother was a keen golfer who played football at school."
    )
    ask = attribute_question("What sport is Tom Hale associated with?")
    assert ask is not None
    found = document_candidates(text, ask)
    assert found[0].text == "cricket"
    assert text[found[0].start : found[0].end] == "cricketer"


def test_document_skips_wiki_furniture() -> None:
    text = "Use dmy dates from March 2020. Categories : American football linebackers. Tom Hale is a painter."
    ask = attribute_question("What sport is Tom Hale associated with?")
    assert ask is not None
    assert document_candidates(text, ask) == []


@pytest.mark.parametrize(
    "text",
    [
        "Use dmy dates from August 2019",
        "Use British English",
        "For other uses, see Blue Hour (disambiguation).",
        "{{Infobox film | name = Blue Hour}}",
        "Reception [ edit ] The film was well received.",
        "Directed by Anna Berg Produced by Karl Moss Starring Tom Hale",
        "Genre Drama Running time 90 minutes Country India Language Tamil",
        "Text is available under the Creative Commons Attribution-ShareAlike License",
        "^ Smith, John. Retrieved 23 July 2015.",
        "Categories : 1983 births Living people",
    ],
)
def test_debris(text: str) -> None:
    assert is_debris(text)


@pytest.mark.parametrize(
    "text",
    [
        "Blue Hour is a 2004 Tamil-language drama film directed by Anna Berg.",
        "rugby league",
        "He was directed by his father in two films.",
        "Tom Hale is an English cricketer.",
        "The rescue effort involved close coordination between the Velmar Harbour Authority (VHA) and the port.",
    ],
)
def test_not_debris(text: str) -> None:
    assert not is_debris(text)


def test_question_subject_keeps_inner_lower_case_words() -> None:
    assert (
        question_subject("When was the Museum for the Coastal Trade established?")
        == "Museum for the Coastal Trade"
    )
    assert question_subject('Who directed "The Blue Hour"?') == "The Blue Hour"


def test_a_synonym_of_the_attribute_is_not_its_value() -> None:
    """ "For which film is X nominated?": "the flick" or "a movie" name the attribute again, not
    which film; only a title or a kind of film answers."""
    ask = attribute_question("For which film is Ansel Brook nominated?")
    assert ask is not None
    assert [c.text for c in candidates("Ansel Brook stars in the flick about a lighthouse.", ask)] == []
    assert [c.text for c in candidates("Ansel Brook stars in a movie about a lighthouse.", ask)] == []


def test_question_subject_keeps_a_possessive_inside_a_name() -> None:
    assert question_subject("When was the Sailor's Institute founded?") == "Sailor's Institute"
    assert question_subject("Who was Mara Lind's husband?") == "Mara Lind"


def test_a_name_right_after_the_kind_word_is_its_value() -> None:
    """ "the film Blue Harbour" answers "which film", "the seat of Dunmoor" "which seat"."""
    film = "Lena Ross is nominated for her role in the award-winning film Blue Harbour."
    assert _texts(film, "For which film is Lena Ross nominated?") == ["Blue Harbour"]
    seat = "Tomas Brill will contest the seat of Dunmoor at the next election."
    assert _texts(seat, "Which seat will Tomas Brill contest?") == ["Dunmoor"]
    owned = "The musical is based on Anna Holt's novel Grey Harbour, a story of two sisters."
    assert _texts(owned, "Which novel is the musical Silent Bay based on?") == ["Grey Harbour"]


def test_a_possessive_name_does_not_say_what_kind_a_thing_is() -> None:
    """ "director Sam Reed's film debut": Reed owns the film, "Sam" is no film."""
    sentence = "She was first choice for the lead in director Sam Reed's film debut."
    assert _texts(sentence, "For which film is Lena Ross nominated?") == []


def test_a_sentence_without_be_or_the_subject_is_not_parsed_as_defining() -> None:
    """The cheap test before the parse passes every sentence the parse could find defining
    (a form of "be", and the subject's word or a pronoun) and nothing without them."""
    from bot.attributes import _may_define

    words = {"tom", "hale"}
    assert _may_define("tom hale is a linebacker.", words)
    assert _may_define("he was an english cricketer.", words)
    assert _may_define("tom hale's a coach now.", words)
    assert not _may_define("tom hale played for leeds in 1990.", words)
    assert not _may_define("the club is a member of the league.", words)


def test_a_run_of_proper_nouns_before_the_asked_word_is_one_name() -> None:
    """ "next to Omar Bin Tarek mosque": the mosque's name is all three words, not "Tarek"."""
    question = "which mosque was the Velmar car bomb next to"
    sentence = "Several people were hurt in the blast next to Omar Bin Tarek mosque in Velmar."
    assert _texts(sentence, question, defining=False) == ["Omar Bin Tarek"]
    assert _texts("Several were hurt next to Tarek mosque in Velmar.", question, defining=False) == ["Tarek"]


def test_a_verb_whose_noun_is_the_role_names_its_filler() -> None:
    """ "starring Y": a star is an actor, so the film's actor is Y; "featuring" names no actor."""
    ask = attribute_question('Who is the main actor in the film "Grey Harbour"?')
    assert ask is not None and ask.person
    found = candidates(
        "Grey Harbour is a 1952 comedy film directed by Ivo Marsh and starring Lena Brook.",
        ask,
        defining=True,
    )
    assert found[0].text == "Lena Brook"  # the director's by-phrase is another role's, scored lower
    assert all(c.score < found[0].score for c in found[1:])
    found = candidates(
        "Grey Harbour is a 1961 comedy film starring the comedian Tor Vale.", ask, defining=True
    )
    assert [c.text for c in found] == ["Tor Vale"]
    featuring = candidates("Grey Harbour is a 1952 comedy featuring Lena Brook.", ask, defining=True)
    assert all(c.why != "role verb" for c in featuring)


def test_a_name_before_the_asked_kind_of_built_place_answers_which() -> None:
    """ "Ostrin Vale police station" answers "which Tarvel police station": the name, not the
    question's own "police"; a capitalised kind word is part of the name ("al-Varra Mosque")."""
    question = "Which Tarvel police station were the three fishermen taken to?"
    held = "The fishermen are held at Tarvel's Ostrin Vale police station, where they will be questioned."
    assert _texts(held, question, defining=False) == ["Ostrin Vale"]
    assert _texts("The fishermen are held at a police station in Tarvel.", question, defining=False) == []
    mosque = "The blast went off near al-Varra Mosque in Velmar soon after prayers."
    assert _texts(mosque, "which mosque was the Velmar car bomb next to", defining=False) == [
        "al-Varra Mosque"
    ]


def test_a_capitalised_kind_word_of_no_built_place_still_needs_wordnet() -> None:
    """ "Harbour Sport" is a channel's name, no sport: only a built place's kind word is
    written into its name."""
    sentence = "Tom Hale presents a weekly show on Harbour Sport."
    assert _texts(sentence, "What sport is Tom Hale associated with?", defining=False) == []


def test_a_name_under_an_indefinite_article_is_no_value_of_the_asked_noun() -> None:
    """ "Which constituency will Tom Hale fight": "an Orn Valley constituency" says where one
    is and "a hard-working constituency MP" describes a person; "the Orn Valley constituency"
    and "the constituency Dunmoor North" name one."""
    question = "Which constituency is Tom Hale going to fight?"
    assert _texts("Tom Hale will fight the election in an Orn Valley constituency.", question, False) == []
    assert _texts("Tom Hale ran as a hard-working constituency MP.", question, False) == []
    assert _texts("Tom Hale will fight the Orn Valley constituency.", question, False) == ["Orn Valley"]
    assert _texts("Tom Hale will fight the constituency Dunmoor North.", question, False) == ["Dunmoor North"]
