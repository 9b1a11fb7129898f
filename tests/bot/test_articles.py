"""Article-level retrieval: an article about the asked event lends its sentences, an article
published outside the asked period ranks below, and sentences holding the asked kind of value
come forward. A real index of hand-written articles (dates and titles from a metadata.csv)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.articles import ArticleIndex
from bot.question import Kind
from bot.retrieve import Retriever, holds_value
from index.embed import Embedder
from index.ingest import ingest
from index.settings import Settings
from index.store import Store
from index.tuning import RetrievalTuning, Tuning

ARTICLES = {
    "bakery.txt": (
        "Bomber kills 16 outside a bakery in Norvale",
        "2016-07-27",
        "A man on a motorcycle blew himself up outside a crowded bakery in Norvale on Wednesday.\n\n"
        "Local police put the death toll at 16 and said dozens were hurt.\n\n"
        "Shops in the market closed early for the holiday.\n",
    ),
    "bakery-old.txt": (
        "Bomb outside a bakery in Norvale kills 9",
        "2015-03-02",
        "A bomb exploded outside a bakery in Norvale on Monday killing nine people.\n\n"
        "It was the second attack on the town that winter.\n",
    ),
    "market.txt": (
        "Storm floods the Norvale market",
        "2016-07-20",
        "Heavy rain flooded the market square of Norvale and damaged a bakery roof.\n\n"
        "No one was hurt in the storm, the mayor said.\n",
    ),
    "harvest.txt": (
        "Record harvest in the east",
        "2016-07-25",
        "Farmers in the eastern plains brought in a record wheat harvest.\n\n"
        "Prices for bread fell at every bakery in the region.\n",
    ),
}
QUESTION = "How many people were killed when a motorcycle bomber struck a bakery in Norvale in July 2016?"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    folder = tmp_path_factory.mktemp("articles")
    rows = ["file,title,date"]
    for name, (title, day, body) in ARTICLES.items():
        (folder / name).write_text(f"{title}\n\n{body}", encoding="utf-8")
        rows.append(f"{name},{title},{day}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("index"))
    ingest([folder], settings, store=Store(settings), embedder=embedder)
    return settings


def retriever(settings: Settings, embedder: Embedder, **tuning: float) -> Retriever:
    """A retriever keeping few candidates (a small index otherwise lets every sentence in)."""
    narrow = replace(RetrievalTuning(), candidate_pool=2, **tuning)
    tuned = replace(settings, candidate_k=2, tuning=replace(Tuning(), retrieval=narrow))
    return Retriever(Store(tuned), embedder, tuned)


def texts(r: Retriever, question: str) -> list[str]:
    """Every candidate the retriever scored (the narrow pool plus what articles lend)."""
    return [h.chunk.text for h in r.retrieve(question, 100)]


def test_the_events_article_lends_a_toll_sentence_that_does_not_name_the_event(
    index: Settings, embedder: Embedder
) -> None:
    toll = "Local police put the death toll at 16 and said dozens were hurt."
    assert toll not in texts(retriever(index, embedder, expand_articles=0), QUESTION)
    assert toll in texts(retriever(index, embedder), QUESTION)


def test_an_article_published_outside_the_asked_period_ranks_below(
    index: Settings, embedder: Embedder
) -> None:
    ranked = [h.chunk.doc for h in retriever(index, embedder).retrieve(QUESTION, 10)]
    assert ranked.index("bakery.txt") < ranked.index("bakery-old.txt")
    undated = QUESTION.replace(" in July 2016", "")
    features = {h.chunk.doc: h.features for h in retriever(index, embedder).retrieve(undated, 10)}
    assert all(f["off_period"] == 0.0 for f in features.values())


def test_article_scores_count_the_title_and_typos(index: Settings, embedder: Embedder) -> None:
    r = retriever(index, embedder)
    articles = ArticleIndex(r.lexical())
    assert "bakeri" in articles.variants("bakri")  # one letter dropped
    scores = articles.scores({"bakeri": 1.0, "motorcycl": 1.0})
    by_doc = dict(zip(scores.docs, zip(scores.body, scores.title, strict=True), strict=True))
    assert by_doc["bakery.txt"] == (1.0, 0.5)  # both words in the text, "bakery" in the title
    assert by_doc["harvest.txt"] == (0.5, 0.0)


@pytest.mark.parametrize(
    ("kind", "sentence", "holds"),
    [
        (Kind.COUNT, "Police put the death toll at 16.", True),
        (Kind.COUNT, "Police said the toll was rising.", False),
        (Kind.DATE, "The market was hit on Monday.", True),
        (Kind.DATE, "The market was hit by rockets.", False),
        (Kind.PERSON, "The attack was claimed by Tarek Vossin.", True),
        (Kind.PERSON, "The attack in Norvale was claimed.", False),  # only the asked name
        (Kind.OPEN, "Police put the death toll at 16.", False),
    ],
)
def test_holds_value_of_the_asked_kind(kind: Kind, sentence: str, holds: bool) -> None:
    assert holds_value(kind, sentence, {"norval"}) is holds


def test_title_and_value_order_candidates_without_lifting_the_evidence_score(
    index: Settings, embedder: Embedder
) -> None:
    def scored(**tuning: float) -> dict[str, tuple[float, float]]:
        hits = retriever(index, embedder, **tuning).retrieve(QUESTION, 100)
        return {h.chunk.text: (h.score, h.features["rank"]) for h in hits}

    plain, weighted = scored(title_weight=0.0, value_weight=0.0), scored()
    toll = "Local police put the death toll at 16 and said dozens were hurt."
    assert weighted[toll][0] == plain[toll][0]  # what the answer's floors read is unchanged
    assert weighted[toll][1] > plain[toll][1]  # the title names the event and it holds a count


@pytest.fixture(scope="module")
def datelined(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """Two ferry articles listed in January 2015; one opens with a July 2016 wire dateline."""
    folder = tmp_path_factory.mktemp("datelined")
    (folder / "ferry.txt").write_text(
        "Ferry sinks off Tarvel\n\nAFP Tuesday 26 Jul 2016 A ferry sank off Tarvel on Tuesday.\n\n"
        "Coastguards said 12 passengers drowned.\n",
        encoding="utf-8",
    )
    (folder / "ferry-old.txt").write_text(
        "Ferry runs aground off Tarvel\n\nA ferry ran aground off Tarvel in a storm.\n\n"
        "All 40 passengers were rescued.\n",
        encoding="utf-8",
    )
    rows = "file,date\nferry.txt,2015-01-10\nferry-old.txt,2015-01-10\n"
    (folder / "metadata.csv").write_text(rows, encoding="utf-8")
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("datelined-index"))
    ingest([folder], settings, store=Store(settings), embedder=embedder)
    return settings


def test_an_article_is_in_the_asked_period_by_its_dateline_not_its_listed_date(
    datelined: Settings, embedder: Embedder
) -> None:
    """Retrieval dates an article as answering does (``Corpus.published``): the wire dateline's
    day, where the opening has one, rather than the listed date."""
    r = Retriever(Store(datelined), embedder, datelined)
    hits = r.retrieve("How many passengers drowned off Tarvel in July 2016?", 100)
    off = {h.chunk.doc: h.features["off_period"] for h in hits}
    assert off == {"ferry.txt": 0.0, "ferry-old.txt": 1.0}
