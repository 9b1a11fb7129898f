"""Which entity a document describes, when one name means several things.

Two films called "Night Train", two players called "Jon Tarn": documents that answer the
same question differently are either about different entities (several right answers) or
about the same one (a disagreement, possibly misinformation). What tells them apart is the
document's own description of its subject: a title qualifier ("Night Train (1959 film)") or
the defining sentence ("X is an English cricketer", "X is a 1998 film"). Documents whose
descriptions differ in a year, a type noun, an origin or a place describe different
entities; the same or no description means the same entity (the cautious reading: a
conflict is reported rather than explained away).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

from bot.attributes import _may_define, is_defining
from bot.nlp import dependency_parse, parse_many
from bot.wordnet import wordnet
from index.lexicon import PLACE_LABELS
from index.split import split_sentences
from index.tuning import SenseTuning

TITLE_WINDOW = 200
"""A title qualifier sits at the top of a page: "Name (qualifier)" within its first line."""

DEFINING_SENTENCES = 3
"""The defining sentence opens an article; a later "X is a ..." is usually about something else."""

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_YEARS = re.compile(r"(?:1[5-9]\d\d|20\d\d)\s*[–—-]\s*(?:1[5-9]\d\d|20\d\d)")
"""A span of years as a title qualifier: the life of "Ada Vale (1848–1912)", one namesake's."""
_QUALIFIER = re.compile(r"^\W*(?P<title>[^()\n]{1,100}?)\s*\((?P<qual>[^()\n]{1,60})\)")
_HEADLINE = re.compile(r"^\W*(?P<name>[^:|\n]{1,100}?)\s+:\s+(?P<says>[^|\n.:(]{1,150})")
"""A page's headline: the name, a spaced colon, what it says of the name (to a bar, a bracket, a full stop or a line's end)."""
_NOTE_MARKS = re.compile(r"[:;\"“”„«»]")
"""A parenthesis holding a colon, a semicolon or quotation marks is a note on the name."""
_MONTHS = "january february march april may june july august september october november december"
_NOT_NAMES = frozenset(["born", "died", "of", "the", "and", *_MONTHS.split()])


@dataclass(frozen=True)
class Descriptor:
    """What a document says its subject is; empty fields are unknown, never "different"."""

    year: str = ""
    kind: str = ""
    origin: str = ""
    place: str = ""
    qualifier: str = ""
    name: str = ""

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def label(self) -> str:
        """ "(1959 film)": the qualifier as written, else the page's full name, else year, origin,
        kind and place, else a note on the name ('US: "Red Door"')."""
        if self.qualifier and not is_note(self.qualifier):
            return f"({self.qualifier})"
        if self.name:
            return f"({self.name})"
        words = [w for w in (self.year, self.origin, self.kind) if w]
        noted = is_note(self.qualifier) and _words(self.place) <= _words(self.qualifier)
        if self.place and not noted:  # "US Red Door" of 'US: "Red Door"' is a note's words
            words.append(f"in {self.place}" if words else self.place)
        if words:
            return f"({' '.join(words)})"
        return f"({self.qualifier})" if self.qualifier else ""  # a note is better than nothing


def is_note(qualifier: str) -> bool:
    """Whether a parenthesis after a page's name is a note on the name, not a label for its thing.

    General pattern: a parenthesis holding a colon, a semicolon or quotation marks notes a
    native spelling, an alternative title or a pronunciation ("Velmish: Ivo Marnic; 1590 -
    1722", 'US: "Red Door"'), never the short plain phrase that names a namesake ("1959 film",
    "footballer, born 1896"). It still sets the page apart from its namesakes' pages; it just
    says nothing a reader can tell them apart by."""
    return bool(_NOTE_MARKS.search(qualifier))


@dataclass(frozen=True)
class EntityGroup:
    """Documents (indices into the input) describing one entity, and what tells it apart."""

    label: str
    members: tuple[int, ...]
    descriptor: Descriptor


