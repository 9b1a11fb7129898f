"""The chat page: Gradio over ``FactChecker``, and the only module that knows ``gr.Error``.

Everything shown is built by the small pure ``render_*`` functions of ``bot.ui_html`` (and
``bot.ui_text`` for a pasted paragraph), from the typed results; they escape every piece of
article or user text before it meets markup.
The chatbot renders messages as HTML (``render_markdown=False``), so no Markdown or LaTeX
pass can reinterpret escaped text.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported: no calls home

import gradio as gr

from bot.types import Answer
from bot.ui_html import CSS, esc, render_answer, render_error, render_ingest_report, render_sources
from index.errors import FactbotError
from index.identity import UPLOAD_NAMESPACE

if TYPE_CHECKING:
    from bot.api import FactChecker
    from index.ingest import IngestReport

log = logging.getLogger(__name__)

EXAMPLES = [
    "How many US troops are in Syria?",
    "How many airstrikes did the US carry out in Syria on Sunday?",
    "How many ISIS targets did US forces hit on Sunday?",
    "The US has 2,000 troops in Syria.",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_UPLOADS = threading.Lock()
"""One upload at a time per server: each assigns ids against what the previous one wrote."""


# --- glue: checker calls with errors turned into plain messages ----------------------------


def cited_texts(checker: FactChecker, answer: Answer) -> dict[str, str]:
    """Original text of every article the answer points into (missing ones are skipped)."""
    docs = {c.doc for c in answer.citations}
    docs |= {c.doc for d in answer.disagreements for v in d.variants for c in v.citations}
    docs |= {c.doc for e in answer.entities for c in e.citations}
    if answer.verdict is not None:
        docs |= {e.doc for e in answer.verdict.evidence}
    return article_texts(checker, docs)


def article_texts(checker: FactChecker, docs: set[str]) -> dict[str, str]:
    """Original text of each of ``docs`` that the store holds (a missing one is logged)."""
    texts = {}
    for doc in sorted(docs):
        try:
            texts[doc] = checker.store.article_text(doc)
        except FactbotError:
            log.warning("no stored text for %s; showing the quote alone", doc)
    return texts


def reply_html(checker: FactChecker, question: str) -> str:
    """Answer one chat message (claims get a verdict, a pasted paragraph a verdict per claim);
    failures become a plain message."""
    from bot.ui_text import text_reply, wants_text_check  # it builds on this module's renderers

    try:
        if wants_text_check(question):
            return text_reply(checker, question)
        answer = checker.ask(question, mode="auto")
        return render_answer(answer, cited_texts(checker, answer))
    except FactbotError as exc:
        return render_error(str(exc))
    except Exception:
        log.exception("answering %r failed", question[:200])
        return render_error("Something went wrong while answering; it has been logged. Please try again.")


def sources_html(checker: FactChecker) -> str:
    try:
        return render_sources(checker.store.articles(), checker.settings.uploads)
    except FactbotError as exc:
        return render_error(str(exc))
    except Exception:
        log.exception("listing articles failed")
        return render_error("The article list cannot be read right now; it has been logged.")


def ingest_uploads(
    checker: FactChecker, paths: list[str], progress: Callable[[int, int], None] | None = None
) -> str:
    """Index uploaded files at once; a bad file is reported by name and the rest go in.

    Uploads get ids of their own (``upload/NAME``), so they can never replace an article
    ingested from files, and one upload may cost at most ``upload_max_bytes`` and
    ``upload_max_sentences`` of work.
    """
    if not paths:
        return '<div class="fb-note">Choose .txt, .md, .html or .json files to add.</div>'
    settings = checker.settings
    if not settings.uploads:
        return render_error("Uploads are turned off on this server (FACTBOT_UPLOADS=off).")
    names = {str(p): Path(p).name for p in paths}
    size = sum(Path(p).stat().st_size for p in paths if Path(p).is_file())
    if size > settings.upload_max_bytes:
        return render_error(
            f"Upload not indexed: {size / 1e6:.1f} MB is more than this server's limit of "
            f"{settings.upload_max_bytes / 1e6:.1f} MB per upload; upload fewer or smaller files."
        )
    try:
        report = upload_ingest(checker, list(paths), progress)
    except FactbotError as exc:
        return render_error(f"Upload not indexed: {exc}")
    except Exception:
        log.exception("ingesting uploads failed")
        return render_error("Upload not indexed: something went wrong; it has been logged.")
    return render_ingest_report(report, names)


def upload_ingest(
    checker: FactChecker, paths: list[str], progress: Callable[[int, int], None] | None = None
) -> IngestReport:
    """The page's ingest: its own id namespace and a bounded number of sentences."""
    from index.ingest import ingest

    settings = checker.settings
    with _UPLOADS:
        report = ingest(
            list[str | Path](paths),
            settings,
            store=checker.store,
            embedder=checker.embedder,
            progress=progress,
            namespace=UPLOAD_NAMESPACE,
            max_sentences=settings.upload_max_sentences,
        )
    checker.retriever.invalidate()
    return report


