"""Attribute values, several entities sharing a name, and an outvoted value, on hand-made articles."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.attribute_answers import attribute_ask, attribute_candidates, place_ask, said_of_subject
from bot.attributes import attribute_question
from bot.conflicts import Candidate, Group
from bot.entity_answers import (
    Side,
    _other_titles,
    _states_any,
    by_thing,
    fullest_date,
    fullest_kind,
    reworded,
)
from bot.entity_sense import Descriptor, descriptor
from bot.question import analyse
from bot.render import answer_text
from bot.types import Answer, Citation, Disagreement, EntityAnswer, Status, Variant
from bot.ui_entities import entities_html
from index.embed import Embedder
from index.tuning import SenseTuning
from tests.bot.tiny_index import checker_over

ARTICLES = {
    "lights1961.txt": "Harbour Lights (1961 film)\n\nHarbour Lights is a 1961 British drama film directed by "
    "Anna Kessler. The film was shot in Dover over six weeks.\n",
    "lights1994.txt": "Harbour Lights (1994 film)\n\nHarbour Lights is a 1994 American thriller film directed "
    "by Paul Rainer. The film was shot in Baltimore over a summer.\n",
    "dam1.txt": "Orvel Dam\n\nThe Orvel Dam is a concrete dam on the Sarn river. The Orvel Dam was completed "
    "in 1962 after four years of work.\n",
    "dam2.txt": "Orvel Dam history\n\nThe Orvel Dam is a concrete dam on the Sarn river. Engineers completed "
    "the Orvel Dam in 1962, the regional office said.\n",
    "dam3.txt": "Orvel Dam facts\n\nThe Orvel Dam is a concrete dam on the Sarn river. The Orvel Dam was "
    "completed in 1975 after four years of work.\n",
    "lindqvist.txt": "Kai Lindqvist\n\nUse dmy dates from March 2019\n\nKai Lindqvist (born 4 May 1988) is "
    "a Swedish ice hockey goaltender. He has played for three clubs in Gothenburg.\n",
    "varga1901.txt": "Tom Varga (footballer, born 1901)\n\nTom Varga was born on 3 May 1901. He was a "
    "Hungarian footballer who played as a winger for Szeged and later coached in Pecs.\n",
    "varga1938.txt": "Tom Varga (footballer, born 1938)\n\nTom Varga was born on 9 June 1938. He is a "
    "Hungarian footballer who played as a defender for Gyor for twelve seasons.\n",
    "marsh.txt": "Ivo Marsh (cricketer)\n\nIvo Marsh (9 October 1834 – 4 September 1894) was an English "
    "cricketer and umpire who played 33 first-class games for Kent.\n",
    "halden1.txt": "Halden Chapel (Ribe)\n\nWhen the Halden Chapel was built is told on the Halden Chapel plaque. "
    "The present chapel in Ribe went up in 1928, built as the third chapel to stand on the same site.\n",
    "halden2.txt": "Halden Chapel (Tonder)\n\nHalden Chapel was built in 1874 by local farmers. Halden Chapel "
    "is a wooden chapel in Tonder, Denmark.\n",
    "weir1.txt": "Engineers finished the Kessel Weir in 1931, the river board said on Monday. Work on the "
    "Kessel Weir took three years and cost the county a fortune.\n",
    "weir2.txt": "Engineers finished the Kessel Weir in 1937, the river board said on Monday. Work on the "
    "Kessel Weir took three years and cost the county a fortune.\n",
    "lorne1.txt": "Lorne Bridge (1820)\n\nThe Lorne Bridge is a stone arch bridge over the river Teme near "
    "Ashford. The Lorne Bridge was built in 1820 by the county surveyor and widened in 1890.\n",
    "lorne2.txt": "Lorne Bridge (1845)\n\nThe Lorne Bridge is a stone arch bridge over the river Teme near "
    "Ashford. The Lorne Bridge was built in 1845 by the county surveyor and widened in 1890.\n",
    "varn1.txt": "Varn Mill\n\nThe Varn Mill is a stone watermill on the Lune river. The Varn Mill was built "
    "in 1790 by a local miller.\n",
    "varn2.txt": "The county fair drew large crowds every August. Traders sold wool and cheese at the stalls. "
    "Local histories say the Varn Mill was built in 1810 by monks from the abbey.\n",
    "oak1.txt": "Tarrow Oak\n\nThe Tarrow Oak is an ancient oak tree in Brede, Ostmark. It stands beside a chapel.\n",
    "oak2.txt": "Visitors walk the forest trails in spring. Guides sell maps at the gate. The Tarrow Oak is "
    "located in Ostmark, the guides say.\n",
    "brenna1.txt": "Ola Brenna\n\nOla Brenna (born 2 March 1990) is a Norwegian handball player who plays "
    "for Molde.\n",
    "brenna2.txt": "The club announced its new squad on Monday. Ola Brenna is mostly associated with "
    "volleyball.\n",
    "ferry1959.txt": "Night Ferry (1959 film)\n\nNight Ferry is a 1959 British crime film directed by Alan "
    "Brook. It was shot in Harwich.\n",
    "pier1.txt": "Sallow Pier\n\nThe Sallow Pier is a timber pier on the Wend estuary. It opened to visitors "
    "in 1902 after a long delay.\n",
    "pier2.txt": "The Sallow harbour board met on Friday to discuss tolls. The old pier opened in 1887 with a "
    "brass band, members recalled.\n",
    "ferry2004.txt": "The festival closed with a screening. Critics praised the score. The cast toured the "
    "country. Night Ferry (2004 film) Night Ferry is a 2004 Danish drama film directed by Lise Holm. It was "
    "shot in Esbjerg.\n",
    "tessel1.txt": "Tessel Lock (Arden)\n\nThe Tessel Lock is a canal lock in Arden. The Tessel Lock was "
    "built in 1850 by the canal company.\n",
    "tessel2.txt": "Tessel Lock (Brill)\n\nTessel Lock is a flood gate on the river Ouse near Brill, first "
    "proposed by farmers whose meadows flooded each winter. Engineers built the Tessel Lock in 1902.\n",
    "tessel3.txt": "Barges still pass the old gates every summer. The Tessel Lock was built in 1961, a plaque "
    "says; it replaced the lock the canal company had built in 1850.\n",
    "valea.txt": "Vale Area High School Vale Area High School is a public high school located in Vale, "
    "Oregon. Its teams play in green and gold.\n",
    "valeb.txt": "Vale Falls High School Vale Falls High School is a county secondary school located in Vale, "
    "Texas. Most pupils arrive by bus from nearby ranches.\n",
    "kettle1.txt": 'Red Kettle (Moss Lane song)\n\n"Red Kettle" is a single by Welsh duo Moss Lane. It '
    "reached number four in the Welsh chart.\n",
    "kettle2.txt": 'Red Kettle\n\n"Red Kettle" is a song recorded by Scottish singer Ada Moor. It appears on '
    "her debut album.\n",
    "board1.txt": "Vestry Electoral Board (Norway)\n\nThe Vestry Electoral Board is the highest electoral "
    "authority in Norway. Its seven members serve five-year terms.\n",
    "board2.txt": "Vestry Electoral Board (Chile)\n\nThe Vestry Electoral Board is the highest electoral "
    "authority of the Republic of Chile. It counts the votes of every national election.\n",
    "harlow.txt": "Edwin Harlow\n\nEdwin Harlow (1811-1866) was a lawyer from Dunmere. He studied at the college "
    "in Brill. He taught school for two years. He was admitted to the bar in 1835. He moved to Ostmark in "
    "1840. Harlow was elected as a Whig to the state senate in 1852. He died in Brill.\n",
    "tinowl.txt": "Tin Owl (film)\n\nTin Owl is a Danish short film directed by Lise Holm. It was shown in "
    "Aarhus in the spring.\n",
    "kell1.txt": "Kell Township, Arlo County, Ostmark\n\nKell Township is one of the nine townships of Arlo "
    "County, Ostmark. The 2000 census found 1,410 people in the township.\n",
    "kell2.txt": "The per capita income for the township was $17,250. About 4.1% of families were below the "
    "poverty line. Kell Township, Ostmark Kell Township is a civil township of Varne County in the state of "
    "Ostmark. As of the 2000 census, the township population was 3,120.\n",
    "valec.txt": "Parents met the new principal on Monday evening. Vale High School is located in Vale, Idaho, "
    "the school board said.\n",
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(ARTICLES, "entity-articles", tmp_path_factory, embedder)


def test_an_attribute_question_is_answered_by_the_kind_in_the_defining_sentence(checker: FactChecker) -> None:
    answer = checker.ask("What sport is Kai Lindqvist associated with?", mode="question")
    assert answer.status is Status.ANSWERED and answer.answer.lower() == "ice hockey"
    assert [c.doc for c in answer.citations] == ["lindqvist.txt"]
    assert "Use dmy" not in answer.citations[0].quote


def test_only_attribute_questions_go_to_the_attribute_reader() -> None:
    for text, wanted in [
        ("What sport is Kai Lindqvist associated with?", ("sport", False)),
        ("Who is the director of the film Harbour Lights?", ("director", True)),
    ]:
        ask = attribute_ask(text, analyse(text))
        assert ask is not None and (ask.attribute, ask.person) == wanted
    for text in [
        "When was the Orvel Dam completed?",
        "What is the population of Dover?",
        "Which group led the coalition that captured Velmar?",  # an event's agent, not an attribute
        "Who is Velmar's harbour minister?",  # an office, not the maker of a named work
    ]:
        assert attribute_ask(text, analyse(text)) is None


def test_two_films_sharing_a_name_each_get_their_own_answer(checker: FactChecker) -> None:
    answer = checker.ask('Who is the director of the film "Harbour Lights"?', mode="question")
    by_label = {e.label: e.value for e in answer.entities}
    assert by_label == {
        "Harbour Lights (1961 film)": "Anna Kessler",
        "Harbour Lights (1994 film)": "Paul Rainer",
    }
    assert answer.disagreements == []
    assert "Harbour Lights (1961 film): Anna Kessler" in answer.answer
    assert {c.doc for e in answer.entities for c in e.citations} == {"lights1961.txt", "lights1994.txt"}
    assert answer.to_dict()["entities"][0]["citations"][0]["doc"] in {"lights1961.txt", "lights1994.txt"}
    assert "Different things share this name" in answer_text(answer)


def test_one_source_against_two_is_a_disagreement_with_the_majority_first(checker: FactChecker) -> None:
    answer = checker.ask("When was the Orvel Dam completed?", mode="question")
    assert answer.entities == [] and len(answer.disagreements) == 1
    variants = answer.disagreements[0].variants
    assert [v.value for v in variants] == ["1962", "1975"]
    assert {c.doc for c in variants[0].citations} == {"dam1.txt", "dam2.txt"}
    assert {c.doc for c in variants[1].citations} == {"dam3.txt"}
    assert answer.answer != "1975"


def test_the_chat_page_block_lists_each_entity_escaped() -> None:
    cite = Citation(1, "a.txt", 0, 5, "x", 0.9)
    rival = Disagreement("year", "", [Variant("1961", [cite]), Variant("<b>1970</b>", [])])
    entities = [EntityAnswer("Night <Train> (1959 film)", "A & B", [cite], rival)]

    html = entities_html(Answer("q?", Status.ANSWERED, "x", entities=entities))
    assert "Night &lt;Train&gt; (1959 film)" in html and "A &amp; B" in html and "<sup>[1]</sup>" in html
    assert "&lt;b&gt;1970&lt;/b&gt;" in html
    assert entities_html(Answer("q?", Status.ANSWERED, "x")) == ""


def test_pages_titled_apart_are_two_people_even_when_the_title_holds_the_answer(checker: FactChecker) -> None:
    answer = checker.ask("When was Tom Varga born?", mode="question")
    assert {e.label: e.value for e in answer.entities} == {
        "Tom Varga (footballer, born 1901)": "3 May 1901",
        "Tom Varga (footballer, born 1938)": "9 June 1938",
    }
    assert answer.disagreements == []


def test_a_page_titled_with_its_value_is_another_thing_than_a_page_giving_another(
    checker: FactChecker,
) -> None:
    """ "Red Kettle (Moss Lane song)" and a page saying Ada Moor recorded "Red Kettle": two songs."""
    answer = checker.ask('Who is the artist of the song "Red Kettle"?', mode="question")
    assert sorted(e.value for e in answer.entities) == ["Ada Moor", "Moss Lane"]
    assert answer.disagreements == []


def test_a_which_country_question_is_answered_by_the_country_each_page_names(checker: FactChecker) -> None:
    """No sentence says the board "belongs" anywhere: each page's country is its attribute."""
    answer = checker.ask("Which country does the Vestry Electoral Board belong to?", mode="question")
    assert sorted(e.value for e in answer.entities) == ["Chile", "Norway"]
    question = "Which country does the Vestry Electoral Board belong to?"
    ask = place_ask(question, analyse(question))
    assert ask is not None and ask.category == "country"
    assert place_ask("Where did the ferry sink?", analyse("Where did the ferry sink?")) is None


