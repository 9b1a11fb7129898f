"""The chat page's claim-by-claim view of a pasted paragraph or draft (pure rendering).

``wants_text_check`` decides when a chat message is a text to check claim by claim rather
than one question or claim. ``render_text_report`` shows a ``TextReport``: the text with each
claim underlined in its verdict's colour (spans from ``TextClaim.start/end``), then a table
(claim, verdict badge, sources) whose rows open onto the claim's evidence. Every piece of
user or article text goes through ``esc``; the underline links to its row by an anchor, and
``CLAIM_LINK_JS`` opens the row's evidence when the underline is clicked.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.api import looks_like_claim
from bot.claims import decompose
from bot.render import BADGES
from bot.types import NOT_CHECKWORTHY, Evidence, TextClaim, TextReport
from bot.ui import article_texts
from bot.ui_html import _label_html, esc, render_badge, render_evidence
from index.split import split_sentences

if TYPE_CHECKING:
    from bot.api import FactChecker

MIN_TEXT_CLAIMS = 2
"""A message with this many statements (sentences that are not questions), or one sentence
that joins this many check-worthy claims ("X has 900 troops and carried out 200 strikes"), gets
a verdict per claim: one claim reads best as the single verdict it has always had."""
SOURCES_SHOWN = 3
"""Sources named in a claim's row; the rest are counted ("+2 more") and listed in its evidence."""

SOURCE_CHARS = 40
"""A source's name in the narrow sources column; its evidence shows the full title."""

NOT_CHECKWORTHY_BADGE = ("–", "Not check-worthy")
NO_EVIDENCE = '<div class="fb-note">No source speaks to this claim.</div>'

TEXT_CSS = """
.fb-textcheck .fb-summary { margin: 0 0 .5em 0; display: flex; flex-wrap: wrap; gap: .3em; }
.fb-textcheck .fb-summary .fb-badge { font-size: .85em; margin: 0; }
.fb-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; padding: .5em .7em;
  border: 1px solid var(--border-color-primary); border-radius: 8px; margin-bottom: .7em; }
.fb-claim { color: inherit !important; text-decoration: underline; text-decoration-thickness: 3px;
  text-underline-offset: 4px; text-decoration-skip-ink: none; cursor: pointer; }
.fb-num { font-size: .7em; font-weight: 700; margin-left: 1px; }
.fb-claim-supported { text-decoration-color: #15803d; } .fb-num-supported { color: #15803d; }
.fb-claim-refuted { text-decoration-color: #b91c1c; } .fb-num-refuted { color: #b91c1c; }
.fb-claim-conflicting { text-decoration-color: #b45309; } .fb-num-conflicting { color: #b45309; }
.fb-claim-not_enough_info { text-decoration-color: #4b5563; text-decoration-style: dashed; }
.fb-num-not_enough_info { color: #4b5563; }
.fb-claim-not_checkworthy { text-decoration-color: #9ca3af; text-decoration-style: dotted;
  text-decoration-thickness: 2px; }
.fb-num-not_checkworthy { color: #6b7280; }
.fb-badge-not_checkworthy { background: #e5e7eb; color: #374151; }
.fb-claims { border-collapse: collapse; width: 100%; table-layout: fixed; }
.fb-claims th, .fb-claims td { border: 1px solid var(--border-color-primary); padding: .3em .5em;
  text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.fb-claims th:nth-child(1) { width: 2.2em; } .fb-claims th:nth-child(3) { width: 11em; }
.fb-claims th:nth-child(4) { width: 28%; }
.fb-claims tr:target { outline: 2px solid var(--color-accent); }
.fb-claims details > summary { cursor: pointer; }
.fb-claims .fb-verdict { margin: .4em 0 0 0; }
.fb-claims .fb-badge { font-size: .85em; margin: 0; }
.fb-claims .fb-doc { white-space: normal; overflow-wrap: anywhere; }
@media (max-width: 640px) {
  .fb-claims, .fb-claims tbody, .fb-claims tr, .fb-claims td { display: block; width: 100%; }
  .fb-claims thead { display: none; }
  .fb-claims tr { border: 1px solid var(--border-color-primary); border-radius: 8px;
    margin-bottom: .5em; padding: .3em .2em; }
  .fb-claims td { border: none; padding: .15em .4em; }
  .fb-claims td:first-child { display: none; }
  .fb-claims td.fb-col-sources::before { content: "Sources: "; font-weight: 600; font-size: .85em;
    color: var(--body-text-color-subdued); }
}
"""

CLAIM_LINK_JS = """() => {
  document.addEventListener("click", (event) => {
    const link = event.target.closest ? event.target.closest("a.fb-claim") : null;
    if (!link) return;
    event.preventDefault();
    const row = document.getElementById(link.getAttribute("href").slice(1));
    if (!row) return;
    const details = row.querySelector("details");
    if (details) details.open = true;
    row.scrollIntoView({block: "center", behavior: "smooth"});
  });
}"""
"""Clicking an underlined claim opens its row's evidence (plain anchors only scroll to it)."""


def wants_text_check(message: str) -> bool:
    """A pasted paragraph (several statements) or a sentence joining several claims is checked
    claim by claim; a question, or a question after a remark, stays a question."""
    sentences = [message[s:e] for s, e in split_sentences(message, 0, len(message))]
    statements = sum(looks_like_claim(s) for s in sentences)
    if statements != 1:
        return statements >= MIN_TEXT_CLAIMS
    return sum(c.checkworthy for c in decompose(message)) >= MIN_TEXT_CLAIMS


