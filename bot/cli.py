"""The ``factbot`` command. The only module that prints; library errors become one line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from index.errors import FactbotError, printable

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_PIPE = 141
"""The reader of our output went away (``factbot stats | head``): exit as a SIGPIPE would."""
DEFAULT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _settings(args: argparse.Namespace) -> Any:
    from index.settings import Settings

    overrides: dict[str, Any] = {}
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = Path(args.data_dir)
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


def cmd_ingest(args: argparse.Namespace) -> int:
    from index.ingest import ingest

    settings = _settings(args)
    update, close = _progress_bar("ingesting")
    try:
        report = ingest(args.paths, settings, prune=args.prune, progress=update)
    finally:
        close()
    if report.articles or report.pruned:
        _write_lexical_cache(settings)
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
    _write_lexical_cache(settings)
    for line in report.ingest.skipped if report.ingest else []:
        print(f"skipped {line}", file=sys.stderr)
    print(report.summary())
    return EXIT_SKIPPED if report.ingest and report.ingest.skipped else EXIT_OK


def _write_lexical_cache(settings: Any) -> None:
    """Build the lexical cache now, so serving processes load it instead of rebuilding it."""
    from bot.retrieve import Retriever
    from index.embed import embedder_for
    from index.store import Store

    Retriever(Store(settings), embedder_for(settings), settings).lexical()


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
        p.set_defaults(func=_lazy("bot.render", f"cmd_{name}"))

    p = sub.add_parser("serve", help="ingest seeds/ if needed and serve the chat page")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--seeds", nargs="*", default=[str(DEFAULT_SEEDS)], help="folders ingested first")
    p.set_defaults(func=_lazy("bot.render", "cmd_serve"))

    p = sub.add_parser("demo", help="ingest seeds/ if needed and answer a sample question")
    p.add_argument("--seeds", nargs="*", default=[str(DEFAULT_SEEDS)])
    p.add_argument("question", nargs="?", default="How many US troops are in Syria?")
    p.set_defaults(func=_lazy("bot.render", "cmd_demo"))

    p = sub.add_parser("eval", help="score answers, citations and verdicts on a gold set or RAMDocs")
    p.add_argument("--gold", help="gold JSONL (default: gold/seeds.jsonl unless --ramdocs is given)")
    p.add_argument("--corpus", nargs="+", help="articles ingested for --gold (default: seeds/)")
    p.add_argument("--baseline", action="store_true", help="also score a LangChain quick-start baseline")
    p.add_argument("--llm", metavar="SPEC", help="also score LLM-written answers, e.g. openai:gpt-4o-mini")
    p.add_argument("--ramdocs", metavar="FILE", help="RAMDocs JSONL; only lines 1-100 are read")
    p.add_argument("--limit", type=int, metavar="N", help="RAMDocs: only the first N questions")
    p.add_argument("--json", metavar="OUT", help="write the full report (metrics and items) as JSON")
    p.add_argument("--md", metavar="OUT", help="write a markdown report with the per-item problems")
    p.add_argument("--plot", metavar="OUT.png", help="write a bar chart of the metrics side by side")
    p.set_defaults(func=_lazy("bot.evaluate", "cmd_eval"))
    return parser


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """Import heavy command modules only when that command runs (fast --help)."""

    def run(args: argparse.Namespace) -> int:
        import importlib

        func: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), name)
        return func(args)

    return run


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
