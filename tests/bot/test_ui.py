"""The chat page's pure renderers: escaping, highlighted spans, badges, tables. No browser."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot import ui, ui_html
from bot.types import (
    NOT_IN_SOURCES,
    Answer,
    Citation,
    Evidence,
    Label,
    Passage,
    Stance,
    Status,
    Verdict,
)
from index.errors import BadQuestionError, StoreError
from index.ingest import IngestReport
from index.settings import Settings
from index.store import ArticleInfo

XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"><a href="javascript:window.__xss=3">go</a>'
ARTICLE = (
    f"Bakery {XSS} news\n\nMaple Street Bakery sold 340 loaves & 12 <b>cakes</b> on Saturday, "
    "owner Dana Whitlock said.\n\nThe prize went to its sourdough."
)
QUOTE = "Maple Street Bakery sold 340 loaves & 12 <b>cakes</b> on Saturday, owner Dana Whitlock said."
START = ARTICLE.index(QUOTE)
SAFE_TAGS = {
    "div",
    "span",
    "b",
    "br",
    "mark",
    "details",
    "summary",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "ul",
    "li",
}


class TagAudit(HTMLParser):
    """Collects every tag and attribute the browser would build from a rendered string."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.marks: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.extend((k, v or "") for k, v in attrs)
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_mark:
            self.marks[-1] += data


def audit(markup: str) -> TagAudit:
    parser = TagAudit()
    parser.feed(markup)
    parser.close()
    assert parser.tags <= SAFE_TAGS, parser.tags - SAFE_TAGS
    assert {k for k, _ in parser.attrs} <= {"class", "data-doc", "data-verdict"}
    return parser


def cite(i: int = 1, doc: str = "bakery.txt", quote: str = QUOTE, start: int = START, **kw: Any) -> Citation:
    return Citation(id=i, doc=doc, start=start, end=start + len(quote), quote=quote, score=0.8, **kw)


def test_esc_makes_markup_inert_and_keeps_line_breaks() -> None:
    out = ui_html.esc("a <b>&\"'\n\n\n\nb")
    assert out == "a &lt;b&gt;&amp;&quot;&#x27;<br><br>b"
    assert "\n" not in ui_html.esc("x\r\ny\rz")


def test_highlight_marks_exactly_the_quote_inside_escaped_context() -> None:
    out = ui_html.highlight(ARTICLE, START, START + len(QUOTE), QUOTE)
    parsed = audit(out)
    assert parsed.marks == [QUOTE]
    text = "".join(parsed.text)
    assert "<script>window.__xss=1</script>" in text  # shown as text
    assert "<script" not in out and "<img" not in out and "onerror=" not in out.replace("onerror=&quot;", "")
    assert html.escape(QUOTE) in out


def test_highlight_trims_context_at_word_boundaries() -> None:
    text = "word " * 200 + "TARGET." + " tail" * 200
    start = text.index("TARGET.")
    out = ui_html.highlight(text, start, start + 7, "TARGET.", context=50)
    before, after = out.split("<mark>")[0], out.split("</mark>")[1]
    assert "…word " in before and "…</div>" in after
    shown = re.sub(r"<[^>]+>", "", before + " " + after).replace("…", " ").split()
    assert set(shown) == {"word", "tail"} and 10 <= len(shown) <= 24


def test_highlight_refuses_a_span_that_does_not_hold_the_quote() -> None:
    out = ui_html.highlight(ARTICLE, 0, 10, QUOTE)
    assert audit(out).marks == [QUOTE]
    assert "news" not in out and "sourdough" not in out
    assert audit(ui_html.highlight(None, START, START + len(QUOTE), QUOTE)).marks == [QUOTE]


def test_answer_shows_numbered_citations_that_open_onto_the_source() -> None:
    answer = Answer(
        question="How many loaves?",
        status=Status.ANSWERED,
        answer="340 <img src=x onerror=alert(1)>",
        citations=[cite(title=f"Bakery {XSS}", outlet="Gazette")],
        note="Only one source states this: bakery.txt.",
    )
    out = ui_html.render_answer(answer, {"bakery.txt": ARTICLE})
    parsed = audit(out)
    text = "".join(parsed.text)
    assert "340 <img src=x onerror=alert(1)>[1]" in text
    assert "[1] Gazette · Bakery <script>" in text and "bakery.txt" in text
    assert parsed.marks == [QUOTE]
    assert out.count("<details") == 1
    assert "\n" not in out


