"""Uploads through the page's API (gradio_client): their own ids, bounded, off switch, login."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from gradio_client import Client, handle_file

from bot import ui, ui_html
from bot.api import FactChecker
from index.embed import Embedder
from index.settings import Settings
from tests.chroma_server import free_port
from tests.conftest import SEEDS

SEED = "000_66cd316cc8c383c8.txt"


@contextmanager
def serving(checker: FactChecker, auth: str = "") -> Iterator[str]:
    app = ui.build_app(checker)
    url = ui.launch(app, host="127.0.0.1", port=free_port(), block=False, auth=auth)
    try:
        yield url
    finally:
        app.close()


def checker_for(tmp_path: Path, embedder: Embedder, **settings: object) -> FactChecker:
    checker = FactChecker(
        Settings.from_env(env={}, data_dir=tmp_path / "index", **settings), embedder=embedder
    )
    assert checker.ingest([SEEDS / SEED]).articles == 1
    return checker


def test_an_upload_named_like_an_indexed_article_cannot_replace_it(
    tmp_path: Path, embedder: Embedder
) -> None:
    checker = checker_for(tmp_path, embedder)
    forged = tmp_path / "upload" / SEED
    forged.parent.mkdir()
    forged.write_text("The United States has 5 troops deployed in Syria, officials said.\n")
    with serving(checker) as url:
        client = Client(url, verbose=False, analytics_enabled=False)
        status, panel = client.predict([handle_file(str(forged))], api_name="/upload")
        assert "Indexed 1 article(s)" in status and f"upload/{SEED}" in panel
        docs = {s["doc"] for s in client.predict(api_name="/sources")}
        assert docs == {SEED, f"upload/{SEED}"}
        answer = client.predict("How many US troops are in Syria?", api_name="/ask")
    assert checker.store.article_text(SEED) == (SEEDS / SEED).read_text()
    cited = {c["doc"]: c["quote"] for c in answer["citations"]}
    assert "900 troops" in cited.get(SEED, "") or any(
        "900" in str(v) for d in answer["disagreements"] for v in d["variants"]
    )
    assert all("5 troops" not in quote for doc, quote in cited.items() if doc == SEED)


def test_an_upload_over_the_sentence_limit_is_refused_by_name(tmp_path: Path, embedder: Embedder) -> None:
    checker = checker_for(tmp_path, embedder, upload_max_sentences=5)
    big = tmp_path / "minutes.txt"
    big.write_text(" ".join(f"Item {i} was approved by the board on Monday." for i in range(40)))
    small = tmp_path / "note.txt"
    small.write_text("The ferry carried 40 cars on Friday, the harbor master said.")
    out = ui.ingest_uploads(checker, [str(big), str(small)])
    assert "minutes.txt: 40 sentences would pass this upload&#x27;s limit of 5 sentences" in out
    assert "Indexed 1 article(s)" in out
    assert {a.doc for a in checker.store.articles()} == {SEED, "upload/note.txt"}


def test_uploads_off_removes_the_endpoint(tmp_path: Path, embedder: Embedder) -> None:
    checker = checker_for(tmp_path, embedder, uploads=False)
    app = ui.build_app(checker)
    names = {d.get("api_name") for d in app.config["dependencies"] if d.get("api_visibility") == "public"}
    assert "upload" not in names and {"ask", "check", "sources"} <= names
    assert "upload some below" not in ui_html.render_sources([], uploads=False)
    assert "turned off" in ui.ingest_uploads(checker, [str(SEEDS / SEED)])


def test_a_login_guards_the_page_and_its_api(tmp_path: Path, embedder: Embedder) -> None:
    checker = checker_for(tmp_path, embedder)
    with serving(checker, auth="ann:s3cret") as url:
        with pytest.raises(Exception, match=r"(?i)login|auth|401|403"):
            Client(url, verbose=False, analytics_enabled=False).predict(api_name="/sources")
        client = Client(url, auth=("ann", "s3cret"), verbose=False, analytics_enabled=False)
        assert [s["doc"] for s in client.predict(api_name="/sources")] == [SEED]
