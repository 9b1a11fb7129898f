"""Each source's own value and full dates, on hand-made articles."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.conflicts import Candidate
from bot.document_values import (
    asks_life,
    called_as_asked,
    dates_later_state,
    ends_span,
    exact_day,
    fullest_date,
    fullest_place,
    hedged,
    is_age,
    life_date,
    life_keyed,
    life_part,
    off_asked_verb,
    other_end,
    own_key,
    source_values,
    titled_year,
    year_range,
)
from bot.eval.scoring import answer_texts, mentions
from bot.evidence import EvidenceSentence
from bot.question import analyse
from bot.types import Status
from index.embed import Embedder
from tests.bot.tiny_index import checker_over

ARTICLES = {
    "quill_fair.txt": "Ida Holm to host Quill book fair\n\nThe poet Ida Holm has been named host of this year's "
    "Quill book fair, to be held in Brenna in August. Holm has yet to pick the readers for Quill, which starts "
    "on 9 August. Last year's fair drew 4,000 visitors.\n",
    "arvid1941.txt": "Tomas Arvid (footballer, born 1941) Tomas Arvid (19 March 1941 – 10 April 2018) was a "
    "Scottish football player and manager. Arvid made over 200 appearances for Falkirk.\n",
    "arvid1868.txt": "Tomas Arvid (footballer, born 1868) Tomas Arvid (Glasgow, 18 December 1868 – 26 December "
    "1923) was a Scottish football player. He still holds the record as the youngest captain.\n",
    "arvid_engineer.txt": "Tomas Arvid (engineer)\n\nTomas Arvid was a Scottish railway engineer who designed "
    "tank locomotives for underground lines. He was born in Saltcoats, Ayrshire, in 1833 and died in "
    "Glasgow in 1895.\n",
    "bridge1.txt": "Kessel Bridge\n\nThe Kessel Bridge is a stone arch bridge over the Lenne. The Kessel Bridge "
    "was opened in 1923 after three years of work.\n",
    "bridge2.txt": "Kessel Bridge history\n\nThe Kessel Bridge is a stone arch bridge over the Lenne. The town "
    "opened the Kessel Bridge in 1923, the council said.\n",
    "bridge3.txt": "Kessel Bridge facts\n\nThe Kessel Bridge is a stone arch bridge over the Lenne. The Kessel "
    "Bridge was opened in 1931 after three years of work.\n",
    "tessel.txt": "Tessel Lighthouse\n\nThe Tessel Lighthouse is a stone lighthouse on the coast of Norland. "
    "Its lamp was first lit in 1864 by the harbour trust.\n",
    "orm.txt": "Orm Township\n\nOrm Township is a township in Hale County, Norland. At the census of 2000, "
    "there were 412 people, 160 households and 98 families in the township.\n",
    "strand.txt": "Edvin Strand (politician)\n\nEdvin Strand (4 May 1861 – 2 June 1930) was a farmer and "
    "politician in Norland. He represented Lund in the Storting from 1904 to 1912 as a Liberal. He was born "
    "in Lund, the son of a miller, and was educated there. Strand was married twice: to Ada Moe in 1889 and "
    "to Eli Rud in 1902.\n",
    "veln.txt": "Oskar Veln\n\nOskar Veln (3 March 1590 – 22 November 1637) was the King of Norland from "
    "1613 until his death in 1637. At the age of 23 he became the fourth king of the Veln line.\n",
    "velm_council.txt": "Velm Council\n\nThe Velm Council was a local government area in Norland. It existed "
    "as a local government entity from 1861 until 2008, when it was merged with the Tarn Council.\n",
    "brannock.txt": "Brannock Mills\n\nBrannock Mills is a kettle maker in Norland. The firm made a profit "
    "of $40m last year on sales of $300m.\n",
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(ARTICLES, "document-values", tmp_path_factory, embedder)


def test_a_year_becomes_the_full_date_its_text_gives() -> None:
    text = "Tomas Arvid (footballer, born 1941) Tomas Arvid (19 March 1941 – 10 April 2018) was a player."
    assert fullest_date("1941", text) == "19 March 1941"
    assert fullest_date("1956", "born on September 1, 1956 in Cork") == "September 1, 1956"
    assert fullest_date("1888", "He was born in September 1888.") == "September 1888"
    assert fullest_date("1941", "He was born in 1941 and died on 3 May 1990.") == "1941"
    assert fullest_date("last summer", "last summer, on 3 May 1990") == "last summer"


def test_a_day_and_month_take_the_year_their_text_follows_them_with() -> None:
    """Scraped life dates run the year into the next word: the year is still the month-day's."""
    assert fullest_date("May 4", "Ada Vale (May 4, 1880June 2, 1950) was a judge.") == "May 4, 1880"
    assert fullest_date("4 May", "She was born on 4 May 1880 in Dunmoor.") == "4 May 1880"
    assert fullest_date("May 4", "The fair opens on May 4 each year; it began in 1880.") == "May 4"
    assert fullest_date("May 4", "On May 4, 18800 tickets were sold.") == "May 4"