def text_badge(label: str) -> str:
    """The verdict badge of ``render.BADGES``, or a grey one for a claim not judged."""
    if label == NOT_CHECKWORTHY:
        icon, words = NOT_CHECKWORTHY_BADGE
        return f'<span class="fb-badge fb-badge-not_checkworthy">{icon} {esc(words)}</span>'
    return render_badge(label)


def underlined_text(report: TextReport, anchor: str) -> str:
    """The input with each claim's own words in a link underlined in its verdict's colour.

    Claims may nest (a relative clause inside its main clause): each stretch of text belongs
    to the shortest claim covering it, so both stay visible; the claim's number follows its
    last stretch, outside the link so the line never breaks before it.
    """
    text = report.text
    spans = [
        (max(0, c.start), min(len(text), c.end), n)
        for n, c in enumerate(report.claims, 1)
        if 0 <= c.start < c.end <= len(text)
    ]
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    owners: list[tuple[int, int, int | None]] = []
    for lo, hi in pairwise(cuts):
        covering = [(e - s, n) for s, e, n in spans if s <= lo and hi <= e]
        owner = min(covering)[1] if covering else None
        if owners and owners[-1][2] == owner:
            owners[-1] = (owners[-1][0], hi, owner)
        else:
            owners.append((lo, hi, owner))
    last = {n: i for i, (_, _, n) in enumerate(owners) if n is not None}
    parts = []
    for i, (lo, hi, n) in enumerate(owners):
        if n is None:
            parts.append(esc(text[lo:hi]))
            continue
        label = esc(report.claims[n - 1].label)
        number = f'<sup class="fb-num fb-num-{label}">{n}</sup>' if last[n] == i else ""
        parts.append(
            f'<a class="fb-claim fb-claim-{label}" href="#{anchor}-{n}">{esc(text[lo:hi])}</a>{number}'
        )
    return f'<div class="fb-text">{"".join(parts)}</div>'


def _sources(evidence: list[Evidence]) -> str:
    """The sources that take a side (supports or refutes), each once, best first."""
    seen: dict[str, Evidence] = {}
    for e in evidence:
        if str(e.stance) != "neutral" and e.doc not in seen:
            seen[e.doc] = e
    if not seen:
        return '<span class="fb-note">none</span>'
    shown = [
        f'{_label_html(e.doc, e.title, e.outlet, SOURCE_CHARS)} <span class="fb-note">({esc(str(e.stance))})</span>'
        for e in list(seen.values())[:SOURCES_SHOWN]
    ]
    more = len(seen) - SOURCES_SHOWN
    return "<br>".join(shown) + (f'<br><span class="fb-note">+{more} more</span>' if more > 0 else "")


def _row(n: int, claim: TextClaim, anchor: str, texts: Mapping[str, str]) -> str:
    label = claim.label
    if claim.verdict is None:
        body = f'<div class="fb-note">{esc(claim.reason)}</div>'
        sources = '<span class="fb-note">not checked</span>'
    else:
        evidence = "".join(
            render_evidence(e, texts, opened=i == 0) for i, e in enumerate(claim.verdict.evidence)
        )
        evidence = evidence or NO_EVIDENCE
        body = f'<div class="fb-verdict"><div class="fb-note">{esc(claim.verdict.note)}</div>{evidence}</div>'
        sources = _sources(claim.verdict.evidence)
    return (
        f'<tr id="{anchor}-{n}" class="fb-row-{esc(label)}"><td>{n}</td>'
        f'<td class="fb-col-claim"><details class="fb-claim-ev"><summary>{esc(claim.text)}</summary>'
        f"{body}</details></td>"
        f'<td class="fb-col-verdict">{text_badge(label)}</td><td class="fb-col-sources">{sources}</td></tr>'
    )


def render_text_report(report: TextReport, texts: Mapping[str, str], anchor: str = "") -> str:
    """The whole reply to a pasted text: summary badges, the underlined text, the claim table.

    ``anchor`` prefixes the row ids (unique per reply, so links in one message never jump to
    another's rows); ``texts`` maps article ids to their text, for the highlighted evidence.
    """
    anchor = anchor or f"fb-{uuid.uuid4().hex[:8]}"
    if not report.claims:
        return (
            '<div class="fb-msg fb-textcheck"><div class="fb-note">No claims found in this text.</div></div>'
        )
    summary = report.summary
    counts = "".join(
        f'<span class="fb-badge fb-badge-{key}">{icon} {summary[key]} {esc(words.split(":")[0].lower())}</span>'
        for key, (icon, words) in (*BADGES.items(), (NOT_CHECKWORTHY, NOT_CHECKWORTHY_BADGE))
        if summary[key]
    )
    rows = "".join(_row(n, c, anchor, texts) for n, c in enumerate(report.claims, 1))
    return (
        f'<div class="fb-msg fb-textcheck"><div class="fb-summary">{len(report.claims)} claims: {counts}</div>'
        f"{underlined_text(report, anchor)}"
        '<table class="fb-claims"><thead><tr><th>#</th><th>Claim (click for evidence)</th><th>Verdict</th>'
        f"<th>Sources</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )


def text_reply(checker: FactChecker, text: str) -> str:
    """Check a pasted text claim by claim and render it (errors are left to ``ui.reply_html``)."""
    report = checker.check_text(text)
    docs = {e.doc for c in report.claims if c.verdict is not None for e in c.verdict.evidence}
    return render_text_report(report, article_texts(checker, docs))
