"""Event scoping and time-aware disagreement on small hand-written, dated articles (not the seeds)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.api import FactChecker
from bot.claim_periods import relative_periods
from bot.conflicts import Candidate
from bot.counts import count_phrase, owned_by
from bot.dates import (
    Period,
    bare_months,
    date_words,
    period_label,
    periods_in,
    recent_weekdays,
    weekday_date,
    weekdays_in,
)
from bot.scope import (
    Scope,
    _fits_periods,
    _weekday_in_period,
    asked_grain,
    asks_date,
    asks_weekday,
    dated_before,
    grain_values,
    of_place,
    question_scope,
    weekday_dates,
    weekday_values,
)
from bot.values import parse_quantities
from index.embed import Embedder
from index.settings import Settings
from index.tuning import AnswerTuning

ARTICLES = {
    "early.json": (
        "Harbour Post",
        "2017-03-03",
        "A car bomb exploded in the Velmar fish market on Friday. "
        "The car bomb in the Velmar fish market killed 12 people, medics said.",
    ),
    "later.json": (
        "Coast Daily",
        "2017-03-04",
        "Medics said the car bomb in the Velmar fish market killed 19 people, as the toll rose overnight.",
    ),
    "latest.json": (
        "Ostrin Times",
        "2017-03-06",
        "The governor said the car bomb in the Velmar fish market killed 25 people.",
    ),
    "older.json": (
        "Harbour Post",
        "2015-06-10",
        "A car bomb in the Velmar fish market killed 40 people "
        "on Tuesday, the second attack on the market that year.",
    ),
    "troops.json": (
        "Ostrin Times",
        "2017-03-05",
        "The United States has 900 troops deployed in Velmar, "
        "officials said. At least 62 Ostrinian soldiers were killed in US-led strikes near "
        "the Velmar port last year.",
    ),
}
SAME_DAY = {
    "one.json": (
        "Harbour Post",
        "2019-05-02",
        "A landslide near the Korvin mine buried 7 workers, rescuers said on Thursday.",
    ),
    "two.json": (
        "Coast Daily",
        "2019-05-02",
        "Rescuers said a landslide near the Korvin mine buried 11 workers on Thursday.",
    ),
}


def _index(
    folder: Path, data: Path, articles: dict[str, tuple[str, str, str]], embedder: Embedder
) -> FactChecker:
    for name, (outlet, day, text) in articles.items():
        (folder / name).write_text(json.dumps({"title": "", "outlet": outlet, "date": day, "text": text}))
    checker = FactChecker(Settings.from_env(env={}, data_dir=data), embedder=embedder)
    assert checker.ingest([folder]).articles == len(articles)
    return checker


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return _index(
        tmp_path_factory.mktemp("scope-articles"), tmp_path_factory.mktemp("scope-index"), ARTICLES, embedder
    )


@pytest.fixture(scope="module")
def same_day(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return _index(
        tmp_path_factory.mktemp("day-articles"), tmp_path_factory.mktemp("day-index"), SAME_DAY, embedder
    )


# --- reading dates and qualifiers -----------------------------------------------------------


def test_periods_weekdays_and_roles_are_read_from_a_question() -> None:
    assert periods_in("killed on 19 April 2017") == [Period(date(2017, 4, 19), date(2017, 4, 19))]
    assert periods_in("the weekend of 4-5 July 2015") == [Period(date(2015, 7, 4), date(2015, 7, 5))]
    assert periods_in("in Feb 2015") == [Period(date(2015, 2, 1), date(2015, 2, 28))]
    assert periods_in("earlier in 2016") == [Period(date(2016, 1, 1), date(2016, 12, 31))]
    assert periods_in("it may rain 2 days") == []  # "may" the verb, a day count without a year
    assert weekdays_in("shelled on Sunday") == ["sunday"] and "sunday" in date_words("on Sunday")
    scope = question_scope("How many were killed by government forces in the strike on the hospital?")
    assert scope.roles == (("government", "forces"), ("hospital",)) and not scope.dated
    assert question_scope("What happened on the first day of the talks?").roles == ()  # a day is when
    assert question_scope("Which towns did the rebels take on their way to the coast?").roles == ()


def test_period_labels_say_a_span_in_words() -> None:
    assert period_label([date(2017, 3, 3)]) == "3 Mar 2017"
    assert period_label([date(2017, 3, 3), date(2017, 3, 6)]) == "3-6 Mar 2017"
    assert period_label([date(2016, 12, 30), date(2017, 1, 2)]) == "30 Dec 2016 - 2 Jan 2017"


def test_a_count_modifier_must_qualify_the_counted_noun() -> None:
    def owned(text: str) -> bool:
        (x,) = [q for q in parse_quantities(text) if q.unit]
        return owned_by(("us",), text, x)

    assert owned("The United States has 900 troops deployed in the region")
    assert not owned("At least 62 Ostrinian soldiers were killed in US-led strikes")
    assert not owned("The US-led coalition said thousands of troops of the Kurdish-Arab alliance advanced")
    assert not owned("Thousands of troops from a Kurdish-Arab alliance attacked, US officials said")
    assert not owned("Officials said 300 troops were sent after US-led strikes")  # only inside "US-led"
    assert owned("Officials said 300 troops were sent, the US said")


def test_a_doer_acting_on_the_counted_things_is_not_their_owner() -> None:
    """ "Velmar forces struck 40 targets": the striker is named, not whose targets they are."""

    def owned(modifier: str, text: str) -> bool:
        (x,) = [q for q in parse_quantities(text) if q.unit]
        return owned_by((modifier,), text, x, "Raids on Ostrinian Front camps began at dawn. " + text)

    assert owned("ostrinian", "Velmar forces struck more than 40 targets using bombers")
    assert owned("ostrinian", "Velmar jets destroyed 12 depots overnight")
    assert not owned("ostrinian", "Velmar deployed 300 soldiers to the border")  # Velmar's soldiers
    assert not owned("ostrinian", "Velmar has 300 soldiers in the province")


def test_a_count_modifier_may_be_said_by_its_defined_short_form() -> None:
    """ "how many Velmar Front camps": "40 VF camps" counts them where the articles define VF
    for the Velmar Front; another group's short form is another party's count."""
    from bot.names import defined_aliases

    aliases = defined_aliases(["Officials of the Velmar Front (VF) met."], 2)

    def owned(text: str) -> bool:
        (x,) = [q for q in parse_quantities(text) if q.unit]
        return owned_by(("velmar", "front"), text, x, aliases=aliases)

    assert owned("Jets hit 40 VF camps overnight")
    assert not owned("Jets hit 40 NRA camps overnight")
    text = "Jets hit 40 VF camps overnight"
    (x,) = [q for q in parse_quantities(text) if q.unit]
    assert not owned_by(("velmar", "front"), text, x)  # no alias known: the name is not said


# --- answers -------------------------------------------------------------------------------------


def test_a_count_phrase_puts_the_question_modifier_before_the_noun() -> None:
    from bot.conflicts import Candidate
    from bot.question import analyse

    q = analyse("How many US troops are in the region?")
    (x,) = parse_quantities("thousands of troops")
    cand = Candidate("c", "thousands of troops", "k", "d.txt", 0, 1, "q", 1.0, x)
    assert count_phrase(q, cand) == "thousands of US troops"


def test_a_count_phrase_does_not_repeat_a_modifier_the_value_already_says() -> None:
    from bot.conflicts import Candidate
    from bot.question import analyse

    q = analyse("How many Velmar targets were hit?")
    (x,) = parse_quantities("75 Velmar-linked targets")
    cand = Candidate("c", "75 Velmar-linked targets", "k", "d.txt", 0, 1, "q", 1.0, x)
    assert count_phrase(q, cand) == "75 Velmar-linked targets"


def test_a_count_phrase_does_not_repeat_a_name_the_value_says_by_its_defined_short_form() -> None:
    """ "How many Velmar Front bases": "40 VF-held bases" already says whose they are where the
    articles define VF; without that definition, or for another group's short form, the question's
    name is put before the noun."""
    from bot.names import defined_aliases
    from bot.question import analyse

    aliases = defined_aliases(["Officials of the Velmar Front (VF) met."], 1)
    q = analyse("How many Velmar Front bases were hit?")
    (x,) = parse_quantities("40 VF-held bases")
    cand = Candidate("c", "40 VF-held bases", "k", "d.txt", 0, 1, "q", 1.0, x)
    assert count_phrase(q, cand, aliases) == "40 VF-held bases"
    assert count_phrase(q, cand) == "40 Velmar Front VF-held bases"
    other = defined_aliases(["Officials of the Ostran Guard (VF) met."], 1)
    assert count_phrase(q, cand, other) == "40 Velmar Front VF-held bases"


def test_a_count_answer_names_what_it_counts_and_ignores_another_party_count(dated: FactChecker) -> None:
    answer = dated.ask("How many US troops are in Velmar?")
    assert answer.answer == "900 US troops" and not answer.disagreements
    assert [(c.doc, c.outlet, c.date) for c in answer.citations] == [
        ("troops.json", "Ostrin Times", "2017-03-05")
    ]


def test_a_dated_question_only_counts_reports_of_that_period(dated: FactChecker) -> None:
    answer = dated.ask("How many people did the car bomb in the Velmar fish market kill in June 2015?")
    assert answer.answer == "40 people" and [c.doc for c in answer.citations] == ["older.json"]
    answer = dated.ask("How many people did the car bomb in the Velmar fish market kill in March 2017?")
    assert "older.json" not in {c.doc for c in answer.citations}
    assert "40" not in answer.answer


def test_a_rising_toll_is_ordered_by_date_with_outlets(dated: FactChecker) -> None:
    answer = dated.ask("How many people did the car bomb in the Velmar fish market kill in March 2017?")
    (dis,) = answer.disagreements
    assert [v.value for v in dis.variants] == ["12 people", "19 people", "25 people"]
    assert [v.citations[0].date for v in dis.variants] == ["2017-03-03", "2017-03-04", "2017-03-06"]
    assert (
        "12 people on 3 Mar 2017 (Harbour Post) → 19 people on 4 Mar (Coast Daily) → 25 people on 6 Mar "
        "(Ostrin Times). Later reports raise the figure." in dis.note
    )
    assert answer.answer == "The reports differ: 12 people → 19 people → 25 people"


def test_an_undated_question_over_years_prefers_the_latest_reports(dated: FactChecker) -> None:
    answer = dated.ask("How many people did the car bomb in the Velmar fish market kill?")
    assert "older.json" not in {c.doc for c in answer.citations}
    assert "Covers the latest reports (3-6 Mar 2017)" in answer.note


def test_a_weekday_must_fit_the_article_or_its_words(dated: FactChecker) -> None:
    answer = dated.ask("How many people did the car bomb in the Velmar fish market kill on Tuesday?")
    assert answer.answer == "40 people" and [c.doc for c in answer.citations] == ["older.json"]


def test_a_same_day_difference_between_outlets_is_a_disagreement(same_day: FactChecker) -> None:
    answer = same_day.ask("How many workers did the landslide near the Korvin mine bury?")
    (dis,) = answer.disagreements
    assert "On 2 May 2019 the outlets disagree: " in dis.note and "Later reports" not in dis.note
    assert {v.value for v in dis.variants} == {"7 workers", "11 workers"}


COARSE = {
    "march.json": (
        "Coast Daily",
        "2017-03-04",
        "Medics said the car bomb in the Velmar fish market killed 19 people.",
    ),
    "years-later.json": (
        "Harbour Post",
        "2019-06-01",
        "The Velmar fish market reopened after repairs. A car bomb in the Velmar fish market "
        "killed 30 people on Monday. The market has been attacked often since 2017.",
    ),
}


def test_a_year_in_a_neighbour_does_not_put_another_event_in_the_asked_month(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """ "since 2017" near a 2019 toll does not make it a report of March 2017."""
    checker = _index(
        tmp_path_factory.mktemp("coarse"), tmp_path_factory.mktemp("coarse-index"), COARSE, embedder
    )
    answer = checker.ask("How many people did the car bomb in the Velmar fish market kill in March 2017?")
    assert answer.answer == "19 people" and {c.doc for c in answer.citations} == {"march.json"}


WEEK = {
    "sunday.json": (
        "Harbour Post",
        "2019-10-14",
        "Rebel shells hit the old quarter of Tarvel on Sunday and killed four people, medics said.",
    ),
    "tuesday.json": (
        "Coast Daily",
        "2019-10-16",
        "Rebel shells hit the old quarter of Tarvel on Tuesday and killed seven people, medics said.",
    ),
}


def test_a_sentence_naming_another_weekday_of_its_articles_week_is_another_days_event(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """Asked about Sunday 13 October: an article of Wednesday 16 October is within the reporting
    days, but its "on Tuesday" is 15 October, another shelling; its seven is neither the answer
    nor a rival."""
    checker = _index(tmp_path_factory.mktemp("week"), tmp_path_factory.mktemp("week-index"), WEEK, embedder)
    answer = checker.ask(
        "How many people died when shells hit the old quarter of Tarvel on Sunday 13 October 2019?"
    )
    assert answer.answer == "four people" and {c.doc for c in answer.citations} == {"sunday.json"}


def test_a_weekday_dates_the_event_only_outside_a_report_and_within_its_articles_week() -> None:
    """ "killed four on Tuesday" in an article of Wednesday 16 October is 15 October, not the
    asked 13th; "a monitor said on Wednesday" dates the report; an article three weeks on is
    not dated by its weekdays (its "on Sunday" passes)."""
    sunday = question_scope("How many died in Tarvel on Sunday 13 October 2019?")
    assert not _weekday_in_period(sunday, "Shells killed four on Tuesday.", date(2019, 10, 16))
    assert _weekday_in_period(sunday, "Shells killed four, a monitor said on Wednesday.", date(2019, 10, 16))
    assert _weekday_in_period(sunday, "Shells killed four on Sunday.", date(2019, 10, 16))
    assert _weekday_in_period(sunday, "Shells killed four on Sunday.", date(2019, 11, 5))


def test_a_weekday_the_asked_date_is_not_is_another_days_event() -> None:
    """ "2 October 2017" was a Monday: a blast "on Wednesday" is another one, whatever the
    article's date (or none); "on Monday" fits; a month's question has every weekday."""
    monday = question_scope("How many died in the Tarvel blast on 2 October 2017?")
    assert not _weekday_in_period(monday, "A blast killed nine on Wednesday.", date(2017, 10, 11))
    assert not _weekday_in_period(monday, "A blast killed nine on Wednesday.", None)
    assert _weekday_in_period(monday, "A blast killed nine on Monday.", date(2017, 10, 16))
    october = question_scope("How many died in the Tarvel blast in October 2017?")
    assert _weekday_in_period(october, "A blast killed nine on Wednesday.", None)


def test_a_running_total_from_an_earlier_day_is_not_the_asked_days_figure() -> None:
    """ "Since Apr. 9, 88 have died" in an article of 17 May sums weeks, not 17 May's toll; a
    question asking a total ("by Saturday 17 May") takes it; the day's own figure passes."""
    tune, published = AnswerTuning(), date(2031, 5, 17)
    day = question_scope("How many villagers died in Ostria on Saturday 17 May 2031?")
    total = question_scope("How many villagers had died in Ostria by Saturday 17 May 2031?")
    since = "Since Apr. 9, at least 88 villagers have died in Ostria."
    assert total.total and not day.total
    assert not _fits_periods(day, since, since, published, tune)
    assert _fits_periods(total, since, since, published, tune)
    assert _fits_periods(day, "Nine villagers died in Ostria on Saturday.", "", published, tune)


