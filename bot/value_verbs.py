"""The sum a "what" question asks by its verb: "what was Ostra valued at", "what does the pass cost".

Pattern: a question whose "what" fills a verb's slot that a sentence fills with a sum of money or a
percentage asks for that sum, not for the sentence: "What was Ostra valued at?" is answered by
"£2bn" from "Ostra is now valued at £2bn", "What does the pass cost?" by "£40" from "the pass
costs £40 a month", "What did the club pay for the striker?" by "£9m" from "the club paid £9m
for him", "What did the firm's profit come to?" by "$43m" from "profit came to $43m", "What is
the stake worth?" by "$5bn" from "the stake is worth $5bn". The slot is read from the parse: the
question's verb (or "worth") with the preposition it leaves stranded ("valued at", "come to"),
or with "what" as its object, whatever part of speech a small parser gives that word ("the pass
cost" read as a noun); the sentence's sum (``bot.values``: a figure in a currency or a percentage)
must hang on the same verb (same lemma) in the same way: as the object of that preposition, or as
the verb's own object. A sum elsewhere in the
sentence ("paid $5 for each of 40 boxes" answers "what did they pay" with "$5" only as its
object) or a name in the slot ("Velm bought Ostra") is no such answer, so "what did Velm buy"
is never answered by the price in "Velm bought Ostra for $2bn" (the sum is not the object).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.conflicts import Candidate
from bot.nlp import dependency_parse, parse_many
from bot.values import parse_quantities
from index.lexicon import CURRENCIES, CURRENCY_SYMBOLS

if TYPE_CHECKING:
    from bot.evidence import EvidenceSentence
    from index.tuning import AnswerTuning

SUM_UNITS = frozenset({*CURRENCIES, "percent"})
"""Units of the sums such a slot holds: money and percentages."""
_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd", "acomp", "pobj"})
"""How a sum hangs on its verb as the verb's own object ("costs £40", "is worth $5bn")."""
_FIGURE_DEPS = frozenset({"nummod", "compound", "nmod", "quantmod"})
"""How a figure's pieces hang on the word heading it ("$ 434 m": "434" on "m")."""
WORTH = "worth"
"""The adjective that asks a value as a verb does ("what is the stake worth")."""


@dataclass(frozen=True)
class ValueSlot:
    """The verb lemma whose slot is asked and the preposition it leaves stranded ("" for its object)."""

    verb: str
    preposition: str


def asked_slot(question: str) -> ValueSlot | None:
    """The verb slot a "what" question asks (see the module); None when "what" asks a noun
    ("what price", "what kind of contract ran out"), fills no verb's object and no verb
    leaves a preposition stranded."""
    doc = dependency_parse(question)
    what = next((t for t in doc if t.lower_ == "what"), None)
    if what is None or what.dep_ == "det" or any(t.dep_ == "pobj" and t.head.head is what for t in doc):
        return None  # "what price", "what kind of contract": a noun is asked, read by other readers
    for tok in doc:
        if tok.pos_ == "ADP" and tok.dep_ == "prep" and not list(tok.children) and tok.head is not tok:
            verb = tok.head
            if verb.pos_ in ("VERB", "ADJ", "NOUN") and verb.lemma_.lower() not in ("be", "do", "have"):
                return ValueSlot(verb.lemma_.lower(), tok.lower_)  # "valued at?", "come to?"
    if what.dep_ == "dobj" and what.head.lemma_.lower() not in ("do", "be", "have", "say"):
        return ValueSlot(what.head.lemma_.lower(), "")  # "what does the pass cost"
    if any(t.lower_ == WORTH for t in doc):
        return ValueSlot(WORTH, "")  # "what is the stake worth"
    return None


def slot_sum(slot: ValueSlot, text: str) -> str:
    """The sum (money or a percentage) ``text`` puts in the slot, as written; "" when none."""
    doc = dependency_parse(text)
    for q in parse_quantities(text):
        if q.unit not in SUM_UNITS:
            continue
        tok = next((t for t in doc if t.idx <= q.start < t.idx + max(1, len(t.text))), None)
        while tok is not None and tok.dep_ in _FIGURE_DEPS and q.start - 1 <= tok.head.idx < q.end:
            tok = tok.head  # "$ 434 m": the figure's own head word, never the noun it describes
        if tok is not None and _fills(slot, tok):
            start = q.start - 1 if q.start > 0 and text[q.start - 1] in CURRENCY_SYMBOLS else q.start
            return text[start : q.end].strip()
    return ""


def _fills(slot: ValueSlot, root: Any) -> bool:
    """The sum's head word hangs on the slot's verb as ``slot`` asks."""
    head = root.head
    if slot.preposition:
        return (
            root.dep_ == "pobj" and head.lower_ == slot.preposition and head.head.lemma_.lower() == slot.verb
        )
    if slot.verb == WORTH:
        return head.lower_ == WORTH and root.dep_ in _OBJECT_DEPS
    return root.dep_ in _OBJECT_DEPS - {"pobj"} and head.lemma_.lower() == slot.verb


def slot_candidates(slot: ValueSlot, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """The sum each of the best sentences puts in the asked slot, ranked as a value filling the
    asked noun (``asked_noun_bonus``) above the sentence as a whole; a headline leads, the sum is
    often lower down, so every one of the ``entity_sentences`` best is read."""
    kept = hits[: tune.entity_sentences]
    parse_many([h.chunk.text for h in kept])
    out = []
    for rank, hit in enumerate(kept):
        value = slot_sum(slot, hit.chunk.text)
        if value:
            score = hit.score - tune.rank_penalty * rank + tune.asked_noun_bonus
            out.append(Candidate.of(hit, value, value.lower(), score))
    return out
