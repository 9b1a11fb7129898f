"""A question's misspelt ordinary words read as the corpus words meant (``bot.spelling``)."""

from __future__ import annotations

from bot.spelling import cased, name_form, respelt, vocabulary
from index.tuning import AnswerTuning

TUNE = AnswerTuning()
CORPUS = vocabulary(
    "Shelling hit the harbour and the lighthouse. The lighthouse keepers said civilians fled the harbour. "
    "Civilians crowded the checkpoint. A second checkpoint closed. Troops guarded the lighthouse."
)


def fix(question: str) -> str:
    return respelt(
        question, CORPUS, TUNE.spelling_min_count, TUNE.spelling_similarity, TUNE.spelling_min_consonants
    )


def test_an_unknown_word_becomes_the_corpus_word_a_typo_away() -> None:
    """A dropped, doubled or swapped letter: "civillians", "checkpiont", "lighthose"."""
    assert fix("how many civillians were at the checkpiont") == "how many civilians were at the checkpoint"
    assert fix("who guarded the lighthose") == "who guarded the lighthouse"


SOUNDED = vocabulary(
    "The effective dose worked. An effective plan helped. It was effective. "
    "The infective strain spread. Another infective strain spread."
)


def test_a_typo_keeping_the_consonants_is_the_frequent_word_with_them() -> None:
    """ "ifective" keeps the consonants of "effective" (a vowel and a double letter wrong): it
    is read as that word, not the rarer "infective" a letter away; below the consonant minimum
    letter similarity alone reads it."""
    assert respelt("how ifective was the pump", SOUNDED, 2, 0.85, 3) == "how effective was the pump"
    assert respelt("how ifective was the pump", SOUNDED, 2, 0.85, 5) == "how infective was the pump"


def test_the_nearest_word_keeping_the_consonants_beats_a_more_frequent_spelling() -> None:
    """ "neighbourhod" is "neighbourhood", a letter away with the same consonants, though the
    corpus writes "neighborhood" more often."""
    corpus = vocabulary("neighborhood neighborhood neighborhood neighbourhood neighbourhood")
    assert respelt("which neighbourhod was hit", corpus, 2, 0.85, 3) == "which neighbourhood was hit"


def test_dictionary_words_names_and_rare_corpus_words_are_left_alone() -> None:
    """A real word the corpus lacks ("carried") is spelt right; a capitalised name is no typo;
    a corpus word seen once ("keepers") is no target; a far word finds nothing."""
    assert fix("how many troops were carried") == "how many troops were carried"
    assert fix("what did Harbur say") == "what did Harbur say"
    assert fix("how many keeperz were there") == "how many keeperz were there"
    assert fix("how many zzyzxq were there") == "how many zzyzxq were there"


NAMES = (
    "Shares in Veltrac rose, and the chief of Veltrac said the bid from UKOP was fair. "
    "A vote by UKOP members, then a letter to UKOP, and a visit by Veltrac staff followed. "
    "Harbour staff cleared the harbour and a Harbour board met. A bush fire spread, said Bush."
)


def written(question: str) -> str:
    text = NAMES
    return cased(
        question, lambda w: name_form(w, text, text.lower(), TUNE.name_case_min_count, TUNE.name_case_share)
    )


def test_a_name_typed_in_lower_case_is_written_as_the_articles_write_it() -> None:
    """ "veltrac" and "ukop" are capitalised wherever the articles use them inside a sentence,
    a possessive too; "harbour" and "bush" are written both ways and stay words; a word seen
    fewer times than the floor stays as typed."""
    assert written("who runs veltrac's board") == "who runs Veltrac's board"
    assert written("how many members does ukop have") == "how many members does UKOP have"
    assert written("who cleared the harbour near the bush") == "who cleared the harbour near the bush"
    assert written("what did the chief say") == "what did the chief say"


def test_a_vowel_less_shorthand_is_the_frequent_word_with_exactly_its_consonants() -> None:
    """ "ppl" is "people" and "mrkt" is "market" (their consonants, doubled letters kept); a
    shorthand matching no corpus word, or one the corpus writes itself, stays as typed."""
    corpus = vocabulary("People fled. The people waited. The market shut. A market opened. The mrs said so.")
    assert respelt("how many ppl fled the mrkt", corpus, 2, 0.85, 3) == "how many people fled the market"
    assert respelt("how many pls fled", corpus, 2, 0.85, 3) == "how many pls fled"
    assert respelt("what did the mrs say", corpus, 2, 0.85, 3) == "what did the mrs say"
