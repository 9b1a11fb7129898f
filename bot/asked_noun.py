"""The noun a name-question asks for, and whether a name in a sentence is tied to it.

Pattern: "which/what N ..." and "what is the name of the N ..." ask for a name of an N: the
noun fixes the answer's type. A noun WordNet files (first or second sense) under a district or
a geographical area ("district", "village", "suburb", "county") asks for a place name, whatever
the question's other words; and of the names a sentence gives, the one the sentence ties to the
noun ("the Vell district", "the district of Vell", "Vell, a district of ...") is the answer, not
the city or country around it.

Pattern: the last word of a capitalised name of several words is used in the sense a body's name
takes, whatever its commonest sense: "Authority" in "the Velm Roads Authority" is an agency (its
first WordNet group sense), not the power to give orders, so the name answers "which agency";
only where that group sense is the asked noun's own or one step under it (``body_head``).

Pattern: "the <nationality> N", with the asked noun itself, names which N (``country_own``): a
country has one government, one army ("the Danish government" for "which government paid");
not a kind of the noun ("Syrian forces" for "which group": one of many) nor where a name follows
the noun ("the Danish brewer Kell": Kell is the N).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.nlp import dependency_parse
from bot.text import word_stem
from bot.wordnet import GROUP_LEXFILE, wordnet
from index.tuning import AnswerTuning

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_DIVISIONS = ("district", "geographical_area")
"""WordNet kinds of the nouns that ask for a place's name: divisions of land and settlements."""
DIVISION_SENSES = 2
"""The noun's first or second sense ("village": a community, then a settlement) decides."""
PHRASE_WORDS = 4
"""The asked noun comes within four words of "which" ("which Velm Air Force base")."""
_MODIFYING = frozenset({"PROPN", "ADJ", "NUM"})
"""Words that may stand between "which" and its noun (a name, an adjective), which the parse
may also misread ("in which Velm district was ...": "which" as a pronoun)."""
_ASKING = re.compile(r"\b(?:which|what)\b", re.I)