def descriptor(text: str, subject: str, name_words: int = SenseTuning.title_name_words) -> Descriptor:
    """The document's description of ``subject``: its title qualifier merged with its defining
    sentence (the qualifier's fields win where both speak) and its title's full name."""
    from_title = _title_qualifier(text, subject)
    if from_title.empty:
        from_title = headline(text, subject, name_words)
    from_sentence = _defining(text, subject)
    merged = {
        f.name: getattr(from_title, f.name) or getattr(from_sentence, f.name) for f in fields(Descriptor)
    }
    merged["name"] = title_name(text, subject, name_words)
    return Descriptor(**merged)


def title_name(text: str, subject: str, most: int = SenseTuning.title_name_words) -> str:
    """ "Odo of Velm Odo of Velm was a monk": a page whose title line runs into
    its first sentence, which names the subject again, calls it by the title's full name. The
    title ends where the body repeats it whole, else repeats it after one word ("The", "Saint"),
    else restarts with as many of its first words as the asked name has (or earlier, at its
    parenthesised qualifier); it starts with a capital and shares a word with the asked name."""
    words = re.findall(r"\S+", text[:TITLE_WINDOW])[: most + 2]
    if not words or not words[0][:1].isupper():
        return ""
    closing = next((i + 1 for i, w in enumerate(words[:most]) if w.endswith(")")), most)
    need = len(_words(subject))
    for skip, whole in ((0, True), (1, True), (0, False)):
        repeat = next(
            (
                k
                for k in range(1, min(most, len(words) - 1) + 1)
                if _same_run(words[k + skip :], words[:k] if whole else words[: max(1, min(k, need))])
            ),
            None,
        )
        if repeat is not None:
            break
    if repeat is None:
        return ""
    title = re.sub(r"\s*\([^()]*\)?", "", " ".join(words[: min(closing, repeat)])).split()
    while title and title[-1].lower() in {"the", "a", "an", "is", "was", "are", "were"}:
        title.pop()  # "... Site The": the body's article, "... Canada is": its verb
    name = " ".join(title).strip(" ,;:-")
    extends = not _name_words(name) <= _name_words(subject)
    return name if extends and _words(name) & _words(subject) else ""


def _same_run(words: list[str], wanted: list[str]) -> bool:
    """``words`` start with ``wanted``, compared without case or punctuation."""
    plain = [_plain(w) for w in words[: len(wanted)]]
    return len(plain) == len(wanted) and all(p and p == _plain(w) for p, w in zip(plain, wanted, strict=True))


def _plain(word: str) -> str:
    return re.sub(r"\W", "", word).lower()


def title_qualifier(text: str, subject: str) -> str:
    """The qualifier of a page's disambiguating title ("Blue Harbour (Anna Marlow album)" ->
    "Anna Marlow album"), when the title shares a word with the subject; "" otherwise."""
    match = _QUALIFIER.match(text[:TITLE_WINDOW])
    if not match or not _words(match.group("title")) & _words(subject):
        return ""
    return " ".join(match.group("qual").replace(" ,", ",").split())


def _title_qualifier(text: str, subject: str) -> Descriptor:
    """ "Jon Tarn (rugby league) Jonathan Tarn was ...": Wikipedia's disambiguating title,
    when the title shares a word with the subject."""
    match = _QUALIFIER.match(text[:TITLE_WINDOW])
    if not match or not _words(match.group("title")) & _words(subject):
        return Descriptor()
    qual = " ".join(match.group("qual").replace(" ,", ",").split())
    if not re.search(r"[a-z]", qual) and not (_YEAR.fullmatch(qual) or _YEARS.fullmatch(qual)):
        return Descriptor()  # "(VAHS)", "(18281)": an abbreviation or a number, not a qualifier
    year = _YEAR.search(qual)
    rest = [w for w in re.findall(r"[^\W\d]+", _YEAR.sub(" ", qual)) if w.lower() not in _NOT_NAMES]
    wn = wordnet()
    kind = " ".join(w for w in rest if w.islower() and wn.senses(w))
    other = " ".join(w for w in rest if w[:1].isupper())
    return Descriptor(year=year.group() if year else "", kind=kind, place=other, qualifier=qual)


