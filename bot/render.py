"""Plain-text rendering of an ``Answer``, a ``Verdict`` or a ``TextReport`` for the terminal.

Pure formatting. ``BADGES`` is the one wording of the four verdicts; the chat page uses it too.
"""

from __future__ import annotations

import textwrap

from bot.dates import day_label, parse_iso
from bot.types import SUMMARY_KEYS, Answer, Citation, Status, TextReport, Verdict

BADGES: dict[str, tuple[str, str]] = {
    "supported": ("✓", "Supported"),
    "refuted": ("✗", "Refuted"),
    "conflicting": ("⚠", "Conflicting: the sources disagree"),
    "not_enough_info": ("?", "Not enough info"),
}
"""Verdict label -> (icon, words), as the CLI prints it and the page's badge shows it."""

CLOSEST_SHOWN = 3
"""Closest passages listed under "not in the sources", so the reader can judge for themselves."""
WIDTH = 96
"""Quotes are wrapped to fit an ordinary terminal with their indent."""


def badge(label: str) -> str:
    """``✓ Supported``: a verdict label in words (an unknown label reads as not enough info)."""
    icon, words = BADGES.get(label, BADGES["not_enough_info"])
    return f"{icon} {words}"


def answer_text(answer: Answer) -> str:
    """The answer with its citation marks, any disagreement, then each cited quote."""
    lines = []
    if answer.verdict is not None:
        lines.append(verdict_text(answer.verdict))
        lines.append("")
    if answer.status == Status.NOT_IN_SOURCES:
        lines.append(f"Not in the sources. {answer.note}")
        for i, p in enumerate(answer.passages[:CLOSEST_SHOWN], start=1):
            lines.append(f"  closest {i}. {p.doc} [{p.start}:{p.end}] (score {p.score:.2f})")
            lines.append(textwrap.indent(textwrap.fill(p.text, WIDTH), "       "))
        return "\n".join(lines)
    marks = "".join(f"[{c.id}]" for c in answer.citations)
    lines.append(f"{answer.answer} {marks}".strip())
    if answer.note:
        lines.append(f"  ({answer.note})")
    if answer.entities:
        lines.append("")
        lines.append("Different things share this name (not a disagreement):")
        for e in answer.entities:
            lines.append(f"  - {e.label}: {e.value} " + "".join(f"[{c.id}]" for c in e.citations))
    for d in answer.disagreements:
        lines.append("")
        lines.append(f"Sources disagree on the {d.about}:")
        for v in d.variants:
            lines.append(
                f"  - {v.value!r}: "
                + ", ".join(
                    f"[{c.id}] {c.doc}" + (f" ({source(c)})" if source(c) else "") for c in v.citations
                )
            )
    lines.append("")
    for c in answer.citations:
        lines.append(f"[{c.id}] {c.doc} [{c.start}:{c.end}]" + (f" — {source(c)}" if source(c) else ""))
        lines.append(textwrap.indent(textwrap.fill(f"“{c.quote}”", WIDTH), "    "))
    return "\n".join(lines)


def source(c: Citation) -> str:
    """Who published a cited article and when: "Wire, 3 Mar 2017" (the title when no outlet)."""
    day = parse_iso(c.date)
    parts = [c.outlet or c.title[:60], day_label(day) if day else c.date]
    return ", ".join(p for p in parts if p)


def verdict_text(verdict: Verdict) -> str:
    """The verdict badge and note, then each source's stance, reason and quote."""
    lines = [f"Verdict: {badge(str(verdict.verdict))}", f"  {verdict.note}"]
    for e in verdict.evidence:
        lines.append(f"  - {e.stance.value:8} {e.doc} [{e.start}:{e.end}]: {e.reason}")
        lines.append(textwrap.indent(textwrap.fill(f"“{e.quote}”", WIDTH - 4), "      "))
    return "\n".join(lines)


def report_text(report: TextReport) -> str:
    """What a terminal shows for a checked text: the summary, then each claim in reading order."""
    summary = report.summary
    counts = ", ".join(f"{summary[k]} {k.replace('_', ' ')}" for k in SUMMARY_KEYS if summary[k])
    lines = [f"{len(report.claims)} claims: {counts}" if report.claims else "No claims found."]
    for n, claim in enumerate(report.claims, 1):
        label = claim.label.replace("_", " ").upper()
        lines.append(f"{n}. [{label}] {claim.text}  (chars {claim.start}-{claim.end})")
        if claim.verdict is None:
            lines.append(f"   {claim.reason}")
            continue
        lines.append(f"   {claim.verdict.note}")
        for ev in claim.verdict.evidence[:2]:
            if str(ev.stance) != "neutral":
                lines.append(f'   {ev.stance}: "{ev.quote}" ({ev.doc} {ev.start}-{ev.end})')
    return "\n".join(lines)
