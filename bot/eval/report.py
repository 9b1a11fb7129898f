"""An evaluation report as a console table, markdown with every failing item, a bar chart.

The report itself is the JSON dict ``evaluate_gold``/``evaluate_ramdocs`` return; everything
here only formats it, so the console, ``docs/eval.md`` and the plot cannot drift apart.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from bot.eval.baseline import QUICKSTART_NOTE
from bot.eval.gold import shown_path
from bot.eval.ramdocs import ALL_KEYS, BETTER_LOW, DEV_SPLITS, METRICS
from bot.eval.scoring import BARS, GOLD_KEYS, RATE_KEYS
from bot.eval.text_items import TEXT_KEYS
from index.errors import FactbotError

PROBLEM_KINDS = (
    "wrong value",
    "should have abstained",
    "abstained",
    "missing citation",
    "citation off the gold quotes",
    "missed disagreement",
    "false disagreement",
    "gold quote not in the top 5 passages",
    "wrong verdict",
    "claim not found",
    "wrong claim verdict",
    "missed gold answer",
    "wrong answer given as the answer",
    "disagreement flagged without misinfo documents",
    "error",
)
"""Problem lines start with one of these; the markdown counts them by kind."""


def _fmt(key: str, value: Any) -> str:
    if value is None:
        return "-"
    if key.startswith("n_") or key.endswith("_n"):
        return str(int(value))
    if "latency" in key:
        return f"{value:.0f}"
    return f"{value:.3f}"


def summary_rows(report: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(metric, factbot, baseline, bar) rows shared by the console table and the markdown."""
    rows = []
    base = report.get("baseline") or {}
    if "n_questions" in report:
        for key in GOLD_KEYS:
            bar = f">= {BARS[key]:.2f}" if key in BARS else ""
            if key in BARS and report[key] < BARS[key]:
                bar += " (below)"
            rows.append((key, _fmt(key, report[key]), _fmt(key, base.get(key)) if base else "-", bar))
    if "n_texts" in report:
        for key in TEXT_KEYS:
            note = "each gold quote checked alone" if key == "text_single_verdict_accuracy" else ""
            rows.append((key, _fmt(key, report[key]), "-", note))
    for key in ALL_KEYS:
        if key in report:
            note = "lower is better" if key.endswith(BETTER_LOW) else ""
            rows.append((key, _fmt(key, report[key]), _fmt(key, base.get(key)), note))
    return rows


def llm_rows(report: dict[str, Any]) -> list[tuple[str, str]]:
    """(metric, LLM mode) rows, printed below the main table when ``--llm`` was given."""
    block = report.get("llm") or {}
    return [(k, _fmt(k, block[k])) for k in GOLD_KEYS if k in block]


def summary_text(report: dict[str, Any]) -> str:
    """The console table: factbot beside the baseline and the bar, then the problem count."""
    rows = [("metric", "factbot", "baseline", "bar"), *summary_rows(report)]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    failing = [i for i in report.get("items", []) if i["problems"]]
    if "items" in report:
        lines.append(
            f"\n{len(failing)} of {len(report['items'])} items have problems (see --md for the table)"
        )
    return "\n".join(line.rstrip() for line in lines)


def _cell(text: Any, limit: int = 160) -> str:
    s = " ".join(str(text).split()).replace("|", "\\|")
    return s if len(s) <= limit else s[: limit - 1] + "…"


def problem_kinds(items: list[dict[str, Any]]) -> Counter[str]:
    """How often each kind of problem occurs, so the biggest failure class is seen first."""
    return Counter(
        next((k for k in PROBLEM_KINDS if p.startswith(k)), p) for i in items for p in i["problems"]
    )


def _split_lines(report: dict[str, Any], prefix: str) -> str:
    """The lines a split was scored on (reports from before ``_lines`` existed: 1-N)."""
    return str(report.get(f"{prefix}_lines") or f"1-{report[f'{prefix}_n']}")


