"""An either-or question's alternatives: "did X do A or B?" asked as "did X do A?" and "did X do B?".

A reader who offers alternatives ("did the crew swim ashore or were they winched up?") asks
about one event and words each guess in its own verbs, which the articles rarely share; the
question as a whole may then find no sentence stating its words. Each alternative alone is the
question with the other left out (coordinated clauses around "or", or the coordinated phrases
of one clause, as the parse reads them), which the answerer can read like any other question.
"""

from __future__ import annotations

import re
from typing import Any

from bot.question import YES_NO_OPENING

_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
_SKIPPED_CONJUNCTS = {"not", "more", "less", "fewer", "so"}
"""An "or" before these offers no alternative of its own ("or not", "or more" asks a figure)."""


def _span(text: str, tok: Any) -> tuple[int, int]:
    """Where a token's subtree lies in the text."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def _subject(verb: Any) -> Any | None:
    """The verb's own subject, if the parse gives it one."""
    return next((c for c in verb.children if c.dep_ in _CLAUSE_SUBJECTS), None)


def _stands_for(pronoun: Any, subject: Any) -> bool:
    """A genderless pronoun ("they", "it") agreeing in number with the first clause's subject
    stands for it; "she" or "he" may stand for the first clause's object as well."""
    return (
        pronoun.pos_ == "PRON"
        and not pronoun.morph.get("Gender")
        and pronoun.morph.get("Number") == subject.morph.get("Number")
    )


def _clause(text: str, first: Any, second: Any, cc: Any) -> tuple[str, str] | None:
    """Coordinated clauses, each with its own subject or auxiliary ("did X fight or did they
    walk in"): the first clause alone, and the second with a pronoun subject read as the first's."""
    if not any(c.dep_ in _CLAUSE_SUBJECTS | {"aux", "auxpass"} for c in second.children):
        return None
    start = min(t.idx for t in second.subtree if t.i > cc.i)
    alone = text[start : second.right_edge.idx + len(second.right_edge.text)].rstrip(" ?")
    own, theirs = _subject(second), _subject(first)
    if own is not None and theirs is not None and _stands_for(own, theirs):
        a, b = _span(text, theirs)
        at = own.idx - start
        alone = f"{alone[:at]}{text[a:b]}{alone[at + len(own.text) :]}"
    return f"{text[: cc.idx].rstrip(' ,')}?", f"{text[: first.left_edge.idx]}{alone}?"


def _phrase(text: str, first: Any, second: Any, cc: Any) -> tuple[str, str]:
    """Coordinated phrases of one clause ("in Velm or in Ostra"): the question with each alone."""
    if second.pos_ == "ADP" and first.pos_ != "ADP" and first.head.pos_ == "ADP":
        first = first.head  # "in Velm or on the coast": the phrases are "in Velm", "on the coast"
    a_start = first.left_edge.idx
    # the first conjunct is its head's subtree up to the "or": its own dependents only
    a_end = max(t.idx + len(t.text) for t in first.subtree if t.i < cc.i)
    b_start, b_end = _span(text, second)
    before, after = text[:a_start], text[b_end:]
    return (
        f"{before}{text[a_start:a_end].rstrip(' ,;')}{after}",
        f"{before}{text[b_start:b_end]}{after}",
    )


def alternatives(text: str) -> tuple[str, ...]:
    """The question once for each alternative it offers, or nothing: only a yes/no question
    (opening with an auxiliary, after any lead-in) whose "or" joins two conjuncts in the parse,
    the second being no "not" or "more" (a choice ``figure_choice`` reads as a count)."""
    from bot.nlp import dependency_parse

    if not YES_NO_OPENING.search(text) or not re.search(r"\bor\b", text, re.I):
        return ()
    doc = dependency_parse(text)
    for cc in doc:
        if cc.lower_ != "or" or cc.dep_ != "cc":
            continue
        first = cc.head
        second = next((c for c in first.children if c.dep_ == "conj" and c.i > cc.i), None)
        if second is None or second.lower_ in _SKIPPED_CONJUNCTS:
            continue
        if second.pos_ in {"VERB", "AUX"} and first.pos_ in {"VERB", "AUX"}:
            pair = _clause(text, first, second, cc)
            if pair is not None:
                return tuple(" ".join(p.split()) for p in pair)
        return tuple(" ".join(p.split()) for p in _phrase(text, first, second, cc))
    return ()
