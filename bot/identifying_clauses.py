"""Words of a question that only say which thing it means, not what it asks of the thing.

Pattern: a clause hung on a noun of the question ("the fisherman *selling his old boat at the
harbour*", "the bridge *that the Dorn council calls unsafe*") picks out which fisherman or bridge is
meant; it is not the deed the question asks about. A sentence stating the asked deed often names the
thing in few words ("Mr Brill has had 12 offers") while its article tells the clause elsewhere; so the
predicate check (``bot.sentences.states_predicate``) sets aside those of the clause's words that
the sentence's article states, as long as some asked word outside such clauses is left to check.
Only for a question asking a typed value (who, where, when, how many): an open question's answer is
a sentence, and the clause is part of what that sentence must be about ("what was her view of the
promises the leaders have made").
"""

from __future__ import annotations

from bot.nlp import dependency_parse
from bot.text import TokenPool, tokens

CLAUSE_DEPS = frozenset({"acl", "relcl"})
"""spaCy's labels for a clause modifying a noun (participial and relative)."""
_DO_SUPPORT = frozenset({"do", "have", "be"})
"""Root lemmas of a question whose main verb stands last ("how many did the team ... win?"),
where the parse often hangs that verb inside the clause before it."""


def identifying_words(question: str) -> frozenset[str]:
    """The word stems (``bot.text.tokens``) of the clauses the parse hangs on a noun of the
    question (``CLAUSE_DEPS``), the clause's verb included; never a do-question's last word,
    its main verb (``_DO_SUPPORT``)."""
    doc = dependency_parse(question, entities=False)
    words = [t for t in doc if not t.is_punct]
    roots = [t for t in doc if t.dep_ == "ROOT"]
    stranded = words[-1].i if words and roots and roots[0].lemma_.lower() in _DO_SUPPORT else -1
    found: set[str] = set()
    for tok in doc:
        if tok.dep_ in CLAUSE_DEPS and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            found.update(tokens(" ".join(t.text for t in tok.subtree if t.i != stranded)))
    return frozenset(found - set(tokens(doc[stranded].text)) if stranded >= 0 else found)


def told_elsewhere(asked: list[str], question: str, article: TokenPool) -> list[str]:
    """``asked`` less its words of an identifying clause that ``article`` holds; ``asked``
    unchanged when that would leave none of it."""
    clause = identifying_words(question)
    rest = [t for t in asked if t not in clause or not article.has(t)]
    return rest or asked
