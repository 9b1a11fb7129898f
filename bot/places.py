"""Where a count happened: the places a sentence sets its deed in, read from the parse.

A toll of one town is no toll of another: "16 were killed in Velm" does not answer "how many
died in Ostrin", and a sum over "several villages" is no village's own toll. Entity labels are
unreliable on transliterated names (a village read as a person, a town as a date), so a place
is a proper noun where the parse puts a place: after a place preposition ("in Velm", "near
Ostrin") or as the name of a place noun ("the village of Velm", "the outskirts of Ostrin").
Another place named by the asked place noun is another place of the asked kind however the name
is set to the noun: "Ostrin province" or "the province of Ostrin" for "Velm province".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from bot.asked_noun import asked_head
from bot.wordnet import wordnet
from index.lexicon import (
    AFTER_PREPOSITIONS,
    DIRECTIONS,
    MONTHS,
    PLACE_LABELS,
    SETTING_PREPOSITIONS,
    TIME_LABELS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_CALENDAR = WEEKDAYS | {m.lower() for m in MONTHS}
_TIMES = TIME_LABELS | {"EVENT"}
"""Entity labels of a time after a preposition ("on Christmas Day"); after "the town of" the
place noun outweighs a label (a transliterated town may be read as a date)."""


def _place_noun(token: Token) -> bool:
    """A common noun WordNet files under "region" (town, village, district, outskirts)."""
    return token.pos_ == "NOUN" and wordnet().is_kind_of(token.lemma_.lower(), "region")


def _name_of(token: Token) -> str:
    """The proper noun with the proper nouns compounded to its left ("Qasr el-Velm")."""
    left = [c for c in token.lefts if c.dep_ in ("compound", "punct") and c.pos_ == "PROPN"]
    start = min([token.i, *(c.i for c in left)])
    return token.doc[start : token.i + 1].text


def compass_word(word: str) -> bool:
    """A compass word, the intermediate points ("northeast") included."""
    return word in DIRECTIONS or bool(_INTERMEDIATE.fullmatch(word))


_INTERMEDIATE = re.compile(r"(?:north|south)-?(?:east|west)(?:ern)?")


def _reference(token: Token) -> bool:
    """A name the text places something else by ("north of Velm"): a compass word's object."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and compass_word(token.head.head.lower_)


def _aside(token: Token) -> bool:
    """A name inside a phrase describing a named party ("the monitor, based in Velm", "the
    Medical Office in Velm"): where the party is, not where the deed was."""
    seat = (
        token.head.dep_ == "prep"
        and token.head.head.pos_ == "PROPN"
        and not compass_word(token.head.head.lower_)
    )
    return seat or any(a.dep_ == "acl" and a.head.pos_ == "PROPN" for a in token.ancestors)


def _indefinite(noun: Token) -> bool:
    """A place noun introduced as one of many ("another Velmite neighbourhood"): the word before
    it describes the place rather than naming it."""
    from bot.slots import INDEFINITE

    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def setting_names(doc: Any, references: bool = False) -> list[str]:
    """Names the parse places a deed in: a proper noun after a place preposition ("in Velm",
    "strikes on Ostrin", "in the Velm district" but not "in a Velmite district"), naming a place noun ("the town of Velm",
    "outskirts of Ostrin"), or a
    place entity a verb acts on ("pounded Ostrin"); never a day or month ("on Monday", "on
    Founders Day"), nor
    a party's seat ("based in Velm"). A reference point ("north of Ostrin") only when asked."""
    out: list[str] = []
    for tok in doc:
        if tok.lower_ in _CALENDAR or tok.dep_ == "compound" or _aside(tok):
            continue
        head = tok.head
        placed = (
            tok.dep_ == "pobj"
            and (
                (head.lower_ in SETTING_PREPOSITIONS and tok.ent_type_ not in _TIMES)
                or (head.lower_ == "of" and _place_noun(head.head) and not _reference(tok))
                or (references and _reference(tok))
            )
        ) or (tok.dep_ == "dobj" and tok.ent_type_ in PLACE_LABELS)
        if placed and tok.pos_ == "PROPN":
            out.append(_name_of(tok))
        elif placed and (compass_word(tok.lower_) or (_place_noun(tok) and not _indefinite(tok))):
            named = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            out += [_name_of(named[-1])] if named else []
    return out


