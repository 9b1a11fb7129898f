"""The chat page in a real browser (Debian chromium via Playwright) and through gradio_client.

Each app is served by the test on a free 127.0.0.1 port. Read-only checks use the session's
seed index; uploads go to an index of their own. Screenshots land in test-artifacts/ui/.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError
from playwright.sync_api import Browser, Locator, Page, expect

from bot import ui
from bot.api import FactChecker
from bot.types import Answer, Citation, Disagreement, Status, Variant
from index.embed import Embedder
from index.settings import Settings
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "ui"
TROOPS_Q = "How many US troops are in Syria?"
STRIKES_Q = "How many airstrikes did the US carry out in Syria on Sunday?"
TROOPS_DOC = "000_66cd316cc8c383c8.txt"
STRIKES_DOZENS_DOC = "004_0e06bca53e2e7670.txt"
ANSWER_TIMEOUT_MS = 60_000

RIVERTON = """# Riverton approves new dam

Riverton Gazette

The Riverton city council approved the new Clearwater dam on Tuesday after a three-hour debate.

The Clearwater dam will cost 412 million dollars and take six years to build, the mayor said.

Construction of the dam is expected to begin next spring, and the reservoir will supply water to 80,000 homes.
"""
BAKERY_TXT = """Baker <script>window.__xss = 1</script> wins prize <img src=x onerror="window.__xss = 2">

Maple Street Bakery won the county bread prize on Saturday for its <img src=x onerror="window.__xss = 3"> sourdough loaf, judges said.

