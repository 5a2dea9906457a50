"""Audit trail: every change of state is a row with who, what, when, old → new."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from .db.models import AuditEvent

SYSTEM = "system"


def record(
    session: Session,
    actor: str,
    action: str,
    case_id: int | None = None,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    note: str = "",
    entity: str = "case",
    entity_id: int | None = None,
) -> AuditEvent:
    """Add an audit event to ``session`` (committed with the caller's change)."""
    event = AuditEvent(
        actor=actor or SYSTEM,
        action=action,
        case_id=case_id,
        entity=entity,
        entity_id=entity_id if entity_id is not None else case_id,
        old=old or {},
        new=new or {},
        note=note,
    )
    session.add(event)
    return event
