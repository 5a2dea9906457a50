"""The case page: claim on open, take-over, what is shown, and hostile mail shown inert."""
from __future__ import annotations

import re

from sqlalchemy import select

from consultant.db.models import AuditEvent, Case, Note
from web_support import IGNORE_TESTCLIENT, client_for, csrf, fake_catalog, seed_case  # noqa: F401

pytestmark = IGNORE_TESTCLIENT

HOSTILE_HTML = ('<p onclick="alert(1)">Hello <b>coder</b></p><script>alert("x")</script>'
                '<img src="http://tracker.example/p.gif" onerror="alert(2)">'
                '<a href="javascript:alert(3)">click</a> <a href="https://ok.example/">fine</a>'
                '<style>body{display:none}</style><iframe src="https://evil.example"></iframe>')


def actions(ctx, case_id):
    with ctx.db.session() as s:
        return [(e.actor, e.action, e.old, e.new) for e in
                s.scalars(select(AuditEvent).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id))]


def test_opening_a_case_claims_it_and_records_the_view(ctx):
    case_id = seed_case(ctx)
    page = client_for(ctx, "rev@office.test").get(f"/cases/{case_id}")
    assert page.status_code == 200
    assert "You hold this case" in page.text
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        assert case.claimed_by == "rev@office.test" and case.claim_expires is not None
        assert case.status == "in_review"
    log = actions(ctx, case_id)
    assert ("rev@office.test", "claim", {"claimed_by": None, "status": "drafted"},
            {"claimed_by": "rev@office.test", "status": "in_review"}) in log
    assert [a[1] for a in log][-1] == "view"


def test_case_page_shows_engine_output(ctx, fake_catalog):
    parsed = {"body": "b", "quoted": "> earlier mail", "signature": "Dr. Who",
              "attachments": [{"filename": "op-note.pdf", "content_type": "application/pdf", "size": 1234,
                               "outcome": "read", "text": "Operative note: gallbladder removed"}]}
    case_id = seed_case(ctx, parsed=parsed)
    page = client_for(ctx, "rev@office.test").get(f"/cases/{case_id}").text
    assert '<mark class="fact" title="action">laparoscopic cholecystectomy</mark>' in page
    assert '<mark class="fact negated" title="procedure · negated">cholangiogram</mark>' in page
    assert "laparoscopic cholecystectomy, no cholangiogram" in page  # rationale
    assert "not chosen: no cholangiogram" in page  # near miss
    assert "Was a cholangiogram attempted?" in page
    assert "op-note.pdf" in page and "Operative note: gallbladder removed" in page
    assert "&gt; earlier mail" in page and "Dr. Who" in page
    assert 'name="code" value="47562"' in page
    assert "47563" not in re.findall(r'name="code" value="(\w+)"', page)  # near misses are not draft lines


def test_hostile_email_is_shown_inert(ctx):
    text = 'Note <script>alert("t")</script> <a href="javascript:alert(4)">x</a> <img src=x onerror=alert(5)>'
    case_id = seed_case(ctx, text=text, parsed={"body": text, "html": HOSTILE_HTML, "attachments": [
        {"filename": "<script>f</script>.txt", "text": "<b onmouseover=alert(6)>hi</b>"}]},
        subject='<img src=x onerror="alert(7)">', facts=[])
    resp = client_for(ctx, "rev@office.test").get(f"/cases/{case_id}")
    page = resp.text
    assert "<script>alert" not in page and "<script>f</script>" not in page
    assert re.search(r"""href\s*=\s*["']?\s*javascript:""", page, re.I) is None
    for handler in ("onclick=", "onerror=", "onmouseover="):
        assert re.search(rf"<[^>]*\s{handler}", page) is None, handler
    assert "<iframe src=" not in page and "<style>" not in page and "tracker.example" not in page
    assert '<a href="https://ok.example/" rel="noopener noreferrer nofollow">fine</a>' in page
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in page
    assert "script-src 'self'" in resp.headers["content-security-policy"]


