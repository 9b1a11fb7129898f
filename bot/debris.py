"""Wiki and web-page furniture that is never an answer: templates, hatnotes, infobox rows.

Pages scraped from Wikipedia and its mirrors keep their editorial scaffolding ("Use dmy
dates", "For other uses, see ...", "[ edit ]", "Categories : ..."), infobox rows run
together ("Genre Drama Running time 90 minutes"), and credit lists ("Directed by A
Produced by B"). They mention the right words in the wrong shape, so an attribute answer
taken from them is noise even when it happens to be right.
"""

from __future__ import annotations

import re
from typing import Any

from bot.nlp import dependency_parse, parse_many
from index.lexicon import AUXILIARIES, REPORTING_VERBS

MARKUP = re.compile(r"\{\{|\}\}|\[\[|\]\]|\[\s*edit\s*\]|\|\s*\w[\w ]*=|^\s*[\^↑]|\s[\^↑]\s|•|·")
"""Template braces, wiki links, "[ edit ]" section links, "| key =" rows, reference carets and
list bullets: the markup and navigation shapes of a wiki page, never sentence text."""

HATNOTE = re.compile(
    r"^\s*(?:use\s+(?:\w+\s+){0,2}(?:dates|english|spelling)\b|for\s+other\s+uses\b|"
    r"not\s+to\s+be\s+confused\b|see\s+also\b|main\s+articles?\s*:|further\s+information\b|"
    r"for\s+(?:the|an?)\s[^.;:]{1,150}?,\s*see\s|"
    r"this\s+article\s+(?:is\s+about|needs|has)\b|from\s+wikipedia\b|jump\s+to\b|"
    r"categor(?:y|ies)\s*:|retrieved\s+\d|archived\s+from\b|coordinates\s*:)",
    re.I,
)
"""Editorial notes that open a wiki line: maintenance templates ("Use dmy dates", "Use British
English"), disambiguation hatnotes (also the pointer to a namesake's page, "For the bridge that
opened in 1990, see Velm Bridge": its figures are the namesake's), navigation, category lists and
citation tails."""

SITE_CHROME = re.compile(
    r"\b(?:creative\s+commons|terms\s+of\s+use|privacy\s+policy|cookie\s+statement|"
    r"all\s+rights\s+reserved|log\s*in|sign\s+up|create\s+account)\b",
    re.I,
)
"""Site footers and account links: page chrome that mirror sites wrap around the article."""

RELATED_LINKS = re.compile(
    r"\b(?:[Rr]elated\s+(?:[Nn]ews|[Aa]rticles|[Ss]tories|[Pp]osts)|[Rr]ead\s+(?:[Aa]lso|[Mm]ore))\s*:?\s+[A-Z0-9]"
)
"""A news site's "Related News" / "Read also" box followed by headlines: a list of other
stories' titles run together, whose tolls and names belong to other events."""

CREDITS = re.compile(r"\b(?:[A-Z][a-z]+ed|[A-Z][a-z]+en)\s+by\b")
"""A capitalised "Directed by", "Written by", "Produced by": an infobox credit key."""

MIN_FRAGMENT_WORDS = 6
"""A verbless run this long is a list of fragments (infobox rows, track lists); shorter
verbless text can be a value ("rugby league") or a heading."""

CREDIT_KEYS = 2
"""Two credit keys in one line is a credits block; one can be a caption-like sentence."""

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_PAST = {"VBD", "VBN"}
_BASE_FORMS = frozenset({"do", "have", "get"})
"""Auxiliaries that are also infinitives ("to have"): they do not show a finite clause alone."""
CLAUSE_WORDS = frozenset(a for a in AUXILIARIES if a not in _BASE_FORMS) | frozenset(REPORTING_VERBS["say"])
"""Lower-case finite auxiliaries and "said"/"says": a line holding one is a clause, so the
parse (the costliest step of every question) is only run on lines without one."""


def is_debris(text: str) -> bool:
    """True for wiki/web furniture: markup or navigation shapes, an editorial hatnote, site
    chrome, a credits block, or a long run of fragments with no finite verb (infobox rows)."""
    by_shape = _by_shape(text.strip())
    return by_shape if by_shape is not None else _verbless(text.strip())


def debris_flags(texts: list[str]) -> list[bool]:
    """``is_debris`` of each text; the lines its shape leaves open are parsed in one batch."""
    stripped = [t.strip() for t in texts]
    shapes = [_by_shape(t) for t in stripped]
    parse_many((t for t, shape in zip(stripped, shapes, strict=True) if shape is None), entities=False)
    return [_verbless(t) if shape is None else shape for t, shape in zip(stripped, shapes, strict=True)]


def _by_shape(stripped: str) -> bool | None:
    """What the line's characters alone decide (no parse), or None when only a parse can."""
    if not stripped:
        return True
    if (
        MARKUP.search(stripped)
        or HATNOTE.search(stripped)
        or SITE_CHROME.search(stripped)
        or RELATED_LINKS.search(stripped)
    ):
        return True
    if len(CREDITS.findall(stripped)) >= CREDIT_KEYS:
        return True
    words = stripped.split()
    if len(words) < MIN_FRAGMENT_WORDS or any(w.strip(",.;:\"'()") in CLAUSE_WORDS for w in words):
        return False
    return None


def _verbless(stripped: str) -> bool:
    """No finite verb and no verb with a subject: a run of fragments (parsed)."""
    return not any(
        tok.tag_ in _FINITE or _has_subject(tok) or _past_in_prose(tok, stripped)
        for tok in dependency_parse(stripped, entities=False)
    )


def _past_in_prose(tok: Any, stripped: str) -> bool:
    """A lower-case past form in a line that ends as a sentence ends is a clause's verb the
    tagger read as a participle ("Troops from the Kel Brigade fired shells on the market."):
    news text without commas misleads the parse, while infobox rows end without a full stop."""
    return tok.tag_ in _PAST and tok.text.islower() and stripped.endswith((".", "!", "?"))


def _has_subject(tok: Any) -> bool:
    """A verb with its own subject is a clause, whatever its tag: "The effort involved close
    coordination" is a sentence even when the tagger reads "involved" as a participle."""
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
