"""Whether a claim says anything the articles could confirm or contradict, and if not, why.

Judged from the parse, on the claim's own tokens: a question asks rather than states; a
fragment with no verb (a greeting, a heading) states nothing; the writer's own view or plan
("I think...", "we will see"), a bare possibility of the claim's own verb ("ISIS could...", not
"a deal that could have forced"; an estimated figure or span, "up to 900 could join", "could
take 15 years", is stated) and an evaluation with no name or number in it ("this is a disgrace")
are not facts a news article can settle. A plan or permission that names what is done ("the
firm will shut two plants", "buyers can claim a refund") is stated, as is a copula that files
its subject under a kind of person or thing ("most of the crew were cadets"). Anything
attributed to someone ("..., the ministry said") is a report of what they said: check-worthy.
"""

from __future__ import annotations

from typing import Any

from bot.blame import can_act
from bot.wordnet import wordnet

QUESTION = "a question, not a claim"
NO_STATEMENT = "no statement to check (a greeting, heading or fragment)"
OWN_VIEW = "the writer's own view, plan or experience"
SPECULATION = "speculation about what may happen"
EVALUATION = "an evaluation with no fact to check"
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
POSSIBILITY = {"may", "might", "could"}
"""Modals of possibility: "X could happen" asserts nothing that has happened."""
STATING_MODALS = {"will", "shall", "can"}
"""Modals (by lemma) of a plan, schedule or permission: with a deed's object they state one."""


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
    possible = any(
        t.tag_ == "MD" and t.lower_ in POSSIBILITY and t.head.i == head.i and not _unable(t) for t in words
    )
    if possible and not any(_is_figure(t) for t in words):
        return False, SPECULATION
    if factual:
        return True, ""
    if any(t.tag_ == "MD" and not _unable(t) for t in words):
        return (True, "") if _states_a_deed(head, words) else (False, SPECULATION)
    if any(c.dep_ in {"acomp", "attr"} for c in head.children):
        return (True, "") if _files_under_a_kind(head) else (False, EVALUATION)
    return True, ""


def _unable(modal: Any) -> bool:
    """ "Crews could not reach the town": a negated "could" tells what someone was unable to do,
    which happened; "may not" and "might not" stay possibilities."""
    return modal.lower_ == "could" and any(c.dep_ == "neg" for c in modal.head.children)


def _is_figure(tok: Any) -> bool:
    """A count that is no date: "up to 1.4 million could join" reports an estimate an article
    can state, where "may close the harbour on 3 May" only guesses. A count of a common noun
    is a span, not a date ("could last 12 weeks"), though spaCy tags it a date."""
    if not (tok.pos_ == "NUM" or tok.like_num):
        return False
    return tok.ent_type_ not in {"DATE", "TIME"} or (tok.dep_ == "nummod" and tok.head.pos_ == "NOUN")


def _states_a_deed(head: Any, words: list[Any]) -> bool:
    """A modal of plan or permission (``STATING_MODALS``) on the claim's verb, which has a noun
    as its direct object and a doer as its subject, states what will or may be done ("the firm
    will shut two sheds", "tenants can claim a rebate"), unlike a modal with nothing done to
    anything ("prices will rise") or a forecast of what a thing or act will do ("the new tax
    will hurt exports": a tax plans nothing)."""
    stating = any(t.tag_ == "MD" and t.lemma_.lower() in STATING_MODALS and t.head.i == head.i for t in words)
    if not stating or not any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "NUM"} for c in head.children):
        return False
    return all(c.pos_ == "PRON" or can_act(c) or _unknown_name(c) for c in head.children if c.dep_ == "nsubj")


def _unknown_name(tok: Any) -> bool:
    """A capitalised word WordNet does not know is a name the tagger missed ("Korvel will
    open..." read as a common noun at the sentence's start)."""
    return tok.text[:1].isupper() and not wordnet().senses(tok.lemma_.lower())


def _files_under_a_kind(head: Any) -> bool:
    """A copula whose noun complement names, in its commonest WordNet sense, a kind of physical
    thing or being files its subject under a category an article can confirm ("most of the
    crew were cadets", "the building was a depot"), unlike a noun of judgement or state ("it
    is a shame", "this is a mess")."""
    return any(
        c.dep_ == "attr"
        and c.pos_ == "NOUN"
        and wordnet().kind_rank(c.lemma_.lower(), "physical_entity") == 0
        for c in head.children
    )


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
