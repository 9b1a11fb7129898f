"""Whether a count's noun names what the question counts, though written otherwise.

Readers ask in their own words: "how many electric cords" for "2,000 cables". The nouns share
a WordNet meaning (synonyms), or one is a compound WordNet knows whole and WordNet files the
two close together (one a near kind of the other, or kinds of one near parent: "electric
cord" and "cable" are both conductors) AND the sentence model,
reading both nouns as written, puts them within ``kin_similarity``. WordNet alone would let
siblings in ("cars" for "trucks": both motor vehicles); the model alone misses pairs it reads
as far apart. Kinds of people are never kin: a toll sets them against each other ("rebels",
"militants", "civilians", "citizens" are rival counts in one report), so only synonyms join
them. A name modifying the count is judged elsewhere (``counts.owned_by``): this says only what
kind of thing is counted.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

import numpy as np

from bot.wordnet import GROUP_LEXFILE, PERSON_LEXFILE, THING_LEXFILES, wordnet


class Vectors(Protocol):
    """The sentence model's word vectors (``bot.evidence.WordVectors``)."""

    def vectors(self, words: list[str]) -> list[np.ndarray]: ...


def synonyms(a: str, b: str, rank: int) -> bool:
    """Some sense of each noun up to ``rank`` (0-based) is one WordNet meaning."""
    wn = wordnet()
    return bool(set(wn.senses(_key(a))[: rank + 1]) & set(wn.senses(_key(b))[: rank + 1]))


def may_be_kin(a: str, b: str) -> bool:
    """One noun is a compound WordNet knows whole ("power cord", "fire engine") and neither's
    commonest sense is a kind of person (see the module docstring). A compound names a thing by
    its use, and readers swap its head for a near word ("cables"); two plain siblings are kinds
    set apart ("ships"/"boats", "cars"/"trucks"), which the model reads alike all the same."""
    wn = wordnet()
    return any(" " in w.strip() and wn.senses(_key(w)) for w in (a, b)) and not people(a, b)


def people(a: str, b: str) -> bool:
    """Either noun's commonest sense is a kind of person."""
    wn = wordnet()
    for word in (a, b):
        senses = wn.senses(_key(word))
        if senses and wn.synsets[senses[0]].lexfile == PERSON_LEXFILE:
            return True
    return False


def rival_people(a: str, b: str, rank: int, reach: int) -> bool:
    """Two kinds of people WordNet files apart: each noun's commonest sense is a kind of person,
    they share no meaning up to ``rank``, and no kind within ``reach`` steps above each
    ("teachers" and "pupils", "soldiers" and "civilians"). The sentence model reads such pairs
    alike (they share contexts), but a report counts them against each other, so its closeness
    never makes one count the other. Labels that outlets give one side of a fight ("jihadists",
    "terrorists", "militants") meet a few steps up and stay one counted thing."""
    wn = wordnet()
    senses = [wn.senses(_key(w)) for w in (a, b)]
    if not all(senses) or not all(wn.synsets[s[0]].lexfile == PERSON_LEXFILE for s in senses):
        return False
    return not synonyms(a, b, rank) and kin_steps(a, b, rank, reach) is None


def same_people(asked: str, counted: str, rank: int, reach: int) -> bool:
    """Another outlet's label for the people a question counts ("31 militants" where the
    question asks about insurgents): both nouns' commonest senses are kinds of person, WordNet
    files them under one kind of person narrower than "person" itself within ``reach`` steps of
    each (their senses up to ``rank``: insurgents and terrorists are both radicals), and
    neither ``takes_a_side``. Two nouns that meet only at "person" name people by unrelated
    traits ("victims", "fighters", "students"); a civilian, a child or a woman is one side of
    a division a toll counts apart, never another outlet's label."""
    if not asked or not counted or not (is_person(asked) and is_person(counted)):
        return False
    if synonyms(asked, counted, rank):
        return True
    if (takes_a_side(asked, rank, reach) or takes_a_side(counted, rank, reach)) and not same_side(
        asked, counted, rank, reach
    ):
        return False
    wn = wordnet()
    top = wn.ancestors(wn.senses("person")[0])  # "person" and above: any two people meet there
    return bool((_ups(_key(asked), rank, reach).keys() & _ups(_key(counted), rank, reach).keys()) - top)