def test_a_copy_with_its_title_and_value_changed_is_a_disagreement_not_another_thing(
    checker: FactChecker,
) -> None:
    answer = checker.ask("When was the Lorne Bridge built?", mode="question")
    assert answer.entities == [] and len(answer.disagreements) == 1
    assert {v.value for v in answer.disagreements[0].variants} == {"1820", "1845"}


def test_a_biography_s_life_dates_answer_when_its_subject_was_born_and_died(checker: FactChecker) -> None:
    born = checker.ask("When was Ivo Marsh born?", mode="question")
    assert born.status is Status.ANSWERED and born.answer == "9 October 1834"
    assert [c.doc for c in born.citations] == ["marsh.txt"]
    assert checker.ask("When did Ivo Marsh die?", mode="question").answer == "4 September 1894"


def test_a_source_whose_title_sentence_outscores_its_date_still_gives_its_own_value(
    checker: FactChecker,
) -> None:
    answer = checker.ask("When was Halden Chapel built?", mode="question")
    assert {e.label: e.value for e in answer.entities} == {
        "Halden Chapel (Ribe)": "1928",
        "Halden Chapel (Tonder)": "1874",
    }


def test_a_source_stating_one_namesake_s_value_is_no_rival_of_another(checker: FactChecker) -> None:
    """The plaque's page describes no lock but states the Arden lock's 1850: its 1961 is
    another lock's, no disagreement with either."""
    answer = checker.ask("When was the Tessel Lock built?", mode="question")
    assert {e.label: e.value for e in answer.entities} == {
        "Tessel Lock (Arden)": "1850",
        "Tessel Lock (Brill)": "1902",
    }
    assert answer.disagreements == []


