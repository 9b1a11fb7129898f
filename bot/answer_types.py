"""An answer's type must fit the question: a value that cannot name what is asked goes, so
the next candidate answers instead.

Pattern: a nationality adjective describing a noun in its sentence ("Velmarian" in "Velmarian
rebels took the town", "Ostrish" in "Ostrish band Kelt") names a people's kind, not a person, a
group or a place: it answers no who-, which-group- or where-question, nor a "which <noun>" asking
for a person or a group ("which band"). Questions asking for a side or a nationality ("whose
warplanes", "what nationality") keep it: there the adjective is the answer; so do those asking
for a political party, which its adjective names ("a Velmar Green senator"). Where no name answers
"which N", "the <nationality> N" with the asked noun itself names that country's own N ("the
Danish government" for "which government paid"): the adjective is given with its noun.

Pattern: a name the parse sets as a place ("in Kellby", "the villages of Orn and Kellby",
"near Mount Arlo") is where something is, not who: it answers no who- or which-group question.
The parse finds it as the object of a place preposition, or of "of" after a noun whose first or
second WordNet sense is a kind of region ("area", "village"), and so each of its conjuncts.

Pattern: a "what time" question asks a time of day or a time taken, never a day, a date or a
year (``bot.times_asked``).

Pattern: "which <noun>" whose noun is first (or second) of all a place ("which town"), an
organisation ("which airline") or a person ("which official") asks for a name of that type: a
sentence answer that names no such thing beyond the question's own
names (nor any kind WordNet files under the noun) does not say which: the question is declined.
A place name WordNet files as another kind of place (a capital city for "which state", a country
for "which province") is no such thing; a name WordNet lacks may be. A noun that is a titled work
("which song", "which film", "which magazine") asks for a title: a sentence quoting none and naming
nothing but people, places and bodies does not say which.

Pattern: a name its sentence gives a person's title ("port chief Ada Kerr", "Ada Kerr, a
spokeswoman") is a person: it answers no "which <noun>" asking a place or an organisation ("the
name of the school").

Pattern: a piece of a hyphenated word ("co" of "co-founder", "Velmarian" of "Velmarian-led") is
a tokenizer's cut, not a name: it answers no question asking for a name.

Pattern: an answer must be of the asked kind and new to the question. A sentence answering
"where" names a place the question does not (a place name the parse sets where a thing is, comes
from or goes to, a compass point, or a place noun that is not a bare "the province" pointing
back): "the crews sleep in Velm" does not say where in Velm. A sentence answering "how long"
states a span (units of time counted, "until ...", "since ..."): "the review is under way" and
"on Friday" do not. A question asking money ("what is X worth", "how much money", "in euro
terms") is answered by a sum of money, never a share or a sentence stating no sum. A sentence answering
"which kind (model, type) of N" that names the N bare ("the drone struck") says there was one,
not which kind; one answering "which N" that names the N only as "a N" with no name tied to it
("printed in a city paper") says there was one, not which.

Pattern: an open question asking a name by its noun ("which court", "name one of the
commanders") whose noun is first of all a person or a group (WordNet's noun.person,
noun.group) has a slot only a name fills: a sentence answer naming nobody and no body beyond
the question's own names (no proper noun of its own), no WordNet kind of the noun, and for a
group not even the noun with a word of its own ("a military court") only mentions the topic
("two officers were charged in Velmar" for "which court will try them"): it does not say.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.asked_noun import asked_head, asked_noun, country_own
from bot.attributes import AttributeAsk
from bot.conflicts import Candidate
from bot.measure_answers import asked_kind_of, names_bare, noun_forms
from bot.named_doer import names_doer_elsewhere
from bot.names import name_form
from bot.nlp import dependency_parse, first_conjunct, parse
from bot.places import compass_word
from bot.question import Kind, Question
from bot.sentences import kinds_named
from bot.sums import asked_currency
from bot.text import word_stem
from bot.times_asked import asks_time, states_time
from bot.told_unknown import tells_unknown
from bot.values import parse_quantities
from bot.wordnet import GROUP_LEXFILE, PERSON_LEXFILE, wordnet
from index.lexicon import (
    CURRENCIES,
    PLACE_LABELS,
    SPAN_END_WORDS,
    TIME_LABELS,
    TIME_UNITS,
    WHERE_PREPOSITIONS,
)
from index.tuning import AnswerTuning

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SIDE_ASKED = re.compile(r"\b(?:whose|nationality|nationalities|citizenship|ethnicity)\b", re.I)
"""Questions a nationality adjective answers: the side that owns a thing, or a nationality."""
_NAME_KINDS = (Kind.PERSON, Kind.ORG, Kind.PLACE)


PARTY = "party"
"""WordNet's noun for a political party: parties are named by their adjective ("a Green
senator" is of the Green party), so a "which party" question keeps it."""


