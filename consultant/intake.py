"""Store first, then act: the one entry point both intakes use.

``store_message`` writes the raw bytes and a ``received`` case in a single
transaction, keyed so one message can never become two cases (account,
folder, UIDVALIDITY, UID; then Message-ID, or the content hash when there is
no Message-ID).  Only after that commit may the caller touch the server or
enqueue work.  A repeat delivery returns the existing case id with
``created=False`` and leaves an audit event when its bytes differ.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import audit
from .context import Context
from .crypto import seal
from .db.models import Case, CaseStatus, InboundMessage, MailAccount
from .mail.headers import content_hash, dedup_key, read_headers


@dataclass(frozen=True)
class Stored:
    case_id: int
    message_pk: int
    created: bool


def account_id(session: Session, name: str, kind: str, host: str = "", username: str = "") -> int:
    """Get or create the mail account row for ``name``."""
    found = session.scalar(select(MailAccount.id).where(MailAccount.name == name))
    if found is not None:
        return found
    acct = MailAccount(name=name, kind=kind, host=host, username=username)
    session.add(acct)
    session.flush()
    return acct.id


def store_message(
    ctx: Context,
    raw: bytes,
    account: int,
    folder: str = "",
    uidvalidity: int | None = None,
    uid: int | None = None,
    envelope_from: str = "",
) -> Stored:
    """Durably record ``raw`` and its case; idempotent for repeat deliveries."""
    try:
        facts = read_headers(raw)
    except Exception:  # even unparseable headers are stored, the guard decides
        facts = None
    msgid = facts.message_id if facts else ""
    digest = content_hash(raw)
    key = dedup_key(msgid, raw)
    with ctx.db.session() as session:
        existing = _find_existing(session, account, folder, uidvalidity, uid, key)
        if existing is not None:
            _note_duplicate(session, existing, digest)
            return Stored(existing.case.id, existing.id, False)
    try:
        with ctx.db.session() as session:
            msg = InboundMessage(
                account_id=account, folder=folder, uidvalidity=uidvalidity, uid=uid,
                message_id=msgid, content_hash=digest, dedup_key=key,
                raw=seal(ctx.settings, raw), raw_encrypted=bool(ctx.settings.encryption_keys),
                size=len(raw), envelope_from=envelope_from[:998],
            )
            session.add(msg)
            session.flush()
            case = Case(
                message_pk=msg.id, status=CaseStatus.received.value,
                sender=(facts.sender if facts else "")[:998],
                subject=(facts.subject if facts else ""),
                message_id=msgid,
                references=(facts.references if facts else ""),
            )
            session.add(case)
            session.flush()
            audit.record(session, audit.SYSTEM, "received", case.id,
                         new={"status": case.status, "size": len(raw), "folder": folder})
            return Stored(case.id, msg.id, True)
    except IntegrityError:
        # A concurrent intake stored the same message first: use its case.
        with ctx.db.session() as session:
            existing = _find_existing(session, account, folder, uidvalidity, uid, key)
            if existing is None:
                raise
            return Stored(existing.case.id, existing.id, False)


def _find_existing(session: Session, account: int, folder: str, uidvalidity: int | None,
                   uid: int | None, key: str) -> InboundMessage | None:
    if uid is not None:
        hit = session.scalar(select(InboundMessage).where(
            InboundMessage.account_id == account, InboundMessage.folder == folder,
            InboundMessage.uidvalidity == uidvalidity, InboundMessage.uid == uid))
        if hit is not None:
            return hit
    return session.scalar(select(InboundMessage).where(InboundMessage.dedup_key == key))


def _note_duplicate(session: Session, existing: InboundMessage, digest: str) -> None:
    if existing.content_hash != digest:
        audit.record(session, audit.SYSTEM, "duplicate_message_id", existing.case.id,
                     new={"content_hash": digest},
                     note="a different message reused this Message-ID; kept the first")