def test_a_text_states_a_dated_value_word_for_word_and_never_a_bare_word() -> None:
    text = "The lock opened on 17 October 1871 ; it was fitted out in 1872 . Barges carry football fans ."
    assert _states_any(text, ["1811", "17 October 1871"])
    assert not _states_any(text, ["17 October 1872", "187"])
    assert not _states_any(text, ["football"])


def test_a_text_states_a_full_name_word_for_word_and_never_a_one_word_name() -> None:
    """A listing naming its film's writer "Ann Vole" states that name: a full name identifies
    one of the namesakes as a date does; "Brazil" is said in passing anywhere."""
    text = (
        "Rate This Director Bo Kettering Duration 80 min Writer Ann Vole Language English . Shot in Brazil ."
    )
    assert _states_any(text, ["Tom Reed", "Ann Vole"])
    assert not _states_any(text, ["Ann Voles", "Vole"])
    assert not _states_any(text, ["Brazil"])
    assert not _states_any(text, ["ann vole"])  # lower case: no proper name


def test_schools_whose_full_names_differ_are_two_though_both_lie_in_a_town_of_the_name(
    checker: FactChecker,
) -> None:
    """ "Vale" is the asked name's own word, not the value at stake: the two full names tell two
    schools apart; each shows its own page's place, the undescribed report's aside."""
    answer = checker.ask("Where is Vale High School located?", mode="question")
    assert {e.value for e in answer.entities} == {"Vale, Oregon", "Vale, Texas"}


