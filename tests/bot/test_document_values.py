"""Each source's own value and full dates, on hand-made articles."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.document_values import fullest_date, fullest_place
from bot.eval.scoring import answer_texts, mentions
from bot.types import Status
from index.embed import Embedder
from index.settings import Settings

ARTICLES = {
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
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    folder = tmp_path_factory.mktemp("document-values")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("document-values-index"))
    fc = FactChecker(settings, embedder=embedder)
    assert fc.ingest([folder]).articles == len(ARTICLES)
    return fc


def test_a_year_becomes_the_full_date_its_text_gives() -> None:
    text = "Tomas Arvid (footballer, born 1941) Tomas Arvid (19 March 1941 – 10 April 2018) was a player."
    assert fullest_date("1941", text) == "19 March 1941"
    assert fullest_date("1956", "born on September 1, 1956 in Cork") == "September 1, 1956"
    assert fullest_date("1888", "He was born in September 1888.") == "September 1888"
    assert fullest_date("1941", "He was born in 1941 and died on 3 May 1990.") == "1941"
    assert fullest_date("last summer", "last summer, on 3 May 1990") == "last summer"


def test_every_person_sharing_the_name_offers_a_full_birth_date(checker: FactChecker) -> None:
    answer = checker.ask("When was Tomas Arvid born?", mode="question")
    given = answer_texts(answer)
    assert answer.status is Status.ANSWERED
    for date in ("19 March 1941", "18 December 1868", "1833"):
        assert any(mentions(date, t) for t in given), (date, given)


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
