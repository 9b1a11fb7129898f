"""A sentence that tells the claim's deed of the same parties, reversed.

Pattern: a source names the claim's doer and the one it is done to (or its place), and its
predicate about them says the opposite of the claim's: a verb or adjective WordNet opposes to the
claim's, or to a synonym of it ("the Velm index rose" / "the Velm index fell", "the court
convicted Tarn" / "the court cleared Tarn", "Velm was happy" / "Velm was unhappy"), the same verb (or a synonym) negated
on one side only ("Arnholt will not weaken its stance" / "Arnholt will weaken its stance"), or
the same verb with its doer and object swapped ("Velm attacked Tarn" / "Tarn attacked Velm"), or
the same party said to stay or go on where the claim has it leave or stop (taking it "home" from a
place is its leaving there; the place it leaves, where named, must be where it stays; "the Velm
mission will be shut down" / "the Velm mission will remain open": ``ended_kept``), the same thing grown where
the claim has it shrink or the reverse ("the Velm deficit got bigger" / "the Velm deficit
narrowed": ``opposite_growth``), or a planned event called off where the claim has it go ahead
("the Velm match went ahead" / "the Velm match was cancelled": ``called_off``).
Such a sentence refutes the claim when it is about the same thing: the stance asks it from the
cosine ``CheckTuning.reversed_dense`` (``scripts/fit_reversed.py``). The claim's deed is its main
predicate, or the clause a verb of saying introduces ("X said that Y would ..."). A hedged
predicate ("can", "may", "might", "could": "can win" tells a chance, not a win), one asked with "if"/"whether", and one inside a clause a
noun holds ("reports that the bridge would close", whose truth the sentence may deny or confirm)
state nothing. A "not" on the adjective completing the verb denies the verb's say ("Tom Varn
pleaded not guilty" / "Mr Varn pleaded guilty to fraud"; the adjective's prepositions name parties
too), and a person named by given name and surname is named again by the surname alone, never
with another given name ("Ann Varn"). A sentence telling a deed the claim itself states in another
clause tells that clause, not the reverse of the claim's deed ("Ilse Varn was freed a week after
soldiers held her" / "soldiers held Ilse Varn": ``claim_tells``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from bot.nlp import dependency_parse, future_going, noun_held_clause
from bot.wordnet import wordnet
from index.lexicon import (
    CALLING_OFF_VERBS,
    CHANGING_VERBS,
    CONTINUING_VERBS,
    GROWING_VERBS,
    HAPPENING_VERBS,
    LARGE_ADJECTIVES,
    LEAVING_VERBS,
    LIGHT_VERBS,
    REPORTING_VERBS,
    SHRINKING_VERBS,
    STOPPING_VERBS,
)

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})
PARTY_POS = frozenset({"NOUN", "PROPN"})
PREDICATE_POS = {"VERB": "v", "ADJ": "a"}
HEDGES = frozenset({"can", "may", "might", "could", "would-be"})
OPEN_MARKS = frozenset({"if", "whether"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
MIN_PARTIES = 2
"""Party words (lemmas) the claim and the sentence's predicate must share, the subject's among
them: one shared noun ("the index") pins no event."""
ALL_SENSES = 99
"""Every WordNet sense of a staying verb's complement is read: one that can mean stopped keeps the
sentence from opposing a stop."""
ANCHOR_SENSES = 2
"""WordNet senses of each growing or shrinking anchor verb read ("increase": growing itself and
making bigger), so a transitive verb of its kind ("raised taxes", "cut taxes") is read too."""
COMPLEMENTS = frozenset({"acomp", "oprd"})
"""Dependencies of an adjective a verb carries ("got bigger", "pleaded guilty"): the verb's growth is
read by the adjective, and "not" on it denies the verb's say."""
ACRONYM_MIN_LETTERS = 2
"""Letters of the shortest upper-case word read as a name's initials ("IS", "UN"); "I" and "A" are words."""
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "conj", "appos"})
"""Parse slots only a noun fills: an upper-case word there is a name whatever its tag."""
SOURCE_PREPS = frozenset({"from", "out"})
"""Prepositions naming the place a party leaves ("from Tarn", "out of Tarn")."""
HOME_DEPS = frozenset({"advmod", "npadvmod", "dobj", "advcl"})
"""How the parse hangs an adverb "home" on a verb ("brought them home", "went home")."""
HOUSE_DEPS = frozenset({"poss", "det", "amod", "compound"})
"""Words on "home" that make it a house ("their home", "a new home"), not a destination."""
LIGHT = LIGHT_VERBS | {"get", "make", "take"}
"""Verbs too light to carry a deed of their own ("was in no hurry" carries it in "hurry")."""