The bakery sold 340 loaves of sourdough on the day of the prize, owner Dana Whitlock said. <a href="javascript:window.__xss = 4">Read more</a> <script>window.__xss = 5</script>
"""
BAKERY_HTML = """<html><head><title>Oven news &lt;img src=x onerror="window.__xss = 6"&gt;</title>
<script>window.__xss = 7</script></head><body onload="window.__xss = 8">
<p>The Elm Road oven factory built 57 ovens in March, the plant manager said.
<img src=x onerror="window.__xss = 9"> <a href="javascript:window.__xss = 10">more</a></p>
<p>Its &lt;script&gt;window.__xss = 11&lt;/script&gt; ovens ship to 12 countries.</p>
</body></html>
"""
XSS_PROBE = """() => ({
  flags: Object.keys(window).filter((k) => k.startsWith("__xss")),
  scripts: document.querySelectorAll("#chat script, #sources script, #upload-status script").length,
  images: document.querySelectorAll('img[src="x"], [onerror], [onload]').length,
  jsLinks: document.querySelectorAll('a[href^="javascript"], a[href^="JAVASCRIPT"]').length,
})"""
CLEAN = {"flags": [], "scripts": 0, "images": 0, "jsLinks": 0}


# --- browser and servers ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's chromium, not Playwright's download (which fails offline)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash scripts/browser-deps.sh` (make test does)")
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(checker: FactChecker) -> Iterator[str]:
    app = ui.build_app(checker)
    url = ui.launch(app, host="127.0.0.1", port=free_port(), block=False)
    assert url.startswith("http://127.0.0.1:")
    try:
        yield url
    finally:
        app.close()


@pytest.fixture(scope="module")
def seeds_url(checker: FactChecker) -> Iterator[str]:
    with serving(checker) as url:
        yield url


@pytest.fixture(scope="module")
def upload_checker(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> FactChecker:
    """Seeds in an index of its own: uploads write to it."""
    settings = Settings.from_env(env={}, data_dir=tmp_path_factory.mktemp("ui-upload-index"))
    checker = FactChecker(settings, embedder=embedder)
    report = checker.ingest([SEEDS])
    assert report.articles == 5
    return checker


@pytest.fixture(scope="module")
def upload_url(upload_checker: FactChecker) -> Iterator[str]:
    with serving(upload_checker) as url:
        yield url


class GatedChecker(FactChecker):
    """Holds questions starting with "slow" until released: a stand-in for a slow answer."""

    def __init__(self, base: FactChecker) -> None:
        super().__init__(base.settings, store=base.store, embedder=base.embedder)
        self.started = threading.Event()
        self.release = threading.Event()

    def ask(self, question: str, mode: str = "question") -> Answer:
        if question.startswith("slow"):
            self.started.set()
            self.release.wait(120)
        return super().ask(question, mode=mode)


# --- page helpers -----------------------------------------------------------------------------


def open_page(page: Page, url: str) -> None:
    page.goto(url, wait_until="domcontentloaded")  # "networkidle" never settles on Gradio
    expect(page.locator("#question textarea")).to_be_visible()
    expect(page.locator("#sources .fb-sources")).to_be_visible()


def bot_replies(page: Page) -> Locator:
    return page.locator("#chat [data-testid='bot'] .fb-msg")


def user_messages(page: Page) -> Locator:
    return page.locator("#chat [data-testid='user']")


def ask(page: Page, text: str) -> Locator:
    """Type and send a message; the new reply once it is shown."""
    before = bot_replies(page).count()
    page.locator("#question textarea").fill(text)
    page.locator("#ask").click()
    return wait_reply(page, before)


def wait_reply(page: Page, before: int) -> Locator:
    expect(bot_replies(page)).to_have_count(before + 1, timeout=ANSWER_TIMEOUT_MS)
    return bot_replies(page).nth(before)


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def upload(page: Page, paths: list[Path]) -> Locator:
    page.locator("#upload input[type=file]").set_input_files([str(p) for p in paths])
    status = page.locator("#upload-status .fb-upload-status")
    expect(status).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    return status


# --- the checks -------------------------------------------------------------------------


def test_troops_answer_is_900_with_a_citation_that_opens_the_source(
    page: Page, seeds_url: str, checker: FactChecker
) -> None:
    open_page(page, seeds_url)
    reply = ask(page, TROOPS_Q)
    expect(reply.locator(".fb-answer")).to_contain_text("900")
    expect(reply.locator(".fb-ref")).to_have_text(["[1]"])
    summary = reply.locator("details.fb-cite summary")
    expect(summary).to_have_count(1)
    expect(summary).to_contain_text(f"[1] US calls to prevent resurgence of ISIS in Syria · {TROOPS_DOC}")
    mark = reply.locator("details.fb-cite mark")
    expect(mark).to_be_hidden()  # closed until clicked
    summary.click()
    expect(mark).to_be_visible()
    quote = checker.ask(TROOPS_Q).citations[0].quote
    assert mark.inner_text() == quote
    context = reply.locator("details.fb-cite .fb-context").inner_text()
    assert len(context) > len(quote) + 100 and "Blinken" in context  # shown in its surrounding text
    shot(page, "troops")


def test_airstrikes_example_shows_both_values_in_a_table(page: Page, seeds_url: str) -> None:
    open_page(page, seeds_url)
    page.get_by_role("button", name=STRIKES_Q).click()  # an example question to click
    reply = wait_reply(page, 0)
    expect(user_messages(page)).to_have_text([STRIKES_Q])
    expect(reply.locator(".fb-answer")).to_contain_text("a dozen")
    expect(reply.locator(".fb-answer")).to_contain_text("dozens")
    expect(reply.locator(".fb-disagree th")).to_have_text(["Outlet", "Date", "Value", "Quote"])
    rows = reply.locator(".fb-disagree tbody tr")
    expect(rows).to_have_count(2)
    cells = {r.locator("td").nth(2).inner_text(): r.locator("td").all_inner_texts() for r in rows.all()}
    assert set(cells) == {"a dozen airstrikes", "dozens of airstrikes"}  # outlet | date | value | quote
    assert "US calls to prevent resurgence of ISIS in Syria" in cells["a dozen airstrikes"][0]  # its title
    assert "a dozen airstrikes" in cells["a dozen airstrikes"][3]
    assert "US Central Command" in cells["dozens of airstrikes"][0]
    assert "dozens of airstrikes" in cells["dozens of airstrikes"][3]
    cited = reply.locator(".fb-sources-list").inner_text()  # the [n] of each card, with its file
    assert TROOPS_DOC in cited and STRIKES_DOZENS_DOC in cited
    for summary in reply.locator("details.fb-cite summary").all():
        summary.click()
    expect(reply.locator("details.fb-cite mark")).to_have_count(2)
    expect(reply.locator("details.fb-cite mark").first).to_be_visible()
    shot(page, "airstrikes")


def test_a_claim_gets_a_verdict_badge_with_evidence_per_source(page: Page, seeds_url: str) -> None:
    open_page(page, seeds_url)
    reply = ask(page, "The US has 2,000 troops in Syria.")
    expect(reply.locator(".fb-badge")).to_have_text("✗ Refuted")
    evidence = reply.locator("details.fb-ev summary")
    expect(evidence.first).to_contain_text(
        f"refutes US calls to prevent resurgence of ISIS in Syria · {TROOPS_DOC}"
    )
    evidence.first.click()
    expect(reply.locator("details.fb-ev mark").first).to_contain_text("900 troops")
    shot(page, "verdict")


def test_not_in_the_sources_is_said_plainly_with_closest_passages(page: Page, seeds_url: str) -> None:
    open_page(page, seeds_url)
    reply = ask(page, "Who won the 2022 World Cup?")
    expect(reply.locator(".fb-answer")).to_have_text("Not in the sources. The sources do not answer this.")
    expect(reply).to_contain_text("Closest passages:")
    expect(reply.locator(".fb-passage").first).to_be_visible()
    assert 1 <= reply.locator(".fb-passage").count() <= 3


def test_history_is_kept_per_browser_session(page: Page, browser: Browser, seeds_url: str) -> None:
    open_page(page, seeds_url)
    ask(page, TROOPS_Q)
    ask(page, "Who won the 2022 World Cup?")
    expect(user_messages(page)).to_have_text([TROOPS_Q, "Who won the 2022 World Cup?"])
    other = browser.new_context().new_page()
    try:
        open_page(other, seeds_url)
        expect(user_messages(other)).to_have_count(0)
        ask(other, STRIKES_Q)
        expect(user_messages(other)).to_have_text([STRIKES_Q])
    finally:
        other.context.close()
    expect(user_messages(page)).to_have_count(2)
    page.locator("#clear").click()
    expect(user_messages(page)).to_have_count(0)


def test_one_slow_answer_does_not_block_other_users(browser: Browser, checker: FactChecker) -> None:
    gated = GatedChecker(checker)
    with serving(gated) as url:
        slow_page, fast_page = (browser.new_context().new_page() for _ in range(2))
        try:
            open_page(slow_page, url)
            open_page(fast_page, url)
            slow_page.locator("#question textarea").fill("slow: how many US troops are in Syria?")
            slow_page.locator("#ask").click()
            assert gated.started.wait(30), "the slow question never reached the checker"
            reply = ask(fast_page, TROOPS_Q)
            expect(reply.locator(".fb-answer")).to_contain_text("900")
            expect(bot_replies(slow_page)).to_have_count(0)  # still thinking
            gated.release.set()
            expect(bot_replies(slow_page)).to_have_count(1, timeout=ANSWER_TIMEOUT_MS)
        finally:
            gated.release.set()
            slow_page.context.close()
            fast_page.context.close()


def test_markup_in_a_question_is_shown_as_text(page: Page, seeds_url: str) -> None:
    open_page(page, seeds_url)
    question = (
        'How many <img src=x onerror="window.__xss_q = 1"> troops '
        '<script>window.__xss_q = 2</script> are in <a href="javascript:window.__xss_q = 3">Syria</a>?'
    )
    ask(page, question)
    expect(user_messages(page)).to_have_text([question])
    page.wait_for_timeout(500)  # give an injected onerror the chance to fire
    assert page.evaluate(XSS_PROBE) == CLEAN


def test_uploaded_article_can_be_asked_about_at_once(page: Page, upload_url: str, tmp_path: Path) -> None:
    good = tmp_path / "riverton_dam.md"
    good.write_text(RIVERTON)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"caf\xe9 \xff\xfe not utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 not an article")
    open_page(page, upload_url)
    expect(page.locator("#sources")).not_to_contain_text("riverton_dam.md")
    status = upload(page, [good, bad, pdf])
    expect(status).to_contain_text("Indexed 1 article(s)")
    expect(status).to_contain_text("From: riverton_dam.md")
    expect(status).to_contain_text("Not indexed: broken.txt: not UTF-8 text")
    expect(status).to_contain_text("Not indexed: report.pdf: unsupported type .pdf")
    expect(status).not_to_contain_text("/tmp")
    expect(page.locator("#sources")).to_contain_text("riverton_dam.md")
    expect(page.locator("#sources")).to_contain_text("6 article(s) indexed")
    reply = ask(page, "How many homes will the Clearwater reservoir supply?")
    expect(reply.locator(".fb-answer")).to_contain_text("80,000")
    expect(reply.locator("details.fb-cite summary").first).to_contain_text("riverton_dam.md")
    shot(page, "upload")
    reply = ask(page, TROOPS_Q)  # the bad file broke nothing
    expect(reply.locator(".fb-answer")).to_contain_text("900")


def test_uploaded_script_and_onerror_articles_show_as_text(
    page: Page, upload_url: str, tmp_path: Path
) -> None:
    txt = tmp_path / "bakery_xss.txt"
    txt.write_text(BAKERY_TXT)
    page_html = tmp_path / "oven_xss.html"
    page_html.write_text(BAKERY_HTML)
    open_page(page, upload_url)
    status = upload(page, [txt, page_html])
    expect(status).to_contain_text("Indexed 2 article(s)")
    sources = page.locator("#sources")
    expect(sources).to_contain_text("Baker <script>window.__xss = 1</script> wins prize <img src=x onerror")
    expect(sources).to_contain_text('Oven news <img src=x onerror="window.__xss = 6">')

    reply = ask(page, "Which bakery won the county bread prize?")
    expect(reply.locator(".fb-answer")).to_contain_text(
        'Maple Street Bakery won the county bread prize on Saturday for its <img src=x onerror="window.__xss = 3">'
    )
    reply = ask(page, "How many loaves of sourdough did the bakery sell?")
    expect(reply.locator(".fb-answer")).to_contain_text("340")
    reply.locator("details.fb-cite summary").first.click()
    expect(reply.locator("details.fb-cite summary").first).to_contain_text(
        "<script>window.__xss = 1</script>"
    )
    expect(reply.locator("details.fb-cite mark").first).to_contain_text(
        '<a href="javascript:window.__xss = 4">Read more</a> <script>window.__xss = 5</script>'
    )
    reply = ask(page, "How many ovens did the Elm Road factory build in March?")
    expect(reply.locator(".fb-answer")).to_contain_text("57")
    reply = ask(page, "How many countries do the Elm Road ovens ship to?")
    expect(reply).to_contain_text("12")
    page.wait_for_timeout(500)  # give an injected onerror the chance to fire
    assert page.evaluate(XSS_PROBE) == CLEAN
    shot(page, "xss")


# --- a pasted paragraph, claim by claim -------------------------------------------------------

PARAGRAPH = (
    "In Ankara, Blinken met Foreign Minister Hakan Fidan and President Erdogan. "
    "Erdogan said Turkey would soften its stance against IS. "
    "The US launched 12 airstrikes against ISIS on Sunday. "
    "The group still has 10,000 fighters. "
    "What happens next is anyone's guess."
)
UNDERLINES = {  # claim class -> computed underline colour (the badge colours of ui.CSS)
    "fb-claim-supported": "rgb(21, 128, 61)",
    "fb-claim-refuted": "rgb(185, 28, 28)",
    "fb-claim-conflicting": "rgb(180, 83, 9)",
    "fb-claim-not_enough_info": "rgb(75, 85, 99)",
}
PHONE = {"width": 390, "height": 844}


def check_paragraph(page: Page) -> Locator:
    """Paste the paragraph; the reply once its five claims are shown underlined and tabled."""
    reply = ask(page, PARAGRAPH)
    expect(reply.locator(".fb-text a.fb-claim")).to_have_count(5)
    expect(reply.locator("table.fb-claims tbody tr")).to_have_count(5)
    return reply


def test_a_pasted_paragraph_is_underlined_claim_by_claim_with_a_table(page: Page, seeds_url: str) -> None:
    open_page(page, seeds_url)
    reply = check_paragraph(page)
    expect(reply.locator(".fb-summary")).to_contain_text("5 claims")
    assert reply.locator(".fb-text").inner_text().replace("\n", " ").startswith("In Ankara, Blinken met")
    for css_class, colour in UNDERLINES.items():
        link = reply.locator(f".fb-text a.{css_class}")
        expect(link).to_have_count(1)
        assert link.evaluate("e => getComputedStyle(e).textDecorationColor") == colour
        assert link.evaluate("e => getComputedStyle(e).textDecorationLine") == "underline"
    expect(reply.locator(".fb-text a.fb-claim-refuted")).to_contain_text("would soften its stance against IS")
    badges = reply.locator("table.fb-claims tbody tr td:nth-child(3)")
    expect(badges).to_have_text(
        [
            "✓ Supported",
            "✗ Refuted",
            "⚠ Conflicting: the sources disagree",
            "? Not enough info",
            "– Not check-worthy",
        ]
    )
    expect(reply.locator("table.fb-claims tbody tr").nth(0)).to_contain_text(
        "003_aa3ce2024e0023e9.txt (supports)"
    )
    # the underline opens the claim's evidence, the refuting sentence highlighted in its article
    row = reply.locator("table.fb-claims tbody tr").nth(1)
    expect(row.locator("mark")).to_be_hidden()
    reply.locator(".fb-text a.fb-claim-refuted").click()
    expect(row.locator("mark").first).to_be_visible()
    expect(row.locator("mark").first).to_contain_text("would not weaken its stance against IS")
    # clicking a claim in the table opens it too
    nei = reply.locator("table.fb-claims tbody tr").nth(3)
    nei.locator("summary").first.click()
    expect(nei).to_contain_text("No indexed article states this")
    assert page.evaluate(XSS_PROBE) == CLEAN
    reply.evaluate("e => e.scrollIntoView({block: 'start'})")  # the underlined text, then the table
    shot(page, "check-text-desktop")


def test_the_claim_table_reads_as_cards_on_a_phone(page: Page, seeds_url: str) -> None:
    page.set_viewport_size(PHONE)
    open_page(page, seeds_url)
    reply = check_paragraph(page)
    expect(reply.locator("table.fb-claims thead")).to_be_hidden()
    rows = reply.locator("table.fb-claims tbody tr")
    assert rows.first.evaluate("e => getComputedStyle(e).display") == "block"
    conflicting = reply.locator(".fb-text a.fb-claim-conflicting")
    conflicting.click()
    row = rows.nth(2)
    expect(row.locator("mark").first).to_be_visible()
    expect(row.locator("mark").first).to_contain_text("a dozen airstrikes")
    overflow = """() => [...document.querySelectorAll("#chat .fb-textcheck, #chat .fb-textcheck *")]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).length"""
    assert page.evaluate(overflow) == 0  # nothing in the reply runs past the screen's edge
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    reply.evaluate("e => e.scrollIntoView({block: 'start'})")
    shot(page, "check-text-phone")


TOLL_Q = "What is the death toll of the market raid?"
TOLL_QUOTE = (
    "The death toll from the air raid on the crowded market in the town rose to {n} on {day}, "
    "the monitoring group said, adding that rescue workers were still searching the rubble of "
    "several collapsed buildings and that many of the wounded were in a critical condition."
)


UNSCROLL_CHAT = """() => { for (const e of document.querySelectorAll("#chat, #chat *")) {
    const s = getComputedStyle(e);
    if (["auto", "scroll"].includes(s.overflowY) || s.height.endsWith("px") && e.scrollHeight > e.clientHeight)
      Object.assign(e.style, { height: "auto", maxHeight: "none", overflow: "visible" });
} }"""
"""Lets the chat box grow to its content, so a full-page screenshot shows the whole reply."""


class TollChecker(FactChecker):
    """Answers every question with a toll four outlets report on three days: the page's data only."""

    def ask(self, question: str, mode: str = "question") -> Answer:
        reports = [
            ("12 people", "Monitor Wire", "2017-03-03"),
            ("19 people", "The Daily Long-Named Outlet of Record", "2017-03-04"),
            ("25 people", "Another Outlet", "2017-03-06"),
            ("23 people", "", "2017-03-06"),
        ]
        cites = [
            Citation(
                i,
                f"00{i}_a_rather_long_article_file_name.txt",
                0,
                100,
                TOLL_QUOTE.format(n=n, day=day),
                0.8,
                outlet=outlet,
                date=day,
            )
            for i, (n, outlet, day) in enumerate(reports, 1)
        ]
        variants = [Variant(n, [c]) for (n, _, _), c in zip(reports, cites, strict=True)]
        return Answer(
            question=question,
            status=Status.ANSWERED,
            answer="The sources differ: 12 → 19 → 25 people.",
            citations=cites,
            disagreements=[Disagreement(about="death toll", note="", variants=variants)],
        )


