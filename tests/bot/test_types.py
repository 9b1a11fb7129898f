"""``bot/types.py``: the JSON every surface shows (``to_dict``), built from hand-made results."""

from __future__ import annotations

import json

from bot.types import (
    NOT_CHECKWORTHY,
    NOT_IN_SOURCES,
    SUMMARY_KEYS,
    Answer,
    Citation,
    Disagreement,
    Evidence,
    Label,
    Passage,
    Stance,
    Status,
    TextClaim,
    TextReport,
    Variant,
    Verdict,
)

TEXT = "Workers rebuilt 14 cranes. Was it worth it?"
CITE = Citation(1, "port.txt", 10, 36, "Workers rebuilt 14 cranes.", 0.8123, "Velmar Daily", "Port reopens")
DOZEN = Citation(2, "coast.txt", 5, 40, "Workers rebuilt a dozen cranes.", 0.7, title="Cranes back")
SUPPORTS = Evidence(
    "port.txt", 10, 36, "Workers rebuilt 14 cranes.", Stance.SUPPORTS, 0.9, reason="same count"
)


def round_trip(value: dict) -> dict:  # type: ignore[type-arg]
    """What a JSON client receives: enums become their strings, nothing is lost."""
    return json.loads(json.dumps(value))  # type: ignore[no-any-return]


def test_a_citation_is_its_exact_span_with_outlet_and_title() -> None:
    """Every field a reader needs to find and verify the quote (other fields may be added)."""
    expected = {
        "id": 1,
        "doc": "port.txt",
        "start": 10,
        "end": 36,
        "quote": "Workers rebuilt 14 cranes.",
        "score": 0.8123,
        "outlet": "Velmar Daily",
        "title": "Port reopens",
    }
    assert round_trip(CITE.to_dict()).items() >= expected.items()


def test_an_answer_lists_citations_disagreements_and_passages_as_objects() -> None:
    """Evidence is in fields (each value with its citations), never pasted into the prose."""
    answer = Answer(
        "How many cranes?",
        Status.ANSWERED,
        "The sources differ: 14 vs a dozen",
        citations=[CITE, DOZEN],
        disagreements=[
            Disagreement("cranes", "two counts", [Variant("14", [CITE]), Variant("a dozen", [DOZEN])])
        ],
        passages=[Passage("port.txt", 0, 36, "Port reopens. Workers rebuilt 14 cranes.", 0.5)],
    )
    out = round_trip(answer.to_dict())
    assert out["status"] == "answered" and out["answer"] == "The sources differ: 14 vs a dozen"
    assert out["mode"] == "extractive" and out["single_source"] is False and out["note"] == ""
    assert [c["doc"] for c in out["citations"]] == ["port.txt", "coast.txt"]
    (dis,) = out["disagreements"]
    assert (dis["about"], dis["note"]) == ("cranes", "two counts")
    assert [(v["value"], [c["id"] for c in v["citations"]]) for v in dis["variants"]] == [
        ("14", [1]),
        ("a dozen", [2]),
    ]
    assert (
        out["passages"][0]["text"] == "Port reopens. Workers rebuilt 14 cranes."
        and "[1]" not in out["answer"]
    )


def test_removed_sentences_and_a_verdict_appear_only_when_there_are_some() -> None:
    """An extractive answer has no ``removed``/``verdict`` keys; an LLM answer lists what the
    checker removed, and a claim routed to ``check`` carries its verdict."""
    plain = Answer("Q?", Status.NOT_IN_SOURCES, NOT_IN_SOURCES).to_dict()
    assert "removed" not in plain and "verdict" not in plain and plain["status"] == "not_in_sources"
    dropped = {"sentence": "It was 5,000.", "reason": "no cited passage gives 5,000"}
    verdict = Verdict("Workers rebuilt 14 cranes.", Label.SUPPORTED, [SUPPORTS], "one source")
    full = round_trip(
        Answer("Q?", Status.ANSWERED, "14", removed=[dropped], mode="llm", verdict=verdict).to_dict()
    )
    assert full["removed"] == [dropped] and full["mode"] == "llm"
    assert full["verdict"]["verdict"] == "supported"


def test_a_verdict_gives_its_label_and_each_sources_stance_as_strings() -> None:
    out = round_trip(
        Verdict("Workers rebuilt 14 cranes.", Label.SUPPORTED, [SUPPORTS], "one source").to_dict()
    )
    assert (
        out["claim"] == "Workers rebuilt 14 cranes."
        and out["verdict"] == "supported"
        and out["note"] == "one source"
    )
    (ev,) = out["evidence"]
    assert ev["stance"] == "supports" and ev["reason"] == "same count"
    assert (ev["doc"], ev["start"], ev["end"], ev["quote"]) == (
        "port.txt",
        10,
        36,
        "Workers rebuilt 14 cranes.",
    )


def test_a_text_report_gives_every_claim_its_span_verdict_and_a_summary() -> None:
    """A judged claim shows its verdict and evidence; one not check-worthy shows ``null`` and
    its reason as the note; the summary counts every label, zeros included."""
    judged = TextClaim(
        "Workers rebuilt 14 cranes.",
        0,
        26,
        verdict=Verdict("Workers rebuilt 14 cranes.", Label.SUPPORTED, [SUPPORTS], "one source"),
        spans=[(0, 26)],
    )
    question = TextClaim("Was it worth it?", 27, 43, checkworthy=False, reason="a question, not a claim")
    report = TextReport(TEXT, [judged, question])
    out = round_trip(report.to_dict())
    assert out["text"] == TEXT
    first, second = out["claims"]
    assert (first["claim"], first["start"], first["end"], first["spans"]) == (
        "Workers rebuilt 14 cranes.",
        0,
        26,
        [[0, 26]],
    )
    assert (
        first["verdict"] == "supported"
        and first["checkworthy"] is True
        and first["evidence"][0]["stance"] == "supports"
    )
    assert second["verdict"] is None and second["checkworthy"] is False and second["evidence"] == []
    assert second["note"] == second["reason"] == "a question, not a claim"
    assert list(out["summary"]) == list(SUMMARY_KEYS)
    assert out["summary"] == {
        "supported": 1,
        "refuted": 0,
        "conflicting": 0,
        "not_enough_info": 0,
        NOT_CHECKWORTHY: 1,
    }
    assert [c.label for c in report.claims] == ["supported", NOT_CHECKWORTHY]


def test_an_answers_text_is_its_answer() -> None:
    """``Answer.text`` is the same string as ``answer`` (what a chat surface prints)."""
    assert Answer("Q?", Status.ANSWERED, "14").text == "14"