def test_an_undated_articles_relative_period_may_be_the_asked_one() -> None:
    """In an article with no date, "last year" may be the asked 2031, so the 2030 it names for a
    comparison does not rule the sentence out; a dated article, or a sentence naming only other
    calendar periods, still does."""
    tune = AnswerTuning()
    scope = question_scope("How many ferries sailed from Tarvik in 2031?")
    relative = "Thirty ferries sailed from Tarvik last year, compared with 52 in 2030."
    assert relative_periods(relative) == ("last year",)
    assert relative_periods("Sales in Tarvik fell on Monday, after a rise in May 2030.") == ()
    assert _fits_periods(scope, relative, relative, None, tune)
    assert not _fits_periods(scope, relative, relative, date(2030, 6, 1), tune)
    calendar = "Thirty ferries sailed from Tarvik in 2030."
    assert not _fits_periods(scope, calendar, calendar, None, tune)


RUNNING = {
    "day.json": (
        "Harbour Post",
        "2031-05-18",
        "Floods swept through the villages of Ostria on Saturday 17 May 2031 and killed nine villagers, "
        "rescuers said.",
    ),
    "total.json": (
        "Coast Daily",
        "2031-05-18",
        "Since Apr. 9, floods have killed at least 88 villagers in Ostria, rescuers said.",
    ),
}