def test_not_in_sources_is_said_plainly_with_the_closest_passages() -> None:
    passages = [
        Passage(doc=f"d{i}.txt", start=0, end=5, text=f"close {i} <i>x</i>", score=0.2 - i / 100)
        for i in range(5)
    ]
    answer = Answer(
        question="Who won the cup?",
        status=Status.NOT_IN_SOURCES,
        answer=NOT_IN_SOURCES,
        passages=passages,
        note="No indexed article states this.",
    )
    text = "".join(audit(ui_html.render_answer(answer, {})).text)
    assert text.startswith(f"Not in the sources. {NOT_IN_SOURCES}")
    assert "Closest passages:" in text
    assert [f"close {i} <i>x</i>" in text for i in range(5)] == [True, True, True, False, False]


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        (Label.SUPPORTED, "✓ Supported"),
        (Label.REFUTED, "✗ Refuted"),
        (Label.CONFLICTING, "⚠ Conflicting: the sources disagree"),
        (Label.NOT_ENOUGH_INFO, "? Not enough info"),
    ],
)
def test_verdict_badge_names_the_label(label: Label, shown: str) -> None:
    out = ui_html.render_badge(str(label))
    assert f"fb-badge-{label.value}" in out
    assert "".join(audit(out).text) == shown


def test_verdict_shows_each_sources_stance_and_span() -> None:
    verdict = Verdict(
        claim="The bakery sold 500 loaves.",
        verdict=Label.CONFLICTING,
        evidence=[
            Evidence("bakery.txt", START, START + len(QUOTE), QUOTE, Stance.REFUTES, 0.8, reason="gives 340"),
            Evidence("other.txt", 0, 4, "Five", Stance.SUPPORTS, 0.6, title="Other <b>paper</b>"),
        ],
        note="Sources disagree.",
    )
    answer = Answer("The bakery sold 500 loaves.", Status.ANSWERED, QUOTE, [cite()], verdict=verdict)
    parsed = audit(ui_html.render_answer(answer, {"bakery.txt": ARTICLE, "other.txt": "Five hundred."}))
    text = "".join(parsed.text)
    assert text.startswith("⚠ Conflicting: the sources disagree Sources disagree.")
    assert "refutes bakery.txt" in text and "gives 340" in text
    assert "supports Other <b>paper</b> · other.txt" in text
    assert parsed.marks == [QUOTE, "Five", QUOTE]


def test_a_verdict_without_evidence_says_so() -> None:
    verdict = Verdict(claim="Cats rule.", verdict=Label.NOT_ENOUGH_INFO, note="Nothing on this.")
    assert "No source speaks to this claim." in ui_html.render_verdict(verdict, {})


def test_sources_panel_lists_articles_as_text() -> None:
    articles = [
        ArticleInfo(doc="x.html", hash="h", title=f"Bad {XSS}", outlet="Out<let>", passages=3),
        ArticleInfo(doc="y.txt", hash="h", passages=1),
    ]
    parsed = audit(ui_html.render_sources(articles))
    text = "".join(parsed.text)
    assert "2 article(s) indexed" in text
    assert f"Bad {XSS}"[:60] in text and "Out<let>" in text and "y.txt" in text
    assert "No articles indexed yet" in ui_html.render_sources([])


def test_ingest_report_names_uploaded_files_not_temp_paths() -> None:
    report = IngestReport(articles=1, passages=4, seconds=0.5)
    report.skipped.append(
        "/tmp/gradio/abc123/bad<1>.txt: not UTF-8 text (bad byte at 0); re-save it as UTF-8"
    )
    out = ui_html.render_ingest_report(report, {"/tmp/gradio/abc123/bad<1>.txt": "bad<1>.txt"})
    text = "".join(audit(out).text)
    assert "Indexed 1 article(s) (4 passages)" in text
    assert "Not indexed: bad<1>.txt: not UTF-8 text" in text
    assert "/tmp/gradio" not in text


class FakeStore:
    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def article_text(self, doc: str) -> str:
        if doc not in self.texts:
            raise StoreError(f"article {doc!r} is not in the index")
        return self.texts[doc]

    def articles(self) -> list[ArticleInfo]:
        return [ArticleInfo(doc=d, hash="h") for d in self.texts]


def fake_checker(reply: Answer | Exception) -> Any:
    def ask(question: str, mode: str = "question") -> Answer:
        assert mode == "auto"
        if isinstance(reply, Exception):
            raise reply
        return reply

    return SimpleNamespace(
        ask=ask, store=FakeStore({"bakery.txt": ARTICLE}), settings=Settings.from_env(env={})
    )


def test_reply_turns_errors_into_plain_messages_without_traces() -> None:
    out = ui.reply_html(fake_checker(BadQuestionError("the question is empty")), " ")
    assert "".join(audit(out).text) == "the question is empty"
    out = ui.reply_html(fake_checker(RuntimeError("boom at line 3")), "q?")
    assert "boom" not in out and "Traceback" not in out and "Something went wrong" in out


