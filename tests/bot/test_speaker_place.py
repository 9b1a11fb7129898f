from bot.nlp import dependency_parse
from bot.speaker_place import speaker_place, spoken_at
from bot.stance import own_place


def _placed(text: str, word: str) -> bool:
    return speaker_place(next(t for t in dependency_parse(text) if t.text == word))


def test_a_place_qualifying_the_speaker() -> None:
    assert _placed(
        "An official at Tarn Port Authority told reporters that gunmen shot five in Velm.", "Authority"
    )
    assert _placed("The Orland-based watchdog said 22 sailors drowned.", "Orland")


def test_a_place_of_the_deed_is_not_the_speakers() -> None:
    assert not _placed(
        "An official at Tarn Port Authority told reporters that gunmen shot five in Velm.", "Velm"
    )
    assert not _placed("Three people were killed in Tarn on Friday.", "Tarn")


def test_own_place_skips_the_speakers_place() -> None:
    claim = "Four people drowned in Velm on Friday."
    assert (
        own_place(
            claim, "An official at Tarn Port Authority told reporters that a storm drowned five in Velm."
        )
        == ""
    )
    assert own_place(claim, "Five people drowned in Tarn, an official at Velm Port Authority said.") == "Tarn"


def _spoken(text: str, word: str) -> bool:
    return spoken_at(next(t for t in dependency_parse(text) if t.text == word))


def test_a_place_where_the_saying_happened() -> None:
    assert _spoken(
        "At a rally in Velmora on Monday, Ana Tarrow told supporters the pier would reopen.", "Velmora"
    )
    assert _spoken("Speaking in Velmora on Monday, Ana Tarrow said the pier would reopen.", "Velmora")
    assert not _spoken("In Velmora on Monday, Ana Tarrow said the pier in Kessar would reopen.", "Kessar")
    assert not _spoken("Gunmen attacked a market in Kessar, Ana Tarrow said on Monday.", "Kessar")
    assert not _spoken("Driving through Velmora on Monday, gunmen attacked a market.", "Velmora")
