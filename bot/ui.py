"""The chat page: Gradio over ``FactChecker``, and the only module that knows ``gr.Error``.

Everything shown is built by the small pure ``render_*`` functions below, from the typed
results (``Answer``, ``Verdict``, ``ArticleInfo``). They escape every piece of article or
user text with ``html.escape`` before it meets markup, so an article holding ``<script>``
or ``onerror=`` is shown as text; Gradio's own sanitizer is a second line, not the first.
The chatbot renders messages as HTML (``render_markdown=False``), so no Markdown or LaTeX
pass can reinterpret escaped text.
"""

from __future__ import annotations

import html
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported: no calls home

import gradio as gr

from bot.render import BADGES
from bot.types import Answer, Citation, Disagreement, Evidence, Passage, Status, Verdict
from index.errors import FactbotError
from index.identity import UPLOAD_NAMESPACE

if TYPE_CHECKING:
    from bot.api import FactChecker
    from index.ingest import IngestReport
    from index.store import ArticleInfo

log = logging.getLogger(__name__)

EXAMPLES = [
    "How many US troops are in Syria?",
    "How many airstrikes did the US carry out in Syria on Sunday?",
    "How many ISIS targets did US forces hit on Sunday?",
    "The US has 2,000 troops in Syria.",
]
CONTEXT_CHARS = 220
"""Characters of surrounding text shown on each side of a cited span."""
CLOSEST_PASSAGES = 3
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_UPLOADS = threading.Lock()
"""One upload at a time per server: each assigns ids against what the previous one wrote."""

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
.fb-disagree td:first-child { white-space: nowrap; }
.fb-disagree-title { font-weight: 700; margin: .5em 0 .2em 0; }
.fb-nis-title { font-weight: 700; }
.fb-passage { margin: .3em 0; }
.fb-passage-text { white-space: pre-wrap; font-size: .92em; margin: .1em 0 .1em .4em;
  border-left: 3px solid var(--border-color-primary); padding-left: .6em; }
.fb-error { color: #b91c1c; font-weight: 600; }
.fb-ok { color: #15803d; font-weight: 600; }
.fb-example { font-size: .85em !important; }
"""


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


def render_disagreement(d: Disagreement) -> str:
    """One table row per value: value | sources | quote."""
    rows = []
    for v in d.variants:
        sources = "<br>".join(f"[{c.id}] {_label_html(c.doc, c.title, c.outlet)}" for c in v.citations)
        quotes = "<br>".join(f"“{esc(c.quote)}”" for c in v.citations)
        rows.append(f"<tr><td><b>{esc(v.value)}</b></td><td>{sources}</td><td>{quotes}</td></tr>")
    return (
        f'<div class="fb-disagree"><div class="fb-disagree-title">Sources disagree on the {esc(d.about)}</div>'
        "<table><thead><tr><th>Value</th><th>Sources</th><th>Quote</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
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


# --- glue: checker calls with errors turned into plain messages ----------------------------


def cited_texts(checker: FactChecker, answer: Answer) -> dict[str, str]:
    """Original text of every article the answer points into (missing ones are skipped)."""
    docs = {c.doc for c in answer.citations}
    docs |= {c.doc for d in answer.disagreements for v in d.variants for c in v.citations}
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