def headline(text: str, subject: str, name_words: int = SenseTuning.title_name_words) -> Descriptor:
    """Pattern: a page titled with the asked name, a spaced colon and what the name's subject is
    ("Ada Vell : Velmish chess player who won the Tarn Open | The Daily Post", "Ada Vell :
    Painter | Biography") is titled as "Ada Vell (chess player)" would be: the kind's noun
    phrase, read as "Ada Vell is a chess player who ...", is the title's qualifier. The name
    must hold every word of the asked name and be no longer than a title; words after the colon
    that state no kind ("Ada Vell : I will play on") make no title."""
    match = _HEADLINE.match(text[:TITLE_WINDOW])
    asked = _words(subject)
    if match is None or not asked or not asked <= _words(match.group("name")):
        return Descriptor()
    if len(re.findall(r"\w+", match.group("name"))) > name_words:
        return Descriptor()
    says = " ".join(match.group("says").split())
    first, _, rest = says.partition(" ")
    if first[:1].isupper() and wordnet().senses(first.lower()):
        says = f"{first.lower()} {rest}".strip()  # "Painter": a heading's capital, no name
    article = "" if re.match(r"(?i)(?:an?|the)\b", says) else "a "
    sentence = f"{subject} is {article}{says}."
    found = _defining(sentence, subject)
    root = next((t for t in dependency_parse(sentence) if t.dep_ == "ROOT"), None)
    attr = next((c for c in root.children if c.dep_ == "attr"), None) if root is not None else None
    if not found.kind or attr is None:
        return Descriptor()
    phrase = [t.text for t in attr.subtree if (t.i <= attr.i and t.dep_ in {"amod", "compound"}) or t is attr]
    if phrase[0] == first.lower():
        phrase[0] = first  # as the headline writes it: "Rugby league player"
    return replace(found, qualifier=" ".join(phrase))


def parse_defining_ahead(texts: list[str], subject: str) -> None:
    """Parse in one batch the sentence ``descriptor`` certainly parses in each text: the first
    opening sentence that may define the subject without a parse (``is_defining`` parses it)."""
    words = {w.lower() for w in re.findall(r"\w+", subject)}
    first = []
    for text in texts:
        opening = (text[a:b] for a, b in split_sentences(text, 0, len(text))[:DEFINING_SENTENCES])
        found = next((s for s in opening if _may_define(s.lower(), words)), None)
        if found is not None:
            first.append(found)
    parse_many(first)


def _defining(text: str, subject: str) -> Descriptor:
    """Year, type noun, origin and place from the first defining sentence ("X (born 1974) is an
    English cricketer", "X is a township in Beltrami County")."""
    for start, end in split_sentences(text, 0, len(text))[:DEFINING_SENTENCES]:
        sentence = text[start:end]
        if not is_defining(sentence, subject):
            continue
        doc = dependency_parse(sentence)
        root = next(t for t in doc if t.dep_ == "ROOT")
        attr = next((c for c in root.children if c.dep_ == "attr"), None)
        if attr is None or states_attribute(root, subject):
            return Descriptor()
        described = list(attr.subtree)
        lo, hi = described[0].idx, described[-1].idx + len(described[-1])
        before = sentence[: root.idx]
        near = [t for t in attr.children if t.dep_ in {"amod", "compound", "nummod"}]
        year = _YEAR.search(" ".join(t.text for t in near)) or _YEAR.search(before)
        origin = next((t.text for t in near if t.ent_type_ in {"NORP", "LANGUAGE"} or t.tag_ == "NNPS"), "")
        place = next((e.text for e in doc.ents if e.label_ in PLACE_LABELS and lo <= e.start_char < hi), "")
        kind = attr.lemma_.lower() if attr.pos_ == "NOUN" else ""
        return Descriptor(year=year.group() if year else "", kind=kind, origin=origin, place=place)
    return Descriptor()


def states_attribute(root: Any, subject: str) -> bool:
    """ "The population of Velm Township is about 900 residents", "the median age in Velm was
    40 years": the copula's subject is a common noun of X (X only in its prepositional phrase),
    so the sentence gives one of X's attributes, not what X is ("residents" is no kind of X)."""
    words = _words(subject)
    for noun in (c for c in root.children if c.dep_ == "nsubj"):
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.lower_ in words:
            continue
        phrases = (t for prep in noun.children if prep.dep_ == "prep" for t in prep.subtree)
        if words & {t.lower_ for t in phrases}:
            return True
    return False


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text) if len(w) > 1}


