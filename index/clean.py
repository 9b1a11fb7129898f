"""Keep the story, drop the page around it, and never lose the way back to the file.

Cleaning works on lines and returns the kept ones as ``(start, end)`` spans of the
original text, so every later span is an exact slice of what the user can open.
The rules describe web-page furniture in general (share crumbs, photo credits,
comment policies, repeated bodies), not any particular site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.header import TERMINAL as _TERMINAL
from index.header import Header, caption_cuts, headline_cut, is_heading, read_header
from index.tags import tag_runs

CLEANING_VERSION = 2
"""Bumped whenever cleaning keeps or drops different text, or marks different kept furniture
(``Cleaned.heads``, stored on each claim as its story span): it is part of the index's name
(``Settings.vector_key``), so an index built by older rules is rebuilt, not mixed with new ones."""

_FOLLOW = re.compile(
    r"^\s*(follow us|follow .{0,40} on (twitter|x|facebook|instagram|google news|telegram)"
    r"|sign up (for|to)|subscribe (to|for|now)|share (this|on)|click here|download (our|the) app"
    r"|all rights reserved|copyright\b|©)",
    re.I,
)
_CRUMB = re.compile(
    r"^\s*(read( more| also)?|also read|related( articles?)?|see also|watch|listen)\s*[:|-]", re.I
)
_CREDIT = re.compile(
    r"\((?:photo|image|picture|video|credit)s?\b[^)]*\)"
    r"|\([^()]{0,120}\bvia [^()]{2,80}\)\s*\.?\s*$"
    r"|\b(?:photo|image|picture|credit)s?\s*:\s*\S"
    r"|\b(?:getty images|shutterstock|afp|reuters|ap photo|epa|anadolu)\s*\.?\s*\)?\s*$"
    r"|/\s*(?:afp|ap|reuters|getty images|epa|anadolu)\b",
    re.I,
)
_COMMENT_POLICY = re.compile(
    r"\bcomments?\b.{0,120}\b(moderat\w*|guidelines?|approved|rejected|publication|policy|edited)\b"
    r"|\b(moderat\w*|guidelines?)\b.{0,120}\bcomments?\b",
    re.I,
)
_COMMENT_HEAD = re.compile(r"^\s*(\d+\s+)?(comments?|post a comment|leave a (comment|reply))\s*$", re.I)
_ALL_CAPS = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*\s[^a-z]*[A-Z]{2,}[^a-z]*$")


@dataclass(frozen=True)
class Cleaned:
    """The kept lines of an article as spans of its original text, and what was dropped."""

    spans: list[tuple[int, int]]
    dropped: list[tuple[int, int, str]]
    header: Header = field(default_factory=Header)
    """Title, date and credit read from the furniture that was dropped."""
    heads: list[tuple[int, int, str]] = field(default_factory=list)
    """Furniture kept in the text (a headline glued to its lead, a tag run glued to a sentence):
    its words link the sentence to questions in retrieval, but no citation or answer quotes it."""

    def text(self, original: str) -> str:
        return "\n".join(original[s:e] for s, e in self.spans)


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as spans trimmed of surrounding whitespace."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            out.append((start, start + len(stripped)))
    return out


def _norm(line: str) -> str:
    return re.sub(r"[\W_]+", " ", line.lower()).strip()


def clean(text: str) -> Cleaned:
    lines = _lines(text)
    reasons: dict[int, str] = {}
    seen: dict[str, int] = {}
    comments_from = _comment_section_start(text, lines)
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        words = line.split()
        if comments_from is not None and i >= comments_from:
            reasons[i] = "comment section"
        elif _FOLLOW.search(line):
            reasons[i] = "follow/share line"
        elif _CRUMB.search(line):
            reasons[i] = "read-more crumb"
        elif _CREDIT.search(line) and len(words) < 60:
            reasons[i] = "photo caption or credit"
        elif len(words) <= 2 and not _TERMINAL.search(line):
            reasons[i] = "navigation crumb"
        elif _ALL_CAPS.match(line) and is_heading(line):
            reasons[i] = "all-caps headline"
        else:
            key = _norm(line)
            if len(key) >= 30 and key in seen:
                reasons[i] = "repeated text"
            elif len(key) >= 30:
                seen[key] = i
    kept = [span for i, span in enumerate(lines) if i not in reasons]
    header = read_header(text, kept)
    whole = {(s, e) for s, e, _ in header.cuts}
    kept = _drop_pull_quotes(text, [span for span in kept if span not in whole], reasons, lines)
    dropped = [(s, e, reasons[i]) for i, (s, e) in enumerate(lines) if i in reasons]
    cuts = header.cuts + [cut for s, e in kept for cut in caption_cuts(text, s, e)]
    kept = _without(text, kept, cuts)
    return Cleaned(
        spans=kept, dropped=sorted(dropped + cuts), header=header, heads=kept_furniture(text, kept, header)
    )


def kept_furniture(text: str, kept: list[tuple[int, int]], header: Header) -> list[tuple[int, int, str]]:
    """The glued headline and the tag runs left in the kept lines, as ``(start, end, reason)``."""
    out = [(s, e, "tag run") for start, end in kept for s, e in tag_runs(text, start, end)]
    headline = headline_cut(text, kept, header)
    if headline is not None:
        out.append((headline[0], headline[2], "glued headline"))
    return sorted(out)


def _without(
    text: str, spans: list[tuple[int, int]], cuts: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """The spans minus the cut ranges, each remaining piece trimmed of spaces and stray marks."""
    out = []
    for start, end in spans:
        pieces = [(start, end)]
        for lo, hi, _ in cuts:
            pieces = [p for s, e in pieces for p in ((s, min(e, lo)), (max(s, hi), e)) if p[0] < p[1]]
        for s, e in pieces:
            piece = text[s:e]
            left = len(piece) - len(piece.lstrip(" \t.,:;|-–—" if s != start else " \t"))
            right = len(piece.rstrip())
            if piece[left:right].strip():
                out.append((s + left, s + right))
    return out


def _comment_section_start(text: str, lines: list[tuple[int, int]]) -> int | None:
    """Index of the first line of a trailing comment block, if the page ends with one."""
    n = len(lines)
    for i, (start, end) in enumerate(lines):
        if i < n * 0.5:
            continue
        line = text[start:end]
        if _COMMENT_HEAD.match(line) or _COMMENT_POLICY.search(line):
            later = [text[s:e] for s, e in lines[i : i + 4]]
            if _COMMENT_HEAD.match(line) or any(_COMMENT_POLICY.search(x) for x in later[1:]):
                return i
            if i >= n - 2:
                return i
    return None


def _drop_pull_quotes(
    text: str,
    kept: list[tuple[int, int]],
    reasons: dict[int, str],
    lines: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """A short line whose words all reappear inside a longer kept line is a pull quote."""
    bodies = [_norm(text[s:e]) for s, e in kept]
    out = []
    for (start, end), key in zip(kept, bodies, strict=True):
        repeated = len(key) >= 30 and any(
            key != other and key in other for other in bodies if len(other) > len(key) + 20
        )
        if repeated and is_heading(text[start:end].strip("'\"‘’“” ")):
            reasons[lines.index((start, end))] = "pull quote"
        else:
            out.append((start, end))
    return out
