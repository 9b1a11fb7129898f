"""Which claim verbs a sentence must state: dating clauses, verbs of saying, counted verbs."""

from __future__ import annotations

from bot.evidence import terms
from bot.predicates import (
    counted_verbs,
    credited_outlet,
    credited_source,
    crediting_verbs,
    dating_verbs,
    framing_verbs,
    naming_clause_verbs,
    other_verbs,
    reported_clause,
    speakers,
    unstated_subject,
    without_reporting_scene,
)
from bot.text import tokens


def never_similar(a: str, b: str) -> bool:
    return False


def test_a_clause_that_dates_the_claim_is_not_its_predicate() -> None:
    claim = "Harbour fees rose 3% on the day the new mayor took office."
    assert dating_verbs(claim) == {"took"}
    assert dating_verbs("The council that approved the fees met on Monday.") == set()  # not a time noun


def test_a_clause_describing_a_named_thing_is_not_its_predicate() -> None:
    assert naming_clause_verbs("The Zeta machine, built by Orvan, came third in the list.") == {"built"}
    assert naming_clause_verbs("Tarnby Bridge, which opened in 1990, was closed on Monday.") == {"opened"}
    # an unnamed noun: the clause says which soldiers, it is what is checked
    assert naming_clause_verbs("The soldiers killed in the blast came from Velm.") == set()


def test_a_participle_clause_opening_a_report_is_not_what_was_said() -> None:
    said = "Speaking in Velm, Mayor Brill said the pier will reopen."
    assert without_reporting_scene(said) == "Mayor Brill said the pier will reopen."
    asked = "Asked about the fees, the mayor said they would fall."
    assert without_reporting_scene(asked) == "The mayor said they would fall."
    fled = "Fleeing the fire, the family reached Velm."  # not a report: its deed
    assert without_reporting_scene(fled) == fled
    plain = "Mayor Brill said the pier will reopen."
    assert without_reporting_scene(plain) == plain


def test_a_verb_of_saying_is_framing_when_the_sentence_names_the_speaker_and_denies_nothing() -> None:
    claim = "Mayor Brill spoke about rebuilding the northern pier."
    said = "Mayor Brill highlighted plans for rebuilding the northern pier."
    assert framing_verbs(claim, terms(said), ["highlighted", "rebuilding"], said) == {"spoke"}
    other = "The council highlighted plans for rebuilding the northern pier."  # another speaker
    assert framing_verbs(claim, terms(other), ["highlighted", "rebuilding"], other) == set()
    denied = "Mayor Brill denied plans for rebuilding the northern pier."
    assert framing_verbs(claim, terms(denied), ["denied", "rebuilding"], denied) == set()
    assert framing_verbs("Mayor Brill opened the northern pier.", terms(said), ["highlighted"], said) == set()


def test_a_speaker_named_only_inside_what_another_said_frames_nothing() -> None:
    """ "The council admitted that its crane damaged the pier" is not framed by a sentence where
    the council is only named in what a monitor said; it is where the council itself says it."""
    claim = "The Velmar council admitted that its crane damaged the northern pier."
    other = "A Velmar council crane damaged the northern pier, the harbour monitor said."
    assert framing_verbs(claim, terms(other), ["damaged", "said"], other) == set()
    own = "The Velmar council acknowledged that its crane damaged the northern pier."
    assert framing_verbs(claim, terms(own), ["acknowledged", "damaged"], own) == {"admitted"}
    assert speakers("According to the harbour monitor, the pier was shut.").has("monitor")


def test_a_view_its_holder_says_frames_the_clause_a_doubt_does_not() -> None:
    """ "Brill reckons the pier will reopen" is what Brill said; "Brill doubts it" is not."""
    said = "Mayor Brill said the northern pier will reopen in May."
    for view in ("reckons", "believes", "thinks"):
        claim = f"Mayor Brill {view} the northern pier will reopen in May."
        assert framing_verbs(claim, terms(said), ["said", "reopen"], said) == {view}
    doubt = "Mayor Brill doubts the northern pier will reopen in May."
    assert framing_verbs(doubt, terms(said), ["said", "reopen"], said) == set()
    other = "The harbour monitor said the northern pier will reopen in May."  # another holder
    claim = "Mayor Brill thinks the northern pier will reopen in May."
    assert framing_verbs(claim, terms(other), ["said", "reopen"], other) == set()


def test_a_light_verb_with_a_saying_for_object_names_a_speaker() -> None:
    """ "Brill made a declaration at the pier" frames "Brill spoke at the pier"; "made a
    donation" says nothing."""
    assert speakers("Mayor Brill made this declaration at the northern pier.").has("brill")
    assert speakers("Mayor Brill gave a speech at the northern pier.").has("brill")
    assert not speakers("Mayor Brill made a donation at the northern pier.").has("brill")
    claim = "Mayor Brill spoke at the northern pier on Monday."
    said = "Mayor Brill made this declaration at the northern pier on Monday."
    assert framing_verbs(claim, terms(said), ["made"], said) == {"spoke"}


def test_a_verb_whose_count_the_sentence_gives_is_stated_by_that_figure() -> None:
    claim = "The ferry service earned under $50,000 despite sailing to more than 12 ports."
    text = "The ferry service took just $47,300, despite calling at 14 ports."
    assert counted_verbs(claim, text) == {"earned", "sailing"}
    other = "The ferry service took $75,000 after calling at 14 ports."  # more than the claim allows
    assert counted_verbs(claim, other) == {"sailing"}
    assert counted_verbs(claim, "The ferry service carried 500 passengers.") == set()  # another thing counted