def same_side(asked: str, counted: str, rank: int, reach: int) -> bool:
    """Pattern: a casual or plain word for people that takes one side of a division is retold by a
    count of people on that same side ("blokes" by "six men": both are male persons). The asked
    noun takes a side (``sides``) and the counted noun takes every one of them, so the count never
    reaches across a division the question draws ("men" are not retold by "blokes", who may be
    boys; "women" not by "girls"; "civilians" not by "children")."""
    wanted = sides(asked, rank, reach)
    return bool(wanted) and wanted <= sides(counted, rank, reach)


def sides(noun: str, rank: int, reach: int) -> set[str]:
    """The meanings WordNet opposes to the noun's senses up to ``rank`` or a kind within
    ``reach`` steps above them: the other side of each division the noun takes a side of."""
    wn = wordnet()
    return {o for s in _ups(_key(noun), rank, reach) for o in wn.opposites(s)}


def same_doers(asked: str, counted: str, rank: int) -> bool:
    """Two words for people named by their deed count the same doers when WordNet derives them
    from verbs one of which is filed directly under the other ("bombers" bombard, a kind of
    attacking: "suicide bombers" are "suicide attackers"; "attackers" attack, a kind of fighting),
    over each noun's person senses up to ``rank`` (a phrase WordNet derives nothing from is read
    by its last word). Never two words of one verb ("trainers" and "trainees": doer and done-to)
    nor a word WordNet opposes to the other ("employers" and "employees")."""
    if not asked or not counted or not (is_person(asked) and is_person(counted)):
        return False
    one, two = _deed_verbs(asked, rank), _deed_verbs(counted, rank)
    if not one or not two or one & two or _opposed(asked, counted, rank):
        return False
    wn = wordnet()
    return bool(wn.steps_above(one, 1).keys() & two or wn.steps_above(two, 1).keys() & one)


def _deed_verbs(noun: str, rank: int) -> set[str]:
    """The verbs WordNet derives the noun's person senses (up to ``rank``) from: "attacker" from
    "attack" and "assail"; a phrase deriving none is read by its last word ("suicide bombers")."""
    wn = wordnet()
    for key in dict.fromkeys((_key(noun), _key(noun.split()[-1]))):
        verbs = {
            d
            for s in wn.senses(key)[: rank + 1]
            if wn.synsets[s].lexfile == PERSON_LEXFILE
            for d in wn.derived(s)
            if d.startswith("v")
        }
        if verbs:
            return verbs
    return set()


def _opposed(a: str, b: str, rank: int) -> bool:
    """WordNet opposes a sense of one noun (up to ``rank``) to a sense of the other."""
    wn = wordnet()
    two = set(wn.senses(_key(b))[: rank + 1])
    return any(set(wn.opposites(s)) & two for s in wn.senses(_key(a))[: rank + 1])


def next_kind_people(asked: str, counted: str, rank: int) -> bool:
    """One kind of person filed directly under the other (one WordNet step, senses up to
    ``rank``) is the same people when the broader word covers only the narrower one's side: no
    meaning WordNet opposes to the narrower noun is a kind of the broader one. "Nationals" count
    "citizens" (a non-citizen is no national) and "citizens" count "civilians" (a serviceman is
    no kind of citizen in WordNet); "adults" never count "men", for women are adults too."""
    if not asked or not counted or not (is_person(asked) and is_person(counted)):
        return False
    wn = wordnet()
    for narrow, broad in ((asked, counted), (counted, asked)):
        narrow_senses = wn.senses(_key(narrow))[: rank + 1]
        broad_senses = set(wn.senses(_key(broad))[: rank + 1])
        parents = {p for s in narrow_senses if s in wn.synsets for p in wn.synsets[s].parents}
        if not parents & broad_senses:
            continue
        sides = [o for s in narrow_senses for o in wn.opposites(s)]
        if not any(broad_senses & wn.ancestors(o) for o in sides):
            return True
    return False


def is_person(noun: str) -> bool:
    """The noun's commonest sense is a kind of person."""
    wn = wordnet()
    senses = wn.senses(_key(noun))
    return bool(senses) and wn.synsets[senses[0]].lexfile == PERSON_LEXFILE


