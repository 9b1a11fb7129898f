"""Questions about an article's photo ("who took the photo of the flooded square", "when was
the picture published") are answered by its caption and credit line, which the cleaner keeps out
of the claim sentences (``index.clean``: "photo caption or credit"), so no search finds them.

A caption ends in its credit: "(Photo by Ada Kerr/Velmar Press)", "Photo: Screengrab/Harbour
Board", "(Harbour Board via Velmar Press)" or a bare "... Ada Kerr / VP." after its last sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.nlp import dependency_parse
from bot.wordnet import wordnet
from index.clean import clean

_CAPTION_REASONS = ("photo caption", "photo caption or credit")
"""The cleaner's reasons for a cut that is a photo's caption or credit line."""
PHOTO_KIND = "representation"
"""WordNet's category of "photo", "picture", "image" in their first senses (a visual representation)."""

_PARENS = re.compile(r"\(\s*(?:(?:photo|picture|image)s?\s+by\s+)?([^()]+?)\s*\)\s*\.?\s*$", re.I)
_LABEL = re.compile(r"\b(?:photo|picture|image|credit)s?\s*(?::|by)\s*(.+?)\s*\.?\s*$", re.I)
_TRAILING = re.compile(r"[.!?]\s*([^.!?]*\S\s*/\s*[^.!?]+?)\s*\.?\s*$")


@dataclass(frozen=True)
class Caption:
    """A caption's span in its article's page and its text."""

    doc: str
    start: int
    end: int
    text: str


def _photo_nouns(question: str) -> list[Any]:
    """The question's nouns whose first WordNet sense is a visual representation ("photo",
    "picture", "image"), read as nouns by the parse ("who pictured" names no photo)."""
    wn = wordnet()
    return [
        tok
        for tok in dependency_parse(question)
        if tok.pos_ == "NOUN" and wn.kind_rank(tok.lemma_.lower(), PHOTO_KIND) == 0
    ]


def asks_of_photo(question: str) -> bool:
    """The question names a photo (``_photo_nouns``)."""
    return bool(_photo_nouns(question))


def asks_of_scene(question: str) -> bool:
    """The question asks what its photo shows, not who made it: the photo noun is where something
    is ("who is shown in the photo", "who appears on the picture"), so its credit answers nothing."""
    return any(tok.dep_ == "pobj" and tok.head.lower_ in ("in", "on") for tok in _photo_nouns(question))


def captions(doc: str, page: str) -> list[Caption]:
    """The page's photo captions and credit lines, as the cleaner cut them."""
    return [
        Caption(doc, start, end, page[start:end])
        for start, end, reason in clean(page).dropped
        if reason in _CAPTION_REASONS
    ]


def credit(caption: str) -> str:
    """Who a caption credits the photo to: its last parenthesis less "Photo by", the words after
    "Photo:", or a last slash-joined run after the caption's last sentence; "" when none."""
    for pattern in (_PARENS, _LABEL, _TRAILING):
        found = pattern.search(caption)
        if found:
            return found.group(1).strip(" .")
    return ""
