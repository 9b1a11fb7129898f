"""Slot rivals: the same deed by the same doer, with another filler in the same slot, or its state reversed.

"Kerrow fled to Avalia" is refuted by "Kerrow fled to Brennia", "the jet landed in Tolvik" by
"the flight brought them to Marnport", "the guild ruled Ostria for about 30 years" by "ruled
Ostria for more than 50 years". The deed is read from the parse: the same verb (its WordNet
synonym, or a word the sentence model finds close) with the same subject and object. Fillers
are compared only in the same role (a destination never against an origin, one deed's year
never against another deed's, a place only mentioned in the sentence never at all), and a
filler that fits inside the claim's is no rival: the claim's place still named beside it
("Marnport, Avalia's capital"), a city against a country, the same year ("late 2014" against
"2014"). A verdict has its own rivals (``status_clash``): a charge of the same person for the
same offence ("found guilty of fraud" against "indicted on charges of fraud"), and a verdict on
them for it with the other outcome ("found guilty" against "cleared of", ``verdict_clash``). An
arrival has its own: the same mover taken elsewhere by a verb of motion ("the jet touched down in
Velm" against "a jet brought the crew to Tarn", ``journey_clash``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.evidence import acronyms
from bot.names import names_place
from bot.nlp import dependency_parse
from bot.phrasal import phrasal_lemma
from bot.rivals import one_inside
from bot.text import TokenPool, tokens, word_stem
from bot.values import YEARS, Quantity, in_years, parse_quantities
from bot.wordnet import wordnet
from index.lexicon import PLACE_LABELS, VERDICT_WORDS
from index.tuning import CheckTuning

DESTINATION, ORIGIN, PLACE, YEAR, DURATION = "destination", "origin", "place", "year", "duration"
DOER_PLACE, OBJECT_PLACE = "doer's place", "object's place"
QUALIFIER_PREPS = frozenset({"in", "at", "from"})
"""Prepositions by which a place qualifies a noun ("a jury in Tolvik"); "the mayor of X" names another person."""
UNPLACES = frozenset(
    {"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
"""Entity labels a name qualifying a noun cannot have and still be a place."""
TO_PREPS = frozenset({"to", "into", "onto", "toward", "towards"})
"""Prepositions naming where a movement ends ("fled to", "flown into")."""
AT_PREPS = frozenset({"in", "at"})
"""Prepositions naming where a deed happened, or, after a verb of arriving, where it ended."""
FROM_PREPS = frozenset({"from"})
"""Prepositions naming where a movement began."""
WHEN_PREPS = frozenset({"in", "on", "during"})
"""Prepositions dating a deed ("in 2014"); "since" or "by" say something else of the year."""
ARRIVING = "arrive"
"""WordNet verb whose kinds ("land", "reach", "touch down") make "in"/"at" the destination."""
MOTION_LEXFILE = 38
"""WordNet's lexicographer file of verbs of motion ("flee", "fly", "bring"): what they go to is a place."""
SCALES = ("city", "state", "country")
"""WordNet kinds of place from small to large: a place of one scale may lie inside a larger one."""
INDEFINITE = frozenset({"a", "an", "some", "another", "any"})
"""Determiners of a doer introduced as one of many ("a bomber"), not one already known."""
VERDICT_VERB = "convict"
"""WordNet files "convict" and "acquit" under one sense ("pronounce, label, judge"): a verdict."""
CHARGE_VERB = "indict"
"""WordNet files "indict", "charge", "accuse", "arraign" under one sense ("charge, accuse")."""
RELATIVE = frozenset({"which", "who", "that", "whom"})
"""Relative pronouns that stand for the noun their clause modifies."""
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class Filler:
    """What fills one slot of a deed: places by name, years, or a span of time."""

    role: str
    text: str
    places: tuple[str, ...] = ()
    years: frozenset[int] = frozenset()
    span: Quantity | None = None
    tagged: bool = True
    """The entity tagger filed its places as places; an untagged name ("a Marnport jury", which
    the tagger may call an organisation) counts only against a tagged place."""


