"""``bot/counted_nouns.py``: one counted thing under two nouns, on invented noun pairs."""

from __future__ import annotations

import numpy as np

from bot.counted_nouns import (
    coined,
    is_person,
    kin_steps,
    may_be_kin,
    next_kind_people,
    one_counted_thing,
    one_group,
    other_kinds,
    rare_synonyms,
    rival_people,
    same_counted,
    same_doers,
    same_people,
    same_side,
    synonyms,
    takes_a_side,
    written_compound,
)


class FakeVectors:
    """Unit vectors whose cosines are set by hand: the test fixes what the model would say."""

    def __init__(self, cosine: float) -> None:
        self.cosine = cosine

    def vectors(self, words: list[str]) -> list[np.ndarray]:
        a = np.array([1.0, 0.0])
        b = np.array([self.cosine, float(np.sqrt(1 - self.cosine**2))])
        return [a, b][: len(words)]


def test_wordnet_synonyms_are_one_counted_thing() -> None:
    assert synonyms("automobiles", "cars", 1)
    assert not synonyms("wires", "cables", 1)


def test_kin_are_nouns_filed_under_a_near_shared_kind() -> None:
    """ "electric cords" and "cables" are both conductors; "garden hoses" and "cables" are far apart."""
    assert kin_steps("electric cords", "cables", 1, 2) == 2
    assert kin_steps("garden hoses", "cables", 1, 2) is None


def test_kinds_of_people_are_never_kin() -> None:
    """ "insurgents" and "gunmen" are rival counts in one report, whatever the model says."""
    assert not may_be_kin("insurgents", "gunmen")
    assert not same_counted("insurgents", "gunmen", FakeVectors(0.95), 1, 2, 0.5)


def test_kin_need_the_model_to_read_them_alike() -> None:
    assert same_counted("electric cords", "cables", FakeVectors(0.7), 1, 2, 0.5)
    assert not same_counted("electric cords", "cables", FakeVectors(0.3), 1, 2, 0.5)
    assert not same_counted("garden hoses", "cables", FakeVectors(0.9), 1, 2, 0.5)
    assert not same_counted("barges", "ferries", FakeVectors(0.9), 1, 2, 0.5)  # plain siblings
    assert same_counted("automobiles", "cars", FakeVectors(0.0), 1, 2, 0.5)  # synonyms need no model


def test_rival_people_are_kinds_of_person_wordnet_files_apart() -> None:
    """Two person nouns with no shared meaning and no kind shared a few steps up are rivals;
    synonyms, a kind and its kind, labels of one side of a fight, or a group noun ("troops")
    are not."""
    assert rival_people("teachers", "students", 1, 3) and rival_people("soldiers", "civilians", 1, 3)
    assert not rival_people("pupils", "students", 1, 3)
    assert not rival_people("boys", "children", 1, 3)
    assert not rival_people("jihadists", "terrorists", 1, 3)
    assert not rival_people("troops", "soldiers", 1, 3)
    assert not rival_people("bridges", "roads", 1, 3)


def test_another_outlets_label_counts_the_same_people() -> None:
    """Labels two outlets give one side of a fight meet near "person" and count one group."""
    assert same_people("militants", "rebels", 1, 2)
    assert same_people("insurgents", "terrorists", 1, 2)
    assert same_people("rebels", "militants", 1, 2)


def test_a_side_of_a_division_is_never_another_label() -> None:
    """Civilians against servicemen, women against men, children against parents: a toll counts
    each side apart, so neither retells the other's count, nor a fighter's."""
    assert takes_a_side("civilians", 1, 2) and takes_a_side("women", 1, 2) and takes_a_side("children", 1, 2)
    assert not takes_a_side("guerrillas", 1, 2)
    assert not same_people("fighters", "civilians", 1, 2)
    assert not same_people("civilians", "militants", 1, 2)
    assert not same_people("children", "fighters", 1, 2)
    assert not same_people("soldiers", "rebels", 1, 2)
    assert not same_people("fighters", "trucks", 1, 2)


