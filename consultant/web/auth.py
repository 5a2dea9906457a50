"""Accounts, server-side sessions and login rate limiting.

Passwords are argon2 hashes.  The session cookie carries a random token;
the database keeps only its SHA-256 (``web_sessions.id``) together with the
session's CSRF token, so a stolen database cannot be replayed as cookies.
Failed logins are rows in ``login_attempts`` keyed by email and by client
address; too many in the window refuses further tries with 429.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..db.models import LoginAttempt, User, WebSession

ROLES = ("reviewer", "admin")
RATE_WINDOW = timedelta(minutes=15)
MAX_FAILS_PER_EMAIL = 5
MAX_FAILS_PER_ADDRESS = 20

_hasher = PasswordHasher()
# A real hash to verify against when the email is unknown, so timing does not
# tell which accounts exist.
_DUMMY_HASH = _hasher.hash("not a real password")


@dataclass(frozen=True)
class SessionUser:
    """What a request knows about its signed-in user."""

    id: int
    email: str
    role: str
    csrf_token: str


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(user: User | None, password: str) -> bool:
    stored = user.password_hash if user is not None else _DUMMY_HASH
    try:
        ok = _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
    return ok and user is not None and user.active


def add_user(session: Session, email: str, role: str, password: str) -> User:
    """Create (or reset the password and role of) an account."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise ValueError("password must be at least 8 characters")
    email = email.strip().lower()
    user = session.scalar(select(User).where(User.email == email))
    if user is None:
        user = User(email=email, role=role, password_hash=hash_password(password))
        session.add(user)
    else:
        user.role, user.password_hash, user.active = role, hash_password(password), True
    session.flush()
    return user


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def too_many_failures(session: Session, email: str, address: str) -> bool:
    since = _now() - RATE_WINDOW

    def fails(key: str) -> int:
        q = select(func.count()).select_from(LoginAttempt).where(
            LoginAttempt.key == key, LoginAttempt.at >= since, LoginAttempt.ok.is_(False))
        return session.scalar(q) or 0

    return fails(f"email:{email}") >= MAX_FAILS_PER_EMAIL or fails(f"addr:{address}") >= MAX_FAILS_PER_ADDRESS


def note_attempt(session: Session, email: str, address: str, ok: bool) -> None:
    session.add(LoginAttempt(key=f"email:{email}", ok=ok))
    session.add(LoginAttempt(key=f"addr:{address}", ok=ok))


def start_session(session: Session, user: User, minutes: int) -> str:
    """Create a session row and return the cookie token."""
    token = secrets.token_urlsafe(32)
    session.add(WebSession(id=_digest(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                           expires_at=_now() + timedelta(minutes=minutes)))
    user.last_login_at = _now()
    session.execute(delete(WebSession).where(WebSession.expires_at < _now()))
    return token


def load_session(session: Session, token: str) -> SessionUser | None:
    if not token:
        return None
    row = session.get(WebSession, _digest(token))
    if row is None:
        return None
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=timezone.utc)
    user = session.get(User, row.user_id)
    if expires < _now() or user is None or not user.active:
        return None
    return SessionUser(user.id, user.email, user.role, row.csrf_token)


def end_session(session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.id == _digest(token)))
