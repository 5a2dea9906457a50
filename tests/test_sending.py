"""Approve → the reply reaches a real SMTP sink once, threaded, both parts."""
import email

import pytest
from sqlalchemy import select

from consultant.db.models import Case, Draft, SendAttempt
from consultant.dispatch import enqueue_process
from consultant.errors import InvalidTransition
from consultant.intake import account_id, store_message
from consultant.review import approve, reject
from consultant.sending import send_draft
from casekit import submit
from mailbuilder import case_email


def _drafted_case(ctx, **kw):
    return submit(ctx, case_email(message_id="<orig-1@clinic.test>", **kw))


def _smtp_ctx(make_ctx, sink, **kw):
    controller, _ = sink
    return make_ctx(smtp_host=controller.hostname, smtp_port=controller.port, smtp_tls="none", **kw)


def test_approved_reply_is_threaded_with_both_parts(make_ctx, sink):
    ctx = _smtp_ctx(make_ctx, sink)
    case_id = _drafted_case(ctx, subject="Colonoscopy question")
    approve(ctx, case_id, "reviewer@desk.test")
    _, handler = sink
    assert len(handler.messages) == 1
    msg = email.message_from_bytes(handler.messages[0])
    assert msg["In-Reply-To"] == "<orig-1@clinic.test>"
    assert "<orig-1@clinic.test>" in msg["References"]
    assert msg["Subject"] == "Re: Colonoscopy question"
    assert msg["Auto-Submitted"] == "auto-replied"
    assert handler.rcpts[0] == ["coder@clinic.test"]
    types = [p.get_content_type() for p in msg.walk()]
    assert "text/plain" in types and "text/html" in types
    with ctx.db.session() as s:
        assert s.get(Case, case_id).status == "sent"


def test_approving_twice_sends_once(make_ctx, sink):
    ctx = _smtp_ctx(make_ctx, sink)
    case_id = _drafted_case(ctx)
    draft = approve(ctx, case_id, "a@desk.test")
    with pytest.raises(InvalidTransition):
        approve(ctx, case_id, "b@desk.test")
    assert send_draft(ctx, draft.id) == "sent"  # the task delivered twice
    assert len(sink[1].messages) == 1


def test_451_then_250_delivers_once_after_retry(make_ctx, sink):
    ctx = _smtp_ctx(make_ctx, sink)
    _, handler = sink
    handler.script = ["451 4.3.0 try later"]
    case_id = _drafted_case(ctx)
    draft = approve(ctx, case_id, "a@desk.test")  # eager: first attempt gets 451
    with ctx.db.session() as s:
        assert s.get(Draft, draft.id).state == "approved"
    assert send_draft(ctx, draft.id) == "sent"       # the retry
    assert send_draft(ctx, draft.id) == "sent"       # a duplicate retry sends nothing
    assert len(handler.messages) == 1
    with ctx.db.session() as s:
        outcomes = [a.outcome for a in s.scalars(select(SendAttempt).where(SendAttempt.draft_id == draft.id))]
    assert outcomes == ["temporary", "sent"]


def test_550_ends_failed_with_the_servers_reason(make_ctx, sink):
    ctx = _smtp_ctx(make_ctx, sink)
    _, handler = sink
    handler.script = ["550 5.7.1 relaying denied"]
    case_id = _drafted_case(ctx)
    draft = approve(ctx, case_id, "a@desk.test")
    with ctx.db.session() as s:
        d = s.get(Draft, draft.id)
        assert d.state == "failed" and "550" in d.last_error and "relaying denied" in d.last_error
        case = s.get(Case, case_id)
        assert case.status == "failed" and "relaying denied" in case.reason
    assert handler.messages == []


def test_temporary_failure_past_deadline_gives_up(make_ctx, sink):
    ctx = _smtp_ctx(make_ctx, sink, send_deadline_seconds=1)
    _, handler = sink
    case_id = _drafted_case(ctx)
    handler.script = ["451 busy"] * 5
    from datetime import timedelta

    from consultant.db.models import utcnow

    draft = approve(ctx, case_id, "a@desk.test")
    with ctx.db.session() as s:
        d = s.get(Draft, draft.id)
        d.approved_at = utcnow() - timedelta(seconds=5)
        d.state = "approved"
    from consultant.errors import SendPermanentFailure

    with pytest.raises(SendPermanentFailure):
        send_draft(ctx, draft.id)
    with ctx.db.session() as s:
        assert s.get(Draft, draft.id).state == "failed"


def test_reject_with_reply_sends_template_not_codes(make_ctx, sink):
    ctx = _smtp_ctx(make_ctx, sink)
    case_id = _drafted_case(ctx)
    reject(ctx, case_id, "r@desk.test", "outside our scope", send_reply=True)
    body = sink[1].messages[0]
    assert b"not able to offer" in body and b"45385" not in body
    with ctx.db.session() as s:
        assert s.get(Case, case_id).status == "rejected"


def test_reply_cap_per_address(make_ctx, sink):
    ctx = _smtp_ctx(make_ctx, sink, max_replies_per_sender_per_day=1)
    with ctx.db.session() as s:
        acct = account_id(s, "test", "smtp")
    ids = []
    for i in range(2):
        stored = store_message(ctx, case_email(subject=f"cap {i}"), acct)
        enqueue_process(ctx, stored.case_id)
        ids.append(stored.case_id)
    approve(ctx, ids[0], "a@desk.test")
    second = approve(ctx, ids[1], "a@desk.test")
    assert len(sink[1].messages) == 1
    with ctx.db.session() as s:
        d = s.get(Draft, second.id)
        assert d.state == "failed" and "cap is 1" in d.last_error
