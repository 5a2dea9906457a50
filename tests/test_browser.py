"""A real browser works a case end to end: Debian's chromium driven by
Playwright logs in, opens a case from the queue with the keyboard (which
claims it), swaps a code through autocomplete, previews, approves, and the
reply arrives in an aiosmtpd sink.  Screenshots go to pytest's temporary
folder, or to the directory named by ``CONSULTANT_SCREENSHOTS`` (relative to
the repository, e.g. ``CONSULTANT_SCREENSHOTS=docs/screenshots``); the
README's screenshots come from ``tools/browser_walkthrough.py``.
"""
from __future__ import annotations

import email
import os
import shutil
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from consultant.db.models import Case
from consultant.web import create_app
from servers import free_port, wait_port
from web_support import fake_catalog, make_user, seed_case  # noqa: F401

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.browser]


@pytest.fixture(autouse=True, scope="module")
def _chromium_present():
    """`make test` installs Debian chromium; its absence is a setup error, not a skip."""
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (scripts/system-deps.sh installs it)")


@pytest.fixture
def server(make_ctx, sink, fake_catalog):
    controller, handler = sink
    ctx = make_ctx(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_tls="none", review_sla_hours=2)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(ctx), host="127.0.0.1", port=port, log_level="warning",
                                        lifespan="off"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    wait_port(port)
    yield ctx, f"http://127.0.0.1:{port}", handler
    srv.should_exit = True
    thread.join(10)


def seed_queue(ctx) -> int:
    first = seed_case(ctx, subject="Lap chole, chronic cholecystitis", sender="coder@valley-surgery.test",
                      age_hours=3)
    seed_case(ctx, subject="Knee arthroscopy, partial medial meniscectomy", sender="billing@ortho.test",
              age_hours=1.2, confidence=0.62)
    seed_case(ctx, subject="Debridement of a sacral ulcer", sender="office@woundcare.test", age_hours=0.4,
              confidence=0.44, status="held")
    return first


def wait_for(predicate, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        time.sleep(0.05)


@pytest.fixture
def shots_dir(tmp_path) -> Path:
    """Where screenshots go: never docs/ unless asked for by CONSULTANT_SCREENSHOTS."""
    named = os.environ.get("CONSULTANT_SCREENSHOTS", "").strip()
    return (ROOT / named) if named else tmp_path / "screenshots"


def test_reviewer_works_a_case_in_the_browser(server, shots_dir):
    from playwright.sync_api import expect, sync_playwright

    SHOTS = shots_dir
    ctx, base, sink = server
    case_id = seed_queue(ctx)
    make_user(ctx, "reviewer@office.test")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.set_default_timeout(15000)
        page.goto(f"{base}/queue")
        expect(page).to_have_url(f"{base}/login?next=/queue")
        page.screenshot(path=str(SHOTS / "01-login.png"))
        page.fill("input[name=email]", "reviewer@office.test")
        page.fill("input[name=password]", "correct horse battery")
        page.click("button[type=submit]")
        expect(page.locator("table.queue tbody tr")).to_have_count(3)
        page.screenshot(path=str(SHOTS / "02-queue.png"))

        page.keyboard.press("j")  # keyboard navigation: select the oldest case and open it
        expect(page.locator("tr.selected")).to_have_count(1)
        page.keyboard.press("Enter")
        expect(page).to_have_url(f"{base}/cases/{case_id}")
        expect(page.locator(".claim.mine")).to_contain_text("You hold this case")
        expect(page.locator("mark.fact").first).to_have_text("laparoscopic cholecystectomy")
        page.screenshot(path=str(SHOTS / "03-case.png"), full_page=True)

        # swap 47562 for 47563 through autocomplete; live validation reacts
        page.fill("#code-search", "cholangiogram")
        page.locator("#code-results li[data-code='47563']").click()
        expect(page.locator("input.code-input")).to_have_count(2)
        page.fill("#code-search", "diagnostic")
        page.locator("#code-results li[data-code='49320']").click()
        expect(page.locator("#issues li[data-kind=bundled]")).to_have_count(0)  # 49320 bundles into 47562 only
        page.locator("tr.code-row").first.locator("button.remove").click()
        page.locator("tr.code-row").nth(1).locator("button.remove").click()
        expect(page.locator("input.code-input")).to_have_count(1)
        expect(page.locator("input.code-input")).to_have_value("47563")
        page.locator("input.units-input").fill("3")
        expect(page.locator("#issues li[data-kind=mue]")).to_contain_text("exceeds the MUE limit of 1")
        page.screenshot(path=str(SHOTS / "04-validation.png"))
        page.locator("input.units-input").fill("1")
        expect(page.locator("#issues li")).to_have_count(0)

        page.click("#preview-btn")
        expect(page.locator("#preview-text")).to_contain_text("47563")
        expect(page.frame_locator("#preview-html").locator("body")).to_contain_text("47563")
        page.locator("#preview").screenshot(path=str(SHOTS / "05-preview.png"))

        # Playwright's own scrolling misses this button once the preview iframe is on the page
        page.locator("#approve").scroll_into_view_if_needed()
        page.click("#approve")
        expect(page.locator("#send .send.sent .state")).to_have_text("sent")
        page.locator("#send").scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "06-sent.png"))

        page.goto(f"{base}/status")
        expect(page.locator("#queue-depth")).to_have_text("2")
        page.screenshot(path=str(SHOTS / "07-status.png"))
        browser.close()

    wait_for(lambda: len(sink.messages) == 1)
    reply = email.message_from_bytes(sink.messages[0])
    assert reply["To"] == "coder@valley-surgery.test"
    assert reply["Subject"] == "Re: Lap chole, chronic cholecystitis"
    assert "47563" in reply.as_string()
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        assert case.status == "sent" and case.claimed_by == "reviewer@office.test"
