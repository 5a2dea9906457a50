"""Send an approved draft at most once, and record every attempt.

A draft is claimed for sending with one conditional UPDATE (approved, or
sending with an expired lease → sending), so two workers running the same
task cannot both send.  4xx is retried by the caller until the deadline;
5xx ends as failed with the server's reply.  The Message-ID is fixed at the
first attempt, so a resend after a crash carries the same id.
"""
from __future__ import annotations

from datetime import timedelta

import time

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import InterfaceError, OperationalError

from . import audit
from .context import Context
from .db.models import Case, CaseStatus, Draft, DraftState, InboundMessage, SendAttempt, utcnow
from .errors import SendPermanentFailure, SendTemporaryFailure, TransientError
from .logs import get_logger
from .mail.send import build_message, deliver, new_message_id

log = get_logger(__name__)


DB_ERRORS = (OperationalError, InterfaceError)
RECORD_PATIENCE_SECONDS = 120.0


def send_draft(ctx: Context, draft_id: int) -> str:
    """Returns the draft's state afterwards; raises SendTemporaryFailure to retry
    (and TransientError while the database is unreachable before sending)."""
    try:
        return _send(ctx, draft_id)
    except DB_ERRORS as exc:
        raise TransientError(f"database unavailable: {type(exc.orig).__name__}") from exc


def _send(ctx: Context, draft_id: int) -> str:
    if _over_reply_cap(ctx, draft_id):
        return DraftState.failed.value
    if not _claim(ctx, draft_id):
        with ctx.db.session() as session:
            draft = session.get(Draft, draft_id)
            return draft.state if draft else "missing"
    msg = _build(ctx, draft_id)
    try:
        reply = deliver(ctx.settings, msg)
    except SendTemporaryFailure as exc:
        _record_temporary(ctx, draft_id, exc)
        raise
    except SendPermanentFailure as exc:
        _record(ctx, draft_id, DraftState.failed, "permanent", exc.code, str(exc))
        return DraftState.failed.value
    _record_delivered(ctx, draft_id, reply)
    return DraftState.sent.value


def _record_delivered(ctx: Context, draft_id: int, reply: str) -> None:
    """The relay has the message: keep trying to record that through a short
    database outage, since giving up would let the lease expire and the
    sweeper send the reply a second time."""
    deadline = time.monotonic() + RECORD_PATIENCE_SECONDS
    delay = 0.2
    while True:
        try:
            _record(ctx, draft_id, DraftState.sent, "sent", 250, reply)
            return
        except DB_ERRORS:
            if time.monotonic() + delay > deadline:
                raise
            log.warning("send_record_retry", draft_id=draft_id)
            time.sleep(delay)  # production back-off, not a test wait
            delay = min(delay * 2, 5.0)


def _over_reply_cap(ctx: Context, draft_id: int) -> bool:
    """At most CONSULTANT_MAX_REPLIES_PER_SENDER_PER_DAY replies to one address."""
    cap = ctx.settings.max_replies_per_sender_per_day
    with ctx.db.session() as session:
        draft = session.get(Draft, draft_id)
        if draft is None or draft.state != DraftState.approved.value:
            return False
        sent = session.scalar(select(func.count(Draft.id)).where(
            Draft.to_addr == draft.to_addr, Draft.state == DraftState.sent.value,
            Draft.sent_at >= utcnow() - timedelta(days=1))) or 0
    if sent < cap:
        return False
    _record(ctx, draft_id, DraftState.failed, "refused", None,
            f"{sent} replies already sent to this address today; cap is {cap} "
            "(CONSULTANT_MAX_REPLIES_PER_SENDER_PER_DAY)")
    return True


def _claim(ctx: Context, draft_id: int) -> bool:
    now = utcnow()
    lease = now + timedelta(seconds=ctx.settings.smtp_timeout * 4 + 30)
    with ctx.db.session() as session:
        result = session.execute(
            update(Draft).where(Draft.id == draft_id).where(or_(
                Draft.state == DraftState.approved.value,
                (Draft.state == DraftState.sending.value) & (Draft.send_lease_until < now),
            )).values(state=DraftState.sending.value, send_lease_until=lease)
        )
        return result.rowcount == 1


def _build(ctx: Context, draft_id: int):  # type: ignore[no-untyped-def]
    with ctx.db.session() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        if not draft.outgoing_message_id:
            draft.outgoing_message_id = new_message_id(ctx.settings)
        case = session.get(Case, draft.case_id)
        assert case is not None
        return build_message(ctx.settings, to_addr=draft.to_addr, subject=draft.subject, text=draft.text,
                             html=draft.html, message_id=draft.outgoing_message_id,
                             in_reply_to=case.message_id, references=case.references)


def _record_temporary(ctx: Context, draft_id: int, exc: SendTemporaryFailure) -> None:
    with ctx.db.session() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        first = draft.approved_at or draft.created_at
        expired = utcnow() - _aware(first) > timedelta(seconds=ctx.settings.send_deadline_seconds)
    if expired:
        _record(ctx, draft_id, DraftState.failed, "temporary", exc.code,
                f"gave up after the send deadline; last reply: {exc}")
        raise SendPermanentFailure(str(exc), exc.code) from exc
    _record(ctx, draft_id, DraftState.approved, "temporary", exc.code, str(exc))


def _aware(value):  # type: ignore[no-untyped-def]
    from datetime import timezone

    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _record(ctx: Context, draft_id: int, state: DraftState, outcome: str, code: int | None, detail: str) -> None:
    with ctx.db.session() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        draft.state, draft.send_lease_until = state.value, None
        session.add(SendAttempt(draft_id=draft_id, outcome=outcome, smtp_code=code, detail=detail[:2000]))
        case = session.get(Case, draft.case_id)
        assert case is not None
        if state is DraftState.sent:
            draft.sent_at, draft.last_error = utcnow(), ""
            if case.status == CaseStatus.approved.value:
                case.status = CaseStatus.sent.value
        elif state is DraftState.failed:
            draft.last_error = detail[:2000]
            if case.status == CaseStatus.approved.value:
                case.status, case.reason = CaseStatus.failed.value, f"reply not delivered: {detail[:500]}"
        else:
            draft.last_error = detail[:2000]
        audit.record(session, audit.SYSTEM, f"send_{outcome}", case.id, entity="draft", entity_id=draft_id,
                     new={"state": state.value, "smtp_code": code, "detail": detail[:500]})
    log.info("send_attempt", draft_id=draft_id, outcome=outcome, smtp_code=code)
