from bot.nlp import dependency_parse
from bot.speaker_place import speaker_place
from bot.stance import own_place


def _placed(text: str, word: str) -> bool:
    return speaker_place(next(t for t in dependency_parse(text) if t.text == word))


def test_a_place_qualifying_the_speaker() -> None:
    assert _placed(
        "A source at Tarn Police Command told reporters that gunmen killed three in Velm.", "Command"
    )
    assert _placed("The Orland-based monitoring group said at least 17 people were killed.", "Orland")


def test_a_place_of_the_deed_is_not_the_speakers() -> None:
    assert not _placed(
        "A source at Tarn Police Command told reporters that gunmen killed three in Velm.", "Velm"
    )
    assert not _placed("Three people were killed in Tarn on Friday.", "Tarn")


def test_own_place_skips_the_speakers_place() -> None:
    claim = "Two people died in Velm on Friday."
    assert (
        own_place(claim, "A source at Tarn Police Command told reporters that shelling killed three in Velm.")
        == ""
    )
    assert (
        own_place(claim, "Three people were killed in Tarn, a source at Velm Police Command said.") == "Tarn"
    )
