"""A slot of the claim the sentence fills with another word: no support, whatever rule read one.

The pattern: a reader restates a reported event with one detail changed or added ("won the
opening match" where the report says "won the second match", "paid the fine in cash" where it says
"paid the fine in shares", "the senate approved the budget" where it says "approved the treaty").
Most of the claim's words are in the sentence, so a rule reading closeness, a named doer or a
figure takes it for a support; but the sentence puts its own word where the claim has the changed
one: a qualifier on the same noun that rules the claim's out (a noun naming its kind, a position in
a series: "opening" / "second"; two descriptive adjectives stack), the
object of the same preposition on the same word ("in cash" / "in shares"), or the direct object of
the same verb. The claim's word is unstated (``bot.alignment``: no synonym, no entailing kind),
the sentence's word states no word of the claim, and neither is a name or a figure (names are
``bot/rivals.py``'s and ``bot/swaps.py``'s, figures the count rules'); a deed noun in a
preposition's or verb's slot may be told by another deed noun ("a push" / "a campaign"), and a deed
noun in the sentence's slot may tell the claim's word ("praised her for the project" / "for her
leadership of it"), so either is left alone. Such a sentence tells the claim's event with another detail: it does not support the
claim (the swap rules may still refute it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.alignment import Alignment, is_name
from bot.nlp import dependency_parse
from bot.wordnet import wordnet

QUALIFIER_DEPS = frozenset({"amod", "compound"})
"""A word qualifying the noun it hangs on: one slot however it is written (an adjective or a noun)."""

OBJECT_DEPS = frozenset({"dobj", "obj"})
"""The direct object of a verb: one slot of the deed."""

CONTENT_POS = frozenset({"NOUN", "ADJ", "VERB"})
"""The parts of speech of a word that can fill a slot in its own right (not a figure or a name)."""


def slot_filled_otherwise(
    claim: str, text: str, alignment: Alignment | None, similar: Callable[[str, str], bool] | None = None
) -> str:
    """The claim's unstated word and the sentence's word in its slot ("second, not opening"), or ""
    when every unstated word's slot is empty in the sentence or its governor is not stated. A word
    the sentence model puts close to the claim's (``similar``: "soldiers" / "troops") and a counted
    noun (the count rules compare "300 troops" / "300 soldiers") are no other detail."""
    if alignment is None or not alignment.unstated or not alignment.where:
        return ""
    claim_doc = dependency_parse(claim)
    sent_doc = dependency_parse(text, entities=False)
    held = dict(alignment.where)
    stating = {i for at in held.values() for i in at}  # sentence words that state a claim word
    unstated = set(alignment.unstated)
    for tok in claim_doc:
        if tok.i in held or tok.text not in unstated or not _fills(tok) or _counted(tok) or _hyphened(tok):
            continue
        governor, role = _governor(tok)
        if governor is None or not held.get(governor.i) or (role != "qualifier" and _deed_noun(tok)):
            continue
        for at in held[governor.i]:
            for rival in _fillers(sent_doc[at], role):
                if (
                    _rival(rival, tok, stating)
                    and (role == "qualifier" or not _deed_noun(rival))
                    and not (similar and similar(tok.text, rival.text))
                    and (role != "qualifier" or _exclusive(tok, rival))
                ):
                    return f"{rival.text}, not {tok.text}"
    return ""


def _rival(word: Any, claimed: Any, stating: set[int]) -> bool:
    """The sentence's word fills the slot otherwise: a content word stating no claim word, holding
    none in its phrase ("the imposition of a ceasefire" holds "ceasefire"), nor the claim's word
    written with a hyphen ("cease-fire")."""
    spelt = _letters(claimed.text)
    return (
        _fills(word)
        and word.lemma_.lower() != claimed.lemma_.lower()
        and not any(t.i in stating or _letters(t.text) == spelt for t in word.subtree)
    )


def _letters(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalnum())


def _fills(tok: Any) -> bool:
    """A content word that can fill a slot: no name (its rivals are the name rules'), no figure
    (the count rules'); an ordinal word is an adjective ("the fourth match" / "the opening match")."""
    figure = tok.like_num and tok.pos_ != "ADJ"
    return tok.pos_ in CONTENT_POS and not is_name(tok) and not figure


def _exclusive(claimed: Any, rival: Any) -> bool:
    """Two qualifiers of one noun that cannot both hold: two nouns naming its kind ("a wedding
    party" / "a graduation party"), or a position in a series against another word ("the second
    match" / "the opening match"). Two descriptive adjectives stack ("cheap loans" may be
    "preferential loans"), so one does not rule out the other."""
    if _ordinal(rival) or _ordinal(claimed):
        return True
    return claimed.pos_ == "NOUN" and rival.pos_ == "NOUN"


def _ordinal(tok: Any) -> bool:
    """An ordinal word ("second", "fourth"): a position in a series (``like_num`` on an adjective)."""
    return bool(tok.like_num) and tok.pos_ == "ADJ"


def _hyphened(tok: Any) -> bool:
    """A word joined by a hyphen to the next or the last ("anti-Velm", "rebel-held"): the compound
    is read whole ("anti-Velm" is told by "against Velm"), not as a qualifier of its own."""
    doc = tok.doc
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    return after or before


def _counted(tok: Any) -> bool:
    """A noun a figure counts ("300 troops"): its kind is the count rules' to compare."""
    return any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def _deed_noun(tok: Any) -> bool:
    """A noun whose commonest WordNet sense is an act or an event ("push", "raid", "wedding"): a
    deed is told in many words ("a nine-day push" / "a nine-day campaign"), so another noun in its
    slot may tell the same deed; a thing, a body or a document in the slot is another detail."""
    return wordnet().commonest_file(tok.lemma_.lower(), "n") in DEED_FILES


DEED_FILES = frozenset({"noun.act", "noun.event"})
"""WordNet's lexicographer files of acts and happenings (``WordNet.commonest_file``)."""


def _governor(tok: Any) -> tuple[Any | None, str]:
    """The word whose slot ``tok`` fills and the slot: ("amod", noun), ("prep:in", verb or
    noun), ("dobj", verb); (None, "") for any other relation."""
    if tok.dep_ in QUALIFIER_DEPS and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i:
        return _nominal_head(tok.head), "qualifier"
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
        return tok.head.head, f"prep:{tok.head.lemma_.lower()}"
    if tok.dep_ in OBJECT_DEPS and tok.head.pos_ == "VERB":
        return tok.head, "dobj"
    return None, ""


def _nominal_head(tok: Any) -> Any:
    """The head of a noun-noun compound ("singles match rubber": "rubber"), where its qualifiers hang."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _fillers(head: Any, role: str) -> list[Any]:
    """The sentence's words in ``role`` on ``head`` (a qualifier of a noun or of a compound it
    heads, the object of one preposition, the direct object)."""
    if role == "qualifier":
        noun = _nominal_head(head)
        chain = [noun, *[t for t in noun.subtree if t.dep_ == "compound" and _nominal_head(t).i == noun.i]]
        return [q for n in chain for q in n.children if q.dep_ in QUALIFIER_DEPS] + _before(head)
    if role.startswith("prep:"):
        lemma = role.split(":", 1)[1]
        return [
            obj
            for prep in head.children
            if prep.dep_ == "prep" and prep.lemma_.lower() == lemma
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
    if role == "dobj":
        return [t for t in head.children if t.dep_ in OBJECT_DEPS]
    return []


def _before(word: Any) -> list[Any]:
    """The adjectives and nouns written right before ``word`` in its phrase, however the parser
    hung them ("the second singles match" parsed with "second" on "singles")."""
    run = []
    for tok in reversed(word.doc[word.sent.start : word.i]):
        if tok.pos_ not in QUALIFIER_POS:
            break
        run.append(tok)
    return run


QUALIFIER_POS = frozenset({"ADJ", "NOUN"})
"""The parts of speech of a word before a noun that qualifies it."""
