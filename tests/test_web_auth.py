"""Sign-in, sessions, CSRF, roles and rate limiting of the review app."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from consultant.db.models import AuditEvent, User, WebSession
from web_support import IGNORE_TESTCLIENT, client_for, csrf, fake_catalog, login, make_user, seed_case  # noqa: F401

pytestmark = IGNORE_TESTCLIENT


def test_healthz_needs_no_session(ctx):
    resp = client_for(ctx).get("/healthz")
    assert resp.status_code == 200 and resp.text == "ok"


def test_metrics_is_prometheus_text(ctx):
    seed_case(ctx)
    client = client_for(ctx)
    client.get("/healthz")
    resp = client.get("/metrics")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/plain")
    assert "consultant_queue_depth 1.0" in resp.text
    assert 'consultant_web_requests_total{method="GET",route="/healthz",status="200"}' in resp.text


@pytest.mark.parametrize("path", ["/queue", "/cases/1", "/status", "/admin/users", "/api/codes?q=x"])
def test_pages_without_session_redirect_to_login(ctx, path):
    resp = client_for(ctx).get(path, follow_redirects=False)
    assert resp.status_code == 303
    assert resp.headers["location"].startswith("/login?next=/")


@pytest.mark.parametrize("path", ["/cases/1/approve", "/cases/1/reject", "/cases/1/edit", "/cases/1/claim",
                                  "/cases/1/note", "/cases/1/ask-info", "/drafts/1/retry", "/logout"])
def test_posts_without_session_are_refused(ctx, path):
    resp = client_for(ctx).post(path, data={"csrf_token": "x"}, follow_redirects=False)
    assert resp.status_code == 401


def test_login_sets_hardened_session_cookie(ctx):
    client = client_for(ctx)
    make_user(ctx, "rev@office.test")
    resp = login(client, "rev@office.test")
    assert resp.status_code == 303 and resp.headers["location"] == "/queue"
    cookie = [h for h in resp.headers.get_list("set-cookie") if h.startswith("consultant_session=")][0]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    token = cookie.split(";")[0].split("=", 1)[1]
    with ctx.db.session() as s:
        ids = s.scalars(select(WebSession.id)).all()
        assert ids and token not in ids  # only the digest is stored
        assert s.scalar(select(User.password_hash)).startswith("$argon2")
    assert client.get("/queue").status_code == 200


def test_cookie_secure_flag_follows_settings(make_ctx):
    ctx = make_ctx(cookie_secure=True)
    client = client_for(ctx)
    client.base_url = "https://testserver"  # Secure cookies only travel over https
    make_user(ctx, "rev@office.test")
    resp = login(client, "rev@office.test")
    cookie = [h for h in resp.headers.get_list("set-cookie") if h.startswith("consultant_session=")][0]
    assert "Secure" in cookie


def test_wrong_password_is_refused_and_audited(ctx):
    client = client_for(ctx)
    make_user(ctx, "rev@office.test")
    resp = login(client, "rev@office.test", "wrong password")
    assert resp.status_code == 401 and "Wrong email or password" in resp.text
    assert login(client, "nobody@office.test").status_code == 401
    with ctx.db.session() as s:
        assert s.scalar(select(AuditEvent.action).where(AuditEvent.actor == "rev@office.test")) == "login_failed"


def test_login_form_needs_its_csrf_token(ctx):
    client = client_for(ctx)
    make_user(ctx, "rev@office.test")
    client.get("/login")
    resp = client.post("/login", data={"email": "rev@office.test", "password": "correct horse battery",
                                       "csrf_token": "forged"}, follow_redirects=False)
    assert resp.status_code == 403


def test_login_rate_limit(ctx):
    client = client_for(ctx)
    make_user(ctx, "rev@office.test")
    for _ in range(5):
        assert login(client, "rev@office.test", "guess").status_code == 401
    resp = login(client, "rev@office.test")  # even the right password
    assert resp.status_code == 429 and "Too many" in resp.text


def test_next_parameter_cannot_leave_the_site(ctx):
    client = client_for(ctx)
    make_user(ctx, "rev@office.test")
    page = client.get("/login?next=//evil.example/x")
    assert 'name="next" value="/queue"' in page.text


def test_logout_ends_the_server_side_session(ctx):
    client = client_for(ctx, "rev@office.test")
    token = csrf(client)
    old_cookie = client.cookies.get("consultant_session")
    resp = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert resp.status_code == 303
    client.cookies.set("consultant_session", old_cookie)
    assert client.get("/queue", follow_redirects=False).status_code == 303
    with ctx.db.session() as s:
        assert s.scalars(select(WebSession)).all() == []


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_posts_need_the_session_csrf_token(ctx, token):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    data = {"body": "a note"} | ({"csrf_token": token} if token is not None else {})
    resp = client.post(f"/cases/{case_id}/note", data=data, follow_redirects=False)
    assert resp.status_code == 403 and "CSRF" in resp.text


def test_json_posts_take_csrf_from_header(ctx, fake_catalog):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    token = csrf(client)
    body = {"codes": [{"code": "47562"}]}
    assert client.post(f"/cases/{case_id}/validate", json=body).status_code == 403
    bad = client.post(f"/cases/{case_id}/validate", json=body, headers={"X-CSRF-Token": "nope"})
    assert bad.status_code == 403
    good = client.post(f"/cases/{case_id}/validate", json=body, headers={"X-CSRF-Token": token})
    assert good.status_code == 200


def test_reviewer_cannot_use_admin_pages(ctx):
    client = client_for(ctx, "rev@office.test")
    assert client.get("/admin/users").status_code == 403
    assert client.get("/admin/audit.csv").status_code == 403
    resp = client.post("/admin/users", data={"csrf_token": csrf(client), "email": "x@y.test",
                                             "role": "admin", "password": "longenough"})
    assert resp.status_code == 403


def test_admin_adds_a_user(ctx):
    client = client_for(ctx, "boss@office.test", role="admin")
    resp = client.post("/admin/users", data={"csrf_token": csrf(client), "email": "New@Office.test",
                                             "role": "reviewer", "password": "longenough"})
    assert resp.status_code == 200 and "new@office.test" in resp.text
    other = client_for(ctx)
    assert login(other, "new@office.test", "longenough").status_code == 303


def test_unknown_role_session_is_refused(ctx):
    client = client_for(ctx, "odd@office.test")
    with ctx.db.session() as s:
        s.scalars(select(User)).one().role = "visitor"
    assert client.get("/queue").status_code == 403


def test_security_headers(ctx):
    resp = client_for(ctx).get("/login")
    assert "script-src 'self'" in resp.headers["content-security-policy"]
    assert resp.headers["x-frame-options"] == "DENY"
    assert resp.headers["cache-control"] == "no-store"
