"""``scripts/ramdocs_fewer.py``: a three-answer question made a two-answer one."""

from __future__ import annotations

from scripts.ramdocs_fewer import fewer

RECORD = {
    "question": "When was Velm Hall built?",
    "gold_answers": ["1820", "1911", "1950"],
    "wrong_answers": ["1700"],
    "documents": [
        {"text": "Velm Hall (Tarn) was built in 1820.", "type": "correct", "answer": "1820"},
        {"text": "Velm Hall (Orsk) was built in 1911.", "type": "correct", "answer": "1911"},
        {"text": "Velm Hall (Dorn) was built in 1950.", "type": "correct", "answer": "1950"},
        {"text": "Velm Hall (Dorn) was built in 1700.", "type": "misinfo", "answer": "1700"},
        {"text": "Velm is a river.", "type": "noise", "answer": "unknown"},
    ],
}


def test_one_answer_leaves_with_its_documents_and_the_misinformation_written_from_them() -> None:
    smaller = fewer(RECORD, 2)
    assert smaller is not None
    assert smaller["gold_answers"] == ["1820", "1911"]
    assert [d["answer"] for d in smaller["documents"]] == ["1820", "1911", "unknown"]
    assert smaller["wrong_answers"] == ["1700"]
    assert len(RECORD["documents"]) == 5  # the record itself is left as it was


def test_misinformation_written_from_a_kept_document_stays() -> None:
    smaller = fewer(RECORD, 0)
    assert smaller is not None
    assert [d["answer"] for d in smaller["documents"]] == ["1911", "1950", "1700", "unknown"]


def test_no_such_answer_or_no_document_giving_it_makes_no_question() -> None:
    assert fewer(RECORD, 3) is None
    assert fewer(RECORD | {"gold_answers": ["1820", "1911", "1999"]}, 2) is None
