"""The chat page's HTML: small pure ``render_*`` functions over the typed results.

Built from ``Answer``, ``Verdict``, ``ArticleInfo`` and ``IngestReport`` alone (no Gradio, no
checker). Every piece of article or user text is escaped with ``html.escape`` before it meets
markup, so an article holding ``<script>`` or ``onerror=`` is shown as text; Gradio's own
sanitizer is a second line, not the first.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.render import BADGES
from bot.types import Answer, Citation, Evidence, Passage, Status, Verdict
from bot.ui_disagree import DISAGREE_CSS, render_disagreement
from bot.ui_entities import entities_html

if TYPE_CHECKING:
    from index.ingest import IngestReport
    from index.store import ArticleInfo

CONTEXT_CHARS = 220
"""Characters of surrounding text shown on each side of a cited span."""
CLOSEST_PASSAGES = 3

STANCES = {"supports": "supports", "refutes": "refutes", "neutral": "neutral"}

CSS = """
.fb-msg { line-height: 1.5; }
.fb-answer { font-size: 1.05em; margin: 0 0 .4em 0; }
.fb-ref { font-size: .8em; vertical-align: super; color: var(--color-accent); margin-left: 1px; }
.fb-note { color: var(--body-text-color-subdued); font-size: .9em; margin: .2em 0 .5em 0; }
.fb-badge { display: inline-block; padding: .15em .7em; border-radius: 999px; font-weight: 700;
  color: #fff; margin-right: .5em; }
.fb-badge-supported { background: #15803d; } .fb-badge-refuted { background: #b91c1c; }
.fb-badge-conflicting { background: #b45309; } .fb-badge-not_enough_info { background: #4b5563; }
.fb-verdict { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5em .7em;
  margin-bottom: .6em; }
.fb-stance { display: inline-block; min-width: 5.5em; text-align: center; padding: 0 .4em;
  border-radius: 4px; font-size: .85em; font-weight: 600; margin-right: .4em; }
.fb-stance-supports { background: #dcfce7; color: #14532d; }
.fb-stance-refutes { background: #fee2e2; color: #7f1d1d; }
.fb-stance-neutral { background: #e5e7eb; color: #1f2937; }
.fb-cite, .fb-ev { margin: .25em 0; }
.fb-cite summary, .fb-ev summary { cursor: pointer; }
.fb-context { white-space: pre-wrap; border-left: 3px solid var(--color-accent); padding: .3em .6em;
  margin: .3em 0 .3em .4em; font-size: .92em; }
.fb-context mark { background: #fde68a; color: #111; padding: 0 .1em; }
.fb-doc { font-family: var(--font-mono); font-size: .85em; color: var(--body-text-color-subdued);
  white-space: nowrap; }
.fb-disagree table, .fb-sources table { border-collapse: collapse; width: 100%; margin: .3em 0; }
.fb-disagree th, .fb-disagree td, .fb-sources th, .fb-sources td { border: 1px solid var(--border-color-primary);
  padding: .25em .5em; text-align: left; vertical-align: top; }
.fb-disagree-title { font-weight: 700; margin: .5em 0 .2em 0; }
.fb-nis-title { font-weight: 700; }
.fb-passage { margin: .3em 0; }
.fb-passage-text { white-space: pre-wrap; font-size: .92em; margin: .1em 0 .1em .4em;
  border-left: 3px solid var(--border-color-primary); padding-left: .6em; }
.fb-error { color: #b91c1c; font-weight: 600; }
.fb-ok { color: #15803d; font-weight: 600; }
.fb-example { font-size: .85em !important; }
"""
CSS += DISAGREE_CSS


# --- pure rendering: Answer / Verdict / articles -> HTML strings ---------------------------


def esc(text: str) -> str:
    """Article and user text as inert HTML, line breaks kept as ``<br>``.

    One line of output: Gradio runs ``inspect.cleandoc`` over chat messages, which would
    otherwise re-indent multi-line text.
    """
    text = re.sub(r"\n{3,}", "\n\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return html.escape(text, quote=True).replace("\n", "<br>")


def source_label(doc: str, title: str = "", outlet: str = "", limit: int = 90) -> str:
    """Plain text naming an article: outlet and title (shortened), without the file name."""
    title = " ".join(title.split())
    if len(title) > limit:
        title = title[: limit - 1].rstrip() + "…"
    return " · ".join(p for p in (outlet.strip(), title) if p and p != doc)


def _label_html(doc: str, title: str, outlet: str, limit: int = 90) -> str:
    """Source name (its title cut at ``limit``), then the article's file name (``Citation.doc``)."""
    name = source_label(doc, title, outlet, limit)
    doc_html = f'<span class="fb-doc">{esc(doc)}</span>'
    return f"{esc(name)} · {doc_html}" if name else doc_html


def highlight(text: str | None, start: int, end: int, quote: str, context: int = CONTEXT_CHARS) -> str:
    """The cited span in ``<mark>`` inside its surrounding text, each part escaped apart.

    If the stored text does not hold the quote at ``[start:end]`` (article changed or
    missing) only the quote is shown, so the page never marks the wrong words.
    """
    if text is None or not (0 <= start <= end <= len(text)) or text[start:end] != quote:
        return f'<div class="fb-context"><mark>{esc(quote)}</mark></div>'
    lo = max(0, start - context)
    if lo > 0:
        cut = re.search(r"\s", text[lo:start])
        lo = lo + cut.end() if cut else start
    hi = min(len(text), end + context)
    if hi < len(text):
        cut = re.search(r"\s\S*$", text[end:hi])
        hi = end + cut.start() if cut else end
    before = ("…" if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return f'<div class="fb-context">{esc(before)}<mark>{esc(quote)}</mark>{esc(after)}</div>'


def render_citation(c: Citation, texts: Mapping[str, str]) -> str:
    """A numbered citation that opens (``<details>``) onto the highlighted source."""
    return (
        f'<details class="fb-cite" data-doc="{esc(c.doc)}"><summary><b>[{c.id}]</b> '
        f"{_label_html(c.doc, c.title, c.outlet)}</summary>"
        f"{highlight(texts.get(c.doc), c.start, c.end, c.quote)}</details>"
    )


def render_evidence(e: Evidence, texts: Mapping[str, str], opened: bool = False) -> str:
    """One source's stance and label, opening onto its highlighted sentence (``opened``: shown)."""
    stance = STANCES.get(str(e.stance), "neutral")
    reason = f'<div class="fb-note">{esc(e.reason)}</div>' if e.reason else ""
    return (
        f'<details class="fb-ev" data-doc="{esc(e.doc)}"{" open" if opened else ""}><summary>'
        f'<span class="fb-stance fb-stance-{stance}">{stance}</span> '
        f"{_label_html(e.doc, e.title, e.outlet)}</summary>"
        f"{highlight(texts.get(e.doc), e.start, e.end, e.quote)}{reason}</details>"
    )


def render_badge(label: str) -> str:
    key = label if label in BADGES else "not_enough_info"
    icon, text = BADGES[key]
    return f'<span class="fb-badge fb-badge-{key}">{icon} {esc(text)}</span>'


def render_verdict(v: Verdict, texts: Mapping[str, str]) -> str:
    """The verdict badge, its note, then each source's evidence and stance."""
    evidence = "".join(render_evidence(e, texts) for e in v.evidence)
    if not evidence:
        evidence = '<div class="fb-note">No source speaks to this claim.</div>'
    return (
        f'<div class="fb-verdict" data-verdict="{esc(str(v.verdict))}">'
        f'<div>{render_badge(str(v.verdict))} <span class="fb-note">{esc(v.note)}</span></div>'
        f"{evidence}</div>"
    )


def render_passage(p: Passage, limit: int = 420) -> str:
    text = p.text if len(p.text) <= limit else p.text[: limit - 1].rstrip() + "…"
    return (
        f'<div class="fb-passage" data-doc="{esc(p.doc)}"><div>{_label_html(p.doc, p.title, p.outlet)} '
        f'<span class="fb-note">(score {p.score:.2f})</span></div>'
        f'<div class="fb-passage-text">{esc(text)}</div></div>'
    )


def render_answer(answer: Answer, texts: Mapping[str, str]) -> str:
    """The whole reply: verdict (claims), answer with [n] marks, disagreements, sources.

    ``texts`` maps article ids to their original text, which citations index into.
    """
    parts = []
    if answer.verdict is not None:
        parts.append(render_verdict(answer.verdict, texts))
    if answer.status == Status.NOT_IN_SOURCES:
        parts.append(
            f'<div class="fb-answer fb-nis"><span class="fb-nis-title">Not in the sources.</span> '
            f"{esc(answer.answer)}</div>"
        )
        if answer.note:
            parts.append(f'<div class="fb-note">{esc(answer.note)}</div>')
        closest = answer.passages[:CLOSEST_PASSAGES]
        if closest:
            parts.append('<div class="fb-closest"><div>Closest passages:</div>')
            parts.extend(render_passage(p) for p in closest)
            parts.append("</div>")
        return f'<div class="fb-msg">{"".join(parts)}</div>'
    marks = "".join(f'<span class="fb-ref">[{c.id}]</span>' for c in answer.citations)
    parts.append(f'<div class="fb-answer">{esc(answer.answer)}{marks}</div>')
    if answer.note and answer.verdict is None:
        parts.append(f'<div class="fb-note">{esc(answer.note)}</div>')
    parts.extend(render_disagreement(d) for d in answer.disagreements)
    parts.append(entities_html(answer))  # several things share the asked name
    if answer.removed:
        dropped = "".join(
            f"<li>{esc(r.get('sentence', ''))} ({esc(r.get('reason', ''))})</li>" for r in answer.removed
        )
        parts.append(
            f'<details class="fb-removed"><summary>{len(answer.removed)} unsupported sentence(s) removed</summary>'
            f"<ul>{dropped}</ul></details>"
        )
    if answer.citations:
        parts.append('<div class="fb-sources-list">')
        parts.extend(render_citation(c, texts) for c in answer.citations)
        parts.append("</div>")
    return f'<div class="fb-msg">{"".join(parts)}</div>'


def render_error(message: str) -> str:
    return f'<div class="fb-msg fb-error">{esc(message)}</div>'


def render_sources(articles: list[ArticleInfo], uploads: bool = True) -> str:
    """The sources panel: one row per indexed article (name, outlet, passages)."""
    if not articles:
        hint = ": upload some below" if uploads else ""
        return f'<div class="fb-sources fb-note">No articles indexed yet{hint}.</div>'
    rows = "".join(
        f'<tr data-doc="{esc(a.doc)}"><td>{esc(source_label(a.doc, a.title, limit=70) or a.doc)}'
        f'<br><span class="fb-doc">{esc(a.doc)}</span></td>'
        f"<td>{esc(a.outlet) or '—'}</td><td>{a.passages}</td></tr>"
        for a in articles
    )
    return (
        f'<div class="fb-sources"><div class="fb-note">{len(articles)} article(s) indexed</div>'
        "<table><thead><tr><th>Article</th><th>Outlet</th><th>Passages</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )


def render_ingest_report(report: IngestReport, names: Mapping[str, str]) -> str:
    """What an upload did, with temp paths replaced by the names the user uploaded."""

    def shown(line: str) -> str:
        for path, name in names.items():
            line = line.replace(path, name)
        return line

    lines = []
    used = [name for path, name in names.items() if not any(path in s for s in report.skipped)]
    if report.articles:
        lines.append(
            f'<div class="fb-ok">✓ Indexed {report.articles} article(s) ({report.passages} passages) '
            f"in {report.seconds:.1f} s: ask about them now.</div>"
        )
    if used:
        lines.append(f'<div class="fb-note">From: {esc(", ".join(used))}</div>')
    if report.unchanged:
        lines.append(
            f'<div class="fb-note">{report.unchanged} article(s) already indexed and unchanged.</div>'
        )
    lines.extend(f'<div class="fb-note">{esc(shown(s))}</div>' for s in report.notes())
    lines.extend(f'<div class="fb-error">⚠ Not indexed: {esc(shown(s))}</div>' for s in report.skipped)
    if not lines:
        lines.append('<div class="fb-note">Nothing to index.</div>')
    return f'<div class="fb-upload-status">{"".join(lines)}</div>'