def asked_places(doc: Any) -> tuple[list[str], list[str]]:
    """The places a question names: its own (setting names, the names of its place nouns "the
    Velm district", place entities) and the reference points it places them by ("north of X",
    "X's Velm district")."""
    own = setting_names(doc)
    references = [n for n in setting_names(doc, references=True) if n not in own]
    references += [  # "Velm's Ostrin district": the place that holds the asked one
        _name_of(t) for t in doc if t.pos_ == "PROPN" and t.dep_ == "poss" and _place_noun(t.head)
    ]
    own += [  # "the Velm district": a name compounded to a place noun
        t.text for t in doc if t.pos_ == "PROPN" and t.dep_ == "compound" and _place_noun(t.head)
    ]
    own += [
        e.text for e in doc.ents if e.label_ in PLACE_LABELS and e.text.removesuffix("'s") not in references
    ]
    return list(dict.fromkeys(own)), references


def holding_names(doc: Any) -> list[str]:
    """Names a text gives a region holding the places it speaks of ("the villages in Velm",
    "towns across Ostrin"): a proper noun after a preposition whose head is a place noun. A
    report may name only the villages, never the region that holds them."""
    return [
        _name_of(t)
        for t in doc
        if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.dep_ == "prep" and _place_noun(t.head.head)
    ]


ANCHOR_WORDS = AFTER_PREPOSITIONS | {"before"}
"""Words opening a phrase that dates the asked thing by another event ("after winning in Velm")."""


def anchor_names(doc: Any) -> list[str]:
    """Names placing an event a text dates its own by ("climbed five places after winning in
    Velm"): a proper noun under "after", "since", "following" or "before". That event's place
    is not where the asked thing happened, and a report may call the event by its own name."""
    return [
        _name_of(t) for t in doc if t.pos_ == "PROPN" and any(a.lower_ in ANCHOR_WORDS for a in t.ancestors)
    ]


def named_place_nouns(doc: Any) -> list[str]:
    """The place nouns a question names one place by ("the village of Velm", "the Velm
    district" -> "village", "district")."""
    nouns = [
        tok.head.head
        for tok in doc
        if tok.pos_ == "PROPN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and _place_noun(tok.head.head)
    ]
    nouns += [
        tok.head for tok in doc if tok.pos_ == "PROPN" and tok.dep_ == "compound" and _place_noun(tok.head)
    ]
    return [n.lemma_.lower() for n in nouns if n.tag_ == "NN"]


def over_several(nouns: list[str], doc: Any) -> bool:
    """The sentence speaks of several places of the kind the question names one of ("several
    villages" for "the village of Velm"): its count sums them."""
    return any(
        t.tag_ == "NNS" and t.lemma_.lower() in nouns and t.dep_ not in _MODIFIERS for t in doc
    )  # a head noun: "the citys southern districts" (a possessive without its apostrophe) is one city


_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})
"""Dependencies of a noun that modifies another rather than heading its own phrase."""


def name_words(name: str) -> list[str]:
    """A place name's own words, lower-cased as written: its capitalised words but directions
    ("Eastern Velm province" -> velm); a place noun or particle is written in lower case."""
    words = re.findall(r"[A-Za-z]+", name)
    return [w.lower() for w in words if w[0].isupper() and w.lower() not in DIRECTIONS and len(w) > 2]


def wide_place(name: str) -> bool:
    """A country or state by WordNet ("in Velmaria"), not a city: it may hold the asked place."""
    wn = wordnet()  # the smallest kind decides: a capital is filed under its country too
    return not wn.is_kind_of(name, "city") and (
        wn.is_kind_of(name, "country") or wn.is_kind_of(name, "state")
    )


