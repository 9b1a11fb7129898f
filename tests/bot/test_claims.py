"""A text becomes atomic claims: each rule on small hand-made sentences, spans exact."""

from __future__ import annotations

import pytest

from bot.checkworthy import EVALUATION, NO_STATEMENT, OWN_VIEW, QUESTION, SPECULATION
from bot.claims import decompose
from bot.types import TextClaim
from index.errors import BadQuestionError


def claims(text: str) -> list[TextClaim]:
    out = decompose(text)
    for c in out:  # every claim points at its own words, inside every span it was built from
        assert 0 <= c.start < c.end <= len(text)
        assert any(s <= c.start and c.end <= e for s, e in c.spans)
        assert text[c.start : c.end].strip() == text[c.start : c.end]
    return out


def own_words(text: str) -> list[str]:
    return [text[c.start : c.end] for c in claims(text)]


def test_sentences_are_split() -> None:
    text = "The mayor opened a bridge in Leeds. The council spent 4 million pounds on it."
    assert own_words(text) == [
        "The mayor opened a bridge in Leeds.",
        "The council spent 4 million pounds on it.",
    ]


def test_coordinated_verb_phrases_share_their_subject() -> None:
    text = "The army has 400 tanks in the north and fired 90 shells on Friday."
    found = claims(text)
    assert [c.text for c in found] == [
        "The army has 400 tanks in the north.",
        "The army fired 90 shells on Friday.",
    ]
    assert text[found[1].start : found[1].end] == "fired 90 shells on Friday"
    assert found[1].spans[0] == (0, len("The army"))


def test_coordinated_clauses_with_their_own_subjects_stand_alone() -> None:
    text = "The mayor resigned on Monday, and the council elected Ann Lee in her place."
    assert [c.text for c in claims(text)] == [
        "The mayor resigned on Monday.",
        "The council elected Ann Lee in her place.",
    ]


def test_non_finite_conjunct_keeps_the_auxiliary() -> None:
    """ "was arrested and charged": the second claim is "X was charged", not "X charged"."""
    texts = [c.text for c in claims("The driver was arrested in Bristol and charged with theft.")]
    assert texts == ["The driver was arrested in Bristol.", "The driver was charged with theft."]


def test_lists_of_figures_are_split() -> None:
    text = "The storm destroyed 40 homes and 12 schools."
    found = claims(text)
    assert [c.text for c in found] == ["The storm destroyed 40 homes.", "The storm destroyed 12 schools."]
    assert text[found[1].start : found[1].end] == "12 schools"


def test_lists_of_names_are_not_split() -> None:
    assert len(claims("The storm hit Leeds and York on Monday.")) == 1


def test_attribution_stays_with_each_claim_it_covers() -> None:
    text = "The fire killed 3 people and injured 20 others, the police said."
    found = claims(text)
    assert [c.text for c in found] == [
        "The fire killed 3 people, the police said.",
        "The fire injured 20 others, the police said.",
    ]
    assert text[found[1].start : found[1].end] == "injured 20 others"


def test_leading_attribution_and_according_to_stay_too() -> None:
    assert [
        c.text for c in claims("The council said that it spent 4 million pounds and hired 30 staff.")
    ] == [
        "The council said it spent 4 million pounds.",  # "it": the speaker, named in the claim
        "The council said it hired 30 staff.",
    ]
    text = "According to the police, the fire killed 3 people."
    (only,) = claims(text)
    assert only.text == text and text[only.start : only.end] == "the fire killed 3 people."


def test_the_writers_own_hedge_is_not_an_attribution() -> None:
    (only,) = claims("I think the council spent 4 million pounds.")
    assert only.text == "The council spent 4 million pounds." and only.checkworthy


def test_pronouns_take_the_nearest_compatible_antecedent() -> None:
    found = claims("Maria Lopez met the mayor of Leeds. She said the city will build 200 homes.")
    assert found[1].text == "Maria Lopez said the city will build 200 homes."  # "of Leeds": no scene
    found = claims("Leeds hired 30 nurses in May. They started work in June.")
    assert found[1].text == "30 nurses started work in June."


