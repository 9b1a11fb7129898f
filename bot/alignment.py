"""Whether one sentence states every content word of a claim, in its own words.

A claim is stated by a sentence that holds each of its content words (subject, predicate,
objects, modifiers) as the same word in any form or part of speech ("the strikes" / "struck"),
written as one word ("under way" / "underway"), a WordNet synonym ("stay" / "remain"), a word
WordNet files under it where that entails it ("bombers were used" states "aircraft were used";
under a negation the other way round: "no indication" states "no sign"), or, between a verb and
a verb or noun, a word the sentence model puts close ("were flown" / "a flight", "killed" /
"deaths"). Voice and word order do not matter: words are matched, not positions. Names are
held by the sentence or its context (``stated_words``'s ``context``); numbers, dates and
polarity are left to their own checks (``bot/stance.py``), which must also pass.

Adjectives and adverbs match only as the same word: the sentence model puts antonyms close
("large"/"small"), and WordNet's shipped table has no adjectives. Nouns do not match by the
sentence model either ("cars"/"trucks" are close): only by word, synonym or WordNet kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.nlp import dependency_parse
from bot.text import TokenPool, tokens, word_stem
from bot.wordnet import wordnet
from index.lexicon import NEGATION_CUES

LIGHT_LEMMAS = frozenset({"be", "have", "do"})
"""Verbs that carry tense, voice or a copula, not content ("were used" says "used")."""
FUNCTION_POS = frozenset(
    {"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SYM", "SPACE"}
)
"""Parts of speech that carry no content of their own."""
VALUE_ENTITIES = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "DATE", "TIME"})
"""Numbers and dates: checked against the sentence's values, not word by word."""
NAME_MODIFIERS = frozenset({"compound", "nummod", "amod", "nmod"})
"""How a parse attaches a name to the noun naming its kind ("Zeta-9 bombers", "the Arno river")."""
WORDNET_POS = {"NOUN": "n", "VERB": "v"}
MODEL_POS = frozenset({"NOUN", "VERB"})
"""Word pairs compared by the sentence model: verb with verb, or a verb with a noun."""


@dataclass(frozen=True)
class Alignment:
    """The claim's content words the sentence does not state, and the sentence words that
    state the others (what a negation must cover on both sides)."""

    unstated: tuple[str, ...]
    stated: tuple[str, ...]
    matched: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return bool(self.stated) and not self.unstated


@dataclass(frozen=True)
class _Word:
    text: str
    lemma: str
    pos: str


def stated_words(
    claim: str,
    text: str,
    context: TokenPool,
    similar: Callable[[str, str], bool],
    sense_rank: int,
) -> Alignment:
    """Align the claim's content words with the sentence's (see the module docstring).

    ``context`` holds the names the sentence may leave to its neighbours or its article's
    title ("the strikes on X" when the sentence says "the operation"); ``sense_rank`` is the
    last WordNet sense of a word that may be filed under another (rarer senses mislead).
    """
    claim_doc = dependency_parse(claim)
    sent_doc = dependency_parse(text, entities=False)
    pool = TokenPool(tokens(text))
    # an adjective is not stated by an adverb of its stem ("large" / "largely defeated")
    described = TokenPool(w for t in sent_doc if t.pos_ != "ADV" for w in tokens(t.text))
    words = [_Word(t.text.lower(), t.lemma_.lower(), t.pos_) for t in sent_doc if tokens(t.text)]
    joined = {t.text.lower().replace("-", "") for t in sent_doc}
    negated_from = next((t.i for t in claim_doc if t.lower_ in NEGATION_CUES), len(claim_doc))
    held: dict[int, str] = {}
    content = [t for t in claim_doc if _content(t)]
    for tok in content:
        if _is_name(tok):
            if all(pool.has(w) or context.has(w) for w in tokens(tok.text)):
                held[tok.i] = tok.text.lower()
            continue
        downward = tok.i > negated_from
        forms = described if tok.pos_ == "ADJ" else pool
        match = _match(tok, claim_doc, words, forms, joined, downward, similar, sense_rank)
        if match:
            held[tok.i] = match
    implied = True
    while implied:  # "bombers" implied by a name, then "aircraft" by "bombers"
        found = [t for t in content if t.i not in held and _implied(t, held, content, sent_doc, sense_rank)]
        held.update((t.i, "") for t in found)
        implied = bool(found)
    unstated = tuple(t.text for t in content if t.i not in held)
    stated = tuple(t.text for t in content if t.i in held)
    return Alignment(unstated, stated, tuple(m for m in held.values() if m))


