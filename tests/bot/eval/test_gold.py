"""The project gold set is usable as is, and the validator catches hand-editing mistakes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot.eval.gold import (
    VERDICTS,
    GoldClaim,
    GoldFormatError,
    GoldItem,
    GoldQuestion,
    GoldText,
    Quote,
    corpus_articles,
    load_gold,
    quote_span,
    quoted,
    quoted_items,
    shown_path,
    validate_gold,
)
from index.errors import FactbotError
from tests.conftest import ROOT, SEEDS, SHARED

GOLD = ROOT / "gold" / "seeds.jsonl"
DOC = "000_66cd316cc8c383c8.txt"
REAL_QUOTE = "The United States has 900 troops deployed in Syria"


@pytest.fixture(scope="module")
def gold() -> list[GoldItem]:
    return load_gold(GOLD)


def test_project_gold_set_validates(gold: list[GoldItem]) -> None:
    assert validate_gold(gold, SEEDS) == []
    assert validate_gold(gold, [SEEDS]) == []


def test_project_gold_set_has_the_required_mix(gold: list[GoldItem]) -> None:
    questions = [i for i in gold if isinstance(i, GoldQuestion)]
    claims = [i for i in gold if isinstance(i, GoldClaim)]
    texts = [i for i in gold if isinstance(i, GoldText)]
    assert len(gold) >= 60
    assert len(questions) + len(claims) + len(texts) == len(gold)
    assert len(texts) >= 12 and sum(len(t.claims) for t in texts) >= 50
    assert {c["verdict"] for t in texts for c in t.claims} == set(VERDICTS)
    assert sum(not q.answerable for q in questions) >= 8
    assert sum(q.disagreement is not None for q in questions) >= 5
    assert sum(q.single_source for q in questions) >= 8
    verdicts = Counter(c.verdict for c in claims)
    assert set(verdicts) == set(VERDICTS)
    assert min(verdicts.values()) >= 5


CORPORA = SHARED / "corpora"


@pytest.mark.parametrize(
    ("name", "corpus", "minimum"),
    [("fakes.jsonl", CORPORA / "fa-kes" / "articles", 80), ("bbc.jsonl", CORPORA / "bbc-news", 40)],
)
def test_development_gold_sets_validate_against_their_corpus(name: str, corpus: Path, minimum: int) -> None:
    """Every doc of the FA-KES and BBC sets is an article the loader reads and every quote is in it."""
    items = load_gold(ROOT / "gold" / name)
    assert len(items) >= minimum
    assert validate_gold(items, corpus) == []
    claims = [i for i in items if isinstance(i, GoldClaim)]
    assert {c.verdict for c in claims} == set(VERDICTS)
    if name == "fakes.jsonl":
        assert sum(isinstance(i, GoldText) for i in items) >= 5
    assert sum(not q.answerable for q in items if isinstance(q, GoldQuestion)) >= 5


@pytest.mark.parametrize(
    ("name", "corpus", "minimum"),
    [
        ("seeds-more.jsonl", SEEDS, 812),
        ("fakes-more.jsonl", CORPORA / "fa-kes" / "articles", 812),
        ("bbc-more.jsonl", CORPORA / "bbc-news", 790),
    ],
)
def test_the_second_sets_validate(name: str, corpus: Path, minimum: int) -> None:
    """Sets whose first runs measured generalisation before a session developed on them (the
    sixth session's 20 seeds and FA-KES items, then each later session's unseen sets), kept apart
    from the gated sets: the gate's floors are the first sets'."""
    items = load_gold(ROOT / "gold" / name)
    assert len(items) >= minimum
    assert validate_gold(items, corpus) == []


def test_ids_are_unique_across_gold_sets() -> None:
    ids = [i.id for path in sorted((ROOT / "gold").glob("*.jsonl")) for i in load_gold(path)]
    assert len(ids) == len(set(ids))


def test_quote_span_points_at_the_quote() -> None:
    start, end = quote_span(SEEDS, DOC, REAL_QUOTE)
    assert (SEEDS / DOC).read_text(encoding="utf-8")[start:end] == REAL_QUOTE
    with pytest.raises(GoldFormatError, match="quote not found"):
        quote_span(SEEDS, DOC, "The United States has 9,000 troops")
    with pytest.raises(GoldFormatError, match="no such article"):
        quote_span(SEEDS, "999_missing.txt", REAL_QUOTE)


def _question(id_: str, quote: str = REAL_QUOTE, doc: str = DOC) -> dict[str, Any]:
    return {
        "id": id_,
        "kind": "question",
        "question": "How many US troops are in Syria?",
        "answer": "900",
        "answer_aliases": ["900", "nine hundred"],
        "supporting": [{"doc": doc, "quote": quote}],
        "disagreement": None,
        "single_source": True,
    }


def _claim(id_: str, verdict: str = "refuted") -> dict[str, Any]:
    return {
        "id": id_,
        "kind": "claim",
        "claim": "The US has 2,000 troops in Syria.",
        "verdict": verdict,
        "evidence": [{"doc": DOC, "quote": REAL_QUOTE}],
        "note": "one source gives 900",
    }


def _problems(tmp_path: Path, *objs: dict[str, Any], corpus: Any = SEEDS) -> list[str]:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(o) + "\n" for o in objs), encoding="utf-8")
    return validate_gold(load_gold(path), corpus)


def test_a_clean_small_file_has_no_problems(tmp_path: Path) -> None:
    assert _problems(tmp_path, _question("q1"), _claim("c1")) == []


def test_catches_a_quote_that_is_not_in_the_article(tmp_path: Path) -> None:
    problems = _problems(tmp_path, _question("q1", quote="The United States has 9,000 troops"))
    assert len(problems) == 1 and "not an exact substring" in problems[0]


def test_catches_an_unknown_doc(tmp_path: Path) -> None:
    problems = _problems(tmp_path, _question("q1", doc="999_missing.txt"))
    assert len(problems) == 1 and "unknown doc" in problems[0]


def test_catches_a_duplicate_id(tmp_path: Path) -> None:
    problems = _problems(tmp_path, _question("same"), _claim("same"))
    assert len(problems) == 1 and "duplicate id 'same'" in problems[0]


def test_catches_an_unknown_verdict(tmp_path: Path) -> None:
    problems = _problems(tmp_path, _claim("c1", verdict="mostly_true"))
    assert len(problems) == 1 and "invalid verdict 'mostly_true'" in problems[0]


def test_catches_bad_kind_missing_field_and_quoted_abstention(tmp_path: Path) -> None:
    missing = _claim("c1")
    del missing["note"]
    abstain = _question("q1") | {"answer": "not in sources", "single_source": False}
    problems = _problems(tmp_path, _claim("k1") | {"kind": "rumour"}, missing, abstain)
    assert any("invalid kind 'rumour'" in p for p in problems)
    assert any("missing field 'note'" in p for p in problems)
    assert any("cannot have supporting quotes" in p for p in problems)
    assert len(problems) == 3


def _text(id_: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": id_,
        "kind": "text",
        "text": "The US has 2,000 troops in Syria. Nobody knows why.",
        "claims": [{"quote": "The US has 2,000 troops in Syria", "verdict": "refuted", "note": "900"}],
    } | fields


def test_text_items_load_typed_and_their_mistakes_are_named(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_text("t1")) + "\n", encoding="utf-8")
    (item,) = load_gold(path)
    assert isinstance(item, GoldText) and item.claims[0]["verdict"] == "refuted"
    assert _problems(tmp_path, _text("t1"), _question("q1")) == []
    bad = _text("t2", claims=[{"quote": "2,000 soldiers", "verdict": "refuted"}])
    problems = _problems(tmp_path, bad, _text("t3", text=""))
    assert problems == [
        "line 1 (t2): claims[0]: quote '2,000 soldiers' occurs 0 times in text, not once",
        "line 2 (t3): text must be a non-empty string",
    ]


def test_unreadable_line_raises_a_factbot_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_claim("c1")) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:2") as info:
        load_gold(path)
    assert isinstance(info.value, FactbotError)


LINES = [
    {"id": "a1", "text": "The council approved a budget of 4 million dollars on Tuesday."},
    {"id": "a2", "text": "The pier will be repaired in the spring, officials said."},
]


def _jsonl_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in LINES), encoding="utf-8")
    (folder / "note.txt").write_text("A plain article about the harbour.\n", encoding="utf-8")
    return folder


def test_corpus_articles_uses_the_loaders_ids(tmp_path: Path) -> None:
    articles = corpus_articles(_jsonl_corpus(tmp_path))
    assert sorted(articles) == ["feed.jsonl#a1", "feed.jsonl#a2", "note.txt"]
    assert articles["feed.jsonl#a2"] == LINES[1]["text"]


def test_a_jsonl_line_id_validates_and_its_bare_file_name_does_not(tmp_path: Path) -> None:
    corpus = _jsonl_corpus(tmp_path)
    good = _question("q1", quote="a budget of 4 million dollars", doc="feed.jsonl#a1")
    assert _problems(tmp_path, good, corpus=[corpus]) == []
    problems = _problems(
        tmp_path, good | {"supporting": [{"doc": "feed.jsonl", "quote": "a budget"}]}, corpus=corpus
    )
    assert len(problems) == 1 and "unknown doc 'feed.jsonl'" in problems[0]
    wrong_line = good | {"supporting": [{"doc": "feed.jsonl#a2", "quote": "a budget of 4 million dollars"}]}
    problems = _problems(tmp_path, wrong_line, corpus=corpus)
    assert len(problems) == 1 and "not an exact substring of feed.jsonl#a2" in problems[0]
    start, end = quote_span(corpus, "feed.jsonl#a1", "4 million dollars")
    assert LINES[0]["text"][start:end] == "4 million dollars"


def test_shown_path_is_relative_inside_the_project(tmp_path: Path) -> None:
    assert shown_path(ROOT / "gold" / "seeds.jsonl") == "gold/seeds.jsonl"
    assert shown_path(tmp_path / "x.jsonl") == str(tmp_path / "x.jsonl")


@pytest.mark.parametrize(
    ("name", "corpus"),
    [
        ("seeds.jsonl", SEEDS),
        ("fakes.jsonl", CORPORA / "fa-kes" / "articles"),
        ("bbc.jsonl", CORPORA / "bbc-news"),
    ],
)
def test_unseen_sets_validate_and_share_no_id_with_the_development_sets(name: str, corpus: Path) -> None:
    """The sets written before factbot ran on them stay usable for a later first run."""
    items = load_gold(ROOT / "gold" / "unseen" / name)
    assert validate_gold(items, corpus) == []
    developed = {i.id for path in (ROOT / "gold").glob("*.jsonl") for i in load_gold(path)}
    assert not developed & {i.id for i in items}


def test_quoted_gives_a_question_or_claim_with_quotes_and_nothing_else() -> None:
    quote = Quote(doc="a.txt", quote="The ferry sailed at noon.")
    asked = GoldQuestion(id="q", kind="question", question="When did the ferry sail?", supporting=[quote])
    told = GoldClaim(
        id="c", kind="claim", claim="The ferry sailed at noon.", verdict="supported", evidence=[quote]
    )
    assert quoted(asked) == ("When did the ferry sail?", [quote], "question")
    assert quoted(told) == ("The ferry sailed at noon.", [quote], "claim")
    assert quoted(GoldQuestion(id="n", kind="question", question="Who built it?")) is None
    assert quoted(GoldText(id="t", kind="text", text="The ferry sailed.")) is None


def test_quoted_items_keeps_the_items_with_quotes_in_file_order(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "kind": "question", "question": "Who sailed?", "answer": "not in sources"},
        {
            "id": "b",
            "kind": "claim",
            "claim": "The ferry sailed.",
            "verdict": "supported",
            "evidence": [{"doc": "x.txt", "quote": "The ferry sailed."}],
        },
    ]
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(line) for line in lines))
    ((item, text, quotes, kind),) = quoted_items(gold)
    assert (item.id, text, kind) == ("b", "The ferry sailed.", "claim")
    assert quotes == [Quote(doc="x.txt", quote="The ferry sailed.")]