def test_a_running_total_neither_answers_nor_judges_a_days_figure(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """The 88 counted since 9 April is no rival to the nine of 17 May, for a question or a claim."""
    checker = _index(
        tmp_path_factory.mktemp("running"), tmp_path_factory.mktemp("running-index"), RUNNING, embedder
    )
    answer = checker.ask("How many villagers did the floods kill in Ostria on 17 May 2031?")
    assert answer.answer == "nine villagers" and not answer.disagreements
    verdict = checker.check("The floods killed nine villagers in Ostria on 17 May 2031.")
    assert verdict.verdict.value == "supported"
    assert all(s.doc != "total.json" or s.stance.value == "neutral" for s in verdict.sources)


DATELINED = {
    "dateline.json": (
        "Coast Daily",
        "2031-04-02",  # a feed date weeks before the story
        "Coast Daily Wire Saturday 17 May 2031\n\nGunboats shelled the harbour of Kestrel on "
        "Saturday and killed eleven fishermen, port officials said.",
    ),
}


def test_an_articles_dateline_dates_it_over_its_listed_date(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """Listed on 2 April but opening "Saturday 17 May 2031", the article reports 17 May: its
    toll answers a question about that day and its sentences carry the dateline's date."""
    checker = _index(
        tmp_path_factory.mktemp("dateline"), tmp_path_factory.mktemp("dateline-index"), DATELINED, embedder
    )
    answer = checker.ask(
        "How many fishermen were killed when gunboats shelled Kestrel harbour on 17 May 2031?"
    )
    assert answer.answer == "eleven fishermen" and [c.date for c in answer.citations] == ["2031-05-17"]


def test_before_a_year_asks_about_the_time_up_to_it() -> None:
    """ "The last winner before 2010" won earlier, so 1988 fits and 2010 itself does not."""
    (period,) = question_scope("Who was the last Velmar rider to win the Ostrin Cup before 2010?").periods
    assert period.end == date(2009, 12, 31) and period.start <= date(1988, 1, 1)
    (year,) = question_scope("Who won the Ostrin Cup in 2010?").periods
    assert year.start == date(2010, 1, 1)


def test_a_named_event_is_a_happening_a_name_owns() -> None:
    """ "Korvin's fall" names an event; "Ostrin's foreign minister" names a post, not a happening."""
    assert question_scope("How long was the siege that preceded Korvin's fall?").events == ("fall",)
    assert question_scope("When did Brill's visit to Velmar start?").events == ("visit",)
    assert question_scope("Who is Ostrin's foreign minister?").events == ()
    assert question_scope("How long was the siege of Korvin?").events == ()
    # the tagger reads "fall" as a noun here, but a noun takes no auxiliary: it is the verb
    assert question_scope("By how much did Velcor's revenue fall in 2019?").events == ()
    # nor is the word a question's "did" seems to take as its object ("did X's air force launch")
    assert question_scope("How many raids did Tarvo's air force launch on Velm in May 2019?").events == ()
    assert question_scope("What did Brill's visit to Velmar achieve?").events == ("visit",)


def test_the_thing_a_speaker_is_asked_to_have_described_is_no_named_event() -> None:
    """ "how did Kerr describe Brill's visit": the visit is what her words are about, which she
    may word apart, not an event the evidence must name; asked after it, it stays one."""
    assert question_scope("How did Ada Kerr describe Brill's visit to Velmar?").events == ()
    assert question_scope("What did Ada Kerr say after Brill's visit to Velmar?").events == ("visit",)


def test_a_named_doer_is_read_in_its_commonest_sense() -> None:
    """ "Tarvo's jets" that hit and "Brill's government" that collapsed are planes and a body
    (their commonest senses), not a squirt or the act of governing; a doer whose commonest
    sense is a happening stays one."""
    assert question_scope("How many died when Tarvo's jets hit the Velm market in May 2019?").events == ()
    assert question_scope("Where did Ostrin speak once Brill's government collapsed?").events == ()
    assert question_scope("How many came after Brill's visit ended?").events == ("visit",)


def test_a_weekday_or_month_owning_a_happening_dates_it_and_names_no_event() -> None:
    """ "Friday's raid" is the raid on Friday (a weekday the scope reads), not a named event."""
    assert question_scope("How many died in friday's raid on Velm?").events == ()
    assert question_scope("How many died in Friday's raid on Velm?").weekdays == ("friday",)
    assert question_scope("How many marched in March's protest in Velm?").events == ()


def test_a_place_a_name_owns_is_where_not_which_event() -> None:
    """ "crashed into Ostrin's market": a market is also a place (WordNet), and "into" places it;
    after "before" or "after" an event noun with no place sense stays the named event."""
    assert question_scope("How many died when a jet crashed into Ostrin's market in May 2019?").events == ()
    assert question_scope("How many were hurt near Tarvel's square?").events == ()
    assert question_scope("How many were arrested after Brill's funeral?").events == ("funeral",)


NAMED_EVENT = {
    "fall.json": (
        "Harbour Post",
        "",
        "Korvin's garrison surrendered after the fall of the old regime. "
        "The four-year siege of the city ended with it.",
    ),
    "earlier.json": (
        "Coast Daily",
        "2012-05-02",
        "Aid convoys reached Korvin. The two-year siege of Korvin goes on, officials said. "
        "Food prices doubled.",
    ),
}


def test_a_named_event_must_be_named_beside_the_value(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """A siege's length told beside no word of the fall it preceded is another stage's length."""
    checker = _index(
        tmp_path_factory.mktemp("event"), tmp_path_factory.mktemp("event-index"), NAMED_EVENT, embedder
    )
    answer = checker.ask("How long was the siege that preceded Korvin's fall?")
    assert answer.answer == "four years" and {c.doc for c in answer.citations} == {"fall.json"}


def test_an_event_asked_after_is_an_anchor_its_article_names() -> None:
    """ "after Korvin's fall" anchors the asked time; "preceded Korvin's fall" asks about the fall's own story."""
    assert question_scope("What did Brill urge Velmar to do after Korvin's fall?").aftermath == ("fall",)
    assert question_scope("How many fled since Ostrin's death?").aftermath == ("death",)
    assert question_scope("How long was the siege that preceded Korvin's fall?").aftermath == ()


AFTERMATH = (
    "Aid reaches the port city. The fall of Korvin in March ended a long siege. Shops reopened "
    "within days. Traders said bread became cheaper. Velmar has since sent 40 grain trucks to Korvin, "
    "officials said. More convoys are planned."
)


def test_a_value_after_a_named_event_may_stand_far_from_where_its_article_names_it(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """A report of what followed a fall names the fall once, in its lead: a count told three
    sentences later still answers "after Korvin's fall"."""
    folder = tmp_path_factory.mktemp("after")
    record = {"title": "Convoys roll on", "outlet": "Harbour Post", "date": "", "text": AFTERMATH}
    (folder / "after.json").write_text(json.dumps(record))
    checker = FactChecker(
        Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("after-index")), embedder=embedder
    )
    checker.ingest([folder])
    answer = checker.ask("How many grain trucks has Velmar sent after Korvin's fall?")
    assert answer.status.value == "answered" and "40" in answer.answer


def _candidate(value: str) -> Candidate:
    return Candidate("c", value, value.lower(), "a.txt", 0, len(value), value, 0.8)


def test_a_day_of_the_week_question_takes_only_weekday_values() -> None:
    asked = "On what day of the week did the rebels enter Velmar?"
    assert asks_weekday(asked) and asks_weekday("Which weekday was the vote?")
    values = [_candidate("the past two weeks"), _candidate("3 May"), _candidate("on Sunday")]
    assert [c.value for c in weekday_values(asked, values)] == ["on Sunday"]
    assert weekday_values("When did the rebels enter Velmar?", values) == values  # any date answers


def test_a_weekday_in_a_dated_article_answers_a_date_question_with_its_calendar_date() -> None:
    """ "Monday" in an article of Wednesday 11 March 2020 is 9 March 2020; on the publication
    day itself it is that day. An undated article's weekday, a value that is more than a
    weekday, and a question asking for a day keep the words as written."""
    asked = "What date was Ilse Varga's speech in Velmar?"
    assert asks_date(asked) and asks_date("When did Ilse Varga speak?")
    assert not asks_date("On which day did Ilse Varga speak?")
    dated = [replace(_candidate(v), date="2020-03-11") for v in ("on Monday", "Wednesday", "3 May")]
    undated = _candidate("Monday")
    answered = weekday_dates(asked, [*dated, undated])
    assert [c.value for c in answered] == ["9 March 2020", "11 March 2020", "3 May", "Monday"]
    assert weekday_dates("On which day did Ilse Varga speak?", dated) == dated


def test_a_date_question_over_dated_reports_of_a_weekday_is_answered_with_the_date(
    same_day: FactChecker,
) -> None:
    """Both reports of 2 May 2019 (a Thursday) say "on Thursday": the user sees the date."""
    answer = same_day.ask("On what date did the landslide near the Korvin mine bury workers?")
    assert answer.answer == "2 May 2019"


PARTS = {
    "north.json": ("Harbour Post", "2020-04-06", "Shells killed 8 people in northern Velmar on Monday."),
    "adjective.json": (
        "Bay Times",
        "2020-04-06",
        "Shells killed 5 people in northern Velmarian towns on Monday.",
    ),
    "centre.json": ("Coast Daily", "2020-04-06", "Shells killed 3 people in central Velmar on Monday."),
}


def test_a_places_adjective_names_the_place() -> None:
    assert of_place("Velmarian", "Velmar") and of_place("Ostri", "Ostria") and of_place("Dunmorese", "Dunmor")
    assert (
        not of_place("Velmar", "Velmar")
        and not of_place("Ostrich", "Ostria")
        and not of_place("Vel", "Velmar")
    )


def test_a_sentence_in_another_part_of_the_asked_place_does_not_answer(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """ "In central Velmar" is not answered by a toll in northern Velmar, nor in northern
    Velmarian towns (the place's adjective names it too)."""
    assert question_scope("How many did shells kill in central Velmar?").parts == (
        ("Velmar", frozenset({"central"})),
    )
    checker = _index(
        tmp_path_factory.mktemp("parts"), tmp_path_factory.mktemp("parts-index"), PARTS, embedder
    )
    answer = checker.ask("How many people did shells kill in central Velmar?")
    assert answer.answer == "3 people" and {c.doc for c in answer.citations} == {"centre.json"}


def test_an_articles_weekdays_are_its_day_and_the_days_before() -> None:
    """Published on Wednesday 11 December 2024: "Monday" is the 9th; with a lag of two days the
    article can speak of Monday to Wednesday, not of Sunday."""
    published = date(2024, 12, 11)
    assert weekday_date("Monday", published) == date(2024, 12, 9)
    assert recent_weekdays(published, 2) == {"monday", "tuesday", "wednesday"}


def test_a_month_without_a_year_is_its_latest_before_the_article() -> None:
    """ "In May" in an article of July 2015 is May 2015, "in November" November 2014; a month
    with its year is left to ``periods_in``, and "may" as a verb is no month."""
    july = date(2015, 7, 16)
    assert bare_months("In May more than 60 were killed in Tarvel.", july) == [
        Period(date(2015, 5, 1), date(2015, 5, 31))
    ]
    assert bare_months("Shelling in November drove families out.", july)[0].start == date(2014, 11, 1)
    assert bare_months("in May 2014 the town fell", july) == []
    assert bare_months("The toll in Tarvel may rise.", july) == []


def test_a_toll_of_an_earlier_month_named_without_its_year_is_no_rival(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """Asked about July 2015: another outlet's "In May more than 60 were killed", in a July
    article, is May's toll: neither the answer nor a rival."""
    articles = {
        "july.json": (
            "Coast Daily",
            "2015-07-13",
            "Barrel bombs dropped on Tarvel over the weekend killed at least 40 civilians, medics said.",
        ),
        "recap.json": (
            "Harbour Post",
            "2015-07-14",
            "In May more than 60 civilians were killed by barrel bombs dropped on Tarvel, medics said.",
        ),
    }
    checker = _index(tmp_path_factory.mktemp("may"), tmp_path_factory.mktemp("may-index"), articles, embedder)
    answer = checker.ask("How many civilians did barrel bombs kill in Tarvel in July 2015?")
    assert answer.answer == "at least 40 civilians" and not answer.disagreements
    assert {c.doc for c in answer.citations} == {"july.json"}


def test_a_sentence_dated_to_a_month_its_article_could_not_report_is_background(tiny: FactChecker) -> None:
    """For an undated question, "In March 2019 two guards were hurt" in a June 2020 report tells
    of an earlier event; the report's own news, a span reaching its time, a bare year or a
    question naming the date are not set aside."""
    from tests.bot.tiny_index import hand

    tune = AnswerTuning()
    undated = question_scope("How many guards were hurt at the Ostrin depot?")

    def said(text: str) -> object:
        hit = hand(tiny, text, doc="depot.txt")
        return replace(hit, chunk=replace(hit.chunk, date="2020-06-10"))

    assert dated_before(
        undated, said("In March 2019 two guards were hurt when a crate fell at the depot."), tune
    )
    assert not dated_before(undated, said("Two guards were hurt at the depot on Monday."), tune)
    assert not dated_before(undated, said("In June 2020 two guards were hurt at the depot."), tune)
    assert not dated_before(
        undated, said("Since March 2019 twelve guards have been hurt at the depot."), tune
    )
    assert not dated_before(undated, said("The 2010 census counted 956 guards in Ostrin."), tune)
    dated = question_scope("How many guards were hurt at the Ostrin depot in March 2019?")
    assert not dated_before(
        dated, said("In March 2019 two guards were hurt when a crate fell at the depot."), tune
    )


def test_a_when_question_naming_its_unit_of_time_takes_only_values_giving_that_unit() -> None:
    """ "In which year" is not answered by "Tuesday" nor "last year"; "on what date" not by a
    month alone nor an unconverted weekday; "which month" by a month; a plain "when" by anything."""
    values = [_candidate(v) for v in ("Tuesday", "last year", "November", "22 March", "May 1998")]
    by_year = "In which year did Orla Penn first win the Velmar marathon?"
    by_date = "On what date will the Korvin harbour ferry resume?"
    by_month = "Which month will the Tarn bridge reopen?"
    assert (asked_grain(by_year), asked_grain(by_date), asked_grain(by_month)) == ("year", "day", "month")
    assert asked_grain("When did the Tarn bridge reopen?") == ""
    assert asked_grain("On what day of the week did the vote fall?") == ""  # ``weekday_values``
    assert [c.value for c in grain_values(by_year, values)] == ["May 1998"]
    assert [c.value for c in grain_values(by_date, values)] == ["22 March"]
    assert [c.value for c in grain_values(by_month, values)] == ["November", "22 March", "May 1998"]
    assert grain_values("When did the Tarn bridge reopen?", values) == values
    said = Candidate("c", "The trial opens soon.", "sentence", "a.txt", 0, 5, "The trial opens soon.", 0.8)
    assert grain_values(by_date, [said]) == [said]  # a sentence answer is judged elsewhere


def test_the_phrase_naming_the_report_asked_of_scopes_no_event() -> None:
    """ "According to the memo on the mayor's voyage, ...": the voyage picks the memo, whose
    article is the evidence; an actor or target of the asked deed still scopes it."""
    assert (
        question_scope("According to the memo on the mayor's Keldby voyage, what does the scheme involve?")
        == Scope()
    )
    scope = question_scope(
        "According to the bulletin on the Keldby blaze, how many perished in the raid on the mill?"
    )
    assert scope.roles == (("mill",),)


def test_a_year_with_its_own_preposition_after_before_is_the_asked_year() -> None:
    """ "Earnings before levies in 2019": "before" governs "levies", and 2019 is the year asked about;
    a year right after "before" (or after a month) still bounds the period."""
    for question in (
        "What did Velcor earn before levies in 2019?",
        "What were Ostrin Rail's losses before interest for 2019?",
        "How many goals did Tarvo score before half-time in 2019?",
    ):
        (year,) = question_scope(question).periods
        assert (year.start, year.end) == (date(2019, 1, 1), date(2019, 12, 31)), question
    (bounded,) = question_scope("Who ran the Velm port authority before March 2019?").periods
    assert bounded.end == date(2019, 2, 28)
    (until,) = question_scope("Who held the Ostrin seat until 2019?").periods
    assert until.end == date(2018, 12, 31)
