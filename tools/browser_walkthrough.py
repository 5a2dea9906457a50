"""Work the 50 bundled demo cases end to end in a real browser.

From an empty temporary directory: build settings and a fresh SQLite
database, create a reviewer, start the service's SMTP intake (the real
``Service`` from ``consultant serve``) and send it the demo cases, let the
real engine draft them (nothing is auto-approved), serve the review web app
with uvicorn on a free port with outbound SMTP pointed at an aiosmtpd sink,
and drive Debian's chromium through Playwright: log in, then for every case
in the queue open it (which claims it) and decide it:

* codes suggested -> "Approve & send" (ticking "approve anyway" when the
  page lists validation errors);
* no code suggested -> "Ask for more information" with the engine's
  prefilled questions.

Then check that the sink holds exactly one reply per case and the queue is
empty.  Prints one line per case and, last,
``cases=N approved=A asked=Q sent=S sink=M seconds=T``.

Screenshots of the real cases go to ``docs/screenshots/`` (``--shots DIR``
to change, ``--no-shots`` for none), under the names the README uses.

    .venv/bin/python tools/browser_walkthrough.py [--cases 50] [--keep]

``tests/test_browser_demo.py`` imports this module and runs a bounded
version (5 cases, no screenshots in docs/).
"""
from __future__ import annotations

import argparse
import email
import email.policy
import os
import re
import shutil
import smtplib
import socket
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
REVIEWER = "reviewer@consultant.test"
PASSWORD = "walkthrough-" + os.urandom(6).hex()
INTAKE = "cases@consultant.test"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on {port} after {timeout} s")


