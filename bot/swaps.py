"""Swapped details: a sentence that tells the claim's event with one detail of it told otherwise.

The pattern: a reader restates a source's event with ONE detail changed — another place ("flown
home from Tarn" where the source says "a flight from Velm"), another year ("since 2013" where it
says "since 2009"), another count of the same thing ("three truck bombs" / "two truck bombs"),
another weekday or direction. The sentence states the rest of the claim (its predicate and other
arguments, ``bot/alignment.py``), never the claim's detail, and fills the detail's slot with a
rival of the same kind: the same preposition or the same head noun for a name or a year, the
same counted noun (with the same modifiers, or the same deed) for a count. Such a sentence
refutes the claim. Details that fit together are no rivals: a place inside the other
(``bot.rivals.nested_places``), the same name spelt otherwise, overlapping figures, the claim's
detail still named in the sentence or its neighbours, unless the sentence names it only after a
preposition of another role and its neighbours not at all ("took parts of Velmar and razed
villages on Tarn soil" rivals "razed villages in Velmar", ``_named_apart``).

The stance (``bot/stance.py``) asks this where its rules say neutral on a sentence close to
the claim (``CheckTuning.swap_dense``) stating the claim's other words (``swap_stated_share``),
and of every sentence a rule reads as supporting the claim, at any cosine: a support is of
every detail.

A slot is a role, however the sentence words it: a name qualifying a noun fills the same slot as
the noun's place phrase ("the Tarn prison head" / "the prison head in Tarn", "by a Tarn grand
jury" / "a Velm grand jury indicted"), and prepositions of one sense are one slot ("inside" and
"within" are "in", "out of" is "from"); the place "of" a noun fills any place phrase on the
same noun ("the tour of Tarn" / "the tour to Velm", ``one_slot``), and a country's adjective on
a noun is a place ("near the Velmari border", where WordNet files the adjective's country); a
place qualifying a stretch of land "on" which a deed was done says where it was ("on Velmari soil",
"on Tarn territory" fill "in": ``region``, never a boundary such as a border or a front).
A thing the claim names is swapped too (``thing_rivals``): a noun of the claim no word of the
sentence states, where the sentence puts in the same slot another noun WordNet files as another
kind of one thing ("sown by a jet" / "sown by a helicopter", ``swap_kin_depth``), or another
proper noun on the same noun ("the Tarn book fair" / "the Velm book fair"); never a span
or unit of measure (the count rules' to compare) nor one name transliterated twice.
Farther from the claim (``swap_role_dense``) a sentence tells the claim's event when it states
the claim's deed with its doer and the one it was done to (``roles_told``: the main verb, its
subject and object, all stated), however many of the
claim's modifiers it leaves out ("the stranded citizens were flown home" / "the flight brought
the citizens").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.alignment import LIGHT_LEMMAS, Alignment, stated_words
from bot.count_owner import counted_verb, counts
from bot.counted_nouns import people
from bot.dates import weekdays_in
from bot.evidence import acronyms
from bot.names import names_place, place_forms, skeleton
from bot.nlp import dependency_parse, parse
from bot.period_parts import other_parts
from bot.phrasal import phrasal_lemma
from bot.rivals import directions, framing_destination, nested_places, other_scale, respelt
from bot.slots import ARRIVING
from bot.text import TokenPool, tokens, word_stem
from bot.values import Quantity, allows, same_measure
from bot.wordnet import wordnet
from index.lexicon import CURRENCIES, LIGHT_EVENT_VERBS, NAME_LABELS, PLACE_LABELS

NAME_KINDS = {"GPE": "place", "LOC": "place", "FAC": "place", "PERSON": "person"}
"""Entity labels a swapped name may have, by kind (the small model's ORG and NORP are unreliable)."""
SLOT_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
"""How a name qualifies a noun ("the Velmar administration", "Tarn's mayor"): its slot is that noun."""
COUNT = "count"
"""A swapped count of the same thing (the checker weighs it as any other figure)."""
WEEKDAY = "weekday"
"""A swapped weekday (the checker reads it only from articles of the same week)."""
PERIOD_PART = "time"
"""A swapped part of a period: another time of day, another third of the month (``bot/period_parts.py``)."""
AMOUNTS = frozenset(CURRENCIES) | {"percent"}
"""Units of sums and shares, left to the amount rules: a share or a price is of many things."""
PLACE_PREPS = frozenset({"in", "at", "from", "to", "into", "near"})
SAME_PREPS = {"inside": "in", "within": "in"}
"""Prepositions that fill the slot of another: "inside Tarn" is where "in Tarn" is."""
STATIC_PREPS = frozenset({"in", "at"})
"""Prepositions of where a thing is: "the jailer in Tarn" is "the Tarn jailer" (not "from", "to":
"the flight from Tarn" is no "Tarn flight")."""
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
"""A deed's doer and the one it is done to (the passive's agent is read through "by")."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
"""A deed's subject, which a second coordinated verb shares ("were evacuated and flown home")."""
THING = "thing"
"""A swapped thing of the same kind in the claim's slot (``thing_rivals``): another aircraft,
another service, another festival's name."""
ROLE_KINDS = frozenset({"place", "person", "year"})
"""Details the role tier reads: names and years (counts, weekdays and directions need the claim's
wording, ``swap_stated_share``, as a count is the rules' to compare)."""
"""Prepositions whose proper-noun object is a place, whatever label the small tagger gave it."""
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")


@dataclass(frozen=True)
class Detail:
    """One swappable detail of a sentence: its kind, as written, its slot and its words."""

    kind: str
    text: str
    slot: str
    words: tuple[str, ...]
    tagged: bool = True
    noun: str = ""
    """The noun a place phrase hangs on ("tour" in "the tour to Tarn" and "the tour of Tarn")."""
    country: bool = False
    """A country named by its adjective ("the Velmari border"): it rivals only another country."""
    also: str = ""
    """The same role named as the noun it qualifies or places ("of:jury" for "by a Tarn grand
    jury", "of:head" for "the head in Tarn"): matched as the slot is."""
    """The entity tagger filed it as its kind; a proper noun after a place preposition that it
    filed otherwise ("from Tarvia" as an organisation) is a place only against a tagged one."""
    where: str = ""
    """``DEED_PLACE`` or ``FRAMED_PLACE`` where the place says where the clause's deed was (``_deed_place``)."""


def details(text: str, region_rank: int = -1) -> list[Detail]:
    """The names (places, people) and years of a text with their slots: the preposition they
    follow ("in", "since", "from"), else the lemma of the noun they qualify; a place qualifying
    a stretch of land ("on Velmari soil") is where ("in", ``region_rank``: ``_slot``). A place
    where a verb's deed was, "in" on the verb or "to" on an act framing it ("during his visit to
    Velmar, Dorn met Sarn" met him in Velmar), is marked so (``_deed_place``)."""
    doc = dependency_parse(text)
    out = []
    for ent in doc.ents:
        kind = NAME_KINDS.get(ent.label_)
        slot = _slot(ent.root, region_rank)
        also = _noun_slot(ent.root, slot)
        where = _deed_place(ent.root, slot)
        if kind and slot:
            noun = _phrase_noun(ent.root) if kind == "place" else ""
            out.append(
                Detail(kind, ent.text, slot, tuple(tokens(ent.text)), noun=noun, also=also, where=where)
            )
        elif _untagged_place(ent) and slot in PLACE_PREPS:
            out.append(
                Detail("place", ent.text, slot, tuple(tokens(ent.text)), tagged=False, also=also, where=where)
            )
        elif ent.label_ == "NORP" and slot and ent.root.dep_ in SLOT_DEPS and place_forms(ent.text):
            # a country's adjective on a noun places it: "the Velmari border" is Velmar's border
            out.append(Detail("place", ent.text, slot, tuple(tokens(ent.text)), also=also, country=True))
    for tok in doc:
        if _YEAR.match(tok.text) and (tok.ent_type_ == "DATE" or tok.dep_ in {"pobj", "nummod"}):
            slot = _slot(tok)
            if slot:
                out.append(Detail("year", tok.text, slot, (tok.text,)))
    return out


def _untagged_place(ent: Any) -> bool:
    """A name after a preposition that the small tagger files as an organisation or, a proper
    noun, as a people ("in Tarvia" as NORP, where "Tarvian" would be the people's word): it may
    be a place, so it rivals a tagged place (never another untagged name)."""
    root = ent.root
    if root.dep_ != "pobj":
        return False
    return ent.label_ == "ORG" or (ent.label_ == "NORP" and root.pos_ == "PROPN")


def _slot(tok: Any, region_rank: int = -1) -> str:
    """ "in", "since": the preposition a name or year follows (through the month or the noun it
    is compounded onto: "in late May 2014", "by the Velmar council"); "of:noun" for a name
    qualifying a noun; "" for a subject or object (who did it: ``bot/blame.py``). A place
    qualifying a stretch of land that "on" places something on ("on Velmari soil", "on Tarn
    territory") says where it was, as "in Velmar" does (``region``, senses up to ``region_rank``); a place "in" or "at" which a
    journey ended ("landed in Velmar", ``arriving``) is where it went "to" ("flown to Velmar")."""
    qualifier = tok
    for _ in range(3):
        if tok.dep_ == "pobj":
            prep = _preposition(tok.head)
            if prep in ON_PREPS and tok is not qualifier and region(str(tok.lemma_.lower()), region_rank):
                return "in"
            if prep in ARRIVAL_PREPS and arriving(tok.head.head):  # "landed in Velm": flown to Velm
                return "to"
            return prep
        if tok.dep_ not in SLOT_DEPS and tok.dep_ != "nummod":
            return ""
        if tok.head.dep_ != "pobj" and tok.dep_ in SLOT_DEPS:
            return f"of:{tok.head.lemma_.lower()}"
        tok = tok.head
    return ""


DEED_PLACE = "in:deed"
"""Where a verb's deed was: a place "in" or "at" in the clause's predicate ("met Sarn in Velm"),
never a place inside its subject ("the embassy in Velm")."""
FRAMED_PLACE = "to:frame"
"""Where a deed was by the place an act framing it went to ("during his visit to Velm, Dorn met
Sarn"): it fills the slot of another such place or of a ``DEED_PLACE`` (two places "in" and "at"
on two verbs stay two slots, as ever)."""


def _deed_place(tok: Any, slot: str) -> str:
    """``DEED_PLACE`` for a place "in" or "at" in a clause's predicate (on the verb, or on its object
    or a noun after it, where the parse may hang the deed's place: "held talks with Sarn in Velm"),
    not inside its subject ("the embassy in Velm will reopen"); ``FRAMED_PLACE`` for one "to" which
    an act framing the deed went (``bot.rivals.framing_destination``); "" else."""
    if tok.dep_ != "pobj":
        return ""
    if framing_destination(tok.head):
        return FRAMED_PLACE
    if slot not in STATIC_PREPS:
        return ""
    for up in tok.head.ancestors:
        if up.pos_ in {"VERB", "AUX"}:
            return DEED_PLACE
        if up.dep_ in SUBJECT_DEPS:
            return ""
    return ""


ARRIVAL_PREPS = frozenset({"in", "at"})
"""Prepositions naming, after a verb of arriving, where a journey ended ("landed in", "arrived at")."""


def arriving(verb: Any) -> bool:
    """The verb's commonest sense, with its particle ("touched down"), is a kind of arriving in
    WordNet (``ARRIVING``: "land", "touch down"; not "hit", whose twelfth sense is "reach a
    destination"): the place it is "in" or "at" is where a journey went "to"."""
    if verb.pos_ != "VERB":
        return False
    lemma = phrasal_lemma(verb) or str(verb.lemma_.lower())
    return wordnet().kind_rank(lemma, ARRIVING, "v") == 0


ON_PREPS = frozenset({"on", "upon"})
"""Prepositions that put a deed on a stretch of land ("on Velmari soil"): there, it is in the place."""


def region(noun: str, max_rank: int) -> bool:
    """The noun names a stretch of land in one of its senses up to ``max_rank`` (a kind of
    region in WordNet: "territory", "soil"), and no boundary at or before that sense ("border",
    "front", "edge": a deed "on the Velmari border" may be on either side of it)."""
    if max_rank < 0:
        return False
    wn = wordnet()
    rank = wn.kind_rank(noun, "region")
    if rank is None or rank > max_rank:
        return False
    bound = wn.kind_rank(noun, "boundary")
    return bound is None or bound > rank


def _preposition(prep: Any) -> str:
    """The preposition's slot: itself, or the one of the same sense ("inside" -> "in", "out of"
    -> "from")."""
    word = str(prep.lower_)
    if word == "of" and prep.head.lower_ == "out":
        return "from"
    return SAME_PREPS.get(word, word)


def _noun_slot(tok: Any, slot: str) -> str:
    """The noun whose role a name fills, as a slot ("of:jury"), when its ``slot`` is a
    preposition: the noun the name qualifies inside the preposition's object ("by a Tarn grand
    jury"), or the noun a place phrase of where it is hangs on ("the head in Tarn"); "" else."""
    if not slot or slot.startswith("of:"):
        return ""
    while tok.dep_ in SLOT_DEPS and tok.head is not tok:
        tok = tok.head
        if tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            return f"of:{tok.lemma_.lower()}"
    if tok.dep_ == "pobj" and slot in STATIC_PREPS and tok.head.head.pos_ == "NOUN":
        return f"of:{tok.head.head.lemma_.lower()}"
    return ""


def _slots(d: Detail) -> set[str]:
    return {d.slot, d.also} - {""}


def _phrase_noun(tok: Any) -> str:
    """The lemma of the noun a place's preposition follows ("tour" for "the tour to Tarn"), or
    "": the noun written just before it (the parse may hang a trailing phrase higher up), else
    the noun the parse hangs it on."""
    if tok.dep_ != "pobj":
        return ""
    prep = tok.head
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    noun = before if before is not None and before.pos_ == "NOUN" else prep.head
    return str(noun.lemma_.lower()) if noun.pos_ == "NOUN" else ""


def one_slot(d: Detail, r: Detail) -> bool:
    """Two details fill one slot: a shared slot, or the place "of" a noun ("the tour of Tarn")
    and a place phrase on the same noun ("the tour to Velm", "the siege in Velm"): "of" names
    the noun's place in any sense, where "from" and "to" on one noun are two places."""
    if _slots(d) & _slots(r) or (FRAMED_PLACE in {d.where, r.where} and d.where and r.where):
        return True  # a framing visit's place against where the deed was: "met X in Velm"
    return (
        bool(d.noun)
        and d.noun == r.noun
        and "of" in {d.slot, r.slot}
        and {d.slot, r.slot} <= PLACE_PREPS | {"of"}
    )


def places_another(d: Detail, r: Detail, claim_pool: TokenPool) -> bool:
    """Pattern: the sentence's place hangs on a noun the claim names apart from the noun its own
    place hangs on ("a documentary shown in Velmar" where the claim's documentary was "recorded at a festival
    in Tarn"): it says where another thing of the claim is, not where the claim's thing was, so
    the two places may both be true. A framing act's place ("during his visit to Velm") still
    rivals where the deed was."""
    if FRAMED_PLACE in {d.where, r.where} or not (d.noun and r.noun) or d.noun == r.noun:
        return False
    return claim_pool.has(r.noun)


def roles_told(claim: str, detail: str, alignment: Alignment) -> bool:
    """The sentence states the claim's deed with its doer and the one it was done to: the main
    verb, or the verb the swapped detail hangs on ("sailed home from Tarn" in "the crews
    rescued at sea sailed home from Tarn", "came in from Tarn" under "Velm said the jets came
    in from Tarn"), and the head word of each of its subjects and objects (the
    passive's agent too; a second verb of a coordination shares the first one's subject),
    none of them the swapped detail (module docstring). A verb that only says a deed was done
    ("took off", "carried out") tells the deed by its object, so it needs one; and the claim
    must name someone or somewhere besides the detail: a deed of common nouns alone ("the
    strikes hit the town of Tarn") pins no one event."""
    left_out = {w.lower() for w in detail.split()}
    if not name_words(claim) - left_out:
        return False
    parsed = dependency_parse(claim)
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    stated = set(alignment.stated)
    return any(_deed_told(verb, stated, left_out) for verb in _deed_verbs(root, parsed, left_out))


def _deed_verbs(root: Any, parsed: Any, left_out: set[str]) -> list[Any]:
    """The claim's main verb and the verb its swapped detail hangs on (the nearest verb above it)."""
    verbs = [root] if root is not None else []
    for tok in parsed:
        if tok.lower_ in left_out:
            head = tok.head
            while head.pos_ != "VERB" and head.dep_ != "ROOT":  # spaCy makes a new token object per access
                head = head.head
            if head.pos_ == "VERB" and head not in verbs:
                verbs.append(head)
            break
    return verbs


def _deed_told(verb: Any, stated: set[str], left_out: set[str]) -> bool:
    """The alignment states ``verb`` and the head word of each of its subjects and objects (a
    verb coordinated with an earlier one and naming no subject has that one's), none of them
    the detail; a verb only saying a deed was done needs its object."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in LIGHT_LEMMAS:
        return False
    children = list(verb.children)
    if verb.lemma_.lower() in LIGHT_EVENT_VERBS and not any(c.dep_ in {"dobj", "obj"} for c in children):
        return False
    cores = [c for c in children if c.dep_ in CORE_DEPS]
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in cores):
        cores += [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    cores += [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    cores = [c for c in cores if c.pos_ in {"NOUN", "PROPN"}]
    return (
        bool(cores)
        and verb.text in stated
        and all(c.text in stated and c.lower_ not in left_out for c in cores)
    )


def swapped_detail(
    claim: str,
    text: str,
    window: str,
    nearby: TokenPool,
    align: Callable[[], Alignment],
    min_share: float,
    similar: Callable[[str, str], bool],
    min_stated: int = 3,
    pinned_only: bool = False,
    roles_too: bool = False,
    kin: tuple[int, int] = (0, -1),
    region_rank: int = -1,
) -> tuple[str, str]:
    """The kind of detail and how the sentence tells it otherwise ("year", "says 2011, not
    2015"), when it states at least ``min_share`` of the claim's other content words
    (``align``: made only when a rival is found), at least ``min_stated`` of them (a claim
    of a word or two, "40 farmers were hurt", pins no one event), and never names the claim's detail (``nearby``: the sentence and its
    neighbours: ``window``, as written); with ``pinned_only``, only where the sentence itself
    writes the claim's other names and states its deed (``pinned``); with ``roles_too``, also
    where it states the claim's deed, doer and object (``roles_told``), at any share; ("", "")
    otherwise; ``kin`` (sense rank, steps) lets a thing of the same kind rival (``thing_rivals``);
    ``region_rank`` reads a place on a stretch of land as where (``region``)."""
    around = TokenPool(tokens(window.replace(text, " "))) if text in window else None
    rivals = _rivals(claim, text, nearby, similar, kin, around, region_rank)
    alignment = align() if rivals else None  # the parse-heavy alignment only for a rival
    names = name_words(claim)
    nearby_counts = counts(window) if rivals else []
    # every name the sentence tells otherwise: none of them is a name it leaves unstated for another
    swapped = " ".join(ours for kind, ours, _ in rivals if kind in ROLE_KINDS)
    written = TokenPool(tokens(text))
    for kind, ours, theirs in rivals:
        as_written = alignment is not None and written_besides(alignment, ours, written)
        if (
            alignment is not None
            and len(alignment.stated) + (len(_unstated_besides(alignment, ours)) if as_written else 0)
            >= min_stated
            and (kind != THING or unstated_thing(alignment, ours))
            and not unstated_names(alignment, swapped if kind in ROLE_KINDS else ours, names)
            and other_counts_given(claim, ours, nearby_counts)
            and (
                (
                    (share_besides(alignment, ours) >= min_share or as_written)
                    and (not pinned_only or pinned(claim, text, ours, alignment))
                )
                or (roles_too and kind in ROLE_KINDS and roles_told(claim, ours, alignment))
            )
        ):
            return kind, f"says {theirs}, not {ours}"
    return "", ""


def unstated_thing(alignment: Alignment, thing: str) -> bool:
    """The alignment states no word of the claim's thing (a synonym or a near word would: "town" is
    told by "city" where the sentence model puts them close)."""
    head = thing.split()[-1].lower()
    return head in {w.lower() for w in alignment.unstated}


def other_counts_given(claim: str, detail: str, given: list[Quantity]) -> bool:
    """Every count of the claim but the swapped one agrees with one the sentence or its
    neighbours give: "25 killed in Tarn" is not "ten killed in Velm" with its place swapped."""
    return all(
        any(allows(g, c) and (not g.unit or not c.unit or same_measure(g.unit, c.unit)) for g in given)
        for c in counts(claim)
        if c.text != detail
    )


def name_words(text: str) -> set[str]:
    """The words of the text's names (people, places, groups, organisations), lower-cased."""
    return {w.lower() for e in parse(text).entities if e.label in NAME_LABELS for w in e.text.split()}


