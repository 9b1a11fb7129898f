"""Every ``factbot`` command run in-process on a tiny real index: exit codes and what it prints."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import EXIT_FAILED, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, build_parser, main
from tests.bot.eval.samples import write_harbour

pytestmark = pytest.mark.slow  # each test loads the real model and a real Chroma store

BUDGET = "How big is the budget the council approved?"


@pytest.fixture
def harbour(tmp_path: Path, embedder: object) -> tuple[Path, Path, Path]:
    """(data dir with the two harbour articles ingested by the CLI, corpus, gold file)."""
    corpus, gold = write_harbour(tmp_path)
    data = tmp_path / "index"
    assert main(["--data-dir", str(data), "ingest", str(corpus)]) == EXIT_OK
    return data, corpus, gold


def test_ingest_reports_and_writes_the_lexical_cache(
    tmp_path: Path, embedder: object, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, _ = write_harbour(tmp_path)
    data = tmp_path / "index"
    assert main(["--data-dir", str(data), "ingest", str(corpus)]) == EXIT_OK
    assert "2 articles indexed (0 unchanged)" in capsys.readouterr().out
    assert len(list((data / "lexical").iterdir())) == 1
    assert main(["--data-dir", str(data), "ingest", str(corpus), "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert (report["articles"], report["unchanged"], report["skipped"]) == (0, 2, [])


def test_ingest_of_an_unusable_file_exits_3_and_names_it(
    tmp_path: Path, embedder: object, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "index"), "ingest", str(empty)]) == EXIT_SKIPPED
    assert f"skipped {empty}: empty file" in capsys.readouterr().err


def test_stats_lists_the_articles(
    harbour: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(harbour[0])
    capsys.readouterr()
    assert main(["--data-dir", data, "stats"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "articles: 2" in out and "harbour.txt" in out and "gazette.txt" in out
    assert main(["--data-dir", data, "stats", "--json"]) == EXIT_OK
    assert [a["doc"] for a in json.loads(capsys.readouterr().out)["articles"]] == [
        "gazette.txt",
        "harbour.txt",
    ]


def test_ask_prints_the_answer_with_its_cited_quotes(
    harbour: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(harbour[0])
    capsys.readouterr()
    assert main(["--data-dir", data, "ask", BUDGET]) == EXIT_OK
    out = capsys.readouterr().out
    assert "4 million dollars" in out and "[1] harbour.txt [" in out
    assert main(["--data-dir", data, "ask", BUDGET, "--json"]) == EXIT_OK
    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == "answered" and {c["doc"] for c in answer["citations"]} >= {"harbour.txt"}


def test_check_prints_the_verdict(
    harbour: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(harbour[0])
    capsys.readouterr()
    assert main(["--data-dir", data, "check", "The money will repair the old pier."]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("Verdict: ✓ Supported") and "supports harbour.txt" in out
    assert (
        main(["--data-dir", data, "ask", "The money will repair the old pier.", "--mode", "auto"]) == EXIT_OK
    )
    assert "Verdict: ✓ Supported" in capsys.readouterr().out


DRAFT = (
    "The Harbour Town council approved the budget on Tuesday. "
    "The council approved a budget of 9 million dollars. Who knows?"
)


def test_check_text_reads_a_file_and_prints_each_claim_with_its_verdict(
    harbour: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(harbour[0]), "check-text", str(draft)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "3 claims: 1 supported, 1 refuted, 1 not checkworthy"
    assert lines[1] == "1. [SUPPORTED] The Harbour Town council approved the budget on Tuesday.  (chars 0-56)"
    numbered = [line for line in lines[1:] if line[:1].isdigit()]
    # the claim as checked names its subject ("the council" -> "The Harbour Town council")
    assert (
        numbered[1]
        == "2. [REFUTED] The Harbour Town council approved a budget of 9 million dollars.  (chars 57-108)"
    )
    assert numbered[2].startswith("3. [NOT CHECKWORTHY] Who knows?")
    assert any("harbour.txt" in line for line in lines)


def test_check_text_json_from_stdin_gives_spans_into_the_input(
    harbour: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(DRAFT))
    capsys.readouterr()
    assert main(["--data-dir", str(harbour[0]), "check-text", "-", "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    claims = report["claims"]
    assert [DRAFT[c["start"] : c["end"]] for c in claims] == [
        "The Harbour Town council approved the budget on Tuesday.",
        "The council approved a budget of 9 million dollars.",
        "Who knows?",
    ]
    assert [(c["verdict"], c["checkworthy"]) for c in claims] == [
        ("supported", True),
        ("refuted", True),
        (None, False),
    ]
    assert report["summary"] == {
        "supported": 1,
        "refuted": 1,
        "conflicting": 0,
        "not_enough_info": 0,
        "not_checkworthy": 1,
    }


def test_check_text_says_what_is_wrong_with_its_input(
    harbour: tuple[Path, Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = str(harbour[0])
    capsys.readouterr()
    missing = tmp_path / "nope.txt"
    assert main(["--data-dir", data, "check-text", str(missing)]) == EXIT_FAILED
    assert capsys.readouterr().err.startswith(f"factbot: {missing}: cannot read it (No such file")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 au lait".encode("latin-1"))
    assert main(["--data-dir", data, "check-text", str(latin)]) == EXIT_FAILED
    assert "not UTF-8 text" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("  \n"))
    assert main(["--data-dir", data, "check-text"]) == EXIT_FAILED
    assert capsys.readouterr().err == "factbot: the text is empty: paste a sentence, a paragraph or a draft\n"
    assert build_parser().parse_args(["check-text"]).file == "-"


def test_ask_on_an_empty_index_says_what_to_do(
    tmp_path: Path, embedder: object, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "nothing"
    assert main(["--data-dir", str(data), "ask", BUDGET]) == EXIT_FAILED
    assert capsys.readouterr().err == f"factbot: nothing indexed at {data}; run `factbot ingest PATH` first\n"
    assert not data.exists()  # a read never creates the data dir


def test_demo_ingests_and_answers_one_question(
    tmp_path: Path, embedder: object, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, _ = write_harbour(tmp_path)
    argv = ["--data-dir", str(tmp_path / "index"), "demo", "--seeds", str(corpus), "--", BUDGET]
    assert main(argv) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out.startswith(f"Q: {BUDGET}\n") and "[1] harbour.txt" in captured.out
    assert "index: 2 articles indexed" in captured.err


def test_eval_reuses_the_index_ingest_built(
    harbour: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, corpus, gold = harbour
    out = tmp_path / "report.json"
    argv = ["--data-dir", str(data), "eval", "--gold", str(gold), "--corpus", str(corpus), "--json", str(out)]
    assert main(argv) == EXIT_OK
    captured = capsys.readouterr()
    assert f"index {data}: 0 articles new or changed, 2 unchanged" in captured.err
    assert "answer_accuracy" in captured.out and f"wrote {out}" in captured.err
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["ingest"]["articles"] == 0 and report["n_questions"] == report["n_claims"] == 1


def test_eval_refuses_held_out_ramdocs_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ramdocs = tmp_path / "r.jsonl"
    ramdocs.write_text("{}\n", encoding="utf-8")
    assert main(["eval", "--ramdocs", str(ramdocs), "--ramdocs-lines", "95-105"]) == EXIT_FAILED
    assert "lines 101-450 are held out" in capsys.readouterr().err
    assert main(["eval", "--ramdocs-lines", "1-10"]) == EXIT_USAGE
    assert "--ramdocs-lines needs --ramdocs FILE" in capsys.readouterr().err


def test_eval_flags_parse() -> None:
    args = build_parser().parse_args(["eval", "--gold", "g.jsonl", "--baseline", "--md", "r.md"])
    assert (args.gold, args.baseline, args.md, args.corpus, args.limit, args.ramdocs_lines) == (
        "g.jsonl",
        True,
        "r.md",
        None,
        None,
        None,
    )
    assert callable(args.func)
