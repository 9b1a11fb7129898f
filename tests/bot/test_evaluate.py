"""Scoring rules on hand-made answers (fast), and the regression gate on the real gold set (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import build_parser, main
from bot.evaluate import (
    BARS,
    GOLD_KEYS,
    RAMDOCS_KEYS,
    GoldEvaluator,
    ItemResult,
    evaluate_gold,
    load_ramdocs,
    macro_f1,
    markdown,
    mentions,
    metrics,
    normalise_answer,
    plot,
    quote_spans,
    score_claim,
    score_question,
    score_ramdocs,
    summary_text,
)
from bot.gold import GoldClaim, GoldDisagreement, GoldQuestion, Quote, Variant, load_gold
from bot.types import NOT_IN_SOURCES, Answer, Citation, Disagreement, Label, Passage, Status, Verdict
from bot.types import Variant as AnswerVariant
from index.embed import Embedder
from index.settings import Settings
from tests.conftest import ROOT, SEEDS, SHARED

GOLD = ROOT / "gold" / "seeds.jsonl"
RAMDOCS = SHARED / "corpora" / "ramdocs" / "RAMDocs_test.jsonl"

REGRESSION_FLOORS: dict[str, float] = {
    "answer_accuracy": 0.90,
    "abstention_accuracy": 0.95,
    "citation_precision": 0.90,
    "citation_recall": 0.85,
    "disagreement_precision": 0.95,
    "disagreement_recall": 0.80,
    "verdict_accuracy": 0.80,
    "verdict_macro_f1": 0.85,
    "retrieval_recall_at_5": 0.90,
}
"""Measured on gold/seeds.jsonl (2026-11-23, second session: 0.930, 1.000, 0.913, 0.877, 1.000, 0.833, 0.838,
0.860, 0.903), each rounded down to 0.05 and never below the answers issue's bar (``bot.evaluate.BARS``), so
the gate asserts the bars. Floors only ever ratchet up: raise one whenever answering improves, never lower
one to pass."""


def test_regression_floors_are_at_least_the_bars() -> None:
    assert all(REGRESSION_FLOORS[key] >= bar for key, bar in BARS.items())


DOC = "a.txt"
ARTICLE = "Intro. The US has 900 troops in Syria. Filler text here. The US has 900 troops in Syria."
TROOPS = "The US has 900 troops in Syria."
FIRST, SECOND = quote_spans(ARTICLE, TROOPS)


STRIKES = "Officials said a dozen strikes hit. Another said dozens."


def text_of(doc: str) -> str:
    return {DOC: ARTICLE, "b.txt": STRIKES}[doc]


def cite(start: int, end: int, doc: str = DOC, n: int = 1) -> Citation:
    return Citation(n, doc, start, end, text_of(doc)[start:end], 0.9)


def question(answer: str = "900", aliases: tuple[str, ...] = ("nine hundred",), **kw: object) -> GoldQuestion:
    fields: dict[str, object] = {
        "question": "How many US troops are in Syria?",
        "answer": answer,
        "answer_aliases": list(aliases),
        "supporting": [Quote(DOC, TROOPS)] if answer != "not in sources" else [],
    }
    fields.update(kw)
    return GoldQuestion(id="q", kind="question", **fields)  # type: ignore[arg-type]


def answered(text: str, citations: list[Citation], **kw: object) -> Answer:
    return Answer("q?", Status.ANSWERED, text, citations=citations, **kw)  # type: ignore[arg-type]


# --- normalisation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("U.S. troops", "us troops"),
        ("US\u00a0troops", "us troops"),
        ("“Reason to hope,”  he said", "reason to hope he said"),
        ("nine hundred", "900"),
        ("seventy-five targets", "75 targets"),
        ("two thousand five hundred and ten", "2510"),
        ("3,559 people", "3559 people"),
        ("1.5 million", "1.5 million"),
        ("a dozen", "a dozen"),
    ],
)
def test_normalise_answer(raw: str, expected: str) -> None:
    assert normalise_answer(raw) == expected


def test_mentions_is_containment_on_word_boundaries() -> None:
    assert mentions("nine hundred", "There are 900 troops.")
    assert mentions("U.S. forces", "us forces struck")
    assert not mentions("900", "in 1900")
    assert not mentions("12", "a dozen strikes")
    assert not mentions("", "anything")


def test_quote_spans_finds_every_occurrence() -> None:
    assert ARTICLE[FIRST[0] : FIRST[1]] == TROOPS == ARTICLE[SECOND[0] : SECOND[1]]
    assert FIRST != SECOND
    assert quote_spans(ARTICLE, "absent") == []


# --- one question ------------------------------------------------------------------------


def test_correct_answer_with_an_exact_citation() -> None:
    result = score_question(question(), answered("900", [cite(*FIRST)]), text_of)
    assert result.correct and result.problems == [f"gold quote not in the top 5 passages: {DOC}"]
    assert (result.citations, result.citations_on_gold, result.docs_cited_share) == (1, 1, 1.0)


def test_alias_and_second_occurrence_and_partial_overlap_count() -> None:
    ans = answered("nine hundred", [cite(SECOND[0] + 4, SECOND[1] + 2), cite(0, 6, n=2)])
    ans.passages = [Passage(DOC, SECOND[0] - 3, SECOND[0] + 5, "x", 0.5)]
    result = score_question(question(aliases=("nine hundred",)), ans, text_of)
    assert result.correct
    assert (result.citations, result.citations_on_gold) == (2, 1)
    assert result.problems == [f"citation off the gold quotes: {DOC}[0:6]"]
    assert (result.quotes, result.quotes_in_top5) == (1, 1)


def test_wrong_value_and_missing_citation() -> None:
    result = score_question(question(), answered("2,000", []), text_of)
    assert not result.correct
    assert result.problems[:2] == ["wrong value: got '2,000', expected '900'", f"missing citation to {DOC}"]
    assert result.docs_cited_share == 0.0


def test_abstention_is_right_only_when_nothing_answers() -> None:
    nothing = Answer("q?", Status.NOT_IN_SOURCES, NOT_IN_SOURCES)
    unanswerable = question("not in sources", ())
    assert score_question(unanswerable, nothing, text_of).correct
    wrong = score_question(unanswerable, answered("900", []), text_of)
    assert not wrong.correct and wrong.problems == ["should have abstained (answered '900')"]
    missed = score_question(question(), nothing, text_of)
    assert not missed.correct and missed.problems[0] == "abstained; expected '900'"


def test_disagreement_value_in_a_variant_and_variant_citations_scored() -> None:
    gold = question(
        "a dozen",
        ("dozens",),
        question="How many strikes?",
        supporting=[Quote("b.txt", "a dozen strikes"), Quote("b.txt", "dozens")],
        disagreement=GoldDisagreement(
            "", [Variant("b.txt", "a dozen strikes", "a dozen"), Variant("b.txt", "dozens", "dozens")]
        ),
    )
    (dozen_span,), (dozens_span,) = quote_spans(STRIKES, "a dozen strikes"), quote_spans(STRIKES, "dozens")
    dozen, dozens = cite(*dozen_span, "b.txt"), cite(*dozens_span, "b.txt", n=2)
    variants = [AnswerVariant("a dozen", [dozen]), AnswerVariant("dozens", [dozens])]
    ans = answered(
        "The sources differ", [dozen, dozens], disagreements=[Disagreement("strikes", "", variants)]
    )
    result = score_question(gold, ans, text_of)
    assert result.correct and result.flagged and result.gold_disagreement
    assert (result.citations, result.citations_on_gold) == (2, 2)
    missed = score_question(gold, answered("a dozen", [dozen]), text_of)
    assert "missed disagreement" in missed.problems
    false = score_question(question(), ans, text_of)
    assert "false disagreement: a dozen vs dozens" in false.problems


def test_claim_verdicts() -> None:
    claim = GoldClaim(id="c", kind="claim", claim="x", verdict="refuted")
    assert score_claim(claim, Verdict("x", Label.REFUTED)).correct
    wrong = score_claim(claim, Verdict("x", Label.SUPPORTED))
    assert wrong.problems == ["wrong verdict: got supported, expected refuted"]


# --- aggregation -------------------------------------------------------------------------


def test_macro_f1_on_a_known_confusion() -> None:
    gold = ["supported", "supported", "refuted", "refuted", "not_enough_info"]
    pred = ["supported", "refuted", "refuted", "refuted", "supported"]
    # supported: tp1 fp1 fn1 -> 0.5; refuted: tp2 fp1 fn0 -> 0.8; nei: tp0 -> 0.0
    assert macro_f1(gold, pred) == pytest.approx((0.5 + 0.8 + 0.0) / 3)
    assert macro_f1(gold, gold) == 1.0


def test_metrics_pool_citations_and_average_doc_recall() -> None:
    def q(correct: bool, cites: int, ok: int, share: float, flagged: bool, gold: bool) -> ItemResult:
        return ItemResult("q", "question", "", "", "", correct, 10.0, answerable=True, citations=cites,
                          citations_on_gold=ok, docs_cited_share=share, flagged=flagged,
                          gold_disagreement=gold, quotes=2, quotes_in_top5=1)  # fmt: skip

    results = [
        q(True, 3, 3, 1.0, True, True),
        q(False, 1, 0, 0.0, True, False),
        q(True, 0, 0, 0.5, False, True),
    ]
    results.append(ItemResult("u", "question", "", "", "", True, 30.0, abstained=True))
    results.append(
        ItemResult("c", "claim", "", "", "", True, 20.0, verdict="refuted", gold_verdict="refuted")
    )
    m = metrics(results)
    assert set(GOLD_KEYS) <= set(m)
    assert (m["n_questions"], m["n_claims"]) == (4, 1)
    assert m["answer_accuracy"] == pytest.approx(2 / 3)
    assert m["abstention_accuracy"] == 1.0
    assert m["citation_precision"] == pytest.approx(3 / 4)
    assert m["citation_recall"] == pytest.approx(1.5 / 3)
    assert m["disagreement_precision"] == 0.5 and m["disagreement_recall"] == 0.5
    assert m["verdict_accuracy"] == 1.0 and m["verdict_macro_f1"] == 1.0
    assert m["retrieval_recall_at_5"] == 0.5
    assert m["latency_p50_ms"] == 10.0


class FakeSystem:
    """Always 900 and always refuted: enough to run the evaluator without a model."""

    def ask(self, question: str) -> Answer:
        return answered("900", [cite(*FIRST)], passages=[Passage(DOC, *FIRST, TROOPS, 0.8)])

    def check(self, claim: str) -> Verdict:
        return Verdict(claim, Label.REFUTED)


def test_evaluator_reports_every_gold_format_key_and_items(tmp_path: Path) -> None:
    items = [
        question(),
        question("not in sources", ()),
        GoldClaim(id="c", kind="claim", claim="x", verdict="refuted"),
    ]
    report = GoldEvaluator(items, text_of)(FakeSystem())
    assert set(GOLD_KEYS) <= set(report)
    assert all(isinstance(report[k], int | float) for k in GOLD_KEYS)
    assert report["answer_accuracy"] == 1.0 and report["abstention_accuracy"] == 0.0
    assert [i["correct"] for i in report["items"]] == [True, False, True]
    assert report["items"][1]["problems"] == ["should have abstained (answered '900')"]
    report["baseline"] = dict(report)
    assert "Problems by kind: should have abstained 1." in markdown(report)
    assert "answer_accuracy" in summary_text(report)
    plot(report, tmp_path / "m.png")
    assert (tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"


# --- RAMDocs -----------------------------------------------------------------------------


def test_ramdocs_reader_never_goes_past_line_100(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    lines = [json.dumps({"question": f"q{n}", "documents": []}) for n in range(1, 101)]
    path.write_text("\n".join([*lines, "not json: held out"]) + "\n")
    assert len(load_ramdocs(path, limit=500)) == 100
    assert [r["line"] for r in load_ramdocs(path, limit=3)] == [1, 2, 3]


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


def test_eval_command_is_registered() -> None:
    args = build_parser().parse_args(["eval", "--gold", "g.jsonl", "--baseline", "--md", "r.md"])
    assert (args.gold, args.baseline, args.md, args.corpus, args.limit) == (
        "g.jsonl",
        True,
        "r.md",
        None,
        None,
    )
    assert callable(args.func)


# --- the real thing ----------------------------------------------------------------------


@pytest.mark.slow
def test_gold_eval_regression_gate(tmp_path: Path, embedder: Embedder) -> None:
    """A change that breaks answering fails here; the gap to the issue's bars is printed."""
    settings = Settings.from_env(env={}, data_dir=tmp_path / "eval", collection_prefix="eval")
    report = evaluate_gold(GOLD, settings, [SEEDS], embedder, baseline=True)
    assert set(GOLD_KEYS) <= set(report) and set(GOLD_KEYS) <= set(report["baseline"])
    assert report["n_questions"] + report["n_claims"] == len(report["items"]) == len(load_gold(GOLD))
    for key, floor in REGRESSION_FLOORS.items():
        bar = f"  bar {BARS[key]:.2f}" if key in BARS else ""
        print(f"{key:24} {report[key]:.4f}  floor {floor:.2f}{bar}")
    below = {k: round(report[k], 3) for k, floor in REGRESSION_FLOORS.items() if report[k] < floor}
    assert not below, f"below the regression floors {REGRESSION_FLOORS}: {below}"
    assert report["abstention_accuracy"] > report["baseline"]["abstention_accuracy"]


@pytest.mark.slow
def test_ramdocs_eval_command_writes_every_report(tmp_path: Path, embedder: Embedder) -> None:
    out, md, png = tmp_path / "r.json", tmp_path / "r.md", tmp_path / "r.png"
    argv = ["eval", "--ramdocs", str(RAMDOCS), "--limit", "3", "--json", str(out), "--md", str(md)]
    assert main([*argv, "--plot", str(png)]) == 0
    report = json.loads(out.read_text())
    assert report["ramdocs_n"] == 3 and len(report["ramdocs_items"]) == 3
    for key in RAMDOCS_KEYS:
        if not key.endswith(("_n", "_ms")):
            assert 0.0 <= report[key] <= 1.0, key
    assert "ramdocs_exact" in md.read_text() and png.stat().st_size > 0