def unstated_names(alignment: Alignment, detail: str, names: set[str]) -> bool:
    """A name of the claim besides the detail (or the details: a sentence may tell two of them
    otherwise, "from Tarn to Velm" against "from Dorn to Karr", each in its own slot) is
    neither in the sentence nor in its context: the sentence may tell another event (the
    claim's other names pin its event)."""
    left_out = {w.lower() for w in detail.split()}
    return any(w.lower() in names and w.lower() not in left_out for w in alignment.unstated)


def swap_features(
    claim: str,
    text: str,
    window: str,
    nearby: TokenPool,
    context: TokenPool,
    similar: Callable[[str, str], bool],
    sense_rank: int,
    arc: int,
    kin: tuple[int, int] = (0, -1),
) -> list[tuple[str, float, int, bool, bool, str]]:
    """(kind, stated share, words stated, ``pinned``, ``roles_told``, "ours/theirs") of each
    swapped detail found at any threshold (``scripts/fit_swaps.py``)."""
    rivals = _rivals(claim, text, nearby, similar, kin)
    if not rivals:
        return []
    alignment = stated_words(claim, text, context, similar, sense_rank, arc)
    names, given = name_words(claim), counts(window)
    return [
        (
            kind,
            share_besides(alignment, ours),
            len(alignment.stated),
            pinned(claim, text, ours, alignment),
            kind in ROLE_KINDS and roles_told(claim, ours, alignment),
            f"{ours}/{theirs}",
        )
        for kind, ours, theirs in rivals
        if (kind != THING or unstated_thing(alignment, ours))
        and not unstated_names(alignment, ours, names)
        and other_counts_given(claim, ours, given)
    ]


