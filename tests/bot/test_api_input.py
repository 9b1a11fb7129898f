"""Questions holding bytes that are not UTF-8: refused with a clear message, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.errors import BadQuestionError
from index.store import Store
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("How many troops\udcff are in Syria?", "\\xff at character 16"),
        ("How many \ud800 troops?", "\\ud800 at character 10"),
    ],
)
def test_lone_surrogates_are_refused_by_name(checker, text: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadQuestionError, match="not valid UTF-8") as info:
        checker.ask(text)
    assert shown in str(info.value)
    with pytest.raises(BadQuestionError, match="not valid UTF-8"):
        checker.check(text)


def test_control_characters_are_cleaned_and_the_question_answered(checker) -> None:  # type: ignore[no-untyped-def]
    answer = checker.ask("How many US\x00 troops\x1b are in Syria?")
    assert "900" in answer.answer


def test_the_cli_turns_a_bad_byte_in_argv_into_one_line(seeds_index: Store) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "--data-dir",
            str(seeds_index.settings.data_dir),
            "ask",
            b"troops \xff?",
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=300,
    )
    assert run.returncode == 1 and b"Traceback" not in run.stderr
    assert run.stderr.decode() == (
        "factbot: the question is not valid UTF-8 text (\\xff at character 8); retype it or save it as UTF-8\n"
    )


def test_stats_into_a_closed_pipe_and_ingest_into_a_log(seeds_index: Store, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    data = str(seeds_index.settings.data_dir)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "--data-dir", data, "stats"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `factbot stats | head -0`
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 141 and err == b""
    (tmp_path / "note.txt").write_text("The ferry carried 40 cars on Friday, the harbor master said.")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "--data-dir",
            str(tmp_path / "index"),
            "ingest",
            str(tmp_path / "note.txt"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0 and "\r" not in run.stderr and "ingesting" not in run.stderr
