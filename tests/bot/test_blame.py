"""Who did it, read from the parse: each attribution pattern on small hand-made sentences."""

from __future__ import annotations

import pytest

from bot.blame import (
    actor_words,
    attributions,
    hand_only,
    named_on_deed,
    other_toll,
    same_actor,
    same_event,
)
from bot.names import defined_aliases
from bot.stance import attribution_stance
from bot.types import Stance


def never_similar(a: str, b: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("sentence", "actor", "kind"),
    [
        ("Harbour police carried out the raid on the warehouse.", "Harbour police", "did"),
        ("The raid on the warehouse was carried out by harbour police.", "harbour police", "did"),
        ("Two guards were hurt in a raid carried out by harbour police.", "harbour police", "did"),
        ("Night raids by the Velmar Guard damaged the depot.", "the Velmar Guard", "did"),
        (
            "The Red Hand group claimed responsibility for the bombing of the depot.",
            "The Red Hand group",
            "claimed",
        ),
        ("A bomb claimed by the Red Hand tore apart the depot.", "the Red Hand", "claimed"),
        ("No group has claimed responsibility for the bombing of the depot.", "No group", "unclaimed"),
        ("The mayor accused the Velmar Guard of burning the depot.", "the Velmar Guard", "did"),
        ("Velmar Guard units were behind the fire at the depot.", "Velmar Guard units", "did"),
        ("The Velmar Guard denied burning the depot.", "The Velmar Guard", "denied"),
        ("Liwa al-Islam fired the rockets that hit the depot.", "Liwa al-Islam", "did"),
        ("Harakat al-Nour fired the rockets that hit the depot.", "Harakat al-Nour", "did"),
    ],
)
def test_each_pattern_names_the_actor(sentence: str, actor: str, kind: str) -> None:
    found = [(sorted(actor_words(a.actor)), a.kind) for a in attributions(sentence)]
    assert (sorted(actor_words(actor)), kind) in found


def test_an_adjective_with_by_names_no_doer_and_a_future_tells_its_infinitive() -> None:
    """ "delighted by Brill's speech" names a cause, not who did a deed; "is going to open" is the
    opening, not a journey."""
    assert attributions("As a voter I could not be more delighted by Mayor Brill's speech.") == ()
    (opened,) = attributions("Mayor Brill is going to open the Ostrin pier.")
    assert opened.actor == "Mayor Brill" and "go" not in opened.event and "open" in opened.event


def test_a_weapon_or_an_event_is_not_an_actor() -> None:
    assert attributions("The bomb tore apart the bus.") == ()
    assert attributions("The blast killed ten people.") == ()


def test_same_event_by_shared_word_or_wordnet_kind() -> None:
    bombed = attributions("Velmar Guard jets bombed the market.")[0]
    attack = attributions("The attack was carried out by harbour police.")[0]
    assert same_event(bombed, attack)  # "bomb" is a kind of "attack" in WordNet
    painted = attributions("The Velmar Guard painted the ferry.")[0]
    assert not same_event(bombed, painted)
    assert attributions("The Velmar Guard ferry had come from Ostrin.") == ()  # motion, not a deed


def test_actors_are_the_same_by_names_and_initials_not_by_kind_words() -> None:
    assert same_actor("the Velmar Guard", "Velmar Guard units", never_similar)
    assert same_actor("the Northern Liberation Front", "NLF fighters", never_similar)
    assert not same_actor("Ostrin warplanes", "Velmar warplanes", never_similar)


@pytest.mark.parametrize(
    ("evidence", "stance"),
    [
        ("The Red Hand group claimed responsibility for the bombing of the depot.", Stance.SUPPORTS),
        ("The Blue Lions claimed responsibility for the bombing of the depot.", Stance.REFUTES),
        ("No group has claimed responsibility for the bombing of the depot.", Stance.REFUTES),
        ("Red Hand bombers struck the depot, the monitor said.", None),  # its deed, not its claim
    ],
)
def test_claim_of_responsibility_against_each_kind_of_source(evidence: str, stance: Stance | None) -> None:
    found = attribution_stance("The Red Hand claimed the depot bombing.", evidence, never_similar)
    assert (found[0] if found is not None else None) is stance


def test_a_denial_by_the_named_actor_refutes_and_a_sentence_about_something_else_is_silent() -> None:
    claim = "The Velmar Guard burned the depot."
    denied = attribution_stance(claim, "The Velmar Guard denied burning the depot.", never_similar)
    assert denied is not None and denied[0] is Stance.REFUTES and "denied" in denied[1]
    assert attribution_stance(claim, "The Velmar Guard sailed to Ostrin.", never_similar) is None