def test_reply_uses_stored_text_and_survives_a_missing_article() -> None:
    answer = Answer("q?", Status.ANSWERED, "340", [cite(), cite(2, "gone.txt", "Gone.", 0)])
    parsed = audit(ui.reply_html(fake_checker(answer), "q?"))
    assert parsed.marks == [QUOTE, "Gone."]
    assert "Maple" in "".join(parsed.text).split(QUOTE)[0] or "Bakery" in "".join(parsed.text)


def test_build_app_exposes_stable_api_names_without_touching_the_index() -> None:
    app = ui.build_app(fake_checker(RuntimeError("not called")))
    names = {d.get("api_name") for d in app.config["dependencies"] if d.get("api_visibility") == "public"}
    assert {"ask", "check", "sources", "upload"} <= names
    assert app.analytics_enabled is False


def test_uploads_report_progress_and_turn_failures_into_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int]] = []
    upload = tmp_path / "a.md"
    upload.write_text("A short note.")

    def ingest(checker: Any, paths: list[str], progress: Any = None) -> IngestReport:
        for done in range(len(paths) + 1):
            progress(done, len(paths))
        return IngestReport(articles=len(paths), passages=2)

    checker = SimpleNamespace(settings=Settings.from_env(env={}))
    monkeypatch.setattr(ui, "upload_ingest", ingest)
    out = ui.ingest_uploads(checker, [str(upload)], progress=lambda d, t: calls.append((d, t)))  # type: ignore[arg-type]
    assert calls == [(0, 1), (1, 1)] and "Indexed 1 article(s)" in out

    def broken(checker: Any, paths: list[str], progress: Any = None) -> IngestReport:
        raise StoreError("the Chroma store at /x cannot be opened")

    monkeypatch.setattr(ui, "upload_ingest", broken)
    out = ui.ingest_uploads(checker, [str(upload)])  # type: ignore[arg-type]
    assert "".join(audit(out).text) == "Upload not indexed: the Chroma store at /x cannot be opened"
    assert "Choose .txt" in ui.ingest_uploads(checker, [])  # type: ignore[arg-type]


# --- a pasted paragraph, claim by claim (bot/ui_text.py) -------------------------------------

DRAFT = (
    "The <b>mayor</b> said 340 loaves & cakes sold. The bakery, which opened in 1990, "
    "won the prize. <script>window.__xss=1</script> Was it fair?"
)
ANCHOR = "fb-t"


def text_claim(
    words: str, label: Label | None, reason: str = "", evidence: list[Evidence] | None = None
) -> Any:
    from bot.types import TextClaim

    start = DRAFT.index(words)
    verdict = None if label is None else Verdict(words, label, evidence or [], f"note for {words[:10]}")
    return TextClaim(words, start, start + len(words), label is not None, reason, verdict)


def draft_report() -> Any:
    from bot.types import TextReport

    bakery = Evidence("bakery.txt", START, START + len(QUOTE), QUOTE, Stance.SUPPORTS, 0.9, "same figures")
    return TextReport(
        DRAFT,
        [
            text_claim("The <b>mayor</b> said 340 loaves & cakes sold.", Label.SUPPORTED, evidence=[bakery]),
            text_claim("The bakery, which opened in 1990, won the prize.", Label.REFUTED),
            text_claim("which opened in 1990", Label.NOT_ENOUGH_INFO),
            text_claim("Was it fair?", None, "a question, not a claim"),
        ],
    )


