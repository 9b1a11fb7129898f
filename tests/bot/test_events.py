"""Same event: values from an article about another event leave the answer and the disagreement,
on a tiny real index of hand-written articles (two tell one story, one another)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.api import FactChecker
from bot.check import on_event as sources_on_event
from bot.conflicts import Candidate, group
from bot.dates import Period
from bot.events import (
    claim_names,
    claim_period,
    event_articles,
    event_sentences,
    on_event,
    retold,
    same_event,
    told_by_question,
)
from bot.evidence import Corpus, EvidenceSentence
from bot.stance import RIVAL_DAY, RIVAL_NAME, Judgement
from bot.types import Stance
from bot.values import parse_quantities
from index.embed import Embedder
from index.settings import Settings
from index.tuning import AnswerTuning, CheckTuning

TUNE = AnswerTuning()
FLOOR = 0.45

ARTICLES = {
    "ferry-a.txt": """Ferry sinks off Velmar

A passenger ferry sank off Velmar on Tuesday after hitting rocks in a storm.

Coastguard boats rescued 40 passengers from the cold water, the harbour master said.

Divers searched the wreck of the ferry through the night.

The ferry company said the captain had changed course to avoid the storm.
""",
    "ferry-b.txt": """Velmar ferry disaster

Rescuers pulled 25 passengers from the sea after a ferry sank near Velmar.

The ferry struck rocks during a storm on Tuesday, the coastguard said.

Divers kept searching the wreck of the ferry overnight.

Relatives waited at the Velmar harbour for news of the missing.
""",
    "mine.txt": """Miners freed in Ostrin

Rescuers freed 12 miners trapped underground in Ostrin after a tunnel collapsed.

The miners spent three days in a side gallery with little water.

Engineers drilled a shaft to reach the trapped men, the mine owner said.

