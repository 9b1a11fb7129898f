"""Phrase answers: the filler of the asked role of the question's verb, not the sentence."""

from __future__ import annotations

from bot.api import FactChecker
from bot.evidence import EvidenceSentence
from bot.phrase_answers import fills_oblique, kin_verbs, phrase_candidates, phrase_text
from bot.roles import asked_phrase
from index.tuning import AnswerTuning
from tests.bot.tiny_index import hand

TUNE = AnswerTuning()


def values(question: str, *hits: EvidenceSentence) -> list[str]:
    ask = asked_phrase(question)
    assert ask is not None
    return [c.value for c in phrase_candidates(ask, list(hits), TUNE)]


def test_the_object_of_a_synonym_of_the_asked_verb_answers(tiny: FactChecker) -> None:
    """ "Supervising" is asked, "oversaw" is said (one WordNet synset): its object answers."""
    hit = hand(tiny, "Ilse Varga oversaw the beating of inmates, prosecutors said.", score=0.5)
    assert values("What is Varga accused of personally supervising?", hit) == ["the beating of inmates"]


def test_what_a_verb_of_judging_takes_its_object_as_answers_how_it_classifies(tiny: FactChecker) -> None:
    """ "Classify" is asked, "considers X a Y" or "designated X as Y" is said: Y answers."""
    small_clause = hand(tiny, "Velmar considers the Ostrian Front a terrorist group.", score=0.5)
    assert values("How does Velmar classify the Ostrian Front?", small_clause) == ["a terrorist group"]
    labelled = hand(tiny, "Keldby labelled the Ostrian Front a criminal gang in May.", score=0.5)
    assert values("How does Keldby classify the Ostrian Front?", labelled) == ["a criminal gang"]


def test_a_complement_said_of_another_thing_does_not_answer(tiny: FactChecker) -> None:
    hit = hand(tiny, "Velmar considers the Dunmoor League a terrorist group.", score=0.5)
    assert values("How does Velmar classify the Ostrian Front?", hit) == []


def test_a_sentence_with_another_action_offers_no_phrase(tiny: FactChecker) -> None:
    """ "Met" is not "supervised": the answerer falls back to the sentence."""
    hit = hand(tiny, "Ilse Varga met the inspectors on Monday.", score=0.5)
    assert values("What is Varga accused of supervising?", hit) == []


def test_much_weaker_sentences_offer_no_phrase(tiny: FactChecker) -> None:
    best = hand(tiny, "Ilse Varga oversaw the repairs of the pier.", score=0.5)
    weak = hand(tiny, "Tomas Brill oversaw the sale of the cranes.", score=0.2)
    assert values("What did Varga oversee?", best, weak) == ["the repairs of the pier"]


def test_judging_verbs_are_kin_through_a_near_wordnet_parent() -> None:
    assert kin_verbs("classify", "consider", 4)
    assert kin_verbs("designate", "label", 4)
    assert not kin_verbs("classify", "strike", 4)
    assert not kin_verbs("regard", "meet", 4)


def test_an_unclosed_bracket_is_cut_from_the_phrase() -> None:
    assert phrase_text("the Ostrian Front (OF") == "the Ostrian Front"
    assert phrase_text("the Ostrian Front (OF)") == "the Ostrian Front (OF)"


def test_a_stranded_preposition_is_answered_by_its_object_not_the_subject(tiny: FactChecker) -> None:
    """ "What had the villagers gathered at": the wells they were gathered at, not "a crowd of
    villagers" (the one who gathered); a list that lost its commas answers whole."""
    hit = hand(
        tiny, "Rebel planes bombed the wells where a crowd of villagers were gathered near Tarvin.", score=0.5
    )
    assert values("What had the villagers gathered at when the planes came?", hit) == ["the wells"]
    listed = hand(tiny, "The raids hit two houses a town hall and a bakery shortly after dawn.", score=0.5)
    assert values("What did the raids hit?", listed) == ["two houses a town hall and a bakery"]


def test_a_level_asked_with_at_is_answered_by_the_figure_a_quantity_moved_to(tiny: FactChecker) -> None:
    """ "What did the index close at" is answered by "it rose to 61.2": "at" and "to" both mark
    a level, and only a figure is taken so ("to the board" is no level)."""
    hit = hand(tiny, "The Velm freight index rose to 61.2 in May.", score=0.5)
    assert values("What did the Velm freight index close at in May?", hit) == ["61.2"]
    told = hand(tiny, "The Velm freight index was sent to the board in May.", score=0.5)
    assert values("What did the Velm freight index close at in May?", told) == []


def test_a_sentence_dated_by_other_months_does_not_answer_a_dated_phrase(tiny: FactChecker) -> None:
    """Asked "in May", a sentence that names only June tells another month's value."""
    june = hand(tiny, "The Velm freight index rose to 58.0 in June.", score=0.5)
    may = hand(tiny, "The Velm freight index rose to 61.2 in May.", score=0.5)
    assert values("What did the Velm freight index close at in May?", june, may) == ["61.2"]


def test_a_preposition_on_the_object_of_a_deeper_verb_is_answered(tiny: FactChecker) -> None:
    hit = hand(tiny, "The council moved to stop the firm from making use of the old quarry.", score=0.5)
    assert values("What did the council try to stop the firm from making use of?", hit) == ["the old quarry"]


def test_a_verb_noun_phrase_must_hold_the_asked_noun(tiny: FactChecker) -> None:
    """ "Making use of" is asked: "making sense of" tells something else."""
    hit = hand(tiny, "The council moved to stop the firm from making sense of the old quarry.", score=0.5)
    assert values("What did the council try to stop the firm from making use of?", hit) == []


def test_a_kin_verb_filling_the_asked_preposition_states_the_predicate(tiny: FactChecker) -> None:
    """ "Rose to 61.2 in May" states what the index closed at in May, in its own verb; another
    month's sentence, or one with no figure for the level, does not."""
    ask = asked_phrase("What did the Velm freight index close at in May?")
    assert ask is not None
    assert fills_oblique(ask, hand(tiny, "The Velm freight index rose to 61.2 in May.", score=0.5), 4)
    assert not fills_oblique(ask, hand(tiny, "The Velm freight index rose to 58.0 in June.", score=0.5), 4)
    assert not fills_oblique(ask, hand(tiny, "The Velm freight index was sent to the board.", score=0.5), 4)
