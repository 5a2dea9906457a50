"""Hand work to Celery, or run it here when no broker is configured.

The database is the source of truth, so a lost broker message only delays
work: the sweeper (``sweep``) re-enqueues cases and drafts that sat too long
in an open state.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import or_, select, update

from .context import Context
from .db.models import Case, CaseStatus, Draft, DraftState, utcnow
from .errors import TransientError
from .logs import get_logger

log = get_logger(__name__)


def enqueue_process(ctx: Context, case_id: int) -> None:
    if ctx.settings.eager:
        from .pipeline import process_case

        try:
            process_case(ctx, case_id)
        except TransientError as exc:  # the sweeper will pick it up again
            log.warning("process_deferred", case_id=case_id, error=str(exc))
        return
    from workers.tasks import process_case as task

    task.delay(case_id)


def enqueue_send(ctx: Context, draft_id: int) -> None:
    if ctx.settings.eager:
        from .sending import send_draft

        try:
            send_draft(ctx, draft_id)
        except TransientError as exc:
            log.warning("send_deferred", draft_id=draft_id, error=str(exc))
        else:
            after_send(ctx, draft_id)
        return
    from workers.tasks import send_reply as task

    task.delay(draft_id)


def after_send(ctx: Context, draft_id: int) -> None:
    """Best effort: flag the original \\Answered on its IMAP server."""
    from .mail.imap import mark_answered

    try:
        mark_answered(ctx, draft_id)
    except Exception as exc:  # flagging never undoes a send
        log.warning("answered_flag_failed", draft_id=draft_id, error=type(exc).__name__)


def sweep(ctx: Context) -> dict[str, int]:
    """Re-enqueue cases and drafts stuck past the deadline; returns counts."""
    cutoff = utcnow() - timedelta(seconds=ctx.settings.sweep_after_seconds)
    with ctx.db.session() as session:
        cases = session.scalars(select(Case.id).where(
            Case.status.in_([CaseStatus.received.value, CaseStatus.processing.value]),
            Case.updated_at < cutoff)).all()
        drafts = session.scalars(select(Draft.id).where(or_(
            (Draft.state == DraftState.approved.value) & (Draft.updated_at < cutoff),
            (Draft.state == DraftState.sending.value) & (Draft.send_lease_until < utcnow()),
        ))).all()
        # Touch what we re-enqueue, so a deep queue is not re-enqueued again
        # on every pass (each stuck item goes back at most once per deadline).
        if cases:
            session.execute(update(Case).where(Case.id.in_(cases)).values(updated_at=utcnow()))
        if drafts:
            session.execute(update(Draft).where(Draft.id.in_(drafts)).values(updated_at=utcnow()))
    for case_id in cases:
        enqueue_process(ctx, case_id)
    for draft_id in drafts:
        enqueue_send(ctx, draft_id)
    return {"cases": len(cases), "drafts": len(drafts)}