def _party_asked(question: str) -> bool:
    """The question's asked noun ("what political party") is first of all a political party."""
    noun = asked_noun(question)
    return bool(noun) and wordnet().kind_rank(noun, PARTY) == 0


def asks_a_name(q: Question, ask: AttributeAsk | None) -> bool:
    """A who-, which-organisation- or where-question, or a "which <noun>" whose noun is a kind of
    person or group ("which band", "which official"): its answer names someone or somewhere."""
    if _SIDE_ASKED.search(q.text) or _party_asked(q.text):
        return False
    if q.kind in _NAME_KINDS:
        return True
    if ask is None:
        return False
    wn = wordnet()
    return any(wn.synsets[s].lexfile in (PERSON_LEXFILE, GROUP_LEXFILE) for s in wn.senses(ask.attribute)[:1])


def _position(value: str, quote: str) -> int:
    """Where the value first stands as whole words in its sentence ("co" not in "course"); -1 if not."""
    found = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", quote) if value else None
    return found.start() if found else -1


def nationality_adjective(value: str, quote: str) -> bool:
    """The value is, where its sentence says it, one nationality adjective describing a noun
    ("Velmarian rebels", "Canadian brewer Kell"): spaCy tags it a nationality (NORP) and an
    adjective modifier, or a country's adjective compounded onto a common noun
    (``_compounded_nationality``)."""
    if " " in value.strip():
        return False
    at = _position(value, quote)
    if at < 0:
        return False
    doc = dependency_parse(quote)
    token = next((t for t in doc if t.idx == at), None)
    return (
        token is not None
        and token.ent_type_ == "NORP"
        and (token.pos_ == "ADJ" or token.dep_ == "amod" or _compounded_nationality(token))
        and token.head.i != token.i
    )


def _compounded_nationality(token: Token) -> bool:
    """The parse compounds the word onto a common noun and WordNet reads it as a country's
    adjective ("Canadian brewer Kell"): a nationality the parse took for a name. A place name
    compounded so ("Velm village", which the tagger may also call a nationality) is no adjective."""
    from bot.names import place_forms

    return token.dep_ == "compound" and token.head.pos_ == "NOUN" and bool(place_forms(token.lower_))


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})
"""Prepositions whose object is where something is."""
LOCATION_SENSE_RANK = 1
"""A noun is an area's noun when one of its first two WordNet senses is a kind of region
("village" is first a community, then a settlement); "home" is a place but not an area: "the
home of Tomas Brill" names a person."""


def placed_name(value: str, quote: str) -> bool:
    """The value is, where its sentence says it, a place: its head (or the first conjunct of its
    coordination) is the object of "in"/"at"/"near" or of "of" after an area's noun."""
    at = _position(value, quote)
    if at < 0:
        return False
    doc = dependency_parse(quote)
    inside = [t for t in doc if at <= t.idx < at + len(value)]
    heads = [t for t in inside if not (at <= t.head.idx < at + len(value)) or t.head.i == t.i]
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.ent_type_ == "ORG":
        return False  # "researchers at the Velmar Institute": an organisation, wherever it stands
    head = first_conjunct(head)
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in PLACE_PREPOSITIONS:
        return True
    if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    return wordnet().is_kind(prep.head.lemma_.lower(), "region", LOCATION_SENSE_RANK)


def word_piece(value: str, quote: str) -> bool:
    """The value is only part of a hyphenated word where its sentence says it ("co" of
    "co-founder"): a letter or digit glued to it by a hyphen on either side."""
    at = _position(value, quote)
    if at < 0 or "-" in value:
        return False
    end = at + len(value)
    after = quote[end : end + 2]
    before = quote[max(0, at - 2) : at]
    return bool(re.fullmatch(r"-\w", after)) or bool(re.fullmatch(r"\w-", before))


