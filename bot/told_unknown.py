"""A sentence that says the asked thing is not known answers nothing.

Pattern: a wh-clause governed by a negated predicate or an "un-" adjective ("it has not been
established which boat sank", "it is unclear who fired", "she never said what it was", "unable to
say how many left") tells that the value is not known: as an answer to a question asking that
value it says the sources do not tell, so it is no answer. A relative clause ("the man who spoke
did not stay") opens no such question.
"""

from __future__ import annotations

from typing import Any

from bot.nlp import dependency_parse
from bot.wordnet import wordnet

WH_WORDS = frozenset({"which", "what", "who", "whom", "whose", "how", "why", "where", "when", "whether"})
"""Words opening an embedded question ("not known which", "unclear whether")."""
CLAUSE_DEPS = frozenset({"ccomp", "csubj", "pcomp", "xcomp", "advcl", "pobj", "dobj"})
"""How an embedded question hangs on the predicate that governs it."""
NEGATIONS = frozenset({"not", "n't", "never", "no"})
"""Words that deny a predicate ("did not say", "never told")."""


def _clause_top(wh: Any) -> Any | None:
    """The word heading the clause the wh-word opens, None when the clause is a relative one."""
    tok = wh
    while tok.dep_ not in CLAUSE_DEPS and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return None
        tok = tok.head
    return tok if tok.head.i != tok.i else None


def _denied(pred: Any) -> bool:
    """The predicate is negated, or its verb is ("is not established", "was not made clear")."""
    for tok in (pred, pred.head):
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in tok.children):
            return True
        if tok.head.i == tok.i or pred.dep_ not in ("acomp", "xcomp", "oprd"):
            break
    return False


def _un_adjective(pred: Any) -> bool:
    """An adjective denying a known one by its "un-" ("unclear", "unknown", "uncertain")."""
    word = pred.lower_
    return pred.pos_ in ("ADJ", "VERB") and word.startswith("un") and bool(wordnet().senses(word[2:], "a"))


def tells_unknown(text: str) -> bool:
    """The text says some value is not known: a wh-clause under a denied or "un-" predicate."""
    for tok in dependency_parse(text):
        if tok.lower_ not in WH_WORDS or tok.tag_ not in ("WDT", "WP", "WRB", "WP$", "IN"):
            continue
        top = _clause_top(tok)
        if top is None:
            continue
        pred = top.head.head if top.head.pos_ == "ADP" else top.head  # "light onto what it was"
        said = [pred, *(c for c in pred.children if c.dep_ in ("acomp", "oprd"))]  # "is unclear who"
        if _denied(pred) or any(_un_adjective(p) for p in said):
            return True
    return False