def test_a_months_one_day_given_in_another_sentence_is_the_date() -> None:
    """ "held in August" and "opens on 9 August" date one event: the day answers; a month whose
    days several sentences give, a question naming the month's grain aside, stays the month."""
    texts = ["The fair will be held in August.", "The fair, which opens on 9th August, is free."]
    assert exact_day("August", texts) == "9th August"
    assert exact_day("August 2031", ["It opens on August 9, 2031 at noon."]) == "August 9, 2031"
    assert exact_day("August 2031", ["It opens on August 9, 2030 at noon."]) == ""
    assert exact_day("August", ["It opens on 9 August.", "A second show follows on 20 August."]) == ""
    assert exact_day("August", ["It opens on 9 September."]) == ""
    assert exact_day("9 August", texts) == ""  # already a day
    assert exact_day("2031", texts) == ""  # no month to make exact


def test_a_day_another_named_doer_acts_on_does_not_make_the_month_exact() -> None:
    own = "The group performs in a tent on Tuesday, 16 June."
    other = "Ostra will play the stadium on 21 June."
    assert exact_day("June", [own, other], "When is Velmar playing the new gig?") == "16 June"


def test_when_a_source_gives_the_month_then_the_day_the_day_answers(checker: FactChecker) -> None:
    answer = checker.ask("When does Ida Holm's Quill book fair start?", mode="question")
    assert answer.status is Status.ANSWERED
    assert mentions("9 August", answer.answer), answer.answer


def test_every_person_sharing_the_name_offers_a_full_birth_date(checker: FactChecker) -> None:
    answer = checker.ask("When was Tomas Arvid born?", mode="question")
    given = answer_texts(answer)
    assert answer.status is Status.ANSWERED
    for date in ("19 March 1941", "18 December 1868", "1833"):
        assert any(mentions(date, t) for t in given), (date, given)


def test_a_biographys_life_dates_answer_born_over_a_later_year_it_gives(checker: FactChecker) -> None:
    """A reader that took the marriage year from the page (its sentence follows "He was born
    in Lund") is overruled by the life dates the page opens with."""
    question = "When was Edvin Strand born?"
    hits = [h for h in checker.retriever.search(question).sentences if h.doc == "strand.txt"]

    def marriage_year(given: list[EvidenceSentence]) -> list[Candidate]:
        return [Candidate.of(h, "1889", "1889", h.score) for h in given if "married" in h.text]

    assert marriage_year(hits)
    found = source_values(analyse(question), hits, marriage_year, 3, hits)
    assert [c.value for c in found] == ["4 May 1861"]
    answer = checker.ask(question, mode="question")
    assert answer.status is Status.ANSWERED and answer.answer == "4 May 1861"


def test_one_source_against_two_is_shown_beside_the_majority(checker: FactChecker) -> None:
    answer = checker.ask("When was the Kessel Bridge opened?", mode="question")
    assert len(answer.disagreements) == 1 and answer.answer != "1931"
    variants = answer.disagreements[0].variants
    assert [v.value for v in variants] == ["1923", "1931"]
    assert {c.doc for c in variants[1].citations} == {"bridge3.txt"}