def test_a_clause_subject_the_sentence_never_names_leaves_the_claim_unstated() -> None:
    claim = "The harbour survey found that most local fishermen own a boat."
    other = "A harbour study found that boats are the first purchase of wealthy young workers."
    assert unstated_subject(claim, terms(other)) == "fishermen"
    same = "A harbour study found that most local fishermen own a boat."  # "study": a WordNet synonym
    assert unstated_subject(claim, terms(same)) == ""
    assert unstated_subject("Three people died in the fire.", terms("Three were killed in the fire.")) == ""
    reported = "Officials say the fishermen own a boat."
    assert unstated_subject(reported, terms("The report says local fishermen own a boat.")) == ""


def test_a_sentence_verb_is_another_deed_unless_it_says_a_claim_verb_or_a_synonym() -> None:
    claim_verbs = ["said", "soften"]
    evidence_verbs = ["asserting", "weaken", "rebuilding"]  # "weaken": a WordNet synonym of "soften"
    assert other_verbs(claim_verbs, evidence_verbs, never_similar) == ["asserting", "rebuilding"]
    assert other_verbs(["own"], ["interview", "owned"], never_similar) == ["interview"]


def test_a_subject_named_only_as_what_was_not_done_to_is_unstated() -> None:
    """ "did not interview fishermen" says nothing of what fishermen own; "interviewed" does."""
    claim = "The Kelby survey found that most local fishermen own a boat."
    denied = "Boats are popular, but the Kelby survey did not interview fishermen."
    assert unstated_subject(claim, terms(denied), denied) == "fishermen"
    asked = "Boats are popular, and the Kelby survey interviewed fishermen."
    assert unstated_subject(claim, terms(asked), asked) == ""


def test_a_phrase_synonym_is_named_by_all_its_words() -> None:
    """ "work stoppage" names the strike; "work" alone does not."""
    claim = "The strike closed the Velmar port."
    assert unstated_subject(claim, terms("Work resumed at the Velmar port.")) == "strike"
    assert unstated_subject(claim, terms("The work stoppage closed the Velmar port.")) == ""


def test_a_claim_reporting_what_was_said_has_that_as_its_content() -> None:
    """ "X said / reports / admitted (that) C", "C, X said", "According to X, C": C."""
    assert reported_clause("Mayor Brill said that the pier will reopen.") == "The pier will reopen"
    assert reported_clause("The Velm Courier reports the mill shut in May.") == "The mill shut in May"
    assert reported_clause("The dam burst near Tarn, the ministry admitted.") == "The dam burst near Tarn"
    according = reported_clause("According to the harbour board, ferries will run twice a day.")
    assert according == "Ferries will run twice a day."


def test_a_verb_saying_a_predicate_of_its_object_reports_that_the_object_is_it() -> None:
    assert reported_clause("Mayor Brill called the harbour plan reckless.") == "The harbour plan is reckless"
    assert reported_clause("One report describes Tarn as a trading hub.") == "Tarn is a trading hub"
    assert reported_clause("Mayor Brill painted the harbour wall red.") == ""  # a deed, not a saying


def test_a_claim_denying_or_reporting_nothing_has_no_reported_content() -> None:
    assert reported_clause("Mayor Brill denied that the pier will reopen.") == ""  # the content denied
    assert reported_clause("The pier will reopen in May.") == ""
    assert reported_clause("Mayor Brill opened the new pier.") == ""  # a deed, not a report


def test_a_report_of_the_speakers_own_deed_is_not_weighed_apart_from_its_speaker() -> None:
    """An admission or a claim of a deed ("admitted its ships sank", "claimed it set") is about who
    says it; a report of another's deed is not ("said the mill shut")."""
    assert reported_clause("The Orvan navy admitted its ships had sunk the ferry.") == ""
    assert reported_clause("The Tarn front claimed it set fire to the depot.") == ""
    assert reported_clause("The Tarn front said the depot burned for their whole shift.") != ""


def test_a_closed_compound_subject_is_named_by_its_two_words() -> None:
    claim = "The warplanes bombed a depot near Tarnby."
    apart = "Old war planes bombed a depot near Tarnby."
    assert unstated_subject(claim, terms(apart), apart) == ""
    assert (
        unstated_subject(claim, terms("Old planes bombed a depot."), "Old planes bombed a depot.")
        == "warplanes"
    )


def test_the_source_a_claim_credits_and_its_verb_of_saying() -> None:
    def credited(claim: str) -> set[str]:
        return set(credited_source(claim))

    assert credited("The Tarn Herald reports that the mill closed on Monday.") == set(tokens("Tarn Herald"))
    assert credited("According to the Velm Post, the striker signed for Dorn.") == set(tokens("Velm Post"))
    assert credited("The budget deficit fell to 3%, the Dorn Gazette said.") == set(tokens("Dorn Gazette"))
    assert crediting_verbs("The Tarn Herald reports that the mill closed on Monday.") == {"reports"}
    assert crediting_verbs("According to the Velm Post, the striker signed for Dorn.") == set()
    assert credited("The Tarn Herald bought the mill on Monday.") == set()  # a deed, no report
    assert credited("The Tarn Herald denied that the mill closed.") == set()  # a denial


def test_a_credited_source_is_the_outlet_only_when_the_sentences_never_name_it() -> None:
    page = terms("Tarn Herald\nMill shuts\nThe mill closed on Monday. Workers were sent home.")
    article = terms("The mill closed on Monday. Workers were sent home.")
    assert credited_outlet(frozenset(tokens("Tarn Herald")), article, page)
    assert not credited_outlet(frozenset(tokens("Velm Post")), article, page)  # not on the page
    told = "The mill closed on Monday, Ilse Varga said. Workers were sent home."
    assert not credited_outlet(frozenset(tokens("Ilse Varga")), terms(told), terms(f"Tarn Herald\n{told}"))