GROUP_LABELS = frozenset({"ORG", "NORP"})
"""Labels of names of organisations and the groups a nationality names."""
PERSON_LABELS = frozenset({"PERSON"})
WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})
"""Labels of the names of made works: a title ("Blue Harbour"), a product, a named show."""
WORK_KINDS = ("creation", "musical_composition", "show", "publication")
"""WordNet's nouns for titled works: a "which <noun>" of one of these kinds ("which film", "which
song", "which magazine") asks for a title."""
_WHICH = re.compile(r"\bwhich\b|\bname\s+of\b", re.I)


def asked_class(question: str, rank: int = AnswerTuning.asked_class_rank) -> frozenset[str]:
    """The entity labels a "which <noun>" question's answer must carry: the noun's head ("branch"
    of "which Velm intelligence branch") is within its first ``rank`` + 1 WordNet senses a
    place, an organisation or a person (that order: "country" is a place before a body), unless
    its commonest sense is a person ("executive" before the executive branch); empty when it is
    none of them or the question asks no "which <noun>" (nor "the name of the <noun>")."""
    if not _WHICH.search(question):
        return frozenset()
    noun = asked_noun(question)
    if not noun or question.lower().find(noun) < 0:
        return frozenset()
    doc = dependency_parse(question)
    tok = next((t for t in doc if t.lemma_.lower() == noun and t.pos_ == "NOUN"), None)
    while tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i != tok.i:
        tok = tok.head  # "which intelligence branch": a branch
    head = tok.lemma_.lower() if tok is not None else noun
    wn = wordnet()
    senses = wn.senses(head)
    if not senses:
        return frozenset()
    if wn.synsets[senses[0]].lexfile == PERSON_LEXFILE:
        return PERSON_LABELS  # "which executive": a person first, a branch of government only second
    for kind, labels in (("location", PLACE_LABELS), ("organization", GROUP_LABELS)):
        if wn.is_kind(head, kind, rank):
            return labels
    if any(wn.is_kind(head, kind, rank) for kind in WORK_KINDS):
        return WORK_LABELS
    return frozenset()


