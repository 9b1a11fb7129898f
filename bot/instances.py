"""A named instance of the asked kind: "the film Blue Harbour" answers "which film".

News names a thing right after the common noun for its kind ("the award-winning film Blue
Harbour", "the seat of Dunmoor", "the club Ostrin Rovers"); for "which/what N" that name is
the value, though WordNet, which knows kinds and not titles, has never heard of it.
"""

from __future__ import annotations

from typing import Any

_KIND_TAGS = {"NOUN", "ADJ"}
"""The tagger calls a kind word before a name an adjective at times ("Holt's novel Ardent")."""
_NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}


def named_instances(doc: Any, kinds: set[str]) -> list[tuple[int, int]]:
    """Offsets of the names right after a noun of one of ``kinds`` (lemmas), or after its "of"
    ("the seat of Dunmoor")."""
    out = []
    for tok in doc:
        if tok.pos_ not in _KIND_TAGS or (tok.lower_ not in kinds and tok.lemma_.lower() not in kinds):
            continue
        at = tok.i + 1
        if at < len(doc) and doc[at].lower_ == "of" and doc[at].head.i == tok.i:
            at += 1
        name = _name_from(doc, at) if at < len(doc) else None
        if name is not None and not _indefinite(doc, tok, name):
            out.append(name)
    return out


def _indefinite(doc: Any, kind: Any, name: tuple[int, int]) -> bool:
    """Pattern: under "a"/"an" the kind noun and the word after it make one description of some
    such thing ("a hard-working constituency MP" is an MP, "a river Kell" is no title): only a
    definite phrase ("the seat Dunmoor") or none at all ("novel Ardent") names an instance."""
    toks = [kind, *(t for t in doc if name[0] <= t.idx < name[1])]
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for t in toks for c in t.children)


def _name_from(doc: Any, at: int) -> tuple[int, int] | None:
    """Offsets of the name starting at token ``at``: the named entity there or the run of
    proper nouns, whichever is longer (the tagger may cut "Mara Ardent" to "Mara")."""
    end = at
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    ends = [doc[end - 1].idx + len(doc[end - 1])] if end > at else []
    ends += [e.end_char for e in doc.ents if e.start == at and e.label_ not in _NUMERIC]
    return (doc[at].idx, max(ends)) if ends else None