@dataclass(frozen=True)
class Deed:
    """One verb with its subject and object words (as written) and its slot fillers."""

    verb: str
    subject: tuple[str, ...]
    obj: tuple[str, ...]
    fillers: tuple[Filler, ...]
    known: bool = True
    """Its doer and object are known (a name, "the jet", "his family"), not "a bomber" or "a
    factory": one of many, whose deed elsewhere or in another year is another such deed."""
    qualifiers: tuple[Filler, ...] = ()
    """Places qualifying its doer or object ("a Marnport jury", "evacuees from Brennia"), kept
    when the other party is known: the same deed to the same known party by a jury elsewhere is
    a rival, though "a jury" alone is one of many."""


def deeds(text: str) -> list[Deed]:
    """The text's verbs that have a subject, with their object and slot fillers."""
    doc = dependency_parse(text)
    out = []
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        subject = _subject(tok)
        if subject is None:
            continue
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        subject_place = _qualifiers(subject, doc, DOER_PLACE)
        object_place = _qualifiers(obj, doc, OBJECT_PLACE) if obj is not None else []
        qualifiers = subject_place if obj is not None and not _indefinite(obj) else []
        qualifiers += object_place if not _indefinite(subject) else []
        out.append(
            Deed(
                tok.text.lower(),
                _head_words(subject, _filled(subject_place)),
                _head_words(obj, _filled(object_place)) if obj is not None else (),
                tuple(_fillers(tok, doc)),
                not _indefinite(subject) and not (obj is not None and _indefinite(obj)),
                tuple(qualifiers),
            )
        )
    return out


def _filled(fillers: list[Filler]) -> frozenset[str]:
    return frozenset(p for f in fillers for p in f.places)


def _qualifiers(noun: Any, doc: Any, role: str) -> list[Filler]:
    """Places that qualify the noun: a name compounded onto it that is not part of the noun's
    own name ("a Marnport jury", not "the Ostrian Guard"), or a place after "in", "at" or "from"
    ("a jury in Tolvik")."""
    out = []
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in UNPLACES:
            ent = next((e for e in doc.ents if e.start <= c.i < e.end), None)
            if ent is not None and ent.start <= noun.i < ent.end:
                continue  # the noun's own name
            text = ent.text if ent is not None else c.text
            tagged = ent is not None and ent.label_ in PLACE_LABELS
            out.append(Filler(role, text, places=(text,), tagged=tagged))
        elif c.dep_ == "prep" and c.lower_ in QUALIFIER_PREPS:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            ent = next((e for e in doc.ents if e.start <= pobj.i < e.end), None)
            if pobj.pos_ != "PROPN" or (ent is not None and ent.label_ in UNPLACES):
                continue
            text = ent.text if ent is not None else pobj.text
            out.append(
                Filler(role, text, places=(text,), tagged=ent is not None and ent.label_ in PLACE_LABELS)
            )
    return out


def _indefinite(noun: Any) -> bool:
    """ "A bomber", "some rebels": a doer the text introduces, so another place or year for
    the deed is as likely another such deed."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def _subject(verb: Any) -> Any:
    """The verb's subject; a relative pronoun stands for the noun it modifies, and a verb
    sharing its subject with another ("was forced to flee", "fled and settled") takes that one's."""
    for _ in range(4):
        found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None:
            if found.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return None if found.pos_ == "PRON" else found
        if verb.dep_ not in {"xcomp", "conj"}:
            return None
        verb = verb.head
    return None


