"""Who a name is said to be, against the person noun the question asks for (invented sentences)."""

from __future__ import annotations

from bot.person_nouns import another_person, another_person_named, defining_noun, name_noun


def _span(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


def test_the_asked_noun_of_three_question_forms() -> None:
    assert defining_noun("What is the name of the bride whose party in Orvelle was raided?") == "bride"
    assert defining_noun("Who was the captain of the Tarvin rowing crew?") == "captain"


def test_no_asked_noun_without_a_person_noun() -> None:
    assert defining_noun("Who won the Velm marathon?") == ""
    assert defining_noun("What is the name of the bridge over the Orva?") == ""
    assert defining_noun("Which Velm official said the bridge would reopen?") == ""  # any title may fit


def test_the_noun_a_sentence_gives_a_name() -> None:
    text = "A neighbour named Ilse Varga who saw the fire called the police."
    assert name_noun(text, *_span(text, "Ilse Varga")) == "neighbour"
    text = "The crew arrived with former trainer Boris Kallen to answer questions."
    assert name_noun(text, *_span(text, "Boris Kallen")) == "trainer"
    text = "Mira Castell, a nurse, said the ward was full."
    assert name_noun(text, *_span(text, "Mira Castell")) == "nurse"


def test_another_person_noun_names_someone_else() -> None:
    text = "A neighbour named Ilse Varga who saw the fire called the police."
    assert another_person("bride", text, *_span(text, "Ilse Varga"))
    assert another_person_named("bride", text, "Ilse Varga")


def test_the_same_noun_or_a_kind_of_it_is_the_asked_person() -> None:
    text = "The bride Ilse Varga comes from Orvelle."
    assert not another_person("bride", text, *_span(text, "Ilse Varga"))
    text = "Club director Anton Reel said the season was over."
    assert not another_person("head", text, *_span(text, "Anton Reel"))  # a director is a kind of head


def test_a_name_given_no_noun_is_not_ruled_out() -> None:
    text = "Ilse Varga said the fire started at night."
    assert not another_person("bride", text, *_span(text, "Ilse Varga"))
    assert not another_person("", "A neighbour named Ilse Varga spoke.", 19, 29)
