"""The ``factbot`` command: every subcommand, the only module that prints.

Library errors become one line and an exit code. Heavy modules (models, Chroma, Gradio)
are imported inside the command that needs them, so ``factbot --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.errors import FactbotError, printable

if TYPE_CHECKING:
    from bot.api import FactChecker
    from index.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_PIPE = 141
"""The reader of our output went away (``factbot stats | head``): exit as a SIGPIPE would."""
DEFAULT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _settings(args: argparse.Namespace, **overrides: Any) -> Settings:
    """``FACTBOT_*`` settings, with ``--data-dir`` (and the caller's overrides) on top."""
    from index.settings import Settings

    if getattr(args, "data_dir", None):
        overrides.setdefault("data_dir", Path(args.data_dir))
    return Settings.from_env(**overrides)


def _progress_bar(desc: str) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A bar on a terminal; nothing when stderr is a file or pipe (no redraws in logs)."""
    from tqdm import tqdm

    bar: dict[str, Any] = {}
    if not sys.stderr.isatty():
        return lambda done, total: None, lambda: None

    def update(done: int, total: int) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, desc=desc, unit="file", file=sys.stderr, leave=False)
        bar["bar"].n = done
        bar["bar"].refresh()

    def close() -> None:
        if "bar" in bar:
            bar["bar"].close()

    return update, close


def _checker(args: argparse.Namespace) -> FactChecker:
    from bot.api import FactChecker

    return FactChecker(_settings(args))


def cmd_ingest(args: argparse.Namespace) -> int:
    checker = _checker(args)
    update, close = _progress_bar("ingesting")
    try:
        report = checker.ingest(args.paths, prune=args.prune, progress=update, meta=args.meta)
    finally:
        close()
    if report.articles or report.pruned:
        checker.refresh()  # writes the lexical cache now, so serving processes load it
    for line in report.skipped:
        print(f"skipped {line}", file=sys.stderr)
    for line in report.notes():
        print(line, file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.summary())
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from index.errors import EmptyIndexError
    from index.store import Store

    settings = _settings(args)
    store = Store(settings)
    if not store.exists():
        raise EmptyIndexError(f"nothing indexed at {store.location}; run `factbot ingest PATH`")
    counts = store.counts()
    articles = store.articles()
    out = {
        "store": settings.chroma_url or str(settings.data_dir),
        "collections": {k: store.name(k) for k in counts},
        "counts": counts,
        "articles": [
            {"doc": a.doc, "title": a.title, "outlet": a.outlet, "passages": a.passages, "claims": a.claims}
            for a in articles
        ],
    }
    if args.json:
        print(json.dumps(out, indent=2))
        return EXIT_OK
    print(f"store: {out['store']}")
    print(f"articles: {counts['articles']}  passages: {counts['passages']}  claims: {counts['claims']}")
    for a in articles[:50]:
        print(f"  {printable(a.doc)}  {a.passages} passages, {a.claims} claims  {printable(a.title[:60])}")
    if len(articles) > 50:
        print(f"  … and {len(articles) - 50} more")
    return EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.render import answer_text

    answer = _checker(args).ask(args.text, mode=args.mode)
    print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False) if args.json else answer_text(answer))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from bot.render import verdict_text

    verdict = _checker(args).check(args.text)
    print(json.dumps(verdict.to_dict(), indent=2, ensure_ascii=False) if args.json else verdict_text(verdict))
    return EXIT_OK


def _read_text(source: str) -> str:
    """The text of ``FILE`` (UTF-8), or standard input for ``-``."""
    from index.errors import InputFileError

    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputFileError(source, "not UTF-8 text; save it as UTF-8 and try again") from None
    except OSError as exc:
        raise InputFileError(source, f"cannot read it ({exc.strerror or exc})") from None


def cmd_check_text(args: argparse.Namespace) -> int:
    """``factbot check-text``: every claim of a draft with its verdict (``--json``: the TextReport)."""
    from bot.render import report_text

    report = _checker(args).check_text(_read_text(args.file))
    print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) if args.json else report_text(report))
    return EXIT_OK


def _ingest_seeds(checker: FactChecker, seeds: list[str]) -> None:
    existing: list[str | Path] = [s for s in seeds if Path(s).exists()]
    if not existing:
        return
    report = checker.ingest(existing)
    print(f"index: {report.summary()}", file=sys.stderr)
    for line in report.skipped:
        print(f"skipped {line}", file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    from bot.render import answer_text

    checker = _checker(args)
    _ingest_seeds(checker, args.seeds)
    print(f"Q: {args.question}")
    print(answer_text(checker.ask(args.question)))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.ui import serve

    checker = _checker(args)
    _ingest_seeds(checker, args.seeds)
    serve(checker, host=args.host, port=args.port)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """``factbot eval``: scores the index a data dir names (reusing what it holds), else a temporary one.

    A data dir named by ``--data-dir`` or ``FACTBOT_DATA_DIR`` is used as ``factbot ingest``
    left it (same collections), so a corpus already indexed there is not embedded again.
    """
    from bot.eval.gold import DEFAULT_CORPUS, DEFAULT_GOLD
    from bot.eval.ramdocs import evaluate_ramdocs, parse_lines
    from bot.eval.report import command_line, llm_rows, summary_text, write_reports
    from bot.eval.runner import evaluate_gold
    from index.embed import embedder_for

    if args.ramdocs_lines and not args.ramdocs:
        print("factbot: --ramdocs-lines needs --ramdocs FILE", file=sys.stderr)
        return EXIT_USAGE
    lines = parse_lines(args.ramdocs_lines) if args.ramdocs_lines else None
    gold = args.gold or (None if args.ramdocs else str(DEFAULT_GOLD))
    named = bool(args.data_dir or os.environ.get("FACTBOT_DATA_DIR"))
    own_dir = None if named else Path(tempfile.mkdtemp(prefix="factbot-eval-"))
    try:
        settings = _settings(args, **({} if named else {"data_dir": own_dir, "collection_prefix": "eval"}))
        embedder = embedder_for(settings)
        report: dict[str, Any] = {}
        if gold:
            corpus = args.corpus or [str(DEFAULT_CORPUS)]
            report |= evaluate_gold(
                gold, settings, corpus, embedder, baseline=args.baseline, progress=True, llm=args.llm or ""
            )
            if named:
                done = report["ingest"]
                print(
                    f"index {settings.data_dir}: {done['articles']} articles new or changed, "
                    f"{done['unchanged']} unchanged",
                    file=sys.stderr,
                )
        if args.ramdocs:
            report |= evaluate_ramdocs(
                args.ramdocs, settings, args.limit, embedder, True, lines, baseline=args.baseline
            )
    finally:
        if own_dir is not None:
            shutil.rmtree(own_dir, ignore_errors=True)
    print(summary_text(report))
    if report.get("llm"):
        print(f"\nLLM mode ({args.llm}):")
        for key, value in llm_rows(report):
            print(f"  {key:24} {value:>8}")
    for path in write_reports(report, args.json, args.md, args.plot, command_line()):
        print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def cmd_doctor(args: argparse.Namespace) -> int:
    """One line per problem with what to do; exit 1 when anything is wrong."""
    from index.doctor import diagnose
    from index.store import Store

    store = Store(_settings(args))
    problems = diagnose(store.settings, store)
    for problem in problems:
        print(f"problem: {problem}")
    if problems:
        return EXIT_FAILED
    counts = store.counts()
    print(
        f"ok: {store.location}: {counts['articles']} articles, {counts['passages']} passages and "
        f"{counts['claims']} claims agree with their records and answer searches"
    )
    return EXIT_OK


def cmd_rebuild(args: argparse.Namespace) -> int:
    """Re-create passages, claims and vectors from the stored texts (then ingest PATHs)."""
    from index.doctor import rebuild

    settings = _settings(args)
    update, close = _progress_bar("rebuilding")
    try:
        report = rebuild(settings, args.paths, progress=update)
    finally:
        close()
    _checker(args).refresh()  # the lexical cache, so serving processes load it
    for line in report.ingest.skipped if report.ingest else []:
        print(f"skipped {line}", file=sys.stderr)
    print(report.summary())
    return EXIT_SKIPPED if report.ingest and report.ingest.skipped else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factbot", description="Claim-level fact-checking over your news articles."
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument("--data-dir", help="index location (default: FACTBOT_DATA_DIR or ./.factbot)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index article files or folders")
    p.add_argument("paths", nargs="+", help=".txt .md .html .json .jsonl files or folders")
    p.add_argument("--prune", action="store_true", help="drop indexed articles whose files are gone")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--meta",
        action="append",
        metavar="FILE",
        help="metadata .csv/.jsonl: column 'file' plus title, outlet (or source), date, url",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("stats", help="what is indexed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("doctor", help="check the index against its records; one line per problem")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("rebuild", help="re-create passages, claims and vectors from the stored article texts")
    p.add_argument(
        "paths", nargs="*", help="article files or folders, needed when the index's SQLite is damaged"
    )
    p.set_defaults(func=cmd_rebuild)

    for name, helptext in (
        ("ask", "answer a question from the articles"),
        ("check", "check a claim against the articles"),
    ):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("text", help="the question" if name == "ask" else "the claim")
        p.add_argument("--json", action="store_true", help="print the result as JSON")
        if name == "ask":
            p.add_argument("--mode", choices=["question", "claim", "auto"], default="question")
        p.set_defaults(func=cmd_ask if name == "ask" else cmd_check)

    p = sub.add_parser("check-text", help="split a text into claims and check each one")
    p.add_argument(
        "file", nargs="?", default="-", help="a UTF-8 text file, or - for standard input (the default)"
    )
    p.add_argument("--json", action="store_true", help="print the claims, verdicts and summary as JSON")
    p.set_defaults(func=cmd_check_text)

    p = sub.add_parser("serve", help="ingest seeds/ if needed and serve the chat page")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--seeds", nargs="*", default=[str(DEFAULT_SEEDS)], help="folders ingested first")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("demo", help="ingest seeds/ if needed and answer a sample question")
    p.add_argument("--seeds", nargs="*", default=[str(DEFAULT_SEEDS)])
    p.add_argument("question", nargs="?", default="How many US troops are in Syria?")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("eval", help="score answers, citations and verdicts on a gold set or RAMDocs")
    p.add_argument("--gold", help="gold JSONL (default: gold/seeds.jsonl unless --ramdocs is given)")
    p.add_argument("--corpus", nargs="+", help="articles ingested for --gold (default: seeds/)")
    p.add_argument("--baseline", action="store_true", help="also score a LangChain quick-start baseline")
    p.add_argument("--llm", metavar="SPEC", help="also score LLM-written answers, e.g. openai:gpt-4o-mini")
    p.add_argument(
        "--ramdocs",
        metavar="FILE",
        help="RAMDocs JSONL; only the development lines 1-100 and 451-500 are read",
    )
    p.add_argument(
        "--ramdocs-lines",
        metavar="RANGES",
        help="RAMDocs lines to score, e.g. 1-100,451-500 (the default); lines 101-450 are refused",
    )
    p.add_argument("--limit", type=int, metavar="N", help="RAMDocs: only the first N questions of each split")
    p.add_argument("--json", metavar="OUT", help="write the full report (metrics and items) as JSON")
    p.add_argument("--md", metavar="OUT", help="write a markdown report with the per-item problems")
    p.add_argument("--plot", metavar="OUT.png", help="write a bar chart of the metrics side by side")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from index.embed import offline_env

    offline_env()
    try:
        code: int = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except FactbotError as exc:
        print(f"factbot: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(
            "factbot: interrupted; completed articles are kept, run the same command again to finish",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except OSError as exc:
        from index.client import failure

        print(f"factbot: {failure(exc, _settings(args), 'running')}", file=sys.stderr)
        return EXIT_FAILED


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot raise again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
