"""What a reader sees for the issue's questions, against the real seed index."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer import _bare, _led_as, weighs_events
from bot.conflicts import Candidate, Group
from bot.entity_answers import Split
from bot.question import analyse
from bot.types import Answer
from bot.values import parse_quantities
from tests.conftest import SEEDS

TROOPS = "000_66cd316cc8c383c8.txt"
STRIKES_DOZENS = "004_0e06bca53e2e7670.txt"


def assert_spans_round_trip(answer: Answer) -> None:
    cites = list(answer.citations) + [
        c for d in answer.disagreements for v in d.variants for c in v.citations
    ]
    for c in cites:
        assert Path(SEEDS, c.doc).read_text()[c.start : c.end] == c.quote
    for p in answer.passages:
        assert Path(SEEDS, p.doc).read_text()[p.start : p.end] == p.text


def test_troops_answer_is_900_single_source_cited_exactly(checker) -> None:  # type: ignore[no-untyped-def]
    answer = checker.ask("How many US troops are in Syria?")
    assert answer.status == "answered"
    assert answer.answer == "900 US troops"  # the value with what it counts
    assert answer.single_source is True
    assert [c.doc for c in answer.citations] == [TROOPS]
    assert "900 troops" in answer.citations[0].quote
    assert not answer.disagreements
    assert_spans_round_trip(answer)


def test_airstrikes_disagreement_cites_both_values(checker) -> None:  # type: ignore[no-untyped-def]
    answer = checker.ask("How many airstrikes did the US carry out in Syria on Sunday?")
    assert answer.status == "answered"
    (dis,) = answer.disagreements
    values = {v.value.lower(): {c.doc for c in v.citations} for v in dis.variants}
    assert values == {"a dozen airstrikes": {TROOPS}, "dozens of airstrikes": {STRIKES_DOZENS}}
    assert "a dozen" in answer.answer and "dozens" in answer.answer
    assert_spans_round_trip(answer)


def test_targets_more_than_75_and_75_are_one_answer(checker) -> None:  # type: ignore[no-untyped-def]
    answer = checker.ask("How many ISIS targets did the US strikes hit?")
    assert answer.status == "answered"
    assert "75" in answer.answer
    assert not answer.disagreements
    assert TROOPS in {c.doc for c in answer.citations}
    assert_spans_round_trip(answer)


def test_unanswerable_question_says_so_with_closest_passages(checker) -> None:  # type: ignore[no-untyped-def]
    for question in ("How many Russian troops are deployed in Syria?", "What is the population of Brazil?"):
        answer = checker.ask(question)
        assert answer.status == "not_in_sources", question
        assert answer.citations == []
        assert answer.passages, "closest passages are offered"
        assert_spans_round_trip(answer)


def test_answer_json_has_the_documented_keys(checker) -> None:  # type: ignore[no-untyped-def]
    data = checker.ask("Where did Blinken meet Turkish officials?").to_dict()
    assert {"question", "status", "answer", "citations", "disagreements", "single_source", "passages"} <= set(
        data
    )
    assert data["answer"] == "Ankara"
    assert set(data["citations"][0]) >= {"id", "doc", "start", "end", "quote", "score"}


def test_who_question_answers_with_the_verbs_subject(checker) -> None:  # type: ignore[no-untyped-def]
    answer = checker.ask("Who took control of Damascus?")
    assert answer.status == "answered"
    assert "rebel" in answer.answer.lower()
    assert "assad" not in answer.answer.lower()  # named in the same sentence, in another role
    assert TROOPS in {c.doc for c in answer.citations}
    assert_spans_round_trip(answer)


def test_who_question_whose_role_is_filled_by_its_own_subject_abstains(checker) -> None:  # type: ignore[no-untyped-def]
    answer = checker.ask("who leads hts")  # the sources say who HTS leads, not who leads HTS
    assert answer.status == "not_in_sources"
    assert answer.citations == []


def test_an_article_naming_a_person_only_by_surname_names_the_asked_person() -> None:
    """A page cut after its opening calls "Orla Brandt" just "Brandt"; one that names a "Tomas
    Brandt" is about someone else, and a place's name is never cut down to its last word."""
    from bot.answer import surname_only

    question = "What sport is Orla Brandt associated with?"
    assert surname_only(question, "In 2014 , Brandt joined the Harbour Rovers. Brandt retired.") == {"orla"}
    assert surname_only(question, "The Rovers lost. Then Brandt left. Orla Brandt came back.") == {"orla"}
    assert surname_only(question, "Tomas Brandt (born 1970) is a rower. Brandt won twice.") == set()
    assert surname_only(question, "Orla K. Brandt is a rower. Brandt won twice.") == set()
    assert surname_only(question, "The Rovers signed a new keeper.") == set()
    assert surname_only("What is the population of Port Sellick?", "The town of Sellick grew.") == set()
    assert surname_only(
        "Where was Justice Brandt born?", "Ilse K. Brandt was a judge. Brandt lived in Lund."
    ) == {"justic"}
    assert surname_only("What did Gen. Tarvo Brandt say?", "said General Tarvo Brandt. Brandt left.") >= {
        "gen"
    }