def test_an_accusation_is_answered_by_its_accuser_not_by_another_accusers() -> None:
    """ "The council blamed the Velmar Guard": the Guard accusing someone else is another voice,
    not a refutation; a sentence saying the Guard did it still supports."""
    claim = "The harbour council blamed the Velmar Guard for the arson attack on the depot."
    other = "The Velmar Guard accused the Blue Lions of the arson attack on the depot."
    assert attribution_stance(claim, other, never_similar) is None
    deed = attribution_stance(
        claim, "The Velmar Guard carried out the arson attack on the depot.", never_similar
    )
    assert deed is not None and deed[0] is Stance.SUPPORTS


def test_an_admission_is_not_supported_by_others_reporting_the_deed() -> None:
    claim = "The Velmar Guard admits that it uses fire bombs on the depot."
    reported = "The Velmar Guard has been using fire bombs on the depot since 2012."
    assert attribution_stance(claim, reported, never_similar) is None
    denied = attribution_stance(
        claim, "The Velmar Guard denies using fire bombs on the depot.", never_similar
    )
    assert denied is not None and denied[0] is Stance.REFUTES


def test_a_kind_of_actor_is_not_refuted_by_a_named_actor_of_any_kind() -> None:
    """ "Rebels fired the rockets": "the Red Hand fired them" may name one of those rebels."""
    claim = "Rebels fired the rockets at the depot."
    assert attribution_stance(claim, "The Red Hand fired the rockets at the depot.", never_similar) is None
    named = attribution_stance(
        "The Blue Lions fired the rockets at the depot.",
        "The Red Hand fired the rockets at the depot.",
        never_similar,
    )
    assert named is not None and named[0] is Stance.REFUTES


def test_another_actor_refutes_only_a_deed_done_to_the_same_thing() -> None:
    """ "The Blue Lions burned the ferry" is another deed, not another doer of the claim's; a
    winner of medals says nothing of who won two races."""
    claim = "The Velmar Guard burned the depot."
    assert attribution_stance(claim, "The Blue Lions burned the ferry.", never_similar) is None
    assert (
        attribution_stance("Kessler won two of his five races.", "Brandt won ten medals.", never_similar)
        is None
    )
    both_acts = attribution_stance(
        "The Red Hand claimed the bombing.", "The Blue Lions claimed the attack.", never_similar
    )
    assert both_acts is not None and both_acts[0] is Stance.REFUTES  # the act itself is the thing
    act = attribution_stance(
        "Velmar Guard jets bombed the market in Tarvel.",
        "The attack was most likely carried out by Norland warplanes.",
        never_similar,
    )
    assert act is not None and act[0] is Stance.REFUTES


def test_a_deed_said_as_possible_names_no_one() -> None:
    claim = "The Velmar Guard burned the depot."
    assert attribution_stance(claim, "Only the Blue Lions could burn the depot.", never_similar) is None
    burned = attribution_stance(claim, "The Blue Lions burned the depot.", never_similar)
    assert burned is not None and burned[0] is Stance.REFUTES


def test_only_a_saying_with_its_own_clause_is_the_actors_word() -> None:
    """ "admits that it uses" reports the actor's word; "refused to help" is a deed of its own."""
    (admits,) = attributions("The Velmar Guard admits that it uses fire bombs on the depot.")
    (refused,) = attributions("The Velmar Guard refused to help the depot workers.")
    assert admits.said and not refused.said


def test_an_all_capitals_group_the_parser_read_as_is_is_the_doer() -> None:
    """ "IS claimed the bombing": the parser takes "IS" for the auxiliary, yet it names who
    claimed it; a source naming another group for the same bombing then refutes it."""
    claim = "IS claimed the market bombing in Velmora."
    (found,) = attributions(claim)
    assert found.actor == "IS" and found.kind == "claimed"
    same = attribution_stance(claim, "IS claimed responsibility for the bombing in Velmora.", _never)
    assert same == (Stance.SUPPORTS, "names IS")
    other = attribution_stance(claim, "The Red Hand claimed the market bombing in Velmora.", _never)
    assert other is not None and other[0] is Stance.REFUTES


def test_a_span_of_time_is_not_what_the_deed_was_done_to() -> None:
    """ "claimed the bombing within hours": hours say when, so they are no target to compare."""
    (found,) = attributions("The Red Hand claimed the bombing within hours.")
    assert found.things == ()


def _never(a: str, b: str) -> bool:
    return False


