"""Retention: remove raw messages and derived text past their age, keep the
audit trail (who did what, when) so decisions stay explainable."""
from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from . import audit
from .context import Context
from .db.models import Case, Draft, InboundMessage, utcnow

_AGE = re.compile(r"^\s*(\d+)\s*([dhm])\s*$")


def parse_age(text: str) -> timedelta:
    match = _AGE.match(text)
    if not match:
        raise ValueError(f"age {text!r} must look like 90d, 12h or 30m")
    amount, unit = int(match.group(1)), match.group(2)
    return {"d": timedelta(days=amount), "h": timedelta(hours=amount), "m": timedelta(minutes=amount)}[unit]


def purge(ctx: Context, age: timedelta) -> int:
    cutoff = utcnow() - age
    count = 0
    with ctx.db.session() as session:
        for msg in session.scalars(select(InboundMessage).where(
                InboundMessage.received_at < cutoff, InboundMessage.purged_at.is_(None))):
            msg.raw, msg.purged_at = None, utcnow()
            case = msg.case
            if case is not None:
                case.case_text, case.parsed, case.result = "", {}, {}
                case.subject = "[purged]"
                for draft in session.scalars(select(Draft).where(Draft.case_id == case.id)):
                    draft.text, draft.html, draft.subject = "[purged]", "", "[purged]"
                    draft.codes = [_without_evidence(c) for c in draft.codes or []]
                audit.record(session, audit.SYSTEM, "purge", case.id, note=f"retention {age}")
            count += 1
    return count


def _without_evidence(code: dict) -> dict:
    """Keep what was coded; drop the quoted case text behind it."""
    return {k: v for k, v in code.items() if k not in ("evidence", "rationale")}
