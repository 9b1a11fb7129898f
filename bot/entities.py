"""Who/where/when/which answers: a named entity of the asked kind, in the asked role.

For "who/which X did Y" the dependency parse (``bot.roles``) finds the question's verb in the
evidence and answers with the filler of the asked role; otherwise the entities of the asked
kind in the best sentences compete, preferring the one after a role word ("in", "on"), a
rare name, and one next to the question's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.conflicts import Candidate
from bot.evidence import EvidenceSentence, terms
from bot.nlp import Entity, parse
from bot.question import ENTITY_LABELS, Kind, Question
from bot.roles import Ask, asked_role, frames, name_in
from bot.text import TokenPool, normalise, stem, tokens
from index.lexicon import REPORTING_FORMS, REPORTING_VERBS
from index.tuning import AnswerTuning

_DURATION = re.compile(
    r"^(?:more than |over |about |nearly |almost |some |at least )?[\w-]+\s+(?:years?|decades?|months?|weeks?|days?|hours?)$",
    re.I,
)
_REPORTING = re.compile(r"\b(" + "|".join([*REPORTING_VERBS, *REPORTING_FORMS]) + r")\b", re.I)
"""A question about what someone said: the sentences' speakers are candidate answers."""


def entities(q: Question, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """Named values of the asked kind from the best sentences, the asked role's fillers first."""
    labels = ENTITY_LABELS[q.kind]
    asked = TokenPool(tokens(q.text))
    plural = bool(
        re.search(r"\b(which|what)\s+(?:[\w-]+\s+){0,3}?\w+(ies|s)\b", q.text, re.I)
    ) and not re.search(r"\b(which|what)\s+(?:[\w-]+\s+){0,3}?\w*(ss|us|is)\b", q.text, re.I)
    out: list[Candidate] = []
    best = hits[0].score if hits else 0.0
    aliases = _aliases(h.chunk.text for h in hits[: tune.entity_sentences])
    ask = asked_role(q.text) if q.kind in (Kind.PERSON, Kind.ORG) else None
    from_frames: list[Candidate] = []
    for rank, hit in enumerate(hits[: tune.entity_sentences]):
        if hit.score < tune.entity_floor_ratio * best:
            break
        values = []
        bonus: dict[str, float] = {}
        entities = hit.parsed.entities
        framed = role_fillers(ask, hit.chunk.text, entities, asked) if ask else None
        weak = (
            hit.score < tune.weak_ratio * best
        )  # a name from weaker evidence answers some other question...
        if weak and not framed and not (q.kind is Kind.PERSON and titled_name(q, hit.chunk.text)):
            continue  # ...unless it fills the asked role or carries the asked title
        if framed is not None:  # the sentence uses the asked verb: its role filler answers
            for value in framed:
                from_frames.append(
                    Candidate.of(
                        hit,
                        value,
                        aliases.get(_name_key(value), _name_key(value)),
                        hit.score - tune.rank_penalty * rank + tune.role_bonus,
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
            rarity = min(1.0, max(hit.corpus.idf(w) for w in words) / tune.rarity_idf)
            near = tokens(" ".join(hit.chunk.text[: ent.start].split()[-tune.context_words :]))
            role = tune.near_word_bonus * sum(1 for t in near if asked.has(t))
            preferred = tune.preferred_label_bonus if ent.label == labels[0] else 0.0
            bonus[value] = (
                _role_bonus(q.kind, hit.chunk.text[: ent.start], tune)
                + tune.rarity_weight * rarity
                - tune.common_name_penalty
                + role
                + preferred
            )
        if q.kind is Kind.PERSON and hit.chunk.speaker and _REPORTING.search(q.text):
            speaker_words = tokens(hit.chunk.speaker)
            if speaker_words and not all(asked.has(w) for w in speaker_words):
                values.insert(0, hit.chunk.speaker)
        if not values:
            continue
        values.sort(key=lambda v: -bonus.get(v, 0.0))
        for value in values[:1]:
            score = hit.score - tune.rank_penalty * rank + bonus.get(value, 0.0)
            key = _name_key(value)
            out.append(Candidate.of(hit, value, aliases.get(key, key), score))
    return from_frames or out  # sentences with the asked verb outrank co-occurring names


def role_fillers(ask: Ask, text: str, entities: tuple[Entity, ...], asked: TokenPool) -> list[str] | None:
    """Fillers of the asked role where the sentence uses the question's verb.

    None when it does not (or only a pronoun fills the role): other evidence decides.
    An empty list means the verb is there but its filler is what the question names
    ("who leads HTS" against "led by HTS"): this sentence does not answer.
    """
    fillers = [f.agent if ask.role == "agent" else f.patient for f in frames(text) if f.lemma == ask.lemma]
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


def _is_asked(name: str, after: str, asked: TokenPool) -> bool:
    """A name the question itself gives (or its acronym right after it), so not an answer to it.

    "Hay'at Tahrir al-Sham (HTS)" is what "who leads HTS" asks about.
    """
    words = tokens(name)
    if not words or all(asked.has(w) for w in words):
        return True
    acronym = re.match(r"\s*\(([A-Z]{2,6})\)", after)
    return bool(acronym and asked.has(acronym.group(1).lower()))


def titled_name(q: Question, text: str) -> bool:
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


_LOCATIVE = re.compile(r"\b(in|at|to|from|into|near|outside|inside|toward|towards|across)\s+(the\s+)?$", re.I)
_TEMPORAL = re.compile(r"\b(on|in|at|since|by|until|from|during|before|after)\s+(the\s+)?$", re.I)


def _role_bonus(kind: Kind, before: str, tune: AnswerTuning) -> float:
    """A place after "in/to/at", a date after "on/in/since": the role the question asks about."""
    tail = before[-30:]
    if kind is Kind.PLACE:
        return tune.locative_bonus if _LOCATIVE.search(tail) else -tune.non_locative_penalty
    if kind is Kind.DATE:
        return tune.temporal_bonus if _TEMPORAL.search(tail) else 0.0
    return 0.0


def _name_key(value: str) -> str:
    words = [stem(w) for w in re.findall(r"[\w-]+", normalise(value).lower())]
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def _join(values: list[str]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]
