"""The review web app on real demo cases: five of the bundled demo emails go
through the real SMTP intake and the real engine (nothing auto-approved),
and Debian's chromium works them in the queue end to end; the replies land
in an aiosmtpd sink.  A bounded run of ``tools/browser_walkthrough.py``
(which works all 50 and refreshes docs/screenshots/); screenshots here go
to pytest's temporary folder only.
"""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from consultant.db.models import Case

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
# demo cases (0-based): lap chole with IOC, office visit + laceration, the vague "question"
# (no code: ask for information), a wrist fracture with a preventive visit, lap chole without IOC
PICK = [0, 1, 5, 9, 15]

pytestmark = [pytest.mark.browser]


def _walkthrough():
    spec = importlib.util.spec_from_file_location("browser_walkthrough", ROOT / "tools" / "browser_walkthrough.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _docs_shots() -> dict[str, float]:
    folder = ROOT / "docs" / "screenshots"
    return {p.name: p.stat().st_mtime for p in folder.glob("*.png")} if folder.is_dir() else {}


@pytest.fixture(autouse=True, scope="module")
def _chromium_present():
    """`make test` installs Debian chromium; its absence is a setup error, not a skip."""
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (scripts/system-deps.sh installs it)")


def test_reviewer_works_real_demo_cases_in_the_browser(tmp_path):
    from playwright.sync_api import sync_playwright

    bw = _walkthrough()
    root, shots_dir = tmp_path / "run", tmp_path / "shots"
    root.mkdir()
    lines: list[str] = []
    before = _docs_shots()
    with bw.stack(root, len(PICK), PICK, echo=lines.append, quiet=False) as st:
        shots = bw.Shots(shots_dir)
        with sync_playwright() as pw:
            browser = bw.launch(pw)
            try:
                page = browser.new_page(viewport={"width": 1360, "height": 900})
                page.set_default_timeout(20000)
                bw.log_in(page, st, shots)
                outcomes = bw.work_queue(page, st, shots, echo=lines.append)
            finally:
                browser.close()
        replies = bw.check_sink(st, outcomes)

        assert len(outcomes) == len(PICK) == len(replies) == st.sink.count()
        by_subject = {o.subject.split(": ", 1)[1]: o for o in outcomes}
        lap = by_subject["Lap chole with IOC - which code?"]
        assert lap.action == "approved" and lap.codes[0] == "47563"
        assert by_subject["question"].action == "asked" and not by_subject["question"].codes
        with st.ctx.db.session() as s:
            for o in outcomes:
                case = s.get(Case, o.case_id)
                assert case.status == "sent" and case.claimed_by == st.email
                # every highlight on the page sits on the words the engine recorded
                words = {f["text"].replace("\n", " ") for f in case.result["facts"]}
                assert all(" ".join(m.split()) in {" ".join(w.split()) for w in words} for m in o.marks), o.marks
            assert s.query(Case).filter(Case.status.in_(("drafted", "in_review", "held"))).count() == 0
        assert lap.marks and "laparoscopic cholecystectomy" in " ".join(lap.marks)
        # the vague case's reply carries the engine's prefilled questions
        with st.ctx.db.session() as s:
            vague = s.get(Case, by_subject["question"].case_id)
            questions, thread = vague.result["questions"], vague.message_id
        reply = next(r for r in replies if str(r["In-Reply-To"]).strip() == thread)
        body = " ".join(reply.get_body(("plain",)).get_content().split())
        assert questions and all(" ".join(q.split()) in body for q in questions)
    taken = {p.name for p in shots_dir.iterdir()}
    assert {"01-login.png", "02-queue.png", "03-case.png", "05-preview.png", "06-sent.png", "07-status.png"} <= taken
    assert _docs_shots() == before, "the bounded run must not touch docs/screenshots/"
