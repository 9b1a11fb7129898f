"""WordNet 3.0 nouns, verbs, adjectives and adverbs, offline: "is a kind of", synonyms, antonyms,
nouns derived from verbs, what a verb causes or entails, the noun an adjective pertains to.

The sentence model cannot tell that tennis is a sport or that seize means capture
(cosine 0.37); WordNet can. The table in ``bot/data/wordnet.tsv.gz`` is built from
Princeton's database files by ``scripts/build_wordnet.py`` and ships with the package, so
no download and no apt step is needed at run time. It is loaded once, on first use
(about a second). WordNet has gaps ("thriller" is not filed under "genre"): treat a "no"
as "WordNet does not say", never as evidence against.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from index.lexicon import WORDNET_FILES

DATA = Path(__file__).with_name("data") / "wordnet.tsv.gz"
POS = ("n", "v", "a", "r")


ARTIFACT_LEXFILE = 6
"""WordNet's lexicographer file of nouns for made things (noun.artifact: "aircraft", "rifle")."""
CHANGE_LEXFILE = 30
"""WordNet's lexicographer file of verbs of change in size, degree or state (verb.change: "weaken",
"ease off", "shrink")."""
GROUP_LEXFILE = 14
"""WordNet's lexicographer file of nouns for groupings of people and things (noun.group)."""
PERSON_LEXFILE = 18
"""WordNet's lexicographer file of nouns for people (noun.person)."""
THING_LEXFILES = frozenset({5, 6, 17, 18, 20})
"""WordNet's noun files of things one counts one by one (animals, artifacts, natural objects,
people, plants: "bombs", "boats", "rocks"), never the units a level moves by ("points", "places")."""
TIME_LEXFILE = 28
"""WordNet's lexicographer file of nouns for time and periods (noun.time: "week", "start")."""
STATIVE_LEXFILE = 42
"""WordNet's lexicographer file number for verbs of being and having (verb.stative)."""


ACTING_LEXFILES = frozenset({29, 30, 34, 35, 36})
"""WordNet's verb files of acting on a thing (body, change, consumption, contact, creation:
"struck", "destroyed", "seized"): the object is what the deed befalls, not the subject's own."""
HOLDING_LEXFILES = frozenset({38, 40, 42})
"""WordNet's verb files of motion, possession and being (``"sent"``, ``"has"``, ``"keeps"``): the
object stays the subject's own."""
PLACING_VERBS = ("put", "move")
"""Verbs whose commonest sense the placing kinds of other files fall under ("deploy" is a kind of
putting, "station" of moving): what a subject places is still its own."""


CLAUSE_LEXFILES = frozenset({31, 32, 37, 39, 42})
"""WordNet's verb files of thinking, saying, feeling, perceiving and being, whose verbs take a
clause as their object ("said the mayor resigned"); verbs of doing take a thing."""


@dataclass(frozen=True)
class Synset:
    """One meaning: its id (``n00482298``), lexicographer file number, parents and lemmas."""

    id: str
    lexfile: int
    parents: tuple[str, ...]
    lemmas: tuple[str, ...]


