"""The chat page's disagreement block: outlet-by-outlet rows by date, and the timeline chart."""

from __future__ import annotations

import html
import re

import pytest

from bot import ui_disagree, ui_html
from bot.types import Disagreement, Variant
from tests.bot.test_ui import audit, cite


def test_disagreement_table_has_one_row_per_source_with_outlet_date_value_and_quote() -> None:
    c1 = cite(1, "a.txt", "They made a dozen strikes.", 0, outlet="Wire <one>")
    c2 = cite(2, "b.txt", "Dozens of <strikes>.", 0, title="B & co")
    c3 = cite(3, "c.txt", "Again dozens.", 0)
    dis = Disagreement(
        about="airstrike",
        note="",
        variants=[Variant("a dozen", [c1]), Variant("dozens", [c2, c3])],
    )
    out = ui_html.render_disagreement(dis)
    parsed = audit(out)
    rows = re.findall(r"<tr>(.*?)</tr>", out)
    assert len(rows) == 4  # header + one per citation
    cells = [[text_of(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)] for r in rows]
    assert cells[0] == ["Outlet", "Date", "Value", "Quote"]
    assert cells[1] == ["[1] Wire <one>", "—", "a dozen", "“They made a dozen strikes.”"]
    assert cells[2] == ["[2] B & co", "—", "dozens", "“Dozens of <strikes>.”"]
    assert cells[3] == ["[3] c.txt", "—", "dozens", "“Again dozens.”"]  # no outlet, no title: its id
    assert "Sources disagree on the airstrike" in "".join(parsed.text)
    assert "<svg" not in out  # nothing dated: no timeline


def text_of(cell: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", cell))


def toll(*reports: tuple[str, str, str]) -> Disagreement:
    """A disagreement with one variant per (value, outlet, ISO date) report."""
    variants = [
        Variant(value, [cite(i, f"{i}.txt", f"The toll rose to {value}.", 0, outlet=outlet, date=day)])
        for i, (value, outlet, day) in enumerate(reports, 1)
    ]
    return Disagreement(about="death toll", note="", variants=variants)


def test_disagreement_rows_are_ordered_by_date_with_undated_last() -> None:
    dis = toll(
        ("25", "C", "2017-03-06"), ("40", "D", ""), ("12", "A", "2017-03-03"), ("19", "B", "2017-03-04")
    )
    out = ui_html.render_disagreement(dis)
    rows = [
        [text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", r)]
        for r in re.findall(r"<tr>(.*?)</tr>", out)[1:]
    ]
    assert [r[1:3] for r in rows] == [
        ["3 Mar 2017", "12"],
        ["4 Mar 2017", "19"],
        ["6 Mar 2017", "25"],
        ["—", "40"],
    ]
    assert [r[0] for r in rows] == ["[3] A", "[4] B", "[1] C", "[2] D"]


def test_a_long_quote_is_shortened_around_its_value() -> None:
    quote = "Earlier words " * 30 + "the monitor said 57 people died in the raid " + "later words " * 30
    dis = Disagreement(about="toll", note="", variants=[Variant("57", [cite(1, "a.txt", quote, 0)])])
    shown = text_of(re.findall(r'<td class="fb-col-quote">(.*?)</td>', ui_html.render_disagreement(dis))[0])
    assert "57 people died" in shown and shown.startswith("“…") and shown.endswith("…”")
    assert len(shown) <= ui_disagree.QUOTE_CHARS + 4


def test_three_dated_numeric_values_draw_a_timeline_above_the_table() -> None:
    dis = toll(
        ("12 people", "A", "2017-03-03"), ("19 <b>people</b>", "B&B", "2017-03-04"), ("25", "C", "2017-03-06")
    )
    out = ui_html.render_disagreement(dis)
    assert out.count("<svg") == 1 and out.index("<svg") < out.index("<table")
    svg = out[out.index("<svg") : out.index("</svg>") + 6]
    assert 'width="100%"' in svg
    xs = re.findall(r' (?:x|x1|x2|cx)="([^"]+)"', svg)
    assert xs and all(x.endswith("%") for x in xs)  # scales to the message's width
    assert "<script" not in svg and "href" not in svg  # no JS, no external assets
    assert svg.count("<circle") == 3
    assert "19 &lt;b&gt;people&lt;/b&gt; — 4 Mar 2017 — B&amp;B" in svg  # labels escaped
    assert "3 Mar 2017" in svg and "6 Mar 2017" in svg  # the date axis
    assert ">12<" in svg and ">25<" in svg  # the value axis
    ys = [float(y) for y in re.findall(r'<circle cx="[^"]+" cy="([^"]+)"', svg)]
    assert ys[0] > ys[1] > ys[2]  # a rising toll climbs (SVG y grows downwards)


@pytest.mark.parametrize(
    "reports",
    [
        [("12", "A", "2017-03-03"), ("19", "B", "2017-03-04")],  # two values: the table says it all
        [("12", "A", "2017-03-03"), ("19", "B", "2017-03-04"), ("25", "C", "")],  # one undated
        [("a dozen", "A", "2017-03-03"), ("many", "B", "2017-03-04"), ("several", "C", "2017-03-05")],
        [("Assad", "A", "2017-03-03"), ("rebels", "B", "2017-03-04"), ("Russia", "C", "2017-03-05")],
    ],
)
def test_no_timeline_without_three_dated_numeric_values(reports: list[tuple[str, str, str]]) -> None:
    out = ui_html.render_disagreement(toll(*reports))
    assert "<svg" not in out and out.count("<tr>") == len(reports) + 1
