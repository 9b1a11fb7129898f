"""Where a named place lies: a region or a bearing told otherwise.

The pattern: where a place lies does not change from one event to the next. A claim that puts a
named place in one region ("Tarn lies in Velm province", "the strike on Tarn hit a village in
Velm province") or on one side of another place ("the Tarn gas field lies west of Dorn") is
contradicted by any sentence placing that same place in another region of the same kind ("Tarn,
in Kessar province", "Tarn located in the Kessar province") or on another side of the same
place ("the Tarn field east of the city of Dorn"), whatever event the sentence tells. The
region's kind is its noun (a province is no rival of a district); places WordNet files one
inside the other, or the same name spelt otherwise, are no rivals. A place put in one compass part
of another ("Tarn, in northern Velmar", "a suburb of northern Velmar", "in the far west of Velmar") is
contradicted by one putting it in a part of the same place with no point in common ("Tarn, in
southern Velmar": ``parts``); "north-western" shares "west" with "western", "central" has no point.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.nlp import dependency_parse
from bot.rivals import nested_places, respelt
from bot.text import TokenPool, tokens
from bot.wordnet import wordnet
from index.lexicon import DIRECTIONS, PLACE_LABELS, TIME_LABELS
from index.tuning import CheckTuning

PLACED_BY = frozenset({"in", "within", "inside"})
"""Prepositions putting a place in a region ("in Velm province")."""
LOCATING_LEMMAS = frozenset({"lie", "locate", "situate", "sit"})
"""Verbs and participles that say where a place is ("lies in", "located in", "situated in")."""
COMPASS = ("north", "south", "east", "west")
"""The points a bearing is made of ("southeast" is south and east)."""
_LABEL = "GPE"
SCENE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "around"})
"""Prepositions whose proper-noun object is where the claim's event happened ("near Tarn")."""
NOUNS = frozenset({"NOUN", "PROPN"})
"""A region's noun, which the tagger may take for part of the name ("Velm province")."""
NAME_DEPS = frozenset({"compound", "nmod", "poss"})
"""How a name qualifies the noun of the place it names ("the Tarn gas field", "Tarn's field")."""


def regions(text: str, of_too: bool = False) -> list[tuple[str, str]]:
    """(kind, name) of each named region the text puts something in: a location noun after a
    placing preposition with a proper-noun name on it ("in Velm province" -> province, Velm;
    with ``of_too``, "in the province of Velm" too)."""
    out = []
    for tok in dependency_parse(text):
        name = _region_name(tok, of_too)
        if name:
            out.append((tok.lemma_.lower(), name))
    return out


def _region_name(tok: Any, of_too: bool = False) -> str:
    """The name on a region noun after a placing preposition ("in Velm province"); with
    ``of_too``, also the name an "of" gives it ("in the province of Velm")."""
    if tok.pos_ not in NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in PLACED_BY:
        return ""
    if wordnet().kind_rank(tok.lemma_.lower(), "location") != 0:
        return ""
    words = [c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    words = [w for c in words for w in c.subtree if w.pos_ == "PROPN" or w.text == "-"]
    if not words and of_too:
        words = _named_by_of(tok)
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i))


def _named_by_of(tok: Any) -> list[Any]:
    """The proper nouns written right after the region noun's "of" ("province of Tel Varro")."""
    after = tok.doc[tok.i + 1 : tok.i + 2]
    if not after or after[0].lower_ != "of":
        return []
    words = []
    for w in tok.doc[tok.i + 2 :]:
        if w.pos_ != "PROPN":
            break
        words.append(w)
    return words


def claim_regions(claim: str, place: str) -> list[tuple[str, str]]:
    """(kind, name) of the regions the claim puts the place (a token of its name) in: those it
    places that place in itself ("Tarn lies in Velm province"), else every region it names when
    it names no other place than those regions ("the strike on Tarn hit a village in Velm
    province"); a claim naming two places may put only the other one there."""
    own = [(k, r) for p, k, r in placed(claim) if place in tokens(p)]
    if own:
        return own
    found = regions(claim)
    named = {t for k, r in found for t in (*tokens(r), *tokens(k))}
    others = {
        t
        for w in dependency_parse(claim)
        if (w.pos_ == "PROPN" and w.ent_type_ not in TIME_LABELS) or w.ent_type_ in PLACE_LABELS
        for t in tokens(w.text)
        if t not in named and t != place
    }
    return [] if others else found


