"""Whether a claim says anything the articles could confirm or contradict, and if not, why.

Judged from the parse, on the claim's own tokens: a question asks rather than states; a
fragment with no verb (a greeting, a heading) states nothing; the writer's own view or plan
("I think...", "we will see"), a bare possibility of the claim's own verb ("ISIS could...", not
"a deal that could have forced"; an estimated figure, "up to 900 could join", is stated) and an
evaluation with no name or number in it ("this is a disgrace") are not facts a news article can
settle. Anything
attributed to someone ("..., the ministry said") is a report of what they said: check-worthy.
"""

from __future__ import annotations

from typing import Any

QUESTION = "a question, not a claim"
NO_STATEMENT = "no statement to check (a greeting, heading or fragment)"
OWN_VIEW = "the writer's own view, plan or experience"
SPECULATION = "speculation about what may happen"
EVALUATION = "an evaluation with no fact to check"
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
POSSIBILITY = {"may", "might", "could"}
"""Modals of possibility: "X could happen" asserts nothing that has happened."""


def judge_worthiness(
    doc: Any, tokens: list[int], head: Any, attributed: bool, resolved: bool
) -> tuple[bool, str]:
    """``(check-worthy, reason)`` for a claim made of ``tokens`` of the parsed sentence ``doc``."""
    words = [doc[i] for i in tokens]
    if _asks(doc, tokens):
        return False, QUESTION
    if not any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False, NO_STATEMENT
    if attributed:
        return True, ""
    if _subject_word(head) in FIRST_PERSON:
        return False, OWN_VIEW
    factual = resolved or any(_is_fact(t) for t in words)
    possible = any(t.tag_ == "MD" and t.lower_ in POSSIBILITY and t.head.i == head.i for t in words)
    if possible and not any(_is_figure(t) for t in words):
        return False, SPECULATION
    if factual:
        return True, ""
    if any(t.tag_ == "MD" for t in words):
        return False, SPECULATION
    if any(c.dep_ in {"acomp", "attr"} for c in head.children):
        return False, EVALUATION
    return True, ""


def _is_figure(tok: Any) -> bool:
    """A count that is no date: "up to 1.4 million could join" reports an estimate an article
    can state, where "may close the harbour on 3 May" only guesses."""
    return (tok.pos_ == "NUM" or tok.like_num) and tok.ent_type_ not in {"DATE", "TIME"}


def _asks(doc: Any, tokens: list[int]) -> bool:
    """The claim sits in a sentence that ends with a question mark (quotes aside)."""
    last = max(tokens)
    sentence = doc[last].sent
    return sentence.text.rstrip(" \"'”’»)").endswith("?")


def _subject_word(head: Any) -> str:
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject.lower_ if subject is not None and subject.pos_ == "PRON" else ""


def _is_fact(tok: Any) -> bool:
    """A name or a number: what an article can confirm. The small model's entity label alone
    is not enough ("Time will tell" tags "Time" as an organisation), so a name must be a
    proper noun, or an entity written as one: an acronym ("ISIS"), or capitalised mid-sentence."""
    if tok.pos_ in {"PROPN", "NUM"} or tok.like_num:
        return True
    written_as_name = (tok.is_upper and len(tok) > 1) or (tok.is_title and not tok.is_sent_start)
    return bool(tok.ent_type_) and written_as_name