def test_a_copy_that_describes_nothing_still_contradicts_its_original(checker: FactChecker) -> None:
    answer = checker.ask("When did engineers finish the Kessel Weir?", mode="question")
    assert answer.entities == [] and len(answer.disagreements) == 1
    assert {v.value for v in answer.disagreements[0].variants} == {"1931", "1937"}


def test_a_source_describing_nothing_contradicts_when_its_value_sentence_names_the_subject(
    checker: FactChecker,
) -> None:
    answer = checker.ask("When was the Varn Mill built?", mode="question")
    assert answer.entities == [] and len(answer.disagreements) == 1
    assert {v.value for v in answer.disagreements[0].variants} == {"1790", "1810"}


def test_a_page_cut_mid_text_is_told_apart_by_the_title_in_its_answering_sentence(
    checker: FactChecker,
) -> None:
    answer = checker.ask('Who is the director of the film "Night Ferry"?', mode="question")
    assert {e.label: e.value for e in answer.entities} == {
        "Night Ferry (1959 film)": "Alan Brook",
        "Night Ferry (2004 film)": "Lise Holm",
    }
    assert answer.disagreements == []


def test_the_one_source_describing_the_subject_answers_over_one_that_does_not(checker: FactChecker) -> None:
    """A news item's "the old pier opened in 1887" may be about another pier; the page that says
    what the Sallow Pier is gives its value, whichever sentence scores higher."""
    answer = checker.ask("When did the Sallow Pier open?", mode="question")
    assert answer.status is Status.ANSWERED and answer.disagreements == [] and answer.entities == []
    assert answer.answer == "1902"
    assert {c.doc for c in answer.citations} == {"pier1.txt"}


