"""A ``TextReport`` as plain text: one line per claim with its verdict, then its best evidence."""

from __future__ import annotations

from bot.types import TextReport

_SHOWN = ("supported", "refuted", "conflicting", "not_enough_info", "not_checkworthy")


def report_text(report: TextReport) -> str:
    """What a terminal shows: the summary, then each claim in reading order."""
    summary = report.summary
    counts = ", ".join(f"{summary[k]} {k.replace('_', ' ')}" for k in _SHOWN if summary[k])
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
