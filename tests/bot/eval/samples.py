"""Hand-made articles, gold items and answers shared by the eval unit tests."""

from __future__ import annotations

import json
from pathlib import Path

from bot.eval.gold import GoldQuestion, GoldText, Quote
from bot.eval.scoring import quote_spans
from bot.types import Answer, Citation, Label, Passage, Status, TextClaim, TextReport, Verdict

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


class FakeSystem:
    """Always 900 and always refuted: enough to run the evaluator without a model."""

    def ask(self, question: str) -> Answer:
        return answered("900", [cite(*FIRST)], passages=[Passage(DOC, *FIRST, TROOPS, 0.8)])

    def check(self, claim: str) -> Verdict:
        return Verdict(claim, Label.REFUTED)


DRAFT = "The US has 900 troops in Syria and hit 75 targets. What a week!"


def text_item() -> GoldText:
    claims = [
        {"quote": "The US has 900 troops in Syria", "verdict": "refuted"},
        {"quote": "hit 75 targets", "verdict": "supported"},
    ]
    raw = {"id": "t", "kind": "text", "text": DRAFT, "claims": claims}
    return GoldText(id="t", kind="text", raw=raw, text=DRAFT, claims=claims)


class FakeTextSystem(FakeSystem):
    """``FakeSystem`` that also checks texts: one claim, the first sentence, refuted."""

    def check_text(self, text: str) -> TextReport:
        end = text.index(" and ")
        return TextReport(text, [TextClaim(text[:end], 0, end, verdict=Verdict(text[:end], Label.REFUTED))])


HARBOUR = {
    "harbour.txt": (
        "Harbour council approves budget\n\n"
        "The Harbour Town council approved a budget of 4 million dollars on Tuesday, the mayor said. "
        "The money will repair the old pier and two schools. Work is expected to start in the spring.\n"
    ),
    "gazette.txt": (
        "Pier repairs to begin\n\n"
        "The Harbour Town council approved a budget of 5 million dollars on Tuesday, the Gazette reported. "
        "Residents welcomed the plan to fix the pier before the summer season.\n"
    ),
}
"""Two short made-up reports of one event that disagree on the figure."""

HARBOUR_GOLD = [
    {
        "id": "q-budget",
        "kind": "question",
        "question": "How big is the budget the council approved?",
        "answer": "4 million dollars",
        "answer_aliases": ["5 million dollars"],
        "supporting": [
            {"doc": "harbour.txt", "quote": "approved a budget of 4 million dollars"},
            {"doc": "gazette.txt", "quote": "approved a budget of 5 million dollars"},
        ],
        "disagreement": {
            "note": "4 vs 5 million",
            "variants": [
                {
                    "doc": "harbour.txt",
                    "quote": "approved a budget of 4 million dollars",
                    "value": "4 million",
                },
                {
                    "doc": "gazette.txt",
                    "quote": "approved a budget of 5 million dollars",
                    "value": "5 million",
                },
            ],
        },
        "single_source": False,
    },
    {
        "id": "c-pier",
        "kind": "claim",
        "claim": "The money will repair the old pier.",
        "verdict": "supported",
        "evidence": [{"doc": "harbour.txt", "quote": "The money will repair the old pier and two schools."}],
        "note": "the first report says so",
    },
]


def write_harbour(folder: Path) -> tuple[Path, Path]:
    """The two harbour articles in ``folder/corpus`` and their gold set; (corpus, gold file)."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    for name, text in HARBOUR.items():
        (corpus / name).write_text(text, encoding="utf-8")
    gold = folder / "gold.jsonl"
    gold.write_text("".join(json.dumps(item) + "\n" for item in HARBOUR_GOLD), encoding="utf-8")
    return corpus, gold