def test_a_surname_alone_is_a_person_once_the_full_name_was_given() -> None:
    found = claims("Maria Lopez visited Leeds. Lopez met the mayor. She said the city will build 200 homes.")
    assert found[2].text.startswith("Lopez said")


def test_possessives_are_left_as_written() -> None:
    found = claims("Ann Lee praised Tom Hart for his work. Leeds has 30 parks and will sell its 4 museums.")
    assert found[0].text == "Ann Lee praised Tom Hart for his work."
    assert found[2].text == "Leeds will sell its 4 museums."


def test_a_subject_pronoun_prefers_the_topic_to_a_nearer_name() -> None:
    found = claims("The Leeds council thanked Oxfam, but it fears 40 more homes will flood.")
    assert found[1].text == "The Leeds council fears 40 more homes will flood."
    found = claims("Maria Lopez visited Leeds with Tom Hart. She opened 3 schools.")
    assert found[1].text == "Maria Lopez opened 3 schools."


def test_a_bare_definite_takes_the_fuller_earlier_phrase() -> None:
    found = claims("The Leeds housing agency built 200 homes. The agency said it sold 50 of them.")
    assert found[1].text.startswith("The Leeds housing agency said")


def test_a_bare_definite_stays_definite_and_takes_the_name_it_was_described_by() -> None:
    """ "the bomber" after "a suicide bomber" is "the suicide bomber"; "the village" after "Velm, a
    hill village" or "the village of Velm" is Velm, so the claim keeps its event's place."""
    found = claims("A suicide bomber drove a van into the depot. Police said the bomber was 19.")
    assert found[1].text == "Police said the suicide bomber was 19."
    found = claims(
        "Shells hit a bakery in Velm, a hill village near Tarvel. Rebels had surrounded the village in May."
    )
    assert found[-1].text == "Rebels had surrounded Velm in May."
    found = claims("Gunmen raided the village of Velm on Monday. The village was burned.")
    assert found[-1].text == "Velm was burned."


def test_a_bare_definite_is_not_a_plural_or_an_unrelated_name() -> None:
    found = claims(
        "Rebel groups took Leeds. The group has 900 members. Oxfam sent food. The situation improved."
    )
    assert found[1].text == "The group has 900 members." and found[3].text == "The situation improved."


def test_a_plural_pronoun_a_part_is_taken_from_is_the_group_just_named() -> None:
    """ "among them" / "of them" names the group just counted, not the sentence's subject."""
    found = claims("Gunmen attacked the village of Tarn, killing 40 people. Ten of them were children.")
    assert found[-1].text == "Ten of 40 people were children."
    found = claims("Shells hit the depot in Velm and killed 40 people. Among them were six boys.")
    assert found[-1].text == "Among 40 people were six boys."
    found = claims("The rebels took the bridge. The army said they had taken the town.")
    assert found[-1].text == "The army said the rebels had taken the town."  # not partitive: the subject


def test_an_empty_it_is_left_alone() -> None:
    found = claims("Leeds built 200 homes. It is up to the council to sell them.")
    assert found[1].text.startswith("It is up to")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("How many homes did Leeds build?", QUESTION),
        ("Hello everyone!", NO_STATEMENT),
        ("We will see.", OWN_VIEW),
        ("Time will tell.", SPECULATION),
        ("The council could sell the homes to Leeds.", SPECULATION),
        ("This is a disgrace.", EVALUATION),
    ],
)
def test_nothing_checkable_is_marked_with_a_reason(text: str, reason: str) -> None:
    (only,) = claims(text)
    assert not only.checkworthy and only.reason == reason


def test_facts_and_attributed_opinions_are_check_worthy() -> None:
    found = claims("The council sold 50 homes. This is a disgrace, the mayor said. Homes were sold.")
    assert [c.checkworthy for c in found] == [True, True, True]