def test_a_town_is_answered_with_the_region_its_sentence_names_with_it() -> None:
    assert fullest_place("Hudsonville", "a private school located in Hudsonville, Michigan.") == (
        "Hudsonville, Michigan"
    )
    assert fullest_place("Fulton", "on the river in Fulton, Illinois, USA. It has") == "Fulton, Illinois, USA"
    assert fullest_place("Verona", "a high school in Verona, New York State, and") == "Verona, New York State"
    assert fullest_place("Dover", "shot in Dover over six weeks, then in Calais") == "Dover"
    assert fullest_place("Dover", "shot in Dover, where it rained") == "Dover"
    assert fullest_place("Washington", "based in Washington, D.C. since 1990") == "Washington"
    assert fullest_place("Ankara", "In Ankara, Blinken met Turkish officials.") == "Ankara"
    assert fullest_place("Sonoita", "near Sonoita, Arizona on the east slope") == "Sonoita, Arizona"


def test_a_region_is_answered_with_the_place_its_sentence_names_in_it() -> None:
    assert fullest_place("Wisconsin", "a high school in Marden, Wisconsin.") == "Marden, Wisconsin"
    assert (
        fullest_place("Ohio", "located in Pell, Lawrence County, Ohio, near") == "Pell, Lawrence County, Ohio"
    )
    assert fullest_place("Ohio", "Ohio is a state; the school is in Pell.") == "Ohio"
    assert fullest_place("Kent", "In Dover, Kent, the mayor spoke") == "Dover, Kent"
    assert fullest_place("Kent", "Dover, Kent and Essex") == "Kent"


def test_a_year_that_starts_a_span_is_answered_with_the_span() -> None:
    assert year_range("1926", "The house was built in 1926-27 for the chapter.") == "1926-27"
    assert year_range("1902", "constructed 1902–1903 to plans by") == "1902–1903"
    assert year_range("1926", "built in 1926, extended 1927-30") == "1926"
    assert year_range("1926", "from 1926-22") == "1926"  # an end before the start is no span
    assert year_range("1926", "between 1926-27-28") == "1926"


def test_a_life_span_answers_born_with_its_first_date_and_died_with_its_second() -> None:
    assert life_part("6 May 1892 – 1980", "birth") == "6 May 1892"
    assert life_part("6 May 1892 – 1980", "death") == "1980"
    assert life_part("6 May 1892", "birth") == "6 May 1892"


def test_a_value_is_never_grouped_under_the_name_the_question_asks_about() -> None:
    q = analyse("Where is Unity Christian High School located?")
    assert own_key(q, "Fulton, Illinois", "unity christian high school") == "fulton illinois"
    assert own_key(q, "Fulton", "fulton") == "fulton"
    hts = analyse("Who leads the rebels in Idlib?")
    assert own_key(hts, "HTS", "hayat tahrir al-sham") == "hayat tahrir al-sham"  # a real alias stays


def test_the_other_end_of_life_dates_is_swapped_for_the_asked_one() -> None:
    """A reader that took the birth year of "(1702 – 4 June 1760)" for a died question."""
    life = "Mark Tull (1702 – 4 June 1760) was a Welsh printer."
    assert other_end("1702", life, "death") == "4 June 1760"
    assert other_end("4 June 1760", life, "birth") == "1702"
    assert other_end("4 June 1760", life, "death") == "4 June 1760"
    assert other_end("1702", "Mark Tull founded a press in 1702.", "death") == "1702"


def test_a_page_defining_the_subject_gives_its_date_without_the_asked_verb(checker: FactChecker) -> None:
    answer = checker.ask("When was the Tessel Lighthouse established?", mode="question")
    assert answer.status is Status.ANSWERED
    assert any(mentions("1864", t) for t in answer_texts(answer)), answer.answer


def test_a_page_defining_the_subject_still_needs_the_verb_of_a_sum(checker: FactChecker) -> None:
    """A sum is a deed's, not the subject's own figure: last year's profit is no forecast."""
    answer = checker.ask("What profit does Brannock Mills expect for next year?", mode="question")
    assert answer.status is Status.NOT_IN_SOURCES, answer.answer


def test_a_page_defining_the_subject_gives_its_count_without_the_asked_noun(checker: FactChecker) -> None:
    answer = checker.ask("What is the population of Orm Township?", mode="question")
    assert answer.status is Status.ANSWERED
    assert any(mentions("412", t) for t in answer_texts(answer)), answer.answer