def _compounded(doc: Any) -> list[str]:
    """Names compounded to a place noun ("Velm province")."""
    return [t.text for t in doc if t.pos_ == "PROPN" and t.dep_ == "compound" and _place_noun(t.head)]


def _of_kind(doc: Any, name: str, nouns: list[str]) -> bool:
    """The sentence names ``name`` by one of the asked place nouns: "the town of Velm", or the
    name set before the noun ("Velm province", "Velm's countryside"; a possessive may lose its
    apostrophe, "Velms countryside")."""
    last = name.split()[-1]
    return any(
        t.text == last
        and (
            (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in nouns)
            or (t.dep_ in ("compound", "poss") and t.head.tag_ == "NN" and t.head.lemma_.lower() in nouns)
        )
        for t in doc
    )


def place_reading(
    asked: tuple[list[str], list[str]], nouns: list[str], doc: Any, same: Callable[[str, str], bool]
) -> str:
    """Where the sentence puts its count against the question's places: "several" when it sums
    several places of the asked kind ("several villages" for "the village of Velm"), "here"
    when it names one of the asked places (as its setting, a reference point or the name of a
    place noun), "kind" when it sets its deed in another place named by the asked place noun
    ("the town of Ostrin" or "Ostrin province" for "the town of Velm" or "Velm province"), "other" when it sets it in (or places it by,
    "north of Ostrin") another place that is no reference point of the question's, and "" when it sets it nowhere (the article's own
    scene) or only in a country or state that may hold the asked place. ``same(asked_word,
    said_name)`` tells whether a name holds a word, in any spelling."""
    if over_several(nouns, doc):
        return "several"
    own, references = ([w for name in names for w in name_words(name)] for names in asked)
    settings = setting_names(doc, references=True)  # where it sets a deed and its reference points
    if any(same(w, name) for w in own for name in settings + _compounded(doc)):
        return "here"
    others = [
        name for name in settings if not wide_place(name) and not any(same(w, name) for w in own + references)
    ]
    if any(_of_kind(doc, name, nouns) for name in others):
        return "kind"
    return "other" if others else ""


def elsewhere(readings: list[str]) -> list[bool]:
    """Which counts are of another place, given every count's ``place_reading``: a sum over
    several places, another place of the asked kind, and another place at all once some count
    names the asked one (without one, "near Velm" may lie within the asked province)."""
    here = "here" in readings
    return [r in ("several", "kind") or (here and r == "other") for r in readings]


_CLAUSE_END = re.compile(r"[;:]")
"""Where a listed count's own stretch of a sentence ends at the latest ("4 died in Velm; in Tarn...")."""


def stretches_at(sentence: str, starts: list[int]) -> list[str]:
    """Each listed count's own stretch of a sentence that gives several ("killed four in Velm and
    six in Tarn"), from the counts' offsets: from the count to the next figure, taken by the
    readers or not, or to a semicolon; "" for an offset of -1 (not found). A toll list names each
    count's place after it, so the stretch holds that count's place."""
    out = []
    for at in starts:
        if at < 0:
            out.append("")
            continue
        later = [b for b in starts if b > at]
        end = min(later, default=len(sentence))
        stretch = sentence[at:end]
        cut = _CLAUSE_END.search(stretch)
        out.append(stretch[: cut.start()] if cut else stretch)
    return out


def listed_elsewhere(readings: list[str], stretch_readings: list[str]) -> list[bool]:
    """Which of one sentence's listed counts are of another place: where one count's own stretch
    (``stretches_at``) names an asked place, a count whose stretch names another place or
    another of the asked kind is that place's toll, though the sentence names the asked one."""
    if "here" not in stretch_readings:
        return [False] * len(readings)
    return [r == "here" and s in ("other", "kind") for r, s in zip(readings, stretch_readings, strict=True)]


SETTLEMENTS = ("urban area", "settlement")
"""WordNet's kinds of inhabited place: a city, a town, a village (news uses them loosely, so
any answers for any)."""


