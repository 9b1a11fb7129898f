"""Rival names: the claim names a place, person, direction or weekday where the evidence names
another of the same kind in the same slot ("in Ostria" vs "in Brennia", "on Sunday" vs "on Wednesday").

A rival is a refutation only about the same event; ``bot/check.py`` decides that from the
sources' articles (another place or weekday is as often another event as another account).
A place lying within another place the claim names ("in Tolvik before heading to Norland" /
"already in Brel", a city of Norland) tells that other place, not a rival of the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.dates import weekdays_in
from bot.evidence import acronyms
from bot.names import names_capitals_country, names_place, undoubled
from bot.nlp import dependency_parse, parse, passive_agent
from bot.text import TokenPool, tokens
from bot.wordnet import wordnet
from index.lexicon import DIRECTIONS, EVENT_NOUN_FILES, PLACE_LABELS
from index.tuning import CheckTuning

DOUBLED_MIN_LETTERS = CheckTuning.doubled_min_letters

CLASH_LABELS = {"PERSON", "GPE", "LOC", "FAC"}
"""Labels the small NER model tags reliably enough to contradict on (not ORG/NORP). Not DATE:
a sentence giving another date is about another event ("On Jan. 25 ... also fired"); weekdays
in the same slot are compared on their own."""


_ASIDE = re.compile(r"\([^)]*(?:\)|$)")
"""A parenthesis explains a name ("ISIL (Islamic State in Iraq and the Levant)"): a place in it
is not the place the sentence speaks of."""


def name_clash(
    claim: str, text: str, sentence: TokenPool, nearby: TokenPool, min_letters: int = DOUBLED_MIN_LETTERS
) -> str:
    """A name in the claim the evidence lacks, where the evidence has another of the same kind in
    the same slot (``name_slot``: "in Ostria" / "in Brennia", not "in Ostria" / "Brennia's envoy said");
    a name's initials ("V.U." for "the Velmoran Union", either way round) are that name, and so
    is its spelling with a letter doubled or single (``respelt``)."""
    claim_ents = parse(claim).entities
    evidence_ents = parse(text).entities
    claim_pool = TokenPool(tokens(claim))
    asides = [m.span() for m in _ASIDE.finditer(text)]
    for ent in claim_ents:
        if ent.label not in CLASH_LABELS:
            continue
        words = tokens(ent.text)
        if (
            not words
            or all(sentence.has(w) or names_place(sentence, w) for w in words)
            or any(sentence.has(a) for a in acronyms(ent.text))
        ):
            continue  # named as written or by its initials ("the U.S." for "the United States")
        slot = name_slot(claim, ent.start, ent.end)
        rivals = [
            e.text
            for e in evidence_ents
            if _same_kind(e.label, ent.label)
            and same_slot(slot, name_slot(text, e.start, e.end))
            and not any(claim_pool.has(w) for w in [*tokens(e.text), *acronyms(e.text)])
            and not any(a <= e.start < b for a, b in asides)
            and not nested_places(e.label, e.text, ent.label, ent.text)
            and not _within_other(e, ent, claim_ents)
            and not other_scale(e.label, e.text, ent.label, ent.text)
            and not respelt(e.text, ent.text, min_letters)
            and not places_another(claim, ent.start, ent.end, text, e.start, e.end, claim_pool)
        ]
        if rivals and not all(nearby.has(w) for w in words):
            return f"names {rivals[0]}, not {ent.text}"
    claim_dirs, text_dirs = directions(claim), directions(text)
    if claim_dirs and text_dirs and not claim_dirs & text_dirs:
        return f"says {', '.join(sorted(text_dirs))}, not {', '.join(sorted(claim_dirs))}"
    return ""


WHERE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "across", "into", "on"})
"""Prepositions placing a deed: a name after any of them says where ("in Tarn" / "at Velm")."""
FRAMING_PREPOSITIONS = frozenset({"during", "on", "in", "at"})
"""Prepositions by which an act frames the deed told in its sentence ("during his visit to
Velmar, he met ..."): the act's destination is where the deed took place."""
SEATED_VERB_FILES = frozenset({"verb.communication", "verb.social"})
"""WordNet verb files of acts an institution does where it sits (indicting, sentencing, denying,
announcing), unlike a deed of force done at a distance ("the Velmar government shelled Tarn")."""
SEAT_NOUN_FILES = frozenset({"noun.group"})
"""WordNet noun files of institutions (a jury, a court, a council) that sit in a place."""
NAME_PARTS = frozenset({"compound", "flat", "conj", "appos", "nmod"})
"""How a name hangs on the noun phrase whose place in the sentence it shares ("the Tarn
province", "Velmar and Ostria", "the Brill family")."""


def name_slot(text: str, start: int, end: int) -> str:
    """Where the name at ``text[start:end]`` stands in its sentence: "where" after a preposition
    placing a deed, the subject (an agent after "by" in a passive too), the object (a passive's
    subject, or the object of another preposition on the verb: "met with X" / "met X"), a
    preposition on a noun by itself ("the head of X"), or another relation of the noun phrase it
    names or belongs to ("poss"); "" when the parse has no token there."""
    doc = dependency_parse(text)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    tok = span.root
    if seat_of_doer(tok):
        return "where"
    while tok.dep_ in NAME_PARTS and tok.head is not tok and tok.head.pos_ in {"PROPN", "NOUN"}:
        tok = tok.head
    if passive_agent(tok):
        return "subject"
    if tok.dep_ == "pobj":
        prep = tok.head.lower_
        if prep in WHERE_PREPOSITIONS or framing_destination(tok.head):
            return "where"
        return "object" if tok.head.head.pos_ == "VERB" else prep  # "met with X" / "met X"
    return {"nsubj": "subject", "nsubjpass": "object", "dobj": "object", "obj": "object"}.get(
        tok.dep_, tok.dep_
    )


def placed_noun(text: str, start: int, end: int) -> str:
    """The lemma of the noun whose place the name at ``text[start:end]`` gives ("concert" for "a
    concert in Tarn", through the noun phrase it belongs to), or "" when its place phrase hangs on
    a verb or it is no place phrase's object."""
    span = dependency_parse(text).char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    tok = span.root
    while tok.dep_ in NAME_PARTS and tok.head is not tok and tok.head.pos_ in {"PROPN", "NOUN"}:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.head.pos_ != "NOUN":
        return ""
    return str(tok.head.head.lemma_.lower())


def places_another(
    claim: str, start: int, end: int, text: str, e_start: int, e_end: int, claim_pool: TokenPool
) -> bool:
    """Pattern: the sentence's place is the place of another noun of the claim than the one the
    claim's place is of ("a documentary shown in Velmar" where the claim's documentary was "recorded at a
    festival in Tarn"; "the envoy in Velm said" where the claim's talks were "in Tarn"): it says
    where another thing of the claim is, so both places may be true. Both must be places of
    nouns (``placed_noun``): "protesters in Velm were killed" still rivals "killed in Tarn"."""
    ours, theirs = placed_noun(claim, start, end), placed_noun(text, e_start, e_end)
    return bool(ours and theirs and ours != theirs and claim_pool.has(theirs))


def framing_destination(prep: Any) -> bool:
    """A place after "to" on an act that frames the sentence's deed says where the deed took place:
    "during his visit to Velmar, Dorn met Sarn" places the meeting in Velmar, as "in Velmar" would.
    The act is a noun of an act or event (WordNet) after a framing preposition on the verb
    (``FRAMING_PREPOSITIONS``: not "after his trip to Velmar", which may be elsewhere)."""
    act = prep.head
    return bool(
        prep.lower_ == "to"
        and act.pos_ == "NOUN"
        and act.dep_ == "pobj"
        and act.head.lower_ in FRAMING_PREPOSITIONS
        and act.head.head.pos_ in {"VERB", "AUX"}
        and wordnet().commonest_file(act.lemma_.lower(), "n") in EVENT_NOUN_FILES
    )


def seat_of_doer(tok: Any) -> bool:
    """A place naming the institution that does an institution's act says where the act took
    place: "a Velmar jury indicted Sarn" indicts him in Velmar, as "was indicted in Velmar" says.
    The institution is a group noun (a jury, a court: ``SEAT_NOUN_FILES``) subject of the verb, or
    its "by" agent, and the act one of talk or society (``SEATED_VERB_FILES``), not a deed of force
    done at a distance ("the Velmar army shelled Tarn" is no shelling in Velmar)."""
    doer = tok.head
    if tok.dep_ not in {"compound", "nmod"} or doer is tok or doer.pos_ != "NOUN":
        return False
    if doer.dep_ == "nsubj":
        verb = doer.head
    elif passive_agent(doer):
        verb = doer.head.head
    else:
        return False
    return (
        verb.pos_ == "VERB"
        and wordnet().commonest_file(doer.lemma_.lower(), "n") in SEAT_NOUN_FILES
        and wordnet().commonest_file(verb.lemma_.lower(), "v") in SEATED_VERB_FILES
    )


def same_slot(a: str, b: str) -> bool:
    """Two names stand in one slot (``name_slot``), or the parse placed one nowhere: a name in
    another slot is another party of the story ("blamed on its reliance on Ostria" / "Velmar
    wants"), no rival of the claim's."""
    return not a or not b or a == b


def weekday_clash(claim: str, text: str) -> str:
    """The claim names one weekday, the evidence only others ("on Sunday" vs "on Wednesday")."""
    claim_days, text_days = set(weekdays_in(claim)), set(weekdays_in(text))
    if claim_days and text_days and not claim_days & text_days:
        named = ", ".join(d.capitalize() for d in sorted(text_days))
        return f"names {named}, not {', '.join(d.capitalize() for d in sorted(claim_days))}"
    return ""


def directions(text: str) -> set[str]:
    """Direction words ("east", "central") that say where, not those that begin a capitalised
    name ("East Anglia", "West Bank"): a place's name says nothing about the direction. Each as
    its compass point, so the noun and its adjective ("north of X", "northern X") are one direction."""
    out = set()
    for m in re.finditer(r"[A-Za-z]+", text):
        word = m.group()
        if word.lower() in DIRECTIONS and not (word[0].isupper() and re.match(r" +[A-Z]", text[m.end() :])):
            out.add(_compass(word))
    return out


def other_scale(label_a: str, a: str, label_b: str, b: str) -> bool:
    """A country WordNet knows and a place it does not know at all ("Norland" / "Tarn province"):
    the place may well lie in the country, as WordNet cannot say (it files a place it knows
    inside its country: ``nested_places``), so the country is no rival of it."""
    if label_a not in PLACE_LABELS or label_b not in PLACE_LABELS:
        return False
    a, b = _bare(a), _bare(b)
    return (_country(a) and _unknown(b)) or (_country(b) and _unknown(a))


def _unknown(name: str) -> bool:
    return not wordnet().senses(name, "n")


def _country(name: str) -> bool:
    """WordNet's commonest sense of the name is a country, not a city (a capital is both)."""
    wn = wordnet()
    return wn.kind_rank(name, "country") == 0 and wn.kind_rank(name, "city") is None


def respelt(a: str, b: str, min_letters: int) -> bool:
    """Two names whose words are the same with letters doubled or single ("Raqa" / "Raqqa"),
    each word at least ``min_letters`` long: one name transliterated twice."""
    wa, wb = re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower())
    return (
        len(wa) == len(wb) > 0
        and all(min(len(x), len(y)) >= min_letters for x, y in zip(wa, wb, strict=True))
        and [undoubled(x) for x in wa] == [undoubled(y) for y in wb]
    )


