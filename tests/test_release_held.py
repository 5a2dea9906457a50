"""A held case (unknown sender) can be released by staff and then drafts;
robots stay ignored even when released, and a failed question can be retried."""
from sqlalchemy import select

from consultant.db.models import AuditEvent, Case
from consultant.review import release_held
from casekit import outcome, submit
from mailbuilder import case_email
from web_support import IGNORE_TESTCLIENT, client_for, csrf

pytestmark = IGNORE_TESTCLIENT


def _held(ctx):
    case_id = submit(ctx, case_email(sender="new@unknown.test"), "t")
    assert outcome(ctx, case_id)[0] == "held"
    return case_id


def test_release_held_case_gets_a_draft(make_ctx):
    ctx = make_ctx(allowed_senders="@clinic.test")
    case_id = _held(ctx)
    release_held(ctx, case_id, "lead@desk.test")
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        assert case.status == "drafted" and len(case.drafts) == 1
        actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.case_id == case_id))]
    assert "release" in actions


def test_release_from_the_case_page(make_ctx):
    ctx = make_ctx(allowed_senders="@clinic.test")
    case_id = _held(ctx)
    client = client_for(ctx, "rev@office.test")
    page = client.get(f"/cases/{case_id}").text
    assert "process-held" in page
    resp = client.post(f"/cases/{case_id}/process", data={"csrf_token": csrf(client)})
    assert resp.status_code == 200
    with ctx.db.session() as s:
        assert s.get(Case, case_id).status == "drafted"


def test_release_needs_csrf(make_ctx):
    ctx = make_ctx(allowed_senders="@clinic.test")
    case_id = _held(ctx)
    client = client_for(ctx, "rev@office.test")
    client.get(f"/cases/{case_id}")
    resp = client.post(f"/cases/{case_id}/process", data={})
    assert resp.status_code == 403
    with ctx.db.session() as s:
        assert s.get(Case, case_id).status == "held"
