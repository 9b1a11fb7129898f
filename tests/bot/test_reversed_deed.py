"""The claim's deed of the same parties told reversed: an antonym, one side negated, roles swapped."""

from __future__ import annotations

import pytest

from bot.reversed_deed import reversed_deed
from index.tuning import CheckTuning

RANK = CheckTuning.reversed_sense_rank
STEPS = CheckTuning.reversed_kind_steps


@pytest.mark.parametrize(
    ("claim", "sentence", "reason"),
    [
        (  # a WordNet antonym of the claim's verb, same subject and day
            "The Velm index rose on Monday.",
            "The Velm index fell sharply on Monday after the vote.",
            "says fell, not rose",
        ),
        (  # an antonym of the verb, same court and defendant
            "The Tarn court convicted Ilse Brandt of fraud.",
            "The Tarn court acquitted Ilse Brandt of fraud on Friday.",
            "says acquitted, not convicted",
        ),
        (  # the same verb negated in the sentence only
            "The Brill guild filed a grievance over the Oster judge.",
            "The Brill guild decided not to file a grievance over the Oster judge.",
            "says not file",
        ),
        (  # the sentence negates what the claim's verb is a kind of (slackening is weakening)
            "Arnholt slackened its campaign against the Velm dam.",
            "Arnholt will not weaken its campaign against the Velm dam, the minister said.",
            "says not weaken",
        ),
        (  # another way of the same change of degree negated (easing off and weakening: lessening)
            "Arnholt will ease off its protests over the Velm dam.",
            "Arnholt will not weaken its protests over the Velm dam, the minister said.",
            "says not weaken",
        ),
        (  # an upper-case name the tagger reads as a verb is still a party ("against IS")
            "Tarnia will ease off its raids against IS this winter.",
            "Tarnia will not weaken its drive against IS this winter, Velmar officials said.",
            "says not weaken",
        ),
        (  # the claim negated, the sentence asserting a synonym
            "Ostrava does not regard the Karsk Front as a terrorist group.",
            "Ostrava regards the Karsk Front as a terrorist group, officials said.",
            "says regards",
        ),
        (  # doer and object swapped around the same verb
            "Velm attacked Tarn last week.",
            "Tarn attacked Velm last week, officials said.",
            "says the other way round: attacked",
        ),
        (  # the claim's party leaves (a two-word preposition as the particle), the sentence's stays
            "The Velmar Republic is pulling its 300 engineers out of Tarn.",
            "The Velmar Republic has 300 engineers based in Tarn who will remain in the province.",
            "says remain, not pulling",
        ),
        (  # shut down against staying open, the party named by a compound of compounds
            "Mayor Ilse Brandt said the river ferry lines would be shut down in May.",
            "She said the ticket desks and river ferry lines would remain open until the autumn.",
            "says remain, not shut",
        ),
        (  # stopping against going on, the same subject and object
            "The Orlen Fund will discontinue its grants to Tarn farmers.",
            "The Orlen Fund will continue its grants to Tarn farmers next year.",
            "says continue, not discontinue",
        ),
        (  # leaving against staying put
            "The Velm troops will leave Tarn.",
            "The Velm troops will stay in Tarn until May.",
            "says stay, not leave",
        ),
        (  # a deed the claim's party stops (its object a party too) the sentence's goes on with
            "Orlen will stop selling flour to Tarn bakers.",
            "Orlen will keep selling flour, its owner said.",
            "says keep, not stop",
        ),
        (  # the place a participle gives the party is its own: "medics posted in Tarn"
            "The Velm medics in Tarn will be withdrawn next month.",
            "The Velm medics posted in Tarn will stay until the spring.",
            "says stay, not withdrawn",
        ),
        (  # the same, the staying told in a relative clause on the party
            "The Velm medics in Tarn will be withdrawn next month.",
            "Velm has 40 medics posted in Tarn who will stay there until the spring.",
            "says stay, not withdrawn",
        ),
        (  # a subjectless participle clause takes its verb's subject as its doer
            "The Brill guild filed a grievance over the Oster judge.",
            "The Brill guild will review its rules after choosing not to file a grievance over the Oster judge.",
            "says not file",
        ),
        (  # the thing the claim's party stops, still being done as the sentence speaks
            "The Korva militia will stop its raids on Tarn villages.",
            "The Korva militia will not soften its stance, even while carrying out raids on Tarn villages.",
            "says still carrying, not stop",
        ),
        (  # taking a party home from a place is its leaving there; the sentence has it stay
            "The Orsk ministry is flying its 60 surveyors home from Tarn.",
            "The Orsk ministry has 60 surveyors posted in Tarn who will stay there.",
            "says stay, not flying",
        ),
    ],
)
def test_reversed(claim: str, sentence: str, reason: str) -> None:
    assert reversed_deed(claim, sentence, RANK, STEPS) == reason


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # the same deed, the same way
            "Velm attacked Tarn last week.",
            "Velm attacked Tarn last week, officials said.",
        ),
        (  # the passive tells the same direction
            "Velm attacked Tarn last week.",
            "Tarn was attacked by Velm last week.",
        ),
        (  # two changes filed under change itself are no one change of degree: not strengthening
            # is no denial of easing off
            "Arnholt will ease off its protests over the Velm dam.",
            "Arnholt will not strengthen its protests over the Velm dam, the minister said.",
        ),
        (  # two ways of doing harm (no change of degree): not shooting denies no stabbing
            "Velm guards stabbed the Tarn envoy near the Ostra gate.",
            "Velm guards did not shoot the Tarn envoy near the Ostra gate.",
        ),
        (  # a hedged opposite states nothing
            "The Tarn court convicted Ilse Brandt of fraud.",
            "The Tarn court may acquit Ilse Brandt of fraud.",
        ),
        (  # "can" tells a chance of the deed, not that it happened: no win to set against "not won"
            "Dunmore had not won the Harrow cup since 1931.",
            "Dunmore can win the Harrow cup for the first time since 1931.",
        ),
        (  # another owner's shares: the kind of thing alone pins no event
            "Korval shares rose 4% on the news.",
            "Pellam's shares fell 2% on the news.",
        ),
        (  # the antonym said of other parties
            "The Velm index rose on Monday.",
            "Oil prices fell in Tarn on Monday.",
        ),
        (  # a report the sentence holds as a noun's content asserts nothing either way
            "The Korvel tunnel will not reopen in June.",
            "The minister rejected rumours that the Korvel tunnel would reopen in June.",
        ),
        (  # "come" and "go" oppose, but no kind of going opposes every kind of coming
            "The Ostrava convoy had come from the Brenna border.",
            "The Ostrava convoy had travelled to Velm from the Brenna border.",
        ),
        (  # staying in the state the claim's deed leaves it in: no rival
            "The Velm ferry lines would be shut down next week.",
            "The Velm ferry lines would remain shut down after the storm.",
        ),
        (  # "closed" can mean shut down (one of its WordNet senses)
            "The Velm clinic will shut down next week.",
            "The Velm clinic will remain closed after the storm.",
        ),
        (  # staying in a state is no staying put: it does not oppose leaving
            "Velm voters left the polling stations early.",
            "Velm voters remained calm at the polling stations.",
        ),
        (  # another party stays
            "The Velmar Republic is pulling its 300 engineers out of Tarn.",
            "Korvan medics will remain in Tarn, the ministry said.",
        ),
        (  # going on with another deed than the one the claim's party stops
            "Orlen will stop selling flour to Tarn bakers.",
            "Orlen will keep selling bread, its owner said.",
        ),
        (  # a staying verb with an object tells what is held on to, not a going on
            "The Orlen mill will stop selling flour to Tarn bakers.",
            "The Orlen mill will keep its staff.",
        ),
        (  # a party posted in another place stays: the claim's place is not named for it
            "The Velm medics in Tarn will be withdrawn next month.",
            "The Velm medics posted in Korva will stay until the spring.",
        ),
        (  # the staying negated: it says the same as the claim
            "The Velmar Republic is pulling its 300 engineers out of Tarn.",
            "The Velmar Republic's 300 engineers in Tarn will not remain there.",
        ),
        (  # the doing itself stopped: no going on
            "The Korva militia will stop its raids on Tarn villages.",
            "The Korva militia has stopped carrying out raids on Tarn villages.",
        ),
        (  # another thing done while the claim's is stopped
            "The Korva militia will stop its raids on Tarn villages.",
            "The Korva militia is carrying out repairs in Tarn villages.",
        ),
        (  # a home bought is a house, not where the party goes
            "The Orsk ministry bought a new home for its 60 surveyors in Tarn.",
            "The Orsk ministry has 60 surveyors posted in Tarn who will stay there.",
        ),
        (  # "their home" is a house, not where they go: no leaving
            "The Orsk ministry is rebuilding their home in Tarn.",
            "The Orsk ministry has 60 surveyors working in Tarn who will stay there.",
        ),
        (  # sent home from another place than the one the sentence has them stay in
            "The Orsk ministry is flying its 60 surveyors home from Velm.",
            "The Orsk ministry has 60 surveyors posted in Tarn who will stay there.",
        ),
        (  # pulled out of another place than the one the sentence has them stay in
            "The Velmar Republic is pulling its 300 engineers out of Velm.",
            "The Velmar Republic has 300 engineers posted in Tarn who will remain there.",
        ),
    ],
)
def test_not_reversed(claim: str, sentence: str) -> None:
    assert reversed_deed(claim, sentence, RANK, STEPS) == ""


