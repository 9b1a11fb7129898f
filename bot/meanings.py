"""What a name or word means: "what does X mean" is answered by the gloss news writes beside it.

A report glosses a foreign or coined name once, right after it: "Verdad, Spanish for truth",
"Verdad - Latin for "truth" -", "Verdad (meaning truth)", "Verdad, which means truth". The
gloss, not the sentence around it, is the answer; sources giving the same gloss agree.
"""

from __future__ import annotations

import re

from bot.conflicts import Candidate
from bot.evidence import EvidenceSentence
from bot.names import defined_before

_ASKED = re.compile(
    r"^\s*what\s+(?:does|did|do)\s+(?:the\s+)?(?:name\s+|word\s+|term\s+|acronym\s+|abbreviation\s+)?"
    r"[\"'“‘]?(?P<term>[^\s\"'”’?][^\"”’?]{0,40}?)[\"'”’]?\s+(?:mean|stand\s+for)(?:\s*,[^?]*)?\s*\??\s*$"
    r"|^\s*what\s+is\s+the\s+meaning\s+of\s+(?:the\s+)?(?:name\s+|word\s+)?[\"'“‘]?(?P<of>[^\"”’?]{1,40}?)[\"'”’]?\s*\??\s*$",
    re.I,
)
_SHORT_FORM = re.compile(r"[A-Z][A-Z0-9&]{1,8}")
"""A short form in capitals ("VWL", "G7"): what a bracketed definition names."""
_QUOTES = "\"'“”‘’"
_GLOSS = (
    r"\s*(?:,|\(|\s-|\s–|\s—)\s*(?:the\s+|which\s+is\s+)?(?:[A-Z][a-z]+\s+)?for\s+"  # ", Latin for"
    r"|\s*(?:,|\()?\s*(?:meaning|which\s+means|means|stands\s+for)\s+"  # ", meaning", "stands for"
)
_VALUE = r"[\"'“‘]?(?P<value>[^\"”’,.;:()\-–—]{1,60}?)[\"'”’]?(?=\s*(?:[,.;:)\-–—]|$))"
MAX_GLOSS_WORDS = 6
"""A gloss is a word or short phrase; a longer run is the sentence going on, not a gloss."""


def asked_term(question: str) -> str:
    """The name or word a question asks the meaning of ("what does Verdad mean" -> "Verdad"),
    or "" when it asks no meaning."""
    m = _ASKED.match(question)
    if m is None:
        return ""
    return (m.group("term") or m.group("of") or "").strip(_QUOTES + " ")


def glosses(term: str, text: str) -> list[str]:
    """The glosses the text writes right after the term ("Verdad, Latin for truth" -> "truth")."""
    pattern = re.compile(rf"(?<!\w){re.escape(term)}[{_QUOTES}]?(?:{_GLOSS}){_VALUE}", re.I)
    out = []
    for m in pattern.finditer(text):
        value = m.group("value").strip(_QUOTES + " ")
        if value and len(value.split()) <= MAX_GLOSS_WORDS:
            out.append(value)
    return out


def meanings(term: str, hits: list[EvidenceSentence]) -> list[Candidate]:
    """One candidate per gloss of the term in the evidence, or per name it abbreviates
    (``defined_names``), keyed by its words in lower case."""
    return [
        Candidate.of(hit, value, " ".join(value.lower().split()), hit.score)
        for hit in hits
        for value in [*glosses(term, hit.chunk.text), *defined_names(term, hit.chunk.text)]
    ]


def defined_names(term: str, text: str) -> list[str]:
    """Pattern: a short form in capitals is defined by the name written right before it in
    brackets ("the Velm Workers' League (VWL)", "the Ostra Liberation Front [FLO]": a short
    form of another language's words need not spell the English name's initials), so "what
    does VWL stand for" is answered by that name."""
    if not _SHORT_FORM.fullmatch(term):
        return []
    return defined_before(text, term)