def _pos(tok: Any) -> str:
    return PREDICATE_POS.get(tok.pos_, "")


def _hedged(tok: Any) -> bool:
    """A modal of possibility on the predicate, or the predicate asked with "if"/"whether"."""
    return any(
        (c.dep_ == "aux" and c.lower_ in HEDGES) or (c.dep_ == "mark" and c.lower_ in OPEN_MARKS)
        for c in tok.children
    )


def predicate_negated(tok: Any) -> bool:
    """The predicate is negated: "not"/"never" on it, "no" on its object or its own noun, or
    "without" over it."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children):
        return True
    if tok.pos_ == "VERB" and any(
        c.dep_ in COMPLEMENTS and any(d.dep_ == "neg" for d in c.children) for c in tok.children
    ):
        return True  # "pleaded not guilty", "was found not fit": the verb's complement denied
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True
    return any(
        c.dep_ in OBJECTS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in tok.children
    )


def _party_words(tok: Any) -> frozenset[str]:
    """The lemmas naming a party: the head noun with its compound and name parts (and theirs:
    "the Velm river patrol units"), the initials of a name of several words ("Velm River
    Authority" -> "vra"), the nouns joined to it, the names after its prepositions ("900 troops
    in Tarn") and after those of a participle on it ("900 troops stationed in Tarn")."""
    words = {tok.lemma_.lower()} if tok.pos_ in PARTY_POS else set()
    if _acronym(tok):
        words.add(tok.lower_)
    parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if tok.pos_ == "PROPN" and parts:
        words.add("".join(w.text[0] for w in sorted([*parts, tok], key=lambda w: w.i)).lower())
    for c in tok.children:
        if c.dep_ in {"compound", "poss", "amod", "nmod"} and c.pos_ in {"PROPN", "NOUN", "ADJ"}:
            words.add(c.lemma_.lower())
            words |= {g.lemma_.lower() for g in c.children if g.dep_ == "compound" and g.pos_ in PARTY_POS}
        if c.dep_ == "conj" and c.pos_ in PARTY_POS:
            words |= _party_words(c)
        if c.dep_ == "prep":  # "the fall of Velm", "900 troops in Tarn"
            words |= _named_after(c)
        words |= _placed_by_participle(c)
    return frozenset(words)


def _acronym(tok: Any) -> bool:
    """An upper-case word of two letters or more in a noun's slot that the tagger reads as a verb or
    another word ("fight against IS" tags "IS" as "is"): a name's initials, so a party."""
    return (
        tok.pos_ not in PARTY_POS
        and len(tok.text) >= ACRONYM_MIN_LETTERS
        and tok.text.isalpha()
        and tok.text.isupper()
        and tok.dep_ in NOUN_SLOTS
    )


def _placed_by_participle(tok: Any) -> frozenset[str]:
    """The names after the prepositions of a past participle on a noun: where the participle puts
    the noun's party is where the party is ("900 troops stationed in Tarn" is "900 troops in
    Tarn"); none for any other word."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return frozenset()
    return frozenset().union(*(_named_after(p) for p in tok.children if p.dep_ == "prep"))


def _named_after(prep: Any) -> frozenset[str]:
    """The lemmas of the names a preposition takes as its objects, with the names joined to them
    and their parts ("in Tarn": "tarn"; "between Velm and Ilse Brandt": "velm", "ilse", "brandt")."""
    return frozenset(
        w
        for g in prep.children
        if g.dep_ == "pobj" and (g.pos_ == "PROPN" or _acronym(g))
        for w in _party_words(g)
    )


def _subject(tok: Any) -> Any:
    """The predicate's subject: its own, its head's for a verb it is joined to or controlled by
    ("agreed to leave") or for a participle clause of its own with no subject ("Velm will hold
    its stance while fighting Tarn", "after choosing not to sue"), the noun a relative clause
    hangs on ("the troops who will remain")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "prep" and t.i != tok.i:
            continue  # the preposition of a participle clause ("after deciding"): its verb is next
        found = next((c for c in t.children if c.dep_ in SUBJECTS), None)
        if found is not None and found.pos_ != "PRON":
            return found
        if found is not None and t.dep_ == "relcl":
            return t.head
        if t.dep_ in {"relcl", "acl"} and t.head.pos_ in PARTY_POS:
            return t.head
        if t.dep_ not in {"conj", "xcomp"} and not (found is None and _participle_clause(t)):
            return found
    return None


def _participle_clause(tok: Any) -> bool:
    """A subjectless "-ing" clause on a verb, bare or after a preposition ("while fighting
    Tarn", "after deciding to stay"): its doer is the verb's subject."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ == "advcl":
        return True
    return tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"VERB", "AUX"}


def _roles(tok: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the predicate's grammatical subject and of its other parties (objects, a
    passive's agent, places and other nouns after its prepositions; for a relative clause on an
    object, the parties of the clause it hangs in: "Velm has troops in Tarn who will stay"; for a
    verb taking a deed of its own subject as a clause, the deed's: "Velm will stop supplying
    engines to Tarn" / "Velm will keep supplying engines")."""
    subject = _subject(tok)
    said = _party_words(subject) if subject is not None else frozenset()
    others: set[str] = set()
    for c in tok.children:
        if c.dep_ in OBJECTS or c.dep_ == "dative":
            others |= _party_words(c)
        elif c.dep_ in {"prep", "agent"}:
            others |= _party_words_of(c)
        elif _home_adverb(c):  # "flew them home from Tarn": the place left is the verb's
            others |= frozenset().union(*(_party_words_of(p) for p in c.children if p.dep_ == "prep"))
    if tok.dep_ == "relcl" and tok.head.dep_ in OBJECTS:
        around_said, around = _roles(tok.head.head)
        others |= around | around_said
    for complement in (c for c in tok.children if c.dep_ in COMPLEMENTS):
        others |= frozenset().union(*(_party_words_of(p) for p in complement.children if p.dep_ == "prep"))
    for clause in (c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        others |= _roles(clause)[1]  # "stop supplying engines to Tarn": the supplying's parties
    return said, frozenset(others)


def _names(tok: Any) -> frozenset[str]:
    """The names in the predicate's subject ("Reynolds shares"): the sentence must name the same
    owner, not just the same kind of thing ("DaimlerChrysler's shares")."""
    subject = _subject(tok)
    return frozenset(
        t.lemma_.lower()
        for t in (subject.subtree if subject is not None else ())
        if _is_name(t) and not _given_name(t)
    )


def _given_names(tok: Any) -> frozenset[str]:
    """The given names in the predicate's subject (``_given_name``)."""
    subject = _subject(tok)
    return frozenset(
        t.lemma_.lower() for t in (subject.subtree if subject is not None else ()) if _given_name(t)
    )


def _given_name(tok: Any) -> bool:
    """A person's given name before the surname ("Tom" in "Tom Varn"): a later mention ("Mr Varn")
    names the person by the surname alone; a title outside the name ("Mr", "President") is none."""
    return (
        tok.dep_ == "compound"
        and tok.ent_type_ == "PERSON"
        and tok.head.pos_ == "PROPN"
        and tok.head.ent_type_ == "PERSON"
    )


def _is_name(tok: Any) -> bool:
    """A proper noun, or a capitalised word WordNet does not know (a tagger may take an unknown
    name before a noun for an adjective: "Korval shares")."""
    return tok.pos_ == "PROPN" or (
        tok.is_title
        and tok.pos_ in {"NOUN", "ADJ"}
        and not any(wordnet().senses(tok.lower_, p) for p in ("n", "v", "a"))
    )


def _doer_and_done_to(tok: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the verb's doer (an active subject, a passive's "by" agent) and of the one
    it is done to (its direct object, a passive's subject); empty where the parse gives no
    such argument (a place after "from" is neither)."""
    active = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in PARTY_POS), None)
    patient = next((c for c in tok.children if c.dep_ in {"dobj", "obj", "nsubjpass"}), None)
    agent = _party_words_of(next((c for c in tok.children if c.dep_ == "agent"), tok))
    if patient is None and tok.dep_ == "acl" and tok.tag_ == "VBN":  # "the raid carried out by Velm"
        patient = tok.head
    doer = _party_words(active) if active is not None and not agent else agent
    return doer, _party_words(patient) if patient is not None else frozenset()


def _party_words_of(prep: Any) -> frozenset[str]:
    return frozenset(w for g in prep.children if g.dep_ == "pobj" for w in _party_words(g))


def _deed(doc: Any) -> Any:
    """The claim's main predicate: its root verb, the clause a verb of saying introduces, or the
    adjective a copula carries ("was unhappy")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.lemma_.lower() in REPORTING_VERBS:
        clause = next((c for c in root.children if c.dep_ in CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"}), None)
        root = clause if clause is not None else root
    if future_going(root):  # "is going to stand": the infinitive is the deed
        root = next(c for c in root.children if c.dep_ == "xcomp")
    if root.lemma_.lower() in LIGHT:  # "was unhappy"; a noun after "have" names a thing, no deed
        return next((c for c in root.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    return root if root.pos_ in {"VERB", "ADJ"} else None


def _lemma(tok: Any) -> str:
    """The predicate's WordNet lemma, with its particle where WordNet knows the phrasal verb
    ("pulled out" -> "pull_out", "eased off" -> "ease_off"), the particle also the first word of
    a two-word preposition ("pulled them out of Tarn") or an adverb right after it ("went ahead")."""
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), "")
    particle = particle or next((c.lower_ for c in tok.children if _compound_preposition(c)), "")
    particle = particle or next(
        (c.lower_ for c in tok.children if c.dep_ == "advmod" and c.i == tok.i + 1), ""
    )
    if particle and wordnet().senses(f"{lemma}_{particle}", "v"):
        return f"{lemma}_{particle}"
    return lemma


def _compound_preposition(tok: Any) -> bool:
    """The first word of a two-word preposition on a verb, the verb's particle ("pulled its
    units out of Tarn", "backed away from the plan"): a preposition with a preposition under it."""
    return (
        tok.dep_ == "prep"
        and any(c.dep_ == "prep" for c in tok.children)
        and not any(c.dep_ == "pobj" for c in tok.children)
    )


@lru_cache(maxsize=20_000)
def _near(lemma: str, pos: str, sense_rank: int) -> frozenset[str]:
    """The predicate and its synonyms in its commonest senses."""
    return frozenset({lemma} | {w.replace(" ", "_") for w in wordnet().synonyms(lemma, pos, sense_rank)})


@lru_cache(maxsize=20_000)
def _kinds(lemma: str, pos: str, sense_rank: int, steps: int) -> frozenset[str]:
    """The predicate, its synonyms and what WordNet files it under within ``steps`` "is a kind
    of" steps, in its commonest senses ("withdraw" -> "move"): what saying it entails."""
    wn = wordnet()
    above = wn.steps_above(wn.senses(lemma, pos)[: sense_rank + 1], steps) if pos == "v" else {}
    return _near(lemma, pos, sense_rank) | {w for s in above for w in wn.synsets[s].lemmas}


def _senses(tok: Any, sense_rank: int) -> frozenset[str]:
    return frozenset(wordnet().senses(_lemma(tok), _pos(tok))[: sense_rank + 1])


def opposed(a: Any, b: Any, sense_rank: int) -> bool:
    """WordNet links a meaning of one predicate as the opposite of a meaning of the other, in
    their commonest senses ("fell" / "rose", "lost" / "won"). Meanings, not words: "come" is
    opposed to "go" in the sense of leaving, which is no sense of "travelled" though "go" is a
    synonym of it."""
    wn, mine, theirs = wordnet(), _senses(a, sense_rank), _senses(b, sense_rank)
    return any(o in theirs for s in mine for o in wn.opposites(s)) or any(
        o in mine for s in theirs for o in wn.opposites(s)
    )


def entails(claimed: Any, told: Any, sense_rank: int, steps: int) -> bool:
    """The claim's predicate is the told one, a synonym or a kind of it, or another way of the same
    change of degree (``WordNet.graded_siblings``): the told one negated ("did not weaken") denies it
    ("eased off", like weakening a kind of lessening)."""
    pa, pb = _pos(claimed), _pos(told)
    if pa != pb:
        return False
    if _lemma(told) in _kinds(_lemma(claimed), pa, sense_rank, steps):
        return True
    return pa == "v" and wordnet().graded_siblings(_lemma(claimed), _lemma(told), sense_rank)


@lru_cache(maxsize=16)
def anchor_senses(words: tuple[str, ...], pos: str, count: int) -> frozenset[str]:
    """The ``count`` commonest WordNet senses of each anchor word ("leave", 1 -> going away)."""
    return frozenset(s for w in words for s in wordnet().senses(w, pos)[:count])


def _reaches(lemma: str, anchors: tuple[str, ...], senses: int, steps: int) -> bool:
    """WordNet files one of the verb's ``senses`` commonest meanings, within ``steps`` "is a kind
    of" steps, under the commonest meaning of one of the ``anchors``."""
    wn = wordnet()
    found = wn.senses(lemma, "v") or wn.senses(wn.verb_base(lemma), "v")
    return bool(set(wn.steps_above(found[:senses], steps)) & anchor_senses(anchors, "v", 1))


def ends(tok: Any, sense_rank: int, steps: int) -> str:
    """ "leave" when the verb is a kind (within ``steps``) of going away ("pulled out",
    "withdrew"), "stop" when of stopping, ending or shutting down (``STOPPING_VERBS``:
    "ceased", "closed down"); "" otherwise."""
    if tok.pos_ != "VERB":
        return ""
    if _reaches(_lemma(tok), LEAVING_VERBS, sense_rank + 1, steps) or sent_home(tok):
        return "leave"
    return "stop" if _reaches(_lemma(tok), STOPPING_VERBS, sense_rank + 1, steps) else ""


def sent_home(tok: Any) -> bool:
    """The verb takes its party "home": going or sending someone home is their leaving where
    they are ("flew the crew home from Tarn")."""
    return any(_home_adverb(c) for c in tok.children)


def left_places(verb: Any) -> frozenset[str]:
    """The names the verb's party leaves, after its "from" or "out of", or after the "from" of its "home"
    ("pulled out of Tarn", "flew them home from Tarn"), which a sentence having the party stay
    must name."""
    heads = [verb, *(c for c in verb.children if _home_adverb(c))]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in SOURCE_PREPS]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]  # "out of Tarn"
    return frozenset().union(*(_named_after(p) for p in preps))


def _home_adverb(tok: Any) -> bool:
    """ "home" as where a verb takes its party ("brought them home"), not a house ("their home",
    "bought a new home")."""
    return (
        tok.lower_ == "home" and tok.dep_ in HOME_DEPS and not any(g.dep_ in HOUSE_DEPS for g in tok.children)
    )


def kept(tok: Any, ending: str, sense_rank: int, steps: int) -> bool:
    """The verb says its subject stays or goes on (a sense of ``CONTINUING_VERBS``' commonest:
    "remained", "stayed", "continued") against the claim's ``ending``: against leaving, staying
    put (no complement: "remained calm" is no staying put); against stopping, in any state but one
    that can mean it stopped ("remained active", not "remained shut down"). A verb with an object
    ("kept its staff") says what its subject holds on to, not that it goes on."""
    if tok.pos_ != "VERB" or not _senses(tok, sense_rank) & anchor_senses(CONTINUING_VERBS, "v", 1):
        return False
    if any(c.dep_ in {"dobj", "obj"} for c in tok.children):
        return False  # "kept its staff": what it holds on to, not its going on
    complements = [c for c in tok.children if c.dep_ in {"acomp", "oprd", "xcomp"}]
    if ending == "leave":
        return not complements
    return not any(_reaches(_lemma(c), STOPPING_VERBS, ALL_SENSES, steps) for c in complements)


def _kind_of(senses: list[str] | tuple[str, ...], anchors: frozenset[str], steps: int) -> bool:
    return bool(set(wordnet().steps_above(senses, steps)) & anchors)


@lru_cache(maxsize=20_000)
def _verb_growth(lemma: str, sense_rank: int, steps: int) -> int:
    """1 when one of the verb's commonest senses is a kind of growing (``GROWING_VERBS``:
    "widened", "expanded") or opposed to a kind of shrinking, -1 for the reverse ("narrowed" is
    opposed to "widened"), 0 for neither or both."""
    wn = wordnet()
    senses = wn.senses(lemma, "v")[: sense_rank + 1]
    opposites = [o for s in senses for o in wn.opposites(s)]
    up = anchor_senses(GROWING_VERBS, "v", ANCHOR_SENSES)
    down = anchor_senses(SHRINKING_VERBS, "v", ANCHOR_SENSES)
    grows = _kind_of(senses, up, steps) or _kind_of(opposites, down, steps)
    shrinks = _kind_of(senses, down, steps) or _kind_of(opposites, up, steps)
    return int(grows) - int(shrinks)


def _adjective_growth(lemma: str, sense_rank: int) -> int:
    """1 when one of the adjective's commonest senses is being large (``LARGE_ADJECTIVES``:
    "bigger"), -1 when one is its WordNet opposite ("smaller"), 0 otherwise."""
    wn = wordnet()
    senses = set(wn.senses(lemma, "a")[: sense_rank + 1])
    large = anchor_senses(LARGE_ADJECTIVES, "a", 1)
    small = frozenset(o for s in large for o in wn.opposites(s))
    return int(bool(senses & large)) - int(bool(senses & small))


def _becoming(verb: Any, sense_rank: int, steps: int) -> bool:
    """The verb is one of coming to be in its commonest senses (a kind of ``CHANGING_VERBS``':
    "got", "grew", "became"), so its adjective tells a change, not a state ("was bigger")."""
    senses = wordnet().senses(verb.lemma_.lower(), "v")[: sense_rank + 1]
    if verb.pos_ != "VERB" or any(c.dep_ in OBJECTS for c in verb.children):
        return False  # "made the gap bigger": the adjective is the object's
    return _kind_of(senses, anchor_senses(CHANGING_VERBS, "v", ANCHOR_SENSES), steps)


def growth(tok: Any, sense_rank: int, steps: int) -> int:
    """Which way the predicate says its party's amount or size changed: 1 grew ("widened", "got
    bigger"), -1 shrank ("narrowed", "grew smaller"), 0 neither or unknown. A verb carrying an
    adjective is read by the adjective."""
    if tok.pos_ == "ADJ":
        becoming = tok.dep_ == "acomp" and _becoming(tok.head, sense_rank, steps)
        return _adjective_growth(tok.lemma_.lower(), sense_rank) if becoming else 0
    if tok.pos_ != "VERB":
        return 0
    complement = next((c for c in tok.children if c.dep_ in COMPLEMENTS and c.pos_ == "ADJ"), None)
    if complement is not None:
        return growth(complement, sense_rank, steps)
    return _verb_growth(_lemma(tok), sense_rank, steps)


def same_head(a: Any, b: Any, sense_rank: int) -> bool:
    """The two predicates' subjects are one thing: one head lemma, WordNet synonyms, or heads
    sharing a noun modifier ("the Velm budget shortfall" / "the Velm budget gap"); not merely one
    owner ("Velm's profits" / "Velm's losses")."""
    one, two = _subject(a), _subject(b)
    if one is None or two is None:
        return False
    la, lb = one.lemma_.lower(), two.lemma_.lower()
    if la == lb or lb in _near(la, "n", sense_rank) or la in _near(lb, "n", sense_rank):
        return True
    return bool(_modifiers(one) & _modifiers(two))


def _modifiers(noun: Any) -> frozenset[str]:
    """The lemmas of a noun's common-noun compounds ("budget" of "budget gap")."""
    return frozenset(c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")


def opposite_growth(claimed: Any, told: Any, sense_rank: int, steps: int) -> bool:
    """The claim has its party grow and the sentence has the same thing shrink, or the reverse
    ("the Velm budget shortfall got bigger" / "the Velm budget gap narrowed": ``growth``)."""
    one = growth(claimed, sense_rank, steps)
    anchors = (
        claimed if claimed.pos_ == "VERB" else claimed.head,
        told if told.pos_ == "VERB" else told.head,
    )
    return one != 0 and one == -growth(told, sense_rank, steps) and same_head(*anchors, sense_rank)


def called_off(claimed: Any, told: Any, sense_rank: int, steps: int) -> bool:
    """One predicate has its party take place or go ahead (``HAPPENING_VERBS``) and the other has
    it called off (``CALLING_OFF_VERBS``): "the Velm match went ahead" / "the Velm match was
    cancelled", either way round."""
    if claimed.pos_ != "VERB" or told.pos_ != "VERB":
        return False
    went = [_reaches(_lemma(t), HAPPENING_VERBS, sense_rank + 1, steps) for t in (claimed, told)]
    off = [_reaches(_lemma(t), CALLING_OFF_VERBS, sense_rank + 1, steps) for t in (claimed, told)]
    return (went[0] and off[1] and not off[0]) or (off[0] and went[1] and not off[1])


def ended_kept(claimed: Any, told: Any, sense_rank: int, steps: int) -> bool:
    """The claim has its party leave or stop (``ends``) and the sentence has it stay or go on
    (``kept``): "the Tarn garrison will withdraw" / "the Tarn garrison will remain"; a deed the
    claim's verb stops is the one the sentence's goes on with (``_same_clause``)."""
    ending = ends(claimed, sense_rank, steps)
    return bool(ending) and kept(told, ending, sense_rank, steps) and _same_clause(claimed, told, sense_rank)


def still_done(claimed: Any, told: Any, sense_rank: int, steps: int) -> bool:
    """The claim has its party stop a thing (``ends``: "Velm will halt its raids on Tarn") that
    the sentence has it doing as it speaks: an "-ing" form taking that thing as its object
    ("while carrying out raids on Tarn"), not itself under a stop ("ceased carrying out raids")."""
    if ends(claimed, sense_rank, steps) != "stop" or told.pos_ != "VERB" or told.tag_ != "VBG":
        return False
    if not _noun_objects(claimed) & _noun_objects(told):
        return False
    return told.dep_ == "ROOT" or told.head.pos_ != "VERB" or not ends(told.head, sense_rank, steps)


def _noun_objects(verb: Any) -> set[str]:
    """The lemmas of the verb's noun objects ("raids" of "carrying out raids")."""
    return {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN"}


def _same_clause(claimed: Any, told: Any, sense_rank: int) -> bool:
    """The deed a stopping verb takes as a clause ("stop selling flour") is the one the staying
    verb takes ("keep selling flour", ``same_deed``, its object the claim's); true when the claim's
    verb takes none."""
    deed = next((c for c in claimed.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if deed is None:
        return True
    theirs = next((c for c in told.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return theirs is not None and same_deed(deed, theirs, sense_rank) and _objects(deed) <= _objects(theirs)


def _objects(tok: Any) -> frozenset[str]:
    return frozenset(w for c in tok.children if c.dep_ in OBJECTS for w in _party_words(c))


def same_deed(a: Any, b: Any, sense_rank: int) -> bool:
    """The same predicate: one lemma, or WordNet synonyms in their commonest senses."""
    la, lb, pa, pb = _lemma(a), _lemma(b), _pos(a), _pos(b)
    return la == lb or (pa == pb and (lb in _near(la, pa, sense_rank) or la in _near(lb, pb, sense_rank)))


def claim_tells(deed: Any, told: Any, negated: bool, parties: frozenset[str], sense_rank: int) -> bool:
    """The claim itself states the sentence's predicate in another clause ("Ilse Varn was freed
    a week after soldiers held her" / "soldiers held Ilse Varn"): the sentence tells that clause,
    not the opposite of the claim's deed. The clause's predicate must be the same deed, negated
    alike, and its subject name nothing the sentence's parties lack ("the Velm index fell after
    the Tarn index rose" is still reversed by "the Velm index rose")."""
    for other in deed.doc:
        if other.i == deed.i or not _pos(other) or other.lemma_.lower() in LIGHT:
            continue
        anchor = other if other.pos_ == "VERB" else other.head
        if predicate_negated(other) != negated or not same_deed(other, told, sense_rank):
            continue
        if _names(anchor) <= parties:
            return True
    return False


@lru_cache(maxsize=20_000)
def reversed_deed(claim: str, text: str, sense_rank: int, steps: int) -> str:
    """How the text reverses the claim's deed of the same parties ("says fell, not rose", "says
    not weaken", "says Tarn attacked Velm"); "" when it does not. The sentence's predicate must
    have among its parties the claim's subject, every name in it, and another of the claim's party
    words (an object, a place, a name: ``MIN_PARTIES`` in all)."""
    deed = _deed(dependency_parse(claim))
    if deed is None or _hedged(deed) or deed.lemma_.lower() in REPORTING_VERBS:
        return ""
    said, others = _roles(deed if deed.pos_ == "VERB" else deed.head)
    if not said or len(said | others) < MIN_PARTIES:
        return ""
    names = _names(deed if deed.pos_ == "VERB" else deed.head)
    claim_negated = predicate_negated(deed) or (deed.pos_ != "VERB" and predicate_negated(deed.head))
    given = _given_names(deed if deed.pos_ == "VERB" else deed.head)
    for tok in dependency_parse(text):
        if not _pos(tok) or tok.lemma_.lower() in LIGHT or _hedged(tok) or noun_held_clause(tok) is not None:
            continue
        anchor = tok if tok.pos_ == "VERB" else tok.head
        s_said, s_others = _roles(anchor)
        everyone = s_said | s_others
        if not (said & everyone and names <= everyone and len((said | others) & everyone) >= MIN_PARTIES):
            continue
        if not _given_names(anchor) <= given:
            continue  # "Ann Varn" is not "Tom Varn": the surname alone names the person only bare
        negated = predicate_negated(tok) or (tok.i != anchor.i and predicate_negated(anchor))
        if negated and not claim_negated and entails(deed, tok, sense_rank, steps):
            return f"says not {tok.text}"
        if claim_negated and not negated and same_deed(deed, tok, sense_rank):
            return f"says {tok.text}"
        if negated == claim_negated and tok.pos_ == "VERB" and same_deed(deed, tok, sense_rank):
            doer, done_to = _doer_and_done_to(deed)
            s_doer, s_done_to = _doer_and_done_to(tok)
            if doer & s_done_to and done_to & s_doer and not doer & s_doer:
                return f"says the other way round: {tok.text}"
        if claim_tells(deed, tok, negated, everyone, sense_rank):
            continue  # "freed after guards seized her" / "guards seized her": the claim's own clause
        if (
            negated == claim_negated
            and not same_deed(deed, tok, sense_rank)
            and opposed(deed, tok, sense_rank)
        ):
            return f"says {tok.text}, not {deed.text}"
        if not negated and not claim_negated and called_off(deed, tok, sense_rank, steps):
            return f"says {tok.text}, not {deed.text}"
        if negated == claim_negated and opposite_growth(deed, tok, sense_rank, steps):
            return f"says {tok.text}, not {deed.text}"
        if (
            not negated
            and not claim_negated
            and left_places(deed) <= everyone  # staying where the claim has the party leave
            and ended_kept(deed, tok, sense_rank, steps)
        ):
            return f"says {tok.text}, not {deed.text}"
        if not negated and not claim_negated and still_done(deed, tok, sense_rank, steps):
            return f"says still {tok.text}, not {deed.text}"
    return ""
