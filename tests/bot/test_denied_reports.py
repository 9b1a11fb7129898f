"""A telling denied in the next breath by its doer: the article stands on both sides."""

from __future__ import annotations

import pytest

from bot.denied_reports import claim_doer, denied_by_doer, denies_telling, doer_denies_part
from index.embed import Embedder
from index.tuning import CheckTuning
from tests.bot.tiny_index import checker_over

RANK = CheckTuning.told_sense_rank


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("The league spokesman denied the reports.", "denied the reports"),
        ("The mining firm rejected these allegations on Monday.", "rejected these allegations"),
        ("Officials in Tarvia denied it.", "denied it"),
        ("The ministry has dismissed the claims as baseless.", "dismissed the claims"),
        ("The senator denies the accusation.", "denies the accusation"),
    ],
)
def test_a_bare_report_noun_or_pronoun_denied_is_a_denial_of_the_telling(text: str, denial: str) -> None:
    """Sport, business and politics: "denied the reports", "rejected these allegations", "denied it"."""
    assert denies_telling(text, RANK) == denial


@pytest.mark.parametrize(
    "text",
    [
        "Police denied reports that a second parcel had been found.",  # what the reports hold: another telling
        "The ministry denied reports of a second blast near the port.",
        "The lawyers denied claims they had hidden the files.",
        "The council denied his request for a permit.",  # a refusal, no denial
        "Border guards denied them entry.",
        "The coach did not deny the reports.",  # negated, open, wished or modal
        "The bank neither confirmed nor denied the reports.",
        "The minister refused to deny the story.",
        "The club may deny the claim.",
    ],
)
def test_a_denial_holding_its_own_content_a_refusal_or_an_unasserted_one_is_none(text: str) -> None:
    assert denies_telling(text, RANK) == ""


def test_only_the_claims_doer_denying_makes_two_accounts() -> None:
    """The doer of the claim's deed ("Norwegian jets", "Kessler Holdings") denying the reports
    answers the telling; someone else denying what is said of them ("he denied the charges" after
    "he was charged") leaves the claim's deed standing."""
    told = "The depot was hit by Norwegian jets on Sunday."
    assert denied_by_doer(told, "Norway's defence ministry denied it.", RANK) == "denied it"
    assert (
        denied_by_doer("French divers cut the cable.", "Paris rejected the claims.", RANK)
        == "rejected the claims"
    )
    assert denied_by_doer("French divers cut the cable.", "Berlin rejected the claims.", RANK) == ""
    bought = "Kessler Holdings bought the paper mill for four million euros."
    assert denied_by_doer(bought, "Kessler denied the reports.", RANK) == "denied the reports"
    assert denied_by_doer(bought, "The mill's owners denied the reports.", RANK) == ""
    assert denied_by_doer("He was charged with fraud last May.", "He denied the charges.", RANK) == ""
    assert denied_by_doer("Ostrian troops shelled the pass.", "The Velm army denied the claims.", RANK) == ""
    assert claim_doer("The pier was closed.") is None  # no doer named


DEED = CheckTuning.deed_denial_sense_rank


def test_the_doers_denial_of_its_part_in_the_deed_is_read_anywhere() -> None:
    """War, business, sport: the claim's doer denying "any responsibility", "any wrongdoing", or
    that it or its own did the claim's deed or took part in "the raid"; a standing position in the
    present simple, a refusal, another's denial, a negated clause or a clause about another deed
    ("denied it had paid too much") is none."""
    jets = "French jets bombed the fuel depot."
    assert doer_denies_part(jets, "Paris has denied any responsibility.", DEED) == "denied any responsibility"
    assert doer_denies_part(jets, "France denied its jets had taken part in the raid.", DEED) == (
        "denied its jets had taken part in the raid"
    )
    assert doer_denies_part("Tarn United paid the referee.", "Tarn United denied any wrongdoing.", DEED) == (
        "denied any wrongdoing"
    )
    bought = "Kessler Holdings bought the paper mill."
    assert doer_denies_part(bought, "Kessler denied it had purchased the mill.", DEED) == (
        "denied it had purchased the mill"
    )
    assert doer_denies_part(bought, "Kessler denied it had paid too much.", DEED) == ""
    assert doer_denies_part(jets, "France denies targeting civilians.", DEED) == ""
    assert doer_denies_part(jets, "France denied its jets had flown over Spain.", DEED) == ""
    assert doer_denies_part(jets, "Berlin has denied any responsibility.", DEED) == ""
    assert doer_denies_part("The council closed the library.", "The council denied his request.", DEED) == ""
    offer = "The Velm board rejected the takeover offer as too low."  # a refusal of a proposal
    assert doer_denies_part("The Velm board backed the takeover offer.", offer, DEED) == ""


def test_a_claim_of_a_state_or_a_saying_has_no_doer_a_denial_answers() -> None:
    """ "Ed Hale is on trial for fraud" stands when he denies the charges; "the firm says it owes
    tax" stands whatever is denied; "Ed Hale stole the funds" is his deed to deny."""
    assert claim_doer("Ed Hale is on trial over a fraud at Brannock.") is None
    assert claim_doer("The Tarn firm says it owes no tax.") is None
    assert claim_doer("Ed Hale stole the Brannock funds.").text == "Hale"
    assert doer_denies_part("Ed Hale stole the Brannock funds.", "Mr Hale has denied the charges.", DEED) == (
        "denied the charges"
    )


ARTICLES = {
    "tarn.txt": "Raid on Tarn depot\n\n"
    "A fuel depot in the port of Tarn burned on Sunday night.\n\n"
    "Harbour workers said Ostrian jets bombed the fuel depot in Tarn, killing four guards.\n\n"
    "The Ostrian defence ministry denied the reports.\n\n"
    "Firefighters worked through the night to put out the blaze.\n",
    "dorn.txt": "Blast at Dorn mill\n\n"
    "Local officials said Kessler Holdings had burned the old Dorn mill down on Tuesday.\n\n"
    "Firefighters took four hours to bring the blaze under control.\n\n"
    "Insurers said the mill had been empty since 2019.\n\n"
    "Kessler Holdings has denied any responsibility.\n",
    "velm.txt": "Velm bridge reopens\n\n"
    "Engineers said the Velm bridge reopened to traffic on Monday after repairs.\n\n"
    "Repairs had taken nine months.\n",
}


def test_a_source_telling_the_deed_then_its_doers_denial_makes_the_claim_conflicting(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> None:
    """ "Workers said Ostrian jets bombed the depot. The Ostrian ministry denied the reports."
    tells two accounts: the claim is conflicting, the denial cited against it; a claim the
    article tells without a denial stays supported."""
    checker = checker_over(ARTICLES, "denied-reports", tmp_path_factory, embedder)
    verdict = checker.check("Ostrian jets bombed the fuel depot in Tarn on Sunday, killing four guards.")
    assert verdict.verdict == "conflicting"
    against = [e.quote for e in verdict.evidence if e.stance == "refutes"]
    assert against == ["The Ostrian defence ministry denied the reports."]
    assert checker.check("The Velm bridge reopened to traffic on Monday.").verdict == "supported"
    mill = checker.check("Kessler Holdings burned the old Dorn mill down on Tuesday.")
    assert mill.verdict == "conflicting"
    assert [e.quote for e in mill.evidence if e.stance == "refutes"] == [
        "Kessler Holdings has denied any responsibility."
    ]
