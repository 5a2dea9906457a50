"""The review queue: which cases await a reviewer, filtered and searched.

Filters come straight from the query string (status, sender, confidence
below X, claimed by me, free text) and are turned into one SQL query here so
the route stays thin.  Oldest first: the case nearest its SLA is on top.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..db.models import Case, CaseStatus
from .claims import holder

AWAITING = (CaseStatus.drafted.value, CaseStatus.in_review.value, CaseStatus.held.value)
LIMIT = 500


@dataclass
class QueueFilter:
    status: str = ""
    sender: str = ""
    below: float | None = None  # confidence below, 0..1
    mine: bool = False
    q: str = ""

    @classmethod
    def from_query(cls, params: dict[str, str]) -> "QueueFilter":
        below = None
        raw = params.get("below", "").strip()
        if raw:
            try:
                value = float(raw)
                below = value / 100 if value > 1 else value
            except ValueError:
                below = None
        status = params.get("status", "")
        return cls(status=status if status in AWAITING else "", sender=params.get("sender", "").strip(),
                   below=below, mine=params.get("mine") in {"1", "on", "true"}, q=params.get("q", "").strip())


@dataclass
class Row:
    case: Case
    holder: str
    overdue: bool


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def build_query(f: QueueFilter, me: str):  # type: ignore[no-untyped-def]
    query = select(Case).where(Case.status.in_([f.status] if f.status else AWAITING))
    if f.sender:
        query = query.where(Case.sender.ilike(f"%{_escape_like(f.sender)}%", escape="\\"))
    if f.below is not None:
        query = query.where(Case.top_confidence < f.below)
    if f.mine:
        query = query.where(Case.claimed_by == me, Case.claim_expires > datetime.now(timezone.utc))
    if f.q.startswith("#") and f.q[1:].isdigit():
        query = query.where(Case.id == int(f.q[1:]))
    elif f.q:
        like = f"%{_escape_like(f.q)}%"
        conds = [Case.subject.ilike(like, escape="\\"), Case.sender.ilike(like, escape="\\"),
                 Case.top_code.ilike(like, escape="\\"), Case.case_text.ilike(like, escape="\\")]
        query = query.where(or_(*conds))
    return query.order_by(Case.received_at, Case.id).limit(LIMIT)


def list_queue(s: Session, f: QueueFilter, me: str, sla_hours: float) -> list[Row]:
    cutoff = datetime.now(timezone.utc) - timedelta(hours=sla_hours)
    rows = []
    for case in s.scalars(build_query(f, me)):
        received = case.received_at if case.received_at.tzinfo else case.received_at.replace(tzinfo=timezone.utc)
        rows.append(Row(case=case, holder=holder(case), overdue=received < cutoff))
    return rows