def _head_words(noun: Any, places: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The noun with the names and nouns compounded onto it ("the Dale family" -> Dale, family),
    less the places that qualify it (read as its slot, not its identity)."""
    parts = [noun]
    for part in parts:  # "Corvin Ansel Dale": compounds of compounds
        parts += [c for c in part.children if c.dep_ in {"compound", "flat"}]
    words = {w for p in places for w in p.split()}
    return tuple(p.text for p in sorted(parts, key=lambda t: t.i) if tokens(p.text) and p.text not in words)


def _fillers(verb: Any, doc: Any) -> list[Filler]:
    wn = wordnet()
    lemma = verb.lemma_.lower()
    arriving = wn.is_kind_of(lemma, ARRIVING, "v")
    senses = wn.senses(lemma, "v")
    moving = bool(senses) and wn.synsets[senses[0]].lexfile == MOTION_LEXFILE
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        span = doc[pobj.left_edge.i : pobj.right_edge.i + 1]  # with "and Iraq", "where ..."
        head = doc[pobj.left_edge.i : pobj.i + 1].text  # "about 30 years", "late 2014"
        places = tuple(
            e.text for e in doc.ents if e.label_ in PLACE_LABELS and span.start <= e.start < span.end
        )
        years = frozenset(int(y) for y in _YEAR.findall(head))
        if not places and moving and word in TO_PREPS | FROM_PREPS and _unnamed_place(pobj):
            places = (head,)  # where a movement goes or comes from is a place, tagged or not
        if places and (word in TO_PREPS or (word in AT_PREPS and arriving)):
            out.append(Filler(DESTINATION, " and ".join(places), places=places))
        elif places and word in FROM_PREPS:
            out.append(Filler(ORIGIN, " and ".join(places), places=places))
        elif places and word in AT_PREPS:
            out.append(Filler(PLACE, " and ".join(places), places=places))
        elif years and word in WHEN_PREPS and pobj.ent_type_ == "DATE":
            out.append(Filler(YEAR, head, years=years))
        elif word == "for":
            spans = [q for q in parse_quantities(head) if q.unit in YEARS] or _one_unit(pobj, head)
            if spans:
                out.append(Filler(DURATION, head, span=spans[0]))
    return out


def _one_unit(noun: Any, text: str) -> list[Quantity]:
    """ "A month", "one week": a single unit of time, which the count reader leaves uncounted."""
    unit = noun.lemma_.lower()
    if unit in YEARS and any(c.lower_ in {"a", "an", "one"} for c in noun.children):
        return [Quantity(1.0, 1.0, text, unit, 0, len(text))]
    return []


def _unnamed_place(noun: Any) -> bool:
    """A name (a proper or capitalised noun) the entity tagger did not file as a person or a date."""
    return (noun.pos_ == "PROPN" or noun.text[:1].isupper()) and noun.ent_type_ not in {
        "PERSON",
        "NORP",
        "DATE",
        "TIME",
    }


def slot_clash(
    claim: str,
    text: str,
    nearby: TokenPool,
    similar: Callable[[str, str], bool],
    span_slack: float,
    arrival_rank: int = CheckTuning.journey_sense_rank,
) -> str:
    """How the text fills one of the claim's slots otherwise for the same deed ("says to
    Brennia, not to Avalia"), or "" when it does not. ``nearby`` is the sentence with its
    neighbours: a claim's place named there is the text's too, only put otherwise; spans of
    time within ``span_slack`` of each other agree; ``arrival_rank``: ``journey_clash``'s."""
    claimed = [d for d in deeds(claim) if (d.fillers and d.known) or d.qualifiers]
    found = deeds(text) if claimed else []  # most claims have no such deed: spare the sentence's parse
    for c in claimed:
        slots = (c.fillers if c.known else ()) + c.qualifiers
        for e in found:
            if not same_deed(c, e, similar):
                continue
            for cf in slots:
                for ef in e.fillers + e.qualifiers:
                    if ef.role == cf.role and rival(cf, ef, nearby, span_slack):
                        return f"says {ef.text}, not {cf.text}"
    return journey_clash(claim, text, nearby, similar, arrival_rank) or status_clash(claim, text)


def journey_clash(
    claim: str,
    text: str,
    nearby: TokenPool,
    similar: Callable[[str, str], bool],
    arrival_rank: int = CheckTuning.journey_sense_rank,
) -> str:
    """Pattern: a reader moves the end of a journey ("the jet touched down in Tarn" where the
    report says "a chartered jet brought the workers to Velm"): the claim's verb of arriving
    (a WordNet kind of "arrive" in its senses up to ``arrival_rank``, a phrasal one too: "touch
    down") puts its subject in one place,
    and the text's verb of motion takes the same mover ("the flight", or what a verb carrying
    its object moves: "brought the workers") to another (``rival``). Verbs need not match, as
    arriving ends any journey; a mover introduced as one of many ("a plane landed") or a place
    the claim's named nearby is no rival."""
    ours = [j for j in _journeys(claim, arrival_rank, known=True) if j[2]]
    if not ours:
        return ""
    theirs = _journeys(text, arrival_rank)
    for movers, end, _ in ours:
        for their_movers, their_end, _ in theirs:
            same = any(_same_party(m, t, similar) for m in movers for t in their_movers)
            if same and rival(end, their_end, nearby, 0.0):
                return f"says {their_end.text}, not {end.text}"
    return ""


def _unrealised(verb: Any) -> bool:
    """A journey not (yet) made: under a modal ("will travel to Velm") or wanted, planned or
    tried ("plans to fly to Velm", an open clause): another trip than one that ended."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _journeys(
    text: str, arrival_rank: int, known: bool = False
) -> list[tuple[list[tuple[str, ...]], Filler, bool]]:
    """(the movers, where they ended up, whether the verb is one of arriving) for each verb of
    motion or arriving with a named destination: its subject moves, and so does the object of a
    motion verb carrying it ("flew the crew to Velm"). With ``known``, a subject introduced as one
    of many ("a plane landed") is no known mover (a report may introduce the claim's mover so)."""
    doc = dependency_parse(text)
    wn = wordnet()
    out = []
    for tok in doc:
        subject = _subject(tok) if tok.pos_ == "VERB" else None
        if subject is None or (known and _indefinite(subject)) or _unrealised(tok):
            continue
        lemma = phrasal_lemma(tok) or tok.lemma_.lower()
        senses = wn.senses(lemma, "v")
        arriving = lemma == ARRIVING or wn.is_kind(lemma, ARRIVING, arrival_rank, "v")
        moving = bool(senses) and wn.synsets[senses[0]].lexfile == MOTION_LEXFILE
        if not (arriving or moving):
            continue
        ends = [
            Filler(DESTINATION, f.text, f.places, tagged=f.tagged)
            for f in _fillers(tok, doc)
            if f.role == DESTINATION or (arriving and f.role == PLACE)
        ]
        if not ends:
            continue
        movers = [_head_words(subject)]
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is not None and moving:
            movers.append(_head_words(obj))
        out.append((movers, ends[0], arriving))
    return out


def same_deed(c: Deed, e: Deed, similar: Callable[[str, str], bool]) -> bool:
    """The same verb (a WordNet synonym, a close word) with the same subject, and the same
    object when the claim has one: "seized the port" is another deed than "seized the bank"."""
    if not _same_word(c.verb, e.verb, "v", similar) or not _same_party(c.subject, e.subject, similar):
        return False
    return not c.obj or _same_party(c.obj, e.obj, similar)


def _same_word(a: str, b: str, pos: str, similar: Callable[[str, str], bool]) -> bool:
    wn = wordnet()
    return (
        word_stem(a) == word_stem(b)
        or bool(set(wn.lemmas(b, pos)) & {s.replace(" ", "_") for s in wn.synonyms(a, pos)})
        or similar(a, b)
    )


def _same_party(claim: tuple[str, ...], other: tuple[str, ...], similar: Callable[[str, str], bool]) -> bool:
    """Every word of the claim's noun in the other's (by stem or name), the same surname
    ("Mr Dale" for "Corvin Dale"), or their head nouns close in meaning ("the jet", "the flight")."""
    if not claim or not other:
        return False
    pool = TokenPool(t for w in other for t in tokens(w))
    words = [t for w in claim for t in tokens(w)]
    if words and all(pool.has(t) for t in words):
        return True
    if claim[-1][:1].isupper() and tokens(claim[-1]) == tokens(other[-1]):
        return True
    return (
        claim[-1][:1].islower() and other[-1][:1].islower() and _same_word(claim[-1], other[-1], "n", similar)
    )


def rival(claim: Filler, other: Filler, nearby: TokenPool, span_slack: float) -> bool:
    """Two fillers of one role that cannot both be true: other places, none of the claim's
    named nearby (by its words or its initials: "the Velmoran Union" is the "V.U."), neither filed
    by WordNet inside the other ("Geneva" / "Europe"); years with none in common; spans of time that do not overlap, each widened
    by ``span_slack`` (a month is four weeks or 31 days)."""
    if claim.role == YEAR:
        return bool(claim.years and other.years) and not claim.years & other.years
    if claim.role == DURATION:
        if claim.span is None or other.span is None:
            return False
        a, b = in_years(claim.span), in_years(other.span)
        return a.high * (1 + span_slack) < b.low * (1 - span_slack) or b.high * (1 + span_slack) < a.low * (
            1 - span_slack
        )
    words = [t for p in claim.places for t in tokens(p)]  # its initials name it too ("U.S.")
    if not words or any(nearby.has(t) for t in [*words, *acronyms_of(claim.places)]) or not other.places:
        return False
    if any(names_place(nearby, t) for t in words):  # "Holland" is named "the Netherlands" there
        return False
    if not (claim.tagged or other.tagged):  # two untagged names: "a Reuters reporter", "a BBC one"
        return False
    # one filed inside the other is the same place, even where ``_same_scale`` knows no scale of one
    return all(_same_scale(a, b) and not one_inside(a, b) for a in claim.places for b in other.places)


def acronyms_of(places: tuple[str, ...]) -> list[str]:
    """The initials of each place's capitalised words ("the Velmoran Union" -> "vu"), as the
    text's tokens write "V.U." or "VU"."""
    return [a for p in places for a in acronyms(p)]


def _same_scale(a: str, b: str) -> bool:
    """Two places neither of which may hold the other: both cities, both states or both
    countries by WordNet, or a city against a place WordNet does not know (mostly towns); a
    country against a city ("Lyon" for "France") is the same place more precisely told."""
    scale_a, scale_b = _scale(a), _scale(b)
    return scale_a == scale_b or {scale_a, scale_b} == {"city", ""}


def _scale(place: str) -> str:
    """ "city", "state", "country" (the smallest WordNet files the place under), or "" when unknown."""
    wn = wordnet()
    name = " ".join(w for w in place.split() if w.lower() != "the")
    return next((kind for kind in SCALES if wn.is_kind_of(name, kind)), "")


def status_clash(claim: str, text: str) -> str:
    """A claim that a court reached a verdict on someone ("was convicted", "found guilty") of an
    offence, where the text says only that the same person was charged with it ("indicted on
    charges of"): the case had not reached a verdict. An arrest or another offence is no rival.
    A verdict told with the other outcome is one too (``verdict_clash``)."""
    claimed = [s for s in _case_steps(claim) if s[0] == VERDICT_VERB]
    steps = _case_steps(text) if claimed else []
    for _, verb, person, offences in claimed:
        for step, other_verb, other_person, other_offences in steps:
            if (
                step == CHARGE_VERB
                and offences & other_offences
                and _same_party(person, other_person, _never)
            ):
                return f"says {other_verb}, not {verb}"
    return verdict_clash(claim, text)


def _never(a: str, b: str) -> bool:
    return False


CONVICTED, CLEARED = "convicted", "cleared"
"""The two outcomes of a verdict on a charge: found guilty, or found not guilty."""


def verdict_clash(claim: str, text: str) -> str:
    """Pattern: a reader turns a reported verdict round ("the panel found the striker guilty of
    assault" where the report says "the panel cleared the striker of assault", or "was acquitted"
    told as "was convicted"): the text's verdict on the same person for the same offence has the
    other outcome (``verdicts``), so it refutes the claim. Another person, another offence, a
    charge (``status_clash``) or a negated verdict ("was not convicted") is no rival."""
    ours = verdicts(claim)
    if not ours:
        return ""
    theirs = verdicts(text)
    for outcome, verb, person, offences in ours:
        for other, other_verb, other_person, other_offences in theirs:
            if other != outcome and offences & other_offences and _same_party(person, other_person, _never):
                return f"says {other_verb}, not {verb}"
    return ""


def verdicts(text: str) -> list[tuple[str, str, tuple[str, ...], frozenset[str]]]:
    """(outcome, the verb as written, the person, offence nouns) for each verdict the text tells:
    ``CONVICTED`` for the verdict verb's commonest sense ("convicted") or "found guilty";
    ``CLEARED`` for a verb with the sense WordNet opposes to it (``acquitted``, and "cleared" or
    "exonerated" of something: that sense is rarer, so only with its "of" phrase), or "found not
    guilty" / "found innocent"."""
    out = []
    for tok in dependency_parse(text):
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        outcome = _outcome(tok)
        person = _accused(tok) if outcome else None
        offences = _verdict_offences(tok) if person is not None else frozenset()
        if outcome and person is not None and offences:
            found = [c for c in tok.children if c.lower_ in VERDICT_WORDS]
            negated = [n.lower_ for c in found for n in c.children if n.dep_ == "neg"]
            words = [tok.text.lower(), *negated, *(c.lower_ for c in found)]
            out.append((outcome, " ".join(words), _head_words(person), offences))
    return out


def _outcome(verb: Any) -> str:
    """``CONVICTED``, ``CLEARED`` or "" (no verdict) for one verb of a parse (``verdicts``)."""
    lemma = verb.lemma_.lower()
    if lemma == "find":
        found = [
            c for c in verb.children if c.dep_ in {"oprd", "ccomp", "acomp"} and c.lower_ in VERDICT_WORDS
        ]
        if not found:
            return ""
        not_guilty = any(n.dep_ == "neg" for c in found for n in c.children) or found[0].lower_ != "guilty"
        return CLEARED if not_guilty else CONVICTED
    wn = wordnet()
    senses = wn.senses(lemma, "v")
    convict = wn.senses(VERDICT_VERB, "v")[:1]
    if not senses or not convict:
        return ""
    if senses[0] == convict[0]:
        return CONVICTED
    opposed = set(wn.opposites(convict[0]))
    if senses[0] in opposed:
        return CLEARED
    # "cleared X of Y": the parse may hang the "of" on the verb or on its object
    heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
    of = any(c.dep_ == "prep" and c.lower_ == "of" for h in heads for c in h.children)
    return CLEARED if of and opposed & set(senses) else ""


def _verdict_offences(verb: Any) -> frozenset[str]:
    """The nouns a verdict is of: the object of an "of" on the verb, on whom it is about or on the
    verdict word ("convicted of fraud", "cleared X of fraud", "found X guilty of fraud"), or on
    the charges it is on ("acquitted on charges of fraud"), with the nouns joined to it; never a
    noun elsewhere in the clause ("cleared X of the pitch after the assault": not of assault)."""
    heads = [verb]
    for c in verb.children:
        heads += [c] if c.dep_ in {"dobj", "nsubjpass", "oprd", "ccomp", "acomp"} else []
        heads += [
            g for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() == "charge"
        ]
    nouns = [
        g
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]
    nouns += [c for n in nouns for c in n.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return frozenset(n.lemma_.lower() for n in nouns)


def _offences(verb: Any) -> frozenset[str]:
    """The nouns a verdict or charge is of or for (objects of its prepositions, not its agent nor
    the word "charge"): "on charges of fraud" -> fraud."""
    return frozenset(
        t.lemma_.lower()
        for t in verb.subtree
        if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.dep_ != "agent" and t.lemma_.lower() != "charge"
    )


def _case_steps(text: str) -> list[tuple[str, str, tuple[str, ...], frozenset[str]]]:
    """(step, verb as written, the person, offence nouns) for each verdict or charge in the text."""
    out = []
    for tok in dependency_parse(text):
        if tok.pos_ != "VERB":
            continue
        step = _case_step(tok)
        if not step:
            continue
        person = _accused(tok)
        offences = _offences(tok)
        if person is not None and offences:
            verdict = [c.lower_ for c in tok.children if c.lower_ in VERDICT_WORDS]
            out.append((step, " ".join([tok.text.lower(), *verdict]), _head_words(person), offences))
    return out


def _case_step(verb: Any) -> str:
    """ "convict" for a verdict (WordNet's sense of "convict", or "found guilty"), "indict" for
    a charge (WordNet's sense of "indict"), "" for neither."""
    wn = wordnet()
    lemma = verb.lemma_.lower()
    senses = wn.senses(lemma, "v")
    verdicts = set(_parents(VERDICT_VERB))
    if senses and verdicts & wn.ancestors(senses[0]):
        return VERDICT_VERB
    if lemma == "find" and any(
        c.dep_ in {"oprd", "ccomp", "acomp"} and c.lower_ in VERDICT_WORDS for c in verb.children
    ):
        return VERDICT_VERB
    if set(_parents(CHARGE_VERB)) & {a for s in senses[:3] for a in wn.ancestors(s)}:
        return CHARGE_VERB
    return ""


def _parents(word: str) -> tuple[str, ...]:
    wn = wordnet()
    senses = wn.senses(word, "v")
    return wn.synsets[senses[0]].parents if senses else ()


def _accused(verb: Any) -> Any:
    """Whom the step is about: the passive subject ("X was charged"), the object ("indicted X"),
    or the subject of what the court found ("found X guilty")."""
    for c in verb.children:
        if c.dep_ in {"nsubjpass", "dobj"}:
            return c
        if c.dep_ in {"oprd", "ccomp"}:
            inner = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if inner is not None:
                return inner
    return None


TOTAL = frozenset({"all", "every", "entire", "whole"})
"""Words making an object the whole of it ("lost all its territory"): losing part of it says
nothing of holding the rest."""


@dataclass(frozen=True)
class State:
    """One verb with its subject and object words, whether it is negated, past, or hedged."""

    verb: str
    lemma: str
    subject: tuple[str, ...]
    obj: tuple[str, ...]
    negated: bool
    past: bool
    modal: bool
    whole: bool


def states(text: str) -> list[State]:
    """The text's verbs with a subject and an object, with their polarity and tense (read from
    the parse without entities that ``bot.stance._alignment`` already made of the sentence)."""
    out = []
    for tok in dependency_parse(text, entities=False):
        if tok.pos_ != "VERB":
            continue
        subject = _subject(tok)
        obj = next((c for c in tok.children if c.dep_ in {"dobj", "obj"}), None)
        if subject is None or obj is None:
            continue
        aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
        negated = any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children))
            for c in tok.children
        ) or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
        whole = any(c.lower_ in TOTAL for c in obj.children)
        out.append(
            State(
                tok.text.lower(),
                tok.lemma_.lower(),
                _head_words(subject),
                _head_words(obj),
                negated,
                tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux),
                any(a.tag_ == "MD" for a in aux),
                whole,
            )
        )
    return out