def _content(tok: Any) -> bool:
    if tok.ent_type_ in VALUE_ENTITIES or tok.like_num:
        return False
    if _is_name(tok):
        return bool(tokens(tok.text))  # "Zeta-9", whatever part of speech the parser gives it
    if tok.pos_ in FUNCTION_POS or tok.lemma_.lower() in LIGHT_LEMMAS or tok.lower_ in NEGATION_CUES:
        return False
    if tok.pos_ == "VERB" and tok.dep_ == "prep":
        return False  # "according to X": a preposition spelt as a verb
    return bool(tokens(tok.text))


def _is_name(tok: Any) -> bool:
    return tok.pos_ == "PROPN" or (bool(tok.ent_type_) and tok.ent_type_ not in VALUE_ENTITIES)


def _match(
    tok: Any,
    doc: Any,
    words: list[_Word],
    pool: TokenPool,
    joined: set[str],
    downward: bool,
    similar: Callable[[str, str], bool],
    sense_rank: int,
) -> str:
    """The sentence word stating the claim word, or "" when none does."""
    text, lemma = tok.text.lower(), tok.lemma_.lower()
    if pool.has(word_stem(text)):
        return text
    for near in (doc[tok.i - 1 : tok.i + 1] if tok.i > 0 else None, doc[tok.i : tok.i + 2]):
        if near is not None and len(near) == 2 and near.text.lower().replace(" ", "") in joined:
            return near.text.lower()  # "under way" / "underway"
    wn = wordnet()
    pos = WORDNET_POS.get(tok.pos_)
    for w in words:
        if w.lemma == lemma:
            return w.text  # "the strikes" / "struck"
        if pos and WORDNET_POS.get(w.pos) == pos:
            if w.lemma in wn.synonyms(lemma, pos):
                return w.text
            specific, general = (lemma, w.lemma) if downward else (w.lemma, lemma)
            rank = wn.kind_rank(specific, general, pos)
            if rank is not None and rank <= sense_rank:
                return w.text
        if (
            tok.pos_ in MODEL_POS
            and w.pos in MODEL_POS
            and "VERB" in (tok.pos_, w.pos)
            and similar(text, w.text)
        ):
            return w.text
    return ""


def _implied(tok: Any, held: dict[int, str], content: list[Any], sent_doc: Any, sense_rank: int) -> bool:
    """A claim noun its other stated words already say: the kind a name is given ("Zeta-9
    bombers" when the sentence counts "Zeta-9s"), or a kind WordNet files another stated
    claim noun under ("bombers were among the aircraft")."""
    if tok.pos_ != "NOUN":
        return False
    names = [c for c in tok.children if c.dep_ in NAME_MODIFIERS and _is_name(c) and c.i in held]
    if names and all(_stands_alone(n, sent_doc) for n in names):
        return True
    wn = wordnet()
    lemma = tok.lemma_.lower()
    for other in content:
        if other.i == tok.i or other.pos_ != "NOUN" or other.i not in held:
            continue
        rank = wn.kind_rank(other.lemma_.lower(), lemma, "n")
        if rank is not None and rank <= sense_rank:
            return True
    return False


def _stands_alone(name: Any, sent_doc: Any) -> bool:
    """The sentence writes the name in the plural as a noun phrase's head ("Zeta-9s"): a name
    counted like a noun names things of its kind, which the claim's noun spells out ("Zeta-9
    bombers"); "US custody" is not a kind of US, and "the US" alone counts nothing."""
    plural = name.text.lower() + "s"
    return any(t.text.lower() == plural and t.dep_ != "compound" for t in sent_doc)