@lru_cache(maxsize=4096)
def asked_noun(question: str) -> str:
    """The lemma of the first noun within ``PHRASE_WORDS`` after "which"/"what" ("in which Velm district" -> "district")
    or that "the name of the" introduces ("what is the name of the village" -> "village"), or the
    subject of "what is the N ... called" (``_CALLED``); "" when the question has none of them."""
    if not _ASKING.search(question):
        return ""  # no which/what: no parse needed
    doc = dependency_parse(question)
    for tok in doc:
        if tok.lower_ in ("which", "what"):
            counted = 0
            for word in doc[tok.i + 1 :]:  # "which Velm district": past the name
                if _hyphened(word):
                    continue  # "which rebel-held town", "which Deir ez-Zor district": pieces of one word
                counted += 1
                if counted > PHRASE_WORDS:
                    break
                if word.pos_ == "NOUN":
                    return str(word.lemma_).lower()
                misread = _misread_noun(word, word.i == tok.i + 1, tok.lower_ == "which")
                if misread == "modifier":
                    continue  # "what games studio": "games" modifies the noun after it
                if misread:
                    return misread
                if word.pos_ not in _MODIFYING:
                    break
        if tok.lemma_.lower() == "name" and tok.pos_ == "NOUN":
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            named = [p for o in of for p in o.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            if named and any(t.lower_ == "what" for t in doc[: tok.i]):
                return str(named[0].lemma_).lower()
    if _CALLED.match(question):  # "what is the village called": the name of the village
        subject = next((t for t in doc if t.dep_ == "nsubj" and t.head.lemma_ == "be"), None)
        if subject is not None and subject.pos_ == "NOUN":
            return str(subject.lemma_).lower()
    return ""


_NOUN_NEXT = frozenset({"NOUN", "ADP", "AUX", "VERB", "ADV"})
"""What may follow an asked noun in a question ("which spots in X", "which plants north of X",
"which MP crossed"); an article or pronoun after a word marks it as the question's verb ("what hit
the clinic")."""


def _misread_noun(word: Token, first: bool, which: bool) -> str:
    """Pattern: a word right after "which" that the parse reads as a verb, but WordNet knows as a
    noun and the next word continues a noun phrase ("which plants north of X did the firm close",
    "which spots in X were hit"), is the asked noun the small parser misread: its base form; a
    capitalised abbreviation WordNet knows as a noun that ends the phrase ("which Tory MP quit")
    is too. "modifier" when such a misread word is followed by a noun and then the question's
    auxiliary ("what games studio does X run"): the noun after it is the asked one. "" otherwise:
    after "what" a verb is the question's own ("what hit the clinic", "what drives prices up")."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if nxt is None:
        return ""
    wn = wordnet()
    if word.pos_ == "VERB" and first and nxt.pos_ in _NOUN_NEXT and wn.senses(word.lower_):
        after = word.doc[nxt.i + 1] if nxt.i + 1 < len(word.doc) else None
        if nxt.pos_ == "NOUN":
            return "modifier" if after is not None and after.pos_ == "AUX" else ""
        return str(word.lemma_).lower() if which else ""
    if (
        word.pos_ == "PROPN"
        and word.text.isupper()
        and len(word.text) > 1
        and nxt.pos_ not in ("NOUN", "PROPN", "PART")
        and wn.senses(word.lower_)
    ):
        return word.lower_
    return ""


_CALLED = re.compile(
    r"^\W*what(?:['’]s|\s+(?:is|was|are|were))\s+(?:the|this|that|its|their)\b.*\b(?:called|named)\W*$", re.I
)
"""A question asking what the thing is called ("what's the village that ... called?"): it asks the
thing's name, as "what is the name of the village" does."""


def _hyphened(word: Token) -> bool:
    """The word is a piece of a hyphenated modifier ("rebel-held", "army-run"): a hyphen with no
    space touches it, or it is that hyphen."""
    doc = word.doc
    joined = word.text == "-" and not doc[word.i - 1].whitespace_ and not word.whitespace_
    before = word.i > 0 and doc[word.i - 1].text == "-" and not doc[word.i - 1].whitespace_
    after = word.i + 1 < len(doc) and doc[word.i + 1].text == "-" and not word.whitespace_
    return joined or before or after


def is_place_division(noun: str) -> bool:
    """WordNet files the noun's first or second sense under a district or a geographical area
    ("district", "village", "suburb"): a place name answers; "side" or "area" (a region, but no
    division) and "seat" are not."""
    wn = wordnet()
    return any(
        (r := wn.kind_rank(noun, kind)) is not None and r < DIVISION_SENSES for kind in PLACE_DIVISIONS
    )


def asks_place_division(question: str) -> bool:
    """The question asks for the name of a place division (``asked_noun``, ``is_place_division``)."""
    noun = asked_noun(question)
    return bool(noun) and is_place_division(noun)


def place_noun(asked: str, given: str) -> bool:
    """The sentence's noun for a name calls it a place as the question's does: the asked noun,
    or any division or region ("the Vell neighbourhood" for "which district"). Which division
    is left loose: sources call one quarter a district, a neighbourhood or an area."""
    return given == asked or is_place_division(given) or wordnet().kind_rank(given, "region") == 0


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
"""The lower-case word right after a name ("Vell district", "Dabbit hospital")."""
_PLACE_NOUN_BEFORE = re.compile(r"\bthe\s+([a-z]+)\s+of\s+$")
_APPOSED = re.compile(r"\s*,\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,2}[a-z]+)\b")
"""An apposition's first three words ("Velm Front, a small armed group")."""


def tied_to_noun(noun: str, text: str, start: int, end: int) -> bool:
    """The sentence writes the name at ``start:end`` with a place noun (``place_noun``): right
    after it ("the Vell district"), as "the N of Vell" (not "the Vell quarter of Ostrin": Ostrin
    is the city around it), or in apposition ("Vell, a small N")."""
    after, before = text[end:], text[:start]
    given = [
        m.group(1)
        for m in (
            _WORD_AFTER.match(after),
            _PLACE_NOUN_BEFORE.search(before),
            _APPOSED.match(after),
        )
        if m
    ]
    return any(place_noun(noun, g) for g in given)


_NAME_RUN = re.compile(
    r"(?:\b[a-z]{1,3}-)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for)\s+)?(?:[a-z]{1,3}-)?[A-Z][\w’'-]*)*"
)
"""A run of capitalised words, a particle joined by a hyphen ("al-", "el-") and "of"/"for"
inside it allowed: "Velm Institute for Basic Research", "al-Ostra Clinic"; "and" ends it."""
_LEADING = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
"""A capitalised determiner that opens a sentence is not part of the name after it."""
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+(?:of\s+)?$")


def is_kind_word(word: str, noun: str) -> bool:
    """The word is the asked noun (any form) or its commonest WordNet sense is a kind of one
    of the noun's senses ("infirmary" for "hospital", "militia" for "group")."""
    low = word.lower()
    if word_stem(low) == word_stem(noun):
        return True
    return len(low) > 2 and wordnet().kind_rank(low, noun) == 0


def kind_names(noun: str, text: str, question: str = "") -> list[str]:
    """Pattern: a sentence answers "which N" with a name it calls an N (or a WordNet kind of N):
    the name ends in or holds a capitalised N ("the Velm Clinic", "Ostra School of Music"),
    is followed by the lower-case noun ("Dabbit hospital": the noun is written with it), is
    preceded by it ("the militia Velm Front", "the town of Ostra") or has it in apposition
    ("Velm Front, a small armed group"). Names whose every word the question holds are the
    question's own, not its answer, and a lone nationality adjective ("the offer Ostrish brewer
    Kell made") names no N. In order of the text; each name once."""
    if not noun:
        return []
    asked = {word_stem(w.lower()) for w in re.findall(r"[\w’'-]+", question)}
    out: list[str] = []
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        start = m.start()
        while words and words[0].lower() in _LEADING:
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        after, before = text[m.end() :], text[:start]
        if not _proper_at(text, start, start + len(" ".join(words))):
            continue  # "Syrian", "Rebel-held": an adjective, not a name
        if len(words) == 1 and _nationality(words[0], text):
            continue  # "the offer Ostrish brewer Kell made": a nationality, not the offer's name
        head = words[: next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))][-1]
        inside = len(words) > 1 and (is_kind_word(head, noun) or body_head(head, noun))  # "Velm Clinic"
        follows = _WORD_AFTER.match(after)
        precedes = _WORD_BEFORE.search(before)
        apposed = _APPOSED.match(after)
        if follows and _noun_at(text, m.end() + follows.start(1)) and is_kind_word(follows.group(1), noun):
            name = f"{name} {follows.group(1)}"
        elif not (
            inside
            or (precedes and _noun_at(text, precedes.start(1)) and is_kind_word(precedes.group(1), noun))
            or (apposed and any(is_kind_word(w, noun) for w in apposed.group(1).split()))
        ):
            continue
        own = {word_stem(w.lower()) for w in name.split()} - {word_stem(noun)}
        if own and own <= asked:
            continue  # "which Velm hospital": "Velm" alone is the question's word
        if name not in out:
            out.append(name)
    return out


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
"""The definite article right before a word ("the Ostrish government")."""
_NAME_AFTER = re.compile(r"\s+[a-z]+\s+[A-Z]")
"""A capitalised word after the noun ("the Ostrish brewer Kell"): the noun's own name follows."""