def test_a_dated_disagreement_reads_on_a_phone_with_its_timeline(page: Page, checker: FactChecker) -> None:
    page.set_viewport_size(PHONE)
    with serving(TollChecker(checker.settings, store=checker.store, embedder=checker.embedder)) as url:
        open_page(page, url)
        reply = ask(page, TOLL_Q)
        table = reply.locator(".fb-disagree table")
        expect(table).to_be_visible()
        expect(reply.locator(".fb-disagree thead")).to_be_hidden()  # rows become cards
        rows = reply.locator(".fb-disagree tbody tr")
        expect(rows).to_have_count(4)
        assert rows.first.evaluate("e => getComputedStyle(e).display") == "block"
        expect(rows.nth(0)).to_contain_text("Monitor Wire")
        expect(rows.nth(0)).to_contain_text("3 Mar 2017")
        expect(rows.nth(3)).to_contain_text("6 Mar 2017")
        expect(reply.locator(".fb-disagree svg.fb-timeline circle")).to_have_count(4)
        assert reply.locator(".fb-disagree svg.fb-timeline").bounding_box()["width"] <= PHONE["width"]
        quote = rows.nth(1).locator(".fb-col-quote")
        expect(quote).to_contain_text("still searching")  # the whole (shortened) quote, wrapped
        assert quote.evaluate("e => e.scrollWidth <= e.clientWidth")
        assert reply.evaluate("e => e.scrollWidth <= e.clientWidth")
        overflow = """() => [...document.querySelectorAll("#chat .fb-disagree, #chat .fb-disagree *")]
            .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).length"""
        assert page.evaluate(overflow) == 0  # nothing runs past the screen's edge
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        page.evaluate(UNSCROLL_CHAT)
        shot(page, "disagreement-phone")
        table_height = table.bounding_box()["height"]
        assert table_height < 4 * 260, table_height  # four cards, a few lines each