class WordNet:
    """Lookups over the shipped table; build it with :func:`wordnet`, which loads it once."""

    def __init__(self, path: Path = DATA) -> None:
        self.synsets: dict[str, Synset] = {}
        self._senses: dict[tuple[str, str], tuple[str, ...]] = {}
        self._irregular: dict[tuple[str, str], tuple[str, ...]] = {}
        self._opposites: dict[str, tuple[str, ...]] = {}
        self._wholes: dict[str, tuple[str, ...]] = {}
        self._groups: dict[str, tuple[str, ...]] = {}
        self._members: dict[str, tuple[str, ...]] | None = None
        """group -> its members (``members``), the member links inverted on first use."""
        self._derived: dict[str, tuple[str, ...]] = {}
        self._outcomes: dict[str, tuple[str, ...]] = {}
        self._pertains: dict[str, tuple[str, ...]] = {}
        self._bases: dict[str, str] = {}
        self._parents: frozenset[str] | None = None
        """Every synset some other is filed under (``has_kinds``), gathered on first use."""
        """word -> its verb base (``verb_base``), looked up once."""
        self._found: dict[tuple[str, str], tuple[str, ...]] = {}
        """(word, pos) -> its senses, looked up once (the table never changes once loaded)."""
        links = {
            "A": self._opposites,
            "P": self._wholes,
            "M": self._groups,
            "D": self._derived,
            "C": self._outcomes,
            "R": self._pertains,
        }
        """Lines linking a synset to others: antonyms, part and member holonyms, derivations, outcomes,
        an adjective's pertainyms."""
        with gzip.open(path, "rt", encoding="utf-8") as source:
            for line in source:
                if line.startswith("S\t"):
                    _, ident, lexfile, parents, lemmas = line.rstrip("\n").split("\t")
                    self.synsets[ident] = Synset(
                        ident, int(lexfile), tuple(parents.split()), tuple(lemmas.split("|"))
                    )
                elif line.startswith("L\t"):
                    _, pos, lemma, ids = line.rstrip("\n").split("\t")
                    self._senses[(pos, lemma)] = tuple(ids.split())
                elif line.startswith("E\t"):
                    _, pos, form, bases = line.rstrip("\n").split("\t")
                    self._irregular[(pos, form)] = tuple(bases.split())
                elif line[1:2] == "\t" and line[:1] in links:
                    _, ident, targets = line.rstrip("\n").split("\t")
                    links[line[:1]][ident] = tuple(targets.split())

    def senses(self, word: str, pos: str = "n") -> tuple[str, ...]:
        """The word's synsets, most frequent sense first; plural and inflected forms are
        reduced to a base form WordNet knows ("forwards" -> "forward", "seized" -> "seize")."""
        found = self._found.get((word, pos))
        if found is None:
            found = self._found[(word, pos)] = next(
                (s for form in self.lemmas(word, pos) if (s := self._senses.get((pos, form)))), ()
            )
        return found

    def lemmas(self, word: str, pos: str = "n") -> list[str]:
        """Candidate dictionary forms: the word, its irregular bases from WordNet's exception
        lists ("children" -> "child", "took" -> "take"), then the regular suffix rules."""
        forms = base_forms(word, pos)
        return [forms[0], *self.irregular(forms[0], pos), *forms[1:]]

    def irregular(self, word: str, pos: str = "v") -> tuple[str, ...]:
        """The bases of an irregular form ("took" -> "take"), none for a regular one."""
        return self._irregular.get((pos, word.lower()), ())

    def verb_base(self, word: str) -> str:
        """The base form WordNet files a verb form under ("killing" -> "kill", "died" -> "die",
        "met" -> "meet"); "" when it knows no verb of that form."""
        found = self._bases.get(word)
        if found is None:
            forms = self.lemmas(word.lower(), "v")
            found = self._bases[word] = next((f for f in forms if self._senses.get(("v", f))), "")
        return found

    def ancestors(self, synset: str) -> frozenset[str]:
        """Every synset above this one ("is a kind of" or "is an instance of"), itself included."""
        return _ancestors(self, synset)

    def steps_above(self, synsets: Iterable[str], depth: int) -> dict[str, int]:
        """Each synset within ``depth`` "is a kind of" steps above ``synsets`` (those at 0), with
        the fewest steps up to it; none when ``depth`` is negative."""
        found: dict[str, int] = {}
        layer = list(synsets) if depth >= 0 else []
        for step in range(depth + 1):
            above: list[str] = []
            for synset in layer:
                if synset not in found:
                    found[synset] = step
                    above += self.synsets[synset].parents if synset in self.synsets else ()
            layer = above
        return found

    def kind_rank(self, word: str, category: str, pos: str = "n") -> int | None:
        """The rank of the first sense of ``word`` that is a kind of some sense of ``category``
        (0 = its most frequent sense), or None when WordNet files it under no such sense."""
        wanted = set(self.senses(category, pos))
        if not wanted:
            return None
        for rank, sense in enumerate(self.senses(word, pos)):
            if wanted & self.ancestors(sense):
                return rank
        return None

    def is_kind(self, word: str, category: str, max_rank: int, pos: str = "n") -> bool:
        """One of the word's ``max_rank + 1`` commonest senses is a kind of ``category``: the rare
        senses that would make almost any word a kind of almost anything are left out."""
        rank = self.kind_rank(word, category, pos)
        return rank is not None and rank <= max_rank

    def has_kinds(self, word: str, pos: str = "n") -> bool:
        """The word's first sense is divided further: some synset is filed directly under it
        ("drug" has "stimulant" under it; "codeine" has nothing)."""
        senses = self.senses(word, pos)
        if not senses:
            return False
        if self._parents is None:
            self._parents = frozenset(p for s in self.synsets.values() for p in s.parents)
        return senses[0] in self._parents

    def is_stative(self, verb: str) -> bool:
        """The verb's commonest sense names a state, not an event (WordNet's verb.stative file:
        "include", "contain", "house"), so "are included" describes how things are."""
        senses = self.senses(verb, "v")
        return bool(senses) and self.synsets[senses[0]].lexfile == STATIVE_LEXFILE

    def holds_object(self, verb: str) -> bool:
        """The verb's commonest sense has or places its object, so its subject owns what the
        object counts ("The US has / deployed 900 troops": US troops); a verb that acts on its
        object does not ("Velmar forces struck 64 depots": not Velmar depots). An unknown verb may."""
        senses = self.senses(verb, "v")
        if not senses:
            return True
        first = self.synsets[senses[0]].lexfile
        if first in ACTING_LEXFILES:
            return False
        if first in HOLDING_LEXFILES:
            return True
        return bool(self.ancestors(senses[0]) & self._placing)

    @functools.cached_property
    def _placing(self) -> frozenset[str]:
        """The senses of ``PLACING_VERBS`` (their first three), read once, not on every count."""
        return frozenset(s for v in PLACING_VERBS for s in self.senses(v, "v")[:3])

    def takes_clause(self, verb: str) -> bool:
        """The verb's commonest sense is one of saying, thinking, feeling, perceiving or being
        (``CLAUSE_LEXFILES``), so a clause may be its object; an unknown verb may too."""
        senses = self.senses(verb, "v")
        return not senses or self.synsets[senses[0]].lexfile in CLAUSE_LEXFILES

    def coinage_head(self, word: str, pos: str = "n") -> str:
        """For a word WordNet lacks, a compound written as one ("airstrikes"), the longest known
        word it ends in ("strikes"): the head a compound is a kind of; "" for a known word or none."""
        if not word.isalpha() or self.senses(word, pos):
            return ""  # a phrase ("insurance customers") is no coinage: its words are judged apart
        w = word.lower()
        return next((w[i:] for i in range(1, len(w) - 3) if self.senses(w[i:], pos)), "")

    def commonest_file(self, word: str, pos: str) -> str:
        """The lexicographer file ("noun.act", "verb.social") of the word's commonest sense: the
        broad kind of thing or deed it usually names; "" when WordNet lacks the word."""
        senses = self.senses(word, pos)
        return WORDNET_FILES[self.synsets[senses[0]].lexfile] if senses else ""

    def share_lexfile(self, a: str, b: str, max_rank: int, pos: str = "n") -> bool:
        """Some sense of each word up to ``max_rank`` lies in one lexicographer file (acts, artifacts,
        people, places): the same broad kind of thing ("strike"/"air raid", not "strike"/"missile")."""
        files = {self.synsets[s].lexfile for s in self.senses(a, pos)[: max_rank + 1]}
        return any(self.synsets[s].lexfile in files for s in self.senses(b, pos)[: max_rank + 1])

    def sibling_kinds(self, a: str, b: str, pos: str, max_rank: int, depth: int) -> bool:
        """Some senses of the two words up to ``max_rank`` are kinds of one sense within ``depth``
        steps above each, sharing no sense and neither above the other: two kinds of one thing
        ("helicopter" / "jet" under aircraft, "navy" / "air force" under armed service)."""
        one, two = self.senses(a, pos)[: max_rank + 1], self.senses(b, pos)[: max_rank + 1]
        if not one or not two or set(one) & set(two):
            return False
        above_one, above_two = self.steps_above(one, depth), self.steps_above(two, depth)
        if set(one) & set(above_two) or set(two) & set(above_one):
            return False
        return bool(set(above_one) & set(above_two))

    def graded_siblings(self, a: str, b: str, max_rank: int) -> bool:
        """Some senses of the two verbs up to ``max_rank`` are verbs of change (``CHANGE_LEXFILE``)
        filed one step under one sense that is itself filed under another: two ways of one change
        of degree ("weaken" / "ease off" under lessening), not two deeds under a root ("change")."""

        def parents(word: str) -> set[str]:
            return {
                p
                for s in self.senses(word, "v")[: max_rank + 1]
                if self.synsets[s].lexfile == CHANGE_LEXFILE
                for p in self.synsets[s].parents
            }

        return any(self.synsets[p].parents for p in parents(a) & parents(b))

    def cut_across(self, a: str, b: str, pos: str, max_rank: int, depth: int) -> bool:
        """One word is filed across the other's kinds (``filed_across``) and the other not across
        its: a thing named by its use may be the thing named by its make, so neither excludes the
        other; two words each filed under a shared kind and another ("man" / "woman": adult, and
        male or female) part on that other."""
        return self.filed_across(a, b, pos, max_rank, depth) != self.filed_across(b, a, pos, max_rank, depth)

    def filed_across(self, word: str, other: str, pos: str, max_rank: int, depth: int) -> bool:
        """Some sense of ``word`` up to ``max_rank`` is filed under two kinds at once, one of them
        within ``depth`` steps above a sense of ``other`` and one not: a use cutting across the
        other's kinds ("warplane" is an aircraft and a military vehicle, so a jet may be one),
        where a kind filed beside the other alone excludes it ("helicopter" / "jet"). Only made
        things (``ARTIFACT_LEXFILE``): a body of people under two kinds ("police": a force and an
        agency) is still not another body."""
        theirs = self.steps_above(self.senses(other, pos)[: max_rank + 1], depth)
        for sense in self.senses(word, pos)[: max_rank + 1]:
            if self.synsets[sense].lexfile != ARTIFACT_LEXFILE:
                continue
            parents = self.synsets[sense].parents
            shared = [p for p in parents if p in theirs]
            if shared and len(shared) < len(parents):
                return True
        return False

    def is_kind_of(self, word: str, category: str, pos: str = "n") -> bool:
        """ "tennis" is a kind of "sport", "Tamil" of "language", "goalkeeper" of "position"."""
        return self.kind_rank(word, category, pos) is not None

    def synonyms(self, word: str, pos: str = "v", max_rank: int | None = None) -> frozenset[str]:
        """Lemmas sharing a synset with the word ("seize" -> "capture", "confiscate", ...), over
        its senses up to ``max_rank`` (all when None)."""
        return frozenset(
            lemma.replace("_", " ")
            for sense in self.senses(word, pos)[: None if max_rank is None else max_rank + 1]
            for lemma in self.synsets[sense].lemmas
        )

    def way_of(self, specific: str, general: str, pos: str = "v", max_rank: int = 1) -> bool:
        """Some sense of ``specific`` up to ``max_rank`` is filed one step under some sense of
        ``general`` up to ``max_rank``: it names one way of doing it ("dread" is a way to "worry",
        "receive" a way to "get"), so saying the first says the second."""
        above = {p for s in self.senses(specific, pos)[: max_rank + 1] for p in self.synsets[s].parents}
        return bool(above & set(self.senses(general, pos)[: max_rank + 1]))

    def antonyms(self, word: str, pos: str = "v", max_rank: int | None = None) -> frozenset[str]:
        """Lemmas of the meanings WordNet opposes to the word's ("rose" -> "fall", "biggest" ->
        "small", "won" -> "lose"), over its senses up to ``max_rank`` (all when None)."""
        senses = self.senses(word, pos)
        return frozenset(
            lemma.replace("_", " ")
            for sense in senses[: None if max_rank is None else max_rank + 1]
            for opposite in self._opposites.get(sense, ())
            for lemma in self.synsets[opposite].lemmas
        )

    def opposites(self, sense: str) -> tuple[str, ...]:
        """The meanings WordNet opposes to this one ("civilian" -> "serviceman"): its antonym links."""
        return self._opposites.get(sense, ())

    def derived(self, sense: str) -> tuple[str, ...]:
        """The verb meanings a noun meaning is derived from or gives, or the noun meanings of a
        verb's ("flight" -> "fly", "evacuate" -> "evacuation"): WordNet's derivational links."""
        return self._derived.get(sense, ())

    def pertains(self, sense: str) -> tuple[str, ...]:
        """The noun meanings an adjective meaning pertains to ("Norwegian" -> Norway), or ()."""
        return self._pertains.get(sense, ())

    def derived_nouns(self, verb: str) -> frozenset[str]:
        """The lemmas of the nouns WordNet derives from any sense of the verb ("visit" ->
        "visitor", "visit", "caller"), with spaces for underscores."""
        return frozenset(
            lemma.replace("_", " ")
            for sense in self.senses(verb, "v")
            for d in self.derived(sense)
            if d.startswith("n") and d in self.synsets
            for lemma in self.synsets[d].lemmas
        )

    def derived_verbs(self, noun: str, senses: int) -> frozenset[str]:
        """The lemmas of the verbs WordNet derives the noun's ``senses`` commonest meanings from
        ("withdrawal" -> "withdraw", "bid" -> "bid"), as WordNet writes them ("call_off")."""
        return frozenset(
            lemma
            for sense in self.senses(noun, "n")[:senses]
            for d in self.derived(sense)
            if d.startswith("v") and d in self.synsets
            for lemma in self.synsets[d].lemmas
        )

    def outcomes(self, sense: str) -> tuple[str, ...]:
        """The verb meanings a verb meaning causes or entails ("kill" -> "die"): WordNet's cause
        and entailment links, one step."""
        return self._outcomes.get(sense, ())

    def wholes(self, sense: str) -> tuple[str, ...]:
        """The meanings WordNet files the sense as a part of, one step up (a city's country)."""
        return self._wholes.get(sense, ())

    def groups(self, sense: str) -> tuple[str, ...]:
        """The groups WordNet files the sense as a member of ("policeman" -> "police")."""
        return self._groups.get(sense, ())

    def members(self, sense: str) -> tuple[str, ...]:
        """The meanings WordNet files as members of this group ("police" -> "policeman")."""
        if self._members is None:
            found: dict[str, list[str]] = {}
            for member, groups in self._groups.items():
                for group in groups:
                    found.setdefault(group, []).append(member)
            self._members = {g: tuple(m) for g, m in found.items()}
        return self._members.get(sense, ())

    def part_of(self, part: str, whole: str) -> bool:
        """Some meaning of ``part`` lies within some meaning of ``whole``, through WordNet's
        part holonyms at any depth ("Velmar" -> its country -> its continent): a place named at
        another scale, not another place."""
        own = set(self.senses(part, "n"))
        wanted = set(self.senses(whole, "n")) - own
        return any(self.within(sense, wanted) for sense in own)

    def within(self, sense: str, wholes: set[str]) -> bool:
        """The meaning is one of ``wholes`` or WordNet files it inside one of them, through part
        holonyms at any depth (a town -> its region -> its country)."""
        seen: set[str] = set()
        todo = [sense]
        while todo:
            s = todo.pop()
            if s in wholes:
                return True
            if s not in seen:
                seen.add(s)
                todo.extend(self._wholes.get(s, ()))
        return False


