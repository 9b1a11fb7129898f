"""The pipeline end to end with the real model and a real embedded Chroma."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from index.embed import Embedder
from index.ingest import ingest
from index.settings import Settings
from index.store import Store
from tests.conftest import SEEDS


def test_every_stored_span_round_trips_to_the_seed_files(seeds_index: Store) -> None:
    counts = seeds_index.counts()
    assert counts["articles"] == 5 and counts["passages"] > 20 and counts["claims"] > 60
    for kind in ("passages", "claims"):
        for chunk in seeds_index.chunks(kind):
            original = (SEEDS / chunk.doc).read_text()
            assert original[chunk.start : chunk.end] == chunk.text


def test_boilerplate_is_not_indexed(seeds_index: Store) -> None:
    texts = " ".join(c.text for c in seeds_index.chunks("passages")).lower()
    for gone in ("follow us on", "moderates all comments", "getty images", "post a comment"):
        assert gone not in texts
    repeated = [c for c in seeds_index.chunks("claims") if "Moments following Biden" in c.text]
    assert len(repeated) == 1


def test_search_finds_the_troops_sentence(seeds_index: Store, embedder: Embedder) -> None:
    hits = seeds_index.search("claims", embedder.encode_one("How many US troops are in Syria?"), 3)
    assert hits[0][0].doc == "000_66cd316cc8c383c8.txt"
    assert "900 troops" in hits[0][0].text


def test_reingest_adds_nothing_and_changes_replace(
    tmp_path: Path, settings: Settings, embedder: Embedder
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    store = Store(settings)
    first = ingest([corpus], settings, store=store, embedder=embedder)
    before = store.counts()
    again = ingest([corpus], settings, store=store, embedder=embedder)
    assert (again.articles, again.unchanged) == (0, 5)
    assert store.counts() == before

    changed = corpus / "002_fce9c7f950719797.txt"
    changed.write_text("Officials said 4,000 people attended the rally in the capital on Friday.\n")
    third = ingest([corpus], settings, store=store, embedder=embedder)
    assert third.articles == 1
    claims = [c for c in store.chunks("claims") if c.doc == changed.name]
    assert [c.text for c in claims] == [changed.read_text().strip()]
    assert first.claims > 0

    os.remove(corpus / "003_aa3ce2024e0023e9.txt")
    kept = ingest([corpus], settings, store=store, embedder=embedder)
    assert kept.pruned == 0 and store.counts()["articles"] == 5
    pruned = ingest([corpus], settings, store=store, embedder=embedder, prune=True)
    assert pruned.pruned == 1
    assert "003_aa3ce2024e0023e9.txt" not in {a.doc for a in store.articles()}
    assert not [c for c in store.chunks("claims") if c.doc == "003_aa3ce2024e0023e9.txt"]


def test_bad_inputs_are_skipped_without_losing_the_index(
    tmp_path: Path, settings: Settings, embedder: Embedder
) -> None:
    store = Store(settings)
    ingest([SEEDS / "000_66cd316cc8c383c8.txt"], settings, store=store, embedder=embedder)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\xff" * 100)
    (bad / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (bad / "huge.txt").write_bytes(b"a" * (settings.max_file_bytes + 1))
    unreadable = bad / "locked.txt"
    unreadable.write_text("Some text that cannot be read.")
    unreadable.chmod(0)
    (bad / "good.txt").write_text("The city opened 3 new bridges on Monday, officials said.")
    report = ingest([bad, tmp_path / "missing"], settings, store=store, embedder=embedder)
    skipped = "\n".join(report.skipped)
    for name, why in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1.txt", "UTF-8"),
        ("huge.txt", "too large"),
        ("missing", "no such file"),
    ]:
        assert name in skipped and why in skipped
    if os.geteuid() != 0:  # root reads any file
        assert "locked.txt" in skipped and "permission" in skipped
    assert report.articles >= 1
    docs = {a.doc for a in store.articles()}
    assert {"000_66cd316cc8c383c8.txt", "good.txt"} <= docs


@pytest.mark.slow
def test_a_folder_of_ten_thousand_files(tmp_path: Path, settings: Settings, embedder: Embedder) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        body = (
            f"Report {i}: the town counted {i} new residents this year, the mayor said."
            if i % 500 == 0
            else ""
        )
        (folder / f"{i:05d}.txt").write_text(body)
    store = Store(settings)
    report = ingest([folder], settings, store=store, embedder=embedder)
    assert report.articles == 20
    assert len(report.skipped) == 9_980 and all("empty file" in s for s in report.skipped)
    assert store.counts()["articles"] == 20


class Interrupting(Embedder):
    """Real embedder that is interrupted (Ctrl-C) on its second call."""

    def __init__(self, inner: Embedder) -> None:
        super().__init__()
        self.inner, self.calls = inner, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        if self.calls == 2:
            raise KeyboardInterrupt
        return self.inner.encode(texts)


def test_interrupted_ingest_keeps_a_usable_index_and_resumes(settings: Settings, embedder: Embedder) -> None:
    small_groups = settings.with_(ingest_group_size=2)
    store = Store(small_groups)
    with pytest.raises(KeyboardInterrupt):
        ingest([SEEDS], small_groups, store=store, embedder=Interrupting(embedder))
    assert store.counts()["articles"] == 2
    assert store.search("claims", embedder.encode_one("troops in Syria"), 3)
    resumed = ingest([SEEDS], small_groups, store=store, embedder=embedder)
    assert (resumed.articles, resumed.unchanged) == (3, 2)
    assert store.counts()["articles"] == 5


def test_a_stored_claim_keeps_its_glued_headline_but_quotes_only_its_story() -> None:
    from index.ingest import _record, prepare
    from index.load import Article
    from index.store import Chunk

    text = "Harbour plan wins council vote The town council has backed a new harbour wall. It opens in May next year."
    prepared = prepare(Article("a.txt", text, "a.txt"), Settings())
    record = _record(prepared, np.zeros((len(prepared.sentence_texts), 4), dtype=np.float32))
    first = record.chunks["claims"][0]
    assert first.text.startswith("Harbour plan wins council vote")  # retrieval reads the headline
    stored = Chunk.from_record(first.id, first.text, first.metadata("h"))
    assert stored.story_text == "The town council has backed a new harbour wall."
    assert text[stored.story[0] : stored.story[1]] == stored.story_text
    assert record.chunks["claims"][1].story == (
        record.chunks["claims"][1].start,
        record.chunks["claims"][1].end,
    )
