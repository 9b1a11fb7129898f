"""``bot/checkworthy.py``: whether a claim states something an article could settle, and why not.

``tests/bot/test_claims.py`` pins each reason through ``decompose``; these call
``judge_worthiness`` on one parsed sentence, with the flags ``bot/claims.py`` passes.
"""

from __future__ import annotations

import pytest

from bot.checkworthy import EVALUATION, NO_STATEMENT, OWN_VIEW, QUESTION, SPECULATION, judge_worthiness
from bot.nlp import nlp


def judge(text: str, attributed: bool = False, resolved: bool = False) -> tuple[bool, str]:
    doc = nlp()(text)
    words = [t.i for t in doc if not t.is_punct]
    root = next(t for t in doc if t.dep_ == "ROOT")
    return judge_worthiness(doc, words, root, attributed, resolved)


def test_a_question_in_quotes_is_still_a_question() -> None:
    """The sentence ends with "?" once closing quotes are set aside."""
    assert judge('"Is the bridge safe?"') == (False, QUESTION)
    assert judge("Is the bridge safe?”") == (False, QUESTION)


def test_an_attribution_makes_a_view_or_a_plan_check_worthy() -> None:
    """What someone said is a report an article can confirm: "we closed it", the mayor said."""
    assert judge("We closed the harbour on Monday.") == (False, OWN_VIEW)
    assert judge("We closed the harbour on Monday.", attributed=True) == (True, "")
    assert judge("This is a disgrace.", attributed=True) == (True, "")


def test_an_attribution_does_not_make_a_fragment_a_statement() -> None:
    """A verbless exclamation states nothing, whoever says it."""
    assert judge("What a week!", attributed=True) == (False, NO_STATEMENT)
    assert judge("The closure of the bridge.") == (False, NO_STATEMENT)


@pytest.mark.parametrize(
    ("text", "worthy"),
    [
        ("Velmar may close the harbour on Monday.", (False, SPECULATION)),  # possibility, even with names
        ("Velmar will close the harbour on Monday.", (True, "")),  # a plan with a name and a date
        ("Things will get better.", (False, SPECULATION)),  # a modal with nothing to check
        ("Velmar may close the harbour on 3 May.", (False, SPECULATION)),  # a date is no estimate
        ("Up to 900 dockers could join the strike in Velmar.", (True, "")),  # an estimated figure
        ("Velmar will pay Ostrin $2m to end a deal that could have cost it more.", (True, "")),
    ],
)
def test_a_possibility_is_speculation_but_a_stated_plan_with_facts_is_not(
    text: str, worthy: tuple[bool, str]
) -> None:
    """ "may/might/could" assert nothing that happened; "will" with a name or a number can be checked."""
    assert judge(text) == worthy


def test_an_evaluation_is_a_fact_once_it_is_about_a_name() -> None:
    """ "It is a disgrace" evaluates nothing checkable, unless its pronoun was resolved to a
    name, or it names one itself."""
    assert judge("It is a disgrace.") == (False, EVALUATION)
    assert judge("It is a disgrace.", resolved=True) == (True, "")
    assert judge("Velmar is a disgrace.") == (True, "")


def test_a_plain_event_with_no_name_is_still_a_statement() -> None:
    """A verb with no modal and no evaluative complement states an event: check-worthy."""
    assert judge("Bridges closed.") == (True, "")


@pytest.mark.parametrize(
    ("text", "worthy"),
    [
        ("The repairs could take as long as 12 weeks.", (True, "")),  # a span is a figure
        ("The ferry might sail within nine days.", (True, "")),
        ("The ferry might sail again.", (False, SPECULATION)),  # nothing to count
    ],
)
def test_a_possible_span_of_time_is_an_estimate_not_a_date(text: str, worthy: tuple[bool, str]) -> None:
    """ "could take 12 weeks" states a span an article can report; a date does not (above)."""
    assert judge(text) == worthy


@pytest.mark.parametrize(
    ("text", "worthy"),
    [
        ("The firm will shut two of its sheds.", (True, "")),  # a plan with its deed's object
        ("Tenants can claim a rebate on the fee.", (True, "")),  # a permission
        ("The lodge will publish new rules over the coming months.", (True, "")),
        ("Prices will rise.", (False, SPECULATION)),  # nothing done to anything
        ("Things will get better.", (False, SPECULATION)),
        ("Everyone should read the report.", (False, SPECULATION)),  # advice, not a plan
        ("Storms might flood the valley.", (False, SPECULATION)),  # a possibility stays one
        ("This will change everything.", (False, SPECULATION)),  # a pronoun is no deed's object
        ("The new tax will hurt exports.", (False, SPECULATION)),  # a forecast: a tax plans nothing
        ("The merger could cost 300 jobs.", (True, "")),
        (
            "Korvane will open three depots.",
            (True, ""),
        ),  # a name the tagger may miss is a doer  # a figure is stated whoever the subject
    ],
)
def test_a_plan_or_permission_naming_its_deed_is_stated(text: str, worthy: tuple[bool, str]) -> None:
    """ "will/can" with a direct object say what is to be done; a bare forecast says nothing checkable."""
    assert judge(text) == worthy


@pytest.mark.parametrize(
    ("text", "worthy"),
    [
        ("Most of the crew were cadets.", (True, "")),  # a kind of person
        ("The building was a depot.", (True, "")),  # a kind of thing
        ("It is a shame.", (False, EVALUATION)),  # a judgement
        ("This is a mess.", (False, EVALUATION)),  # a state, in its commonest sense
        ("The plan was reckless.", (False, EVALUATION)),  # an evaluative adjective
    ],
)
def test_a_copula_filing_its_subject_under_a_kind_of_thing_is_a_fact(
    text: str, worthy: tuple[bool, str]
) -> None:
    """A noun complement naming people or things is a category an article can confirm."""
    assert judge(text) == worthy


@pytest.mark.parametrize(
    ("text", "worthy"),
    [
        ("Crews could not reach the flooded farm.", (True, "")),  # was unable: it happened
        ("Crews may not reach the flooded farm.", (False, SPECULATION)),  # still a possibility
        ("Crews could reach the flooded farm.", (False, SPECULATION)),
    ],
)
def test_a_negated_could_tells_what_someone_was_unable_to_do(text: str, worthy: tuple[bool, str]) -> None:
    """ "could not" reports an inability that happened, a fact an article can settle."""
    assert judge(text) == worthy