def test_check_text_gives_each_claim_a_verdict_and_a_summary(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The US has 900 troops in Syria and carried out 200 airstrikes on Sunday, "
        "and Blinken spoke in Paris. What a week! We will see."
    )
    report = checker.check_text(text)
    labels = [c.label for c in report.claims]
    assert labels[:2] == ["supported", "refuted"]
    assert labels[-2:] == ["not_checkworthy", "not_checkworthy"]
    out = report.to_dict()
    assert out["summary"]["supported"] == 1 and out["summary"]["refuted"] == 1
    assert out["summary"]["not_checkworthy"] == 2 and sum(out["summary"].values()) == len(labels)
    first = out["claims"][0]
    assert text[first["start"] : first["end"]] == "The US has 900 troops in Syria"
    assert first["evidence"] and first["verdict"] == "supported"
    assert out["claims"][-1]["verdict"] is None and out["claims"][-1]["checkworthy"] is False


@pytest.mark.parametrize("text", ["", "  \n ", "The US has troops. " * 2000])
def test_check_text_rejects_empty_and_overlong_text(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadQuestionError) as info:
        checker.check_text(text)
    assert "text" in str(info.value)


def test_check_text_accepts_more_than_a_question(checker) -> None:  # type: ignore[no-untyped-def]
    text = "The United States has 900 troops deployed in Syria. " * 60  # ~3,000 characters
    report = checker.check_text(text)
    assert len(report.claims) == 60 and report.summary["supported"] == 60


def test_asides_set_off_by_commas_are_claims_of_their_own() -> None:
    text = "The council, which has 30 members, sold 50 homes."
    found = claims(text)
    assert [c.text for c in found] == ["The council sold 50 homes.", "The council has 30 members."]
    assert text[found[1].start : found[1].end] == "has 30 members"
    texts = [c.text for c in claims("The mayor resigned in May, ending 12 years in office.")]
    assert texts == ["The mayor resigned in May.", "The mayor ending 12 years in office."]


def test_a_copula_stating_a_state_is_check_worthy() -> None:
    (only,) = claims("Repairs are still under way.")
    assert only.checkworthy


def test_an_acronym_the_tagger_calls_a_noun_is_still_a_name() -> None:
    (only,) = claims("UNICEF will open a school.")  # tagged NOUN, entity ORG
    assert only.checkworthy


def test_an_all_capitals_speaker_read_as_is_still_splits_what_it_said() -> None:
    """ "IS said ..., and the group put the toll at 9": the parser takes "IS" for "is"; each
    clause of what it said is a claim that keeps "IS said"."""
    text = "IS said one of its men had raided a depot in Velmora, and the group put the toll at 9."
    assert [c.text for c in claims(text)] == [
        "IS said one of its men had raided a depot in Velmora.",
        "IS said the group put the toll at 9.",
    ]


def test_a_participle_aside_stands_alone_when_the_parse_lost_the_subject() -> None:
    """ "On the eve of the fair, a bomber ... blew himself up in Velmora, killing 3 people": the
    parse hangs "a bomber" on the date, yet "killing 3 people" is a claim of its own."""
    text = "On the eve of the Harvest Fair, a bomber on a scooter blew himself up outside a shop in Velmora, killing 3 people."
    assert own_words(text)[1:] == ["killing 3 people"]


def test_a_part_of_them_after_a_comma_says_the_verb_again_of_that_part() -> None:
    """ "About 30 guards were hurt, 12 of them badly": two claims, the second "12 of them were hurt
    badly" with "them" read as the guards; its own words are "12 of them badly"."""
    text = "About 30 guards were hurt, 12 of them badly."
    found = claims(text)
    assert [c.text for c in found] == ["About 30 guards were hurt.", "12 of About 30 guards were hurt badly."]
    assert text[found[1].start : found[1].end] == "12 of them badly"
    other = "Around 50 villagers were injured, 20 of them seriously."  # parsed as apposition
    assert [c.text for c in claims(other)][1] == "20 of Around 50 villagers were injured seriously."
    assert len(claims("The army has 30 tanks, 12 of them new.")) == 1  # of the object: no verb to repeat