def _plain_error(exc: Exception) -> gr.Error:
    """API callers get the FactbotError's own message, or a generic one: never a trace."""
    if isinstance(exc, FactbotError):
        return gr.Error(str(exc), print_exception=False)
    log.exception("API call failed")
    return gr.Error("internal error; it has been logged", print_exception=False)


# --- the app --------------------------------------------------------------------------------


def build_app(checker: FactChecker) -> gr.Blocks:
    """The chat page and its API (``/ask``, ``/check``, ``/check_text``, ``/sources``, ``/upload``)."""

    def chat(message: str, history: list[Any]) -> Iterator[tuple[list[Any], str]]:
        history = list(history or [])
        if not (message or "").strip():
            yield history, ""
            return
        history.append({"role": "user", "content": f'<div class="fb-msg">{esc(message)}</div>'})
        yield history, ""
        history.append({"role": "assistant", "content": reply_html(checker, message)})
        yield history, ""

    def upload(files: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[str, str]:  # noqa: B008
        def tick(done: int, total: int) -> None:
            progress((done, total), desc="Indexing articles", unit="files")

        status = ingest_uploads(checker, list(files or []), progress=tick)
        return status, sources_html(checker)

    def ask(question: str, mode: Literal["auto", "question", "claim"] = "auto") -> dict[str, Any]:
        """Answer a question (or check a claim) from the indexed articles; the Answer as JSON."""
        try:
            return checker.ask(question, mode=mode).to_dict()
        except Exception as exc:
            raise _plain_error(exc) from None

    def check(claim: str) -> dict[str, Any]:
        """Check one claim against the indexed articles; the Verdict as JSON."""
        try:
            return checker.check(claim).to_dict()
        except Exception as exc:
            raise _plain_error(exc) from None

    def check_text(text: str) -> dict[str, Any]:
        """Split a text into claims and check each one; the TextReport as JSON."""
        try:
            return checker.check_text(text).to_dict()
        except Exception as exc:
            raise _plain_error(exc) from None

    def sources() -> list[dict[str, Any]]:
        """The indexed articles: doc, title, outlet, date, url, passages, claims."""
        try:
            return [
                {k: getattr(a, k) for k in ("doc", "title", "outlet", "date", "url", "passages", "claims")}
                for a in checker.store.articles()
            ]
        except Exception as exc:
            raise _plain_error(exc) from None

    with gr.Blocks(title="factbot", analytics_enabled=False) as app:
        gr.Markdown(
            "## factbot\nAsk a question about the news articles, type a claim to check it, or paste a "
            "paragraph to check it claim by claim. "
            "Every answer cites the exact sentences it comes from; click a citation to see it in its article."
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label="Chat",
                    show_label=False,
                    elem_id="chat",
                    height="66vh",
                    min_height=420,
                    layout="panel",
                    render_markdown=False,
                    sanitize_html=True,
                    latex_delimiters=[],
                    allow_tags=False,
                    feedback_options=None,
                    buttons=[],
                    placeholder="Ask a question or type a claim; answers cite their sources.",
                )
                with gr.Row():
                    box = gr.Textbox(
                        placeholder="How many US troops are in Syria?  ·  or a claim: The US has 900 troops in Syria.",
                        show_label=False,
                        lines=1,
                        max_lines=4,
                        scale=5,
                        elem_id="question",
                        autofocus=True,
                    )
                    send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ask")
                with gr.Row(elem_id="examples"):
                    example_buttons = [
                        gr.Button(q, size="sm", variant="secondary", elem_classes="fb-example")
                        for q in EXAMPLES
                    ]
                clear = gr.Button("Clear chat", size="sm", elem_id="clear")
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                panel = gr.HTML(elem_id="sources")
                files = gr.File(
                    label="Add articles (.txt .md .html .json)",
                    file_count="multiple",
                    type="filepath",
                    elem_id="upload",
                    visible=checker.settings.uploads,
                )
                status = gr.HTML(elem_id="upload-status", visible=checker.settings.uploads)

        chat_args: dict[str, Any] = {"outputs": [chatbot, box], "api_visibility": "private"}
        box.submit(chat, inputs=[box, chatbot], **chat_args)
        send.click(chat, inputs=[box, chatbot], **chat_args)
        for button in example_buttons:
            button.click(chat, inputs=[button, chatbot], **chat_args)
        clear.click(lambda: ([], ""), outputs=[chatbot, box], api_visibility="private", queue=False)
        # No ``file_types``: Gradio's own check leaves the box in an error state; the ingest
        # report names an unsupported file instead, like any other file it cannot use.
        if checker.settings.uploads:  # off: no upload endpoint at all, not just a hidden box
            files.upload(
                upload, inputs=[files], outputs=[status, panel], api_name="upload", show_progress="full"
            ).then(lambda: None, outputs=[files], api_visibility="private", queue=False)
        app.load(lambda: sources_html(checker), outputs=[panel], api_visibility="private")
        gr.api(ask, api_name="ask")
        gr.api(check, api_name="check")
        gr.api(check_text, api_name="check_text")
        gr.api(sources, api_name="sources")
    app.queue(default_concurrency_limit=4)
    return app


def launch(
    app: gr.Blocks,
    host: str = "127.0.0.1",
    port: int = 7860,
    block: bool = True,
    max_file_bytes: int = 10_000_000,
    auth: str = "",
) -> str:
    """Start the server (no share link, our CSS); returns the local URL. Tests pass ``block=False``.

    ``auth`` is ``user:password`` (FACTBOT_AUTH): Gradio's login page guards the page and its API.
    """
    from bot.ui_text import CLAIM_LINK_JS, TEXT_CSS

    user, _, password = auth.partition(":")
    login = (user, password) if auth else None
    _, url, _ = app.launch(
        auth=login,
        server_name=host,
        server_port=port,
        share=False,
        prevent_thread_lock=not block,
        css=CSS + TEXT_CSS,
        js=CLAIM_LINK_JS,
        footer_links=["api"],
        ssr_mode=False,
        show_error=False,
        quiet=not block,
        max_file_size=max_file_bytes,
    )
    return str(url)


def serve(checker: FactChecker, host: str = "127.0.0.1", port: int = 7860) -> None:
    """``factbot serve``: the chat page on ``host:port`` until interrupted."""
    settings = checker.settings
    if host not in LOOPBACK and not settings.auth:
        change = " and add articles (FACTBOT_UPLOADS=off turns that off)" if settings.uploads else ""
        print(
            f"factbot: serving on {host} without FACTBOT_AUTH=user:password: anyone who can reach "
            f"port {port} can ask questions{change}",
            file=sys.stderr,
        )
    launch(
        build_app(checker),
        host,
        port,
        block=True,
        max_file_bytes=settings.upload_max_bytes,
        auth=settings.auth,
    )
