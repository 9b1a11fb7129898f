"""What a question that sets a phrase aside ("besides A and B, which ...") asks for: the name
the sources list with A and B. A source naming A and B in one coordinated list names the
answer in it too, so that list's other members outrank names read from elsewhere in the
sentence (an event's other party, a frame's filler)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from bot.nlp import coordinated, dependency_parse
from bot.question import sets_aside

T = TypeVar("T")


def beside_first(excluded: str, text: str, items: list[T], value: Callable[[T], str] = str) -> None:
    """Sorts ``items`` in place so that those whose ``value`` the text lists beside the set-aside
    phrase go first, the rest keeping their order (the sort is stable); none moves when nothing is
    set aside."""
    if excluded:
        items.sort(key=lambda item: not listed_beside(excluded, value(item), text))


def listed_beside(excluded: str, value: str, text: str) -> bool:
    """Pattern: "besides A and B, which ..." asks for what the sources list with A and B: the
    value (or the noun it names in apposition, "the group Velm") is a conjunct of a coordinated
    list whose other conjuncts hold a proper noun of the set-aside phrase, and is none of them."""
    at = text.find(value) if value else -1
    names = _set_aside_names(excluded)
    if at < 0 or not names or sets_aside(excluded, value, text[:at], text[at + len(value) :]):
        return False
    doc = dependency_parse(text)
    inside = [t for t in doc if at <= t.idx < at + len(value)]
    heads = [t for t in inside if not (at <= t.head.idx < at + len(value)) or t.head.i == t.i]
    if not heads:
        return False
    owns = [heads[0], heads[0].head] if heads[0].dep_ == "appos" else [heads[0]]
    others = [c for own in owns for c in coordinated(own) if c.i != own.i]
    return any(names & _own_words(c) for c in others)


def _set_aside_names(excluded: str) -> set[str]:
    """The lower-cased proper nouns of the phrase a question sets aside."""
    return {w.lower_ for w in dependency_parse(excluded) if w.pos_ == "PROPN"} if excluded else set()


def _own_words(conjunct: Any) -> set[str]:
    """A conjunct's lower-cased words, less those of the conjuncts after it."""
    later = {w.i for k in conjunct.children if k.dep_ == "conj" for w in k.subtree}
    return {w.lower_ for w in conjunct.subtree if w.i not in later}


_NOUNS = frozenset({"NOUN", "PROPN"})


def listed_with(excluded: str, text: str, named: bool = False) -> str:
    """Pattern: "apart from X, who/what ..." asks for what a source lists with X: the members of
    the sentence's first coordinated list one of whose nouns X names ("depots and two old bridges"
    for "apart from the depots"), less that member, as written; "" when no list holds X so. With
    ``named`` (a who/where question asks a name), only members holding a proper noun answer."""
    asked = {t.lemma_.lower() for t in dependency_parse(excluded) if t.pos_ in _NOUNS}
    if not asked:
        return ""
    doc = dependency_parse(text)
    for tok in doc:
        if tok.pos_ not in _NOUNS or tok.dep_ == "conj":
            continue
        members = coordinated(tok)
        if len(members) < 2:
            continue
        hits = [any(w.lemma_.lower() in asked for w in _own_tokens(m)) for m in members]
        others = [m for m, hit in zip(members, hits, strict=True) if not hit]
        if any(hits) and others and all(m.pos_ in _NOUNS for m in others):
            if named and not any(w.pos_ == "PROPN" for m in others for w in _own_tokens(m)):
                continue  # "apart from Velm, which town": not "the province"
            return _span_text(doc, others)
    return ""


def _own_tokens(conjunct: Any) -> list[Any]:
    """A conjunct's nouns, less those of the conjuncts after it."""
    later = {w.i for k in conjunct.children if k.dep_ == "conj" for w in k.subtree}
    return [w for w in conjunct.subtree if w.i not in later and w.pos_ in _NOUNS]


def _span_text(doc: Any, members: list[Any]) -> str:
    """The members as written, from the first's first word to the last's own last word, with no
    joining word or comma at either end."""
    last = members[-1]
    later = {w.i for k in last.children if k.dep_ == "conj" for w in k.subtree}
    end = max(w.i for w in last.subtree if w.i not in later)
    start = min(w.i for w in members[0].subtree)
    span = doc[start : end + 1]
    while len(span) and (span[0].dep_ in ("cc", "punct") or span[0].pos_ == "CCONJ"):
        span = span[1:]
    while len(span) and (span[-1].dep_ in ("cc", "punct") or span[-1].pos_ == "CCONJ"):
        span = span[:-1]
    return span.text
