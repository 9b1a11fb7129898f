"""Extractive answers: find the value the question asks for, in every source that states it.

Deterministic and offline. Each retrieved sentence above the evidence floor offers typed
candidates (a count with its unit, a person, place, date or organisation, or the sentence
itself); compatible candidates are grouped across sources and the best-supported group is
the answer. Below the calibrated threshold the answer is "not in the sources".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

from bot.conflicts import Candidate, Group, disagreeing, group
from bot.evidence import EvidenceSentence, terms
from bot.nlp import Entity, parse
from bot.question import ENTITY_LABELS, Kind, Question, analyse
from bot.retrieve import Retriever
from bot.roles import Ask, asked_role, core_terms, frames, name_in
from bot.text import TokenPool, normalise, stem, surface_forms, tokens
from bot.types import NOT_IN_SOURCES, Answer, Citation, Disagreement, Passage, Status, Variant
from bot.values import MONEY, MONEY_WORDS, Quantity, in_years, parse_quantities, unit_matches
from index.settings import Settings

PEOPLE = {"people", "person", "resident", "inhabitant", "citizen", "individual", "soul"}
TIME_UNITS = {"year", "decade", "month", "week", "day", "hour", "minute", "century"}
_DURATION = re.compile(
    r"^(?:more than |over |about |nearly |almost |some |at least )?[\w-]+\s+(?:years?|decades?|months?|weeks?|days?|hours?)$",
    re.I,
)
_ANAPHOR = re.compile(r"^\W*(these|those|this|they|such)\b", re.I)
_REPORTING = re.compile(r"\b(said|say|says|told|tell|warn\w*|announc\w*|stat\w*|claim\w*|quoted)\b", re.I)
MAX_CITATIONS = 6
ROLE_BONUS = 0.1
"""A value in the role the question asks about outranks a name that merely co-occurs."""
PREDICATE_WEIGHT = 0.15
"""How much stating the asked (non-name) words, IDF-weighted, lifts an open question's sentence."""
SAME_POINT = 0.65
"""Cosine at which another source's sentence makes the same point as the answer (co-cited)."""