def test_life_dates_with_their_places_give_each_end() -> None:
    """A biography may follow each life date with its place: "(2 May 1850, Velm, Ostria –
    3 June 1911, Tarn)" still gives the birth and the death."""
    life = "Ada Vorn (2 May 1850, Velm, Ostria – 3 June 1911, Tarn) was a painter."
    assert other_end("3 June 1911", life, "birth") == "2 May 1850"
    assert other_end("2 May 1850", life, "death") == "3 June 1911"
    assert other_end("1850", "Ada Vorn (born in Velm, 1850) was a painter.", "death") == "1850"


def test_a_pages_title_names_the_region_its_later_sentence_leaves_out() -> None:
    """ "Mill House (Velmar, Ostria) ..." then "in Velmar, in Tarn Parish": the title gives
    the fuller place; a region is not swapped for a town named elsewhere on the page."""
    opening = "Mill House (Velmar, Ostria) The Mill House was a house in Velmar, in Tarn Parish."
    assert fullest_place("Velmar", opening, inside=False) == "Velmar, Ostria"
    assert fullest_place("Ostria", "It stood in Velmar, Ostria.", inside=False) == "Ostria"
    assert fullest_place("Ostria", "It stood in Velmar, Ostria.") == "Velmar, Ostria"


def test_a_year_in_a_title_qualifier_is_the_full_date_its_page_opens_with() -> None:
    """ "Grey Shore (2007 album)" is dated in short; the opening says "1 November 2007"."""
    assert titled_year("2007", "Grey Shore (2007 album) Grey Shore is an album.")
    assert not titled_year("2007", "Grey Shore was released in 2007.")
    assert not titled_year("May 2007", "Grey Shore (May 2007)")
    opening = "Grey Shore (2007 album) Grey Shore is an album. It was released on 1 November 2007."
    assert fullest_date("2007", opening) == "1 November 2007"


def test_a_date_given_approximately_keeps_its_hedge() -> None:
    """ "The mill was built about 1790": the answer says "about 1790", as the source does."""
    assert hedged("1790", "The mill was built about 1790 in stone.") == "about 1790"
    assert hedged("1790", "The mill was built c. 1790.") == "c. 1790"
    assert hedged("1790", "The mill was built in 1790.") == "1790"
    assert hedged("about 1790", "It was built about 1790.") == "about 1790"


def test_a_place_on_another_verb_gives_way_to_one_on_the_asked_verb() -> None:
    """ "Where did the governor flee": "fled to Ostria" answers; "seized Tarvin" in another source
    answers another question; a place on no verb stays."""

    def place(doc: str, value: str, on_verb: bool | None) -> Candidate:
        c = Candidate(f"{doc}-1", value, value.lower(), doc, 0, 1, value, 0.8)
        c.on_asked_verb = on_verb
        return c

    found = [place("a", "Ostria", True), place("b", "Tarvin", False), place("c", "Velm", None)]
    assert [c.value for c in off_asked_verb(found)] == ["Ostria", "Velm"]
    unplaced = [place("b", "Tarvin", False), place("c", "Velm", None)]
    assert off_asked_verb(unplaced) == unplaced  # no source places the asked verb: nothing to prefer


def _span(text: str, date: str) -> tuple[int, int]:
    start = text.index(date)
    return start, start + len(date)


def test_life_dates_are_a_persons_birth_and_death() -> None:
    """The dates after a person's name, or a birth or death word before a date, are the life's."""
    text = (
        "Oskar Veln (3 March 1590 – 22 November 1637) was King of Norland from 1613 until his death in 1637."
    )
    name = [_span(text, "Oskar Veln")]
    assert life_date(text, *_span(text, "3 March 1590"), name)
    assert life_date(text, *_span(text, "22 November 1637"), name)
    assert not life_date(text, *_span(text, "1613"), name)
    assert life_date(text, text.rindex("1637"), text.rindex("1637") + 4, name)  # "his death in 1637"
    scraped = "Ivo Tarn (Norlandic: Ivo Tarnik) (30/31 December 16731 July 1736) was a sultan."
    assert life_date(scraped, *_span(scraped, "30/31 December 16731 July 1736"), [_span(scraped, "Ivo Tarn")])
    assert life_date("Ivo Tarn ( born Aug. 1 , 1642—died Feb. 6 , 1695 ) was a sultan.", 16, 29, [])


