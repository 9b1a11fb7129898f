"""A question about a photo is answered by the photo's caption and credit."""

from __future__ import annotations

from bot.captions import asks_of_photo, asks_of_scene, captions, credit

_PAGE = """Harbour reopens after storm

Workers clear the quay at Keldby on Monday. (Photo by Ada Kerr/Coast Images)

The harbour at Keldby reopened on Tuesday after a storm closed it for a week.

Repairs to the quay took five days, the harbour board said.
"""


def test_a_question_naming_a_photo_asks_of_a_photo() -> None:
    """ "photo", "picture", "image" are photos; "pictured" as a verb and a count of people are not."""
    assert asks_of_photo("Who took the photo of the flooded quay?")
    assert asks_of_photo("Where did the image of the mayor come from?")
    assert not asks_of_photo("How many workers cleared the quay?")
    assert not asks_of_photo("Who pictured the quay in his report?")


def test_a_question_about_who_is_in_a_photo_asks_of_its_scene_not_its_maker() -> None:
    """The credit names who made or sent the photo; who is shown in it is the caption's scene."""
    assert asks_of_scene("Who is shown in the photo of the flooded quay?")
    assert asks_of_scene("Who appears in the picture from the harbour board?")
    assert not asks_of_scene("Who took the photo of the flooded quay?")
    assert not asks_of_scene("When was the picture of the quay published?")
    assert not asks_of_scene("Who worked in the harbour office?")


def test_a_captions_credit_is_its_last_parenthesis_label_or_slash_run() -> None:
    assert credit("Workers clear the quay. (Photo by Ada Kerr/Coast Images)") == "Ada Kerr/Coast Images"
    assert credit("The mayor at a briefing. Photo: Screenshot/Town hall") == "Screenshot/Town hall"
    assert credit("Boats at the pier. (Harbour Board via Coast Images)") == "Harbour Board via Coast Images"
    assert credit("Boats at the pier.Tomas Brill / CI.") == "Tomas Brill / CI"
    assert credit("Boats at the pier on Monday.") == ""


def test_a_pages_captions_are_the_lines_the_cleaner_cuts_as_captions() -> None:
    found = captions("harbour.txt", _PAGE)
    assert [c.text for c in found] == [
        "Workers clear the quay at Keldby on Monday. (Photo by Ada Kerr/Coast Images)"
    ]
    assert _PAGE[found[0].start : found[0].end] == found[0].text


def test_who_took_a_photo_is_answered_by_its_credit_cited(tmp_path, embedder) -> None:  # type: ignore[no-untyped-def]
    """What a reader sees: the credit as the answer, the caption cited at its exact span; a
    question on the harbour itself is answered from the claim sentences as before."""
    from bot.api import FactChecker
    from index.settings import Settings

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "harbour.txt").write_text(_PAGE, encoding="utf-8")
    checker = FactChecker(Settings.from_env(env={}, data_dir=tmp_path / "index"), embedder=embedder)
    checker.ingest([tmp_path / "articles"])
    got = checker.ask("Who took the photo of the workers clearing the quay at Keldby?")
    assert got.answer == "Ada Kerr/Coast Images"
    cite = got.citations[0]
    assert _PAGE[cite.start : cite.end] == cite.quote and "Photo by Ada Kerr" in cite.quote
    assert "Kerr" not in checker.ask("When did the harbour at Keldby reopen?").answer