def takes_a_side(noun: str, rank: int, reach: int) -> bool:
    """WordNet opposes some meaning of the noun (senses up to ``rank``), or a kind within
    ``reach`` steps above it, to another: it names one side of a division ("civilian" against
    "serviceman", "woman" against "man", "child" against "parent", "juvenile" against "adult").
    Such a noun narrows the people counted to that side, so another noun cannot retell its count."""
    wn = wordnet()
    return any(wn.opposites(s) for s in _ups(_key(noun), rank, reach))


def kin_steps(a: str, b: str, rank: int, reach: int) -> int | None:
    """The fewest "is a kind of" steps, summed over both nouns, to a meaning both are filed
    under (0 = one meaning), over senses up to ``rank`` and ``reach`` steps up from each; None
    when WordNet files them apart."""
    up_a = _ups(_key(a), rank, reach)
    up_b = _ups(_key(b), rank, reach)
    shared = up_a.keys() & up_b.keys()
    return min((up_a[s] + up_b[s] for s in shared), default=None)


@lru_cache(maxsize=20_000)
def _ups(word: str, rank: int, reach: int) -> dict[str, int]:
    """Each meaning within ``reach`` steps above the word's senses up to ``rank``, at its fewest steps."""
    wn = wordnet()
    return wn.steps_above(wn.senses(word)[: rank + 1], reach)


def _key(noun: str) -> str:
    """WordNet's form of a written noun phrase: "power cords" -> "power_cords" (``senses`` drops the plural)."""
    return _person_plural("_".join(noun.lower().split()))


@lru_cache(maxsize=20_000)
def _person_plural(key: str) -> str:
    """Pattern: an irregular plural that WordNet also lists whole in a rarer group sense is the
    plural of its person noun ("men" is "man", not "workforce"), so a count of "six men" counts
    people. The word is kept where its own commonest sense is already a person, or where no
    irregular base names one ("data" stays "data", "bases" stays "bases")."""
    wn = wordnet()
    own = wn.senses(key)
    if "_" in key or (own and wn.synsets[own[0]].lexfile == PERSON_LEXFILE):
        return key
    for base in wn.irregular(key, "n"):
        found = wn.senses(base)
        if found and wn.synsets[found[0]].lexfile == PERSON_LEXFILE:
            return base
    return key


def similarity(a: str, b: str, words: Vectors) -> float:
    """The sentence model's cosine of the two nouns as written."""
    va, vb = words.vectors([a, b])
    return float(np.dot(va, vb))


def coined(a: str, b: str, words: Vectors, rank: int, cutoff: float) -> bool:
    """One noun is a coinage WordNet lacks, a compound written as one ("airstrikes"), that counts
    the other ("air raids", "bombing runs"): WordNet files its head ("strikes") under the same
    broad kind of thing as the other noun (senses up to ``rank``) and the sentence model puts
    the two, as written, within ``cutoff``; a coinage of another kind ("airstrikes" for
    "missiles") stays apart."""
    wn = wordnet()
    for coinage, known in ((b, a), (a, b)):
        head = wn.coinage_head(coinage)
        if head and wn.senses(_key(known)) and wn.share_lexfile(head, _key(known), rank):
            return similarity(coinage, known, words) >= cutoff
    return False


def one_group(a: str, b: str, rank: int, reach: int) -> bool:
    """A body of people and the kind of person WordNet says makes it up count the same people
    ("troops"/"soldiers", "staff"/"employees"): one noun's commonest sense is a group, the
    other's a kind of person, and over their senses up to ``rank`` a member WordNet files in the
    group is the person noun or a kind of it within ``reach`` steps, or WordNet derives both from
    one verb (troops and soldiers both "soldier"). Only a group written as WordNet spells it counts
    its members ("12 crew", "300 troops"); made plural it counts groups ("three crews"). A
    group's members are never a wider kind ("people" are persons, not civilians), so a narrower
    count is not read as the group's."""
    if not a or not b:
        return False
    wn = wordnet()
    for group, person in ((a, b), (b, a)):
        g_senses, p_senses = wn.senses(_key(group)), wn.senses(_key(person))
        if not g_senses or not p_senses:
            continue
        if (
            wn.synsets[g_senses[0]].lexfile != GROUP_LEXFILE
            or wn.synsets[p_senses[0]].lexfile != PERSON_LEXFILE
        ):
            continue
        groups = [g for g in g_senses[:1] if _key(group) in wn.synsets[g].lemmas]
        persons = set(p_senses[: rank + 1])
        members = wn.steps_above([m for g in groups for m in wn.members(g)], reach)
        if persons & members.keys():
            return True
        verbs = {d for g in groups for d in wn.derived(g) if d.startswith("v")}
        if any(d in verbs for p in persons for d in wn.derived(p)):
            return True
    return False