def test_a_bomber_or_gunmen_are_the_hand_not_contradicted_by_a_named_group() -> None:
    """ "A suicide bomber killed 12 guards": a source saying the Red Hand did it may name who sent
    the bomber; "government forces" and "the Red Hand" are sides, so another group refutes them."""
    assert hand_only("a suicide bomber") and hand_only("gunmen")
    assert not hand_only("government forces") and not hand_only("the Red Hand")
    claim = "A suicide bomber killed 12 guards at the Velmora gate."
    evidence = "The Red Hand killed 12 guards at the Velmora gate."
    assert attribution_stance(claim, evidence, _never) is None
    sided = attribution_stance("Government forces killed 12 guards at the Velmora gate.", evidence, _never)
    assert sided is not None and sided[0] is Stance.REFUTES


def test_a_doer_asked_about_in_a_whether_clause_is_not_named() -> None:
    """ "did not know whether Velmar or Ostrin jets struck": neither is named, so a plain claim that
    Ostrin jets struck is neither supported nor refuted; a claim that the monitor said Ostrin jets
    struck is contradicted by the monitor's not knowing."""
    unsure = "The monitor said it did not know whether Velmar or Ostrin jets had bombed the depot."
    (found,) = attributions(unsure)
    assert found.doubted and not attributions("Ostrin jets bombed the depot.")[0].doubted
    assert attribution_stance("Ostrin jets bombed the depot in Tarvel.", unsure, _never) is None
    said = attribution_stance("The monitor said Ostrin jets had definitely bombed the depot.", unsure, _never)
    assert said is not None and said[0] is Stance.REFUTES and "not known" in said[1]
    unclear = "It was unclear if Velmar jets or Ostrin aircraft carried out the raid on the depot."
    blamed = attribution_stance("The monitor said Ostrin jets had carried out the raid.", unclear, _never)
    assert blamed is not None and blamed[0] is Stance.REFUTES


def test_a_side_said_to_be_to_blame_is_the_doer() -> None:
    """ "Ostrin jets were to blame" names Ostrin jets for the deed its context tells of."""
    found = [a.actor for a in attributions("The monitor said Ostrin jets were to blame for the raid.")]
    assert found == ["Ostrin jets"]
    unsure = "The monitor said it could not determine whether Velmar or Ostrin jets carried out the raid."
    said = attribution_stance("The monitor said Ostrin jets were to blame.", unsure, _never)
    assert said is not None and said[0] is Stance.REFUTES


def test_what_one_speaker_said_is_not_answered_by_another_accuser() -> None:
    """ "The monitor said Ostrin jets did it" is the monitor's word: rebels blaming Ostrin jets
    neither support nor refute it; the monitor saying so does."""
    claim = "The monitor said Ostrin jets were to blame for the raid on the depot."
    rebels = "Velmar rebels blamed Ostrin jets for the raid on the depot."
    assert attribution_stance(claim, rebels, _never) is None
    monitor = attribution_stance(claim, "The monitor blamed Ostrin jets for the raid on the depot.", _never)
    assert monitor is not None and monitor[0] is Stance.SUPPORTS


def test_a_speaker_unsure_who_did_it_contradicts_a_report_of_their_certainty() -> None:
    """The monitor "could not determine whether the Velmar army or Norland did it" contradicts
    "the monitor said Ostrin jets struck the depot market", though neither names Ostrin jets and
    one names the market, the other the town: the speaker did not know."""
    unsure = "The monitor said it could not determine whether the strikes on Tarvel had been carried out by the Velmar army or Norland."
    claim = "The monitor said Ostrin jets carried out the strikes on the Tarvel market."
    said = attribution_stance(claim, unsure, _never)
    assert said is not None and said[0] is Stance.REFUTES
    other = "The mayor said it could not determine whether the strikes on Tarvel had been carried out by the Velmar army or Norland."
    assert attribution_stance(claim, other, _never) is None


def test_a_capital_and_its_country_are_one_actor() -> None:
    """ "Lima" in a claim is the government a sentence calls "Peru"; another country is not."""
    assert same_actor("Lima", "Peru", never_similar)
    assert same_actor("the Republic of Peru", "Lima", never_similar)
    assert not same_actor("Lima", "Chile", never_similar)


def test_deeds_led_into_by_a_promise_are_one_event_only_by_their_clauses() -> None:
    """ "promised to build a port" and "vowed to close the mine" are two deeds, though promising
    and vowing are one act; "vowed to construct a port" is the same deed."""
    build = attributions("The mayor of Dorvale promised to build a new port.")[0]
    assert build.deed_in_clause
    assert not same_event(build, attributions("The Ostrin governor vowed to close the old mine.")[0])
    assert same_event(build, attributions("The Ostrin governor vowed to construct a new port.")[0])
    assert (
        attribution_stance(
            "Kessler has pledged to withdraw every ranger from Tarvel.",
            "The Norland council has vowed to prevent the return of the smugglers to Tarvel.",
            never_similar,
        )
        is None
    )
    assert not attributions("Velmar Guard jets bombed the market.")[0].deed_in_clause


