"""An answer's count beside its article's earlier report of it (invented sentences)."""

from __future__ import annotations

import pytest

from bot.count_owner import counts
from bot.earlier_reports import earlier_figure, first_earlier, names_elsewhere
from bot.values import Quantity

_LEAD = "Shelling on the Velm market killed at least 21 people, a monitor said."
_ASKED = "how many people died in the shelling of the velm market"


def _lead(text: str, figure: str) -> Quantity:
    return next(x for x in counts(text) if x.text == figure)


@pytest.mark.parametrize(
    ("lead", "figure", "text", "earlier"),
    [
        # war: one sentence, the new level and the toll given before in the past perfect
        (
            "The toll from the raids on Dorn has risen to 42 dead, said the monitor, which had given a toll of 17.",
            "42",
            None,
            "17",
        ),
        # war: one sentence, an earlier toll the count updates
        (
            "The blast killed 32 guards, the agency said, updating an earlier toll of 15.",
            "32",
            None,
            "15",
        ),
        # a later sentence of the article: a whole death toll told as an initial report
        (_LEAD, "at least 21", "It had initially given a death toll of 22.", "22"),
    ],
)
def test_earlier_figure_found(lead: str, figure: str, text: str | None, earlier: str) -> None:
    found = earlier_figure(lead, _lead(lead, figure), text or lead, _ASKED, deaths=True)
    assert found is not None and found.text == earlier


@pytest.mark.parametrize(
    "text",
    [
        "It had initially given a death toll of 21.",  # the answer's own figure: one report
        "It had initially said 12 people were wounded.",  # another deed's figure, not a toll
        "Earlier this month, 40 people were killed in Dorn.",  # another place and time
        "The market had been busy since dawn.",  # no figure
    ],
)
def test_no_earlier_figure(text: str) -> None:
    assert earlier_figure(_LEAD, _lead(_LEAD, "at least 21"), text, _ASKED, deaths=True) is None


def test_toll_counts_only_a_question_about_the_dead() -> None:
    """A whole death toll in another sentence is no earlier count of the wounded."""
    lead = "Shelling on the Velm market wounded at least 21 people, a monitor said."
    text = "It had initially given a death toll of 22."
    assert (
        earlier_figure(lead, _lead(lead, "at least 21"), text, "how many were wounded", deaths=False) is None
    )


def test_first_earlier_in_order() -> None:
    texts = [_LEAD, "The market had been busy.", "It had initially given a death toll of 22."]
    found = first_earlier(_LEAD, _lead(_LEAD, "at least 21"), texts, _ASKED, deaths=True)
    assert found is not None and found[0] == 2 and found[1].text == "22"


def test_names_elsewhere() -> None:
    assert names_elsewhere("Earlier this month, 40 people were killed in Dorn.", _ASKED)
    assert not names_elsewhere("It had initially given a death toll of 22.", _ASKED)