def test_someone_elses_claim_is_shown_and_blocks_changes(ctx):
    case_id = seed_case(ctx)
    first = client_for(ctx, "first@office.test")
    first.get(f"/cases/{case_id}")
    second = client_for(ctx, "second@office.test")
    page = second.get(f"/cases/{case_id}").text
    assert "first@office.test</strong> is working on this case" in page and 'id="takeover"' in page
    token = csrf(second)
    for path, data in [("edit", {"code": "47562", "text": "x"}), ("approve", {"code": "47562"}),
                       ("reject", {"reason": "dup"}), ("ask-info", {"questions": "why?"})]:
        resp = second.post(f"/cases/{case_id}/{path}", data=data | {"csrf_token": token})
        assert resp.status_code == 409, path
        assert "first@office.test is working on this case" in resp.text
    renew = second.post(f"/cases/{case_id}/renew", headers={"X-CSRF-Token": token, "Accept": "application/json"})
    assert renew.status_code == 409 and renew.json()["holder"] == "first@office.test"
    with ctx.db.session() as s:
        assert s.get(Case, case_id).claimed_by == "first@office.test"


def test_explicit_takeover_is_recorded(ctx):
    case_id = seed_case(ctx)
    client_for(ctx, "first@office.test").get(f"/cases/{case_id}")
    second = client_for(ctx, "second@office.test")
    resp = second.post(f"/cases/{case_id}/claim", data={"csrf_token": csrf(second), "takeover": "1"})
    assert resp.status_code == 200 and "You hold this case" in resp.text
    assert ("second@office.test", "takeover", {"claimed_by": "first@office.test"},
            {"claimed_by": "second@office.test", "status": "in_review"}) in actions(ctx, case_id)


def test_claim_without_takeover_flag_is_refused(ctx):
    case_id = seed_case(ctx)
    client_for(ctx, "first@office.test").get(f"/cases/{case_id}")
    second = client_for(ctx, "second@office.test")
    resp = second.post(f"/cases/{case_id}/claim", data={"csrf_token": csrf(second)})
    assert resp.status_code == 409


def test_expired_lease_is_free_again(make_ctx):
    ctx = make_ctx(claim_minutes=1)
    case_id = seed_case(ctx)
    client_for(ctx, "first@office.test").get(f"/cases/{case_id}")
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        case.claim_expires = case.claim_expires.replace(year=2000)
    client_for(ctx, "second@office.test").get(f"/cases/{case_id}")
    with ctx.db.session() as s:
        assert s.get(Case, case_id).claimed_by == "second@office.test"


def test_renew_and_release(ctx):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    client.get(f"/cases/{case_id}")
    token = csrf(client)
    renew = client.post(f"/cases/{case_id}/renew", headers={"X-CSRF-Token": token})
    assert renew.status_code == 200 and renew.json()["holder"] == "rev@office.test"
    client.post(f"/cases/{case_id}/release", data={"csrf_token": token})
    with ctx.db.session() as s:
        assert s.get(Case, case_id).claimed_by == ""


def test_internal_note(ctx):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    resp = client.post(f"/cases/{case_id}/note", data={"csrf_token": csrf(client), "body": "<b>call</b> the office"})
    assert resp.status_code == 200 and "&lt;b&gt;call&lt;/b&gt; the office" in resp.text
    with ctx.db.session() as s:
        assert s.scalar(select(Note.body)) == "<b>call</b> the office"
    assert any(a[1] == "note" for a in actions(ctx, case_id))


def test_history_is_shown(ctx):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    client.get(f"/cases/{case_id}")
    page = client.get(f"/cases/{case_id}").text
    history = page[page.index('id="history"'):]
    assert "claim" in history and "view" in history and "in_review" in history


def test_missing_case_is_404(ctx):
    assert client_for(ctx, "rev@office.test").get("/cases/999").status_code == 404


def test_held_case_without_a_draft_opens_and_refuses_approval_clearly(ctx, fake_catalog):
    case_id = seed_case(ctx, status="held")
    with ctx.db.session() as s:
        for d in s.get(Case, case_id).drafts:
            s.delete(d)
    client = client_for(ctx, "rev@office.test")
    page = client.get(f"/cases/{case_id}")
    assert page.status_code == 200 and 'name="code" value="47562"' in page.text  # engine's codes offered
    resp = client.post(f"/cases/{case_id}/approve", data={"csrf_token": csrf(client), "code": ["47562"]})
    assert resp.status_code == 409 and "has no draft to approve" in resp.text


def test_real_catalog_lookup_shape():
    """The web app's view of the real catalog (whatever codes it holds today)."""
    from consultant.web import catalog_view

    catalog_view.catalog.cache_clear()
    hits = catalog_view.search("debridement", 5)
    assert hits and all(set(h) == {"code", "system", "short", "addon", "parents", "active"} for h in hits)
    assert catalog_view.lookup(hits[0]["code"])["code"] == hits[0]["code"]