def placed(text: str) -> list[tuple[str, str, str]]:
    """(place, kind, region) for each named place the text puts in a named region itself: the
    place the placing preposition hangs on ("Tarn in Velm province"), a place whose participle
    or verb of lying it is ("Tarn located in", "Tarn lies in"), or the place a noun of it names
    ("the entrance of Tarn in Velm province")."""
    doc = dependency_parse(text)
    out = []
    for tok in doc:
        region = _region_name(tok)
        if region:
            place = _located(tok.head.head)
            if place:
                out.append((place, tok.lemma_.lower(), region))
        elif _where_located(tok):
            # "Velm province, where the town is located": the town is the one place it names
            inside = {w.i for w in tok.subtree}
            others = [w for w in doc if _proper(w) and w.i not in inside and w.dep_ != "compound"]
            region = " ".join(c.text for c in tok.children if c.dep_ == "compound" and _proper(c))
            if len(others) == 1 and region:
                out.append((_name(others[0]), tok.lemma_.lower(), region))
    return out


def _where_located(tok: Any) -> bool:
    """A named region with a relative clause saying a settlement lies there ("Velm province,
    where the town is located")."""
    if tok.pos_ not in NOUNS or wordnet().kind_rank(tok.lemma_.lower(), "location") != 0:
        return False
    for clause in tok.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in LOCATING_LEMMAS:
            continue
        where = any(c.lower_ == "where" for c in clause.children)
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if (
            where
            and subject is not None
            and subject.pos_ == "NOUN"
            and wordnet().kind_rank(subject.lemma_.lower(), "location") == 0
        ):
            return True
    return False


def _located(head: Any) -> str:
    """The proper-noun place a placing phrase hanging on ``head`` is about, or ""."""
    if head.lemma_.lower() in LOCATING_LEMMAS:
        if head.dep_ == "acl" and head.head.pos_ == "PROPN":
            return _name(head.head)
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return _name(subject) if subject is not None and subject.pos_ == "PROPN" else ""
    if head.pos_ == "PROPN":
        return _name(head)
    if head.pos_ == "NOUN":
        of = [g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return next((_name(g) for g in of if g.pos_ == "PROPN"), "")
    return ""


def _name(tok: Any) -> str:
    """The proper noun with the name words compounded onto it ("Tel Varro", "al-Vennet")."""
    words = [
        w
        for w in tok.subtree
        if (_proper(w) or w.text == "-")
        and (w is tok or (w.dep_ in NAME_DEPS | {"punct"} and tok in (w.head, w.head.head)))
    ]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i))