class LinkAudit(TagAudit):
    """``TagAudit`` that also records each link's target and text, and each row's id."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []  # (class, href, text)
        self.row_ids: list[str] = []
        self._link: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        super().handle_starttag(tag, attrs)
        found = dict(attrs)
        if tag == "a":
            self._link = [found.get("class") or "", found.get("href") or "", ""]
        if tag == "tr" and found.get("id"):
            self.row_ids.append(found["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if tag == "a" and self._link is not None:
            self.links.append((self._link[0], self._link[1], self._link[2]))
            self._link = None

    def handle_data(self, data: str) -> None:
        super().handle_data(data)
        if self._link is not None:
            self._link[2] += data


def text_audit(markup: str) -> LinkAudit:
    parser = LinkAudit()
    parser.feed(markup)
    parser.close()
    assert parser.tags <= SAFE_TAGS | {"a", "sup"}, parser.tags - SAFE_TAGS
    allowed = {"class", "data-doc", "data-verdict", "id", "href", "open"}
    assert {k for k, _ in parser.attrs} <= allowed
    assert all(v.startswith("#") for k, v in parser.attrs if k == "href")
    return parser


@pytest.mark.parametrize(
    ("message", "claim_by_claim"),
    [
        ("How many US troops are in Syria?", False),
        ("The US has 2,000 troops in Syria.", False),
        ("Assad fled to Russia, where he was granted asylum.", False),  # one claim
        ("I read the news this morning. How many US troops are in Syria?", False),
        ("The US has 900 troops in Syria. It hit 75 targets on Sunday.", True),
        ("Assad fled to Russia. The war lasted 13 years. Who knows what comes next?", True),
        (
            "The US has 900 troops in Syria and carried out 200 airstrikes on Sunday, "
            "and Blinken spoke in Paris.",
            True,
        ),
    ],
)
def test_a_pasted_paragraph_or_a_long_statement_is_checked_claim_by_claim(
    message: str, claim_by_claim: bool
) -> None:
    from bot.ui_text import wants_text_check

    assert wants_text_check(message) is claim_by_claim


def test_each_claim_is_underlined_in_its_own_words_and_the_text_stays_escaped() -> None:
    from bot.ui_text import underlined_text

    out = underlined_text(draft_report(), ANCHOR)
    parsed = text_audit(out)
    assert "<script>" not in out and "<b>mayor" not in out
    # the page shows exactly the input: only the claim numbers are added
    assert html.unescape(re.sub(r"<sup[^>]*>\d+</sup>|<[^>]+>", "", out)) == DRAFT
    assert parsed.links == [
        ("fb-claim fb-claim-supported", "#fb-t-1", "The <b>mayor</b> said 340 loaves & cakes sold."),
        ("fb-claim fb-claim-refuted", "#fb-t-2", "The bakery, "),
        ("fb-claim fb-claim-not_enough_info", "#fb-t-3", "which opened in 1990"),
        ("fb-claim fb-claim-refuted", "#fb-t-2", ", won the prize."),
        ("fb-claim fb-claim-not_checkworthy", "#fb-t-4", "Was it fair?"),
    ]
    numbers = re.findall(r'<sup class="fb-num fb-num-(\w+)">(\d)</sup>', out)
    assert numbers == [
        ("supported", "1"),
        ("not_enough_info", "3"),
        ("refuted", "2"),
        ("not_checkworthy", "4"),
    ]


def test_underline_colours_match_the_verdict_badges() -> None:
    from bot.ui_text import TEXT_CSS

    for label in ("supported", "refuted", "conflicting", "not_enough_info"):
        badge_colour = re.search(rf"\.fb-badge-{label} \{{ background: (#[0-9a-f]{{6}})", ui_html.CSS)
        line_colour = re.search(rf"\.fb-claim-{label} \{{ text-decoration-color: (#[0-9a-f]{{6}})", TEXT_CSS)
        assert badge_colour and line_colour and badge_colour.group(1) == line_colour.group(1), label


def test_claim_table_has_a_row_per_claim_with_badge_sources_and_evidence() -> None:
    from bot.ui_text import render_text_report

    out = render_text_report(draft_report(), {"bakery.txt": ARTICLE}, anchor=ANCHOR)
    parsed = text_audit(out)
    text = "".join(parsed.text)
    assert parsed.row_ids == ["fb-t-1", "fb-t-2", "fb-t-3", "fb-t-4"]
    assert {href for _, href, _ in parsed.links} == {f"#{row}" for row in parsed.row_ids}
    assert text.startswith("4 claims: ✓ 1 supported✗ 1 refuted? 1 not enough info– 1 not check-worthy")
    for shown in ("✓ Supported", "✗ Refuted", "? Not enough info", "– Not check-worthy"):
        assert shown in text
    assert "bakery.txt (supports)" in text  # the row's source, with its stance
    assert parsed.marks == [QUOTE]  # the evidence, highlighted in its article, inside the row
    # a row per claim, opening onto its evidence, the best source already open
    assert out.count("<details") == 5 and out.count('<details class="fb-ev" data-doc="bakery.txt" open>') == 1
    assert "a question, not a claim" in text
    assert "<script>window.__xss=1</script>" in text and "<script>" not in out
    assert "\n" not in out


def test_a_text_with_no_claims_says_so() -> None:
    from bot.types import TextReport
    from bot.ui_text import render_text_report

    assert "No claims found" in render_text_report(TextReport("Hello!"), {})


def test_reply_checks_a_pasted_paragraph_claim_by_claim() -> None:
    report = draft_report()

    def check_text(text: str) -> Any:
        assert text == DRAFT
        return report

    checker = SimpleNamespace(check_text=check_text, store=FakeStore({"bakery.txt": ARTICLE}))
    out = ui.reply_html(checker, DRAFT)  # type: ignore[arg-type]
    assert 'class="fb-msg fb-textcheck"' in out and text_audit(out).marks == [QUOTE]

    def broken(text: str) -> Any:
        raise BadQuestionError("the text is 30,000 characters; check at most 20,000 at a time")

    out = ui.reply_html(SimpleNamespace(check_text=broken), DRAFT)  # type: ignore[arg-type]
    assert "".join(audit(out).text) == "the text is 30,000 characters; check at most 20,000 at a time"
