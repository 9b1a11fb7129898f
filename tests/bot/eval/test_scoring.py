"""Scoring rules of docs/gold-format.md on hand-made answers, verdicts and item results."""

from __future__ import annotations

import pytest

from bot.eval.gold import GoldClaim, GoldDisagreement, Quote, Variant
from bot.eval.scoring import (
    GOLD_KEYS,
    ItemResult,
    failed_item,
    macro_f1,
    mentions,
    metrics,
    normalise_answer,
    quote_spans,
    ratio,
    score_claim,
    score_question,
)
from bot.types import NOT_IN_SOURCES, Answer, Disagreement, Label, Passage, Status, Verdict
from bot.types import Variant as AnswerVariant
from index.errors import FactbotError
from tests.bot.eval.samples import (
    ARTICLE,
    DOC,
    FIRST,
    SECOND,
    STRIKES,
    TROOPS,
    answered,
    cite,
    question,
    text_of,
)

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
        ("Zoltán Kovács", "zoltan kovacs"),
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


def test_an_article_that_is_not_indexed_scores_as_empty_text() -> None:
    def missing(doc: str) -> str:
        raise FactbotError(f"article {doc!r} is not in the index")

    result = score_question(question(), answered("900", [cite(*FIRST)]), missing)
    assert result.correct and result.citations_on_gold == 0
    assert result.problems[0] == f"citation off the gold quotes: {DOC}[{FIRST[0]}:{FIRST[1]}]"


def test_a_failed_item_is_wrong_on_every_count() -> None:
    result = failed_item(question(), FactbotError("the store is gone"))
    assert not result.correct and result.problems == ["error: the store is gone"]
    assert (result.answerable, result.quotes) == (True, 1)
    claim = failed_item(GoldClaim(id="c", kind="claim", claim="x", verdict="refuted"), FactbotError("x"))
    assert claim.gold_verdict == "refuted" and claim.verdict == ""


def test_ratio_says_what_an_empty_group_scores() -> None:
    assert ratio(1, 4) == 0.25
    assert ratio(0, 0) == 0.0 and ratio(0, 0, empty=1.0) == 1.0
