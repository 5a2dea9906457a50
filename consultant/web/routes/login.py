"""Sign in and sign out.

The login form has no session yet, so its CSRF protection is a double
submit: a random token in a short-lived SameSite=Strict cookie that must
match the form field.  Failed attempts are counted per email and per client
address; past the limit the form answers 429 without checking the password.
"""
from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ...audit import record
from ...db.models import User
from ..auth import SessionUser, end_session, note_attempt, start_session, too_many_failures, verify_password
from ..guard import COOKIE, reviewer, session_user

router = APIRouter()
LOGIN_CSRF = "consultant_login_csrf"


def _safe_next(target: str) -> str:
    """Only local paths: never redirect off-site after login."""
    parts = urlsplit(target or "/")
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/queue"
    return target


def _form(request: Request, status: int = 200, error: str = "", next_: str = "/queue") -> Response:
    token = secrets.token_urlsafe(24)
    resp = request.app.state.pages.render(request, "login.html", status=status, error=error,
                                          login_csrf=token, next=_safe_next(next_))
    resp.set_cookie(LOGIN_CSRF, token, max_age=1800, httponly=True, samesite="strict",
                    secure=request.app.state.ctx.settings.cookie_secure, path="/login")
    return resp


@router.get("/login")
def login_page(request: Request, next: str = "/queue") -> Response:
    if session_user(request):
        return RedirectResponse(_safe_next(next), status_code=303)
    return _form(request, next_=next)


@router.post("/login")
def login(request: Request, email: str = Form(""), password: str = Form(""),
          csrf_token: str = Form(""), next: str = Form("/queue")) -> Response:
    ctx = request.app.state.ctx
    cookie = request.cookies.get(LOGIN_CSRF, "")
    if not cookie or not secrets.compare_digest(cookie, csrf_token):
        return _form(request, 403, "Your form expired. Please try again.", next)
    email = email.strip().lower()
    address = request.client.host if request.client else "unknown"
    with ctx.db.session() as s:
        if too_many_failures(s, email, address):
            return _form(request, 429, "Too many failed attempts. Wait 15 minutes and try again.", next)
        user = s.scalar(select(User).where(User.email == email))
        ok = verify_password(user, password)
        note_attempt(s, email, address, ok)
        if not ok or user is None:
            record(s, email or "anonymous", "login_failed", entity="user", note=address)
            return _form(request, 401, "Wrong email or password.", next)
        token = start_session(s, user, ctx.settings.session_minutes)
        record(s, user.email, "login", entity="user", entity_id=user.id, note=address)
    resp = RedirectResponse(_safe_next(next), status_code=303)
    resp.set_cookie(COOKIE, token, max_age=ctx.settings.session_minutes * 60, httponly=True,
                    samesite="lax", secure=ctx.settings.cookie_secure, path="/")
    resp.delete_cookie(LOGIN_CSRF, path="/login")
    return resp


@router.post("/logout")
def logout(request: Request, user: SessionUser = Depends(reviewer)) -> Response:
    with request.app.state.ctx.db.session() as s:
        end_session(s, request.cookies.get(COOKIE, ""))
        record(s, user.email, "logout", entity="user", entity_id=user.id)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp
