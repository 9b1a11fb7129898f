"""Tokens, word forms, typo-tolerant lookup and BM25 ranking on hand-made text.

Stems are never spelled out: word forms are compared through ``tokens`` on both sides, so
the tests hold for any stemmer that folds the same forms together.
"""

from __future__ import annotations

import pytest

from bot.lexical import BM25
from bot.text import ExactPool, TokenPool, cue_words, normalise, spells, surface_forms, tokens, written_apart


def test_tokens_drop_stopwords_and_question_words_and_lower_case() -> None:
    """Only content words are matched: articles, auxiliaries and wh-words are not."""
    assert tokens("How many of the soldiers were there?") == tokens("soldiers")
    assert tokens("Where did they go") == tokens("go")
    assert tokens("Why") == []


def test_an_acronym_is_kept_though_its_lower_case_form_is_a_stopword() -> None:
    """ "US" (the country) is content; "us" (the pronoun) is not."""
    assert tokens("the US said") == tokens("US")
    assert len(tokens("US")) == 1
    assert tokens("they told us") == []


def test_numbers_are_tokens() -> None:
    """Figures are matched like words: "900 troops" and "2,000 troops" differ."""
    assert tokens("900 troops") != tokens("2,000 troops")
    assert tokens("900") == ["900"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("strikes", "strike"),
        ("troops", "troop"),
        ("cities", "city"),
        ("countries", "country"),
        ("fleeing", "flee"),
        ("deployed", "deploy"),
        ("killed", "kills"),
        ("governments", "government"),
        ("Syria's", "Syria"),
        ("Syria’s", "Syria's"),  # a curly apostrophe is an apostrophe
    ],
)
def test_word_forms_share_a_token(a: str, b: str) -> None:
    """Plurals, possessives and verb endings fold to one token."""
    assert tokens(a) == tokens(b)


@pytest.mark.parametrize(("a", "b"), [("troop", "tank"), ("army", "arms"), ("war", "wars of words")])
def test_different_words_keep_different_tokens(a: str, b: str) -> None:
    """Folding does not merge unrelated words."""
    assert tokens(a) != tokens(b)


def test_normalise_folds_dotted_acronyms_and_curly_quotes() -> None:
    """ "U.S." is "US" and curly quotes are straight before comparing text."""
    assert (
        normalise("The U.S. and the U.K. said “no”, it’s over.") == 'The US and the UK said "no", it\'s over.'
    )
    assert tokens("U.S. troops") == tokens("US troops")


def test_surface_forms_give_each_token_the_word_as_written() -> None:
    """The sentence model sees "cities" as written, not its stem; the first spelling wins."""
    forms = surface_forms("Rebels struck the cities; the strikes continued. Rebel units left.")
    assert forms[tokens("cities")[0]] == "cities"
    assert forms[tokens("strikes")[0]] == "strikes"
    assert forms[tokens("rebel")[0]] == "rebels"
    assert set(forms) == set(tokens("Rebels struck the cities; the strikes continued. Rebel units left."))


def test_cue_words_split_a_negated_auxiliary_whatever_its_apostrophe() -> None:
    """ "didn’t" (curly) and "didn't" are both "did" + "n't", the form negation cues are listed in."""
    assert (
        cue_words("They didn’t strike.")
        == cue_words("They didn't strike.")
        == ["They", "did", "n't", "strike"]
    )


def test_cue_words_read_an_auxiliarys_nt_written_with_no_apostrophe() -> None:
    """Text whose apostrophes were stripped: "couldnt" is "could" + "n't"; no other word ends so."""
    assert cue_words("Officials couldnt say.") == ["Officials", "could", "n't", "say"]
    assert cue_words("They didnt strike.") == ["They", "did", "n't", "strike"]
    assert cue_words("The pint was hers.") == ["The", "pint", "was", "hers"]


def _pool(text: str) -> TokenPool:
    return TokenPool(tokens(text))


