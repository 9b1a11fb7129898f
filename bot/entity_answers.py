"""Several right answers, or a disagreement: values told apart by the entity each source describes.

When sources give different values, either they describe different things sharing a name
(two films called "Night Train": each has its own right answer) or they describe the same
thing and disagree (one of them may be misinformation). What tells them apart is each
source's own description of its subject (``bot.entity_sense``): values whose sources'
descriptions conflict (a 1959 film vs a 1998 one) belong to different entities; a value whose
sources conflict with no entity's is a rival value of the best-supported one it fits (the
cautious reading: a conflict is reported, never explained away). Pages titled with different
qualifiers are different things; a source that copies another's text (its value, even its title,
changed) is the same thing, and its value a rival. Within one entity the value
more sources state independently comes first, and one source against several is never the
plain answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields

from bot.attributes import is_defining
from bot.conflicts import Candidate, Group
from bot.dates import MONTH_NUMBER
from bot.entity_sense import DEFINING_SENTENCES, Descriptor, conflicts, descriptor, entity_label
from bot.evidence import Corpus
from bot.types import Answer, Citation, Disagreement, EntityAnswer, Passage, Status, Variant
from bot.wordnet import wordnet
from index.tuning import SenseTuning

Cite = Callable[[list[Candidate], int, int], list[Citation]]
"""Makes a value's citations from its members: (members, limit, first id) -> citations."""


@dataclass
class Side:
    """One value and the sources whose own answer it is (each source counted once)."""

    group: Group
    docs: list[str]

    @property
    def value(self) -> str:
        return self.group.value

    @property
    def support(self) -> tuple[int, float]:
        """Independent support first (how many sources), then the best evidence's score."""
        return len(self.docs), self.group.score


@dataclass
class Entity:
    """Sides describing one thing, best supported first, with their sources' descriptions."""

    sides: list[Side] = field(default_factory=list)
    descriptors: list[Descriptor] = field(default_factory=list)

    @property
    def docs(self) -> list[str]:
        return [d for s in self.sides for d in s.docs]


@dataclass
class Split:
    """``entities`` when the sources describe several things sharing the name; ``rivals`` when
    sources that each describe the one thing (their opening says what it is) give different
    values, or when its best-scored value is outvoted (a disagreement, support first); else
    neither. A source that never describes the subject (a news report mentioning it) may be
    giving the value of something else it mentions, so alone it never makes a rival unless
    another source describes the subject (a reference page) and the sentence giving its value
    names the subject (a fragment or infobox of that page's subject); in news, where no source
    defines the subject, naming it says nothing. ``lead`` is the value of the one source that
    describes the subject when the best-scored value comes only from sources that do not: it
    is the answer, and theirs (perhaps about something else they mention) no rival.
    ``stated_of`` holds the value sentences (chunk ids) stated of the subject by those rules: a
    fact about the one thing, never another event's, whatever else their article is about."""

    entities: list[Entity] = field(default_factory=list)
    rivals: list[Group] = field(default_factory=list)
    lead: Group | None = None
    stated_of: set[str] = field(default_factory=set)


def by_support(groups: list[Group]) -> list[Group]:
    """Rival values, the one more sources state first (then the better evidence)."""
    return sorted(groups, key=lambda g: (-len(g.docs), -g.score))


def sides(groups: list[Group], floor: float, tune: SenseTuning) -> list[Side]:
    """Each source's own value: the value group where its best evidence lies, among the groups
    strong enough to be someone's answer; sides best supported first."""
    if not groups:
        return []
    cut = max(floor, tune.entity_ratio * groups[0].score)
    strong = [g for g in groups[: tune.entity_groups] if g.score >= cut]
    best: dict[str, tuple[float, int]] = {}
    for index, g in enumerate(strong):
        for m in g.members:
            if m.doc not in best or m.score > best[m.doc][0]:
                best[m.doc] = (m.score, index)
    out = []
    for index, g in enumerate(strong):
        docs = [d for d in g.docs if best[d][1] == index]
        if docs:
            out.append(Side(Group([m for m in g.members if m.doc in docs]), docs))
    return sorted(out, key=lambda s: (-s.support[0], -s.support[1]))