@functools.lru_cache(maxsize=200_000)
def _ancestors(wn: WordNet, synset: str) -> frozenset[str]:
    found = {synset}
    for parent in wn.synsets[synset].parents if synset in wn.synsets else ():
        found |= _ancestors(wn, parent)
    return frozenset(found)


def base_forms(word: str, pos: str = "n") -> list[str]:
    """Candidate dictionary forms, the word as written first: WordNet keys are lower-case
    with underscores for spaces, and inflected forms are listed under their base."""
    key = "_".join(word.lower().split())
    forms = [key]
    if pos == "n":
        rules = [("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh")]
        rules += [("men", "man"), ("s", "")]  # WordNet's own detachment rules (morphy)
    elif pos == "a":
        rules = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")]
    elif pos == "r":
        rules = []
    else:
        rules = [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", "")]
        rules += [("ing", "e"), ("ing", "")]
    for suffix, repl in rules:
        if key.endswith(suffix) and len(key) >= len(suffix) + 2:
            forms.append(key[: -len(suffix)] + repl)
    if pos == "v" and len(key) > 5 and key[-3] == key[-4] and key.endswith(("ed", "ing")):
        forms.append(key[: -3 if key.endswith("ed") else -4])  # "stopped" -> "stop"
    return forms


@functools.cache
def wordnet() -> WordNet:
    """The table, loaded on first use and shared by the whole process."""
    return WordNet()
