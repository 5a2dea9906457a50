"""Helpers for the web app's tests: a small fake catalog, case seeding
through the models, and a signed-in TestClient.

Not a test module itself (no ``test_`` prefix); the web test files import it.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from consultant.db.models import Case, Draft, InboundMessage, MailAccount
from consultant.mail.render import render_reply
from argon2 import PasswordHasher

from consultant.web import auth, catalog_view, create_app
from consultant.web.auth import add_user

# Cheap argon2 parameters for speed; verification reads them from the hash.
auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

# Starlette warns (UserWarning) that its TestClient will move to httpx2.
IGNORE_TESTCLIENT = pytest.mark.filterwarnings("ignore::starlette.exceptions.StarletteDeprecationWarning")
PASSWORD = "correct horse battery"


@dataclass
class Entry:
    code: str
    short: str
    system: str = "CPT"
    addon: bool = False
    parents: list[str] = field(default_factory=list)
    deleted: str = ""


@dataclass
class Edit:
    column1: str
    column2: str
    modifier_indicator: int
    reason: str = "standard of practice"
    deleted: str = ""


class FakeCatalog:
    """get / search / mue / bundling over a handful of codes."""

    entries = {e.code: e for e in [
        Entry("47562", "Laparoscopic gallbladder removal"),
        Entry("47563", "Laparoscopic gallbladder removal with cholangiogram"),
        Entry("49320", "Diagnostic laparoscopy"),
        Entry("11042", "Debridement, subcutaneous tissue, first 20 sq cm"),
        Entry("11045", "Debridement, subcutaneous tissue, each additional 20 sq cm", addon=True, parents=["11042"]),
        Entry("12001", "Simple repair of a superficial wound, 2.5 cm or less"),
    ]}
    limits = {"47562": 1, "47563": 1, "11042": 1, "12001": 1}
    edits = [Edit("47562", "49320", 0), Edit("11042", "12001", 1)]

    def get(self, code: str) -> Entry | None:
        return self.entries.get(code.strip().upper())

    def search(self, text: str, limit: int = 10) -> list[tuple[Entry, float]]:
        words = text.lower().split()
        hits = [e for e in self.entries.values() if all(w in (e.short + " " + e.code).lower() for w in words)]
        return [(e, 1.0) for e in hits[:limit]]

    def mue(self, code: str) -> tuple[int, int] | None:
        return (self.limits[code], 2) if code in self.limits else None

    def bundling(self, a: str, b: str) -> Edit | None:
        return next((e for e in self.edits if {e.column1, e.column2} == {a, b}), None)


@pytest.fixture
def fake_catalog(monkeypatch: pytest.MonkeyPatch) -> FakeCatalog:
    cat = FakeCatalog()
    monkeypatch.setattr(catalog_view, "catalog", lambda: cat)
    return cat


SUGGESTIONS = [
    {"code": "47562", "system": "CPT", "descriptor": "Laparoscopic gallbladder removal", "recommended": True,
     "confidence": 0.91, "units": 1, "modifiers": [], "rationale": "laparoscopic cholecystectomy, no cholangiogram",
     "evidence": [{"text": "laparoscopic cholecystectomy", "start": 13, "end": 41}]},
    {"code": "47563", "recommended": False, "confidence": 0.31, "rationale": "not chosen: no cholangiogram"},
]
TEXT = "We performed laparoscopic cholecystectomy for chronic cholecystitis. No cholangiogram was done."
FACTS = [{"kind": "action", "text": "laparoscopic cholecystectomy", "start": 13, "end": 41},
         {"kind": "procedure", "text": "cholangiogram", "start": 72, "end": 85, "negated": True}]


def seed_case(ctx: Any, n: int = 1, sender: str = "coder@clinic.test", subject: str = "Lap chole case",
              text: str = TEXT, status: str = "drafted", age_hours: float = 0.5, confidence: float = 0.91,
              parsed: dict[str, Any] | None = None, suggestions: list[dict[str, Any]] | None = None,
              facts: list[dict[str, Any]] | None = None) -> int:
    """A drafted case with a pending reply draft; returns the case id."""
    suggestions = SUGGESTIONS if suggestions is None else suggestions
    with ctx.db.session() as s:
        account = s.query(MailAccount).filter_by(name="test").one_or_none()
        if account is None:
            account = MailAccount(name="test", kind="smtp")
            s.add(account)
            s.flush()
        key = hashlib.sha256(f"{subject}{n}{datetime.now().timestamp()}{id(s)}".encode()).hexdigest()
        msgid = f"<case-{key[:12]}@clinic.test>"
        msg = InboundMessage(account_id=account.id, message_id=msgid, content_hash=key, dedup_key=key,
                             raw=f"Subject: {subject}\r\n\r\n{text}".encode())
        s.add(msg)
        s.flush()
        received = datetime.now(timezone.utc) - timedelta(hours=age_hours)
        case = Case(message_pk=msg.id, status=status, sender=sender, subject=subject, message_id=msgid,
                    received_at=received, case_text=text, parsed=parsed or {"body": text, "attachments": []},
                    result={"suggestions": suggestions, "questions": ["Was a cholangiogram attempted?"],
                            "facts": FACTS if facts is None else facts, "warnings": []},
                    top_code="47562", top_confidence=confidence)
        s.add(case)
        s.flush()
        rendered = render_reply(subject, suggestions, ["Was a cholangiogram attempted?"])
        s.add(Draft(case_id=case.id, codes=suggestions, to_addr=sender, subject=rendered.subject,
                    text=rendered.text, html=rendered.html, questions=["Was a cholangiogram attempted?"]))
        return case.id


def make_user(ctx: Any, email: str, role: str = "reviewer") -> str:
    with ctx.db.session() as s:
        add_user(s, email, role, PASSWORD)
    return email


def login(client: Any, email: str, password: str = PASSWORD) -> Any:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    return client.post("/login", data={"email": email, "password": password, "csrf_token": token, "next": "/queue"},
                       follow_redirects=False)


def csrf(client: Any, path: str = "/queue") -> str:
    return re.search(r'data-csrf="([^"]+)"', client.get(path).text).group(1)


def client_for(ctx: Any, email: str | None = None, role: str = "reviewer") -> Any:
    from starlette.testclient import TestClient

    client = TestClient(create_app(ctx))
    if email:
        make_user(ctx, email, role)
        assert login(client, email).status_code == 303
    return client
