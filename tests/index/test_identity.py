"""Article identity: same name in another folder never replaces; replaces are reported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from index.embed import Embedder
from index.identity import UPLOAD_NAMESPACE, Identities, same_source
from index.ingest import ingest
from index.load import Article
from index.settings import Settings
from index.store import Store
from tests.conftest import SEEDS

PARKS = "The council approved 12 new parks on Monday, the mayor said.\n"
ROADS = "The council rejected 3 new roads on Tuesday, the mayor said.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def texts(store: Store) -> dict[str, str]:
    return {a.doc: store.article_text(a.doc) for a in store.articles()}


def test_same_name_in_another_folder_gets_its_own_stable_id(
    tmp_path: Path, settings: Settings, embedder: Embedder
) -> None:
    a = write(tmp_path / "a" / "report.txt", PARKS)
    b = write(tmp_path / "b" / "report.txt", ROADS)
    store = Store(settings)
    ingest([a], settings, store=store, embedder=embedder)
    second = ingest([b], settings, store=store, embedder=embedder)
    assert texts(store) == {"report.txt": PARKS, "b/report.txt": ROADS}
    assert second.renamed == [f"{b}: another article is named report.txt (from {a}); indexed as b/report.txt"]
    again = ingest([tmp_path / "a", tmp_path / "b"], settings, store=store, embedder=embedder)
    assert (again.articles, again.unchanged, again.renamed, again.replaced) == (0, 2, [], [])
    assert texts(store) == {"report.txt": PARKS, "b/report.txt": ROADS}


def test_the_same_text_from_a_moved_or_copied_folder_is_the_same_article(
    tmp_path: Path, settings: Settings, embedder: Embedder
) -> None:
    """A checkout moved or cloned elsewhere re-ingests as unchanged, not as a second copy of
    every article (which would double each citation)."""
    a = write(tmp_path / "old" / "report.txt", PARKS)
    store = Store(settings)
    ingest([a], settings, store=store, embedder=embedder)
    moved = write(tmp_path / "new" / "report.txt", PARKS)
    report = ingest([moved], settings, store=store, embedder=embedder)
    assert (report.articles, report.unchanged, report.renamed) == (0, 1, [])
    assert texts(store) == {"report.txt": PARKS}


def test_changed_content_of_the_same_source_is_a_reported_replace(
    tmp_path: Path, settings: Settings, embedder: Embedder
) -> None:
    a = write(tmp_path / "a" / "report.txt", PARKS)
    store = Store(settings)
    ingest([a], settings, store=store, embedder=embedder)
    a.write_text(ROADS)
    report = ingest([a], settings, store=store, embedder=embedder)
    assert report.notes() == ["replaced report.txt (content changed)"]
    assert texts(store) == {"report.txt": ROADS}


def test_seed_ids_stay_their_file_names(tmp_path: Path, settings: Settings, embedder: Embedder) -> None:
    copy = tmp_path / "elsewhere" / "seeds"
    shutil.copytree(SEEDS, copy)
    store = Store(settings)
    ingest([SEEDS], settings, store=store, embedder=embedder)
    assert {a.doc for a in store.articles()} == {p.name for p in SEEDS.glob("*.txt")}
    assert all(a.path == str(SEEDS / a.doc) for a in store.articles())
    (copy / "000_66cd316cc8c383c8.txt").write_text("An edited copy.\n")
    twins = ingest([copy], settings, store=store, embedder=embedder)
    assert twins.unchanged == 4 and len(twins.renamed) == 1  # an identical copy is the same article
    assert {a.doc for a in store.articles()} == {p.name for p in SEEDS.glob("*.txt")} | {
        "seeds/000_66cd316cc8c383c8.txt"
    }


def test_an_upload_can_never_take_a_files_id() -> None:
    known = {"report.txt": "/data/a/report.txt", "upload/notes.txt": "/data/upload/notes.txt"}
    ids = Identities(known, namespace=UPLOAD_NAMESPACE)
    upload, _ = ids.assign(Article("report.txt", "x", "/tmp/gradio/123/report.txt"))
    assert (upload.id, upload.path) == ("upload/report.txt", "upload:report.txt")
    clash, note = ids.assign(Article("notes.txt", "x", "/tmp/gradio/456/notes.txt"))
    assert clash.id.startswith("upload/notes.txt~") and "indexed as" in note
    again, _ = Identities({"upload/report.txt": "upload:report.txt"}, UPLOAD_NAMESPACE).assign(
        Article("report.txt", "y", "/tmp/gradio/789/report.txt")
    )
    assert again.id == "upload/report.txt"


def test_a_relative_source_from_an_older_index_is_the_same_file() -> None:
    assert same_source("seeds/000.txt", "/work/x/seeds/000.txt")
    assert not same_source("seeds/000.txt", "/work/x/other/000.txt")
    assert not same_source("upload:000.txt", "/work/x/upload/000.txt")


def test_a_relative_source_above_the_working_folder_is_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older record such as "../corpora/news.csv" (ingested from this folder) keeps its ids:
    re-ingesting it must not rename every row and embed the corpus again."""
    work, corpus = tmp_path / "work", tmp_path / "corpora"
    work.mkdir()
    corpus.mkdir()
    monkeypatch.chdir(work)
    assert same_source("../corpora/news.csv", str((corpus / "news.csv").resolve()))
    assert not same_source("../corpora/news.csv", str((tmp_path / "other" / "news.csv").resolve()))


def test_a_name_that_is_not_utf8_is_skipped_and_the_folder_still_goes_in(
    tmp_path: Path, settings: Settings, embedder: Embedder
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(PARKS)
    bad = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(bad, "wb") as fh:
        fh.write(ROADS.encode())
    newline = write(folder / "two\nlines.txt", ROADS)
    store = Store(settings)
    report = ingest([folder], settings, store=store, embedder=embedder)
    assert report.skipped == [
        f"{folder}/caf\\xe9.txt: the file name is not valid UTF-8; rename the file and ingest it again"
    ]
    assert set(texts(store)) == {"good.txt", "two\\nlines.txt"}
    assert "\n" not in "".join(report.skipped) and newline.exists()


def test_prune_drops_vanished_files_only_never_other_folders_or_uploads(
    tmp_path: Path, settings: Settings, embedder: Embedder
) -> None:
    a = write(tmp_path / "a" / "report.txt", PARKS)
    gone = write(tmp_path / "a" / "old.txt", ROADS)
    other = write(tmp_path / "b" / "other.txt", ROADS.replace("3", "4"))
    upload = write(
        tmp_path / "gradio" / "note.txt", "The ferry carried 40 cars on Friday, the harbor master said."
    )
    store = Store(settings)
    ingest([tmp_path / "a", other], settings, store=store, embedder=embedder)
    ingest([upload], settings, store=store, embedder=embedder, namespace=UPLOAD_NAMESPACE)
    gone.unlink()
    report = ingest([tmp_path / "a"], settings, store=store, embedder=embedder, prune=True)
    assert report.pruned == 1 and a.exists()
    assert set(texts(store)) == {"report.txt", "other.txt", "upload/note.txt"}