def pinned(claim: str, text: str, detail: str, alignment: Alignment) -> bool:
    """The sentence itself writes every name of the claim besides the detail (at least one) and
    states the claim's deed (its main verb): "a Tarn grand jury indicted the former Velm jailer"
    against "a Dorvan grand jury indicted ... a former jailer in Velm". Such a sentence tells the
    claim's event even when its cosine is low (a long sentence, other details around), where a
    sentence pinned by a deed alone ("the strikes hit Tarn") may tell any event of that deed."""
    left_out = {w.lower() for w in detail.split()}
    others = {w for w in name_words(claim) if w not in left_out}
    pool = TokenPool(tokens(text))
    if not others or not all(pool.has(t) or names_place(pool, t) for w in others for t in tokens(w)):
        return False
    root = next((t for t in dependency_parse(claim) if t.dep_ == "ROOT"), None)
    return root is None or root.pos_ != "VERB" or root.text in alignment.stated


def written_besides(alignment: Alignment, detail: str, written: TokenPool) -> bool:
    """The sentence itself writes every content word of the claim but the detail's, each as the
    claim writes it (some form of it), though the alignment left some unstated in the roles it
    reads ("Tarnfone's bandwidth will be leased" / "Tarnfone will sell bandwidth, which will be
    leased"): the sentence tells the claim's event in its words, the detail told otherwise."""
    unstated = _unstated_besides(alignment, detail)
    return bool(unstated) and all(t and all(written.has(x) for x in t) for t in map(tokens, unstated))


