"""Article metadata and header furniture, on small hand-made articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.clean import clean
from index.embed import Embedder
from index.errors import InputFileError
from index.header import clean_title, iso_date
from index.ingest import ingest
from index.load import discover, load_file
from index.metadata import MetaSources, MetaTable, html_meta
from index.settings import Settings
from index.split import split
from index.store import Store


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("4/5/17", "2017-04-05"),  # slashes: month first
        ("24.08.2013", "2013-08-24"),  # dots, year last: day first
        ("03-08-2016", "2016-08-03"),
        ("Dec 9, 2024", "2024-12-09"),
        ("Wednesday 21 November 2016", "2016-11-21"),
        ("2024-12-09T10:00:00Z", "2024-12-09"),
        ("Jul 152015", "2015-07-15"),  # the space between day and year lost
        ("Dec 9", ""),  # no year: not a date we can place
        ("soon", ""),
    ],
)
def test_dates_become_iso(written: str, iso: str) -> None:
    assert iso_date(written) == iso


def _first_sentence(text: str) -> str:
    parts = split(text, clean(text), 4, 1, 5)
    first = parts.sentences[0]
    return text[first.start : first.end]


@pytest.mark.parametrize(
    ("text", "title", "date", "outlet", "first"),
    [
        (  # title, then date + byline + title again + dateline run into the first sentence
            "Floods close the river bridge\n\nMarch 3 2017 by Jane Doe Floods close the river bridge "
            "Lyon- Rescue teams reached the town on Friday. They found no one.",
            "Floods close the river bridge",
            "2017-03-03",
            "",
            "Rescue teams reached the town on Friday.",
        ),
        (  # a wire dateline without a year: the credit is the outlet, no date
            "Port strike ends after talks\nOSLO, Dec 9 (Reuters) - Dock workers returned on Monday.",
            "Port strike ends after talks",
            "",
            "Reuters",
            "Dock workers returned on Monday.",
        ),
        (  # a title ending in a full stop is still one when the body repeats it
            "Toll rises to 12: officials.\nJune 1 2020 Toll rises to 12: officials. Anna Berg. "
            "Twelve people died in the fire.",
            "Toll rises to 12: officials.",
            "2020-06-01",
            "",
            "Twelve people died in the fire.",
        ),
        (  # label, weekday, time and an agency dateline
            "Buses collide near the station\nPublished Thu 02 May 2019 at 0930 Local AFP - Two buses "
            "collided near the station.",
            "Buses collide near the station",
            "2019-05-02",
            "AFP",
            "Two buses collided near the station.",
        ),
        (  # an all-caps city after the date, then a photo caption closed by its credit
            "Fish market reopens\nLast updated at Jul 152015 Traders stack crates at dawn (AFP photo) "
            "VALENCIA The market reopened on Tuesday.",
            "Fish market reopens",
            "2015-07-15",
            "",
            "The market reopened on Tuesday.",
        ),
    ],
)
def test_header_furniture_becomes_metadata_not_evidence(
    text: str, title: str, date: str, outlet: str, first: str
) -> None:
    header = clean(text).header
    assert (header.title, header.date, header.outlet) == (title, date, outlet)
    assert _first_sentence(text) == first


@pytest.mark.parametrize(
    "body",
    [
        "By Monday the council had voted to close the bridge.",
        "Updated figures show a rise in cases this week.",
        "Al-Nusra fighters attacked the checkpoint at night.",
        "The army - backed by allies - advanced on the town.",
        "Reuters reported that the talks had failed.",
    ],
)
def test_a_story_that_merely_starts_like_furniture_is_kept_whole(body: str) -> None:
    assert _first_sentence(body) == body


def test_an_agency_as_the_subject_is_not_a_credit() -> None:
    text = "Bridge shut by the storm\nMay 2 2019 AFP reporters saw the bridge shut at dawn."
    assert _first_sentence(text) == "AFP reporters saw the bridge shut at dawn."
    assert clean(text).header.outlet == ""


def test_site_name_and_all_caps_lines_are_dropped() -> None:
    text = "Daily Example example.com\nCouncil votes to close bridge\nBREAKING NEWS FROM CITY HALL\nThe council voted on Monday."
    cleaned = clean(text)
    assert cleaned.header.title == "Council votes to close bridge"
    assert [text[s:e] for s, e in cleaned.spans] == ["The council voted on Monday."]
    assert {r for _, _, r in cleaned.dropped} == {"site name", "title", "all-caps headline"}


def test_site_names_around_a_title() -> None:
    assert clean_title("Vote passes in the city council | Daily Example") == (
        "Vote passes in the city council",
        "Daily Example",
    )
    assert clean_title("Daily Example News - Vote passes in the city council today") == (
        "Vote passes in the city council today",
        "Daily Example News",
    )
    assert clean_title("Syria - the long war") == ("Syria - the long war", "")


def test_metadata_csv_keeps_known_columns_and_iso_dates(tmp_path: Path) -> None:
    (tmp_path / "metadata.csv").write_text("file,source,date,location\na.txt,Daily Example,4/5/17,Lyon\n")
    table = MetaTable(tmp_path / "metadata.csv")
    assert table.rows["a.txt"].outlet == "Daily Example" and table.rows["a.txt"].date == "4/5/17"
    (tmp_path / "bad.csv").write_text("name,date\na.txt,4/5/17\n")
    with pytest.raises(InputFileError, match="'file' column"):
        MetaTable(tmp_path / "bad.csv")


def _dataset(tmp_path: Path) -> Path:
    root = tmp_path / "ds"
    (root / "articles").mkdir(parents=True)
    (root / "metadata.csv").write_text("file,title,source,date,url\na.txt,,Example Wire,4/5/17,http://x/a\n")
    (root / "articles" / "a.txt").write_text("Bridge closed\nMarch 3 2017 The bridge closed on Friday.")
    (root / "articles" / "b.json").write_text(json.dumps({"text": "Body.", "outlet": "Own"}))
    (root / "metadata.jsonl").write_text("")  # a metadata name is never read as articles
    return root


@pytest.mark.parametrize("ingested", ["ds", "ds/articles"])
def test_metadata_file_beside_or_above_the_articles(tmp_path: Path, ingested: str) -> None:
    root = _dataset(tmp_path)
    files, errors = discover([tmp_path / ingested])
    assert not errors and sorted(f.name for f in files) == ["a.txt", "b.json"]
    sources = MetaSources([tmp_path / ingested])
    article = sources.complete(load_file(root / "articles" / "a.txt", 10_000)[0])
    # the file's row wins over the text's own date; the title comes from the text
    assert (article.title, article.outlet, article.date, article.url) == (
        "Bridge closed",
        "Example Wire",
        "2017-04-05",
        "http://x/a",
    )


def test_json_fields_beat_the_metadata_file(tmp_path: Path) -> None:
    root = _dataset(tmp_path)
    (root / "m.jsonl").write_text(json.dumps({"file": "b.json", "outlet": "Table", "date": "2020-01-02"}))
    sources = MetaSources([root], [root / "m.jsonl"])
    article = sources.complete(load_file(root / "articles" / "b.json", 10_000)[0])
    assert (article.outlet, article.date) == ("Own", "2020-01-02")


def test_html_meta_tags() -> None:
    meta = html_meta(
        '<html><head><meta property="og:title" content="Vote passes">'
        '<meta property="og:site_name" content="Daily Example">'
        '<meta property="article:published_time" content="2024-12-09T08:00:00Z">'
        '<link rel="canonical" href="https://example.com/vote"></head><body></body></html>'
    )
    assert (meta.title, meta.outlet, meta.date, meta.url) == (
        "Vote passes",
        "Daily Example",
        "2024-12-09",
        "https://example.com/vote",
    )


def test_new_metadata_re_records_an_unchanged_article(
    tmp_path: Path, settings: Settings, embedder: Embedder
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bridge closed\nMarch 3 2017 The bridge closed on Friday after the storm.")
    store = Store(settings)
    ingest([corpus], settings, store=store, embedder=embedder)
    assert [(a.title, a.date) for a in store.articles()] == [("Bridge closed", "2017-03-03")]
    meta = tmp_path / "meta.csv"
    meta.write_text("file,outlet,date\na.txt,Example Wire,2017-03-04\n")
    again = ingest([corpus], settings, store=store, embedder=embedder, meta=[meta])
    assert again.articles == 1
    info = store.articles()[0]
    assert (info.outlet, info.date) == ("Example Wire", "2017-03-04")
    claims = store.chunks("claims")
    assert [c.text for c in claims] == ["The bridge closed on Friday after the storm."]
    assert {c.outlet for c in claims} == {"Example Wire"}