def bearings(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """(place, anchor, points) for each named place the text puts on a side of another ("the
    Tarn field east of the city of Dorn" -> Tarn, Dorn, {east}): a direction word with "of" and
    a proper noun under it, hung on a noun phrase or a verb whose subject names the place."""
    out = []
    for tok in dependency_parse(text):
        points = _points(tok.lower_)
        if not points or tok.lower_ not in DIRECTIONS:
            continue
        anchors = [
            w
            for c in tok.children
            if c.lower_ == "of"
            for w in c.subtree
            if _proper(w) and w.dep_ not in {"compound"}
        ]
        if not anchors:
            continue
        head = tok.head
        if head.pos_ in {"VERB", "AUX"}:
            head = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if head is None:
            continue
        names = [w for w in (head, *head.children) if _proper(w) and w.dep_ in NAME_DEPS | {head.dep_}]
        if names:
            place = " ".join(w.text for w in names)
            out.append((place, _name(anchors[-1]), points))
    return out


def _proper(tok: Any) -> bool:
    """A proper noun, or a word the tagger filed under a name's entity ("Dornby" parsed a noun)."""
    return bool(tok.pos_ == "PROPN" or (tok.ent_type_ and tok.ent_type_ not in TIME_LABELS))


PART_STEP_KIND = "location"
"""The WordNet kind of the noun a part phrase may name first ("in a suburb of northern Velmar"):
the named place is in a location of the part, so in the part."""
BE_LEMMAS = frozenset({"be"})
"""The copula, whose subject a placing phrase on it places ("the Tarn depot was in western Velmar")."""


def parts(text: str) -> list[tuple[str, str, frozenset[str]]]:
    """(place, anchor, points) for each named place the text puts in a compass part of another
    named place (module docstring): "Tarn, in northern Velmar" -> Tarn, Velmar, {north}; "the
    Tarn depot was in a suburb of northern Velmar"; "Tarn, a town in the far west of Velmar". The
    direction is a lower-case word (a capitalised one begins a name: "East Velmar")."""
    out = []
    for anchor in dependency_parse(text):
        if not _proper(anchor) or anchor.dep_ != "pobj":
            continue
        points = _amod_points(anchor)
        part = anchor
        if not points and anchor.head.lower_ == "of" and anchor.head.head.lower_ in DIRECTIONS:
            part = anchor.head.head  # "the east of Velmar": a part, where "east of Velmar" is a side
            if not any(c.dep_ == "det" for c in part.children):
                continue
            points = _points(part.lower_) if part.text.islower() else frozenset()
        if not points:
            continue
        prep = _placing_preposition(part)
        place = _placed_by(prep.head) if prep is not None else ""
        name = " ".join(w for w in _name(anchor).split() if w.lower() not in DIRECTIONS)
        if place and name and not _same_name(place, name) and not _people(place):
            out.append((place, name, points))
    return out


def _people(name: str) -> bool:
    """A capitalised plural for people the tagger took for a name ("Rebels in northern Velmar"):
    people move, a place does not (a singular name may be a person's and a town's: left alone)."""
    last = name.split()[-1].lower()
    return last.endswith("s") and wordnet().kind_rank(last.removesuffix("s"), "person") == 0


def _amod_points(anchor: Any) -> frozenset[str]:
    """The compass points of the lower-case direction words qualifying a name ("north-western
    Velmar" -> north, west)."""
    words = [w for w in anchor.subtree if w.i < anchor.i and w.text.islower() and w.lower_ in DIRECTIONS]
    return frozenset(p for w in words for p in _points(w.lower_))


def _placing_preposition(part: Any) -> Any:
    """The placing preposition ("in") whose object the part is, directly or through a location
    noun of it ("in a suburb of northern Velmar"); None when there is none."""
    tok = part
    for _ in range(2):
        if tok.dep_ != "pobj":
            return None
        prep = tok.head
        if prep.lower_ in PLACED_BY:
            return prep
        noun = prep.head
        if (
            prep.lower_ != "of"
            or noun.pos_ != "NOUN"
            or wordnet().kind_rank(noun.lemma_.lower(), PART_STEP_KIND) != 0
        ):
            return None
        tok = noun
    return None


def _placed_by(head: Any) -> str:
    """The named place a placing phrase on ``head`` puts there: ``_located``'s, the proper noun a
    noun stands in apposition to ("Tarn, a town in ..."), or the name on a noun so placed or on the
    subject of a copula or verb of lying ("the Tarn depot in ...", "the Tarn depot was in ...");
    never a name of people or of a body of them, who move ("the Tarn brigade was in ...")."""
    if head.dep_ == "appos" and head.pos_ in NOUNS and _proper(head.head):
        return "" if _mobile(head) or _mobile(head.head) else _name(head.head)
    lemma = head.lemma_.lower()
    if lemma in BE_LEMMAS or (lemma in LOCATING_LEMMAS and head.dep_ != "acl"):
        head = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if head is None:
            return ""
        if _proper(head):
            return "" if _mobile(head) else _name(head)
    if _mobile(head):
        return ""
    found = _located(head)
    if found or head.pos_ != "NOUN":
        return found
    names = [c for c in head.children if c.dep_ in NAME_DEPS | {"amod"} and _proper(c)]
    return _name(names[0]) if names else ""


MOBILE_KINDS = ("person", "group")
"""WordNet kinds of nouns for people and bodies of them (a brigade, a team, a delegation): where
they are changes, so their place is no fact of the place."""
BUILT_KINDS = ("structure", "location")
"""WordNet kinds of a building or a place ("school": an institution, and in its next sense the
building): such a body has a place, which does not move."""
BUILT_RANK = CheckTuning.located_built_rank


def _mobile(tok: Any) -> bool:
    """A person's name, or a noun whose commonest sense is a kind of person, or of group with no
    building or place among its first senses (``BUILT_RANK``)."""
    if tok.ent_type_ in {"PERSON", "NORP"}:
        return True
    if tok.pos_ != "NOUN":
        return False
    wn, lemma = wordnet(), tok.lemma_.lower()
    if wn.kind_rank(lemma, MOBILE_KINDS[0]) == 0:
        return True
    return wn.kind_rank(lemma, MOBILE_KINDS[1]) == 0 and not any(
        wn.is_kind(lemma, k, BUILT_RANK) for k in BUILT_KINDS
    )


def _part(points: frozenset[str]) -> str:
    """The adjective of a compass part ({north, east} -> "northeastern")."""
    return "".join(p for p in COMPASS if p in points) + "ern"


def _points(word: str) -> frozenset[str]:
    """The compass points of a direction word ("southeast" -> south, east; "western" -> west)."""
    return frozenset(p for p in COMPASS if p in word.lower())


def location_clash(claim: str, text: str, nearby: TokenPool) -> str:
    """How the sentence places one of the claim's named places otherwise (module docstring):
    "puts Tarn in Kessar province, not Velm province", "puts Tarn east of Dorn, not west"; ""
    when it does not. The claim's region must be named neither in the sentence nor around it
    (``nearby``): a sentence naming both may hold both."""
    claim_pool = TokenPool(tokens(claim))
    for place, kind, region in placed(text):
        words = tokens(place)
        if not words or not claim_pool.has(words[-1]):  # its head word: "al-Vennet" is Vennet
            continue
        for k, theirs in claim_regions(claim, words[-1]):
            if k == kind and _rivals(theirs, region, claim_pool, nearby):
                return f"puts {place} in {region} {kind}, not {theirs} {kind}"
    sided = _unshared_points(
        bearings(claim), bearings(text), _same_name, lambda q: any(nearby.has(w) for w in q)
    )
    if sided is not None:
        place, anchor, points, q = sided
        return f"puts {place} {'-'.join(sorted(points))} of {anchor}, not {'-'.join(sorted(q))}"
    part = _unshared_points(
        parts(claim),
        parts(text),
        lambda a, b: set(tokens(a)) == set(tokens(b)),  # "Velm province" may reach past the city
        lambda q: any(nearby.has(w) or nearby.has(f"{w}ern") for w in q),
    )
    if part is not None:
        place, anchor, points, q = part
        return f"puts {place} in {_part(points)} {anchor}, not {_part(q)}"
    return ""


Pointed = tuple[str, str, frozenset[str]]
"""A named place, the place it is put by, and the compass points of where (``bearings``, ``parts``)."""


def _unshared_points(
    ours: list[Pointed],
    theirs: list[Pointed],
    same_anchor: Callable[[str, str], bool],
    said_near: Callable[[frozenset[str]], bool],
) -> tuple[str, str, frozenset[str], frozenset[str]] | None:
    """The sentence's place, anchor and points, and the claim's points, where the sentence puts
    one of the claim's places by the same anchor at points with none in common, and the claim's
    points are not said around the sentence (a sentence naming both may hold both)."""
    for place, anchor, points in theirs:
        for p, a, q in ours:
            if _same_name(place, p) and same_anchor(anchor, a) and not points & q and not said_near(q):
                return place, anchor, points, q
    return None


def _rivals(ours: str, theirs: str, claim_pool: TokenPool, nearby: TokenPool) -> bool:
    words = tokens(ours)
    return bool(
        words
        and tokens(theirs)
        and not any(claim_pool.has(t) for t in tokens(theirs))
        and not all(nearby.has(t) for t in words)
        and not respelt(ours, theirs, 4)
        and not nested_places(_LABEL, ours, _LABEL, theirs)
    )


def _same_name(a: str, b: str) -> bool:
    """Two writings share a name word ("the Vask oilfield" / "The Vask gas field")."""
    pool = TokenPool(tokens(a))
    return any(pool.has(t) for t in tokens(b))


def region_elsewhere(claim: str, sentence: TokenPool, context: str, article: TokenPool) -> str:
    """How the sentence's context puts the claim's event in another region of the claim's kind
    ("in the province of Kessar" against "near Tarn in Velm province") when the sentence names
    the claim's place within the region (Tarn) and its article never names the region: an
    article telling the event's scene names its region, so one naming only another of that kind
    tells it elsewhere. "" when not so. The claim must name one region and a place of its own
    outside it; the context's region must be no respelling of the claim's and not inside it."""
    ours = regions(claim)
    if len(ours) != 1:
        return ""
    kind, region = ours[0]
    if any(article.has(t) for t in tokens(region)):
        return ""
    places = _places_besides(claim, kind, region)
    if not places or not all(sentence.has(t) for t in places):
        return ""  # the sentence must tell the claim's own place: "hit targets in Kessar" may be any raid
    claim_pool = TokenPool(tokens(claim))
    for k, theirs in regions(context, of_too=True):
        if k == kind and _rivals(region, theirs, claim_pool, TokenPool([])):
            return f"puts it in {theirs} {kind}, not {region} {kind}"
    return ""


def _places_besides(claim: str, kind: str, region: str) -> list[str]:
    """The words of the places the claim's event happened at outside its region ("near Tarn in
    Velm province" -> tarn): proper nouns after a preposition of place."""
    inside = {*tokens(region), *tokens(kind)}
    return [
        t
        for w in dependency_parse(claim)
        if (w.pos_ == "PROPN" or w.ent_type_ in PLACE_LABELS)
        and w.ent_type_ not in TIME_LABELS
        and w.dep_ == "pobj"
        and w.head.lower_ in SCENE_PREPOSITIONS
        for t in tokens(_name(w))
        if t not in inside
    ]