NEGATED = "one says it happened, the other that it did not"
"""The reason a reader sees when a source states the claim's deed or state negated (stance uses it too)."""


def state_clash(claim: str, text: str, similar: Callable[[str, str], bool], sense_rank: int) -> str:
    """The text reverses the claim's state of the same doer and object: the same verb in the same
    tense negated on one side only ("no longer holds territory" against "holds territory"), or a
    verb WordNet opposes to the claim's or to a synonym of it in its commonest senses (up to
    ``sense_rank``), done to the whole object ("lost all its territory"); "" when it does not.
    A hedged verb ("may hold") states nothing."""
    claimed = [s for s in states(claim) if not s.modal]
    found = [s for s in states(text) if not s.modal] if claimed else []
    for c in claimed:
        for e in found:
            if not (_same_party(c.subject, e.subject, similar) and _same_party(c.obj, e.obj, similar)):
                continue
            if c.negated != e.negated and c.past == e.past and _same_word(c.verb, e.verb, "v", similar):
                return NEGATED
            if c.negated == e.negated and (c.whole or e.whole) and _opposed(c.lemma, e.lemma, sense_rank):
                return f"says {e.verb}, not {c.verb}"
    return ""


def _opposed(a: str, b: str, sense_rank: int) -> bool:
    """WordNet opposes one verb to the other, or to a synonym of it, in their commonest senses
    ("lose" to "keep", a synonym of "hold")."""
    wn = wordnet()

    def near(verb: str) -> set[str]:  # the verb and its synonyms in its commonest senses
        return {verb} | {
            s for sense in wn.senses(verb, "v")[: sense_rank + 1] for s in wn.synsets[sense].lemmas
        }

    def opposed_to(verb: str) -> set[str]:
        return {w.replace(" ", "_") for w in wn.antonyms(verb, "v", sense_rank)}

    return bool(opposed_to(b) & near(a) or opposed_to(a) & near(b))