def test_a_counted_kind_of_the_object_after_a_comma_says_the_verb_again_of_it() -> None:
    """ "Rockets killed 38 people, among them four children": two claims, "Rockets killed 38
    people" and "Rockets killed four children"; the second's own words are the aside as written,
    its text leaves "among them" out. A part told by an adjective is no kind: one claim."""
    text = "Rockets on the market in Tarn killed 38 people, among them four children."
    found = claims(text)
    assert [c.text for c in found] == [
        "Rockets on the market in Tarn killed 38 people.",
        "Rockets on the market in Tarn killed four children.",
    ]
    assert text[found[1].start : found[1].end] == "among them four children"
    other = claims("The blast wounded 30 guards, 12 of them officers.")
    assert [c.text for c in other] == ["The blast wounded 30 guards.", "The blast wounded 12 officers."]
    assert len(claims("The army has 30 tanks, 12 of them new.")) == 1
    assert len(claims("Rockets killed 14 people in Tarn, including four children.")) == 1


def test_with_a_noun_doing_a_deed_after_a_comma_is_a_claim_of_its_own() -> None:
    """ "Shells hit Velm, with one shell striking a school": the absolute clause is its own claim,
    its noun the doer ("with" left out of the text, kept in its own words); the attribution
    covers it too. "with" and a plain noun ("with her husband") stays a detail of the verb."""
    text = "The mayor said shells hit Velm on Monday, with one shell striking a school."
    found = claims(text)
    assert [c.text for c in found] == [
        "The mayor said shells hit Velm on Monday.",
        "The mayor said one shell striking a school.",
    ]
    assert text[found[1].start : found[1].end] == "with one shell striking a school"
    assert [c.text for c in claims("Shells hit Velm, with one shell striking a school.")][1] == (
        "One shell striking a school."
    )
    assert "with her husband" in claims("She arrived in Velm, with her husband.")[-1].text


def test_a_place_phrase_after_a_comma_at_the_end_is_a_claim_of_its_own() -> None:
    """ "A bus exploded at a depot near Velmora, on the road to the Ostrin pass": where it was
    and which road are two details, each checked with the subject and verb; a phrase between
    commas in the middle ("The army, on Monday, attacked") is not split."""
    text = "A bus exploded on Monday at a depot near Velmora, on the road to the Ostrin pass."
    assert [c.text for c in claims(text)] == [
        "A bus exploded on Monday at a depot near Velmora.",
        "A bus exploded on the road to the Ostrin pass.",
    ]
    assert len(claims("The army, on Monday, attacked the town.")) == 1


def test_a_verb_of_doing_keeps_its_object_before_another_clause() -> None:
    """ "took B and C fled": B is what was taken and "C fled" its own claim, where the parser
    would read "B and C" as the subjects of "fled"; a verb of saying takes the clause whole."""
    text = "Rebels led by the Velmar Front captured Tarvin and Ansel fled to Ostria."
    assert own_words(text) == ["Rebels led by the Velmar Front captured Tarvin", "Ansel fled to Ostria."]
    said = "The mayor said Tarvin and Ansel fled to Ostria."
    assert [c.text for c in claims(said)] == [said]


def test_a_claim_split_by_an_aside_is_placed_at_its_verb() -> None:
    """The own words around an aside are two runs; the claim sits in the one holding its verb,
    not in a longer subject set apart by the aside."""
    text = "Lately, Marguerite Okonjo-Baptiste, who ran a ferry, was fined $50."
    found = claims(text)
    assert found[0].text == "Lately, Marguerite Okonjo-Baptiste was fined $50."
    assert text[found[0].start : found[0].end] == "was fined $50."
    assert text[found[1].start : found[1].end] == "ran a ferry"


def test_a_clause_of_contrast_after_a_comma_is_a_claim_of_its_own() -> None:
    """ "A did X, while B did Y" asserts both; a condition ("if ...") stays with its sentence."""
    text = "Norwood won the cup, while Pellham took the plate."
    assert own_words(text) == ["Norwood won the cup", "Pellham took the plate"]
    assert [c.text for c in claims("Norwood won the cup, whereas Pellham lost 3-0.")][
        1
    ] == "Pellham lost 3-0."
    assert len(claims("The mill shut two sheds, although its owners kept the shop.")) == 2
    assert len(claims("The mill will shut two sheds, if its owners sell the shop.")) == 1


def test_a_conjunct_with_its_own_auxiliary_shares_only_the_subject() -> None:
    found = claims("The ferry had left the harbour and was carrying forty passengers.")
    assert [c.text for c in found] == [
        "The ferry had left the harbour.",
        "The ferry was carrying forty passengers.",
    ]


