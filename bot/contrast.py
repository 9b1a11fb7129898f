"""A claim's own contrast: "X, not Y", "not Y but X", "X rather than Y" states X and denies Y.

Its "not" negates one noun phrase beside another, not the claim's deed: "cats, not dogs, ate the
cake" says that cats ate it. The stance rules read the claim's stated part (``stated_part``); a
sentence naming the denied party in the stated one's place refutes it (``swapped``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.nlp import dependency_parse
from bot.text import tokens

_PHRASE_POS = {"NOUN", "PROPN", "PRON", "ADJ", "NUM"}
"""Heads of a phrase a contrast's "not" may deny (a verb's "not" denies the deed)."""


@dataclass(frozen=True)
class Contrast:
    stated: str
    """The phrase the claim states (X)."""
    denied: str
    """The phrase the claim denies in X's place (Y)."""
    start: int
    end: int
    """Characters of the claim's denial ("not Y", "rather than Y") with its commas."""
    stated_start: int
    stated_end: int
    """Characters of the stated phrase X in the claim."""


def contrasts(claim: str) -> list[Contrast]:
    """Each "X, not Y" / "not Y but X" / "X rather than Y" of the claim, parsed by spaCy: a ``neg``
    on a noun phrase that stands beside another (appositive or conjunct), or "rather than" + noun."""
    return list(_found(claim))


@lru_cache(maxsize=1024)
def _found(claim: str) -> tuple[Contrast, ...]:
    """``contrasts``, once per claim: the checker asks it for every sentence it judges."""
    doc = dependency_parse(claim, entities=False)
    return tuple(c for tok in doc if (c := _contrast(doc, tok)) is not None)


def _contrast(doc: Any, tok: Any) -> Contrast | None:
    if tok.dep_ == "neg" and tok.head.pos_ in _PHRASE_POS:
        pair = _negated_pair(tok, tok.head)
        if pair is not None:
            return _make(doc, tok, *pair)
    if tok.lower_ == "than" and tok.i > 0 and doc[tok.i - 1].lower_ == "rather":
        near = [*tok.children, *tok.head.children]
        other = next((c for c in near if c.dep_ in _BESIDE and c.i > tok.i and c.pos_ in _PHRASE_POS), None)
        if other is not None and tok.head.pos_ in _PHRASE_POS:
            return _make(doc, doc[tok.i - 1], other, tok.head)
    return None


_BESIDE = {"appos", "conj", "pobj"}
"""How a contrast's second phrase hangs on its first."""


def _negated_pair(neg: Any, head: Any) -> tuple[Any, Any] | None:
    """(denied, stated) for a ``neg`` on a phrase standing beside another: "X, not Y" (the parser
    hangs "not" on X or on Y) or "not Y but X"; None when it stands alone ("pleaded not guilty")."""
    after = [
        c for c in head.children if c.dep_ in {"appos", "conj"} and c.i > neg.i and c.pos_ in _PHRASE_POS
    ]
    if neg.i > head.i and after:  # "X, not Y" with "not" on X
        return after[0], head
    if neg.i < head.i and head.dep_ in {"appos", "conj"} and head.head.pos_ in _PHRASE_POS:
        return head, head.head  # "X, not Y" with "not" on Y
    if neg.i < head.i and after and any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children):
        return head, after[0]  # "not Y but X"
    return None


_CLAUSES = {"relcl", "acl", "conj", "cc", "appos"}
"""What hangs on a contrast's phrase without being part of it ("X, not Y, that did it")."""


def _phrase(tok: Any) -> list[Any]:
    """The words of the phrase a token heads, without clauses and coordinations hung on it."""
    skip = {t.i for c in tok.children if c.dep_ in _CLAUSES for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip and t.dep_ not in {"neg", "punct"}]


def _make(doc: Any, cue: Any, denied: Any, stated: Any) -> Contrast:
    words = [*_phrase(denied), cue]
    if stated.head.i == denied.i:  # "not Y but X": the "but" goes with the denial
        words += [c for c in denied.children if c.dep_ == "cc"]
    first, last = min(t.i for t in words), max(t.i for t in words)
    while first > 0 and doc[first - 1].is_punct:
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].text == ",":
        last += 1
    span = doc[first : last + 1]
    said = _phrase(stated)
    return Contrast(
        stated=" ".join(t.text for t in said),
        denied=" ".join(t.text for t in _in_place(denied, stated)),
        start=span.start_char,
        end=span.end_char,
        stated_start=min(t.idx for t in said),
        stated_end=max(t.idx + len(t) for t in said),
    )


def _in_place(denied: Any, stated: Any) -> list[Any]:
    """The denied phrase read in the stated one's place: its "one(s)" stands for the stated head
    noun ("red trucks, not blue ones": "blue trucks")."""
    words = _phrase(denied)
    if denied.lemma_.lower() != "one":
        return words
    return [stated if t.i == denied.i else t for t in words]


@lru_cache(maxsize=1024)
def stated_part(claim: str) -> str:
    """The claim without its contrasts' denials: what a sentence must state ("cats ate the cake"
    for "cats, not dogs, ate the cake"); the claim itself when it has none."""
    cut = sorted(((c.start, c.end) for c in contrasts(claim)), reverse=True)
    for start, end in cut:
        rest = claim[end:].lstrip()
        claim = (
            claim[:start].rstrip() + ("" if rest[:1] in {".", ",", ";", ":", "?", "!", ""} else " ") + rest
        )
    return claim.strip()


def swapped(claim: str, contrast: Contrast) -> str:
    """The claim's stated part with the denied phrase in the stated one's place: what a sentence
    refuting the contrast states ("dogs ate the cake" for "cats, not dogs, ate the cake")."""
    head, tail = claim[: contrast.stated_start], claim[contrast.stated_end :]
    cut_start, cut_end = contrast.start - contrast.stated_end, contrast.end - contrast.stated_end
    if contrast.start >= contrast.stated_end:  # "X, not Y": the denial follows X
        tail = tail[:cut_start] + tail[cut_end:]
    else:  # "not Y but X": the denial precedes X
        head = head[: contrast.start] + head[contrast.end :]
    return " ".join((head + contrast.denied + tail).split())


def denied_words(contrast: Contrast) -> set[str]:
    """The denied phrase's content words the stated one lacks ("blue" of "red trucks, not
    blue ones"): a sentence naming them names the other party too."""
    return set(tokens(contrast.denied)) - set(tokens(contrast.stated))


def own_words(contrast: Contrast) -> set[str]:
    """The stated phrase's content words the denied one lacks ("red" of "red trucks, not
    blue ones"): a sentence naming them names the stated party."""
    return set(tokens(contrast.stated)) - set(tokens(contrast.denied))