def _unstated_besides(alignment: Alignment, detail: str) -> list[str]:
    """The claim's content words the alignment leaves unstated, the detail's words left out."""
    left_out = {w.lower() for w in detail.split()}
    return [w for w in alignment.unstated if w.lower() not in left_out]


def share_besides(alignment: Alignment, detail: str) -> float:
    """Share of the claim's content words the sentence states, the detail's words left out."""
    unstated = _unstated_besides(alignment, detail)
    total = len(alignment.stated) + len(unstated)
    return len(alignment.stated) / total if total else 0.0


def _rivals(
    claim: str,
    text: str,
    nearby: TokenPool,
    similar: Callable[[str, str], bool],
    kin: tuple[int, int] = (0, -1),
    around: TokenPool | None = None,
    region_rank: int = -1,
) -> list[tuple[str, str, str]]:
    """(kind, the claim's detail, the sentence's rival) triples: names and years in the same slot,
    counts of the same thing, weekdays, parts of a period, directions, things of one kind (``kin``).
    A claim's name the sentence also writes is rivalled only where it fills another role there
    and its neighbours (``around``) do not name it (``_named_apart``)."""
    out = []
    claim_pool = TokenPool(tokens(claim))
    theirs = details(text, region_rank)
    for d in details(claim, region_rank):
        written = _named(d, nearby)
        for r in theirs:
            if (
                one_slot(d, r)
                and r.kind == d.kind
                and not places_another(d, r, claim_pool)
                and _rival(d, r, claim_pool)
                and (not written or _named_apart(d, r, theirs, text, around))
            ):
                out.append((d.kind, d.text, r.text))
                break
    out += [(COUNT, c.text, e.text) for c, e in _count_rivals(claim, text, similar)]
    days = {d.capitalize() for d in weekdays_in(claim)}  # as the reason writes them: "Friday"
    said_days = {d.capitalize() for d in weekdays_in(text)}
    if days and said_days and not days & said_days:
        out.append((WEEKDAY, ", ".join(sorted(days)), ", ".join(sorted(said_days))))
    out += [(PERIOD_PART, ours, theirs) for ours, theirs in other_parts(claim, text) if not nearby.has(ours)]
    ours, said = directions(claim), directions(text)
    if ours and said and not ours & said and not any(nearby.has(w) for w in ours):
        out.append(("direction", ", ".join(sorted(ours)), ", ".join(sorted(said))))
    named = {ours for _, ours, _ in out}
    out += [(THING, c, r) for c, r in thing_rivals(claim, text, nearby, *kin) if c not in named]
    return out


