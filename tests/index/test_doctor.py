"""A damaged index: ``doctor`` names each problem in one line, ``rebuild`` repairs what it can."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.cli import main
from index.doctor import diagnose, rebuild
from index.embed import Embedder
from index.errors import StoreError
from index.ingest import ingest
from index.settings import Settings
from index.store import Store
from tests.conftest import SEEDS

SMALL = [SEEDS / "000_66cd316cc8c383c8.txt", SEEDS / "004_0e06bca53e2e7670.txt"]
QUESTION = "How many US troops are in Syria?"


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    data = tmp_path_factory.mktemp("doctor-small") / "index"
    settings = Settings.from_env(env={}, data_dir=data)
    assert ingest(list[str | Path](SMALL), settings, embedder=embedder).articles == 2
    return data


@pytest.fixture(scope="module")
def big_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """Over 1,000 claims, so Chroma has written its vectors to HNSW segment files."""
    folder = tmp_path_factory.mktemp("doctor-corpus")
    for i in range(72):
        sentences = [
            f"The agency counted {(i * 37 + j * 11) % 900 + 10} cases of type {j} in district {i} "
            f"on day {j + 1} of the survey, officials said."
            for j in range(16)
        ]
        (folder / f"report-{i:02d}.txt").write_text(f"District {i} survey\n\n" + " ".join(sentences))
    data = tmp_path_factory.mktemp("doctor-big") / "index"
    settings = Settings.from_env(env={}, data_dir=data)
    report = ingest([folder], settings, embedder=embedder)
    assert report.claims > 1000
    return data


def copy(index: Path, tmp_path: Path) -> Settings:
    target = tmp_path / "copy"
    shutil.copytree(index, target)
    return Settings.from_env(env={}, data_dir=target)


def cli(capsys: pytest.CaptureFixture[str], settings: Settings, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(settings.data_dir), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def vector_folder(data: Path, kind: str) -> Path:
    with sqlite3.connect(data / "chroma.sqlite3") as db:
        (segment,) = db.execute(
            "SELECT s.id FROM segments s JOIN collections c ON c.id = s.collection "
            "WHERE c.name LIKE ? AND s.scope = 'VECTOR'",
            (f"%-{kind}-%",),
        ).fetchone()
    return data / segment


def test_a_sound_index_has_no_problems(small_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings.from_env(env={}, data_dir=small_index)
    assert diagnose(settings) == []
    code, out, _ = cli(capsys, settings, "doctor")
    assert code == 0 and out.startswith(f"ok: {small_index}: 2 articles")


def test_a_truncated_sqlite_file_is_one_line_everywhere_and_rebuilt_from_files(
    small_index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], embedder: Embedder
) -> None:
    settings = copy(small_index, tmp_path)
    sqlite = settings.data_dir / "chroma.sqlite3"
    with sqlite.open("r+b") as fh:
        fh.truncate(sqlite.stat().st_size // 3)
    code, out, _ = cli(capsys, settings, "doctor")
    assert code == 1 and out.count("\n") == 1
    assert out.startswith(f"problem: {sqlite} is damaged") and "factbot rebuild PATH" in out
    for command in (["stats"], ["ask", QUESTION]):
        code, out, err = cli(capsys, settings, *command)
        assert code == 1 and out == "" and err.count("\n") == 1 and "factbot doctor" in err
    code, _, err = cli(capsys, settings, "rebuild")
    assert code == 1 and "cannot be rebuilt from itself" in err and err.count("\n") == 1

    report = rebuild(settings, list[str | Path](SMALL), embedder=embedder)
    assert report.ingest is not None and report.ingest.articles == 2
    assert (
        Path(report.moved_to).name.startswith("copy.damaged-")
        and Path(report.moved_to, "chroma.sqlite3").exists()
    )
    assert diagnose(settings) == []


def test_an_empty_sqlite_file_is_not_an_empty_index(
    small_index: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = copy(small_index, tmp_path)
    (settings.data_dir / "chroma.sqlite3").write_bytes(b"")
    with pytest.raises(StoreError, match=r"chroma\.sqlite3 is empty"):
        Store(settings).articles()
    code, out, err = cli(capsys, settings, "stats")
    assert code == 1 and "is empty: the index's records are lost" in err and out == ""
    assert (settings.data_dir / "chroma.sqlite3").stat().st_size == 0


def test_a_missing_index_is_said_and_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings.from_env(env={}, data_dir=tmp_path / "nothing")
    for command in (["stats"], ["ask", QUESTION], ["doctor"]):
        code, out, err = cli(capsys, settings, *command)
        assert code == 1 and f"nothing indexed at {settings.data_dir}" in out + err
    assert not settings.data_dir.exists()


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["truncate", "delete"])
def test_a_damaged_vector_segment_is_found_and_rebuilt_from_the_stored_texts(
    big_index: Path, tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str], embedder: Embedder
) -> None:
    settings = copy(big_index, tmp_path)  # damaged before this process opens it: Chroma caches segments
    before = Store(Settings.from_env(env={}, data_dir=big_index)).counts()
    folder = vector_folder(settings.data_dir, "claims")
    if damage == "truncate":
        with (folder / "data_level0.bin").open("r+b") as fh:
            fh.truncate(1000)
    else:
        shutil.rmtree(folder)
    problems = diagnose(settings)
    assert problems and all(str(p).startswith("claims:") and "factbot rebuild" in str(p) for p in problems)
    code, out, _ = cli(capsys, settings, "doctor")
    assert code == 1 and out.startswith("problem: claims:")

    report = rebuild(settings, embedder=embedder)
    assert report.restored == 72 and not report.moved_to
    assert diagnose(settings) == [] and Store(settings).counts() == before
    code, out, _ = cli(capsys, settings, "ask", "How many cases of type 3 did district 5 count?")
    assert code == 0 and "report-05.txt" in out