def test_figures_joined_by_or_are_one_estimate() -> None:
    assert [c.text for c in claims("The storm destroyed two or three bridges in the valley.")] == [
        "The storm destroyed two or three bridges in the valley."
    ]


def test_a_clause_keeps_the_word_that_opens_it_when_it_means_something() -> None:
    """ "whether" after a frame, and "if" / "after" opening a clause inside the claim, are kept;
    a bare "that" after a frame is not."""
    assert [c.text for c in claims("The regulator asked the airlines whether fares should rise.")] == [
        "The regulator asked the airlines whether fares should rise."
    ]
    assert [c.text for c in claims("If the talks fail, the union will strike in May.")] == [
        "If the talks fail, the union will strike in May."
    ]
    assert [c.text for c in claims("After the storm passed, the town closed the bridge.")] == [
        "After the storm passed, the town closed the bridge.",
        "The storm passed.",  # its fronted clause of time told as fact (``_fronted_facts``)
    ]
    assert [c.text for c in claims("The mayor said that the bridge will reopen.")] == [
        "The mayor said the bridge will reopen."
    ]


def test_an_elliptic_conjunct_stays_with_the_clause_lending_its_auxiliary() -> None:
    """ "12 were arrested and 30 injured": "30 injured" cannot stand alone; with its own
    "were" it can."""
    assert [c.text for c in claims("Police said 12 people were arrested and 30 injured in the clashes.")] == [
        "Police said 12 people were arrested and 30 injured in the clashes."
    ]
    assert [c.text for c in claims("Police said 12 people were arrested and 30 were injured.")] == [
        "Police said 12 people were arrested.",
        "Police said 30 were injured.",
    ]


def test_figures_a_total_includes_stay_with_the_total() -> None:
    """ "40, including six boys and two nurses": the parts of one stated total are one claim."""
    assert [c.text for c in claims("The blast killed 40 people, including six boys and two nurses.")] == [
        "The blast killed 40 people, including six boys and two nurses."
    ]


def test_a_semicolon_between_whole_clauses_parts_two_claims() -> None:
    """ "Storms hit Velm; the council said ...": each side has its own subject and verb, two
    claims; a list's or an elided verb's semicolon ("prices rose 4%; wages, 2%") parts nothing."""
    text = "Storms flooded the Velm valley on Monday; the Korvel council said two bridges collapsed."
    found = claims(text)
    assert [c.text for c in found] == [
        "Storms flooded the Velm valley on Monday.",
        "The Korvel council said two bridges collapsed.",
    ]
    assert found[0].end <= text.index(";") < found[1].start  # spans into the input, either side
    assert [c.text for c in claims("Prices rose 4% in May; wages, 2%.")] == [
        "Prices rose 4% in May; wages, 2%."
    ]


def test_who_tells_of_the_person_whose_phrase_it_ends() -> None:
    """ "A passenger in the car, who may have been a lookout": the passenger, not the car, however
    the parse hangs the clause; a person named there keeps it ("the wife of Tom Lind, who died")."""
    said = [c.text for c in claims("A passenger in the car, who may have been a lookout, also died.")]
    assert "A passenger in the car may have been a lookout." in said
    said = [c.text for c in claims("Workers at the plant, who had been on strike since May, returned.")]
    assert "Workers at the plant had been on strike since May." in said
    assert "Tom Lind died in May." in [
        c.text for c in claims("The wife of Tom Lind, who died in May, spoke.")
    ]


def test_a_fronted_clause_of_time_in_the_past_is_a_claim_of_its_own() -> None:
    """ "After the mayor resigned, the council met": the resignation is told as fact, a claim of
    its own, the main claim kept whole; a general "when prices rise" or a clause with no subject
    of its own ("after meeting the mayor") is none."""
    said = [c.text for c in claims("After the mayor resigned, the Velm council met on Friday.")]
    assert said == ["After the mayor resigned, the Velm council met on Friday.", "The mayor resigned."]
    assert len(claims("When prices rise, wages follow.")) == 1
    assert len(claims("After meeting the mayor, Holt left.")) == 1
