"""Guard: robots, loops, identity and volume each end with a recorded reason."""
import pytest

from casekit import outcome, submit
from mailbuilder import case_email


def _run(ctx, raw):
    return outcome(ctx, submit(ctx, raw))


@pytest.mark.parametrize("raw, reason", [
    (case_email(headers={"Auto-Submitted": "auto-replied"}), "Auto-Submitted"),
    (case_email(sender="MAILER-DAEMON@mx.clinic.test", subject="Undelivered Mail"), "bounce"),
    (case_email(sender="cases@consultant.test"), "own address"),
    (case_email(headers={"Precedence": "bulk"}), "Precedence"),
    (case_email(headers={"List-Id": "<coders.lists.test>"}), "mailing-list"),
    (case_email(headers={"X-Autoreply": "yes"}), "X-Autoreply"),
])
def test_robots_and_loops_are_ignored_without_reply(ctx, raw, reason):
    status, why, drafts = _run(ctx, raw)
    assert status == "ignored"
    assert reason.lower() in why.lower()
    assert drafts == 0
    assert not ctx.settings.outbox_dir.exists() or not list(ctx.settings.outbox_dir.iterdir())


def test_two_from_headers_are_held(ctx):
    raw = case_email().replace(b"From: coder@clinic.test", b"From: coder@clinic.test\nFrom: evil@x.test", 1)
    status, why, _ = _run(ctx, raw)
    assert status == "held" and "2 From" in why


def test_allow_list_holds_unknown_sender(make_ctx):
    ctx = make_ctx(allowed_senders="@clinic.test, solo@other.test")
    assert _run(ctx, case_email(sender="x@clinic.test"))[0] == "drafted"
    assert _run(ctx, case_email(sender="solo@other.test"))[0] == "drafted"
    status, why, _ = _run(ctx, case_email(sender="stranger@else.test"))
    assert status == "held" and "allow-list" in why


def test_unknown_sender_gets_registration_template(make_ctx):
    ctx = make_ctx(allowed_senders="@clinic.test", unknown_sender_action="register")
    status, why, drafts = _run(ctx, case_email(sender="new@office.test"))
    assert status == "ignored" and "registration" in why
    sent = list(ctx.settings.outbox_dir.glob("*.eml"))
    assert len(sent) == 1 and b"not registered" in sent[0].read_bytes()
    assert b"colonoscopy" not in sent[0].read_bytes()


def test_daily_cap_per_sender(make_ctx):
    ctx = make_ctx(max_cases_per_sender_per_day=2)
    results = [_run(ctx, case_email())[0] for _ in range(3)]
    assert results == ["drafted", "drafted", "held"]


def test_dmarc_requirement(make_ctx):
    ctx = make_ctx(require_authentication=True)
    ok = case_email(headers={"Authentication-Results": "mx.test; dmarc=pass header.from=clinic.test"})
    bad = case_email(headers={"Authentication-Results": "mx.test; dmarc=fail header.from=clinic.test"})
    assert _run(ctx, ok)[0] == "drafted"
    assert _run(ctx, bad)[0] == "held"
