"""Decisions: approve and send once, refusals, reject, ask for info, failure and retry."""
from __future__ import annotations

import email

from sqlalchemy import select

from consultant.db.models import AuditEvent, Case, Draft, SendAttempt
from web_support import IGNORE_TESTCLIENT, client_for, csrf, fake_catalog, seed_case  # noqa: F401

pytestmark = IGNORE_TESTCLIENT
LINES = {"code": ["47562"], "units": ["1"], "modifiers": [""], "text": ""}


def outbox(ctx) -> list[email.message.Message]:
    folder = ctx.settings.outbox_dir
    return [email.message_from_bytes(p.read_bytes()) for p in sorted(folder.glob("*"))] if folder.exists() else []


def open_case(ctx, email_addr="rev@office.test", **seed):
    case_id = seed_case(ctx, **seed)
    client = client_for(ctx, email_addr)
    client.get(f"/cases/{case_id}")
    return case_id, client, csrf(client)


def test_approve_sends_the_reply_once(ctx, fake_catalog):
    case_id, client, token = open_case(ctx)
    resp = client.post(f"/cases/{case_id}/approve", data=LINES | {"csrf_token": token})
    assert resp.status_code == 200 and "Approved" in resp.text
    again = client.post(f"/cases/{case_id}/approve", data=LINES | {"csrf_token": token})
    assert again.status_code == 200 and "Already approved" in again.text
    sent = outbox(ctx)
    assert len(sent) == 1 and "47562" in sent[0].as_string()
    with ctx.db.session() as s:
        assert s.get(Case, case_id).status == "sent"
        assert len(s.scalars(select(SendAttempt).where(SendAttempt.outcome == "sent")).all()) == 1
        approvals = s.scalars(select(AuditEvent).where(AuditEvent.action == "approve")).all()
        assert [(a.actor, a.old["status"]) for a in approvals] == [("rev@office.test", "in_review")]
    page = client.get(f"/cases/{case_id}").text
    assert '<span class="state">sent</span>' in page


def test_send_status_json(ctx, fake_catalog):
    case_id, client, token = open_case(ctx)
    client.post(f"/cases/{case_id}/approve", data=LINES | {"csrf_token": token})
    status = client.get(f"/cases/{case_id}/send-status").json()
    assert status["status"] == "sent"
    assert [(d["kind"], d["state"], d["attempts"]) for d in status["drafts"]] == [("reply", "sent", 1)]


def test_approve_with_code_problems_needs_override(ctx, fake_catalog):
    case_id, client, token = open_case(ctx)
    bad = {"code": ["47562", "49320"], "units": ["1", "1"], "modifiers": ["", ""], "text": ""}
    resp = client.post(f"/cases/{case_id}/approve", data=bad | {"csrf_token": token})
    assert "Not approved: 1 problem" in resp.text and outbox(ctx) == []
    resp = client.post(f"/cases/{case_id}/approve", data=bad | {"csrf_token": token, "override": "1"})
    assert "Approved" in resp.text and len(outbox(ctx)) == 1


def test_approve_sends_the_edited_codes(ctx, fake_catalog):
    case_id, client, token = open_case(ctx)
    client.post(f"/cases/{case_id}/approve", data={"csrf_token": token, "code": ["47563"], "units": ["1"],
                                                   "modifiers": [""], "text": ""})
    body = outbox(ctx)[0].as_string()
    assert "47563" in body


def test_reject_without_reply_sends_nothing(ctx, fake_catalog):
    case_id, client, token = open_case(ctx)
    assert "needs a reason" in client.post(f"/cases/{case_id}/reject", data={"csrf_token": token}).text
    resp = client.post(f"/cases/{case_id}/reject", data={"csrf_token": token, "reason": "duplicate of 12"})
    assert resp.status_code == 200 and "Rejected." in resp.text
    assert outbox(ctx) == []
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        assert (case.status, case.reason) == ("rejected", "duplicate of 12")
        assert s.scalars(select(Draft.state)).all() == ["superseded"]


def test_reject_with_polite_reply(ctx, fake_catalog):
    case_id, client, token = open_case(ctx)
    client.post(f"/cases/{case_id}/reject", data={"csrf_token": token, "reason": "out of scope", "send_reply": "1"})
    sent = outbox(ctx)
    assert len(sent) == 1
    assert "out of scope" not in sent[0].as_string()  # the internal reason stays internal


def test_ask_for_more_information(ctx, fake_catalog):
    case_id, client, token = open_case(ctx)
    page = client.get(f"/cases/{case_id}").text
    assert "Was a cholangiogram attempted?\n</textarea>" in page  # engine questions prefilled
    resp = client.post(f"/cases/{case_id}/ask-info", data={
        "csrf_token": token, "questions": "Was a cholangiogram attempted?\n- Which side?\n\n"})
    assert "Question queued" in resp.text
    sent = outbox(ctx)
    assert len(sent) == 1 and "Which side?" in sent[0].as_string()
    with ctx.db.session() as s:
        info = s.scalars(select(Draft).where(Draft.kind == "info")).one()
        assert info.questions == ["Was a cholangiogram attempted?", "Which side?"]


def test_ask_info_needs_a_question(ctx, fake_catalog):
    case_id, client, token = open_case(ctx)
    resp = client.post(f"/cases/{case_id}/ask-info", data={"csrf_token": token, "questions": " \n - \n"})
    assert "at least one question" in resp.text and outbox(ctx) == []


def test_failed_send_shows_server_reply_and_retry_delivers_once(make_ctx, sink, fake_catalog):
    controller, handler = sink
    ctx = make_ctx(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_tls="none")
    handler.script.append("550 5.1.1 mailbox unavailable")
    case_id, client, token = open_case(ctx)
    client.post(f"/cases/{case_id}/approve", data=LINES | {"csrf_token": token})
    page = client.get(f"/cases/{case_id}").text
    assert '<span class="state">failed</span>' in page
    assert "mailbox unavailable" in page and 'id="retry"' in page
    with ctx.db.session() as s:
        draft_id = s.scalars(select(Draft.id)).one()
    resp = client.post(f"/drafts/{draft_id}/retry", data={"csrf_token": token})
    assert "Retry queued" in resp.text
    assert len(handler.messages) == 1
    again = client.post(f"/drafts/{draft_id}/retry", data={"csrf_token": token})
    assert "Only a failed send can be retried" in again.text and len(handler.messages) == 1