def test_a_span_after_a_noun_or_a_death_toll_is_no_life() -> None:
    """A reign after "sultan", a building's years, a toll's date: other events' dates."""
    reign = "Ivo Tarn was a Norlandic sultan (1691–1695) whose reign was marked by war."
    assert not life_date(reign, *_span(reign, "1691–1695"), [_span(reign, "Ivo Tarn")])
    hall = "The Velm Hall (1850–1852) was built by the town."
    assert not life_date(hall, *_span(hall, "1850"), [])
    toll = "The death toll rose to 40 in March, officials said."
    assert not life_date(toll, *_span(toll, "March"), [])
    native = "The Velmar-born striker joined in March 2019."
    assert not life_date(native, *_span(native, "March 2019"), [])


def test_an_age_is_no_date_and_life_questions_take_life_dates() -> None:
    assert is_age("the age of 13") and is_age("aged 40") and is_age("13 years old")
    assert not is_age("13 May 1990") and not is_age("the 1990s")
    assert asks_life(analyse("When was Oskar Veln born?"))
    assert asks_life(analyse("When did Oskar Veln die?"))
    assert asks_life(analyse("When did Oskar Veln live?"))
    assert not asks_life(analyse("When did Oskar Veln come to the throne?"))


def test_coming_to_the_throne_is_not_answered_with_the_life_dates(checker: FactChecker) -> None:
    """Neither the birth or death in the brackets nor "his death in 1637" nor the age he was."""
    answer = checker.ask("When did Oskar Veln become king?", mode="question")
    assert answer.status is Status.ANSWERED and answer.answer == "1613", answer.answer
    born = checker.ask("When was Oskar Veln born?", mode="question")
    assert born.status is Status.ANSWERED and born.answer == "3 March 1590", born.answer


def test_the_end_of_a_span_is_when_the_state_ended() -> None:
    text = "It existed as a council from 1861 until 2008, when it was merged. It met from May to June 1848."
    assert ends_span(text, text.index("2008"))
    assert not ends_span(text, text.index("1861"))
    assert ends_span(text, text.index("June 1848"))
    assert not ends_span("It was merged in 2008.", 17)


def test_when_a_body_was_established_is_not_when_its_span_ended(checker: FactChecker) -> None:
    answer = checker.ask("When was the Velm Council established?", mode="question")
    assert answer.status is Status.ANSWERED and answer.answer == "1861", answer.answer


def test_a_data_row_keyed_by_the_asked_life_end_dates_it() -> None:
    """ "date of death 4 May 1790" in a data page's run-on rows: the key names the event."""
    assert life_keyed("Velm Archive retrieved 2 March 2015 date of death 4 ", "death")
    assert life_keyed("Personal details Born: ", "birth")
    assert life_keyed("Ivo Tarn Died ", "death")
    assert not life_keyed("Ivo Tarn Died ", "birth")  # the other end of the life
    assert not life_keyed("the death toll rose on ", "death")  # not a key right before the date
    assert not life_keyed("The guild was founded on ", "death")
    assert not life_keyed("Velmar-born ", "birth")


LIVES = {
    "ravn_life.txt": "Ivo Ravn\n\nIvo Ravn was a painter of harbour scenes in Norland. He trained in oils "
    "under a master in Velm, sold seascapes and portraits to merchants, and kept a studio by the docks. His "
    "canvases show fishing boats, storms and lighthouses in grey and blue. Ravn died at his house in Velm on 4 "
    "May 1790. Several of his paintings hang in the Velm gallery.\n",
    "ravn_rows.txt": "in Velm Archive retrieved 2 March 2015 date of death 4 May 1790 Gregorian 3 references stated "
    "in Velm Archive retrieved 6 June 2016 stated in Tarn Register retrieved 9 July 2017 subject named as Ivo "
    "Ravn\n",
    "tarn_counts.txt": "Counts of Tarn\n\nThe counts of Tarn ruled the town of Tarn and its mills for four "
    "centuries, and built the castle and the stone bridge over the Lenne. The last known count, Ivo Ravn, died "
    "on 9 June 1802, ending the line.\n",
}