@pytest.mark.parametrize(
    ("claim", "sentence", "reason"),
    [
        (  # a comparative after a verb of becoming against a verb opposed to growing
            "The Velm budget shortfall got bigger in March.",
            "The Velm budget gap narrowed in March, the bureau said.",
            "says narrowed, not bigger",
        ),
        (  # shrinking against a verb of the kind of growing
            "The Velm budget shortfall got smaller in March.",
            "The Velm budget shortfall widened in March as spending rose.",
            "says widened, not smaller",
        ),
        (  # making bigger against making smaller, the same object
            "The Tarn council raised taxes on fuel.",
            "The Tarn council cut taxes on fuel last week.",
            "says cut, not raised",
        ),
    ],
)
def test_opposite_growth(claim: str, sentence: str, reason: str) -> None:
    assert reversed_deed(claim, sentence, RANK, STEPS) == reason


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # both say it shrank
            "The Velm budget shortfall got smaller in March.",
            "The Velm trade deficit narrowed in March as imports fell.",
        ),
        (  # one owner, two things: losses narrowing is no profit shrinking
            "Korval's quarterly losses narrowed.",
            "Korval's quarterly profits grew by a third.",
        ),
        (  # a state, not a change: bigger than something, not grown
            "The Velm deficit was bigger in March.",
            "The Velm deficit narrowed in March.",
        ),
        (  # two verbs of growing
            "The Brill army expanded its presence in Tarn.",
            "The Brill army increased its presence in Tarn after the talks.",
        ),
    ],
)
def test_not_opposite_growth(claim: str, sentence: str) -> None:
    assert reversed_deed(claim, sentence, RANK, STEPS) == ""


