"""The claim's deed told by the sentence under a frame that says it did not happen."""

from __future__ import annotations

import pytest

from bot.denied_deed import denied_deed, denied_in_other_words, undone_deed
from bot.nlp import dependency_parse
from index.tuning import CheckTuning

RANK = 3


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # "no indication that": the reported deed, its victims named
            "The Harlow garrison admitted that villagers were hurt in its shelling of Ostrava.",
            "The garrison said there was no indication that villagers were hurt during the exercise.",
        ),
        (  # "without" the deed's noun
            "The three Velmar fishermen were charged by coastguard officers after landing.",
            "The fishermen were released without charge by coastguard officers on Monday.",
        ),
        (  # a negated verb of deciding over the deed
            "The Tolvik council filed an appeal against the Brenna ruling.",
            "The Tolvik council said it had decided not to file an appeal against the ruling.",
        ),
        (  # a verb of denying over the deed's clause
            "The Dunmore club confirmed that its treasurer sold the stadium land.",
            "A Dunmore club spokesman denied that the treasurer had sold the stadium land.",
        ),
        (  # a failed bid
            "The Korran miners succeeded in reopening the northern shaft.",
            "The Korran miners lost two men in a failed bid to reopen the shaft.",
        ),
        (  # the outcome WordNet links to the deed ("died" / "were killed")
            "Officials admitted that six hikers died in the Pellow avalanche.",
            "Officials said there was no sign that any hikers were killed in the avalanche.",
        ),
        (  # the victims told as an amount of them ("dozens of hikers"): the hikers
            "The Pellow rangers admitted dozens of hikers died.",
            "The rangers said there was no sign that hikers were killed in the storm.",
        ),
    ],
)
def test_the_deed_under_a_denying_frame_refutes(claim: str, sentence: str) -> None:
    assert denied_deed(claim, sentence, RANK)


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # the same deed asserted
            "The three Velmar fishermen were charged by coastguard officers.",
            "The fishermen were charged by coastguard officers on Monday.",
        ),
        (  # the claim denies it too: the polarity checks compare the two
            "The fishermen were not charged by coastguard officers.",
            "The fishermen were released without charge by coastguard officers.",
        ),
        (  # the frame holds another deed's victims: not the same event
            "Officials admitted that six hikers died in the Pellow avalanche.",
            "Officials said there was no sign that the rescuers were hurt.",
        ),
        (  # a negated "be" doubts, it does not deny
            "The Orsk brigade carried out the raid on the depot.",
            "It was not clear whether the raid on the depot had been carried out by the Orsk brigade.",
        ),
        (  # a phrase of cause under a verb WordNet also files under rejecting ("kill a bill")
            "The Orsk brigade carried out the raid on the depot.",
            "Four guards were killed in the raid on the depot carried out by the Orsk brigade.",
        ),
        (  # an "of" phrase on a noun that is no amount names no victims ("the families of")
            "The Pellow rangers admitted the families of hikers died.",
            "The rangers said there was no sign that hikers were killed in the storm.",
        ),
        (  # a refusal supposed under "if" is no refusal told: it denies nothing
            "The Harwell council met the rival bidders face to face before the vote.",
            "The mayor said the Harwell council would look weak if it refused calls to meet the rival bidders.",
        ),
        (  # a refusal to say denies no statement: the deed is what was said
            "The Harwell council has since said the council will ask the court to review the plan.",
            "The Harwell council refused to say if it would ask the court to review the plan.",
        ),
    ],
)
def test_the_deed_asserted_doubted_or_of_other_parties_does_not(claim: str, sentence: str) -> None:
    assert denied_deed(claim, sentence, RANK) == ""


def _kin(pairs: set[tuple[str, str]]):  # type: ignore[no-untyped-def]
    return lambda a, b: (a, b) in pairs


