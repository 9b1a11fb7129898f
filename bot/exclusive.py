"""Exclusive claims told otherwise: a claim that a party acted alone, or that a thing sufficed on
its own, against a source naming company or more than that thing.

Pattern: "did it without its partners" is refuted by "did it along with its partners"; "X alone
(only X, X on its own) did it" by "X and Y did it"; "X was enough on its own" (or "only X counts")
by "not only X, but also Y". The parties are read from the parse; two nouns name the same party
when they share a lemma or a sense (WordNet) or the sentence model puts them close.
"""

from collections.abc import Callable
from typing import Any

from bot.nlp import dependency_parse
from bot.wordnet import wordnet

SOLE = frozenset({"only", "alone", "solely", "exclusively", "single-handedly"})
"""Adverbs that limit a deed or a sufficiency to one party (closed-class words)."""

COMPANY = frozenset({"with", "alongside", "beside"})
"""Prepositions naming a party that acts together with the subject ("along with", "together with")."""

_NOUNS = frozenset({"NOUN", "PROPN"})
ONLY_REACH = 3
"""Words after a limiting "only" searched for the noun it limits ("only armed drones"): past that
the noun belongs to the rest of the clause."""
NOT_ONLY_REACH = 4
"""Words after "not only" searched for the head of the phrase it denies is all ("not only the
town's walls"): a short noun phrase, not the "but also" part after it."""


def _conjuncts(tok: Any) -> list[Any]:
    """The noun and the nouns coordinated with it ("allies and partners")."""
    return [tok, *(c for c in tok.conjuncts if c.pos_ in _NOUNS)]


def _negated(tok: Any) -> bool:
    """ "not only", "not just", "not merely": the limit itself denied."""
    near = (tok.head, *tok.children, *tok.head.children)
    return any(c.lower_ in {"not", "n't"} and c.i < tok.i for c in near)