@pytest.fixture(scope="module")
def lives(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(LIVES, "lives", tmp_path_factory, embedder)


def test_a_death_date_stated_in_data_rows_counts_and_no_source_of_it_is_another_event(
    lives: FactChecker,
) -> None:
    """A data page's row "date of death 4 May 1790" states the death without the verb; a person
    dies once, so a biography and the rows outvote the one source giving another day, whatever
    else each article is about."""
    answer = lives.ask("When did Ivo Ravn die?", mode="question")
    assert len(answer.disagreements) == 1, answer.answer
    variants = answer.disagreements[0].variants
    assert [v.value for v in variants] == ["4 May 1790", "9 June 1802"]
    assert {c.doc for c in variants[0].citations} == {"ravn_life.txt", "ravn_rows.txt"}


def test_a_since_date_on_another_verb_dates_a_later_state() -> None:
    text = "It reopened as a hall in 1984 Since 1997 the hall has been run by the Tarn Trust."
    assert dates_later_state(text, text.index("1997"), "run", asked=False)
    assert not dates_later_state(text, text.index("1984"), "reopen", asked=False)
    existed = "The museum has existed since 1980."
    assert not dates_later_state(existed, existed.index("1980"), "exist", asked=False)
    opened = "The hall has been open since May 1980."
    assert not dates_later_state(opened, opened.index("May 1980"), "be", asked=False)
    founded = "The guild was founded since 1980 by weavers."
    assert not dates_later_state(founded, founded.index("1980"), "found", asked=True)


HALL = {
    "hall.txt": "Tarn Weaving Hall. The old mill stood empty for years after the flood of 1970. Local weavers "
    "bought it, and it reopened as the Hall of the Tarn Weavers in 1984, with a first exhibition in 1986 led "
    "by Ana Toll, a dyer of the Tarn Weavers Since 1997 the hall has been managed by the Trust for the Hall "
    "for the Tarn Weavers. A new wing followed.\n",
    "fair.txt": "The weavers of Tarn held a fair in 1984 and again in 1986. The fair drew crowds.\n",
    "market.txt": "A guide to Tarn lists a market opened in 1984 near the river.\n",
}


@pytest.fixture(scope="module")
def hall(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(HALL, "hall", tmp_path_factory, embedder)


def test_when_a_hall_was_established_is_not_when_its_trust_began_managing_it(hall: FactChecker) -> None:
    """A glued "... Weavers Since 1997 the hall has been managed by ..." dates the managing, not the hall."""
    answer = hall.ask("When was the Hall for the Tarn Weavers established?", mode="question")
    assert answer.status is Status.ANSWERED and answer.answer == "1984", answer.answer


def test_a_name_called_by_the_asked_noun_outranks_other_sources_bare_names() -> None:
    """ "Which candidate": one source's "Tory candidate Ada Kerr" answers over another source's
    untitled "Tomas Brill"; with no titled name every source keeps its value, and a name filling
    the asked role (None: not read for a title) always does."""

    def cand(value: str, doc: str, titled: bool | None) -> Candidate:
        return Candidate("c-" + doc, value, value.lower(), doc, 0, 10, value, 0.6, called_as_asked=titled)

    both = [cand("Tomas Brill", "a.txt", False), cand("Ada Kerr", "b.txt", True)]
    assert [c.value for c in called_as_asked(both)] == ["Ada Kerr"]
    bare = [cand("Tomas Brill", "a.txt", False), cand("Ada Kerr", "b.txt", False)]
    assert [c.value for c in called_as_asked(bare)] == ["Tomas Brill", "Ada Kerr"]
    filled = [
        cand("Tomas Brill", "a.txt", None),
        cand("Ada Kerr", "b.txt", True),
        cand("Lena Ross", "c.txt", False),
    ]
    assert [c.value for c in called_as_asked(filled)] == ["Tomas Brill", "Ada Kerr"]  # a role's filler stays