def test_the_deed_of_an_act_noun_includes_what_its_clause_says_it_did() -> None:
    """ "Behind the raid that killed three fishermen" is the killing too: another navy killing the
    same fishermen names another doer."""
    claim = "Norwegian gunboats were behind the raid that killed three fishermen off Bergen in May."
    text = "Danish frigates killed three fishermen off Bergen, the coastguard said."
    assert attribution_stance(claim, text, never_similar) == (
        Stance.REFUTES,
        "names Danish frigates, not Norwegian gunboats",
    )


def test_a_day_name_on_the_deed_is_when_it_was_done_not_what_to() -> None:
    """ "Tuesdays raids" (apostrophe lost) is no target: the raids are the same deed."""
    claim = "Danish gunboats carried out the Tuesday raids on the harbour of Bergen."
    text = "The coastguard said Tuesdays raids were conducted by Swedish frigates."
    assert [a.things for a in attributions(text)] == [()]
    assert attribution_stance(claim, text, never_similar) == (
        Stance.REFUTES,
        "names Swedish frigates, not Danish gunboats",
    )


def test_an_act_by_a_doer_that_did_a_deed_was_done_to_the_deeds_object_not_its_day() -> None:
    """ "An air strike on Monday by the Velmar Guard killed 12 farmers": the strike was done to the
    farmers, not to Monday, so a claim naming another doer for the strike that killed 12 farmers
    is refuted, and one naming the Velmar Guard supported; another deed's victims are no rival."""
    evidence = "An air strike on Monday by the Velmar Guard killed 12 farmers near Tarn."
    (found,) = attributions(evidence)
    assert "monday" not in found.things and {"farmer", "12"} <= set(found.things)
    other = attribution_stance(
        "The strike that killed 12 farmers near Tarn was carried out by Ostrin jets.", evidence, _never
    )
    assert other == (Stance.REFUTES, "names Velmar Guard, not Ostrin jets")
    same = attribution_stance(
        "The strike that killed 12 farmers near Tarn was carried out by the Velmar Guard.", evidence, _never
    )
    assert same is not None and same[0] is Stance.SUPPORTS
    unrelated = "The raid that freed nine hostages was carried out by Ostrin jets."
    assert attribution_stance(unrelated, evidence, _never) is None


def test_the_same_count_of_victims_told_by_another_noun_is_the_same_target() -> None:
    """ "killed 12 farmers" and "killed 12 villagers": one deed's victims, however each outlet
    calls them; "killed 12 farmers" and "killed 30 villagers" may be two deeds."""
    evidence = "A raid on Friday by the Velmar Guard killed 12 villagers near Tarn."
    claim = "The raid that killed 12 farmers near Tarn was carried out by Ostrin jets."
    found = attribution_stance(claim, evidence, _never)
    assert found is not None and found[0] is Stance.REFUTES
    farther = attribution_stance(claim, evidence.replace("12", "30"), _never)
    assert farther is None


def test_a_defined_short_form_names_the_body_of_the_country_its_name_opens_with() -> None:
    """ "the French Coastal Command (COASTCOM)" defined, "COASTCOM ships shelled the port" names
    the claim's "French ships" and "Coastal Command"; without the definition, or for a claim
    naming another body of that country ("French Central Bank"), it names another actor."""
    aliases = defined_aliases(["Officials of the French Coastal Command (COASTCOM) met."], 2)
    evidence = "COASTCOM forces shelled the port of Velmar on Monday."
    for claim in (
        "French forces shelled the port of Velmar.",
        "Coastal Command forces shelled the port of Velmar.",
    ):
        found = attribution_stance(claim, evidence, never_similar, aliases)
        assert found is not None and found[0] is Stance.SUPPORTS, claim
    unknown = attribution_stance("French forces shelled the port of Velmar.", evidence, never_similar)
    assert unknown is not None and unknown[0] is Stance.REFUTES
    bank = attribution_stance(
        "French Central Bank forces shelled the port of Velmar.", evidence, never_similar, aliases
    )
    assert bank is None or bank[0] is not Stance.SUPPORTS


