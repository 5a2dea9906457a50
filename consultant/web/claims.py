"""Claims: one reviewer works a case at a time, under a renewable lease.

Opening a case claims it when nobody holds it (or the lease ran out); any
activity renews the lease for ``settings.claim_minutes``.  While another
reviewer's lease is live, everyone else sees who holds it and may act only
after an explicit take-over, which is recorded in the audit trail with the
previous holder.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from ..audit import record
from ..db.models import Case, CaseStatus

CLAIMABLE = {CaseStatus.drafted.value, CaseStatus.in_review.value, CaseStatus.held.value}


class ClaimHeld(Exception):
    """Another reviewer holds a live claim on this case; take it over first."""

    def __init__(self, holder: str) -> None:
        super().__init__(f"claimed by {holder}")
        self.holder = holder


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


def holder(case: Case) -> str:
    """The reviewer whose lease is live, or '' when the case is free."""
    expires = _aware(case.claim_expires)
    if case.claimed_by and expires is not None and expires > _now():
        return case.claimed_by
    return ""


def claim(s: Session, case: Case, actor: str, minutes: int, takeover: bool = False) -> bool:
    """Claim or renew; returns True when the claim is new (not a renewal).

    Raises ClaimHeld when someone else's lease is live and ``takeover`` is
    false.  A case that is no longer awaiting review is never claimed.
    """
    current = holder(case)
    if current and current != actor and not takeover:
        raise ClaimHeld(current)
    if case.status not in CLAIMABLE:
        return False
    case.claim_expires = _now() + timedelta(minutes=minutes)
    if current == actor:
        return False
    old = {"claimed_by": current or None}
    case.claimed_by = actor
    action = "takeover" if current else "claim"
    if case.status == CaseStatus.drafted.value:
        old["status"], case.status = case.status, CaseStatus.in_review.value
    record(s, actor, action, case.id, old=old, new={"claimed_by": actor, "status": case.status})
    return True


def require(s: Session, case: Case, actor: str, minutes: int) -> None:
    """Before a change: the actor must hold the case or it must be free."""
    claim(s, case, actor, minutes, takeover=False)


def release(s: Session, case: Case, actor: str) -> None:
    if holder(case) != actor:
        return
    case.claimed_by, case.claim_expires = "", None
    record(s, actor, "release", case.id, old={"claimed_by": actor}, new={"claimed_by": None})