def split_entities(
    subject: str, groups: list[Group], corpus: Corpus, floor: float, tune: SenseTuning
) -> Split:
    """Entities among the value groups (see the module docstring); empty when all is one.
    Within each entity the side whose sources describe it leads an equally supported one whose
    sources do not, and an undescribed side stating some entity's own value drops (``_states_any``)."""
    found = sides(groups, floor, tune)
    if len(found) < 2 or not subject:
        return Split()
    values = " ".join(s.value for s in found)
    back = tune.page_start_sentences
    raw = {d: _describe(corpus, d, subject, s.group.members, back) for s in found for d in s.docs}
    described = {d: _beside(desc, values, subject) for d, desc in raw.items()}
    found = by_thing(found, described)
    entities: list[Entity] = []
    words = {d: _opening_words(corpus, d, tune.copy_sentences) for s in found for d in s.docs}
    vouched: set[int] = set()  # sides that describe their subject or copy a described source
    for side in found:
        mine = [described[d] for d in side.docs if not described[d].empty]
        copy_of = (e for e in entities if any(_copy_of(a, e.docs, words, tune) for a in side.docs))
        copied_home = next(copy_of, None)
        if mine or copied_home is not None:
            vouched.add(id(side))
        home = copied_home or next(
            (
                e
                for e in entities
                if not _conflict(mine, e.descriptors)
                and not _other_titles(mine, e.descriptors)
                and not (mine and _titled_apart(e.sides[0].value, e.descriptors, side.value, mine))
            ),
            None,
        )
        if home is None:
            home = Entity()
            entities.append(home)
        home.sides.append(side)
        home.descriptors.extend(mine)
    if len(entities) > 1:
        for e in entities:  # stable: equal support, the side that describes the thing leads
            e.sides.sort(key=lambda s: (-s.support[0], id(s) not in vouched))
        leads = [e.sides[0].value for e in entities]
        for e in entities:
            e.sides[1:] = [
                s
                for s in e.sides[1:]
                if id(s) in vouched
                or not all(
                    _states_any(corpus.article_text(d), leads, tune.identifying_name_words) for d in s.docs
                )
            ]
        return Split(entities=entities)
    copied = {
        d for s in found for t in found if s is not t for d in s.docs if _copy_of(d, t.docs, words, tune)
    } | reworded(found, tune)
    defined = any(not desc.empty for desc in raw.values())
    named = {m.doc for s in found for m in s.group.members if defined and _names_subject(m.quote, subject)}
    about = [s for s in found if any(not raw[d].empty or d in copied or d in named for d in s.docs)]
    about = [s for s in about if not any(_part_of(s.value, t.value) for t in about)]
    if len(about) > 1:
        stated = {
            m.chunk_id
            for s in about
            for m in s.group.members
            if not raw[m.doc].empty or m.doc in copied or (defined and _names_subject(m.quote, subject))
        }
        return Split(rivals=[s.group for s in about], stated_of=stated)
    lead = next((s for s in found if s.value == groups[0].value), None)
    top = found[0]
    outvoted = (
        lead is not None
        and top is not lead
        and top.support[0] >= tune.outvoting_sources
        and len(lead.docs) == 1
    )
    if outvoted:
        return Split(rivals=[s.group for s in found])
    describing = [s for s in about if any(not raw[d].empty for d in s.docs)]
    if lead is None or not describing or any(not raw[d].empty for d in lead.docs):
        return Split()
    own = describing[0]
    return Split() if own is lead or _part_of(lead.value, own.value) else Split(lead=own.group)