def markdown(report: dict[str, Any], plot: str | None = None, command: str = "") -> str:
    """The report as markdown: summary side by side, then every item that went wrong.

    The baseline's items stay in the JSON: nearly all of them fail by design.
    """
    out = ["# factbot evaluation", ""]
    out.append(f"Generated {date.today().isoformat()}" + (f" by `{command}`" if command else "") + ".")
    if "gold" in report:
        corpus = ", ".join(f"`{shown_path(c)}`" for c in report.get("corpus", []))
        out.append(f"Gold set `{shown_path(report['gold'])}` over {corpus}.")
    splits = [p for p in DEV_SPLITS if f"{p}_n" in report]
    if splits:
        scored = " and ".join(_split_lines(report, p) for p in splits)
        out.append(f"RAMDocs `{report['ramdocs']}`, lines {scored} (development splits only).")
    if "settings" in report:
        out.append(f"Vector key `{report['settings'].get('vector_key', '')}`.")
    out += ["", "| metric | factbot | baseline | bar |", "| --- | ---: | ---: | --- |"]
    out += [f"| {m} | {f} | {b} | {bar} |" for m, f, b, bar in summary_rows(report)]
    if "baseline" in report:
        out += ["", QUICKSTART_NOTE]
    if plot:
        out += ["", f"![metrics side by side]({plot})"]
    if report.get("items"):
        items = [i for i in report["items"] if i["problems"]]
        kinds = ", ".join(f"{kind} {n}" for kind, n in problem_kinds(items).most_common())
        out += ["", f"## What went wrong: gold set ({len(items)} of {len(report['items'])} items)", ""]
        out += [f"Problems by kind: {kinds}.", ""]
        out += ["| id | kind | expected | got | problems |", "| --- | --- | --- | --- | --- |"]
        out += [
            f"| {i['id']} | {i['kind']} | {_cell(i['expected'])} | {_cell(i['got'])} | "
            f"{_cell('; '.join(i['problems']), 400)} |"
            for i in items
        ]
    out += _text_claims(report)
    for prefix in splits:
        out += _ramdocs_problems(report, prefix)
    return "\n".join(out) + "\n"


def _text_claims(report: dict[str, Any]) -> list[str]:
    """Every gold claim of the text items: its verdict inside the paragraph and alone."""
    texts = [i for i in report.get("items", []) if i["kind"] == "text"]
    if not texts:
        return []
    out = ["", f"## Text items: every gold claim ({len(texts)} texts)", ""]
    out += ["| text | gold claim | expected | in the text | alone |", "| --- | --- | --- | --- | --- |"]
    for item in texts:
        for row in item["claims"]:
            got = row["got"] or "not found"
            out.append(
                f"| {item['id']} | {_cell(row['quote'], 100)} | {row['expected']} | "
                f"{got}{'' if row['correct'] else ' ✗'} | {row.get('alone') or '-'} |"
            )
    return out


def _ramdocs_problems(report: dict[str, Any], prefix: str) -> list[str]:
    rows = [r for r in report.get(f"{prefix}_items", []) if r["problems"]]
    kinds = ", ".join(f"{kind} {n}" for kind, n in problem_kinds(rows).most_common())
    where = f"RAMDocs lines {_split_lines(report, prefix)}"
    out = ["", f"## What went wrong: {where} ({len(rows)} of {report[f'{prefix}_n']} questions)", ""]
    out += [f"Problems by kind: {kinds}.", ""]
    out += ["| line | question | gold | got | problems |", "| ---: | --- | --- | --- | --- |"]
    for r in rows:
        got = r["got"] + (f" [variants: {'; '.join(r['variants'])}]" if r["variants"] else "")
        out.append(
            f"| {r['line']} | {_cell(r['question'])} | {_cell(', '.join(r['gold_answers']))} | "
            f"{_cell(got)} | {_cell('; '.join(r['problems']), 300)} |"
        )
    return out