def thing_rivals(claim: str, text: str, nearby: TokenPool, rank: int, depth: int) -> list[tuple[str, str]]:
    """(the claim's thing, the sentence's) pairs: a noun of the claim that neither the sentence nor
    its neighbours write, and a noun of the sentence the claim does not write in the same slot
    (the object of the same preposition on the same word, "sown by a jet" / "sown by a
    helicopter"; a qualifier of the same noun, "the Tarn book fair" / "the Velm book fair"), both proper nouns or both common nouns WordNet files as two kinds of one thing
    within ``depth`` steps (``WordNet.sibling_kinds``, senses up to ``rank``): the sentence names
    another of the kind where the claim names one. Never kinds of people (worded loosely: "the
    chess players" / "champions", ``counted_nouns.people``), a part of a person's name ("Mr Dorn" /
    "Karl Dorn"), a place by another of its names, a unit (``_measure``), nor a kind by its use
    against one by its make ("warplanes" / "jets", ``WordNet.cut_across``). None when ``depth`` is
    negative."""
    if depth < 0:
        return []
    claim_pool, ours = TokenPool(tokens(claim)), dependency_parse(claim)
    theirs = [(t, _thing_slot(t)) for t in dependency_parse(text) if t.pos_ in THING_POS]
    wn, out = wordnet(), []
    for c in ours:
        slot = _thing_slot(c) if c.pos_ in THING_POS else ""
        words = tokens(c.text)
        if (
            not slot
            or not words
            or all(nearby.has(w) or names_place(nearby, w) for w in words)
            or _measure(c)
        ):
            continue  # written, a place by another of its names ("Holland" / "the Netherlands"), a unit
        for t, their_slot in theirs:
            said = tokens(t.text)
            if (
                (their_slot, t.pos_, t.dep_) != (slot, c.pos_, c.dep_)
                or not said
                or all(_in_claim(w, t, claim_pool) for w in said)
            ):
                continue
            if c.pos_ == "PROPN" and ("PERSON" in {c.ent_type_, t.ent_type_} or _one_name(c.text, t.text)):
                continue  # a person's name is the person details' (``details``): "John X" is "Mr X"
            if c.pos_ == "NOUN" and people(c.lemma_.lower(), t.lemma_.lower()):
                continue  # kinds of people are worded loosely ("two of the chess players" / "champions")
            if c.pos_ == "NOUN" and not wn.sibling_kinds(
                c.lemma_.lower(), t.lemma_.lower(), "n", rank, depth
            ):
                continue
            if c.pos_ == "NOUN" and wn.cut_across(c.lemma_.lower(), t.lemma_.lower(), "n", rank, depth):
                continue  # "warplanes" may be jets: a kind by its use cuts across kinds by make
            out.append((_with_compounds(c), _with_compounds(t)))
            break
    return out