def _within_other(told: Any, ent: Any, claim_ents: Sequence[Any]) -> bool:
    """The sentence's place lies within another place the claim names apart from ``ent`` ("in
    Tolvik before heading to Norland" / "already in Brel", a city of Norland): it tells that
    place, not a rival of ``ent``; a place holding ``ent`` itself ("Tolvik, Norland") is no
    other place, so a rival inside it still rivals."""
    return any(
        nested_places(told.label, told.text, o.label, o.text)
        and not nested_places(ent.label, ent.text, o.label, o.text)
        for o in claim_ents
        if o is not ent and o.label in PLACE_LABELS
    )


def nested_places(label_a: str, a: str, label_b: str, b: str) -> bool:
    """Two places one of which WordNet files as part of the other ("Norway" / "Europe", a city
    and its country): the same place at another scale, never a rival."""
    return label_a in PLACE_LABELS and label_b in PLACE_LABELS and one_inside(a, b)


def one_inside(a: str, b: str) -> bool:
    """WordNet files one place inside the other ("Tolvik" / "Norland" / its continent), whatever
    the parse called them: the same place told at another scale."""
    wn, a, b = wordnet(), _bare(a), _bare(b)
    return wn.part_of(a, b) or wn.part_of(b, a)


def coarser_place(claim: str, text: str, nearby: TokenPool) -> str:
    """The claim places its event in a place the sentence and its neighbours never name, where the
    sentence names only a larger place holding it ("charged in Tolvik" / "charged in Norland"):
    the sentence gives less than the claim and cannot support that detail. "" otherwise."""
    said = [e for e in parse(text).entities if e.label in PLACE_LABELS]
    for ent in parse(claim).entities:
        words = tokens(ent.text)
        if ent.label not in PLACE_LABELS or not words or all(nearby.has(w) for w in words):
            continue
        if any(nearby.has(a) for a in acronyms(ent.text)):
            continue
        if names_capitals_country(nearby, ent.text) and _acts(claim, ent.start):
            continue  # "Oslo said": the capital is its country's government, not where it happened
        wider = [
            e.text
            for e in said
            if wordnet().part_of(_bare(ent.text), _bare(e.text)) and not _addressed(text, e.start)
        ]
        if wider:
            return f"says {wider[0]}, not where in it ({ent.text})"
    return ""


