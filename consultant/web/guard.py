"""Request guards: who is signed in, may they do this, and is the form ours.

Every router of the app is built with ``Depends(guard(...roles))``: it loads
the server-side session from the cookie, refuses a missing session (redirect
to /login for pages, 401 otherwise), refuses a role outside the allowed ones
(403), and on every unsafe method compares the session's CSRF token with the
form field ``csrf_token`` or the ``X-CSRF-Token`` header (403 when missing or
wrong).  Nothing else in the app needs to remember to check.
"""
from __future__ import annotations

import secrets
from typing import Awaitable, Callable

from starlette.requests import Request

from .auth import SessionUser, load_session

COOKIE = "consultant_session"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class NotSignedIn(Exception):
    """No valid session: sign in first."""


class Forbidden(Exception):
    """Signed in, but this role or this token may not do that."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def submitted_csrf(request: Request) -> str:
    header = request.headers.get("x-csrf-token", "")
    if header:
        return header
    ctype = request.headers.get("content-type", "")
    if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get("csrf_token", "")
        return value if isinstance(value, str) else ""
    return ""


def session_user(request: Request) -> SessionUser | None:
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        return load_session(s, request.cookies.get(COOKIE, ""))


def guard(*roles: str) -> Callable[[Request], Awaitable[SessionUser]]:
    """A dependency that admits only a signed-in user with one of ``roles``."""

    async def dependency(request: Request) -> SessionUser:
        user = session_user(request)
        if user is None:
            raise NotSignedIn()
        request.state.user = user
        request.state.csrf_token = user.csrf_token
        if user.role not in roles:
            raise Forbidden(f"this page needs the {' or '.join(roles)} role")
        if request.method not in SAFE_METHODS:
            sent = await submitted_csrf(request)
            if not sent or not secrets.compare_digest(sent, user.csrf_token):
                raise Forbidden("missing or wrong CSRF token; reload the page and try again")
        return user

    return dependency


reviewer = guard("reviewer", "admin")
admin = guard("admin")