def _own_names(question: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'’-]+", question)}


def _in_question(name: str, asked: set[str]) -> bool:
    """Every word of the name is one of the question's ("Velm" of "the Velm raid")."""
    return all(w.lower() in asked for w in re.findall(r"[\w'’-]+", name))


def names_the_class(labels: frozenset[str], noun: str, question: str, quote: str) -> bool:
    """The sentence names a thing of the asked type that the question does not already name,
    or a kind WordNet files under the asked noun."""
    asked = _own_names(question)
    if noun and any(labels != PLACE_LABELS or place_kind(w, noun) for w in kinds_named(noun, quote)):
        return True
    if labels == PLACE_LABELS:  # the recogniser misses or mislabels many a foreign place: any proper noun
        return any(
            any(t.lower_ not in asked for t in run) and not other_kind_of_place(run.text, noun)
            for run in _proper_runs(quote)
        )
    if labels == WORK_LABELS:
        return names_a_title(asked, quote)
    fits = labels | {"PERSON"} if labels == GROUP_LABELS else labels  # "Velm Air" is tagged a person
    return any(e.label in fits and not _in_question(e.text, asked) for e in parse(quote).entities)


LOCATION_LEXFILE = 15
"""WordNet's lexicographer file of nouns for places (noun.location: "city", "Velmar")."""


def _proper_runs(quote: str) -> list[Span]:
    """The runs of adjacent proper nouns of the sentence, each one name ("New Velm", "Orn")."""
    doc = dependency_parse(quote)
    runs: list[Span] = []
    start = None
    for tok in [*doc, None]:
        if tok is not None and tok.pos_ == "PROPN":
            start = tok.i if start is None else start
        elif start is not None:
            runs.append(doc[start : tok.i if tok is not None else len(doc)])
            start = None
    return runs


def other_kind_of_place(name: str, noun: str, rank: int = AnswerTuning.asked_class_rank) -> bool:
    """WordNet knows the name as a place of another kind than the asked noun: its commonest sense
    is a place that is no instance of the noun's first ``rank`` + 1 senses, nor of a broader kind
    the noun is one of (a capital city answers no "which state", a country no "which province");
    a name WordNet lacks may be anything."""
    wn = wordnet()
    senses = wn.senses(name.lower())
    asked = _place_senses(noun, rank)
    if not senses or not asked or wn.synsets[senses[0]].lexfile != LOCATION_LEXFILE:
        return False
    if asked & wn.ancestors(senses[0]):
        return False
    above = set().union(*(wn.ancestors(s) for s in asked))
    return not set(wn.synsets[senses[0]].parents) & above


def _place_senses(noun: str, rank: int) -> set[str]:
    """The noun's senses among its first ``rank`` + 1 that are places ("state" as a country's
    part, not as a condition)."""
    wn = wordnet()
    return {s for s in wn.senses(noun)[: rank + 1] if wn.synsets[s].lexfile == LOCATION_LEXFILE}


def place_kind(word: str, noun: str, rank: int = AnswerTuning.asked_class_rank) -> bool:
    """The word's commonest sense is a kind of one of the place noun's first ``rank`` + 1
    senses ("shire" of "county"), not of a sense far from places ("torture" is a "state" of
    suffering, not a state of a country)."""
    senses = wordnet().senses(word.lower())
    return bool(senses) and bool(_place_senses(noun, rank) & wordnet().ancestors(senses[0]))


_QUOTED_TITLE = re.compile(r"(?<!\w)[\"“‘']([^\"“”‘’']{2,60})[\"”’'](?!\w)")
"""A quoted title: marks opening after no letter and closing before none (not "the band's gig")."""


def names_a_title(asked: set[str], quote: str) -> bool:
    """The sentence names a title the question does not: a quoted one ("the tune 'Blue Harbour'"),
    or a name the recogniser calls a work, a product or an event or gives no label; a person, a
    place or a body named ("a band from Velm played") is no title."""
    if any(not _in_question(m.group(1), asked) for m in _QUOTED_TITLE.finditer(quote)):
        return True
    return any(
        not _in_question(run.text, asked) and all(t.ent_type_ in WORK_LABELS or not t.ent_type_ for t in run)
        for run in _proper_runs(quote)
    )


def _value_head(value: str, quote: str) -> Token | None:
    """The token heading the value where its sentence says it; None when it heads no one phrase."""
    at = _position(value, quote)
    if at < 0:
        return None
    inside = [t for t in dependency_parse(quote) if at <= t.idx < at + len(value)]
    heads = [t for t in inside if not (at <= t.head.idx < at + len(value)) or t.head.i == t.i]
    return heads[0] if len(heads) == 1 else None


def _person_noun(tok: Token) -> bool:
    """A common noun whose commonest WordNet sense is a person ("chief", "spokesman")."""
    senses = wordnet().senses(tok.lemma_.lower())
    return tok.pos_ == "NOUN" and bool(senses) and wordnet().synsets[senses[0]].lexfile == PERSON_LEXFILE


def titled_person(value: str, quote: str) -> bool:
    """The sentence calls the name a person: a person noun compounded before it ("port chief
    Ada Kerr") or set beside it ("Ada Kerr, the port's spokeswoman"), so it names no place and
    no body: it answers no "which town" nor "the name of the school"."""
    head = _value_head(value, quote)
    if head is None:
        return False
    titles = [c for c in head.children if c.dep_ in ("compound", "appos")]
    if head.dep_ == "appos":  # "the spokeswoman, Ada Kerr": the name set beside the title
        titles.append(head.head)
    return any(_person_noun(t) for t in titles)


def fitting(q: Question, ask: AttributeAsk | None, found: list[Candidate]) -> list[Candidate]:
    """The candidates whose value can name what is asked (see the module's patterns); sentence
    answers and the values of other questions are kept as they are."""
    found = [c for c in found if of_asked_kind(q, c)]  # "how long": a span; "where in Velm": not Velm
    if q.kind is Kind.DATE and asks_time(q.text):  # "what time did X run": not "Sunday", nor "1998"
        return [c for c in found if c.key == "sentence" or states_time(c.value)]
    if q.kind in (Kind.COUNT, Kind.DATE):
        return found
    name_asked = asks_a_name(q, ask)
    doer_asked = q.kind in (Kind.PERSON, Kind.ORG)
    labels = asked_class(q.text)
    noun = asked_noun(q.text) if labels else ""
    kept = [
        c
        for c in found
        if (c.key == "sentence" and (not labels or names_the_class(labels, noun, q.text, c.quote)))
        or (
            c.key != "sentence"
            and not (
                (name_asked and (word_piece(c.value, c.quote) or nationality_adjective(c.value, c.quote)))
                or (doer_asked and placed_name(c.value, c.quote))
                or (labels and labels != PERSON_LABELS and titled_person(c.value, c.quote))
            )
        )
    ]
    if name_asked and not any(c.key != "sentence" for c in kept):
        kept += countries_own(q, found)
    return kept


def countries_own(q: Question, found: list[Candidate]) -> list[Candidate]:
    """Where no name answers "which N", a nationality adjective written "the <nationality> N"
    with the asked noun itself names the country's own N ("the Danish government"), given
    whole (``bot.asked_noun.country_own``)."""
    head = asked_head(q.text) if q.kind in (Kind.ORG, Kind.OPEN) else ""
    out = []
    for c in found:
        owned = country_own(head, c.value, c.quote) if c.key != "sentence" and " " not in c.value else ""
        if owned and nationality_adjective(c.value, c.quote):
            out.append(replace(c, value=owned, key=owned.lower()))
    return out


PLACE_LEXFILES = frozenset({6, 15, 17})
"""WordNet's noun files of made things, locations and objects: what a where-answer's noun is."""
NO_PLACE_LABELS = frozenset({"PERSON", "NORP", *TIME_LABELS})
"""Labels of proper nouns that name no place (an organisation after a preposition does: "at the Velm Institute")."""
POINTING_BACK = frozenset({"the", "this", "that", "these", "those"})
"""Determiners that point back to a place named before ("in the province", "in this city")."""


def _asked_words(question: str) -> set[str]:
    """The question's words and their lemmas, lower-cased."""
    return _own_names(question) | {t.lemma_.lower() for t in dependency_parse(question)}


def _place_noun(tok: Token, rank: int) -> bool:
    """A common noun for somewhere: one of its ``rank`` + 1 commonest WordNet senses is a
    location, a made thing or an object ("bakery", "kiosk", "pier"), or WordNet lacks it; a
    region noun with nothing but a pointing-back determiner ("the province") names no new place."""
    wn = wordnet()
    senses = wn.senses(tok.lemma_.lower())
    if senses and not any(wn.synsets[s].lexfile in PLACE_LEXFILES for s in senses[: rank + 1]):
        return False
    kids = list(tok.children)
    bare = all(k.dep_ == "det" and k.lower_ in POINTING_BACK for k in kids) and bool(kids)
    return not (bare and wn.is_kind(tok.lemma_.lower(), "region", LOCATION_SENSE_RANK))


def _located(tok: Token, verbs: bool = True) -> bool:
    """The token (or the phrase it is joined to by "and", apposition or compounding) is where a
    thing is, comes from or goes to: the object of a where preposition ("in Velm", "to the
    coast") or, with ``verbs``, of a verb ("shelled Velm")."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return (verbs and tok.dep_ == "dobj") or (tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPOSITIONS)


def tells_new_place(question: str, text: str, rank: int = AnswerTuning.where_sense_rank) -> bool:
    """The sentence says where with a place the question does not name, set where a thing is
    (``_located``): a place entity, a proper noun that names no person, people or time ("to Velm",
    "at the Velm Institute"), or a place noun (``_place_noun``: "near a bakery"); or a compass
    point ("a northern village"). A place as a subject or a modifier ("Velm said", "a Velm
    envoy") is no answer."""
    asked = _asked_words(question)
    doc = dependency_parse(text)
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS and _located(ent.root) and not _in_question(ent.text, asked):
            return True
    for tok in doc:
        if tok.lower_ in asked or tok.lemma_.lower() in asked:
            continue
        if compass_word(tok.lower_) and tok.pos_ in ("ADJ", "NOUN", "ADV"):
            return True
        if not _located(tok):
            continue
        if (  # "at the Velm Institute" names where; "hit Velmcorp" does not
            tok.pos_ == "PROPN"
            and tok.ent_type_ not in NO_PLACE_LABELS
            and (tok.ent_type_ != "ORG" or _located(tok, verbs=False))
        ):
            return True
        if tok.pos_ == "NOUN" and tok.ent_type_ not in TIME_LABELS and _place_noun(tok, rank):
            return True
    return False


def states_span(text: str) -> bool:
    """The sentence states a span of time: units of time counted or several ("for six weeks",
    "two decades", "for months"), or the end or start of a span ("until the talks resume",
    "since 2011"); a day or date alone ("on Sunday") is a point, not how long."""
    doc = dependency_parse(text)
    for tok in doc:
        if tok.lower_ in SPAN_END_WORDS:
            return True
        counted = tok.tag_ == "NNS" or any(c.dep_ in ("nummod", "amod", "quantmod") for c in tok.children)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in TIME_UNITS and counted:
            return True
    return False


_WORTH_WORD = re.compile(r"\bworth\b", re.I)


def asks_money(q: Question) -> bool:
    """The question asks for a sum of money: what a thing is worth, an amount in a named currency
    ("in euro terms", "in pounds"), or "how much" of a noun that is first of all money ("how
    much cash")."""
    if q.kind not in (Kind.COUNT, Kind.OPEN):
        return False
    if _WORTH_WORD.search(q.text) or asked_currency(q.text):
        return True
    return bool(q.target) and wordnet().kind_rank(q.target, "money") == 0


def states_money(text: str) -> bool:
    """The text states a sum of money: a figure in a currency ("$4m", "12 euros")."""
    return any(x.unit in CURRENCIES for x in parse_quantities(text))


def names_no_kind(question: str, text: str) -> bool:
    """ "Which model of drone": the sentence names the drone with no words saying which kind ("the
    drone flew") and names no WordNet kind of drone: it says there was one, not which."""
    noun = asked_kind_of(question)
    return bool(noun) and names_bare(noun, text) and not kinds_named(noun, text)


INDEFINITE = frozenset({"a", "an", "another", "some"})
"""Determiners that introduce a thing without saying which one ("a ferry", "another tune")."""
_NAMING_WORDS = frozenset({"called", "named", "known", "as", "titled", "dubbed", "entitled", "the"})
"""Words between a noun and the name they tie to it ("a tune called X", "a boat known as X")."""
NAME_REACH = 4
"""A name within four words after the noun (past commas and naming words) is its name."""


def named_here(noun: Token) -> bool:
    """The sentence ties a name or a figure to the noun: it stands in apposition to a name
    ("the Vell Courier, a city paper"), or a name, a quotation or a figure follows it past
    commas and naming words ("a paper, the Vell Courier,", "a tune called X", "a low of 1.2")."""
    if noun.dep_ in ("appos", "attr") and noun.head.pos_ == "PROPN":
        return True
    for tok in noun.doc[noun.i + 1 : noun.i + 1 + NAME_REACH]:
        if (tok.is_punct and not tok.is_quote) or tok.lower_ in _NAMING_WORDS or tok.lower_ == "of":
            continue
        return tok.pos_ in ("PROPN", "NUM") or tok.is_quote or tok.like_num or tok.is_currency
    return False


def names_indefinitely(question: str, text: str) -> bool:
    """ "Which paper printed it": a sentence naming the asked noun only as "a N" (or a WordNet
    synonym), with no name or figure tied to it ("a city paper printed it"), says there was one,
    not which one."""
    noun = asked_head(question)
    if not noun:
        return False
    same = noun_forms(noun)
    said = [t for t in dependency_parse(text) if t.pos_ == "NOUN" and word_stem(t.lower_) in same]
    return bool(said) and all(
        any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children) and not named_here(t)
        for t in said
    )


_DESCRIBE = re.compile(r"\W*(?:how|why)\b(?!\s+(?:many|much|long|old|far|often)\b)", re.I)
"""A question asking how or why: a sentence saying it is unclear may be its answer."""


_NAME_ASKED = re.compile(
    r"^\W*name\s+(?:(?:one|two|three|some|any|a|an|all)\s+)?(?:of\s+)?(?:the|its|their|his|her)?\s*", re.I
)
"""An imperative asking for a name: "Name one of the N", "name the N", "Name two N"."""
SLOT_LEXFILES = frozenset({PERSON_LEXFILE, GROUP_LEXFILE})
"""WordNet's noun files whose nouns a name fills: people ("leader") and bodies ("court")."""
NO_NAME_LABELS = frozenset({*TIME_LABELS, "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
"""Labels of proper nouns that name no one: days, dates, figures (a people, "the Yazidis", names a group)."""
NOT_PERSON_LABELS = frozenset({*NO_NAME_LABELS, "NORP", "GPE", "LOC"})
"""Labels of proper nouns that name no person: also peoples, countries, cities and regions."""


def slot_noun(question: str) -> str:
    """The noun an open question asks a name of: the head of "which/what N" (``asked_head``),
    or of the noun an imperative "Name (one of) the N" opens on ("Name one of the Velm
    commanders" -> "commander"); "" for neither."""
    found = _NAME_ASKED.match(question)
    if found is None:
        return asked_head(question)
    doc = dependency_parse(question)
    after = [t for t in doc if t.idx >= found.end()]
    for tok in after[:PHRASE_REACH]:
        if tok.pos_ == "NOUN":
            while tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i == tok.i + 1:
                tok = tok.head  # "the militia commanders": a commander
            return str(tok.lemma_).lower()
        if tok.pos_ not in ("PROPN", "ADJ", "NUM", "DET"):
            break
    return ""


PHRASE_REACH = 4
"""The asked noun comes within four words after "Name one of the" ("the Velm militia's commanders")."""


def _bare_words(text: str) -> set[str]:
    """Lower-cased words without their dots ("U.S." and "US" alike)."""
    return {w.lower().replace(".", "") for w in re.findall(r"[\w.'’-]+", text)}


def _asked_form(word: str, asked: set[str]) -> bool:
    """The word is one of the question's words or a form of one ("Velmar" for "Velmari")."""
    return word in asked or any(name_form(word, a) for a in asked)


def leaves_slot_empty(question: str, text: str, senses: int = AnswerTuning.slot_noun_senses) -> bool:
    """The module's slot pattern: the question asks a name of a person or group noun (its
    ``senses`` commonest WordNet senses all filed under people or bodies) and the sentence
    names none: no proper noun beyond the question's own words (nor a day or a figure, nor for
    a person a people or a place), no WordNet kind of the noun, and for a group no mention of the
    noun with a modifier the question lacks ("a military court" says which kind of court)."""
    noun = slot_noun(question)
    wn = wordnet()
    first = wn.senses(noun)[:senses] if noun else []
    if not first or any(wn.synsets[s].lexfile not in SLOT_LEXFILES for s in first):
        return False
    if kinds_named(noun, text):
        return False  # "the commander" is a kind of leader
    person = wn.synsets[first[0]].lexfile == PERSON_LEXFILE
    nameless = NOT_PERSON_LABELS if person else NO_NAME_LABELS
    asked = _bare_words(question) | {t.lemma_.lower() for t in dependency_parse(question)}
    own = word_stem(noun)
    for tok in dependency_parse(text):
        bare = tok.lower_.replace(".", "")
        if tok.pos_ == "PROPN" and not _asked_form(bare, asked) and tok.ent_type_ not in nameless:
            return False  # a name of its own
        if not person and tok.pos_ == "NOUN" and word_stem(tok.lower_) == own:
            told = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ not in asked]
            if told:
                return False  # "a military court": which kind
    return True


def sentence_of_asked_kind(q: Question, text: str) -> bool:
    """A sentence answering the question states a value of the asked kind (the module's last
    pattern): one answering "where" a new place, "how long" a span, "which kind of N" a kind of
    N, "which N" more than "a N", a money question a sum; and none that says the value is not
    known (``bot.told_unknown``) answers a question asking a value."""
    if (asks_money(q) and not states_money(text)) or names_no_kind(q.text, text):
        return False
    if tells_unknown(text) and not _DESCRIBE.match(q.text):  # "it is unclear which boat sank"
        return False
    if names_indefinitely(q.text, text):  # "which paper": not "a city paper printed it"
        return False
    if q.kind is Kind.OPEN and leaves_slot_empty(q.text, text):  # "which court": a sentence naming none
        return False
    if q.kind is Kind.OPEN and names_doer_elsewhere(q.text, text):  # "how did X react": not "a blow to X"
        return False
    if q.kind is Kind.PLACE and not asked_class(q.text):  # "which town": ``names_the_class``
        return tells_new_place(q.text, text)
    return not q.duration or states_span(text)


def of_asked_kind(q: Question, c: Candidate) -> bool:
    """The candidate is of the kind the question asks: a sentence as ``sentence_of_asked_kind``
    reads it, a money question's value a sum; any other value passes."""
    if c.key == "sentence":
        return sentence_of_asked_kind(q, c.value)
    return not asks_money(q) or states_money(c.value)