The union called for an inquiry into safety at the mine.
""",
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder: Path = tmp_path_factory.mktemp("event-articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("event-index"))
    checker = FactChecker(settings, embedder=embedder)
    assert checker.ingest([folder]).articles == len(ARTICLES)
    return checker


@pytest.fixture(scope="module")
def corpus(checker: FactChecker) -> Corpus:
    return checker.retriever.corpus()


def _count(doc: str, sentence: str, score: float, day: str = "") -> Candidate:
    q = parse_quantities(sentence)[0]
    return Candidate(f"{doc}-1", q.text, q.text.lower(), doc, 0, len(sentence), sentence, score, q, date=day)


RESCUED_A = _count("ferry-a.txt", "Coastguard boats rescued 40 passengers from the cold water.", 0.8)
RESCUED_B = _count("ferry-b.txt", "Rescuers pulled 25 passengers from the sea.", 0.75)
FREED = _count("mine.txt", "Rescuers freed 12 miners trapped underground in Ostrin.", 0.7)


def test_undated_articles_telling_one_story_report_one_event(corpus: Corpus) -> None:
    """Two accounts of one sinking are one event; a mine rescue in another town is not."""
    assert same_event(RESCUED_A, RESCUED_B, corpus, TUNE)
    assert not same_event(RESCUED_A, FREED, corpus, TUNE)
    assert same_event(FREED, replace(FREED, chunk_id="mine.txt-2"), corpus, TUNE)  # one article


def test_dated_articles_are_one_event_within_the_reporting_window(corpus: Corpus) -> None:
    """Dates decide when both are known: a rising toll a few days on is the same event, the
    same words two years apart are another; the mine rescue reported the same day joins."""
    early = replace(RESCUED_A, date="2019-03-05")
    assert same_event(early, replace(RESCUED_B, date="2019-03-08"), corpus, TUNE)
    assert not same_event(early, replace(RESCUED_B, date="2021-03-05"), corpus, TUNE)
    assert same_event(early, replace(FREED, date="2019-03-05"), corpus, TUNE)


def test_values_of_another_event_leave_the_groups_and_the_disagreement(corpus: Corpus) -> None:
    """ "How many were rescued": the two ferry reports disagree (40 vs 25); the 12 miners
    freed elsewhere is neither a rival value nor a citation."""
    groups = group([RESCUED_A, RESCUED_B, FREED])
    assert len(groups) == 3
    kept = on_event(groups, corpus, FLOOR, TUNE)
    assert [g.docs for g in kept] == [["ferry-a.txt"], ["ferry-b.txt"]]
    assert on_event([], corpus, FLOOR, TUNE) == []


def test_a_fact_stated_of_the_subject_stays_only_from_an_undated_page(corpus: Corpus) -> None:
    """A sentence the entity rules read as stated of the described subject stays although its
    article tells another story, when the article is undated (a reference page about the thing);
    a dated report's sentence belongs to its day's event and goes like any other."""
    groups = group([RESCUED_A, FREED])
    stated = {FREED.chunk_id}
    assert [g.docs for g in on_event(groups, corpus, FLOOR, TUNE, stated)] == [["ferry-a.txt"], ["mine.txt"]]
    dated = group([replace(RESCUED_A, date="2019-03-05"), replace(FREED, date="2021-06-01")])
    assert [g.docs for g in on_event(dated, corpus, FLOOR, TUNE, stated)] == [["ferry-a.txt"]]


def _indexed(checker: FactChecker, text: str) -> EvidenceSentence:
    return next(h for h in checker.retriever.search(text, 30).sentences if h.text == text)


def test_a_stance_from_another_event_is_no_stance(checker: FactChecker, corpus: Corpus) -> None:
    """Checking "40 passengers were rescued": a ferry report supports it; a figure from the mine
    rescue is not weighed against it, while the other ferry report (one story) and a source
    taking no side stay."""
    rescued = _indexed(
        checker, "Coastguard boats rescued 40 passengers from the cold water, the harbour master said."
    )
    pulled = _indexed(checker, "Rescuers pulled 25 passengers from the sea after a ferry sank near Velmar.")
    freed = _indexed(
        checker, "Rescuers freed 12 miners trapped underground in Ostrin after a tunnel collapsed."
    )
    owner = _indexed(checker, "Engineers drilled a shaft to reach the trapped men, the mine owner said.")
    ranked = [
        ([rescued], Judgement(Stance.SUPPORTS, 0.8, "gives 40", clear=True)),
        ([freed], Judgement(Stance.REFUTES, 0.7, "gives 12, not 40", clear=True)),
        ([pulled], Judgement(Stance.REFUTES, 0.6, "gives 25, not 40")),
        ([owner], Judgement(Stance.NEUTRAL, 0.5, "does not say rescued")),
    ]
    kept = sources_on_event(ranked, corpus, checker.settings)
    assert [shown[0].doc for shown, _ in kept] == ["ferry-a.txt", "ferry-b.txt", "mine.txt"]
    assert kept[-1][1].stance is Stance.NEUTRAL
    assert sources_on_event(ranked[3:], corpus, checker.settings) == ranked[3:]


def test_a_rival_name_does_not_anchor_the_event(checker: FactChecker, corpus: Corpus) -> None:
    """Checking "40 passengers were rescued off Velmar": a mine rescue naming another town ranks
    first, yet the event is the ferry report's; the rival from the mine story is dropped and the
    two ferry reports are weighed."""
    rescued = _indexed(
        checker, "Coastguard boats rescued 40 passengers from the cold water, the harbour master said."
    )
    pulled = _indexed(checker, "Rescuers pulled 25 passengers from the sea after a ferry sank near Velmar.")
    freed = _indexed(
        checker, "Rescuers freed 12 miners trapped underground in Ostrin after a tunnel collapsed."
    )
    ranked = [
        ([freed], Judgement(Stance.REFUTES, 0.9, "names Ostrin, not Velmar", clear=True, rival=RIVAL_NAME)),
        ([rescued], Judgement(Stance.SUPPORTS, 0.8, "gives 40", clear=True)),
        ([pulled], Judgement(Stance.REFUTES, 0.6, "gives 25, not 40")),
    ]
    kept = sources_on_event(ranked, corpus, checker.settings)
    assert [shown[0].doc for shown, _ in kept] == ["ferry-a.txt", "ferry-b.txt"]
    assert sources_on_event(ranked[:1], corpus, checker.settings) == ranked[:1]  # no other account
    scene = ([rescued], Judgement(Stance.NEUTRAL, 0.8, "related, but does not state the claim"))
    assert sources_on_event([ranked[0], scene], corpus, checker.settings) == [scene]  # the scene anchors
    ferry_rival = ([pulled], replace(ranked[0][1], reason="names Tarvel, not Velmar"))
    assert sources_on_event([ferry_rival, scene], corpus, checker.settings) == [ferry_rival, scene]


def test_a_rival_weekday_counts_only_from_an_article_of_the_same_week(
    checker: FactChecker, corpus: Corpus
) -> None:
    """ "The ferry sank on Tuesday" (a report of 5 March): another outlet's "Wednesday" two days
    on is another account of the sinking; the same word ten days on names another Wednesday."""
    rescued = _indexed(
        checker, "Coastguard boats rescued 40 passengers from the cold water, the harbour master said."
    )
    struck = _indexed(checker, "The ferry struck rocks during a storm on Tuesday, the coastguard said.")

    def dated(hit: EvidenceSentence, day: str) -> EvidenceSentence:
        return replace(hit, chunk=replace(hit.chunk, date=day))

    support = ([dated(rescued, "2019-03-05")], Judgement(Stance.SUPPORTS, 0.8, "states the same", clear=True))
    rival = Judgement(Stance.REFUTES, 0.7, "names Wednesday, not Tuesday", clear=True, rival=RIVAL_DAY)
    same_week = sources_on_event([support, ([dated(struck, "2019-03-07")], rival)], corpus, checker.settings)
    later = sources_on_event([support, ([dated(struck, "2019-03-15")], rival)], corpus, checker.settings)
    assert [j.stance for _, j in same_week] == [Stance.SUPPORTS, Stance.REFUTES]
    assert [j.stance for _, j in later] == [Stance.SUPPORTS]


QUAKE = {
    "quake-a.txt": (
        "2019-03-05",
        """Earthquake hits Tarvel