def one_counted_thing(a: str, b: str, words: Vectors, rank: int, cutoff: float, reach: int) -> bool:
    """Two counted nouns, as written, name one thing in other words: WordNet synonyms in their
    senses up to ``rank`` ("officers"/"policemen"), a coinage and the phrase it joins
    (``coined``: "airstrikes"/"air raids"), or a group and its members (``one_group``:
    "troops"/"soldiers"). Siblings and kinds of people never join here: a report counts
    "soldiers" and "civilians" against each other."""
    return bool(a and b) and (
        synonyms(a, b, rank) or coined(a, b, words, rank, cutoff) or one_group(a, b, rank, reach)
    )


def written_compound(text: str, start: int, noun: str) -> str:
    """The counted noun ``noun`` as written in ``text`` from ``start`` on, with the word before it
    when WordNet knows the two as one compound ("air raids" in "nine air raids", "police
    officers"); the noun alone otherwise, "" when the text does not hold it. A count whose noun
    is its clause's subject ("the street protests numbered in the hundreds", ``count_owner.amounted_thing``)
    has it before the figure: its last writing there."""
    pattern = rf"(?:\b([A-Za-z]+)\s+)?\b({re.escape(noun)}\w*)"
    m = re.search(pattern, text[start:], re.I)
    if m is None:
        m = next(reversed(list(re.finditer(pattern, text[:start], re.I))), None)
    if m is None:
        return ""
    head = m.group(2).lower()
    before = (m.group(1) or "").lower()
    if before and wordnet().senses(_key(f"{before} {head}")):
        return f"{before} {head}"
    return head


def same_counted(asked: str, counted: str, words: Vectors, rank: int, reach: int, cutoff: float) -> bool:
    """The counted noun ``counted`` counts what ``asked`` names: WordNet synonyms, or WordNet
    kin (``kin_steps`` within ``reach`` each; no kinds of people) that the model puts within
    ``cutoff``."""
    if not asked or not counted:
        return False
    if synonyms(asked, counted, rank) or rare_synonyms(asked, counted, words, cutoff):
        return True
    if not may_be_kin(asked, counted) or kin_steps(asked, counted, rank, reach) is None:
        return False
    return similarity(asked, counted, words) >= cutoff


def rare_synonyms(a: str, b: str, words: Vectors, cutoff: float) -> bool:
    """Pattern: two nouns one WordNet meaning joins only in a rarer sense of one ("variants" is
    "versions" in its fourth sense) count one thing where the sentence model reads them alike
    (within ``cutoff``): the model says the shared sense is the one the writer means."""
    wn = wordnet()
    shared = set(wn.senses(_key(a))) & set(wn.senses(_key(b)))
    return bool(shared) and similarity(a, b, words) >= cutoff


def other_kinds(a: str, b: str, words: Vectors, rank: int, reach: tuple[int, int], cutoff: float) -> bool:
    """Two counted nouns name different things one counts one by one, and the sentence model
    puts them apart (below ``cutoff``): WordNet files both commonest senses among such things
    (``THING_LEXFILES``: people, animals, artifacts, ...) and either in files none of whose
    senses up to ``rank`` share ("cooks" and "barges": a person is no craft), or in one shared
    file with no common meaning up to ``rank`` and no kind within ``reach`` steps above each
    (its second for two kinds of person, whose labels for one side meet a step higher:
    "rebels"/"fighters"): "ferries" and "tanks", "cooks" and "miners". Another word for the
    same thing meets within a few steps or reads alike ("jets"/"warplanes"); a group or a
    deed ("troops", "jobs") may count its members, so it is left undecided."""
    if not a or not b:
        return False
    wn = wordnet()
    first = [wn.senses(_key(w)) for w in (a, b)]
    if not all(first) or not all(wn.synsets[s[0]].lexfile in THING_LEXFILES for s in first):
        return False
    if wn.share_lexfile(_key(a), _key(b), rank):
        steps = reach[1] if people(a, b) else reach[0]
        if synonyms(a, b, rank) or kin_steps(a, b, rank, steps) is not None:
            return False
    return similarity(a, b, words) < cutoff
