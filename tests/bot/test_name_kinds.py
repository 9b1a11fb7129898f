from __future__ import annotations

from bot.name_kinds import told_kind


def _kind(text: str, name: str, label: str) -> str:
    start = text.index(name)
    return told_kind(text, start, start + len(name), label)


def test_an_age_or_who_makes_a_name_tagged_organisation_a_persons() -> None:
    """ "12-year-old Tarik Velmani" and "Osric Dallow, who ..." are people, however tagged."""
    aged = "Rescuers pulled 12-year-old Tarik Velmani from the ruins in Ostrin."
    assert _kind(aged, "Tarik Velmani", "ORG") == "PERSON"
    who = "Osric Dallow, who chaired the Velm board, resigned on Friday."
    assert _kind(who, "Osric Dallow", "ORG") == "PERSON"


def test_a_club_or_a_named_body_followed_by_who_stays_an_organisation() -> None:
    """ "Chelsea, who ..." (one word) and "Tarvel Youth Club, who ..." (an organisation noun)
    are not people; nor is a name with no such cue."""
    assert _kind("Chelsea, who lost on Sunday, play again.", "Chelsea", "ORG") == "ORG"
    club = "Tarvel Youth Club, who host the final, sold out."
    assert _kind(club, "Tarvel Youth Club", "ORG") == "ORG"
    assert _kind("Osric Dallow resigned on Friday.", "Osric Dallow", "ORG") == "ORG"


def test_an_organisation_noun_before_a_name_tagged_person_makes_it_an_organisations() -> None:
    """ "the relief charity Amis Sans Murs" names a charity; "the monitor Ada Kerr" (a noun
    that may be a person) and other labels are left as tagged."""
    charity = "A clinic funded by the relief charity Amis Sans Murs was hit."
    assert _kind(charity, "Amis Sans Murs", "PERSON") == "ORG"
    monitor = "The monitor Ada Kerr said ten died."
    assert _kind(monitor, "Ada Kerr", "PERSON") == "PERSON"
    assert _kind(charity, "Amis Sans Murs", "GPE") == "GPE"


def test_a_group_noun_closing_a_list_of_names_makes_them_organisations() -> None:
    """ "the Kell Dorran and Sami Vesh rebel groups" lists two groups, however tagged; a person
    noun after the names ("group members"), a verb ("heads a group") or a possessive do not."""
    listed = "Three fighters fell in clashes between the Kell Dorran and Sami Vesh rebel groups."
    assert _kind(listed, "Kell Dorran", "PERSON") == "ORG"
    assert _kind(listed, "Sami Vesh", "PERSON") == "ORG"
    assert (
        _kind("Fighting pitted Tarik Olan, Vesh Amara and Dorr al-Kell factions.", "Tarik Olan", "PERSON")
        == "ORG"
    )
    members = "Ada Kerr, Tom Vell and other group members left."
    assert _kind(members, "Ada Kerr", "PERSON") == "PERSON"
    leaders = "Ada Kerr and Tom Vell armed rebel group leaders met."
    assert _kind(leaders, "Ada Kerr", "PERSON") == "PERSON"
    assert _kind("Ada Kerr heads a rebel group.", "Ada Kerr", "PERSON") == "PERSON"
    assert _kind("Ada Kerr's group left the town.", "Ada Kerr", "PERSON") == "PERSON"
    assert _kind("Ada Kerr and Tom Vell met the press.", "Ada Kerr", "PERSON") == "PERSON"