def by_thing(found: list[Side], described: dict[str, Descriptor]) -> list[Side]:
    """A value stated by pages titled as different things is each thing's own value: "directed
    by Ann Vole" on "X (1969 film)" and on "X (1994 film)" is two entities' answers (or one
    entity's rival and another's answer), so a side whose sources' titles name conflicting things
    splits into one side per titled thing. Only titles: a description read from running text is
    too loose to part sources that agree, and a title holding the other's words ("1951 film,
    screenwriter") is the same page."""
    out: list[Side] = []
    for side in found:
        parts: list[list[str]] = []
        for d in side.docs:
            home = next(
                (p for p in parts if not any(_titled_other(described[d], described[o]) for o in p)), None
            )
            if home is None:
                parts.append([d])
            else:
                home.append(d)
        out.extend(
            Side(Group([m for m in side.group.members if m.doc in part]), part) if len(parts) > 1 else side
            for part in parts
        )
    return sorted(out, key=lambda s: (-s.support[0], -s.support[1])) if len(out) > len(found) else found


def _titled_other(a: Descriptor, b: Descriptor) -> bool:
    """Two pages saying what kind of thing they are, titled apart (neither qualifier holding the
    other's words) and conflicting; a bare date in brackets ("(July 2016)") is a template's, no title."""
    mine, theirs = _words(a.qualifier), _words(b.qualifier)
    titled = bool(mine and theirs and a.kind and b.kind)
    return titled and not (mine <= theirs or theirs <= mine) and conflicts(a, b)


def reworded(found: list[Side], tune: SenseTuning) -> set[str]:
    """Sources stating their values in one sentence's words, the values apart ("As of the 1991
    census, Velm had a population of 2,150" / "According to the 1991 census, Velm had a population
    of 2,310"): one statement about one thing, whatever else their pages say, so each value is a
    rival of the other, as a copy's is. A few shared words ("Population 956") make no statement."""
    said = [(s, m.doc, _words(m.quote) - _words(m.value)) for s in found for m in s.group.members]
    return {
        doc
        for side, doc, mine in said
        for other, _, theirs in said
        if other is not side
        and len(mine & theirs) >= tune.reworded_words
        and len(mine & theirs) / len(mine | theirs) >= tune.copy_overlap
    }


def _describe(corpus: Corpus, doc: str, subject: str, members: list[Candidate], back: int) -> Descriptor:
    """What the source says its subject is, from its title and opening sentences, else from
    the sentences giving its value: a page cut mid-text opens with another page's tail, and
    its own title and defining sentence ("X (2009 film) X is a 2009 French film directed by
    Y") often are the very sentence that answers, or open the value's page a few sentences
    before it (``page_start``, read first: a value sentence such as "the township population
    was 420" merely names the subject's kind)."""
    own = opening_descriptor(corpus, doc, subject)
    if not own.empty:
        return own
    mine = [m for m in members if m.doc == doc]
    started = page_start(corpus, doc, subject, mine[0].start, back) if mine else own
    if not started.empty:
        return started
    from_quotes = (descriptor(m.quote, subject) for m in mine)
    return next((d for d in from_quotes if not d.empty), own)


def page_start(corpus: Corpus, doc: str, subject: str, start: int, back: int) -> Descriptor:
    """What the page holding a value says its subject is, when a source glues a page after
    another's tail ("... of those age 65 or over. Velm Township, Ostmark Velm Township is a
    township in Ostmark. The population was 420."): the nearest sentence before the value that
    names the subject and defines it ("X is a ...") opens the value's own page."""
    words = {w.lower() for w in re.findall(r"\w+", subject) if len(w) > 1}
    for sentence in corpus.preceding(doc, start, back):
        lowered = sentence.text.lower()
        if not words or not any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words):
            continue
        if is_defining(sentence.text, subject):
            found = descriptor(sentence.text, subject)
            if not found.empty:
                return found
    return Descriptor()


def opening_descriptor(corpus: Corpus, doc: str, subject: str) -> Descriptor:
    """What the source's title and opening sentences say its subject is (empty: a source that
    never defines the subject, such as a news report mentioning it)."""
    return descriptor(opening_text(corpus, doc), subject)


def opening_text(corpus: Corpus, doc: str) -> str:
    """The source's title and opening sentences, as ``opening_descriptor`` reads them."""
    opening = corpus.opening(doc, DEFINING_SENTENCES)
    title = opening[0].chunk.title if opening else ""
    text = " ".join(s.text for s in opening)
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return text