@pytest.mark.parametrize(
    ("claim", "sentence", "reason"),
    [
        (  # going ahead against called off, the parties named after "between" and their parts
            "A debate between Velm and Ilse Brandt went ahead in May.",
            "In May a debate between Mr Velm and Ilse Brandt was cancelled when no hall was found.",
            "says cancelled, not went",
        ),
        (  # called off against went ahead
            "The Velm concert was cancelled on Friday.",
            "The Velm concert went ahead on Friday despite the storm.",
            "says went, not cancelled",
        ),
    ],
)
def test_called_off(claim: str, sentence: str, reason: str) -> None:
    assert reversed_deed(claim, sentence, RANK, STEPS) == reason


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (  # both call it off
            "The Velm concert was cancelled on Friday.",
            "The Velm concert was cancelled on Friday after the storm.",
        ),
        (  # another event called off
            "The Velm concert took place on Friday.",
            "The Velm festival was called off on Friday.",
        ),
        (  # the calling off negated: it says the same as the claim
            "The Velm concert went ahead on Friday.",
            "The Velm concert was not cancelled on Friday.",
        ),
    ],
)
def test_not_called_off(claim: str, sentence: str) -> None:
    assert reversed_deed(claim, sentence, RANK, STEPS) == ""


def test_a_denied_complement_reverses_the_plea_of_one_person_named_by_surname() -> None:
    """ "pleaded not guilty" against "pleaded guilty": the same plea, one side denied; "Mr Varn"
    is "Tom Varn", "Ann Varn" another person."""
    claim = "Tom Varn has pleaded not guilty to the fraud charges."
    assert reversed_deed(claim, "Mr Varn, 42, has already pleaded guilty to fraud.", RANK, STEPS)
    assert reversed_deed(
        "Tom Varn has pleaded guilty to the fraud charges.",
        "Mr Varn has pleaded not guilty to fraud.",
        RANK,
        STEPS,
    )
    assert not reversed_deed(claim, "Mr Varn has pleaded not guilty to fraud.", RANK, STEPS)
    assert not reversed_deed(claim, "Ann Varn has pleaded guilty to fraud.", RANK, STEPS)
    named = "Scott Halloran has pleaded not guilty to the fraud charges."
    assert reversed_deed(named, "Mr Halloran, 42, has already pleaded guilty to fraud.", RANK, STEPS)


def test_a_deed_the_claim_states_in_another_clause_is_no_reversal() -> None:
    """ "freed a week after soldiers detained her": a sentence telling the detention tells the claim's
    own clause, not the opposite of the freeing; a clause of another named subject still leaves
    the sentence a reversal of the claim's deed."""
    claim = "Ilse Varn was freed a week after soldiers detained her at the Tarn border."
    sentence = "The Velm Brigade detained the reporter Ilse Varn and her friend Tom Brill at the Tarn border."
    assert not reversed_deed(claim, sentence, RANK, STEPS)
    assert reversed_deed("The Velm Brigade released Ilse Varn in Tarn.", sentence, RANK, STEPS)
    other = "The Velm index fell on Monday after the Tarn index rose."
    assert reversed_deed(other, "The Velm index rose on Monday.", RANK, STEPS) == "says rose, not fell"
