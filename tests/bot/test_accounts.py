"""One finder of second accounts of a count, shared by answers and verdicts (``bot/accounts.py``)."""

from __future__ import annotations

from typing import Any

from bot.accounts import Account, rival_accounts
from bot.values import parse_quantities
from index.tuning import AnswerTuning


def _account(tiny: Any, text: str, figure: str, doc: str, vector_of: str = "", date: str = "") -> Account:
    from dataclasses import replace

    from tests.bot.tiny_index import hand

    hit = hand(tiny, text, doc=doc, dense=0.4, score=0.4)
    if date:
        hit.chunk = replace(hit.chunk, date=date)
    hit._vector, hit._vector_read = tiny.retriever.corpus().embed(vector_of or text), True
    (q,) = parse_quantities(figure)
    return Account(hit, q)


def test_a_second_account_is_another_articles_figure_for_the_same_count(tiny) -> None:  # type: ignore[no-untyped-def]
    """ "40 pylons" and another article's "more than 40 pylons" are two accounts at any
    closeness (the bound ties them); "55 pylons" is one only in a close sentence of the same
    day (``rival_days``: another day's figure revises a toll); not the same article, another thing's count, one report ("about 40"), nor a sentence
    that gives the source's figure too (its other figure counts another deed)."""
    tune = AnswerTuning()
    source = _account(
        tiny, "Gales toppled 40 pylons near Quillby on Friday.", "40 pylons", "a.txt", date="2031-03-07"
    )
    far = "A brass band played in Stoke Ferren."
    cases = [
        ("The Friday gales brought down more than 40 pylons.", "more than 40 pylons", "b.txt", far, "", True),
        ("Gales toppled 55 pylons near Quillby on Friday.", "55 pylons", "c.txt", "", "2031-03-07", True),
        ("Gales toppled 55 pylons near Quillby on Friday.", "55 pylons", "c.txt", "", "2031-03-08", False),
        ("Gales toppled 55 pylons near Quillby on Friday.", "55 pylons", "c.txt", "", "2031-03-09", False),
        ("Gales toppled 55 pylons near Quillby on Friday.", "55 pylons", "d.txt", far, "", False),
        ("Gales toppled 55 pylons near Quillby on Friday.", "55 pylons", "a.txt", "", "", False),
        ("Gales toppled 55 barns near Quillby on Friday.", "55 barns", "e.txt", "", "", False),
        ("Gales toppled about 40 pylons near Quillby on Friday.", "about 40 pylons", "f.txt", "", "", False),
        ("Gales toppled 40 pylons near Quillby and 55 pylons inland.", "55 pylons", "g.txt", "", "", False),
    ]
    for text, figure, doc, vector_of, date, rival in cases:
        other = _account(tiny, text, figure, doc, vector_of, date)
        assert (rival_accounts(source, [other], tune) == [other]) is rival, (figure, doc, date)


def test_a_retelling_found_by_the_search_counts_as_close(tiny) -> None:  # type: ignore[no-untyped-def]
    """A sentence the search found as the source's retelling is close enough for a rival
    figure, however its stored vector reads."""
    tune = AnswerTuning()
    source = _account(tiny, "Gales toppled 40 pylons near Quillby on Friday.", "40 pylons", "a.txt")
    other = _account(tiny, "Crews counted 55 pylons down.", "55 pylons", "b.txt", "A brass band played.")
    assert rival_accounts(source, [other], tune) == []
    assert rival_accounts(source, [other], tune, {other.hit.chunk.id}) == [other]


def test_a_strict_bound_its_own_article_also_gives_as_its_figure_is_loose_wording() -> None:
    """ "More than 19 barges" in an article that also says "at least 19 barges" is its writer's
    loose wording (one report with another outlet's 19); kept strict where the article gives
    19 of another thing only, or no other figure."""
    from bot.accounts import loosely_bounded
    from bot.conflicts import Candidate
    from bot.values import same_report

    class Articles:
        def __init__(self, texts: dict[str, str]) -> None:
            self.texts = texts

        def article_text(self, doc: str) -> str:
            return self.texts[doc]

    articles = Articles(
        {
            "a.txt": "More than 19 barges sank off Quillby. The storm sank at least 19 barges, the port said.",
            "b.txt": "More than 19 barges sank off Quillby. Crews saved 19 sailors.",
            "c.txt": "More than 19 barges sank off Quillby.",
        }
    )
    (bound,) = parse_quantities("More than 19 barges")
    (plain,) = parse_quantities("19 barges")
    for doc, loose in (("a.txt", True), ("b.txt", False), ("c.txt", False)):
        c = Candidate("x", "More than 19 barges", "k", doc, 0, 19, "", 0.5, bound)
        (out,) = loosely_bounded([c], articles)  # type: ignore[arg-type]
        assert out.quantity is not None and same_report(out.quantity, plain, 0.25) is loose, doc


def test_a_loosely_worded_bound_is_no_second_account(tmp_path_factory, embedder) -> None:  # type: ignore[no-untyped-def]
    """Verdicts and answers read a second account alike: "more than 19 barges" is another
    account of "19 barges" unless its own article also gives "at least 19 barges"."""
    from tests.bot.tiny_index import checker_over, sentence

    articles = {
        "plain.txt": "Barges lost\n\nThe storm sank 19 barges off Quillby on Friday.\n",
        "loose.txt": "Storm at sea\n\nMore than 19 barges sank off Quillby on Friday.\n\nIn all, at least 19 barges were lost.\n",
        "strict.txt": "Quillby storm\n\nMore than 19 barges sank off Quillby on Friday, the coastguard said.\n",
    }
    checker = checker_over(articles, "loose", tmp_path_factory, embedder)

    def account(text: str, figure: str) -> Account:
        (q,) = parse_quantities(figure)
        return Account(sentence(checker, text), q)

    tune = AnswerTuning()
    source = account("The storm sank 19 barges off Quillby on Friday.", "19 barges")
    loose = account("More than 19 barges sank off Quillby on Friday.", "More than 19 barges")
    strict = account(
        "More than 19 barges sank off Quillby on Friday, the coastguard said.", "More than 19 barges"
    )
    assert rival_accounts(source, [loose, strict], tune) == [strict]