def country_own(noun: str, nationality: str, text: str) -> str:
    """Pattern: "the <nationality> N" with the asked noun itself names which N, the one that
    country has ("the Ostrish government", "the Velmar army"), unless a name follows the noun
    ("the Ostrish brewer Kell": Kell is the N). Only the asked noun in any form: a kind of it
    ("Syrian forces" for "which group") is one of many. Read at the nationality's first place in
    ``text``; the N so named ("Ostrish government"), or ""."""
    m = re.search(rf"\b{re.escape(nationality)}\b", text) if noun else None
    if m is None or not _THE_BEFORE.search(text[: m.start()]) or _NAME_AFTER.match(text[m.end() :]):
        return ""
    follows = _WORD_AFTER.match(text[m.end() :])
    word = follows.group(1) if follows else ""
    return f"{nationality} {word}" if word and word_stem(word) == word_stem(noun) else ""


def body_head(word: str, noun: str, steps: int = AnswerTuning.name_head_body_steps) -> bool:
    """The capitalised last word of a name names a body the asked noun calls one: its first sense
    in WordNet's group file is one of the noun's senses or within ``steps`` kinds under one
    ("Authority" for "agency", "Office" for "bureau"); never for a bare lower-case word."""
    if not word[:1].isupper():
        return False
    wn = wordnet()
    group = next((s for s in wn.senses(word.lower()) if wn.synsets[s].lexfile == GROUP_LEXFILE), None)
    if group is None:
        return False
    wanted = set(wn.senses(noun))
    return bool(wanted & set(wn.steps_above([group], steps)))


