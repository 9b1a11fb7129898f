"""``bot/date_owner.py``: a founding date of another named thing, on hand-made sentences."""

from __future__ import annotations

import re

from bot.date_owner import another_doers_day, passive_question
from bot.entities import dates_another_thing

SUBJECT = "Tarrow Gallery of Modern Glass"


def _year(text: str, year: str, subject: str = SUBJECT) -> bool:
    found = re.search(rf"\b{year}\b", text)
    assert found is not None
    return dates_another_thing(text, found.start(), subject)


def test_only_a_passive_question_names_what_underwent_the_deed() -> None:
    assert passive_question("When was the Tarrow Gallery of Modern Glass founded?")
    assert passive_question("When was Ivo Marsh born?")
    assert passive_question("When was the Orrin guild organization founded?")
    assert passive_question("When was the Kelby Rowing Club House built?")
    assert not passive_question("When was the Kelby fair?")
    assert not passive_question("When did the Kelby club open?")
    assert not passive_question("When did Velm station open?")
    assert not passive_question("When did Ostmark begin the strikes?")


def test_a_date_another_named_thing_underwent_is_that_things() -> None:
    assert _year(
        'In 1961, the society of "Patrons of the Tarrow Gallery" was established by collectors.', "1961"
    )
    assert _year(
        "It opened on 4 June 1990, a project of the Patrons of the Gallery that was founded in 1972.", "1972"
    )
    assert _year("In 1815, the Brede Kunstverein was founded and later there were many such clubs.", "1815")


def test_a_date_the_subject_or_an_unnamed_thing_underwent_is_kept() -> None:
    assert not _year("The Tarrow Gallery of Modern Glass was founded in 1958 by a glassmaker.", "1958")
    assert not _year("The gallery was established in 1958 by the patrons' society.", "1958")
    assert not _year("The building was built in 1902 and restored in 1990.", "1902")
    assert not _year("It was founded in 1958.", "1958")
    assert not _year(
        "Princess Ada Vell Romanoff, a member of the family, was born on 3 May 1911.", "1911", "Princess Ada"
    )
    assert not _year("The ship was launched on 3 May 1911.", "1911", "Sallow")


def test_a_date_of_a_name_renamed_by_an_apposition_is_that_names() -> None:
    assert _year(
        "The gallery traces its roots to the Orrin Guild of Kelby, the oldest craft society in Marrow, "
        "founded in 1822 as a lending club.",
        "1822",
    )
    assert _year("Its glass came from the Sela Works, a small foundry founded in 1871.", "1871")


def test_an_apposition_renaming_the_subject_keeps_its_date() -> None:
    assert not _year("It was a gift to the Tarrow Gallery, a museum founded in 1958 by a glassmaker.", "1958")
    assert not _year("The collectors, a small circle founded in 1950, gave it the glass.", "1950")


def test_a_day_another_named_doer_acts_on_is_that_doers_date() -> None:
    """ "Ostra will play on 21 June" dates Ostra's show, not the asked band's."""
    question = "When is Velmar playing the new gig?"
    other = "Ostra will play the stadium on 21 June."
    assert another_doers_day(other, other.index("21"), question)
    own = "The group performs in a tent on Tuesday, 16 June."
    assert not another_doers_day(own, own.index("16"), question)
    named = "Velmar will play the park on 14 June."
    assert not another_doers_day(named, named.index("14"), question)