def _beside(desc: Descriptor, values: str, subject: str = "") -> Descriptor:
    """A description without the fields that are themselves the values at stake: "Girls'
    Generation (2007 album)" vs "(2006 album)" asked for its release date, or "an airline in
    Miami" asked where it is based, is the disagreement, not what tells two entities apart.
    A word the asked name itself holds is no value at stake: "Vale Area High School" and
    "Vale Falls High School", asked where Vale High School is, are two schools, though both
    lie in a Vale."""
    asked = _words(values) - _words(subject)
    kept = {
        f.name: getattr(desc, f.name)
        for f in fields(desc)
        if f.name == "qualifier" or not (_words(getattr(desc, f.name)) & asked)
    }
    return Descriptor(**kept)


def _conflict(mine: list[Descriptor], theirs: list[Descriptor]) -> bool:
    return any(conflicts(a, b) for a in mine for b in theirs)


def _other_titles(mine: list[Descriptor], theirs: list[Descriptor]) -> bool:
    """Pages titled with different qualifiers ("X (footballer, born 1896)", "X (born 2 June
    1926)") are different pages, so different things, even when the qualifier is the value
    asked for (a copy with its qualifier changed is caught as a copy first)."""
    return any(
        a.qualifier and b.qualifier and _words(a.qualifier) != _words(b.qualifier)
        for a in mine
        for b in theirs
    )


def _titled_apart(value: str, descs: list[Descriptor], other: str, others: list[Descriptor]) -> bool:
    """A page whose title qualifier names its own value ("Red Kettle (Moss Lane song)" for who
    sang it: whose work the page is) is that name's thing: a source that describes its subject
    and names another (not a copy of that page) is about another thing of the name, whichever
    of the two is titled. Only names: a kind in a qualifier ("(fencer)") is read as a kind."""
    if not (_is_name(value) and _is_name(other)):
        return False
    return _titled_for(value, other, descs) or _titled_for(other, value, others)


def _is_name(value: str) -> bool:
    """Every word capitalised and no figure: a proper name ("Moss Lane"), not a kind or a date."""
    words = re.findall(r"\w+", value)
    return bool(words) and all(w[:1].isupper() and not w.isdigit() for w in words)


def _titled_for(value: str, other: str, descs: list[Descriptor]) -> bool:
    mine, yours = _words(value), _words(other)
    return bool(mine) and any(
        d.qualifier and mine <= _words(d.qualifier) and not yours & _words(d.qualifier) for d in descs
    )


def _states_any(text: str, values: list[str], name_words: int = SenseTuning.identifying_name_words) -> bool:
    """Whether the text states one of the values, word for word ("launched on 17 October 1871").

    Among several things sharing a name, a source that never says what its subject is and
    gives a value of its own, yet states one of the things' values too, is no witness against
    any of them: its own value is another event's (a fit-out the year after a launch, a
    memorial raised where a church stood) or another role's (a film's listing naming its
    writer, who directs the film, beside some other director), so it is no rival. Only values
    that identify a thing so: one with a figure (a date, a count) or a full proper name of
    ``name_words`` capitalised words or more ("Ann Vole"); a word such as "football" or a
    one-word name ("Brazil") is stated in passing anywhere."""
    for value in values:
        words = re.findall(r"\w+", value)
        if not any(w.isdigit() for w in words) and not (len(words) >= name_words and _is_name(value)):
            continue
        if words and re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", text, re.I):
            return True
    return False


def _part_of(value: str, other: str) -> bool:
    """Whether ``value`` says part of what ``other`` says ("Ontario" of "Pine County,
    Ontario", "1911" of "July 4, 1911"): the fuller value agrees with it, no rival."""
    mine, theirs = _words(value), _words(other)
    return bool(mine) and mine < theirs


def _names_subject(quote: str, subject: str) -> bool:
    """Whether the sentence giving a value names the subject in full ("the Varn County
    Courthouse ... Built 1880"): beside a page describing the subject, the value is stated of
    it even by a source whose opening never describes it (a fragment, an infobox)."""
    wanted = {w for w in _words(subject) if len(w) > 1}
    return bool(wanted) and wanted <= _words(quote)