def wait_until(predicate: Any, timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not met after {timeout} s")
        time.sleep(0.05)


# --------------------------------------------------------------------------- the stack

@dataclass
class Sink:
    """An aiosmtpd sink that keeps every message it receives."""

    messages: list[bytes] = field(default_factory=list)
    rcpts: list[list[str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.messages.append(envelope.original_content or envelope.content)
            self.rcpts.append(list(envelope.rcpt_tos))
        return "250 OK queued"

    def count(self) -> int:
        with self.lock:
            return len(self.messages)


@dataclass
class Stack:
    root: Path
    ctx: Any
    base: str
    sink: Sink
    case_ids: list[int]
    message_ids: list[str]
    intake_seconds: float
    email: str = REVIEWER
    password: str = PASSWORD


def demo_subset(n: int) -> list[Any]:
    """The first ``n`` demo messages, addressed to our intake."""
    from consultant.demo import demo_messages

    messages = demo_messages(INTAKE)
    if n > len(messages):
        raise SystemExit(f"only {len(messages)} demo cases are bundled, asked for {n}")
    return messages[:n] if n >= 0 else messages


@contextmanager
def stack(root: Path, n_cases: int, pick: list[int] | None = None, echo: Any = print,
          quiet: bool = True) -> Iterator[Stack]:
    """Everything the walkthrough needs, on ``root`` (an empty directory)."""
    from aiosmtpd.controller import Controller

    from consultant.cli.run import Service
    from consultant.context import Context
    from consultant.db.models import CaseStatus
    from consultant.demo import wait_for
    from consultant.engine import warm
    from consultant.settings import load_settings
    from consultant.web import create_app
    from consultant.web.auth import add_user
    import uvicorn

    # the catalog directory follows CONSULTANT_CATALOG_DIR (the test suite shares one);
    # otherwise it is compiled afresh inside the temporary directory
    os.environ.setdefault("CONSULTANT_CATALOG_DIR", str(root / "var" / "catalog"))
    if quiet:
        from consultant.logs import configure

        configure("WARNING", False)
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    ctx = Context.build(load_settings(
        database_url=f"sqlite:///{root}/consultant.db", var_dir=root / "var", secret_key=os.urandom(24).hex(),
        smtpd_host="127.0.0.1", smtpd_port=0, intake_addresses=INTAKE, from_address=INTAKE,
        smtp_host="127.0.0.1", smtp_port=controller.port, smtp_tls="none", broker_url="", imap_host=""))
    with ctx.db.session() as s:
        add_user(s, REVIEWER, "reviewer", PASSWORD)
    service = Service(ctx)
    server = thread = None
    try:
        t0 = time.monotonic()
        echo(f"engine and catalog ready in {warm():.1f} s")
        service.start_background()
        assert service.smtpd is not None
        messages = [demo_subset(-1)[i] for i in pick] if pick else demo_subset(n_cases)
        t1 = time.monotonic()
        with smtplib.SMTP(service.smtpd.hostname, service.smtpd.port, timeout=30) as client:
            for msg in messages:
                client.send_message(msg)
        ids = [str(m["Message-ID"]) for m in messages]
        cases = wait_for(ctx, ids, timeout=600)
        intake = time.monotonic() - t1
        drafted = [c for c in cases if c.status == CaseStatus.drafted.value]
        if len(cases) != len(ids) or len(drafted) != len(ids):
            raise RuntimeError(f"intake: {len(ids)} sent, {len(cases)} cases, {len(drafted)} drafted: "
                               + ", ".join(f"{c.id}={c.status}" for c in cases))
        echo(f"intake: {len(ids)} demo cases received and drafted by the engine in {intake:.1f} s "
             f"(setup {time.monotonic() - t0:.1f} s)")
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(ctx), host="127.0.0.1", port=port, log_level="warning",
                                               lifespan="off"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        wait_port(port)
        yield Stack(root, ctx, f"http://127.0.0.1:{port}", sink, sorted(c.id for c in cases), ids, intake)
    finally:
        if server is not None:
            server.should_exit = True
            thread.join(10)  # type: ignore[union-attr]
        service.close()
        controller.stop()
        ctx.db.dispose()


# --------------------------------------------------------------------------- the browser

@dataclass
class Outcome:
    case_id: int
    action: str  # approved | asked
    codes: list[str]
    override: bool
    seconds: float
    subject: str
    marks: list[str] = field(default_factory=list)  # the highlighted fact words on the page


class Shots:
    """Screenshot names the README uses; ``None`` directory takes none."""

    def __init__(self, directory: Path | None) -> None:
        self.dir = directory
        self.taken: set[str] = set()
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)

    def want(self, name: str) -> bool:
        return self.dir is not None and name not in self.taken

    def page(self, page: Any, name: str, **kw: Any) -> None:
        if self.want(name):
            page.screenshot(path=str(self.dir / f"{name}.png"), **kw)  # type: ignore[operator]
            self.taken.add(name)

    def element(self, locator: Any, name: str) -> None:
        if self.want(name):
            locator.screenshot(path=str(self.dir / f"{name}.png"))  # type: ignore[operator]
            self.taken.add(name)


def launch(pw: Any) -> Any:
    if not shutil.which(CHROMIUM):
        raise SystemExit(f"{CHROMIUM} is missing (apt-get install chromium)")
    return pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)


def log_in(page: Any, st: Stack, shots: Shots) -> None:
    from playwright.sync_api import expect

    page.goto(f"{st.base}/queue")
    expect(page).to_have_url(f"{st.base}/login?next=/queue")
    shots.page(page, "01-login")
    page.fill("input[name=email]", st.email)
    page.fill("input[name=password]", st.password)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{st.base}/queue")


ROWS = "table.queue tbody tr[data-href]"


def work_one(page: Any, st: Stack, shots: Shots) -> Outcome:
    """Open the oldest case in the queue and decide it; returns what was done."""
    from playwright.sync_api import expect

    start = time.monotonic()
    if not page.url.endswith("/queue"):
        page.goto(f"{st.base}/queue")
    row = page.locator(ROWS).first
    href = row.get_attribute("data-href")
    case_id = int(href.rsplit("/", 1)[1])
    row.locator("td a").last.click()  # the subject link
    expect(page).to_have_url(f"{st.base}{href}")
    expect(page.locator(".claim.mine")).to_contain_text("You hold this case")
    subject = page.locator("h1").inner_text()
    codes = [c for c in page.locator("input.code-input").evaluate_all("els => els.map(e => e.value)") if c]
    marks = page.locator("mark.fact").all_inner_texts()

    if shots.want("03-case") and codes and page.locator("mark.fact").count():
        shots.page(page, "03-case", full_page=True)

    if not codes:
        questions = page.locator("#questions").input_value().strip()
        if not questions:
            page.fill("#questions", "Please send the procedure note and the codes you are considering.")
        page.locator("#ask-info").scroll_into_view_if_needed()
        page.click("#ask-info")
        action, override = "asked", False
    else:
        errors = page.locator("#issues li.error").count()
        if page.locator("#issues li").count() and shots.want("04-validation"):
            page.locator("#edit").scroll_into_view_if_needed()
            shots.page(page, "04-validation")
        override = errors > 0
        if override:
            page.check("input[name=override]")
        if shots.want("05-preview"):
            page.click("#preview-btn")
            expect(page.locator("#preview-text")).to_contain_text(codes[0])
            expect(page.frame_locator("#preview-html").locator("body")).to_contain_text(codes[0])
            shots.element(page.locator("#preview"), "05-preview")
        # Playwright's own scrolling misses this button once the preview iframe is on the page
        page.locator("#approve").scroll_into_view_if_needed()
        page.click("#approve")
        action = "approved"
    expect(page).to_have_url(re.compile(rf"/cases/{case_id}"))
    # the page polls send-status and reloads until the draft leaves queued/sending
    expect(page.locator("#send .send.sent, #send .send.failed")).to_have_count(1, timeout=60000)
    expect(page.locator("#send .send.sent .state")).to_have_text("sent")
    if shots.want("06-sent") and action == "approved":
        page.locator("#send").scroll_into_view_if_needed()
        shots.page(page, "06-sent")
    return Outcome(case_id, action, codes, override, time.monotonic() - start, subject, marks)


def work_queue(page: Any, st: Stack, shots: Shots, echo: Any = print) -> list[Outcome]:
    from playwright.sync_api import expect

    expected = len(st.case_ids)
    expect(page.locator(ROWS)).to_have_count(expected)
    shots.page(page, "02-queue")
    done: list[Outcome] = []
    for i in range(expected):
        page.goto(f"{st.base}/queue")
        expect(page.locator(ROWS)).to_have_count(expected - i)
        out = work_one(page, st, shots)
        done.append(out)
        echo(f"  case {out.case_id:>3}  {out.seconds:5.2f} s  {out.action:<8} {' '.join(out.codes) or '-':<30}"
             f"{' (approved anyway)' if out.override else '':<18} {out.subject.split(': ', 1)[-1]}")
    page.goto(f"{st.base}/queue")
    expect(page.locator(ROWS)).to_have_count(0)
    expect(page.locator("table.queue td.empty")).to_contain_text("Nothing waiting")
    page.goto(f"{st.base}/status")
    expect(page.locator("#queue-depth")).to_have_text("0")
    shots.page(page, "07-status", full_page=True)
    return done


def check_sink(st: Stack, outcomes: list[Outcome], timeout: float = 30.0) -> list[Any]:
    """Exactly one reply per case: to its sender, threaded on its message, and
    for an approval carrying the approved codes."""
    from consultant.db.models import Case

    wait_until(lambda: st.sink.count() >= len(outcomes), timeout, "one reply per case in the sink")
    replies = [email.message_from_bytes(raw, policy=email.policy.default) for raw in st.sink.messages]
    assert len(replies) == len(outcomes), f"{len(replies)} replies for {len(outcomes)} cases"
    by_thread = {str(r["In-Reply-To"]).strip(): r for r in replies}
    with st.ctx.db.session() as s:
        for o in outcomes:
            case = s.get(Case, o.case_id)
            assert case.status == "sent", f"case {o.case_id} is {case.status}"
            reply = by_thread.get(case.message_id)
            assert reply is not None, f"no reply threaded on case {o.case_id} ({case.message_id})"
            assert str(reply["To"]).lower() == case.sender.lower(), f"case {o.case_id}: reply to {reply['To']}"
            body = reply.get_body(("plain",)).get_content()
            missing = [c for c in o.codes if c not in body]
            assert o.action == "asked" or not missing, f"case {o.case_id}: reply lacks {missing}"
    return replies


def run(n_cases: int, shots_dir: Path | None, keep: bool, pick: list[int] | None = None,
        root: Path | None = None, echo: Any = print, quiet: bool = True) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    t0 = time.monotonic()
    own = root is None
    root = root or Path(tempfile.mkdtemp(prefix="consultant-walkthrough-"))
    if any(root.iterdir()):
        raise SystemExit(f"{root} is not empty")
    echo(f"working in {root}")
    try:
        with stack(root, n_cases, pick, echo, quiet) as st:
            t_browser = time.monotonic()
            shots = Shots(shots_dir)
            with sync_playwright() as pw:
                browser = launch(pw)
                try:
                    page = browser.new_page(viewport={"width": 1360, "height": 900})
                    page.set_default_timeout(20000)
                    log_in(page, st, shots)
                    outcomes = work_queue(page, st, shots, echo)
                finally:
                    browser.close()
            check_sink(st, outcomes)
            from consultant.db.models import Case, Draft
            with st.ctx.db.session() as s:
                sent = s.query(Draft).filter(Draft.case_id.in_(st.case_ids), Draft.state == "sent").count()
                left = s.query(Case).filter(Case.status.in_(("drafted", "in_review", "held"))).count()
            result = {"cases": len(outcomes), "approved": sum(o.action == "approved" for o in outcomes),
                      "asked": sum(o.action == "asked" for o in outcomes), "sent": sent, "sink": st.sink.count(),
                      "queue": left, "seconds": round(time.monotonic() - t0, 1),
                      "browser_seconds": round(time.monotonic() - t_browser, 1),
                      "intake_seconds": round(st.intake_seconds, 1),
                      "per_case": [o.seconds for o in outcomes], "outcomes": outcomes,
                      "shots": sorted(shots.taken)}
    finally:
        if own and not keep:
            shutil.rmtree(root, ignore_errors=True)
        elif keep:
            echo(f"kept {root}")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=50, help="how many demo cases (default all 50)")
    ap.add_argument("--shots", type=Path, default=ROOT / "docs" / "screenshots", help="screenshot directory")
    ap.add_argument("--no-shots", action="store_true", help="take no screenshots")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args(argv)
    r = run(args.cases, None if args.no_shots else args.shots, args.keep)
    per = sorted(r["per_case"])
    print(f"browser: {r['browser_seconds']} s for {r['cases']} cases; per case median {per[len(per) // 2]:.2f} s, "
          f"max {per[-1]:.2f} s; intake {r['intake_seconds']} s; queue left {r['queue']}")
    if args.no_shots is False:
        missing = {f"0{i}-{n}" for i, n in enumerate(["login", "queue", "case", "validation", "preview", "sent",
                                                         "status"], 1)} - set(r["shots"])
        if missing:
            print(f"screenshots not taken: {', '.join(sorted(missing))}", file=sys.stderr)
    print(f"cases={r['cases']} approved={r['approved']} asked={r['asked']} sent={r['sent']} sink={r['sink']} "
          f"seconds={r['seconds']}")
    ok = r["cases"] == r["sent"] == r["sink"] == args.cases and r["queue"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
