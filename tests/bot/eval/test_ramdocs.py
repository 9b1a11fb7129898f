"""RAMDocs: only the development lines are ever read; each split is scored and reported apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.eval.ramdocs import (
    DEV_SPLITS,
    RAMDOCS_KEYS,
    HeldOutLinesError,
    line_ranges,
    load_ramdocs,
    parse_lines,
    score_ramdocs,
    select,
    split_keys,
    split_metrics,
)
from bot.types import Disagreement, EntityAnswer
from bot.types import Variant as AnswerVariant
from index.errors import FactbotError
from tests.bot.eval.samples import answered

DEV = [*range(1, 101), *range(451, 501)]


def test_the_default_lines_are_both_development_splits() -> None:
    assert parse_lines("1-100,451-500") == DEV
    assert parse_lines(" 451-453, 7 ") == [7, 451, 452, 453]
    assert DEV_SPLITS == {"ramdocs": (1, 100), "ramdocs_451_500": (451, 500)}
    assert (
        RAMDOCS_KEYS[0] == "ramdocs_n"
        and split_keys("ramdocs_451_500")[-1] == "ramdocs_451_500_latency_p50_ms"
    )


@pytest.mark.parametrize("spec", ["1-101", "101", "300-310", "450-451", "440-460", "501", "1-500"])
def test_held_out_lines_are_refused(spec: str) -> None:
    with pytest.raises(HeldOutLinesError, match="101-450 are held out"):
        parse_lines(spec)


@pytest.mark.parametrize("spec", ["a-b", "5-3", "0-2", ""])
def test_a_malformed_selection_says_what_is_wrong(spec: str) -> None:
    with pytest.raises(FactbotError, match="--ramdocs-lines"):
        parse_lines(spec)


def test_limit_takes_the_first_lines_of_each_split() -> None:
    assert select(None, 3) == {"ramdocs": [1, 2, 3], "ramdocs_451_500": [451, 452, 453]}
    assert select([5, 460, 470], 1) == {"ramdocs": [5], "ramdocs_451_500": [460]}
    assert select([460]) == {"ramdocs_451_500": [460]}
    with pytest.raises(HeldOutLinesError):
        select([100, 101])


def _ramdocs_file(tmp_path: Path) -> Path:
    """A 500-line file whose held-out lines are not even JSON: parsing one would fail."""
    lines = [
        json.dumps({"question": f"q{n}", "documents": []}) if n in DEV else "HELD OUT {never parse me"
        for n in range(1, 501)
    ]
    path = tmp_path / "ramdocs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_reader_never_parses_a_held_out_line(tmp_path: Path) -> None:
    path = _ramdocs_file(tmp_path)
    records = load_ramdocs(path)
    assert [r["line"] for r in records] == DEV
    assert [r["question"] for r in records[:2]] == ["q1", "q2"]
    assert [r["line"] for r in load_ramdocs(path, limit=2)] == [1, 2, 451, 452]
    assert [r["line"] for r in load_ramdocs(path, [3, 499])] == [3, 499]


def test_asking_for_a_held_out_line_fails_before_the_file_is_opened(tmp_path: Path) -> None:
    with pytest.raises(HeldOutLinesError):
        load_ramdocs(tmp_path / "does-not-exist.jsonl", [250])
    with pytest.raises(FactbotError, match="cannot read RAMDocs"):
        load_ramdocs(tmp_path / "does-not-exist.jsonl", [1])


def test_line_ranges_name_the_lines_compactly() -> None:
    assert line_ranges([451, 1, 2, 3, 7, 452]) == "1-3,7,451-452"
    assert line_ranges([]) == ""


def test_split_metrics_are_keyed_by_split() -> None:
    rows = [
        {"line": 451, "gold_recall": True, "wrong_as_answer": False, "exact": True, "misinfo": True,
         "flagged": True, "abstained": False},
        {"line": 452, "gold_recall": False, "wrong_as_answer": True, "exact": False, "misinfo": False,
         "flagged": True, "abstained": False},
    ]  # fmt: skip
    out = split_metrics("ramdocs_451_500", rows, [10.0, 30.0])
    assert set(split_keys("ramdocs_451_500")) < set(out)
    assert out["ramdocs_451_500_n"] == 2 and out["ramdocs_451_500_exact"] == 0.5
    assert out["ramdocs_451_500_disagreement_recall"] == 1.0
    assert out["ramdocs_451_500_false_disagreement"] == 1.0
    assert out["ramdocs_451_500_latency_p50_ms"] == 20.0
    assert out["ramdocs_451_500_lines"] == "451-452" and out["ramdocs_451_500_items"] == rows


def test_ramdocs_scoring() -> None:
    record = {
        "gold_answers": ["3,559 people"],
        "wrong_answers": ["10,000 people"],
        "documents": [{"type": "correct"}, {"type": "misinfo"}],
    }
    right = score_ramdocs(record, answered("3559 people", []))
    assert right["gold_recall"] and right["exact"] and not right["flagged"]
    assert right["problems"] == ["missed disagreement (misinfo documents present)"]
    wrong = score_ramdocs(record, answered("10,000 people", []))
    assert wrong["wrong_as_answer"] and not wrong["exact"]
    variants = [AnswerVariant("3,559 people", []), AnswerVariant("10,000 people", [])]
    noted = answered("10,000 people", [], disagreements=[Disagreement("population", "", variants)])
    flagged = score_ramdocs(record, noted)
    assert flagged["exact"] and flagged["flagged"] and flagged["problems"] == []


def test_each_entity_s_value_counts_for_gold_recall_and_is_no_disagreement() -> None:
    record = {
        "question": "Who directed Harbour Lights?",
        "gold_answers": ["Anna Kessler", "Paul Rainer"],
        "wrong_answers": ["Tom Quill"],
        "documents": [{"type": "correct"}, {"type": "correct"}],
    }
    two = [
        EntityAnswer("Harbour Lights (1961 film)", "Anna Kessler", []),
        EntityAnswer("Harbour Lights (1994 film)", "Paul Rainer", []),
    ]
    row = score_ramdocs(record, answered("2 different things are called Harbour Lights.", [], entities=two))
    assert row["gold_recall"] and row["exact"] and not row["flagged"] and row["problems"] == []
    assert row["entities"] == [
        "Harbour Lights (1961 film): Anna Kessler",
        "Harbour Lights (1994 film): Paul Rainer",
    ]
    one = score_ramdocs(record, answered("Anna Kessler", []))
    assert not one["gold_recall"] and one["problems"] == ["missed gold answer 'Paul Rainer'"]
