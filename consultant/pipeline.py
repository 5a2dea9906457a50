"""Run a stored case through the stages and record the outcome.

``process_case`` is idempotent: a case already past ``processing`` is left
alone, so a redelivered task does nothing.  Every ending is a row: a draft
pending review, or a failed/ignored/held status with its reason.  Transient
errors propagate so the caller (Celery, or the sweeper) retries.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import InterfaceError, OperationalError

from . import audit
from .case import CaseWork
from .context import Context
from .crypto import unseal
from .db.models import Case, CaseStatus, Draft, DraftState, InboundMessage, utcnow
from .errors import ParseLimitExceeded, PermanentError, TransientError
from .logs import get_logger
from .mail.render import render_reply
from .stages import STAGES

log = get_logger(__name__)
OPEN = (CaseStatus.received.value, CaseStatus.processing.value)


def process_case(ctx: Context, case_id: int) -> str:
    """Process one case; returns its final status.  A database that is briefly
    unreachable is a TransientError (retried), never a failed case."""
    try:
        return _process(ctx, case_id)
    except (OperationalError, InterfaceError) as exc:
        raise TransientError(f"database unavailable: {type(exc.orig).__name__}") from exc


def _process(ctx: Context, case_id: int) -> str:
    started = _start(ctx, case_id)
    if started is None:
        with ctx.db.session() as session:
            case = session.get(Case, case_id)
            return case.status if case else "missing"
    work = started
    try:
        for stage in STAGES:
            work = stage(work, ctx.settings)
            if work.disposition is not None and not work.disposition.accepted:
                return _finish_disposition(ctx, work)
    except TransientError:
        raise
    except ParseLimitExceeded as exc:
        return _finish(ctx, case_id, CaseStatus.failed, f"message refused by a limit: {exc}")
    except PermanentError as exc:
        return _finish(ctx, case_id, CaseStatus.failed, str(exc))
    except Exception as exc:  # a bug or hostile input: record it, never crash-loop
        log.exception("case_failed", case_id=case_id, error=type(exc).__name__)
        return _finish(ctx, case_id, CaseStatus.failed, f"internal error while processing ({type(exc).__name__})")
    return _save_draft(ctx, work)


def _start(ctx: Context, case_id: int) -> CaseWork | None:
    with ctx.db.session() as session:
        case = session.get(Case, case_id)
        if case is None or case.status not in OPEN:
            return None
        case.status, case.attempts = CaseStatus.processing.value, case.attempts + 1
        msg = session.get(InboundMessage, case.message_pk)
        assert msg is not None
        raw = unseal(ctx.settings, msg.raw, msg.raw_encrypted)
        since = utcnow() - timedelta(days=1)
        today = session.scalar(select(func.count(Case.id)).where(
            Case.sender == case.sender, Case.received_at >= since, Case.id < case.id,
            Case.status.notin_([CaseStatus.ignored.value]))) or 0
    return CaseWork(case_id=case_id, raw=raw, cases_today=today, released=case.guard_override)


def _finish(ctx: Context, case_id: int, status: CaseStatus, reason: str) -> str:
    with ctx.db.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        old = case.status
        case.status, case.reason = status.value, reason
        audit.record(session, audit.SYSTEM, status.value, case_id,
                     old={"status": old}, new={"status": status.value, "reason": reason})
    log.info("case_finished", case_id=case_id, status=status.value)
    return status.value


def _finish_disposition(ctx: Context, work: CaseWork) -> str:
    disposition = work.disposition
    assert disposition is not None
    if disposition.action == "register":
        _queue_template(ctx, work, "register")
        return _finish(ctx, work.case_id, CaseStatus.ignored,
                       disposition.reason + "; registration instructions sent")
    status = CaseStatus.held if disposition.action == "hold" else CaseStatus.ignored
    return _finish(ctx, work.case_id, status, disposition.reason)


def _queue_template(ctx: Context, work: CaseWork, template: str) -> None:
    from .dispatch import enqueue_send

    assert work.headers is not None
    rendered = render_reply(work.headers.subject, [], [], template=template)
    with ctx.db.session() as session:
        draft = Draft(case_id=work.case_id, kind=template, state=DraftState.approved.value,
                      to_addr=work.headers.sender, subject=rendered.subject, text=rendered.text,
                      html=rendered.html, approved_by=audit.SYSTEM, approved_at=utcnow())
        session.add(draft)
        session.flush()
        draft_id = draft.id
    enqueue_send(ctx, draft_id)


def _save_draft(ctx: Context, work: CaseWork) -> str:
    assert work.parsed is not None and work.headers is not None and work.reply is not None
    suggestions = work.result.get("suggestions", [])
    top = next((s for s in suggestions if s.get("recommended")), None)
    with ctx.db.session() as session:
        won = session.execute(update(Case).where(
            Case.id == work.case_id, Case.status == CaseStatus.processing.value,
        ).values(status=CaseStatus.drafted.value)).rowcount == 1
        if not won:  # another run of the same task finished first
            return CaseStatus.drafted.value
        case = session.get(Case, work.case_id)
        assert case is not None
        session.add(Draft(case_id=case.id, state=DraftState.pending.value, codes=suggestions,
                          questions=work.result.get("questions", []), to_addr=work.headers.sender,
                          subject=work.reply.subject, text=work.reply.text, html=work.reply.html))
        case.case_text = work.case_text
        case.parsed = _masked_parsed(work.parsed.to_dict())
        case.result = work.result
        case.top_code = str(top["code"]) if top else ""
        case.top_confidence = float(top.get("confidence", 0.0)) if top else 0.0
        case.status, case.reason = CaseStatus.drafted.value, ""
        audit.record(session, audit.SYSTEM, "drafted", case.id, old={"status": "processing"},
                     new={"status": "drafted", "top_code": case.top_code})
    log.info("case_drafted", case_id=work.case_id, codes=len(suggestions))
    return CaseStatus.drafted.value


def _masked_parsed(data: dict) -> dict:
    """The parsed parts as stored: masked like every other derived text, so
    a configured encryption key is not undone by a plaintext copy."""
    from .phi import mask

    def masked(d: dict) -> dict:
        return {k: mask(v) if isinstance(v, str) else v for k, v in d.items()}

    out = masked(data)
    out["attachments"] = [masked(a) for a in data.get("attachments", [])]
    return out
