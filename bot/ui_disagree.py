"""The chat page's disagreement block: an outlet-by-outlet table and, over time, a small chart.

Pure HTML text over a ``Disagreement`` (every piece of article text escaped), so a rising toll
reads as "who said what, when" and a phone shows each source as a card instead of a wide table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape
from itertools import pairwise

from bot.dates import day_label, parse_iso
from bot.types import Citation, Disagreement
from bot.values import parse_quantities

QUOTE_CHARS = 160
"""Longest quote shown in a row: the clause around the value, so a phone card stays a few lines
tall; the full sentence is one click away in the numbered citation below."""
LABEL_CHARS = 60
"""Longest title shown when an article has no outlet: the cell names a source, it is no headline."""
MIN_CHART_POINTS = 3
"""Dated numeric values needed for a timeline: two points are a comparison the table already makes."""
CHART_H = 150
"""The chart's height in px; its width is the message's (x in percent, see ``timeline_svg``)."""
PAD_L, PAD_R = 14.0, 4.0
"""Percent of the width kept free left (value labels) and right (the last dot)."""
PAD_T, PAD_B = 14, 30
"""Pixels kept free above (the top dot) and below (the date labels)."""

DISAGREE_CSS = """
.fb-disagree { max-width: 100%; }
.fb-disagree table { table-layout: auto; }
.fb-disagree td { overflow-wrap: anywhere; }
.fb-disagree th, .fb-disagree td.fb-col-date, .fb-disagree td.fb-col-value { white-space: nowrap; }
.fb-disagree .fb-quote { font-size: .92em; }
.fb-timeline { display: block; width: 100%; max-width: 520px; height: 150px; margin: .3em 0; }
.fb-timeline text { font-size: 11px; fill: var(--body-text-color); }
.fb-timeline text.fb-end { text-anchor: end; }
.fb-timeline .fb-axis { stroke: var(--border-color-primary); stroke-width: 1; }
.fb-timeline .fb-line { fill: none; stroke: var(--color-accent); stroke-width: 1.5; }
.fb-timeline circle { fill: var(--color-accent); }
@media (max-width: 640px) {
  .fb-doc { white-space: normal; overflow-wrap: anywhere; }
  .fb-disagree table, .fb-disagree tbody, .fb-disagree tr, .fb-disagree td { display: block; width: 100%; }
  .fb-disagree thead { display: none; }
  .fb-disagree table { border: none; background: none; }
  .fb-disagree tr { border: 1px solid var(--border-color-primary); border-radius: 8px;
    margin-bottom: .5em; padding: .3em .2em; box-sizing: border-box; }
  .fb-disagree td { border: none !important; padding: .1em .4em; box-sizing: border-box; }
  .fb-disagree td.fb-col-date, .fb-disagree td.fb-col-value { display: inline-block; width: auto;
    white-space: normal; }
  .fb-disagree td.fb-col-date::after { content: " ·"; }
}
"""


@dataclass(frozen=True)
class Row:
    """One source's report: the value it gives and its citation."""

    value: str
    cite: Citation
    day: date | None


def rows_of(d: Disagreement) -> list[Row]:
    """Every citation of every variant; by date when some are dated (undated last), else as given."""
    rows = [Row(v.value, c, parse_iso(c.date)) for v in d.variants for c in v.citations]
    if any(r.day for r in rows):
        rows.sort(key=lambda r: (r.day is None, r.day or date.min))
    return rows


def source_name(c: Citation) -> str:
    """The outlet, else the article's title (shortened), else its file name.

    One short name per card; the file name is in the numbered citation the ``[n]`` points to.
    """
    if c.outlet.strip():
        return c.outlet.strip()
    title = " ".join(c.title.split())
    if title:
        return title if len(title) <= LABEL_CHARS else title[: LABEL_CHARS - 1].rstrip() + "…"
    return c.doc