def _has(pool: TokenPool, word: str) -> bool:
    (token,) = tokens(word)
    return pool.has(token)


def test_pool_finds_exact_tokens_and_other_word_forms() -> None:
    """A word is found in a sentence that uses another form of it."""
    pool = _pool("Rebel fighters seized the airports after fleeing soldiers deployed")
    assert _has(pool, "airport") and _has(pool, "seizes") and _has(pool, "flee") and _has(pool, "deploying")
    assert not _has(pool, "harbour")


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Blinken", "Blinkin"),  # one letter wrong
        ("Ankara", "Ankra"),  # one letter missing
        ("Damascus", "Damasscus"),  # one letter extra
        ("Istanbul", "Ystanbul"),  # first letter wrong
    ],
)
def test_pool_tolerates_a_one_letter_typo_in_a_long_word(written: str, typed: str) -> None:
    """A one-letter typo in a word of five letters or more still matches."""
    assert _has(_pool(f"{written} was named in the report"), typed)


def test_pool_finds_a_first_letter_typo_among_an_articles_many_words() -> None:
    """In a pool of many long words, a first-letter typo ("Morland", "Sorthern") finds its word;
    a word two letters away from every long word of the pool finds none."""
    article = _pool(
        "Norland officials reported flooding across several northern provinces yesterday. "
        "Engineers inspected damaged bridges, harbours and railway embankments overnight. "
        "Mortgage lenders promised temporary relief while volunteers distributed blankets."
    )
    assert _has(article, "Morland") and _has(article, "Sorthern")
    assert not _has(article, "Markland") and not _has(article, "Corlandos")


def test_pool_matches_a_name_and_its_adjective() -> None:
    """ "Russia"/"Russian": one is a longer form of the other."""
    assert _has(_pool("Russian jets flew over"), "Russia")
    assert _has(_pool("Russia sent jets"), "Russian")


def test_pool_matches_a_compound_and_its_head() -> None:
    """ "airstrikes" ends with "strikes": a question about strikes finds a sentence about airstrikes."""
    assert _has(_pool("the airstrikes continued"), "strikes")


def _names(pool: TokenPool, name: str) -> bool:
    (token,) = tokens(name)
    return pool.names(token)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The harbour authority raised its fees on Monday.", "Skyharbour"),  # business
        ("Rain left the brook over the pitch at half-time.", "Eastbrook"),  # sport
        ("Voters in the meadows backed the mayor.", "Lowmeadow"),  # politics
        ("Shells hit the bridge by the old barracks.", "Ironbridge"),  # war
    ],
)
def test_a_one_word_name_is_not_named_by_the_word_that_only_ends_it(text: str, name: str) -> None:
    """A compound's head finds a word (``has``), but names no one-word name ending in it:
    "the harbour" is no firm called Skyharbour, "the bridge" no brigade called Ironbridge."""
    assert _has(_pool(text), name)
    assert not _names(_pool(text), name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian jets flew over the border.", "Russia"),  # a longer form of the name
        ("Blinken was named in the report.", "Blinkin"),  # a one-letter typo
        ("Norland officials reported flooding.", "Morland"),  # a first-letter typo
        ("Alvelmar militias held the ridge.", "Velmar"),  # a longer word holding the name whole
        ("Skyharbour raised its fees.", "Skyharbour"),  # as written
    ],
)
def test_a_name_is_still_named_by_its_forms_typos_and_longer_words(text: str, name: str) -> None:
    assert _names(_pool(text), name)


def test_an_exact_pool_names_a_name_only_as_written() -> None:
    pool = ExactPool(tokens("Skyharbour raised its fees; the harbour was shut."))
    assert _names(pool, "Skyharbour") and not _names(pool, "Eastharbour")


def test_pool_does_not_guess_short_words() -> None:
    """Short words have too many one-letter neighbours: "cat" is not "cut", "war" not "far"."""
    assert not _has(_pool("a cat sat on the wall"), "cut")
    assert not _has(_pool("the war ended"), "far")


