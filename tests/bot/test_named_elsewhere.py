"""The asked thing named by another sentence of the article (``bot.named_elsewhere``), on invented text."""

from __future__ import annotations

import pytest

from bot.api import FactChecker
from bot.named_elsewhere import (
    common_word,
    listed_names,
    named_elsewhere_candidates,
    names_asked_class,
    naming,
    noun_after_name,
)
from bot.question import analyse
from index.embed import Embedder
from index.tuning import AnswerTuning
from tests.bot.tiny_index import checker_over, sentence


def test_a_plural_noun_lists_the_names_it_counts() -> None:
    """War, business, sport: "villages including A and B", "firms such as A, B and C", "clubs
    like A"; a singular noun, another noun, or no name after the listing word lists nothing."""
    assert listed_names("village", "Troops later entered villages including Arlo and Venn on Monday.") == [
        "Arlo and Venn"
    ]
    assert listed_names("firm", "Rivals include firms such as Ostra, Kell and Dorn Holdings.") == [
        "Ostra, Kell and Dorn Holdings"
    ]
    assert listed_names("club", "Bigger clubs like Velm United made offers.") == ["Velm United"]
    assert listed_names("village", "Troops took a village including its school.") == []
    assert listed_names("village", "Troops took towns including Arlo.") == []
    assert listed_names("firm", "Firms such as these rarely fail.") == []


def test_the_name_written_before_the_asked_noun() -> None:
    """ "the small Kelm harbour", "the Ostra studio": the name before the noun itself, however
    the parse reads the noun; a name the question holds, or a lone word opening the sentence, is none."""
    said = "Two marines died before the navy secured the small Kelm harbour on Sunday."
    assert noun_after_name("harbour", said, "Which harbour did the marines take?") == ["Kelm harbour"]
    assert noun_after_name("harbour", said, "Which Kelm harbour did they take?") == []
    assert noun_after_name("harbour", "Marines hold the coast.", "Which harbour did they take?") == []
    assert noun_after_name("studio", "Varga studio staff left.", "Which studio did Ann Cole run?") == []


def test_a_capitalised_title_names_nothing() -> None:
    """ "a hard-working constituency MP": a title WordNet knows, not the constituency's name."""
    assert common_word("MP")
    assert not common_word("Kelm") and not common_word("Kelm harbour")


def test_naming_prefers_a_list_for_a_plural_question() -> None:
    """Asked "which villages", the list; asked "which village", the first name tied to the noun."""
    text = "The troops entered the village of Tarn and villages including Arlo and Venn."
    assert naming("village", text, "Which villages did the troops enter?", plural=True) == "Arlo and Venn"
    assert naming("village", text, "Which village did the troops enter?", plural=False) == "Tarn"


def test_a_name_of_the_asked_class_may_answer_as_it_stands() -> None:
    """A place the question does not hold, for "which village"; a place it holds is its own."""
    question = "Which village east of Dorn did the rebels leave?"
    assert names_asked_class(question, "The rebels left Kelmsford, near the capital, on Monday.")
    assert not names_asked_class(question, "The rebels left several villages east of Dorn.")


ARTICLES = {
    "coast.txt": """Marines move on the Dorn coast

Marines landed on a stretch of coast west of Dorn on Sunday in heavy fighting with militia.

Shops in Dorn stayed shut for a second day.

Two marines died in the fighting before the navy secured the small Kelm harbour, a coastguard officer said.

The Orla harbour had changed hands last year.
""",
    "shares.txt": """Ostra shares climb

Shares in delivery firm Ostra rose 6% on Tuesday on talk of a bid.

Ostra employs 9,000 people in 40 countries.
""",
}


@pytest.fixture(scope="module")
def coast(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    return checker_over(ARTICLES, "named-elsewhere", tmp_path_factory, embedder)


def test_the_article_names_the_asked_thing_further_down(coast: FactChecker) -> None:
    """The best sentence tells the landing with no harbour named; the sentence that names one and
    tells the fighting gives the answer, cited there and scored as the best sentence; the harbour
    another sentence names without the event is not taken."""
    best = sentence(
        coast, "Marines landed on a stretch of coast west of Dorn on Sunday in heavy fighting with militia."
    )
    q = analyse("Which harbour did the marines take near Dorn in the fighting?")
    found = named_elsewhere_candidates(q, "harbour", best, 0.6, AnswerTuning())
    assert [c.value for c in found] == ["Kelm harbour"]
    assert found[0].quote.startswith("Two marines died")
    assert found[0].score == pytest.approx(0.6)


def test_no_name_when_the_best_sentence_names_one_or_the_article_none(coast: FactChecker) -> None:
    """A best sentence naming the asked thing is left to the other readers; an article naming no
    N (a firm asked, none tied to the noun in a stating sentence) gives nothing."""
    best = sentence(
        coast,
        "Two marines died in the fighting before the navy secured the small Kelm harbour, a coastguard officer said.",
    )
    q = analyse("Which harbour did the marines take near Dorn in the fighting?")
    assert named_elsewhere_candidates(q, "harbour", best, 0.6, AnswerTuning()) == []
    shares = sentence(coast, "Shares in delivery firm Ostra rose 6% on Tuesday on talk of a bid.")
    q = analyse("Which bidder made the offer for Ostra?")
    assert named_elsewhere_candidates(q, "bidder", shares, 0.6, AnswerTuning()) == []


def test_no_name_for_a_relation_noun_or_a_doer(coast: FactChecker) -> None:
    """ "which part": a relation, no thing of its own; "which group took it": a doer, read from
    the deed's own sentence, not from a name tied to the noun elsewhere."""
    best = sentence(
        coast, "Marines landed on a stretch of coast west of Dorn on Sunday in heavy fighting with militia."
    )
    for asked, noun in (
        ("Which part of Dorn did the marines take in the fighting?", "part"),
        ("Which harbour drew the attention of the marines in the fighting?", "harbour"),
    ):
        assert named_elsewhere_candidates(analyse(asked), noun, best, 0.6, AnswerTuning()) == [], asked
