"""A web page's tag run ("Tags Velm Harbour Board ferries ...") glued into the story text.

Pages list their topic tags after a marker word and, once flattened to text, the tags run
into the next story sentence with no full stop. The run is a list of names and nouns with no
verb of its own, so it ends where spaCy's parse finds the story sentence's first clause: at a
capitalised determiner, number or preposition before that clause's first finite verb (a word
only a sentence starts with), else at the left edge of the verb's subject, leaving behind the
proper names it was compounded with. A run with no finite verb up to the sentence end, or up
to the end of the line, is all furniture.

The run stays in the stored text: the glued tags were the only words linking some lead
sentences to questions about them (fmore: 1 fixed, 4 broken when cut), so ``index.clean``
records it as kept furniture and only citations and answers leave it out.
"""

from __future__ import annotations

import re
from typing import Any

_MARKER = re.compile(r"(?<![\w-])(?:Tags|Tagged|Topics)\b:?[ \t]+(?=\S)")
_END = re.compile(r"[.!?][\"'”’]?(?=\s|$)")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_OPENERS = {"DET", "NUM", "ADP", "PRON", "ADV", "SCONJ", "CCONJ", "PART"}
TAG_FUNCTION_SHARE = 0.3
"""Most lower-case function words a run of tags holds per word: tag runs measured up to 0.21
(names such as "Council for Coastal Ferries"), prose after a capitalised "Tags" 0.37 and up."""
_FUNCTION = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART"}
_SUBORDINATE = {"relcl", "acl", "advcl", "xcomp", "csubj", "amod", "compound"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
SUBJECT_HOPS = 3
"""Verbs tried for a clause's subject: the verb and up to two heads above it (an auxiliary's or a
conjoined verb's head); further up the subject is another clause's."""


def tag_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The tag runs in ``text[start:end]``, marker included: each ends where the story sentence
    it is glued to starts, or at its own sentence's (or line's) end when no story follows."""
    out = []
    for marker in _MARKER.finditer(text, start, end):
        stop = _END.search(text, marker.end(), end)
        segment_end = stop.start() if stop else end
        resume = story_start(text[marker.end() : segment_end]) if stop else None
        if resume == 0:
            continue
        run_end = segment_end if resume is None else marker.end() + resume
        if _reads_as_tags(text[marker.end() : run_end]):
            out.append((marker.start(), run_end))
    return out


def story_start(run: str) -> int | None:
    """Offset in ``run`` where a story sentence starts after the tags; None if all tags."""
    from bot.nlp import nlp

    doc = nlp()(run)
    verbs = [t for t in doc if t.i > 0 and _is_clause_verb(t)]
    if not verbs:
        return None
    last_verb = max(t.i for t in doc if t.pos_ in {"VERB", "AUX"})
    opener = next((t for t in doc[1:last_verb] if _opens(t)), None)
    if opener is not None:
        return int(opener.idx)
    starts = (_subject_start(doc, _subject(verb)) for verb in verbs)
    return next((start for start in starts if start), 0)


def _subject_start(doc: Any, subject: Any) -> int:
    """Where a subject's phrase starts: its first capitalised word after the proper names it was
    compounded with (never the run's first word); 0 (unsure) when none is capitalised."""
    if subject is None:
        return 0
    first = subject
    while first.i > subject.left_edge.i and doc[first.i - 1].pos_ != "PROPN":
        first = doc[first.i - 1]
    capitalised = [t for t in doc[max(first.i, 1) : subject.i + 1] if t.text[:1].isupper()]
    return int(capitalised[0].idx) if capitalised else 0


def _reads_as_tags(run: str) -> bool:
    """Names and nouns: a run that is not prose holds few lower-case function words."""
    from bot.nlp import nlp

    doc = nlp()(run)
    function = sum(1 for t in doc if t.pos_ in _FUNCTION and t.text.islower())
    return len(doc) > 0 and function <= TAG_FUNCTION_SHARE * len(doc)


def _opens(token: Any) -> bool:
    """A capitalised determiner, number, pronoun or preposition: mid-text, only a sentence starts so."""
    return bool((token.pos_ in _OPENERS or token.like_num) and token.text[:1].isupper())


def _is_clause_verb(token: Any) -> bool:
    """A finite verb heading a clause, or a past form the parse made the sentence's root."""
    if token.tag_ in {"VBZ", "VBP"} and _next_is_name_or_end(token):
        return False  # a plural noun read as a verb between tags ("... port strikes Velport ...")
    if token.dep_ == "ROOT" and token.pos_ in {"VERB", "AUX"}:
        return True
    return bool(token.tag_ in _FINITE and token.dep_ not in _SUBORDINATE)


def _next_is_name_or_end(token: Any) -> bool:
    """A present-tense verb takes a lower-case object or complement; a tag is followed by a name."""
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return after is None or after.text[:1].isupper()


def _subject(verb: Any) -> Any:
    """The subject of the verb's clause (through auxiliaries and conjoined verbs)."""
    head = verb
    for _ in range(SUBJECT_HOPS):
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
        if subject is not None or head.head is head:
            return subject
        head = head.head
    return None