def test_a_word_on_the_same_side_retells_the_count() -> None:
    """ "fellows" and "men" are both male persons: "seven men robbed the inn" counts the fellows
    who robbed it; never the other way round ("fellows" may be boys), nor across another
    division ("women" / "girls", "civilians" / "children")."""
    assert same_side("fellows", "men", 1, 2) and same_people("fellows", "men", 1, 2)
    assert not same_people("men", "fellows", 1, 2)
    assert not same_people("women", "girls", 1, 2)
    assert not same_people("civilians", "children", 1, 2)
    assert not same_side("guerrillas", "rebels", 1, 2)


def test_an_irregular_plural_counts_its_person() -> None:
    """ "men" is read as the plural of "man", a person, not as WordNet's rarer "workforce"; a
    plural whose base names no person keeps its own reading."""
    assert is_person("men") and is_person("children")
    assert not is_person("data")


def test_people_meeting_only_at_person_are_not_one_label() -> None:
    """ "victims" and "fighters", "students" and "gunmen": people named by unrelated traits."""
    assert not same_people("victims", "fighters", 1, 2)
    assert not same_people("students", "fighters", 1, 2)


def test_the_next_broader_word_for_one_side_counts_the_same_people() -> None:
    """One kind of person filed directly under the other is the same people when the broader
    word covers only that side: "nationals" retell "citizens" (either way round), "citizens"
    retell "civilians"; "adults" count women too, so they never retell "men" or "women", and
    rival or unrelated nouns stay apart."""
    assert next_kind_people("citizens", "nationals", 1)
    assert next_kind_people("nationals", "citizens", 1)
    assert next_kind_people("civilians", "citizens", 1)
    assert not next_kind_people("men", "adults", 1)
    assert not next_kind_people("adults", "women", 1)
    assert not next_kind_people("soldiers", "civilians", 1)
    assert not next_kind_people("children", "boys", 1)
    assert not next_kind_people("citizens", "trucks", 1)


def test_a_compound_noun_is_read_with_its_first_word() -> None:
    """ "a dozen air raids": the counted noun as written is the compound WordNet knows whole;
    a word before the noun that makes no compound is left out."""
    text = "Velmar jets flew a dozen air raids and 40 sorties."
    assert written_compound(text, text.index("dozen") + 5, "raid") == "air raids"
    assert written_compound(text, text.index("40") + 2, "sortie") == "sorties"
    assert written_compound("Tarn lost 30 of its boats.", 12, "boat") == "boats"
    assert written_compound("Tarn lost 30 boats.", 12, "ship") == ""


def test_a_coinage_counts_the_phrase_of_its_heads_kind_the_model_reads_alike() -> None:
    """ "airstrikes" (one word WordNet lacks; its head "strikes" an act) and "air raids" (an act)
    count one thing when the model reads them alike; "missiles" (an artifact) never does."""
    assert coined("air raids", "airstrikes", FakeVectors(0.6), 1, 0.5)
    assert coined("airstrikes", "air raids", FakeVectors(0.6), 1, 0.5)
    assert not coined("air raids", "airstrikes", FakeVectors(0.3), 1, 0.5)
    assert not coined("missiles", "airstrikes", FakeVectors(0.9), 1, 0.5)
    assert not coined("air raids", "raids", FakeVectors(0.9), 1, 0.5)  # no coinage on either side


def test_one_counted_thing_is_synonyms_or_a_coinage_never_siblings() -> None:
    assert one_counted_thing("police officers", "policemen", FakeVectors(0.0), 1, 0.5, 1)
    assert one_counted_thing("air raids", "airstrikes", FakeVectors(0.6), 1, 0.5, 1)
    assert not one_counted_thing("soldiers", "civilians", FakeVectors(0.9), 1, 0.5, 1)
    assert not one_counted_thing("barges", "ferries", FakeVectors(0.9), 1, 0.5, 1)
    assert not one_counted_thing("", "ferries", FakeVectors(0.9), 1, 0.5, 1)