def _nationality(word: str, text: str) -> bool:
    """The word is a nationality adjective describing a noun where the text says it
    (``bot.answer_types.nationality_adjective``)."""
    from bot.answer_types import nationality_adjective  # it reads this module's asked nouns

    return nationality_adjective(word, text)


def _noun_at(text: str, offset: int) -> bool:
    """The parse reads the word at ``offset`` as a noun ("the Velm hospital", not "Velm lost")."""
    return any(t.idx == offset and t.pos_ in ("NOUN", "PROPN") for t in dependency_parse(text))


@lru_cache(maxsize=4096)
def asked_head(question: str) -> str:
    """The noun a which/what question asks a name of, as ``asked_noun`` but the head of a
    compound ("which aid group" -> "group")."""
    noun = asked_noun(question)
    if not noun:
        return ""
    for tok in dependency_parse(question):
        if (
            tok.lemma_.lower() == noun
            and tok.dep_ == "compound"
            and tok.head.pos_ == "NOUN"
            and tok.head.i == tok.i + 1
        ):
            return str(tok.head.lemma_).lower()
    return noun


def _proper_at(text: str, start: int, end: int) -> bool:
    """The parse reads some word of ``text[start:end]`` as a proper noun and its last word as
    no adjective: a name, not "Syrian" or "Rebel-held" capitalised at a sentence's start."""
    toks = [t for t in dependency_parse(text) if start <= t.idx < end]
    return bool(toks) and toks[-1].pos_ != "ADJ" and any(t.pos_ == "PROPN" for t in toks)


_UNDERGOING_HEADS = frozenset({"be", "get", "take", "have", "make", "give", "do"})
"""Verbs whose subject undergoes or is described, not the doer of a deed ("which clinic was
hit", "which clinic took a shell", "which charity was behind it")."""


def asks_doer(question: str) -> bool:
    """The asked noun (``asked_head``) is the active subject of a deed's verb ("which group
    claimed the attack"): the answer is its doer, which a sentence must tell by that deed;
    a name merely called by the noun in a sentence about the event does not say it. A clause has
    one subject: where the parse gives the verb another one after the asked noun ("which minority
    did the army drive out": "army"), the fronted noun is the verb's object, not its doer."""
    noun = asked_head(question)
    return any(
        tok.lemma_.lower() == noun
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() not in _UNDERGOING_HEADS
        and not _later_subject(tok)
        for tok in dependency_parse(question)
    )


def _later_subject(tok: Token) -> bool:
    """The token's head has another subject after it ("which town did rebels take": "rebels")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i for c in tok.head.children)
