"""CLI commands that need the models: ask, check, demo, serve. Rendering is plain text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from bot.types import Answer, Verdict

BADGES = {
    "supported": "SUPPORTED",
    "refuted": "REFUTED",
    "conflicting": "CONFLICTING (sources disagree)",
    "not_enough_info": "NOT ENOUGH INFO",
}


def _checker(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from bot.api import FactChecker
    from bot.cli import _settings

    return FactChecker(_settings(args))


def answer_text(answer: Answer) -> str:
    lines = []
    if answer.verdict is not None:
        lines.append(verdict_text(answer.verdict))
        lines.append("")
    if answer.status == "not_in_sources":
        lines.append(f"Not in the sources. {answer.note}")
        for i, p in enumerate(answer.passages[:3], start=1):
            lines.append(f"  closest {i}. {p.doc} [{p.start}:{p.end}] (score {p.score:.2f})")
            lines.append(textwrap.indent(textwrap.fill(p.text, 96), "       "))
        return "\n".join(lines)
    marks = "".join(f"[{c.id}]" for c in answer.citations)
    lines.append(f"{answer.answer} {marks}".strip())
    if answer.note:
        lines.append(f"  ({answer.note})")
    for d in answer.disagreements:
        lines.append("")
        lines.append(f"Sources disagree on the {d.about}:")
        for v in d.variants:
            lines.append(f"  - {v.value!r}: " + ", ".join(f"[{c.id}] {c.doc}" for c in v.citations))
    lines.append("")
    for c in answer.citations:
        source = c.outlet or c.title[:60] or ""
        lines.append(f"[{c.id}] {c.doc} [{c.start}:{c.end}]" + (f" — {source}" if source else ""))
        lines.append(textwrap.indent(textwrap.fill(f"“{c.quote}”", 96), "    "))
    return "\n".join(lines)


def verdict_text(verdict: Verdict) -> str:
    lines = [f"Verdict: {BADGES[verdict.verdict.value]}", f"  {verdict.note}"]
    for e in verdict.evidence:
        lines.append(f"  - {e.stance.value:8} {e.doc} [{e.start}:{e.end}]: {e.reason}")
        lines.append(textwrap.indent(textwrap.fill(f"“{e.quote}”", 92), "      "))
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace) -> int:
    answer = _checker(args).ask(args.text, mode=args.mode)
    print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False) if args.json else answer_text(answer))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    verdict = _checker(args).check(args.text)
    print(json.dumps(verdict.to_dict(), indent=2, ensure_ascii=False) if args.json else verdict_text(verdict))
    return 0


def _ingest_seeds(checker, seeds: list[str]) -> None:  # type: ignore[no-untyped-def]
    existing = [s for s in seeds if Path(s).exists()]
    if not existing:
        return
    report = checker.ingest(existing)
    print(f"index: {report.summary()}", file=sys.stderr)
    for line in report.skipped:
        print(f"skipped {line}", file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    checker = _checker(args)
    _ingest_seeds(checker, args.seeds)
    print(f"Q: {args.question}")
    print(answer_text(checker.ask(args.question)))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.ui import serve

    checker = _checker(args)
    _ingest_seeds(checker, args.seeds)
    serve(checker, host=args.host, port=args.port)
    return 0
