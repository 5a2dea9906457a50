"""The audit trail as CSV: one row per event, old and new values as JSON.

Used by ``consultant audit export`` and the admin's download link.  Rows
stream in id order so an export of a large trail does not load it whole.
"""
from __future__ import annotations

import csv
import json
from datetime import datetime
from typing import IO, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEvent

COLUMNS = ["id", "at", "actor", "action", "case_id", "entity", "entity_id", "old", "new", "note"]


def rows(s: Session, case_id: int | None = None, since: datetime | None = None) -> Iterator[list[str]]:
    query = select(AuditEvent).order_by(AuditEvent.id)
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    for e in s.scalars(query.execution_options(yield_per=500)):
        yield [str(e.id), e.at.isoformat() if e.at else "", e.actor, e.action,
               "" if e.case_id is None else str(e.case_id), e.entity,
               "" if e.entity_id is None else str(e.entity_id),
               json.dumps(e.old or {}, sort_keys=True, default=str),
               json.dumps(e.new or {}, sort_keys=True, default=str), e.note or ""]


def _safe(cell: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection) in free-text cells."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def write_csv(s: Session, out: IO[str], case_id: int | None = None, since: datetime | None = None) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows(s, case_id, since):
        writer.writerow([_safe(cell) for cell in row])
        count += 1
    return count
