"""SQLAlchemy 2 models: the durable record of every message, case, draft,
send attempt and audit event.  The database, not the broker, is the source
of truth; every state a case can be in is a row here with its reason.

Alembic migrations under ``consultant/db/migrations`` create these tables;
keep the two in step (``tests/test_migrations.py`` checks it).
"""
from __future__ import annotations

import enum
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    Index,
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class CaseStatus(str, enum.Enum):
    received = "received"
    processing = "processing"
    drafted = "drafted"
    in_review = "in_review"
    approved = "approved"
    sent = "sent"
    held = "held"          # waiting for staff: unknown sender, auth failure
    failed = "failed"
    ignored = "ignored"    # not a case: auto-reply, bounce, loop, list mail
    rejected = "rejected"  # a reviewer declined it


class DraftState(str, enum.Enum):
    pending = "pending"
    approved = "approved"
    sending = "sending"
    sent = "sent"
    failed = "failed"
    superseded = "superseded"


TZDateTime = DateTime(timezone=True)


class MailAccount(Base):
    __tablename__ = "mail_accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # imap | smtp
    host: Mapped[str] = mapped_column(String(255), default="")
    username: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow)


class FolderState(Base):
    """Where the poller got to in one folder: UIDVALIDITY and the last UID."""

    __tablename__ = "folder_states"
    __table_args__ = (UniqueConstraint("account_id", "folder"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_accounts.id"))
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow, onupdate=utcnow)


class InboundMessage(Base):
    """The raw RFC 822 bytes, stored before anything else happens."""

    __tablename__ = "inbound_messages"
    __table_args__ = (
        UniqueConstraint("account_id", "folder", "uidvalidity", "uid", name="uq_inbound_uid"),
        UniqueConstraint("dedup_key", name="uq_inbound_dedup"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_accounts.id"))
    folder: Mapped[str] = mapped_column(String(255), default="")
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    uid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    message_id: Mapped[str] = mapped_column(String(998), default="", index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    dedup_key: Mapped[str] = mapped_column(String(64))
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    raw_encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    size: Mapped[int] = mapped_column(Integer, default=0)
    envelope_from: Mapped[str] = mapped_column(String(998), default="")
    received_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow)
    server_done: Mapped[bool] = mapped_column(Boolean, default=False)  # moved/flagged on server
    answered_flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    purged_at: Mapped[datetime | None] = mapped_column(TZDateTime, nullable=True)
    case: Mapped["Case"] = relationship(back_populates="message", uselist=False)


class Case(Base):
    __tablename__ = "cases"
    # The per-sender daily count (pipeline._start) reads a range of one sender's cases.
    __table_args__ = (Index("ix_cases_sender_received_at", "sender", "received_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("inbound_messages.id"), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.received.value, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    sender: Mapped[str] = mapped_column(String(998), default="", index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(998), default="")
    references: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow, onupdate=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    guard_override: Mapped[bool] = mapped_column(Boolean, default=False)  # released by staff
    case_text: Mapped[str] = mapped_column(Text, default="")      # masked, derived
    parsed: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    top_code: Mapped[str] = mapped_column(String(16), default="")
    top_confidence: Mapped[float] = mapped_column(default=0.0)
    claimed_by: Mapped[str] = mapped_column(String(255), default="")
    claim_expires: Mapped[datetime | None] = mapped_column(TZDateTime, nullable=True)
    message: Mapped[InboundMessage] = relationship(back_populates="case")
    drafts: Mapped[list["Draft"]] = relationship(back_populates="case", order_by="Draft.id")


class Draft(Base):
    __tablename__ = "drafts"
    # The per-address reply cap (sending._over_reply_cap) counts one address's recent sends.
    __table_args__ = (Index("ix_drafts_to_addr_sent_at", "to_addr", "sent_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="reply")  # reply | reject | info
    state: Mapped[str] = mapped_column(String(20), default=DraftState.pending.value, index=True)
    codes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    questions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    to_addr: Mapped[str] = mapped_column(String(998), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    html: Mapped[str] = mapped_column(Text, default="")
    outgoing_message_id: Mapped[str] = mapped_column(String(998), default="")
    created_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow, onupdate=utcnow)
    approved_by: Mapped[str] = mapped_column(String(255), default="")
    approved_at: Mapped[datetime | None] = mapped_column(TZDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(TZDateTime, nullable=True)
    send_lease_until: Mapped[datetime | None] = mapped_column(TZDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="drafts")
    attempts: Mapped[list["SendAttempt"]] = relationship(back_populates="draft", order_by="SendAttempt.id")


class SendAttempt(Base):
    __tablename__ = "send_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow)
    outcome: Mapped[str] = mapped_column(String(20))  # sent | temporary | permanent | error
    smtp_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    draft: Mapped[Draft] = relationship(back_populates="attempts")


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(255))  # user email or "system"
    action: Mapped[str] = mapped_column(String(50))
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    entity: Mapped[str] = mapped_column(String(50), default="case")
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    old: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    new: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # reviewer | admin
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(TZDateTime, nullable=True)


class WebSession(Base):
    """Server-side session; the cookie carries only the random id."""

    __tablename__ = "web_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(TZDateTime)


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(255), index=True)  # email or client address
    at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow, index=True)
    ok: Mapped[bool] = mapped_column(Boolean, default=False)


class Note(Base):
    """An internal note on a case; never sent to the client."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    author: Mapped[str] = mapped_column(String(255))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(TZDateTime, default=utcnow)