def conflicts(a: Descriptor, b: Descriptor) -> bool:
    """Different entities: a field both give differs (a 1959 film vs a 1998 one, a cricketer vs
    a footballer, Kastoria vs Chromio). A type noun that is a kind of the other ("novelist",
    "writer") is no difference."""
    if a.year and b.year and a.year != b.year:
        return True
    if a.kind and b.kind and not _same_kind(a.kind, b.kind):
        return True
    if a.origin and b.origin and a.origin.lower() != b.origin.lower():
        return True
    if other_names(a.name, b.name):
        return True
    return bool(a.place and b.place) and other_places(a.place, b.place)


def other_places(a: str, b: str) -> bool:
    """Places sharing no word, or only the kind word closing both names ("Ionia County" and
    "Summit County, Ohio": two counties), are different places; "Summit County, Ohio" and
    "Ohio" may be one (the one lies in the other)."""
    shared = _words(a) & _words(b)
    heads = {_kind_word(a), _kind_word(b)}
    return not shared or (len(heads) == 1 and shared == heads - {""})


def _kind_word(place: str) -> str:
    """The last word of a place's own name when a name precedes it ("Ionia County" -> "county")."""
    name = re.findall(r"\w+", place.split(",")[0].lower())
    return name[-1] if len(name) > 1 else ""


def other_names(a: str, b: str) -> bool:
    """Pages calling their subjects by full names neither of which contains the other's words
    ("Odo of Velm", "Odo of Ostrin") are about different things; "Jon Tarn" and
    "Jonathan Jon Tarn" may be one."""
    mine, theirs = _name_words(a), _name_words(b)
    return bool(mine and theirs) and not (mine <= theirs or theirs <= mine)


def _name_words(name: str) -> set[str]:
    """A name's words, single letters and digits included ("Satellite 2" is not "Satellite 3")."""
    return {w.lower() for w in re.findall(r"\w+", name)} - {"the", "of", "a", "an", "and", "in", "at", "on"}


def _same_kind(a: str, b: str) -> bool:
    wn = wordnet()
    a_head, b_head = a.split()[-1], b.split()[-1]
    return a_head == b_head or wn.is_kind_of(a_head, b_head) or wn.is_kind_of(b_head, a_head)


def _agrees(a: Descriptor, b: Descriptor) -> bool:
    """Some field both give is the same: positive evidence, not just absence of conflict."""
    return any(
        getattr(a, name) and getattr(a, name).lower() == getattr(b, name).lower()
        for name in ("year", "kind", "origin", "place", "qualifier", "name")
    )


def same_entity(text_a: str, text_b: str, subject: str) -> bool:
    """Whether two documents giving different values for one attribute describe the same
    entity (a disagreement) rather than two entities sharing a name (two right answers)."""
    return not conflicts(descriptor(text_a, subject), descriptor(text_b, subject))


def group_by_entity(texts: list[str], subject: str) -> list[EntityGroup]:
    """Documents grouped by the entity they describe: each described document joins the first
    group it agrees with and conflicts with no member of, else starts one. Documents with no
    description form a last group labelled "" (they may be about any of the others)."""
    described: list[tuple[list[int], list[Descriptor]]] = []
    undescribed: list[int] = []
    for index, text in enumerate(texts):
        mine = descriptor(text, subject)
        if mine.empty:
            undescribed.append(index)
            continue
        for members, descs in described:
            if any(_agrees(mine, d) for d in descs) and not any(conflicts(mine, d) for d in descs):
                members.append(index)
                descs.append(mine)
                break
        else:
            described.append(([index], [mine]))
    groups = [EntityGroup(entity_label(descs), tuple(members), descs[0]) for members, descs in described]
    if undescribed:
        groups.append(EntityGroup("", tuple(undescribed), Descriptor()))
    return groups


def entity_label(descs: list[Descriptor]) -> str:
    """The most telling member's label: a title qualifier if any, else the fullest description."""
    best = max(
        descs,
        key=lambda d: (
            bool(d.qualifier) and not is_note(d.qualifier),
            sum(bool(getattr(d, f.name)) for f in fields(d)),
        ),
    )
    return best.label()