def test_a_given_name_may_be_left_out_where_the_surname_is_stated() -> None:
    """ "How many votes did Jonathan Reed win": "Mr Reed won 90 votes" names him by surname."""
    from bot.answer import given_names
    from bot.evidence import terms

    question = "How many votes did Jonathan Reed win?"
    assert given_names(question, terms("Mr Reed won 90 of the votes.")) == {"jonathan"}
    assert given_names(question, terms("Mr Smith won 90 of the votes.")) == set()


def test_a_names_partners_are_its_neighbouring_name_words() -> None:
    """ "Olar al-Zahra": "zahra" is the partner of "olar"; a name further off is not."""
    from bot.answer import name_partners

    question = "How many lorries burned in the Olar al-Zahra depot near Kesra in May?"
    names = ["olar", "zahra", "kesra"]
    assert name_partners(question, "olar", names) == ["zahra"]
    assert name_partners(question, "kesra", names) == []


def test_a_counts_place_may_go_unnamed_where_its_article_names_it(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "how many died in the blast in Ostrin": a sentence of an article naming Ostrin that names
    no place itself is about Ostrin; one naming another place, or from an article never naming
    Ostrin, is not."""
    from bot.question import analyse
    from tests.bot.tiny_index import hand

    checker = tiny
    answerer = checker._answerer
    q = analyse("How many people died in the blast in Ostrin?")
    unsaid = "Forty people died in the blast."
    assert answerer._mentions_key_terms(q, hand(checker, unsaid, doc="harbour.txt"))
    assert not answerer._mentions_key_terms(q, hand(checker, unsaid, doc="river.txt"))
    elsewhere = "Forty people died in the blast in Dunmoor."
    assert not answerer._mentions_key_terms(q, hand(checker, elsewhere, doc="harbour.txt"))


def test_a_count_set_near_a_place_needs_an_article_naming_it(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "how many sandbags were filled near Keldby": an article naming Keldby may hold the count,
    one never naming it (only Dunmoor) tells of another place's sandbags."""
    from bot.question import analyse
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer
    q = analyse("How many sandbags did volunteers fill near Keldby?")
    said = "Volunteers filled 500 sandbags near the bridges."
    assert not answerer._asked_place_unnamed(q, hand(tiny, said, doc="harbour.txt"))
    assert answerer._asked_place_unnamed(q, hand(tiny, said, doc="river.txt"))
    assert not answerer._asked_place_unnamed(
        analyse("How many sandbags did volunteers fill?"), hand(tiny, said, doc="river.txt")
    )


def test_a_counts_name_modifiers_may_be_said_by_a_defined_short_form(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "how many Velmar Front camps": a window saying "VF camps" or "VF-held camps" says the
    modifiers where the articles define VF for the Velmar Front; another group's short form,
    or a short form naming only part of the question's name modifiers, does not."""
    from types import SimpleNamespace

    from bot.names import defined_aliases
    from bot.question import analyse

    aliases = defined_aliases(["Officials of the Velmar Front (VF) met."], 2)
    hit = SimpleNamespace(corpus=SimpleNamespace(aliases=lambda _n: aliases))
    answerer = tiny._answerer
    q = analyse("How many Velmar Front camps were hit on Sunday?")
    assert answerer._modifiers_defined(q, ["velmar"], "Jets hit 40 VF-held camps on Sunday.", hit)
    assert answerer._modifiers_defined(q, ["velmar", "front"], "Jets hit 40 VF camps.", hit)
    assert not answerer._modifiers_defined(q, ["velmar"], "Jets hit 40 NRA camps.", hit)
    wider = analyse("How many Velmar Front and Ostran Guard camps were hit?")
    assert not answerer._modifiers_defined(wider, ["velmar"], "Jets hit 40 VF camps.", hit)


def test_the_words_after_a_questions_name_are_read_as_its_run() -> None:
    """ "the Velmar police station bombing": police, station and bombing follow the name; a
    stopword ends the run; "the village of X" gives the noun before the name."""
    from bot.answer import made_thing, named_run

    assert named_run("How many were hurt in the Velmar police station bombing?", "velmar") == [
        "police",
        "station",
        "bombing",
    ]
    assert named_run("How many died in Velmar on Monday?", "velmar") == []
    assert named_run("What does Velcor call its new plan?", "velcor") == []  # a deed, not a thing
    assert named_run("How many does Tarvo Council expect to house?", "tarvo") == []
    assert named_run("How many copies did Brill's album sell?", "brill") == []  # an owner, not a place
    assert named_run("How many died when shells hit the village of Tell el-Velm?", "velm") == ["village"]
    assert made_thing("station") and made_thing("pier") and not made_thing("bombing")
    assert not made_thing("motorbike")  # a vehicle: "the Velmar motorbike bombing" places the bombing


def test_the_noun_after_a_questions_name_is_read() -> None:
    """ "the Velmar pier": pier is the thing Velmar names; a name or a function word after it is not."""
    from bot.answer import named_noun
    from bot.text import word_stem

    assert named_noun("How many people died at the Velmar pier?", "velmar") == word_stem("pier")
    assert named_noun("How many died at the Mi-7 crash?", "7") == word_stem("crash")
    assert named_noun("How many people died in Velmar on Monday?", "velmar") == ""
    assert named_noun("How many died when shells hit the village of Tell el-Velm?", "velm") == word_stem(
        "village"
    )
    assert named_noun("How many died in the shelling of Velmar on Monday?", "velmar") == word_stem("shelling")
    assert named_noun("How many died in Tarvel, north of Velmar?", "velmar") == ""


def test_a_named_things_name_may_go_unsaid_where_its_article_names_it(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "how many died at the Velmar pier": "at the pier" in an article naming the pier in Velmar
    is that pier, even beside another place's name; an article naming the name only about other
    things (harbour.txt: "ferries from Ostrin", "the harbour of Velmar"), one never naming it,
    or a sentence about something else than a pier, is not."""
    from bot.evidence import terms
    from bot.question import analyse
    from tests.bot.tiny_index import hand

    checker = tiny
    answerer = checker._answerer
    pier = "Forty people died at the pier near Keldby."

    def unsaid(question: str, term: str, text: str, doc: str) -> bool:
        hit = hand(checker, text, doc=doc)
        return answerer._named_thing_unsaid(question, term, hit, terms(text), text)

    q = "How many people died at the Velmar pier?"
    assert unsaid(q, "velmar", pier, "coast.txt")  # "opened the new pier in Velmar"
    assert not unsaid(q, "velmar", pier, "harbour.txt")  # Velmar's harbour, an unnamed pier
    assert not unsaid(q, "velmar", "Forty people died at the bridge near Keldby.", "coast.txt")
    assert unsaid("How many people died at the pier of Velmar?", "velmar", pier, "coast.txt")
    piers = "Since May, forty people died at piers near Keldby."  # many piers, not the named one
    assert not unsaid("How many people died at the pier of Velmar?", "velmar", piers, "coast.txt")
    ostrin = analyse("How many people died at the Ostrin pier?")
    said = "Forty people died in Ostrin on Sunday."  # harbour.txt has Ostrin and a pier, never together
    assert not answerer._mentions_key_terms(ostrin, hand(checker, said, doc="harbour.txt"))
    typo = analyse("How many people died at the Ostrin minster?")  # no article writes "minster"
    assert answerer._names_made_things(typo, hand(checker, said, doc="harbour.txt"))
    assert not answerer._mentions_key_terms(ostrin, hand(checker, pier, doc="harbour.txt"))
    assert not answerer._mentions_key_terms(ostrin, hand(checker, pier, doc="river.txt"))


def test_a_quotation_close_to_a_who_said_question_states_its_saying(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "who warned the fishermen ...": "“...,” Ada Kerr said", which the sentence model puts as close
    to the question as a restatement, says who warned in its own verb; a sentence that far, or one
    quoting no one, does not."""
    from bot.question import analyse
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer
    warned = analyse("Who warned fishermen in Velmar that the harbour would close?")
    quote = "“The harbour will shut to every boat by Friday,” Ada Kerr said."
    assert answerer._states(warned, hand(tiny, quote, speaker="Ada Kerr", score=0.6, dense=0.75))
    assert not answerer._states(warned, hand(tiny, quote, speaker="Ada Kerr", score=0.6, dense=0.5))
    unquoted = "The harbour will shut to every boat by Friday."
    assert not answerer._states(warned, hand(tiny, unquoted, score=0.6, dense=0.75))


def test_a_reported_saying_states_who_spoke_however_far(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "Who spoke for the ferry company": saying anything is the asked deed, so a sentence
    reporting a named person's words states it even where the sentence model puts it far from
    the question and no speaker was found at ingest; a sentence reporting no one does not."""
    from bot.question import analyse
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer
    spoke = analyse("Who spoke for the ferry company about the north route?")
    quote = '"Boats on the north route will sail again on Monday" harbour manager Tilda Marsh said.'
    assert answerer._states(spoke, hand(tiny, quote, score=0.6, dense=0.3))
    unquoted = "Boats on the north route will sail again on Monday."
    assert not answerer._states(spoke, hand(tiny, unquoted, score=0.6, dense=0.3))


def test_a_sentence_as_close_as_a_restatement_naming_someone_states_a_who_deed(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "who did Varga sit down with": "Varga met with Tomas Brill", which the sentence model puts
    as close to the question as a restatement, states the deed in its own verb where no sentence
    states it in words; the same sentence only near does not, nor does a close one naming no
    person or organisation (only a place)."""
    from bot.question import analyse
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer
    met = analyse("Who did Varga sit down with when she went to Keldby?")
    meeting = "Varga met with Tomas Brill and Anna Holt on her visit to Keldby."
    assert not answerer._states(met, hand(tiny, meeting, score=0.6, dense=0.75))  # not in words
    assert answerer._restates_naming(hand(tiny, meeting, score=0.6, dense=0.75))
    assert not answerer._restates_naming(hand(tiny, meeting, score=0.6, dense=0.6))
    nobody = "The talks in Keldby went on into the night."
    assert not answerer._restates_naming(hand(tiny, nobody, score=0.6, dense=0.75))


QUOTED = {
    "tarvik.txt": """Twin blasts hit Tarvik market

Two car bombs killed at least 25 people in the Selm market of Tarvik on Friday, the state agency ONA reported.
Dozens of stalls were destroyed in the blasts.
Rescuers searched the rubble until the evening.
The Ostrian Rights Monitor said the bombings killed 19 people.
The market had reopened in March after a year of repairs.
""",
    "tarvik-fair.txt": """Tarvik fair goes ahead

Organisers said the Tarvik spring fair will open next week as planned.
The fair drew 12,000 visitors last year, the Tarvik council said.
""",
}


def test_an_article_quoting_a_second_sources_toll_a_few_sentences_on_is_a_disagreement(
    tmp_path_factory, embedder
) -> None:  # type: ignore[no-untyped-def]
    """The monitor's 19, three sentences after the agency's 25 and in words the question does
    not use, is that article's second source: both values are given, side by side."""
    from bot.api import FactChecker
    from index.settings import Settings

    folder = tmp_path_factory.mktemp("quoted-articles")
    for name, text in QUOTED.items():
        (folder / name).write_text(text, encoding="utf-8")
    checker = FactChecker(
        Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("quoted")), embedder=embedder
    )
    checker.ingest([folder])
    answer = checker.ask("How many people died in the car bombings at the Tarvik market?")
    (dis,) = answer.disagreements
    values = {v.value for v in dis.variants}
    assert any("25" in v for v in values) and any("19" in v for v in values)
    assert "over time" not in dis.note


def test_a_country_adjective_inside_a_known_compound_must_be_written(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "Which American football team ...": "American" there names a game, so a sentence saying
    "US" does not name it; in "which American team" the country's initials do."""
    from bot.evidence import terms
    from bot.question import analyse
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer
    text = "US fans cheered the Velmar Hawks on Sunday."
    hit, pool = hand(tiny, text), terms(text)
    for question, named in (
        ("Which American football team did the fans cheer?", False),
        ("Which American team did the fans cheer?", True),
    ):
        q = analyse(question)
        assert answerer._asked_name_in(q, pool, "american", hit, ["american"]) is named, question


def test_a_figure_may_come_from_a_passage_naming_nothing_a_place_may_not() -> None:
    """ "The median age in the town was 38.2 years" answers for Tarnbury; "located in the valley"
    in a passage naming nothing may be anything's (``bot.nameless``)."""
    from bot.answer import Answerer
    from bot.question import analyse

    assert Answerer._figure_asked(analyse("What is the median age in Tarnbury?"))
    assert Answerer._figure_asked(analyse("When was Tarnbury Hall built?"))
    assert Answerer._figure_asked(analyse("What is the population of Tarnbury?"))
    assert not Answerer._figure_asked(analyse("Where is Tarnbury Hall located?"))


def _read(sentence: str, at: int) -> Candidate:
    q = parse_quantities(sentence)[at]
    return Candidate("x-1", q.text, q.text.lower(), "x.txt", 0, len(sentence), sentence, 0.5, q)


def test_a_count_with_no_noun_of_its_own_is_bare() -> None:
    """``_bare``: a number run into the next count ("Share 4821 Nearly 60 sailors") or with no
    noun says nothing of what it counts; "nearly 60 sailors" and "9 pilgrims" do."""
    text = "Posted 03.11.2019 Share 4821 Nearly 60 sailors were rescued off Cape Dorne."
    found = {q.text: i for i, q in enumerate(parse_quantities(text))}
    assert _bare(_read(text, found["4821"]))
    assert not _bare(_read(text, found["Nearly 60"]))
    assert not _bare(_read("Storms stranded 9 pilgrims near Tarvel.", 0))
    assert _bare(_read("The vote was 212 to 9.", 0))


def test_values_found_beside_the_answer_stand_against_it_never_in_its_place() -> None:
    """``_led_as``: the regrouped values are led by the group holding the answer's best sentence,
    the others following in order; when no group holds it, the answer's own groups stay."""
    toll = _read("The flood killed 14 villagers in Orvane.", 0)
    other = _read("Rescuers said 21 villagers died in Orvane.", 0)
    other.chunk_id, other.doc = "y-1", "y.txt"
    base = [Group([toll])]
    regrouped = [Group([other]), Group([toll])]
    assert [g.value for g in _led_as(regrouped, base)] == ["14", "21"]
    assert _led_as([Group([other])], base) == base
    outranking = _read("Up to 30 villagers died in Orvane, rescuers said.", 0)
    outranking.chunk_id, outranking.doc, outranking.score = "z-1", "z.txt", 0.9
    assert _led_as([Group([outranking, toll])], base) == base  # it joined the answer and leads it


def test_a_run_together_whats_is_searched_as_the_contraction(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "whats the toll" is searched and read as "what's the toll" (a count), not respelt to
    "what the toll" (an open question answered by a sentence)."""
    from bot.answer import search_text
    from bot.question import Kind, analyse

    tune = tiny.settings.tuning.answer
    text = search_text(tiny.retriever.corpus(), "whats the death toll of the Orvel flood?", tune)
    assert text.startswith("what's ")
    assert analyse(text).kind is Kind.COUNT


_BLOG = """Ostrian blogger jailed

An Ostrian blogger has been jailed for nine years on charges of spying.

Tomas Brill was arrested last month after criticising the arrests of other writers.

The court also fined two editors for printing his posts.

His lawyer, Ada Kerr, said the editors would appeal.
"""


def test_a_counts_asked_name_may_come_in_the_next_sentence(tmp_path, embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ "how many years did Ostria give the blogger Tomas Brill": a lead giving the figure of "an
    Ostrian blogger" whose next sentence names him states it; a name only said two sentences on
    (the lawyer's) does not, nor does the next sentence without ``subject_after``."""
    from dataclasses import replace

    from bot.api import FactChecker
    from bot.question import analyse
    from index.settings import Settings
    from tests.bot.tiny_index import sentence

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "blog.txt").write_text(_BLOG, encoding="utf-8")
    checker = FactChecker(Settings.from_env(env={}, data_dir=tmp_path / "index"), embedder=embedder)
    checker.ingest([tmp_path / "articles"])
    answerer = checker._answerer
    lead = sentence(checker, "An Ostrian blogger has been jailed for nine years on charges of spying.")
    brill = analyse("How many years in jail did Ostria give the blogger Tomas Brill?")
    assert answerer._mentions_key_terms(brill, lead)
    kerr = analyse("How many years in jail did Ostria give the blogger Ada Kerr defends?")
    assert not answerer._mentions_key_terms(kerr, lead)
    monkeypatch.setattr(answerer, "tune", replace(answerer.tune, subject_after=0))
    assert not answerer._mentions_key_terms(brill, lead)


def test_a_birth_or_death_is_one_event_whatever_each_article_is_about() -> None:
    """Asked when someone died, no source's date is dropped as another event's: a person dies
    once; a toll or another deed's date is still weighed against the leading report's event."""
    assert not weighs_events(analyse("When did Ivo Ravn die?"), None, Split())
    assert not weighs_events(analyse("When was Ada Vole born?"), None, Split())
    assert weighs_events(analyse("When did the Velm ferry sink?"), None, Split())
    assert weighs_events(analyse("How many people died in the Velm blast?"), None, Split())
    assert not weighs_events(analyse("When did the Velm ferry sink?"), object(), Split())


def test_a_second_account_of_the_answers_count_is_read_below_the_floor(tiny) -> None:  # type: ignore[no-untyped-def]
    """The answer "40 depots" and another article's "more than 40 depots" are two accounts at any
    closeness (the bound ties them); "65 depots" is one only in a sentence close to the
    answer's; the same article's other figure, another thing's count and one report ("about 40
    depots") are none."""
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer

    def candidate(text: str, figure: str, doc: str, vector_of: str = "") -> tuple[Candidate, object]:
        hit = hand(tiny, text, doc=doc, dense=0.4, score=0.4)
        hit._vector, hit._vector_read = tiny.retriever.corpus().embed(vector_of or text), True
        (q,) = parse_quantities(figure)
        return Candidate.of(hit, figure, figure, 0.4, q), hit

    first, lead_hit = candidate("Velmar jets hit 40 depots near Tarn on Monday.", "40 depots", "a.txt")
    lead = Group([first])
    far = "A choir sang in Ostria."
    cases = [
        ("The strikes on Monday hit more than 40 depots.", "more than 40 depots", "b.txt", far, True),
        ("Velmar jets struck 65 depots near Tarn on Monday.", "65 depots", "c.txt", "", True),
        ("Velmar jets struck 65 depots near Tarn on Monday.", "65 depots", "d.txt", far, False),
        ("Velmar jets struck 65 depots near Tarn on Monday.", "65 depots", "a.txt", "", False),
        ("Velmar jets hit 65 ferries near Tarn on Monday.", "65 ferries", "e.txt", "", False),
        ("Velmar jets hit about 40 depots near Tarn on Monday.", "about 40 depots", "f.txt", "", False),
    ]
    for text, figure, doc, vector_of, rival in cases:
        other, hit = candidate(text, figure, doc, vector_of)
        found = answerer._other_accounts(lead, [lead, Group([other])], [lead_hit, hit])
        assert (len(found) == 2) is rival, figure


def test_a_second_account_may_word_the_deed_otherwise_than_the_question(tmp_path_factory, embedder) -> None:  # type: ignore[no-untyped-def]
    """One outlet's "a dozen raids on rebel camps" and another's "dozens of raids" told alike on
    the same day are two accounts, though the second names no camps: the question's words for
    the target need not be in it. Its asked weekday still must hold."""
    from tests.bot.tiny_index import checker_over

    articles = {
        "one.txt": "Raids near Tarn\n\nVelmar jets flew a dozen raids on rebel camps near Tarn on Sunday, the air force said.\n",
        "two.txt": "Velmar air campaign\n\nVelmar jets flew dozens of raids near Tarn on Sunday, the defence ministry said.\n",
        "three.txt": "Velmar air campaign goes on\n\nVelmar jets flew 60 raids near Tarn on Tuesday, the defence ministry said.\n",
    }
    checker = checker_over(articles, "accounts", tmp_path_factory, embedder)
    answer = checker.ask("How many raids did Velmar jets fly on rebel camps near Tarn on Sunday?")
    (dis,) = answer.disagreements
    assert {v.value for v in dis.variants} == {"a dozen raids", "dozens of raids"}


_FERRY = """Ferry service to resume

The harbour board said the Keldby ferry will sail again from Monday.

Repairs to the hull took three weeks, the board said.

Reader comments are checked by Harbour Courier editors before they appear, under our comment guidelines.
"""


def test_a_question_may_credit_the_outlet_its_page_names_only_in_furniture(tmp_path, embedder) -> None:  # type: ignore[no-untyped-def]
    """ "according to the Harbour Courier, when will the ferry sail": the outlet is named only in
    the page's comment policy, which is no claim sentence; named there, it is named in the
    article. A name the page never writes is still missing."""
    from bot.api import FactChecker
    from bot.question import analyse
    from index.settings import Settings
    from tests.bot.tiny_index import sentence

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(_FERRY, encoding="utf-8")
    checker = FactChecker(Settings.from_env(env={}, data_dir=tmp_path / "index"), embedder=embedder)
    checker.ingest([tmp_path / "articles"])
    answerer = checker._answerer
    said = sentence(checker, "The harbour board said the Keldby ferry will sail again from Monday.")
    assert not said.article_tokens.has("courier")  # the comment policy is no claim sentence
    credited = analyse("According to the Harbour Courier, when will the Keldby ferry sail again?")
    assert answerer._mentions_key_terms(credited, said)
    other = analyse("According to the Velmar Gazette, when will the Keldby ferry sail again?")
    assert not answerer._mentions_key_terms(other, said)


def test_a_listed_count_is_read_in_its_own_stretch_though_the_next_figure_is_no_candidate(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "killed 30 people in Dunmoor and 12 in Keldby": asked of Keldby, the 30 are Dunmoor's,
    even where the bare 12 offers no candidate; a sentence naming only one place keeps its count."""
    from bot.counts import counts
    from bot.question import analyse
    from index.tuning import AnswerTuning
    from tests.bot.tiny_index import hand

    answerer, corpus = tiny._answerer, tiny.retriever.corpus()
    q = analyse("How many people did the raids kill in Keldby?")
    listed = hand(
        tiny, "The raids killed 30 people in Dunmoor and 12 in Keldby, the monitor said.", doc="a.txt"
    )
    found = counts(q, [listed], AnswerTuning())
    assert [c.value for c in found] == ["30 people"]
    assert answerer._in_asked_place(q, found, corpus) == []
    alone = counts(
        q, [hand(tiny, "The raids killed 30 people in Keldby on Monday.", doc="b.txt")], AnswerTuning()
    )
    assert [c.value for c in answerer._in_asked_place(q, alone, corpus)] == ["30 people"]


def test_a_close_sentence_with_the_asked_kind_and_the_questions_things_fills_the_slot(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "who sorted out the ferrying of the hikers": "the Orvik Rescue Service organised the
    ferrying of the hikers" names a doer the question does not and says its things, in its own
    verb: it fills the slot; as near a sentence naming no doer, one leaving a thing unsaid, one
    far from the question, or one telling a deed only possible, does not."""
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer
    asked = analyse("Who sorted out the ferrying of the hikers to Keldby?")
    filled = "The Orvik Rescue Service organised the ferrying of the hikers to Keldby."
    assert answerer._fills_slot(asked, hand(tiny, filled, score=0.6, dense=0.65))
    assert not answerer._fills_slot(asked, hand(tiny, filled, score=0.6, dense=0.5))
    nobody = "The ferrying of the hikers to Keldby took all night."
    assert not answerer._fills_slot(asked, hand(tiny, nobody, score=0.6, dense=0.65))
    unsaid = "The Orvik Rescue Service organised buses to Keldby."
    assert not answerer._fills_slot(asked, hand(tiny, unsaid, score=0.6, dense=0.65))
    possible = "The Orvik Rescue Service could organise the ferrying of the hikers to Keldby."
    assert not answerer._fills_slot(asked, hand(tiny, possible, score=0.6, dense=0.65))


def test_a_which_question_is_filled_only_by_a_sentence_naming_one_of_its_kind(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "which crew towed the barge": a close sentence telling the towing names no crew, so it
    does not fill the slot, though it says every thing of the question."""
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer
    asked = analyse("Which crew towed the barge out of the harbour at Keldby?")
    towing = "A tug pulled the barge out of the harbour at Keldby at dawn."
    assert not answerer._fills_slot(asked, hand(tiny, towing, score=0.6, dense=0.7))


TOLLED = {
    "orvik.txt": """Ferry sinks off Orvik

A ferry capsized in a storm off the port of Orvik on Tuesday, killing at least 14 passengers.
Coastguard boats searched the bay through the night.
The regional radio placed the death toll at 23.
The ferry had been refitted in the spring.
""",
    "orvik-port.txt": """Orvik port reopens

The port of Orvik reopened on Thursday after the storm, the harbour office said.
""",
}

PARTED = {
    "orvik.txt": """Ferry sinks off Orvik

A ferry capsized in a storm off the port of Orvik on Tuesday, killing at least 14 passengers.
Coastguard boats searched the bay through the night.
The death toll in the northern harbour reached 5.
The ferry had been refitted in the spring.
""",
}


@pytest.mark.parametrize(("articles", "rival"), [(TOLLED, "23"), (PARTED, "")])
def test_a_second_whole_death_toll_in_the_answers_article_is_a_disagreement(
    tmp_path_factory, embedder, articles, rival
) -> None:  # type: ignore[no-untyped-def]
    """The radio's toll of 23, two sentences after the article's own 14 and with no speech verb,
    is another party's whole count: both are given; a toll of one part of the place is not."""
    from tests.bot.tiny_index import checker_over

    checker = checker_over(articles, f"tolled-{bool(rival)}", tmp_path_factory, embedder)
    answer = checker.ask("How many people died when the ferry capsized off Orvik?")
    if not rival:
        assert not answer.disagreements and "14" in answer.text
        return
    (dis,) = answer.disagreements
    values = {v.value for v in dis.variants}
    assert any("14" in v for v in values) and any(rival in v for v in values)


def test_a_speakers_reported_words_about_a_thing_say_how_they_described_it(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "How did Marsh describe her town's pledge": her speech about it, reported in any verb of
    saying ("assured that Keldby remains loyal in its drive for cleaner harbours"), gives her
    words; her speech on another matter does not, nor does someone else's about the pledge."""
    from bot.question import analyse
    from tests.bot.tiny_index import hand

    answerer = tiny._answerer
    described = analyse(
        "How did harbour manager Tilda Marsh describe her town's pledge to keep harbours clean?"
    )
    hers = hand(
        tiny, "Harbour manager Tilda Marsh assured that Keldby remains loyal to clean harbours.", score=0.6
    )
    assert answerer._words_for(described, hers) and answerer._states(described, hers)
    other_matter = "Harbour manager Tilda Marsh said the quay lights would be mended in spring."
    assert not answerer._words_for(described, hand(tiny, other_matter, score=0.6))
    someone_else = "Councillor Ivo Brand assured that Keldby remains loyal to clean harbours."
    assert not answerer._words_for(described, hand(tiny, someone_else, score=0.6))
    asked_what = analyse("What did harbour manager Tilda Marsh say about keeping harbours clean?")
    assert not answerer._words_for(asked_what, hers)  # asks what she said: the other readers judge
