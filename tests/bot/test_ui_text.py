"""``bot/ui_text.py``: the chat page's claim-by-claim view of a pasted text, on hand-made reports.

``tests/bot/test_ui.py`` pins the underlines, the table and the escaping on one draft; these pin
the badges, the sources column, claims with no evidence, and the per-reply anchors.
"""

from __future__ import annotations

import re

import pytest

from bot.render import BADGES
from bot.types import NOT_CHECKWORTHY, Evidence, Label, Stance, TextClaim, TextReport, Verdict
from bot.ui_text import NO_EVIDENCE, SOURCES_SHOWN, render_text_report, text_badge, underlined_text

TEXT = "Workers rebuilt 14 cranes. The port <b>reopened</b> & grew."


def evidence(doc: str, stance: Stance, title: str = "") -> Evidence:
    return Evidence(doc, 0, 26, "Workers rebuilt 14 cranes.", stance, 0.5, title=title)


def report(label: Label, found: list[Evidence], note: str = "two sources") -> TextReport:
    claim = TextClaim(
        "Workers rebuilt 14 cranes.", 0, 26, verdict=Verdict("Workers rebuilt 14 cranes.", label, found, note)
    )
    return TextReport(TEXT, [claim])


def sources_cell(markup: str) -> str:
    found = re.search(r'<td class="fb-col-sources">(.*?)</td></tr>', markup)
    assert found is not None
    return re.sub(r"<[^>]+>", "", found.group(1))


@pytest.mark.parametrize("label", [*BADGES, NOT_CHECKWORTHY])
def test_every_label_has_its_own_badge(label: str) -> None:
    """The four verdicts use the CLI's badges; a claim not judged gets a grey one of its own."""
    badge = text_badge(label)
    assert f'class="fb-badge fb-badge-{label}"' in badge
    words = "Not check-worthy" if label == NOT_CHECKWORTHY else BADGES[label][1]
    assert words in badge


def test_the_sources_column_names_each_side_taking_source_once() -> None:
    """Neutral sources are left out, a source with two sentences is named once, best first."""
    found = [
        evidence("a.txt", Stance.SUPPORTS),
        evidence("b.txt", Stance.NEUTRAL),
        evidence("a.txt", Stance.REFUTES),
        evidence("c.txt", Stance.REFUTES),
    ]
    assert sources_cell(render_text_report(report(Label.CONFLICTING, found), {}, "x")) == (
        "a.txt (supports)c.txt (refutes)"
    )


def test_past_the_shown_sources_the_rest_are_counted() -> None:
    found = [evidence(f"{n}.txt", Stance.SUPPORTS) for n in range(SOURCES_SHOWN + 2)]
    cell = sources_cell(render_text_report(report(Label.SUPPORTED, found), {}, "x"))
    assert cell.count("(supports)") == SOURCES_SHOWN and cell.endswith("+2 more")


def test_a_claim_no_source_takes_a_side_on_says_so() -> None:
    """Only neutral evidence: "none" in the sources; no evidence at all: a plain sentence."""
    out = render_text_report(report(Label.NOT_ENOUGH_INFO, [evidence("a.txt", Stance.NEUTRAL)]), {}, "x")
    assert sources_cell(out) == "none"
    out = render_text_report(report(Label.NOT_ENOUGH_INFO, []), {}, "x")
    assert NO_EVIDENCE in out and sources_cell(out) == "none"


def test_a_source_title_and_the_verdict_note_are_escaped() -> None:
    found = [evidence("a.txt", Stance.SUPPORTS, title="<i>Port</i> news")]
    out = render_text_report(report(Label.SUPPORTED, found, note="<script>x</script>"), {}, "x")
    assert "<i>" not in out and "<script>" not in out
    assert "&lt;i&gt;Port&lt;/i&gt; news" in out and "&lt;script&gt;x&lt;/script&gt;" in out


def test_a_conflicting_claim_is_underlined_in_the_conflicting_colour() -> None:
    out = underlined_text(report(Label.CONFLICTING, []), "x")
    assert '<a class="fb-claim fb-claim-conflicting" href="#x-1">Workers rebuilt 14 cranes.</a>' in out
    assert "&lt;b&gt;reopened&lt;/b&gt; &amp; grew." in out  # the rest of the text, escaped, not linked


def test_a_claim_span_outside_the_text_is_listed_but_not_underlined() -> None:
    """A span that does not fit the text is never drawn (it would cut the text); its row stays."""
    stray = TextClaim("Elsewhere.", 40, 400, verdict=Verdict("Elsewhere.", Label.REFUTED, []))
    bad = TextReport(TEXT, [*report(Label.SUPPORTED, []).claims, stray])
    assert "fb-claim-refuted" not in underlined_text(bad, "x")
    assert 'id="x-2" class="fb-row-refuted"' in render_text_report(bad, {}, "x")


def test_each_reply_gets_its_own_row_anchors() -> None:
    """Without an anchor, two replies on one page never share row ids (links stay in their reply)."""
    first, second = (render_text_report(report(Label.SUPPORTED, []), {}) for _ in range(2))
    ids = [re.findall(r'<tr id="([\w-]+)"', out) for out in (first, second)]
    assert len(ids[0]) == len(ids[1]) == 1 and ids[0] != ids[1]