def test_a_group_claim_is_not_refuted_by_a_sentence_naming_only_the_hand() -> None:
    """ "A gunman fired on the depot" may tell of the Red Hand's own gunman: it does not
    contradict that the Red Hand claimed the attack; another named group still does."""
    claim = "The Red Hand claimed the bomb at the Velmora depot."
    hand = "A suicide bomber detonated a bomb near the Velmora depot."
    assert attribution_stance(claim, hand, never_similar) is None
    other = attribution_stance(
        claim, "The Blue Lions detonated a bomb near the Velmora depot.", never_similar
    )
    assert other is not None and other[0] is Stance.REFUTES


def test_an_admission_is_not_refuted_by_another_party_saying_the_same() -> None:
    """What a firm admitted is answered by its own word: a lawsuit claiming the same deed names
    another voice, not another doer."""
    claim = "Velmcorp has admitted its pumps are built to fail after two winters."
    other = "But the Velm Council claims the pumps also flood the cellars after two winters."
    assert attribution_stance(claim, other, never_similar) is None


def test_a_doer_the_claim_names_on_the_deed_is_no_rival() -> None:
    """ "Ostria joined the Velmar raids" says Velmar raided too: a sentence that Velmar jets raided
    the depot does not contradict it; a third party doing the deed still does."""
    assert named_on_deed("Ostria joined the Velmar raids on the depot.", "Velmar jets", ("raid",))
    assert not named_on_deed("Velmar raided the depot.", "Velmar jets", ("raid",))
    claim = "Ostria joined the Velmar raids on the depot."
    assert attribution_stance(claim, "Velmar jets raided the depot on Friday.", never_similar) is None
    # the owner of the deed's target ("the Ostrin convoy") is not named on the deed
    assert not named_on_deed("Velmar jets bombed the Ostrin aid convoy.", "Ostrin office", ("bomb",))
    rival = attribution_stance(
        "The Tarn Front bombed the depot.", "The Velm Brigade bombed the depot.", never_similar
    )
    assert rival is not None and rival[0] is Stance.REFUTES


def test_another_toll_is_another_attack_not_another_doer() -> None:
    """Jets of another side killing 32 where the claim's killed eight tell of another attack: no
    rival; the same toll, or a claim giving none, still meets the rival."""
    claim = "Velmar jets killed eight farmers in the Tarn valley."
    assert (
        attribution_stance(claim, "Ostrin jets killed 32 farmers in the Tarn valley.", never_similar) is None
    )
    same = attribution_stance(claim, "Ostrin jets killed eight farmers in the Tarn valley.", never_similar)
    assert same is not None and same[0] is Stance.REFUTES
    assert not other_toll(
        *attributions("Velmar jets killed farmers."), *attributions("Ostrin jets killed 32 farmers.")
    )


def test_an_act_noun_with_its_doer_names_the_act_itself() -> None:
    """ "Died in a raid by the Velmar Front" against "killed in a raid by the Tarn Brigade":
    the act noun names the deed, so another doer of it refutes; a kind of doer ("rebels") does not."""
    claim = "Two guards died in a raid by the Velmar Front."
    other = attribution_stance(claim, "Two guards were killed in a raid by the Tarn Brigade.", never_similar)
    assert other == (Stance.REFUTES, "names Tarn Brigade, not Velmar Front")
    same = attribution_stance(claim, "Two guards were killed in a raid by the Velmar Front.", never_similar)
    assert same == (Stance.SUPPORTS, "names Velmar Front")
    kind = "Two guards died in a raid by rebels."
    assert (
        attribution_stance(kind, "Two guards were killed in a raid by the Tarn Brigade.", never_similar)
        is None
    )


def test_an_act_noun_under_without_tells_no_act_done() -> None:
    """ "Freed without charge by the Tarn police" names no charge the police made, so it is no
    act to rival another doer's; "a raid by the Tarn Brigade" is one."""
    (withheld,) = attributions("The two guards were freed without charge by the Tarn police.")
    assert not withheld.act_noun
    (done,) = attributions("Two guards were killed in a raid by the Tarn Brigade.")
    assert done.act_noun


def test_a_noun_of_quantity_is_not_the_thing_the_deed_was_done_to() -> None:
    """ "dozens of raids" are raids: a dozen being a kind of number makes them no event of troop
    numbers, so another doer of the raids says nothing of who planned to double the troops."""
    (raids,) = attributions("The Velmar Guard staged dozens of raids on the camps.")
    assert "dozen" not in raids.things and "raid" in raids.event
    claim = "The Ostrin ministry plans to double troop numbers in Tarvel."
    assert attribution_stance(claim, "The Velmar Guard staged dozens of raids in Tarvel.", _never) is None