def _in_claim(word: str, tok: Any, claim_pool: TokenPool) -> bool:
    """The claim writes the sentence's word: a proper noun's word as itself ("Fone" is no word of a
    claim's "Tarnfone", which only ends like it), a common noun's in any near form."""
    return word in claim_pool.exact if tok.pos_ == "PROPN" else claim_pool.has(word)


MEASURE_FILES = frozenset({"noun.time", "noun.quantity"})
"""WordNet's files of spans and units ("years", "century", "miles"): a measure is a figure's unit,
left to the count rules ("half a century" is "50 years")."""


def _measure(tok: Any) -> bool:
    """The noun's commonest sense is a span or a unit of measure (``MEASURE_FILES``)."""
    return tok.pos_ == "NOUN" and wordnet().commonest_file(tok.lemma_.lower(), "n") in MEASURE_FILES


def _one_name(a: str, b: str) -> bool:
    """Two proper nouns that may name one thing: the same name transliterated twice (the same
    consonants, "Tarn" / "Torn"), or places one of which holds the other (a city and its
    country: "Velm's interests" / "Norland's interests")."""
    label = next(iter(PLACE_LABELS))
    return skeleton(a) == skeleton(b) or nested_places(label, a, label, b) or other_scale(label, a, label, b)


THING_POS = frozenset({"NOUN", "PROPN"})
"""Words that name a thing a reader may swap for another of its kind."""