def _acts(text: str, start: int) -> bool:
    """The name starting at ``start`` is the subject of an active verb: the doer, not a scene."""
    tok = next((t for t in dependency_parse(text) if t.idx == start), None)
    while tok is not None and tok.dep_ == "compound":
        tok = tok.head
    return tok is not None and tok.dep_ == "nsubj"


def _addressed(text: str, start: int) -> bool:
    """The name starting at ``start`` is the one a verb of speech addresses ("urged Peru to act",
    "accused Peru"): a country spoken to is its government, a party to the deed, not its scene."""
    tok = next((t for t in dependency_parse(text) if t.idx == start), None)
    while tok is not None and tok.dep_ == "compound":
        tok = tok.head
    return (
        tok is not None
        and tok.dep_ in {"dobj", "obj", "dative"}
        and tok.head.pos_ == "VERB"
        and wordnet().commonest_file(tok.head.lemma_.lower(), "v") == "verb.communication"
    )


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.I)


def _same_kind(a: str, b: str) -> bool:
    return a == b or (a in PLACE_LABELS and b in PLACE_LABELS)


_PART_OF = re.compile(rf"\b({'|'.join(sorted(DIRECTIONS, key=len, reverse=True))})\s+([A-Z][\w'-]+)", re.I)
"""A direction word before a capitalised name: "central Velmar", "northern Ostria"."""