Panel = tuple[str, list[str], list[tuple[str, list[float]]], dict[str, float]]
"""(title, metric keys, [(series name, values)], the bars to mark on those keys)."""


def _panels(report: dict[str, Any]) -> list[Panel]:
    panels: list[Panel] = []
    gold = [k for k in RATE_KEYS if k in report]
    if gold:
        systems = [("factbot", report)]
        if report.get("baseline"):
            systems.append(("baseline", report["baseline"]))
        if report.get("llm"):
            systems.append(("factbot LLM", report["llm"]))
        series = [(name, [float(block[k]) for k in gold]) for name, block in systems]
        panels.append(("gold set", gold, series, BARS))
    rates = [m for m in METRICS if m not in ("n", "latency_p50_ms")]
    splits = [p for p in DEV_SPLITS if f"{p}_n" in report]
    if splits:
        base = report.get("baseline") or {}
        series = []
        for p in splits:
            lines = _split_lines(report, p)
            series.append((f"lines {lines}", [float(report[f"{p}_{m}"]) for m in rates]))
            if f"{p}_n" in base:
                series.append((f"baseline, lines {lines}", [float(base[f"{p}_{m}"]) for m in rates]))
        panels.append(("RAMDocs (development splits)", rates, series, {}))
    return panels


def plot(report: dict[str, Any], out: str | Path) -> None:
    """Bar chart of the rate metrics, factbot beside the baseline, with the bars marked."""
    try:
        import matplotlib
    except ImportError as exc:
        raise FactbotError("--plot needs matplotlib: pip install matplotlib") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = _panels(report)
    if not panels:
        raise FactbotError("nothing to plot: the report has no metrics")
    fig, axes = plt.subplots(
        1,
        len(panels),
        figsize=(6 + 5 * len(panels), 4.8),
        squeeze=False,
        gridspec_kw={"width_ratios": [len(keys) for _, keys, _, _ in panels]},
    )
    for ax, (title, keys, series, bars_at) in zip(axes[0], panels, strict=True):
        x = np.arange(len(keys))
        width = 0.8 / len(series)
        for n, (name, values) in enumerate(series):
            bars = ax.bar(x + (n - (len(series) - 1) / 2) * width, values, width, label=name)
            ax.bar_label(bars, fmt="%.2f", fontsize=7)
        for i, key in enumerate(keys):
            if key in bars_at:
                ax.hlines(bars_at[key], i - 0.45, i + 0.45, colors="black", linestyles="dashed", linewidth=1)
        ax.set_xticks(x, [k.replace("_", "\n") for k in keys], fontsize=8)
        ax.set_ylim(0, 1.08)
        ax.set_title(title)
        ax.legend(loc="upper right", fontsize=8)
    fig.suptitle("factbot evaluation (dashed: the bar to reach)")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


def write_reports(
    report: dict[str, Any], json_out: str | None, md_out: str | None, plot_out: str | None, command: str = ""
) -> list[str]:
    """Writes whichever of the JSON, the plot and the markdown were asked for; their paths."""
    for out in (json_out, plot_out, md_out):
        if out:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
    written = []
    if json_out:
        text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
        Path(json_out).write_text(text, encoding="utf-8")
        written.append(json_out)
    if plot_out:
        plot(report, plot_out)
        written.append(plot_out)
    if md_out:
        image = None
        if plot_out:
            png, md_dir = Path(plot_out).resolve(), Path(md_out).resolve().parent
            image = str(png.relative_to(md_dir)) if png.is_relative_to(md_dir) else str(png)
        Path(md_out).write_text(markdown(report, image, command), encoding="utf-8")
        written.append(md_out)
    return written


def command_line(argv: list[str] | None = None) -> str:
    """How a report was made, for the markdown header; only when run as ``factbot eval``."""
    args = sys.argv[1:] if argv is None else argv
    return "factbot " + " ".join(args) if "eval" in args else ""