def _thing_slot(tok: Any) -> str:
    """Where a noun stands: "by>sow" for the object of "by" on "sown" (the preposition by its
    sense, ``_preposition``), "of:fair" for a qualifier of "fair"; "" elsewhere (a subject
    or object is who did it: ``bot/blame.py``, ``bot/slots.py``)."""
    if tok.dep_ == "pobj" and tok.head.dep_ in {"prep", "agent"}:
        return f"{_preposition(tok.head)}>{tok.head.head.lemma_.lower()}"
    if tok.dep_ in SLOT_DEPS and tok.head.pos_ in THING_POS and tok.head is not tok:
        return f"of:{tok.head.lemma_.lower()}"
    return ""


def _with_compounds(tok: Any) -> str:
    """The noun with the nouns compounded onto it ("fighter jet"), as written."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ in THING_POS]
    return " ".join([*(w.text for w in words), tok.text])


def _named(d: Detail, nearby: TokenPool) -> bool:
    """The sentence or its neighbours name the claim's detail (as written, by its initials, or a
    place by another of its names: "the U.S.", "America")."""
    return (
        all(nearby.has(w) for w in d.words)
        or any(nearby.has(a) for a in acronyms(d.text))
        or (d.kind == "place" and any(names_place(nearby, w) for w in d.words))
    )


def _rival(d: Detail, r: Detail, claim_pool: TokenPool) -> bool:
    """The sentence's detail cannot be the claim's: not named in the claim (its capitalised words:
    "Tarn province" is no name of a claim's "Velm province"), not the same name respelt, not a
    place holding or inside the other."""
    if any(claim_pool.has(w) for w in _proper_words(r.text)) or respelt(r.text, d.text, 4):
        return False
    if d.kind != "place":
        return True
    if not (d.tagged or r.tagged):
        return False  # two untagged names: "from Reuters", "from the BBC"
    if (d.country or r.country) and not (place_forms(d.text) and place_forms(r.text)):
        return False  # "its Velmari capital" may be the claim's town: an adjective's country rivals a country
    label = next(iter(PLACE_LABELS))
    return not (nested_places(label, d.text, label, r.text) or other_scale(label, d.text, label, r.text))


def _named_apart(d: Detail, r: Detail, theirs: list[Detail], text: str, around: TokenPool | None) -> bool:
    """The sentence names the claim's place or year only for another role than the one its rival
    fills, and its neighbours (``around``) not at all: "took areas of Velmar and Tarn and razed
    villages on Tarn soil" puts the razing in Tarn, though it names Velmar, so it rivals "razed
    villages in Velmar". Every mention in the sentence must be a detail filling neither the rival's
    slot nor the claim's, each itself the object of a preposition (a mention the parse gives no
    slot, a subject or object, or a name qualifying a noun, may be the claim's: "Velmar razed
    villages", "Velmari troops razed villages", "no news of a Velmar debut" tells the claim's
    deed by its noun), and no other form of the place may be written."""
    if around is None or d.slot.startswith("of:") or _named(d, around):
        return False  # a name qualifying a noun says whose ("Velmari raids"), not where
    words = tokens(text)
    if any(a.lower() in words for a in acronyms(d.text)):
        return False
    same = [s for s in theirs if s.words == d.words]
    if not same or any(s.slot.startswith("of:") or s.also or one_slot(s, r) or one_slot(s, d) for s in same):
        return False
    rest = TokenPool(w for w in words if w not in d.words)
    return words.count(d.words[0]) == len(same) and not any(names_place(rest, w) for w in d.words)


def _proper_words(name: str) -> list[str]:
    """The words of a name that name it (capitalised, or all of them when none is): "Tarn
    province" -> tarn; a count or year as written."""
    words = [w for w in name.split() if w[:1].isupper()]
    return tokens(" ".join(words or name.split()))