def short_quote(quote: str, value: str, limit: int = QUOTE_CHARS) -> str:
    """The quote, cut to ``limit`` characters at word boundaries around where the value is said."""
    quote = " ".join(quote.split())
    if len(quote) <= limit:
        return quote
    at = quote.lower().find(value.lower())
    lo = max(0, min(at - limit // 3, len(quote) - limit)) if at >= 0 else 0
    hi = lo + limit
    if lo > 0:
        cut = re.search(r"\s", quote[lo:])
        lo = lo + cut.end() if cut else lo
    if hi < len(quote):
        cut = re.search(r"\s\S*$", quote[lo:hi])
        hi = lo + cut.start() if cut else hi
    return ("…" if lo > 0 else "") + quote[lo:hi] + ("…" if hi < len(quote) else "")


def _row_html(r: Row) -> str:
    c = r.cite
    when = day_label(r.day) if r.day else "—"
    return (
        f'<tr><td class="fb-col-source">[{c.id}] {escape(source_name(c))}</td>'
        f'<td class="fb-col-date">{escape(when)}</td>'
        f'<td class="fb-col-value"><b>{escape(r.value)}</b></td>'
        f'<td class="fb-col-quote"><span class="fb-quote">“{escape(short_quote(c.quote, r.value))}”</span></td></tr>'
    )


def chart_points(rows: list[Row]) -> list[tuple[date, float, Row]]:
    """(date, number, row) for each dated row whose value parses as a number (its low bound)."""
    out = []
    for r in rows:
        quantities = parse_quantities(r.value)
        if r.day is not None and quantities:
            out.append((r.day, quantities[0].low, r))
    return sorted(out, key=lambda p: (p[0], p[1]))


def _fmt(n: float) -> str:
    return f"{n:,.0f}" if n == int(n) else f"{n:,.1f}"


def timeline_svg(rows: list[Row]) -> str:
    """A dot per dated numeric report, joined in date order; empty under ``MIN_CHART_POINTS``.

    x is in percent and the height fixed, not a ``viewBox``: Gradio's HTML sanitizer strips
    ``viewBox`` (and ``role``/``aria-*``), and percentages scale to any width without it.
    """
    points = chart_points(rows)
    if len({(d, n) for d, n, _ in points}) < MIN_CHART_POINTS:
        return ""
    first, last = points[0][0], points[-1][0]
    lo, hi = min(n for _, n, _ in points), max(n for _, n, _ in points)
    span_days = max((last - first).days, 1)
    span_n = (hi - lo) or 1.0
    plot_w, plot_h = 100 - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B
    base = PAD_T + plot_h

    def xy(day: date, n: float) -> tuple[str, float]:
        x = PAD_L + plot_w * ((day - first).days / span_days if last != first else 0.5)
        y = PAD_T + plot_h * (1 - (n - lo) / span_n if hi != lo else 0.5)
        return f"{x:.1f}%", round(y, 1)

    coords = [xy(d, n) for d, n, _ in points]
    segments = "".join(
        f'<line class="fb-line" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>'
        for (x1, y1), (x2, y2) in pairwise(coords)
    )
    dots = "".join(
        f'<circle cx="{x}" cy="{y}" r="4"><title>{escape(f"{r.value} — {day_label(d)} — {source_name(r.cite)}")}'
        "</title></circle>"
        for (x, y), (d, _, r) in zip(coords, points, strict=True)
    )
    dates = f'<text x="{PAD_L}%" y="{CHART_H - 8}">{escape(day_label(first))}</text>'
    if last != first:
        dates += f'<text class="fb-end" x="{100 - PAD_R}%" y="{CHART_H - 8}">{escape(day_label(last))}</text>'
    values = f'<text class="fb-end" x="{PAD_L - 2}%" y="{base}">{escape(_fmt(lo))}</text>'
    if hi != lo:
        values += f'<text class="fb-end" x="{PAD_L - 2}%" y="{PAD_T + 8}">{escape(_fmt(hi))}</text>'
    return (
        f'<svg class="fb-timeline" width="100%" height="{CHART_H}" xmlns="http://www.w3.org/2000/svg">'
        f'<line class="fb-axis" x1="{PAD_L}%" y1="{base}" x2="{100 - PAD_R}%" y2="{base}"/>'
        f'<line class="fb-axis" x1="{PAD_L}%" y1="{PAD_T}" x2="{PAD_L}%" y2="{base}"/>'
        f"{segments}{dots}{dates}{values}</svg>"
    )


def render_disagreement(d: Disagreement) -> str:
    """Title, a timeline when values are dated, then one row per source: outlet | date | value | quote."""
    rows = rows_of(d)
    return (
        f'<div class="fb-disagree"><div class="fb-disagree-title">Sources disagree on the {escape(d.about)}</div>'
        f"{timeline_svg(rows)}"
        "<table><thead><tr><th>Outlet</th><th>Date</th><th>Value</th><th>Quote</th></tr></thead>"
        f"<tbody>{''.join(_row_html(r) for r in rows)}</tbody></table></div>"
    )