# --- gradio_client ------------------------------------------------------------------------------


def test_gradio_client_calls_the_stable_endpoints(seeds_url: str) -> None:
    client = Client(seeds_url, verbose=False, analytics_enabled=False)
    answer = client.predict(TROOPS_Q, api_name="/ask")
    assert answer["status"] == "answered" and "900" in answer["answer"]
    assert [c["doc"] for c in answer["citations"]] == [TROOPS_DOC]
    strikes = client.predict(STRIKES_Q, "question", api_name="/ask")
    values = {v["value"] for d in strikes["disagreements"] for v in d["variants"]}
    assert values == {"a dozen airstrikes", "dozens of airstrikes"}
    verdict = client.predict("The US has 2,000 troops in Syria.", api_name="/check")
    assert verdict["verdict"] == "refuted"
    assert TROOPS_DOC in {s["doc"] for s in client.predict(api_name="/sources")}
    report = client.predict(PARAGRAPH, api_name="/check_text")
    assert [c["verdict"] for c in report["claims"]] == [
        "supported",
        "refuted",
        "conflicting",
        "not_enough_info",
        None,
    ]
    with pytest.raises(AppError, match="the question is empty") as info:
        client.predict("   ", api_name="/ask")
    assert "Traceback" not in str(info.value)


def test_gradio_client_uploads_then_asks(upload_url: str, tmp_path: Path) -> None:
    article = tmp_path / "harbor.txt"
    article.write_text(
        "Harbor town opens ferry\n\nThe new Kestrel ferry carried 1,450 passengers on its first day, "
        "the harbor master said on Friday.\n"
    )
    client = Client(upload_url, verbose=False, analytics_enabled=False)
    status, panel = client.predict([handle_file(str(article))], api_name="/upload")
    assert "Indexed 1 article(s)" in status and "harbor.txt" in panel
    answer = client.predict(
        "How many passengers did the Kestrel ferry carry on its first day?", api_name="/ask"
    )
    assert "1,450" in answer["answer"] and answer["citations"][0]["doc"] == "upload/harbor.txt"