def test_pool_does_not_match_words_two_letters_apart() -> None:
    """Two edits is another word ("border"/"harder"), not a typo."""
    assert not _has(_pool("troops crossed the border"), "harder")


def _bm25(docs: list[str]) -> BM25:
    return BM25([tokens(d) for d in docs])


DOCS = [
    "The army said the troops left the city.",
    "The army said the troops entered the city.",
    "The army said the troops shelled the refinery.",
    "The ministry said talks would resume.",
]


def test_bm25_ranks_the_document_with_the_rare_query_word_first() -> None:
    """A word few documents contain weighs more than one most contain."""
    ranked = _bm25(DOCS).top(tokens("army troops refinery"), k=4)
    assert [i for i, _ in ranked] == [2, 0, 1]  # equal scores in document order; doc 3 has none


def test_bm25_idf_is_higher_for_rarer_words() -> None:
    """Inverse document frequency: rare > common > (unseen is rarest)."""
    bm = _bm25(DOCS)
    (army,), (refinery,), (unseen,) = tokens("army"), tokens("refinery"), tokens("volcano")
    assert bm.idf(refinery) > bm.idf(army)
    assert bm.idf(unseen) >= bm.idf(refinery)


def test_bm25_scores_only_matching_documents_and_top_k_limits() -> None:
    """Documents without any query word get no score; ``top`` returns at most k."""
    bm = _bm25(DOCS)
    assert set(bm.scores(tokens("talks"))) == {3}
    assert bm.scores(tokens("volcano")) == {}
    assert len(bm.top(tokens("army"), k=2)) == 2
    assert bm.top(tokens("volcano"), k=3) == []


def test_bm25_prefers_the_shorter_document_for_the_same_match() -> None:
    """Length normalisation: the same single match counts more in a short document."""
    bm = _bm25(["troops left", "troops left the city after a long and difficult winter siege"])
    assert bm.top(tokens("troops"), k=2)[0][0] == 0


def test_an_exact_pool_holds_no_near_spelling() -> None:
    """A whole article's tokens would hold "striker" for "strike": the exact pool does not."""
    assert TokenPool(["striker"]).has("strik")
    assert not ExactPool(["striker"]).has("strik")
    assert ExactPool(["strik"]).has("strik")


def test_a_word_under_five_letters_matches_only_as_written() -> None:
    """One letter is a large share of a short word: "bark" is not "bank"; a longer word allows
    a typo ("harbur"), a plural ("harbours") and a compound's head ("seaharbour")."""
    assert not TokenPool(["bank", "banks", "barky"]).has("bark")
    assert TokenPool(["bark"]).has("bark")
    assert all(TokenPool([w]).has("harbour") for w in ("harbur", "harbours", "seaharbour"))
    assert not TokenPool(["harb"]).has("harbour")


def test_quoted_tells_the_quoted_words_from_the_narration() -> None:
    """A date inside what someone is quoted as saying is not the day they said it."""
    from bot.text import quoted

    text = "“Our patrols over the holiday worked,” Mayor Kerr said on Tuesday."
    assert quoted(text, text.index("holiday"))
    assert not quoted(text, text.index("Tuesday"))
    tail = "Patrols last month worked,” Kerr said on Friday."  # a quotation begun a sentence before
    assert quoted(tail, tail.index("month"))
    assert not quoted(tail, tail.index("Friday"))
    straight = 'Kerr said on Friday: "we met on Tuesday".'
    assert quoted(straight, straight.index("Tuesday"))
    assert not quoted(straight, straight.index("Friday"))
    assert not quoted("No quotation here on Sunday.", 20)


def test_a_closed_compound_is_spelt_by_two_words_written_apart() -> None:
    assert spells("air", "strikes", "airstrikes")
    assert spells("war", "planes", "war-planes")
    assert not spells("war", "crimes", "warplanes")
    assert written_apart("warplanes", "Old war planes flew low.")
    assert not written_apart("warplanes", "Old planes of war flew low.")
