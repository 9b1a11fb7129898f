"""Revised counts: an earlier figure and the new level revising it (invented sentences)."""

from __future__ import annotations

import pytest

from bot.revised import earlier_figures, revised_figures, revision_of


@pytest.mark.parametrize(
    ("earlier", "revised", "figure", "new"),
    [
        # war: a toll put earlier and risen since, in the next sentence
        (
            "The monitor earlier put the toll at 6 fighters.",
            "The toll from the shelling of Tarn rose to 11 fighters, the monitor said.",
            "6",
            "11",
        ),
        # sport: one sentence, the earlier figure in the past perfect and a new level
        (
            "The number of fans hurt in the stand collapse has risen to 30, officials said, "
            "after they had given a figure of 12.",
            "The number of fans hurt in the stand collapse has risen to 30, officials said, "
            "after they had given a figure of 12.",
            "12",
            "30",
        ),
        # business: an initial estimate and the new level of the same noun
        (
            "Initial estimates put the job losses at 250 workers.",
            "Job losses at the Corvia plant climbed to 400 workers, the union said.",
            "250",
            "400",
        ),
        # two figures revised together: each by the one in its place
        (
            "The agency earlier put the toll at 5 dead while 9 other people were hurt.",
            "The toll rose to 8 dead in addition to 14 injured.",
            "9",
            "14",
        ),
    ],
)
def test_an_earlier_figure_is_revised_by_the_new_level(
    earlier: str, revised: str, figure: str, new: str
) -> None:
    x = next(q for q in earlier_figures(earlier) if q.text == figure)
    found = revision_of(x, earlier, revised)
    assert found is not None and found.text == new


@pytest.mark.parametrize(
    ("earlier", "revised", "figure"),
    [
        # a plain figure elsewhere in the article is no revision: it may tell another event
        (
            "Earlier, a club spokesman said four players had been injured.",
            "Seven players were injured in the coach crash, the club said.",
            "four",
        ),
        # the new level is the earlier figure itself
        ("The monitor earlier put the toll at 6.", "The toll rose to 6, the monitor said.", "6"),
        # another noun's new level
        ("The club earlier said 4 players were hurt.", "Ticket sales rose to 9000 fans.", "4"),
        # two lists whose nouns agree nowhere else do not pair by place
        ("Earlier 3 players and 5 coaches left.", "Sales rose to 40 cars and prices to 20 pounds.", "3"),
    ],
)
def test_no_revision_where_none_is_told(earlier: str, revised: str, figure: str) -> None:
    x = next(q for q in earlier_figures(earlier) if q.text == figure)
    assert revision_of(x, earlier, revised) is None


def test_what_counts_as_an_earlier_figure() -> None:
    """A word saying so or a past perfect; a change's start and a plain present figure are none."""
    assert earlier_figures("Sales rose from 40 to 55 units.") == []
    assert earlier_figures("The fare had risen to 9 pounds from 6 pounds by May.") == []
    assert [q.text for q in earlier_figures("Police had arrested 14 fans by midnight.")] == ["14"]
    assert [q.text for q in earlier_figures("Initial reports said 20 houses burned.")] == ["20"]
    assert earlier_figures("Police arrested 14 fans after the match.") == []
    assert earlier_figures("Sales reached 900 cars, against 700 cars a year earlier.") == []
    assert earlier_figures("Analysts had previously forecast revenue of $4bn.") == []
    assert [q.text for q in revised_figures("The toll rose to 8, up from 5.")] == ["8"]
    assert revised_figures("Earlier the toll rose to 8.") == []


def test_a_sentence_without_a_verb_gives_no_earlier_figure() -> None:
    """A headline or a caption ("Twelve people.") has no clause to be in the past perfect."""
    assert earlier_figures("Twelve people.") == []