def asked_settlement(question: str) -> bool:
    """The question asks for a city, town or village ("in which town ...", "filed from which
    city"): the noun a "which"/"what" asks for is a kind of settlement in WordNet, read at the
    head of a compound (``asked_head``): "which border town" asks a town, "which town hall" a hall."""
    noun = asked_head(question)  # "in which Velm district": the district, not the city Velm
    return bool(noun) and any(wordnet().kind_rank(noun, kind) == 0 for kind in SETTLEMENTS)


def another_kind_of_place(name: str, after: str) -> bool:
    """A name that is no city, town or village: written with a place noun of another kind
    ("Velm province", "the Ostrin district": a region), or a name WordNet knows only as places
    of other kinds (a country, a state). A name WordNet does not know may be any settlement."""
    wn = wordnet()
    words = name.split()
    follows = re.match(r"\s+([a-z]+)\b", after)
    noun = words[-1] if len(words) > 1 and words[-1].islower() else (follows.group(1) if follows else "")
    if noun and wn.is_kind_of(noun, "region") and not _settlement(noun):
        return True
    bare = " ".join(w for w in words if not w.islower()).lower()
    return bool(wn.senses(bare)) and wn.is_kind_of(bare, "location") and not _settlement(bare)


def _settlement(word: str) -> bool:
    return any(wordnet().is_kind_of(word, kind) for kind in SETTLEMENTS)


def asked_country(question: str) -> bool:
    """The question asks for a country ("which country backs ...", "from what nation"): the
    noun a "which"/"what" stands before has a country as its commonest WordNet sense. A
    possessive ("which country's system") asks for the country too."""
    wn = wordnet()
    for m in re.finditer(r"\b(?:which|what)\s+([a-z]+)\b", question, re.I):
        if wn.kind_rank(m.group(1).lower(), "country") == 0:
            return True
    return False


def is_country(name: str) -> bool:
    """WordNet knows the name as a country ("Norway", "UK"), and not as a city (its "area"
    sense of country holds cities). WordNet lists the world's countries, so a name it does not
    know ("Eastern Velmaria", a district) is no country."""
    bare = " ".join(w for w in name.split() if not w.islower()).lower()  # "the Ostrin" -> "ostrin"
    wn = wordnet()
    return bool(wn.senses(bare)) and wn.is_kind_of(bare, "country") and not wn.is_kind_of(bare, "city")


def address(text: str, spans: list[tuple[int, int]]) -> str:
    """Place names written one after another with commas alone ("in Velm, Ostria, Tarnland")
    as one address, each place inside the next, as the text writes it; "" for a list. A list
    of places puts "and" or "or" (or "&") before its last ("Velm, Tarvel and Orsk"), so any
    gap between two names holding more than a comma makes a list, not an address."""
    ordered = sorted(spans)
    if len(ordered) < 2:
        return ""
    gaps = (text[a_end:b_start] for (_, a_end), (b_start, _) in pairwise(ordered))
    if not all(re.fullmatch(r"\s*,\s*", gap) for gap in gaps):
        return ""
    return text[ordered[0][0] : ordered[-1][1]]


_NAME_RUN = re.compile(r"\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*")
"""A run of capitalised words: a name as a text writes it ("New Velm", "US")."""


def part_named(place: str, text: str) -> bool:
    """Pattern: a place the question names ("in Velmaria") is named by a text that names a place
    WordNet files within it ("in Ostrin and Dunmoor", both towns of Velmaria): the same place
    named at a finer scale. A name run and each of its words is looked up, in its commonest
    sense only ("Paris" is the French capital, not a town of the same name elsewhere)."""
    wn = wordnet()
    wanted = set(wn.senses("_".join(place.lower().split()), "n"))
    if not wanted:
        return False
    runs = {m.group() for m in _NAME_RUN.finditer(text)}
    for name in runs | {w for r in runs for w in r.split()}:
        senses = wn.senses("_".join(name.lower().replace(".", "").split()), "n")
        if senses and senses[0] not in wanted and wn.within(senses[0], wanted):
            return True
    return False