def _opening_words(corpus: Corpus, doc: str, sentences: int) -> set[str]:
    return _words(" ".join(s.text for s in corpus.opening(doc, sentences)))


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def _copy_of(doc: str, others: list[str], words: dict[str, set[str]], tune: SenseTuning) -> bool:
    """Whether ``doc`` and one of ``others`` share most of their opening words: one text (a
    copy, perhaps with its value changed) describes one thing, so their values disagree, and
    the copy is about the subject as surely as its original."""
    a = words[doc]
    return any(a and words[o] and len(a & words[o]) / len(a | words[o]) >= tune.copy_overlap for o in others)


def entity_answer(
    question: str,
    subject: str,
    about: str,
    split: Split,
    passages: list[Passage],
    cite: Cite,
    limit: int,
) -> Answer:
    """Several right answers: each entity's value with its sources and what tells it apart;
    an entity whose own sources differ carries that disagreement (a true conflict)."""
    answers: list[EntityAnswer] = []
    citations: list[Citation] = []
    for entity in split.entities:
        label = _label(subject, entity)
        variants = []
        for side in entity.sides:
            cites = cite(side.group.members, limit, len(citations) + 1)
            citations.extend(cites)
            variants.append(Variant(fullest_kind(side.group), cites))
        disagreement = None
        if len(variants) > 1:
            sides_text = " vs ".join(
                f"{v.value!r} ({', '.join(sorted({c.doc for c in v.citations}))})" for v in variants
            )
            disagreement = Disagreement(
                f"{about} of {label}",
                f"The sources disagree on the {about} of {label}: {sides_text}.",
                variants,
            )
        answers.append(EntityAnswer(label, variants[0].value, variants[0].citations, disagreement))
    parts = [
        f"{a.label}: {a.value}" + (f" (sources differ: {_others(a.disagreement)})" if a.disagreement else "")
        for a in answers
    ]
    text = f"{len(answers)} different things are called {subject}. " + "; ".join(parts)
    note = (
        f"The sources describe {len(answers)} different things called {subject}; each has its own "
        f"{about} (not a disagreement)."
    )
    return Answer(
        question,
        Status.ANSWERED,
        text,
        citations=citations,
        disagreements=[a.disagreement for a in answers if a.disagreement is not None],
        passages=passages,
        note=note,
        entities=answers,
    )


def fullest_date(group: Group) -> str:
    """The fullest wording of a date its sources agree on: "27 April 2010" beside "2010", a
    member that adds only a day and a month to the lead's words; any other value as it is."""
    lead = _words(group.value)
    if not any(w.isdigit() for w in lead):
        return group.value
    fuller = [
        m.value
        for m in group.members
        if lead < _words(m.value) and all(w.isdigit() or w in MONTH_NUMBER for w in _words(m.value) - lead)
    ]
    return max(fuller, key=len, default=group.value)


def fullest_kind(group: Group) -> str:
    """The most precise wording of a kind its sources give: a member that adds modifiers before
    the lead's words and that WordNet files under the lead ("ice hockey" beside "hockey",
    "landscape architect" beside "architect"); dates as ``fullest_date``; any other value as it is."""
    lead = group.value
    if any(w.isdigit() for w in _words(lead)):
        return fullest_date(group)
    wn = wordnet()
    fuller = [
        m.value
        for m in group.members
        if m.value.lower().endswith(" " + lead.lower()) and wn.is_kind_of(m.value, lead)
    ]
    return max(fuller, key=len, default=lead)


def _others(disagreement: Disagreement) -> str:
    return " vs ".join(v.value for v in disagreement.variants[1:])


def _label(subject: str, entity: Entity) -> str:
    """ "Night Train (1959 film)"; a thing its sources do not describe is named by its sources."""
    described = entity_label(entity.descriptors) if entity.descriptors else ""
    return f"{subject} {described}" if described else f"{subject} (as in {', '.join(entity.docs)})"
