"""Numbers about the queue for the status page and /metrics.

One function, one snapshot: queue depth, the oldest waiting case, drafts
per hour, send failures and their latest reasons.  Health of the worker and
broker is in ``health.py`` because it talks to the network.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Case, Draft, DraftState, SendAttempt
from .queue import AWAITING


@dataclass
class Snapshot:
    queue_depth: int = 0
    oldest_received: datetime | None = None
    oldest_age_seconds: float = 0.0
    drafts_last_hour: int = 0
    drafts_last_day: int = 0
    sent_last_day: int = 0
    send_failures: int = 0
    sending: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    recent_failures: list[SendAttempt] = field(default_factory=list)


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def _count(s: Session, query) -> int:  # type: ignore[no-untyped-def]
    return s.scalar(query) or 0


def snapshot(s: Session) -> Snapshot:
    now = datetime.now(timezone.utc)
    snap = Snapshot()
    snap.by_status = dict(s.execute(select(Case.status, func.count()).group_by(Case.status)).all())
    snap.queue_depth = sum(snap.by_status.get(st, 0) for st in AWAITING)
    snap.oldest_received = _aware(s.scalar(select(func.min(Case.received_at)).where(Case.status.in_(AWAITING))))
    if snap.oldest_received:
        snap.oldest_age_seconds = (now - snap.oldest_received).total_seconds()
    drafts = select(func.count()).select_from(Draft).where(Draft.kind == "reply")
    snap.drafts_last_hour = _count(s, drafts.where(Draft.created_at >= now - timedelta(hours=1)))
    snap.drafts_last_day = _count(s, drafts.where(Draft.created_at >= now - timedelta(days=1)))
    snap.sent_last_day = _count(s, select(func.count()).select_from(Draft).where(
        Draft.sent_at >= now - timedelta(days=1)))
    snap.send_failures = _count(s, select(func.count()).select_from(Draft).where(
        Draft.state == DraftState.failed.value))
    snap.sending = _count(s, select(func.count()).select_from(Draft).where(
        Draft.state.in_([DraftState.approved.value, DraftState.sending.value])))
    snap.recent_failures = list(s.scalars(select(SendAttempt).where(SendAttempt.outcome != "sent")
                                          .order_by(SendAttempt.id.desc()).limit(10)))
    return snap
