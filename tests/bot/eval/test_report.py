"""Reports: the console table, markdown with every failing item, the plot, the files written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.eval.gold import GoldClaim
from bot.eval.ramdocs import split_metrics
from bot.eval.report import command_line, markdown, plot, problem_kinds, summary_text, write_reports
from bot.eval.runner import GoldEvaluator
from bot.eval.scoring import GOLD_KEYS
from tests.bot.eval.samples import FakeSystem, FakeTextSystem, question, text_item, text_of


def gold_report() -> dict[str, Any]:
    items = [
        question(),
        question("not in sources", ()),
        GoldClaim(id="c", kind="claim", claim="x", verdict="refuted"),
    ]
    report = GoldEvaluator(items, text_of)(FakeSystem())
    report |= {"gold": "gold/x.jsonl", "corpus": ["seeds"], "baseline": dict(report)}
    return report


def text_report() -> dict[str, Any]:
    return GoldEvaluator([question(), text_item()], text_of)(FakeTextSystem())


def test_text_items_are_in_the_summary_and_every_gold_claim_in_the_markdown() -> None:
    rows = {
        line.split()[0]: line.split()[1:] for line in summary_text(text_report()).splitlines()[1:] if line
    }
    assert rows["text_claim_recall"] == ["0.500", "-"] and rows["n_text_claims"] == ["2", "-"]
    assert rows["text_single_verdict_accuracy"][:2] == ["0.500", "-"]
    md = markdown(text_report())
    assert "| t | text | 2 claims | 1 found, 1 right, 1 produced | claim not found: 'hit 75 targets' |" in md
    assert "| t | The US has 900 troops in Syria | refuted | refuted | refuted |" in md
    assert "| t | hit 75 targets | supported | not found ✗ | refuted |" in md


def ramdocs_report() -> dict[str, Any]:
    def row(line: int, problems: list[str]) -> dict[str, Any]:
        return {"line": line, "question": f"q{line}?", "gold_answers": ["a"], "wrong_answers": [], "got": "b",
                "variants": [], "gold_recall": not problems, "wrong_as_answer": False, "exact": not problems,
                "misinfo": False, "flagged": False, "abstained": False, "problems": problems}  # fmt: skip

    report: dict[str, Any] = {"ramdocs": "r.jsonl"}
    report |= split_metrics("ramdocs", [row(1, []), row(2, ["missed gold answer 'a'"])], [5.0, 7.0])
    report |= split_metrics("ramdocs_451_500", [row(451, ["abstained"])], [9.0])
    return report


def test_summary_text_puts_factbot_beside_the_baseline_and_the_bar() -> None:
    text = summary_text(gold_report())
    header, *rows = text.splitlines()
    assert header.split() == ["metric", "factbot", "baseline", "bar"]
    assert any(r.split()[:3] == ["answer_accuracy", "1.000", "1.000"] for r in rows)
    assert any(r.split()[:3] == ["abstention_accuracy", "0.000", "0.000"] and "(below)" in r for r in rows)
    assert text.endswith("1 of 3 items have problems (see --md for the table)")


def test_summary_text_lists_each_ramdocs_split() -> None:
    rows = {line.split()[0]: line.split()[1:] for line in summary_text(ramdocs_report()).splitlines()[1:]}
    assert rows["ramdocs_n"] == ["2", "-"] and rows["ramdocs_451_500_n"] == ["1", "-"]
    assert rows["ramdocs_exact"] == ["0.500", "-"]
    assert rows["ramdocs_451_500_abstained"] == ["0.000", "-", "lower", "is", "better"]


def test_the_ramdocs_baseline_stands_beside_factbot_in_the_table_and_the_plot(tmp_path: Path) -> None:
    report = ramdocs_report()
    base_row = {"line": 1, "gold_recall": False, "wrong_as_answer": True, "exact": False, "misinfo": True,
                "flagged": False, "abstained": False}  # fmt: skip
    report["baseline"] = split_metrics("ramdocs", [base_row], [3.0])
    rows = {line.split()[0]: line.split()[1:] for line in summary_text(report).splitlines()[1:]}
    assert rows["ramdocs_exact"] == ["0.500", "0.000"]
    assert rows["ramdocs_wrong_as_answer"][:2] == ["0.000", "1.000"]
    assert rows["ramdocs_451_500_exact"] == ["0.000", "-"]
    assert "| ramdocs_exact | 0.500 | 0.000 |  |" in markdown(report)
    plot(report, tmp_path / "r.png")
    assert (tmp_path / "r.png").stat().st_size > 0


def test_markdown_lists_every_failing_item_by_kind() -> None:
    md = markdown(gold_report(), plot="m.png", command="factbot eval --md m.md")
    assert "by `factbot eval --md m.md`" in md and "Gold set `gold/x.jsonl` over `seeds`." in md
    assert "Problems by kind: should have abstained 1." in md
    assert "| q | question | not in sources | 900 | should have abstained (answered '900') |" in md
    assert "![metrics side by side](m.png)" in md and "Baseline: a LangChain quick-start" in md


def test_markdown_names_the_ramdocs_lines_of_each_split() -> None:
    md = markdown(ramdocs_report())
    assert "RAMDocs `r.jsonl`, lines 1-2 and 451 (development splits only)." in md
    assert "## What went wrong: RAMDocs lines 1-2 (1 of 2 questions)" in md
    assert "## What went wrong: RAMDocs lines 451 (1 of 1 questions)" in md
    assert "| 2 | q2? | a | b | missed gold answer 'a' |" in md


def test_a_report_from_before_the_splits_still_renders() -> None:
    old = {
        k: v for k, v in ramdocs_report().items() if not k.startswith("ramdocs_451") and k != "ramdocs_lines"
    }
    assert "lines 1-2 (development splits only)" in markdown(old)


def test_problem_kinds_group_problems_by_their_opening_words() -> None:
    items = [{"problems": ["wrong value: got 'x'", "missing citation to a.txt"]}, {"problems": ["odd one"]}]
    assert problem_kinds(items) == {"wrong value": 1, "missing citation": 1, "odd one": 1}


def test_write_reports_writes_json_plot_and_markdown_linking_the_plot(tmp_path: Path) -> None:
    report = gold_report() | ramdocs_report()
    out = tmp_path / "deep" / "r.json"
    md, png = tmp_path / "deep" / "r.md", tmp_path / "deep" / "r.png"
    written = write_reports(report, str(out), str(md), str(png))
    assert written == [str(out), str(png), str(md)]
    assert set(GOLD_KEYS) <= set(json.loads(out.read_text(encoding="utf-8")))
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert "![metrics side by side](r.png)" in md.read_text(encoding="utf-8")


def test_plot_of_ramdocs_alone(tmp_path: Path) -> None:
    plot(ramdocs_report(), tmp_path / "r.png")
    assert (tmp_path / "r.png").stat().st_size > 1000


def test_command_line_only_for_the_eval_command() -> None:
    assert command_line(["eval", "--gold", "g.jsonl"]) == "factbot eval --gold g.jsonl"
    assert command_line(["-m", "pytest"]) == ""