class Answerer:
    def __init__(self, retriever: Retriever, settings: Settings) -> None:
        self.retriever, self.settings = retriever, settings

    def answer(self, question: str) -> Answer:
        q = analyse(question)
        found = self.retriever.search(question)
        hits = found.sentences
        passages = self.retriever.context(hits, question, self.settings.top_k, vector=found.vector)
        floor = self.settings.min_evidence
        usable = [
            h
            for h in hits
            if h.score >= floor * 0.8 and self._mentions_key_terms(q, h) and self._states(q, h)
        ]
        candidates = self._candidates(q, usable)
        if not candidates and q.duration:  # "until the situation improves" answers "how long"
            stated = [h for h in hits if h.score >= floor and self._in_article(q, h) and self._states(q, h)]
            candidates = self._sentences(stated)
        groups = [g for g in group(candidates) if g.score >= floor]
        if not groups:
            return Answer(
                question,
                Status.NOT_IN_SOURCES,
                NOT_IN_SOURCES,
                passages=passages,
                note="No indexed article states this; the closest passages are listed.",
            )
        ratio = 0.6 if q.kind is Kind.COUNT else 0.8  # a count of the same noun is strong evidence
        rivals = disagreeing(groups, floor, ratio) if q.kind is not Kind.OPEN else []
        if rivals and q.kind is not Kind.COUNT:
            rivals = self._aligned_rivals(rivals, hits)
        if rivals:
            return self._disagreement(q, rivals, passages)
        top = groups[0]
        citations = _citations(top.members)
        docs = top.docs
        note = (
            f"Only one source states this: {docs[0]}."
            if len(docs) == 1
            else f"{len(docs)} sources state this."
        )
        if len(top.variants()) > 1 and q.kind is Kind.COUNT:
            note += " Wording varies: " + "; ".join(top.variants()) + "."
        return Answer(
            question,
            Status.ANSWERED,
            top.value,
            citations=citations,
            single_source=len(docs) == 1,
            passages=passages,
            note=note,
        )

    # --- gating ------------------------------------------------------------------------
    def _states(self, q: Question, hit: EvidenceSentence) -> bool:
        if q.kind is Kind.PERSON and _titled_name(q, hit.chunk.text):
            return True  # "Who is the secretary of state?" - "Secretary of State Antony Blinken"
        previous = hit.previous
        return _states_predicate(q, hit, previous.text if previous else "")

    def _in_article(self, q: Question, hit: EvidenceSentence) -> bool:
        article = hit.article_tokens
        sentence = hit.terms
        return all(sentence.has(t) or article.has(t) for t in q.key_terms)

    def _mentions_key_terms(self, q: Question, hit: EvidenceSentence) -> bool:
        """Names in the question must be in the evidence's article; a count's modifiers nearby."""
        if q.kind is not Kind.COUNT:
            return self._in_article(q, hit)
        window = terms(hit.window(before=2))  # where a count's subject is usually named
        if not all(window.has(m) for m in q.modifiers):
            return False  # "Russian troops" are not the troops of another country
        others = [t for t in q.key_terms if t not in q.modifiers]
        missing = sum(1 for t in others if not window.has(t))
        return missing <= max(0, (len(others) - 1) // 2)  # an agent may be paraphrased

    # --- candidates --------------------------------------------------------------------
    def _candidates(self, q: Question, hits: list[EvidenceSentence]) -> list[Candidate]:
        if q.kind is Kind.COUNT:
            return self._counts(q, hits)
        if q.kind in ENTITY_LABELS:
            found = self._entities(q, hits)
            if found or q.kind in (Kind.DATE, Kind.PERSON):
                return found  # no date or person in the evidence: a sentence does not answer "when"/"who"
            hits = [h for h in hits if h.score >= self.settings.min_evidence + 0.1]
        if q.kind is Kind.OPEN:
            hits = self._by_predicate(q, hits)
        return self._sentences(hits)

    def _by_predicate(self, q: Question, hits: list[EvidenceSentence]) -> list[EvidenceSentence]:
        """Open questions: among sentences naming the same things, the one stating the asked words.

        "Were civilians killed in the strikes?" is answered by the sentence about civilians
        (the main verb, its subject and object), not by the one that names the strikes most
        fully; rarer words weigh more (IDF).
        """
        predicate = set(core_terms(q.text)) - set(q.key_terms) - WH_NOUNS
        if not hits:
            return hits
        weights = {t: hits[0].corpus.idf(t) for t in predicate}
        total = sum(weights.values())
        if not total:
            return hits

        def rank(hit: EvidenceSentence) -> float:
            pool = terms(hit.chunk.text)
            return hit.score + PREDICATE_WEIGHT * sum(w for t, w in weights.items() if pool.has(t)) / total

        return sorted(hits, key=rank, reverse=True)

    def _counts(self, q: Question, hits: list[EvidenceSentence]) -> list[Candidate]:
        out = []
        asked = TokenPool(q.content)
        for hit in hits:
            text = hit.chunk.text
            quantities = parse_quantities(text)
            chosen = [x for x in quantities if self._counts_target(q, x.unit, hit)]
            if q.duration:
                chosen = [x for x in chosen if _context_overlap(text, x, asked, q.key_terms) > 0]
            if not chosen and not q.duration:
                chosen = [x for x in quantities if not x.unit and _verb_before(text, x, asked)]
            if not chosen and q.target and not q.duration and _names_target(text, q.target):
                named = [x for x in quantities if x.unit and x.unit not in TIME_UNITS]
                if len(named) == 1:
                    chosen = named  # "how many Pakistanis" -> "Pakistan evacuated 318 nationals"
            for x in chosen:
                value = _with_unit(text, x) if x.unit in TIME_UNITS | MONEY else x.text
                bonus = 0.02 * _context_overlap(text, x, asked)
                out.append(_candidate(hit, value, value.lower(), hit.score + bonus, in_years(x)))
        return out

    def _counts_target(self, q: Question, unit: str, hit: EvidenceSentence) -> bool:
        if q.duration:
            return unit in TIME_UNITS
        if not q.target or not unit:
            return False
        if q.target in MONEY_WORDS or q.text.lower().startswith("how much"):
            return unit in MONEY or unit_matches(unit, q.target)
        if q.target == "people" and unit in PEOPLE:
            return True
        return unit_matches(unit, q.target) or hit.corpus.words.similar(unit, q.target, 0.75)

    def _entities(self, q: Question, hits: list[EvidenceSentence]) -> list[Candidate]:
        labels = ENTITY_LABELS[q.kind]
        asked = TokenPool(tokens(q.text))
        plural = bool(
            re.search(r"\b(which|what)\s+(?:[\w-]+\s+){0,3}?\w+(ies|s)\b", q.text, re.I)
        ) and not re.search(r"\b(which|what)\s+(?:[\w-]+\s+){0,3}?\w*(ss|us|is)\b", q.text, re.I)
        out: list[Candidate] = []
        best = hits[0].score if hits else 0.0
        aliases = _aliases(h.chunk.text for h in hits[:10])
        ask = asked_role(q.text) if q.kind in (Kind.PERSON, Kind.ORG) else None
        from_frames: list[Candidate] = []
        for rank, hit in enumerate(hits[:10]):
            if hit.score < 0.6 * best:
                break
            values = []
            bonus: dict[str, float] = {}
            entities = parse(hit.chunk.text).entities
            framed = self._role_fillers(ask, hit.chunk.text, entities, asked) if ask else None
            weak = hit.score < 0.8 * best  # a name from weaker evidence answers some other question...
            if weak and not framed and not (q.kind is Kind.PERSON and _titled_name(q, hit.chunk.text)):
                continue  # ...unless it fills the asked role or carries the asked title
            if framed is not None:  # the sentence uses the asked verb: its role filler answers
                for value in framed:
                    from_frames.append(
                        _candidate(
                            hit,
                            value,
                            aliases.get(_name_key(value), _name_key(value)),
                            hit.score - 0.01 * rank + ROLE_BONUS,
                        )
                    )
                continue
            for i, ent in enumerate(entities):
                if ent.label not in labels or _mislabelled_in_list(hit.chunk.text, entities, i):
                    continue
                if q.kind is Kind.DATE and not q.duration and _DURATION.match(ent.text):
                    continue
                if _is_asked(ent.text, hit.chunk.text[ent.end :], asked):
                    continue
                words = tokens(ent.text)
                value = _expand_list(hit.chunk.text, ent.start, ent.end) if plural else ent.text
                values.append(value)
                rarity = min(1.0, max(hit.corpus.idf(w) for w in words) / 4.0)
                near = tokens(" ".join(hit.chunk.text[: ent.start].split()[-4:]))
                role = 0.03 * sum(1 for t in near if asked.has(t))
                preferred = 0.05 if ent.label == labels[0] else 0.0  # an ORG over an adjective-like NORP
                bonus[value] = (
                    _role_bonus(q.kind, hit.chunk.text[: ent.start]) + 0.1 * rarity - 0.05 + role + preferred
                )
            if q.kind is Kind.PERSON and hit.chunk.speaker and _REPORTING.search(q.text):
                speaker_words = tokens(hit.chunk.speaker)
                if speaker_words and not all(asked.has(w) for w in speaker_words):
                    values.insert(0, hit.chunk.speaker)
            if not values:
                continue
            values.sort(key=lambda v: -bonus.get(v, 0.0))
            for value in values[:1]:
                score = hit.score - 0.01 * rank + bonus.get(value, 0.0)
                key = _name_key(value)
                out.append(_candidate(hit, value, aliases.get(key, key), score))
        return from_frames or out  # sentences with the asked verb outrank co-occurring names

    def _role_fillers(
        self, ask: Ask, text: str, entities: tuple[Entity, ...], asked: TokenPool
    ) -> list[str] | None:
        """Fillers of the asked role where the sentence uses the question's verb.

        None when it does not (or only a pronoun fills the role): other evidence decides.
        An empty list means the verb is there but its filler is what the question names
        ("who leads HTS" against "led by HTS"): this sentence does not answer.
        """
        fillers = [
            f.agent if ask.role == "agent" else f.patient for f in frames(text) if f.lemma == ask.lemma
        ]
        named = [f for f in fillers if f is not None and not f.pronoun]
        if not named:
            return None
        if ask.about and not any(terms(text).has(t) for t in ask.about):
            return []  # the verb, but about something else ("lead" a team, not "lead HTS")
        ents = [(e.text, e.label, e.start, e.end) for e in entities]
        out = []
        for filler in named:
            value, _, end = name_in(filler, ents)
            if not _is_asked(value, text[end:], asked):
                out.append(value)
        return out

    def _sentences(self, hits: list[EvidenceSentence]) -> list[Candidate]:
        """Open questions: the best sentence, cited with every source that says much the same."""
        if not hits:
            return []
        best = hits[0]
        best.corpus.load_vectors(hits[:12])
        anchor = best.vector
        previous = best.previous if _ANAPHOR.match(best.chunk.text) else None
        if previous is not None:  # "These nations ...": the sentence before says which
            text = previous.text + " " + best.chunk.text
            out = [_candidate(best, text, "sentence", best.score)]
            out.append(_candidate(previous, text, "sentence", best.score - 0.01))
        else:
            out = [_candidate(best, best.chunk.text, "sentence", best.score)]
        seen = {best.chunk.doc}
        for hit in hits[1:12]:
            vec = hit.vector
            if hit.chunk.doc in seen or vec is None or anchor is None:
                continue
            if float(np.dot(anchor, vec)) >= SAME_POINT and hit.score >= 0.85 * best.score:
                out.append(_candidate(hit, best.chunk.text, "sentence", hit.score))
                seen.add(hit.chunk.doc)
        return out

    # --- disagreement ------------------------------------------------------------------
    def _aligned_rivals(self, groups: list[Group], hits: list[EvidenceSentence]) -> list[Group]:
        """Names or dates differ only if the sentences giving them say the same thing otherwise."""
        by_id = {h.chunk.id: h for h in hits}
        leads = [by_id[g.members[0].chunk_id] for g in groups if g.members[0].chunk_id in by_id]
        if leads:
            leads[0].corpus.load_vectors(leads)
        vectors = {s.chunk.id: s.vector for s in leads if s.vector is not None}
        anchor = vectors.get(groups[0].members[0].chunk_id)
        if anchor is None:
            return []
        kept = [
            g
            for g in groups[1:]
            if g.members[0].chunk_id in vectors
            and float(np.dot(anchor, vectors[g.members[0].chunk_id])) >= 0.8
        ]
        return [groups[0], *kept] if kept else []

    def _disagreement(self, q: Question, groups: list[Group], passages: list[Passage]) -> Answer:
        variants = []
        all_citations: list[Citation] = []
        for g in groups:
            cites = _citations(g.members, first_id=len(all_citations) + 1)
            all_citations.extend(cites)
            variants.append(Variant(g.value, cites))
        about = q.target or q.kind.value
        sides = " vs ".join(
            f"{v.value!r} ({', '.join(sorted({c.doc for c in v.citations}))})" for v in variants
        )
        note = f"The sources disagree on the {about}: {sides}."
        text = "The sources differ: " + " vs ".join(v.value for v in variants)
        docs = {c.doc for c in all_citations}
        return Answer(
            q.text,
            Status.ANSWERED,
            text,
            citations=all_citations,
            disagreements=[Disagreement(about, note, variants)],
            single_source=len(docs) == 1,
            passages=passages,
            note=note,
        )


WH_NOUNS = {
    "citi",
    "city",
    "countri",
    "country",
    "town",
    "place",
    "region",
    "day",
    "date",
    "year",
    "month",
    "time",
    "person",
    "peopl",
    "group",
    "organ",
    "organis",
    "organiz",
    "agenc",
    "part",
    "name",
}


def _states_predicate(q: Question, hit: EvidenceSentence, previous: str = "") -> bool:
    """The evidence must state what is asked about, not only name the same people and places.

    The sentence before counts too: "the citizens" are the Pakistanis it just named.
    """
    predicate = [t for t in q.content if t not in set(q.key_terms) and t not in WH_NOUNS and t != q.target]
    if not predicate or hit.dense >= 0.7:
        return True
    needed = 0.5 if q.kind is Kind.OPEN else 0.3  # a count's noun or a typed value carries the rest
    own_pool = terms(hit.chunk.text)
    window_pool = terms(previous + " " + hit.chunk.text) if previous else None
    if _share(predicate, own_pool) >= needed or (window_pool and _share(predicate, window_pool) >= needed):
        return True  # stated word for word: no parse, no model call
    verbs = [v for v in parse(hit.chunk.text).verbs if tokens(v)]
    surface = surface_forms(q.text)
    words = hit.corpus.words
    if words.share(predicate, own_pool, 0.6, verbs, surface) >= needed:
        return True
    return window_pool is not None and words.share(predicate, window_pool, 0.6, verbs, surface) >= needed


def _is_asked(name: str, after: str, asked: TokenPool) -> bool:
    """A name the question itself gives (or its acronym right after it), so not an answer to it.

    "Hay'at Tahrir al-Sham (HTS)" is what "who leads HTS" asks about.
    """
    words = tokens(name)
    if not words or all(asked.has(w) for w in words):
        return True
    acronym = re.match(r"\s*\(([A-Z]{2,6})\)", after)
    return bool(acronym and asked.has(acronym.group(1).lower()))


def _titled_name(q: Question, text: str) -> bool:
    """A person named right after the title the question gives (most of its name-like words)."""
    if len(q.key_terms) < 2:
        return False
    for ent in parse(text).entities:
        if ent.label != "PERSON":
            continue
        before = TokenPool(tokens(" ".join(text[: ent.start].split()[-6:])))
        if sum(1 for t in q.key_terms if before.has(t)) >= max(2, len(q.key_terms) - 1):
            return True
    return False


def _share(words: list[str], pool: TokenPool) -> float:
    return sum(1 for w in words if pool.has(w)) / len(words) if words else 0.0


_LIST_ITEM = re.compile(r"^(\s*(?:,\s*(?:and\s+)?|\s+and\s+))([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


_DEFINED = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,5}[A-Z][\w’'-]*)\s*\(([A-Z][A-Za-z]{1,9})\)")


def _aliases(texts: Iterable[str]) -> dict[str, str]:
    """ "the US Central Command (CENTCOM)": the acronym and the name are one thing."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            name = _name_key(m.group(1))
            out[_name_key(m.group(2))] = name
            for cut in range(1, len(name.split())):  # "us central command" ~ "central command"
                out.setdefault(" ".join(name.split()[cut:]), name)
    return out


def _mislabelled_in_list(text: str, entities: tuple[Entity, ...], i: int) -> bool:
    """ "Aleppo, Hama, Homs" tagged place, person, person: a list's items share its first's kind."""
    run = [i]
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(entities):
            a, b = sorted((entities[j], entities[j + step]), key=lambda e: e.start)
            if not re.fullmatch(r"\s*(,|and|or|, and|, or)\s*", text[a.end : b.start]):
                break
            j += step
            run.append(j)
    if len(run) < 3:
        return False
    first = entities[min(run)]
    return entities[i].label != first.label


def _expand_list(text: str, start: int, end: int) -> str:
    """ "Aleppo, Hama, Homs": a named list continues past the entity the tagger found."""
    items = [text[start:end]]
    pos = end
    while True:
        m = _LIST_ITEM.match(text[pos:])
        if not m:
            break
        items.append(m.group(2))
        pos += m.end()
    return _join(items)


def _context_overlap(text: str, x: Quantity, asked: TokenPool, names: tuple[str, ...] = ()) -> int:
    """Question words in the clause around a number: which of several counts is asked about.

    Words after the number count twice ("13-year civil war"); words before it count back to
    the nearest clause boundary ("ruled Syria for more than 50 years"), not across "and".
    """
    after = re.split(r"[,.;]|\band\b", text[x.end :], maxsplit=1)[0].split()[:4]
    before = re.split(r"[,.;]|\band\b", text[: x.start])[-1].split()[-4:]

    def hits(words: list[str]) -> int:
        return sum(1 for t in tokens(" ".join(words)) if asked.has(t) and t != x.unit and t not in names)

    return 2 * hits(after) + hits(before)


def _verb_before(text: str, x: Quantity, asked: TokenPool) -> bool:
    """A bare count right after the asked verb: "displaced millions"."""
    words = tokens(text[: x.start][-25:])
    return bool(words) and asked.has(words[-1])


def _with_unit(text: str, x: Quantity) -> str:
    if x.start and text[x.start - 1] in "$€£¥":
        return text[x.start - 1] + x.text
    m = re.match(r"\s*(?:of\s+)?([A-Za-z]+)", text[x.end :])
    return x.text if x.text.endswith(x.unit) or "-" in x.text or not m else f"{x.text} {m.group(1)}"


_LOCATIVE = re.compile(r"\b(in|at|to|from|into|near|outside|inside|toward|towards|across)\s+(the\s+)?$", re.I)
_TEMPORAL = re.compile(r"\b(on|in|at|since|by|until|from|during|before|after)\s+(the\s+)?$", re.I)


def _role_bonus(kind: Kind, before: str) -> float:
    """A place after "in/to/at", a date after "on/in/since": the role the question asks about."""
    tail = before[-30:]
    if kind is Kind.PLACE:
        return 0.08 if _LOCATIVE.search(tail) else -0.05
    if kind is Kind.DATE:
        return 0.05 if _TEMPORAL.search(tail) else 0.0
    return 0.0


def _names_target(text: str, target: str) -> bool:
    """The counted thing is a people named in the sentence, counted by another noun."""
    capitalised = TokenPool(stem(w.lower()) for w in re.findall(r"\b[A-Z][a-z]+\b", text))
    lower = TokenPool(stem(w) for w in re.findall(r"\b[a-z]+\b", text))
    return capitalised.has(target) and not lower.has(target)


def _candidate(
    hit: EvidenceSentence, value: str, key: str, score: float, quantity: Quantity | None = None
) -> Candidate:
    c = hit.chunk
    return Candidate(
        chunk_id=c.id,
        value=value,
        key=key,
        doc=c.doc,
        start=c.start,
        end=c.end,
        quote=c.text,
        score=score,
        quantity=quantity,
        outlet=c.outlet,
        title=c.title,
    )  # type: ignore[arg-type]


def _citations(members: list[Candidate], first_id: int = 1) -> list[Citation]:
    out: list[Citation] = []
    seen: set[tuple[str, int]] = set()
    for m in sorted(members, key=lambda m: -m.score):
        if (m.doc, m.start) in seen or len(out) >= MAX_CITATIONS:
            continue
        seen.add((m.doc, m.start))
        out.append(
            Citation(
                first_id + len(out), m.doc, m.start, m.end, m.quote, round(m.score, 4), m.outlet, m.title
            )
        )
    return out


def _name_key(value: str) -> str:
    words = [stem(w) for w in re.findall(r"[\w-]+", normalise(value).lower())]
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def _join(values: list[str]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]
