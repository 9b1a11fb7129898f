"""Where a named place lies, told otherwise: another region of the same kind, another side of the
same place (``bot/located.py``), on hand-made sentences (invented places)."""

from __future__ import annotations

from bot.evidence import terms
from bot.located import bearings, location_clash, parts, placed, region_elsewhere, regions


def _clash(claim: str, text: str) -> str:
    return location_clash(claim, text, terms(text))


def test_a_place_put_in_another_province_is_a_clash() -> None:
    """ "Tarnok in Velmar province" against a claim putting Tarnok's strike in Dorvan province."""
    claim = "The strike that killed six fighters in Tarnok hit a village in Dorvan province."
    text = "A drone hit a car at the entrance of Tarnok in Velmar province, killing six fighters."
    assert regions(claim) == [("province", "Dorvan")]
    assert placed(text) == [("Tarnok", "province", "Velmar")]
    assert _clash(claim, text) == "puts Tarnok in Velmar province, not Dorvan province"


def test_a_place_located_in_a_region_is_placed() -> None:
    """ "Tarnok located in the Velmar province" and "Velmar province, where the town is located"."""
    claim = "Tarnok lies in Dorvan province."
    assert _clash(claim, "The minister was born in Tarnok located in the Velmar province.")
    text = "The outskirts of Tarnok came under fire while Velmar province, where the town is located, saw fighting."
    assert _clash(claim, text) == "puts Tarnok in Velmar province, not Dorvan province"


def test_the_same_region_or_another_kind_of_region_is_no_clash() -> None:
    """The claim's own province, a province against a district, a place the claim never names."""
    claim = "Tarnok lies in Dorvan province."
    assert _clash(claim, "The minister was born in Tarnok located in Dorvan province.") == ""
    assert _clash(claim, "The minister was born in Tarnok located in the Velmar district.") == ""
    assert _clash(claim, "The minister was born in Selkirk located in the Velmar province.") == ""


def test_a_region_named_around_the_sentence_is_no_clash() -> None:
    """A sentence naming the claim's region beside the other may hold both (a border town)."""
    claim = "Tarnok lies in Dorvan province."
    text = "The minister was born in Tarnok located in the Velmar province."
    assert location_clash(claim, text, terms(text + " Tarnok is on the Dorvan border.")) == ""


def test_another_side_of_the_same_place_is_a_clash() -> None:
    """ "The Tarnok field east of the city of Velmar" against "lies west of Velmar"."""
    claim = "The Tarnok gas field lies west of Velmar."
    text = "The group seized the Tarnok oilfield east of the central city of Velmar on Thursday."
    assert bearings(text) == [("Tarnok", "Velmar", frozenset({"east"}))]
    assert _clash(claim, text) == "puts Tarnok east of Velmar, not west"


def test_a_side_sharing_a_point_or_of_another_place_is_no_clash() -> None:
    """ "Southwest" shares "west"; the side of another place says nothing of the claim's."""
    claim = "The Tarnok gas field lies west of Velmar."
    assert _clash(claim, "The group seized the Tarnok oilfield southwest of Velmar.") == ""
    assert _clash(claim, "The group seized the Tarnok oilfield east of Dorvan.") == ""


def test_a_region_of_a_claim_naming_two_places_is_not_read_as_either() -> None:
    """ "Fighters from Tarnok attacked Selkirk in Dorvan province" puts Selkirk there, not Tarnok."""
    claim = "Fighters from Tarnok attacked Selkirk in Dorvan province."
    assert _clash(claim, "The minister was born in Tarnok located in the Velmar province.") == ""


def test_an_article_placing_the_event_in_another_province_refutes_the_claims() -> None:
    context = "Jets struck a depot near Tarnby in the northern province of Kessar on Monday. Jets hit a depot near Tarnby."
    said = region_elsewhere(
        "Jets hit a depot near Tarnby in Velm province in May.", terms(context), context, terms(context)
    )
    assert said == "puts it in Kessar province, not Velm province"


def test_a_region_the_article_names_or_another_kind_is_no_rival() -> None:
    claim = "Jets hit a depot near Tarnby in Velm province in May."
    both = "Jets hit a depot near Tarnby in Kessar province, close to the border of Velm."
    assert not region_elsewhere(claim, terms(both), both, terms(both))
    district = "Jets hit a depot near Tarnby in Kessar district."
    assert not region_elsewhere(claim, terms(district), district, terms(district))
    unplaced = "Jets hit a depot in the northern province of Kessar."
    assert not region_elsewhere(claim, terms(unplaced), unplaced, terms(unplaced))  # any depot


def test_a_place_put_in_another_compass_part_of_the_same_place_is_a_clash() -> None:
    """ "In a suburb of northern Velmar" against "in eastern Velmar" or "in the far south of Velmar",
    whatever the sentence tells (a stadium, a plant, a depot)."""
    claim = "The Tarnok stadium lies in northern Velmar."
    text = "The final was played at Tarnok, a town in the far south of Velmar, on Sunday."
    assert parts(claim) == [("Tarnok", "Velmar", frozenset({"north"}))]
    assert parts(text) == [("Tarnok", "Velmar", frozenset({"south"}))]
    assert _clash(claim, text) == "puts Tarnok in southern Velmar, not northern"
    claim = "The Dorvan car plant was in a suburb of western Kessary."
    text = "Workers walked out at the plants of Dorvan Motors in eastern Kessary on Monday."
    assert _clash(claim, text) == "puts Dorvan Motors in eastern Kessary, not western"
    claim = "The Selkirk depot hit by shells was in southern Marnia."
    assert _clash(claim, "Selkirk, a town in northeastern Marnia, lost power after the raid.")


def test_a_part_sharing_a_point_or_of_another_place_is_no_clash() -> None:
    """ "Northwestern" shares "west"; a part of another place or of a province of the same name, a
    centre, a capitalised name ("East Velmar"), people (who move) and a point named around the
    sentence say nothing against the claim."""
    claim = "The Tarnok stadium lies in western Velmar."
    assert _clash(claim, "Fans gathered at Tarnok, a town in northwestern Velmar.") == ""
    assert _clash(claim, "Fans gathered at Tarnok, a town in eastern Dorvan.") == ""
    assert _clash(claim, "Fans gathered at Tarnok, a town in eastern Velmar province.") == ""
    assert _clash(claim, "Fans gathered at Tarnok, a town in central Velmar.") == ""
    assert _clash(claim, "Fans gathered at Tarnok, a town in East Velmar.") == ""
    assert parts("Rebels in eastern Velmar shelled Tarnok.") == []
    text = "Fans gathered at Tarnok, a town in eastern Velmar."
    assert location_clash(claim, text, terms(text + " The club moved from western Velmar.")) == ""


def test_a_body_that_moves_is_not_placed_but_one_with_a_building_is() -> None:
    """A brigade or a team may be anywhere next week; a school or a hospital stands where it is."""
    assert parts("The Velm brigade was in northern Tarnok.") == []
    assert parts("The Velm team was in western Tarnok.") == []
    assert parts("The Velm school was in western Tarnok.") == [("Velm", "Tarnok", frozenset({"west"}))]
    claim = "The Velm hospital is in western Tarnok."
    assert _clash(claim, "Doctors at Velm, a suburb in the far east of Tarnok, treated the wounded.")