def test_a_kin_verb_under_a_failing_frame_denies_the_deed_told_in_other_words() -> None:
    """ "Were bought" told as "failed to sell": the same sale, which did not happen."""
    claim = "The Varo prints were bought at the Kell fair."
    text = "But the Varo prints failed to sell at the Kell fair."
    kin = _kin({("buy", "sell")})
    assert (
        denied_in_other_words(claim, text, ["bought"], RANK, kin) == "says it did not happen: failed ... sell"
    )
    assert denied_in_other_words(claim, "The Varo prints sold at the Kell fair.", ["bought"], RANK, kin) == ""
    assert denied_in_other_words(claim, text, ["bought"], RANK, _kin(set())) == ""


def test_a_verb_denying_only_in_a_rarer_sense_is_no_denying_frame() -> None:
    """ "Killing nine persons injuring 30" tells deaths and wounds: "kill" is filed under
    rejecting only in its rarer "vote down" sense, so it denies no deed it holds."""
    claim = "Rockets fired by rebel groups killed nine people in the Velm market in May."
    text = (
        "A police source said that rebel groups targeted the Velm market with four rocket shells "
        "killing nine persons injuring more than 30 persons."
    )
    assert denied_in_other_words(claim, text, ["fired"], RANK, _kin({("fire", "injure")})) == ""


def test_a_claim_denying_its_own_deed_is_left_to_the_polarity_checks() -> None:
    claim = "The Varo prints were not bought at the Kell fair."
    text = "But the Varo prints failed to sell at the Kell fair."
    assert denied_in_other_words(claim, text, ["bought"], RANK, _kin({("buy", "sell")})) == ""


def test_a_frame_the_claim_writes_itself_denies_nothing() -> None:
    """ "Urged the crews to avoid damaging" / "called on the crews to avoid damaging": the frame
    over "damaging" is the claim's own; only "urged" is told otherwise, and it is not denied."""
    claim = "The Tarn mayor urged the crews to avoid damaging the old bridge."
    text = "The Tarn mayor called on the crews to avoid damaging the old bridge."
    kin = _kin({("urge", "damage"), ("urge", "call")})
    assert denied_in_other_words(claim, text, ["urged"], RANK, kin) == ""


SENSES = CheckTuning.stated_sense_rank


@pytest.mark.parametrize(
    ("claim", "sentence", "reason"),
    [
        (  # a refusal against the deed done
            "The Velm council refused to fund the bridge.",
            "The Velm council funded the bridge in May.",
            "says it happened: funded, refused ... fund",
        ),
        (  # declining against a WordNet synonym of the deed done
            "The Velm council declined to back the plan.",
            "The Velm council supported the plan on Monday.",
            "says it happened: supported, declined ... back",
        ),
        (  # failing against the deed done
            "The Tarn police failed to find the missing boat.",
            "The Tarn police found the missing boat on Monday.",
            "says it happened: found, failed ... find",
        ),
        (  # the deed the sentence's main verb introduces
            "The Velm council refused to fund the bridge.",
            "The Velm council agreed to fund the bridge in May.",
            "says it happened: fund, refused ... fund",
        ),
    ],
)
def test_a_deed_the_claim_says_was_refused_told_as_done_refutes(
    claim: str, sentence: str, reason: str
) -> None:
    assert undone_deed(claim, sentence, SENSES) == reason


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # refused in both
            "The Velm council refused to fund the bridge.",
            "The Velm council refused to fund the bridge in May.",
        ),
        (  # a deed the sentence leaves possible
            "The Velm council refused to fund the bridge.",
            "The Velm council may fund the bridge in May.",
        ),
        (  # a deed a noun holds as a report's content
            "The Velm council refused to fund the bridge.",
            "Reports that the Velm council would fund the bridge were denied.",
        ),
        (  # another object: another deed
            "The Velm council refused to fund the bridge.",
            "The Velm council funded the school in May.",
        ),
        (  # another doer: the claim's failing may stand beside it
            "The Tarn police failed to find the missing boat.",
            "Divers found the missing boat on Monday.",
        ),
        (  # a claim telling a denial is not contradicted by the deed done
            "Ilse Brandt denied that she sold the farm.",
            "Ilse Brandt sold the farm in 2019.",
        ),
    ],
)
def test_a_refused_deed_not_told_as_done_by_its_parties_does_not(claim: str, sentence: str) -> None:
    assert undone_deed(claim, sentence, SENSES) == ""