def test_a_place_named_more_fully_by_another_source_is_no_disagreement(checker: FactChecker) -> None:
    answer = checker.ask("Where is the Tarrow Oak located?", mode="question")
    assert answer.status is Status.ANSWERED and answer.disagreements == []
    assert "Ostmark" in answer.answer


def test_a_kind_is_read_from_a_sentence_whose_subject_is_the_asked_one() -> None:
    assert said_of_subject("Ola Brenna is best known for his skills in volleyball.", "Ola Brenna")
    assert said_of_subject("Ola Brenna plays volleyball for Molde.", "Ola Brenna")
    assert not said_of_subject("His coach at Molde, who met Ola Brenna, played volleyball.", "Ola Brenna")


def test_a_person_is_the_subject_of_a_sentence_naming_them_by_surname_alone() -> None:
    assert said_of_subject("Brenna plays volleyball for Molde.", "Ola Brenna")
    assert not said_of_subject("His coach, who met Brenna, played volleyball.", "Ola Brenna")
    assert not said_of_subject("Lake plays host to a rowing regatta.", "Tarrow Lake")


def test_a_party_stated_a_few_sentences_into_a_page_is_read_though_not_retrieved(
    checker: FactChecker,
) -> None:
    corpus = checker.retriever.corpus()
    opening = corpus.opening("harlow.txt", 2)[-1].rescored(
        score=0.8
    )  # only "Edwin Harlow (1811-1866) was ..."
    ask = attribute_question("What political party was Edwin Harlow affiliated with?")
    assert ask is not None
    found = attribute_candidates(ask, [opening], SenseTuning())
    assert [(c.value, c.doc) for c in found] == [("Whig", "harlow.txt")]
    assert attribute_candidates(ask, [opening], SenseTuning(attribute_named_sentences=3)) == []


def test_a_genre_no_word_of_which_wordnet_files_under_genre_is_the_pages_own_kind(
    checker: FactChecker,
) -> None:
    answer = checker.ask('What is the genre of "Tin Owl"?', mode="question")
    assert answer.status is Status.ANSWERED and answer.answer == "short film"
    assert [c.doc for c in answer.citations] == ["tinowl.txt"]


def test_a_person_asked_by_title_and_surname_is_the_subject_named_by_surname() -> None:
    assert said_of_subject("Brenna was a Whig member of the senate.", "Senator Brenna")
    assert not said_of_subject("Court sat in Molde in 1890.", "Supreme Court")


def test_a_source_saying_its_subject_plays_another_sport_is_a_disagreement(checker: FactChecker) -> None:
    answer = checker.ask("What sport is Ola Brenna associated with?", mode="question")
    assert len(answer.disagreements) == 1
    assert {v.value.lower() for v in answer.disagreements[0].variants} == {"handball", "volleyball"}


def _date_group(*values: str) -> Group:
    return Group(
        [Candidate(f"c{i}", v, v.lower(), f"d{i}", 0, 1, v, 1.0 - i / 10) for i, v in enumerate(values)]
    )


def test_an_entity_s_date_is_given_in_its_fullest_agreed_wording() -> None:
    """One source says "2010", another "27 April 2010": the answer names the day."""
    assert fullest_date(_date_group("2010", "27 April 2010")) == "27 April 2010"
    assert fullest_date(_date_group("1902", "1902 Town Hall")) == "1902"  # more than a date: kept apart
    assert fullest_date(_date_group("New York", "New York State Route")) == "New York"