def parts(text: str) -> dict[str, set[str]]:
    """Name -> the parts of it the text places something in ("in northern Ostria" -> north)."""
    out: dict[str, set[str]] = {}
    for m in _PART_OF.finditer(text):
        if m.group(2)[:1].isupper() and not m.group(1)[:1].isupper():  # "West Bank" is a name
            out.setdefault(m.group(2), set()).add(_compass(m.group(1)))
    return out


def _compass(word: str) -> str:
    """ "northern" -> "north", "central" -> "central": the part, however it is written."""
    lower = word.lower()
    return lower[:-3] if lower.endswith("ern") else lower


def article_other_part(claim: str, sentence: str, article: str) -> str:
    """The claim puts its event in one part of a place ("in northern Ostria"), the sentence names
    no part of it, and its article only ever names other parts of that place ("central
    Ostria"): the sentence tells of events there, not in the claim's part. "" otherwise."""
    mine = parts(sentence)
    for name, asked in parts(claim).items():
        if name in mine:
            continue
        said = parts(article).get(name, set())
        if said and not compatible(asked, said):
            return (
                f"its article places it in {', '.join(sorted(said))} {name}, not {', '.join(sorted(asked))}"
            )
    return ""


def other_part(claim: str, text: str) -> str:
    """The text places the claim's event in another part of the claim's place ("central Ostria"
    for "northern Ostria") and never in the claim's: it cannot support the claim. "" otherwise."""
    mine = parts(text)
    for name, asked in parts(claim).items():
        said = mine.get(name, set())
        if said and not compatible(asked, said):
            return f"places it in {', '.join(sorted(said))} {name}, not {', '.join(sorted(asked))}"
    return ""


def compatible(asked: set[str], said: set[str]) -> bool:
    """Some named part is the asked one or within it ("north" and "northeast")."""
    return any(a in s or s in a for a in asked for s in said)