def _count_rivals(
    claim: str, text: str, similar: Callable[[str, str], bool]
) -> list[tuple[Quantity, Quantity]]:
    """Counts of the same thing that cannot both be true: the same counted noun (or one of its
    units of measure), intervals apart, the claim's figure nowhere in the sentence; and either
    the claim's noun qualified and the sentence's carrying the same qualifiers ("three roadside
    truck bombs" / "two roadside truck bombs"), or the same deed counted (the same verb or a close one)
    in a claim naming someone or somewhere: six people killed is no rival of 30 people wounded,
    and "12 people were killed" names no one toll."""
    found = counts(text)
    out = []
    for c in counts(claim):
        if (
            not c.unit
            or c.unit in AMOUNTS
            or any(allows(e, c) for e in found if same_measure(e.unit, c.unit))
        ):
            continue  # a sum or a share is of many things at many times (``bot.count_owner.amount_of``)
        for e in found:
            if e.unit and same_measure(e.unit, c.unit) and _same_count(claim, c, text, e, similar):
                out.append((c, e))
                break
    return out


def _same_count(claim: str, c: Quantity, text: str, e: Quantity, similar: Callable[[str, str], bool]) -> bool:
    ours, theirs = counted_verb(claim, c), counted_verb(text, e)
    if (
        name_words(claim)  # a deed counted of a named party or place; "people killed" alone is any toll
        and ours
        and theirs
        and (
            word_stem(ours) == word_stem(theirs)
            or theirs in wordnet().synonyms(ours, "v")
            or similar(ours, theirs)
        )
    ):
        return True
    qualifiers = _qualifiers(claim, c)
    return bool(qualifiers) and qualifiers <= _qualifiers(text, e)


def _qualifiers(text: str, q: Quantity) -> set[str]:
    """Stems of the words qualifying a count's noun ("roadside truck bombs" -> roadsid, truck)."""
    inside = [t for t in dependency_parse(text) if q.start <= t.idx < q.end and t.like_num]
    if not inside or inside[-1].dep_ != "nummod":
        return set()
    noun = inside[-1].head
    return {
        word_stem(t.lower_)
        for t in noun.children
        if t.dep_ in {"compound", "amod"} and tokens(t.text) and not t.like_num
    }