An earthquake killed at least 15 people in the hill town of Tarvel on Monday, the governor said.

Rescuers searched the collapsed houses through the night with dogs and cranes.

The governor asked the capital for tents and blankets.
""",
    ),
    "quake-b.txt": (
        "2019-03-06",
        """Toll climbs after quake

Monday's earthquake in the hill town killed 18 people as the toll rose on Tuesday, rescue workers said.

Schools in the province stayed closed for a second day.

Aid lorries reached Tarvel on Tuesday afternoon.
""",
    ),
    "quake-c.txt": (
        "2021-07-01",
        """New tremor shakes Tarvel

An earthquake killed 9 people in the hill town of Tarvel on Sunday, the governor said.

Tarvel was hit by a deadly earthquake two years ago.
""",
    ),
}


@pytest.fixture(scope="module")
def quake(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder: Path = tmp_path_factory.mktemp("quake-articles")
    rows = ["file,outlet,date"]
    for name, (day, text) in QUAKE.items():
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{name.split('.')[0]} News,{day}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("quake-index"))
    checker = FactChecker(settings, embedder=embedder)
    assert checker.ingest([folder]).articles == len(QUAKE)
    return checker


def test_another_outlets_rewording_of_the_event_is_found_within_its_days(quake: FactChecker) -> None:
    """The answer's sentence ("killed at least 15 ... in Tarvel on Monday") finds the next day's
    "Monday's earthquake in the hill town killed 18", worded apart and without the town's name;
    the same words about a quake two years on are another event."""
    found = quake.retriever.search("How many people did the earthquake in Tarvel kill?")
    hit = next(h for h in found.sentences if h.text.startswith("An earthquake killed"))
    lead = group([Candidate.of(hit, "at least 15", "at least 15", 0.8, parse_quantities(hit.text)[0])])[0]
    told = retold(lead, found.corpus, TUNE, found.vector)
    assert [h.doc for h in told] == ["quake-b.txt"]
    assert told[0].text.startswith("Monday's earthquake in the hill town killed 18")
    assert told[0].score == pytest.approx(0.8 * TUNE.retold_share)


def test_a_toll_revised_the_next_day_is_shown_in_time_order(quake: FactChecker) -> None:
    """ "at least 15" on 5 March and another outlet's 18 on 6 March: the user sees the revision
    with both outlets, not the 18 folded into the bound; the 9 of another year is not shown."""
    answer = quake.ask("How many people did the earthquake in Tarvel kill in March 2019?")
    assert answer.answer == "The reports differ: at least 15 people → 18 people"
    assert "Later reports raise the figure" in answer.note
    assert {c.doc for c in answer.citations} == {"quake-a.txt", "quake-b.txt"}


def test_the_questions_own_hits_from_other_outlets_within_the_days_retell_the_lead(
    quake: FactChecker,
) -> None:
    """Sentences the question found in other articles dated within ``retold_days`` of the lead
    are scored as retellings; the lead's own article and a quake two years on are not."""
    found = quake.retriever.search("How many people did the earthquake in Tarvel kill?")
    hit = next(h for h in found.sentences if h.text.startswith("An earthquake killed"))
    lead = group([Candidate.of(hit, "at least 15", "at least 15", 0.8, parse_quantities(hit.text)[0])])[0]
    told = told_by_question(lead, found.sentences, TUNE)
    assert told and {h.doc for h in told} == {"quake-b.txt"}
    assert all(h.score == pytest.approx(0.8 * TUNE.retold_share) for h in told)