def test_a_group_counts_the_people_wordnet_files_as_its_members() -> None:
    """A group written as WordNet spells it counts its members: a member WordNet files in it, a
    kind of person one step above that member, or people of the verb it is derived from; a
    plural group counts groups, and a wider kind of person or another group's people stay apart."""
    assert one_group("troops", "soldiers", 1, 1) and one_group("soldiers", "troops", 1, 1)
    assert one_group("staff", "employees", 1, 1) and one_group("crew", "crewmen", 1, 1)
    assert one_group("police", "policemen", 1, 1)
    assert not one_group("crews", "sailors", 1, 1) and not one_group("teams", "players", 1, 1)
    assert not one_group("people", "civilians", 1, 1) and not one_group("people", "nationals", 1, 1)
    assert not one_group("troops", "civilians", 1, 1) and not one_group("nurses", "seamen", 1, 1)
    assert not one_group("staff", "nurses", 1, 1) and not one_group("", "soldiers", 1, 1)
    assert one_counted_thing("troops", "soldiers", FakeVectors(0.0), 1, 0.5, 1)


def test_doers_of_a_deed_and_of_its_broader_deed_are_one_count() -> None:
    """Words for people named by their deed count the same doers when one deed is filed directly
    under the other (bombarding is attacking, attacking is fighting); doer and done-to of one
    verb, opposed words, or unrelated deeds never do."""
    assert same_doers("suicide bombers", "attackers", 1)
    assert same_doers("attackers", "fighters", 1)
    assert not same_doers("trainers", "trainees", 1)
    assert not same_doers("employers", "employees", 1)
    assert not same_doers("attackers", "defenders", 1)
    assert not same_doers("attackers", "victims", 1)
    assert not same_doers("fighters", "trucks", 1)


def test_nouns_filed_apart_and_read_apart_are_other_kinds() -> None:
    """Two kinds of worker, two kinds of boat, far apart in WordNet and for the model, are other
    things; words for one thing meet near in WordNet ("jets"/"warplanes") or share a meaning."""
    far = FakeVectors(0.3)
    assert other_kinds("cooks", "miners", far, 1, (2, 3), 0.535)
    assert other_kinds("ferries", "tanks", far, 1, (2, 3), 0.535)
    assert other_kinds("cooks", "barges", far, 1, (2, 3), 0.535)
    assert not other_kinds("jets", "warplanes", far, 1, (2, 3), 0.535)
    assert not other_kinds("automobiles", "cars", far, 1, (2, 3), 0.535)


def test_nouns_the_model_reads_alike_or_filed_in_other_files_stay_undecided() -> None:
    """WordNet may file one thing's words apart ("protesters"/"demonstrators"): the model reading
    them alike keeps them one; a group noun and a member noun ("troops"/"soldiers") are left open."""
    assert not other_kinds("protesters", "demonstrators", FakeVectors(0.8), 1, (2, 3), 0.535)
    assert not other_kinds("troops", "soldiers", FakeVectors(0.3), 1, (2, 3), 0.535)
    assert not other_kinds("rebels", "fighters", FakeVectors(0.3), 1, (2, 3), 0.535)
    assert not other_kinds("jobs", "workers", FakeVectors(0.3), 1, (2, 3), 0.535)


def test_a_rarer_shared_sense_joins_nouns_only_where_the_model_reads_them_alike() -> None:
    """ "Variants" means "versions" only in a rarer sense: one counted thing when the model agrees."""
    assert rare_synonyms("variants", "versions", FakeVectors(0.7), 0.5)
    assert not rare_synonyms("variants", "versions", FakeVectors(0.3), 0.5)
    assert not rare_synonyms("ladders", "versions", FakeVectors(0.9), 0.5)  # no shared meaning
    assert same_counted("variants", "versions", FakeVectors(0.7), 1, 2, 0.5)
