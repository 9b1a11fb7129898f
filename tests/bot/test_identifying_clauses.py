from bot.evidence import terms
from bot.identifying_clauses import identifying_words, told_elsewhere
from bot.text import tokens


def test_relative_clause_words_identify_the_noun() -> None:
    words = identifying_words("Which firm built the bridge that the Dorn council says could collapse?")
    assert {"council", "dorn"} <= words
    assert "built" not in words and "firm" not in words


def test_a_do_questions_last_verb_is_never_set_aside() -> None:
    words = identifying_words("How many medals did the team that Kessa coached win?")
    assert "kessa" in words
    assert not set(tokens("win")) & words


def test_clause_words_the_article_states_are_set_aside() -> None:
    question = "How many letters had the baker who bakes bread for the palace received?"
    asked = [t for t in tokens("baker bakes bread palace received") if t]
    article = terms("Tomas Brill bakes bread for the palace in Velm. He has received 12 letters.")
    rest = told_elsewhere(asked, question, article)
    assert set(tokens("received")) <= set(rest)
    assert not set(tokens("bread")) & set(rest)


def test_nothing_set_aside_where_none_would_be_left() -> None:
    question = "What share of the 20 guests invited to the Orvel gala were children?"
    asked = [t for t in tokens("invited gala") if t]
    article = terms("Twenty guests were invited to the Orvel gala.")
    assert told_elsewhere(asked, question, article) == asked


def test_clause_words_the_article_lacks_stay_asked() -> None:
    question = "How many letters had the baker who bakes bread for the palace received?"
    asked = [t for t in tokens("baker bakes bread received") if t]
    assert told_elsewhere(asked, question, terms("He has received 12 letters.")) == asked


def test_a_long_question_with_punctuation_inside_parses() -> None:
    question = "Which firm, the Dorn council said, built the bridge that collapses (in Velm)?"
    assert isinstance(identifying_words(question), frozenset)
    assert isinstance(identifying_words("How many did they have?"), frozenset)