def test_a_verb_another_word_states_is_not_denied_by_a_frame_over_a_kin_verb() -> None:
    """ "stop Tarnby from breaking apart", stated by "avoid any fragmentation of Tarnby": a later
    "would not intervene in Tarnby" denies another deed, however kin the two verbs."""
    claim = "The council wants to stop Tarnby from breaking apart."
    text = "The council wants to avoid any fragmentation of Tarnby, though the mayor would not intervene in Tarnby."
    avoid = next(t.i for t in dependency_parse(text, entities=False) if t.lower_ == "avoid")

    def kin(a: str, b: str) -> bool:
        return True

    assert denied_in_other_words(claim, text, ["stop"], 1, kin).startswith("says it did not happen")
    assert denied_in_other_words(claim, text, ["stop"], 1, kin, lambda: {"stop": {avoid}}) == ""


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # the claim's object only a modifier of the denied deed's object: a match, not the cup
            "Dorrin was praised by the Velmar federation for winning the Marlow Cup.",
            "Dorrin, who did not win a Marlow Cup singles match in 2003, has been in good form this year.",
        ),
        (  # another object altogether under the same denied verb
            "The Tolvik council filed an appeal against the Brenna ruling.",
            "The Tolvik council decided not to file a complaint about the Brenna ruling.",
        ),
    ],
)
def test_a_denied_deed_done_to_another_thing_denies_nothing(claim: str, sentence: str) -> None:
    assert denied_deed(claim, sentence, RANK) == ""


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # the claim's place named in an "of" phrase of the sentence's object
            "The Orsk brigade captured Velm.",
            "The Orsk brigade failed to capture the town of Velm.",
        ),
        (  # a kind of the claim's object
            "The Korran council sold the vehicles.",
            "The Korran council decided not to sell the trucks.",
        ),
    ],
)
def test_a_denied_deed_done_to_the_claims_object_in_other_words_still_denies(
    claim: str, sentence: str
) -> None:
    assert denied_deed(claim, sentence, RANK)


@pytest.mark.parametrize(
    ("claim", "sentence", "denied"),
    [
        (  # the deed's own noun with "no"
            "Police arrested suspects in Orlesk.",
            "Police made no arrests in Orlesk.",
            True,
        ),
        (  # the noun of the deed's outcome: killing causes dying
            "Villagers were killed in the Orlesk raid.",
            "The governor reported no deaths among villagers in the Orlesk raid.",
            True,
        ),
        (  # the noun told without "no" denies nothing
            "Villagers were killed in the Orlesk raid.",
            "The governor reported deaths among villagers in the Orlesk raid.",
            False,
        ),
        (  # "no" on a party, not on the deed
            "Villagers were killed in the Orlesk raid.",
            "No villagers were at home during the Orlesk raid.",
            False,
        ),
    ],
)
def test_the_deed_noun_with_no_denies_the_deed(claim: str, sentence: str, denied: bool) -> None:
    assert bool(denied_deed(claim, sentence, RANK)) is denied


@pytest.mark.parametrize(
    ("claim", "sentence", "denied"),
    [
        (  # the report's object noun is the deed, its party the word before it
            "The Orlesk garrison reported civilian deaths in its raid.",
            "The garrison said there was no sign that civilians were killed in the raid.",
            True,
        ),
        (  # the deed told as done
            "The Orlesk garrison reported civilian deaths in its raid.",
            "The garrison said civilians were killed in the raid.",
            False,
        ),
        (  # the claim denies it itself: left to the polarity checks
            "The Orlesk garrison reported no civilian deaths in its raid.",
            "The garrison said there was no sign that civilians were killed in the raid.",
            False,
        ),
    ],
)
def test_a_reported_deed_noun_is_denied_by_its_verb_under_a_frame(
    claim: str, sentence: str, denied: bool
) -> None:
    assert bool(denied_deed(claim, sentence, RANK)) is denied
