from __future__ import annotations

from index.clean import clean
from tests.conftest import SEEDS


def cleaned_text(name: str) -> str:
    text = (SEEDS / name).read_text()
    return clean(text).text(text)


def test_page_furniture_is_dropped_from_every_seed() -> None:
    for path in sorted(SEEDS.iterdir()):
        text = cleaned_text(path.name)
        lowered = text.lower()
        assert "follow us on" not in lowered, path.name
        assert "post a comment" not in lowered, path.name
        assert "moderates all comments" not in lowered, path.name
        assert "getty images" not in lowered, path.name
        assert "\nprev\n" not in f"\n{text}\n" and "\nnext\n" not in f"\n{text}\n", path.name
        assert "photo:" not in lowered, path.name
        assert "read:" not in lowered, path.name


def test_a_body_repeated_twice_is_kept_once() -> None:
    text = cleaned_text("001_c142f1c7732be039.txt")
    assert text.count("Moments following Biden") == 1
    assert text.count("ISIS will try to use this period") == 1


def test_story_sentences_survive() -> None:
    text = cleaned_text("000_66cd316cc8c383c8.txt")
    assert "The United States has 900 troops deployed in Syria" in text
    assert "a dozen airstrikes" in text


def test_generic_furniture_on_an_unseen_page() -> None:
    page = (
        "Breaking news\nShare\nThe council approved 12 new schools on Tuesday, the mayor said.\n"
        "(Photo by Jane Doe/Reuters)\nRead more: Council budget explained\n"
        "Follow us on Twitter for updates\nThe schools open in 2026.\n"
        "The council approved 12 new schools on Tuesday, the mayor said.\n"
        "Comments\nWe moderate all comments according to our guidelines.\n"
    )
    kept = clean(page).text(page)
    assert kept.count("The council approved 12 new schools") == 1
    assert "The schools open in 2026." in kept
    for gone in ("Share", "Photo by", "Read more", "Follow us", "moderate"):
        assert gone not in kept


def test_spans_point_into_the_original() -> None:
    text = (SEEDS / "003_aa3ce2024e0023e9.txt").read_text()
    result = clean(text)
    for start, end in result.spans:
        assert text[start:end].strip() == text[start:end] != ""
