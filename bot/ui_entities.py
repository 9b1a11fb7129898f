"""The chat page's block for several right answers: one line per entity sharing the asked name.

Pure HTML text (every value escaped), so ``bot/ui.py`` only places it under the answer.
"""

from __future__ import annotations

from html import escape

from bot.types import Answer


def entities_html(answer: Answer) -> str:
    """ "Different things share this name": each entity's label, value and citation marks, and
    its own sources' disagreement when they differ; empty when the answer has no entities."""
    if not answer.entities:
        return ""
    items = []
    for e in answer.entities:
        marks = "".join(f"<sup>[{c.id}]</sup>" for c in e.citations)
        disputed = ""
        if e.disagreement is not None:
            others = " vs ".join(escape(v.value) for v in e.disagreement.variants[1:])
            disputed = f' <span class="entity-disputed">(sources differ: {others})</span>'
        items.append(f"<li><b>{escape(e.label)}</b>: {escape(e.value)} {marks}{disputed}</li>")
    return (
        '<div class="entities"><p>Different things share this name (not a disagreement):</p>'
        f"<ul>{''.join(items)}</ul></div>"
    )