def test_the_openings_of_the_best_articles_within_the_days_tell_the_event(quake: FactChecker) -> None:
    """``event_articles``: the opening of another outlet's article dated within ``retold_days``
    of the lead, its sentences close in meaning to the lead's ("Monday's earthquake in the hill
    town killed 18"); nothing of the lead's own article, nor of a quake two years on; nothing
    for an undated lead, nor beyond the opening or below the similarity."""
    found = quake.retriever.search("How many people did the earthquake in Tarvel kill?")
    hit = next(h for h in found.sentences if h.text.startswith("An earthquake killed"))
    lead = group([Candidate.of(hit, "at least 15", "at least 15", 0.8, parse_quantities(hit.text)[0])])[0]
    docs = ["quake-a.txt", "quake-b.txt", "quake-c.txt"]
    said = event_articles(lead, docs, found.corpus, TUNE)
    assert {h.doc for h in said} == {"quake-b.txt"}
    assert said[0].text.startswith("Monday's earthquake in the hill town killed 18")
    undated = replace(lead.members[0], date="")
    assert event_articles(group([undated])[0], docs, found.corpus, TUNE) == []
    assert event_articles(lead, docs, found.corpus, replace(TUNE, event_similarity=1.01)) == []
    firsts = event_articles(lead, docs, found.corpus, replace(TUNE, event_opening=1, event_similarity=-1.0))
    assert [h.text[:9] for h in firsts] == ["Monday's "]


FLOOD = {
    "flood-a.txt": (
        "2029-05-03",
        """Floods sweep Korrin

Floodwater killed 12 people in Korrin on Thursday, the mayor said.

Boats carried families from the lower streets to the school hall.
""",
    ),
    "flood-b.txt": (
        "2029-05-04",
        """River bursts its banks

The hospital in Korrin said nine people died when the river burst its banks overnight.

The army sent 40 lorries of sandbags along the valley road.
""",
    ),
    "fair.txt": (
        "2029-05-04",
        """Harvest fair opens in Dunmere

Thousands of visitors came to the harvest fair in Dunmere on Friday.

A lorry crash on the road to Korrin injured 3 people, police said.
""",
    ),
    "flood-late.txt": (
        "2029-05-12",
        """Korrin rebuilds

Korrin began rebuilding a week after 14 people died in the floods.
""",
    ),
}


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder: Path = tmp_path_factory.mktemp("flood-articles")
    rows = ["file,outlet,date"]
    for name, (day, text) in FLOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{name.split('.')[0]} News,{day}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("flood-index"))
    checker = FactChecker(settings, embedder=embedder)
    assert checker.ingest([folder]).articles == len(FLOOD)
    return checker


def test_a_claim_names_one_short_period_and_its_proper_names() -> None:
    """A day or a month's third pins the event, a whole month does not; proper nouns are its names whatever the entity model calls them."""
    claim = "Floods killed 12 people in Korrin on 3 May 2029."
    assert claim_period(claim, 13) == Period(date(2029, 5, 3), date(2029, 5, 3))
    late = claim_period("Floods killed 12 people in Korrin in late May 2029.", 13)
    assert late == Period(date(2029, 5, 19), date(2029, 5, 31))
    assert claim_period("Floods killed 12 people in Korrin in May 2029.", 13) is None
    assert claim_names(claim) == ["Korrin"]


def test_the_days_articles_about_the_claims_place_give_their_counts(flood: FactChecker) -> None:
    """``event_sentences``: another outlet's next-day report naming the town up front is read for
    its toll, worded apart from the claim; an article naming the town only in passing (a fair
    elsewhere), one a week later and the sentences already judged are not."""
    claim = "Floods killed 12 people in Korrin on 3 May 2029."
    found = flood.retriever.search(claim)
    seen = {h.chunk.id for h in found.corpus.sentences_of("flood-a.txt")}
    tune = CheckTuning()
    said = event_sentences(
        claim, claim_period(claim, 13), claim_names(claim), found.vector, found.corpus, seen, tune
    )
    assert {h.doc for h in said} == {"flood-b.txt"}
    assert said[0].text.startswith("The hospital in Korrin said nine people died")
    assert event_sentences(claim, None, ["Korrin"], found.vector, found.corpus, seen, tune) == []