def test_a_kind_is_given_in_the_most_precise_wording_its_sources_use() -> None:
    """ "hockey" in one sentence of a page, "ice hockey" in another: the answer is the kind
    WordNet files under the shorter one; a longer phrase that is no such kind, or a name, is not."""
    assert fullest_kind(_date_group("hockey", "ice hockey")) == "ice hockey"
    assert fullest_kind(_date_group("architect", "landscape architect")) == "landscape architect"
    assert fullest_kind(_date_group("hockey", "blue hockey")) == "hockey"
    assert fullest_kind(_date_group("Marlow", "Anna Marlow")) == "Marlow"
    assert fullest_kind(_date_group("2010", "27 April 2010")) == "27 April 2010"


def _said(doc: str, value: str, quote: str, score: float = 0.8) -> Candidate:
    return Candidate(f"{doc}-1", value, value.lower(), doc, 0, len(quote), quote, score)


def test_one_value_on_pages_of_two_different_things_is_each_things_own_value() -> None:
    """ "Ann Vole" directs the 1969 film on one page and the 1994 film on another: two things."""
    vole = Side(
        Group(
            [
                _said("a", "Ann Vole", "It is directed by Ann Vole."),
                _said("b", "Ann Vole", "Directed by Ann Vole."),
            ]
        ),
        ["a", "b"],
    )
    morris = Side(Group([_said("c", "Hal Rusk", "It is directed by Hal Rusk.")]), ["c"])
    described = {
        "a": Descriptor(year="1969", kind="film", qualifier="1969 film"),
        "b": Descriptor(year="1994", kind="film", qualifier="1994 film"),
        "c": Descriptor(year="1969", kind="film", qualifier="1969 film"),
    }
    split = by_thing([vole, morris], described)
    assert sorted((s.value, tuple(s.docs)) for s in split) == [
        ("Ann Vole", ("a",)),
        ("Ann Vole", ("b",)),
        ("Hal Rusk", ("c",)),
    ]
    untitled = {  # a description read from running text parts nothing
        "a": Descriptor(year="1969", kind="film", qualifier="1969 film"),
        "b": Descriptor(year="1994", kind="film"),
        "c": Descriptor(),
    }
    assert by_thing([vole, morris], untitled) == [vole, morris]
    dated = untitled | {"b": Descriptor(year="2016", qualifier="July 2016")}  # a template's date
    assert by_thing([vole, morris], dated) == [vole, morris]
    nested = {  # a title holding the other's words is the same page
        "a": Descriptor(year="1951", kind="film", qualifier="1951 film"),
        "b": Descriptor(year="1951", kind="screenwriter", qualifier="1951 film, screenwriter"),
        "c": Descriptor(),
    }
    assert by_thing([vole, morris], nested) == [vole, morris]


def test_values_stated_in_one_sentences_words_are_rivals() -> None:
    first = Side(
        Group([_said("a", "2,150", "As of the 1991 census, Velm had a population of 2,150.")]), ["a"]
    )
    second = Side(
        Group([_said("b", "2,310", "According to the 1991 census, Velm had a population of 2,310.")]), ["b"]
    )
    other = Side(
        Group([_said("c", "5,400", "The district around Velm counted 5,400 voters in its first election.")]),
        ["c"],
    )
    assert reworded([first, second, other], SenseTuning()) == {"a", "b"}
    rows = [Side(Group([_said(d, v, f"Population {v}")]), [d]) for d, v in (("a", "956"), ("b", "205"))]
    assert reworded(rows, SenseTuning()) == set()  # two infobox rows are no statement


def test_a_page_glued_after_another_pages_tail_is_described_by_its_own_defining_sentence(
    checker: FactChecker,
) -> None:
    """The second source opens with another township's income figures; its own title and "X is a
    civil township of Varne County" come just before its population: another township."""
    answer = checker.ask("What is the population of Kell Township?", mode="question")
    assert sorted(e.value for e in answer.entities) == ["1,410 people", "3,120"]
    assert answer.disagreements == []


def test_a_wiki_title_and_a_headline_naming_other_kinds_are_two_pages() -> None:
    """ "Tom Hale (footballer)" and "Tom Hale : Rugby union player who ...": two namesakes,
    though the sport asked is the very word that parts them."""
    wiki = descriptor("Tom Hale (footballer) Tom Hale (1934 - 2001) was an English footballer.", "Tom Hale")
    news = descriptor("Tom Hale : Rugby union player who captained Velm | The Tarn Post | News", "Tom Hale")
    same = descriptor("Tom Hale : Footballer who played for Velm | The Tarn Post", "Tom Hale")
    assert _other_titles([wiki], [news])
    assert not _other_titles([wiki], [same])