def _own_subject(verb: Any) -> Any:
    """The verb's subject, a pronoun read as the subject of the clause that holds it ("X said it
    would go on alone": X)."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    while subject is not None and subject.pos_ == "PRON" and verb.dep_ != "ROOT":
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), subject)
    return subject if subject is not None and subject.pos_ in _NOUNS else None


def _on_its_own(tok: Any) -> bool:
    """ "on its own", "on their own", "by itself": a limit written as a phrase."""
    if tok.lower_ == "own" and tok.head.lower_ == "on":
        return True
    return tok.lower_ in {"itself", "themselves", "himself", "herself"} and tok.head.lower_ == "by"


def _limited(tok: Any) -> bool:
    """ "only" as a limit on a party, not on a figure ("only five") nor "the only one"."""
    if tok.lower_ not in SOLE or _negated(tok):
        return False
    if tok.dep_ == "amod" and tok.i > 0 and tok.nbor(-1).pos_ in {"DET", "PRON"}:
        return False  # "the only road", "its only son": one of a kind, not a limit
    return not (tok.i + 1 < len(tok.doc) and tok.nbor().like_num)


def _clause_verb(tok: Any) -> Any:
    """The verb of the clause a word stands in ("enough on its own": the "be" above "enough")."""
    while tok.pos_ not in {"VERB", "AUX"}:
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _trailing(tok: Any) -> bool:
    """The limit closes its phrase ("by drones only."), not opens a verb ("X only sells Y": Y)."""
    return tok.i + 1 >= len(tok.doc) or tok.nbor().pos_ not in {"VERB", "AUX", "ADV"}


def sole_parties(text: str) -> list[Any]:
    """The nouns a text says act or suffice alone ("only X", "X alone", "X ... on its own")."""
    out: list[Any] = []
    for tok in dependency_parse(text, entities=False):
        if _limited(tok):
            head = tok.head
            after = next((t for t in tok.doc[tok.i + 1 : tok.i + 1 + ONLY_REACH] if t.pos_ in _NOUNS), None)
            before = tok.doc[tok.i - 1] if tok.i > 0 else None
            if head.pos_ in _NOUNS:
                out.append(head)
            elif (
                before is not None and before.pos_ in _NOUNS and before.dep_ != "compound" and _trailing(tok)
            ):
                out.append(before)  # "by drones only": the noun just before the limit
            elif tok.lower_ == "only" and after is not None:
                out.append(after)
            elif head.pos_ in {"VERB", "AUX"} and (subject := _own_subject(head)) is not None:
                out.append(subject)
        elif _on_its_own(tok):
            verb = _clause_verb(tok)
            subject = _own_subject(verb) if verb is not None else None
            out += [subject] if subject is not None else []
    return out


def excluded_parties(text: str) -> list[Any]:
    """The nouns a text says a deed went without ("without its partners")."""
    return [
        noun
        for tok in dependency_parse(text, entities=False)
        if tok.lower_ == "without"
        for obj in tok.children
        if obj.dep_ == "pobj" and obj.pos_ in _NOUNS
        for noun in _conjuncts(obj)
    ]


def _parties(tok: Any) -> bool:
    """A noun naming a party to the deed: its subject, the agent of a passive ("by X") or its object."""
    direct = tok.dep_ in {"nsubj", "nsubjpass", "dobj"}
    return tok.pos_ in _NOUNS and (direct or (tok.dep_ == "pobj" and tok.head.dep_ == "agent"))


def joined_groups(text: str) -> list[tuple[Any, bool, list[Any]]]:
    """The parties a text names acting together, each group with its verb and whether it names
    who leads it: a verb's subject with those "along with" it (its subject may be unnamed: "it"),
    or coordinated subjects or objects ("X and Y did it", "sold X and Y")."""
    out: list[tuple[Any, bool, list[Any]]] = []
    for tok in dependency_parse(text, entities=False):
        if tok.lower_ in COMPANY and tok.dep_ == "prep" and not _negated(tok):
            verb = _clause_verb(tok)
            subject = _own_subject(verb) if verb is not None else None
            company = [
                n
                for obj in tok.children
                if obj.dep_ == "pobj" and obj.pos_ in _NOUNS
                for n in _conjuncts(obj)
            ]
            if company:
                out.append((verb, subject is not None, ([subject] if subject is not None else []) + company))
        if _parties(tok) and tok.conjuncts:
            out.append((_clause_verb(tok), True, _conjuncts(tok)))
    return out


def _phrase_head(tok: Any) -> bool:
    """The noun a phrase is about, not an owner or modifier in it ("the town's walls": walls)."""
    return tok.pos_ in _NOUNS and tok.dep_ not in {"poss", "compound", "amod"}


def not_only(text: str) -> list[Any]:
    """The nouns a text says are not all there is ("not only X, but also Y", "not just X")."""
    out: list[Any] = []
    for tok in dependency_parse(text, entities=False):
        if tok.lower_ in {"only", "just", "merely", "solely"} and _negated(tok):
            noun = next((t for t in tok.doc[tok.i + 1 : tok.i + 1 + NOT_ONLY_REACH] if _phrase_head(t)), None)
            out += [noun] if noun is not None else []
    return out


def same_party(a: Any, b: Any, similar: Callable[[str, str], bool], steps: int) -> bool:
    """Two nouns for one party or thing: one lemma, one a kind of the other within ``steps``
    (WordNet: a "word" given is a kind of "promise"), or close in the sentence model."""
    if a.lemma_.lower() == b.lemma_.lower():
        return True
    wn = wordnet()
    ours, theirs = wn.senses(a.lemma_.lower()), wn.senses(b.lemma_.lower())
    if set(wn.steps_above(ours, steps)) & set(theirs) or set(wn.steps_above(theirs, steps)) & set(ours):
        return True
    return similar(a.text, b.text)


def same_deed(a: Any, b: Any, similar: Callable[[str, str], bool]) -> bool:
    """Two verbs for one deed: one lemma, WordNet synonyms or close in the sentence model."""
    if a is None or b is None:
        return False
    ours, theirs = a.lemma_.lower(), b.lemma_.lower()
    return ours == theirs or theirs in wordnet().synonyms(ours, "v") or similar(a.text, b.text)


def exclusive_clash(claim: str, text: str, similar: Callable[[str, str], bool], steps: int) -> str:
    """Why the sentence denies the claim's "alone", "only" or "without", or "" when it does not
    (nouns matched by ``same_party`` within ``steps``)."""

    def same(a: Any, b: Any) -> bool:
        return same_party(a, b, similar, steps)

    groups = joined_groups(text)
    for party in excluded_parties(claim):
        verb = _clause_verb(party)
        doer = _own_subject(verb) if verb is not None else None
        for _, led, group in groups:
            match = next((j for j in group if same(party, j)), None)
            others = [j for j in group if j is not match]
            # the company must join the claim's own doer ("X went without Y": "X went with Y")
            if match is not None and (doer is None or not led or any(same(doer, j) for j in others)):
                return f"says with {match.text}, not without {party.text}"
    for party in sole_parties(claim):
        match = next((n for n in not_only(text) if same(party, n)), None)
        if match is not None:
            return f"says not only {match.text}, not {party.text} alone"
        deed = _clause_verb(party)
        for verb, _, group in groups:
            if not same_deed(deed, verb, similar):
                continue
            ours = next((j for j in group if same(party, j)), None)
            other = next((j for j in group if not same(party, j)), None)
            if ours is not None and other is not None:
                return f"names {ours.text} and {other.text}, not {party.text} alone"
    return ""
