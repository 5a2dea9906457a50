"""Figures for bench/load.py, read from the database (the source of truth)
and from what the SMTP sink actually received."""
from __future__ import annotations

import email
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select


@dataclass
class Figures:
    expected: int
    cases: int = 0
    drafted: int = 0
    lost: int = 0
    duplicated: int = 0
    approved: int = 0
    sent: int = 0
    delivered: int = 0
    double_sent: int = 0
    last_draft: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    statuses: str = ""


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def collect(ctx, expected_ids: set[str], sink_messages: list[bytes]) -> Figures:  # type: ignore[no-untyped-def]
    from consultant.db.models import Case, Draft

    fig = Figures(expected=len(expected_ids))
    with ctx.db.session() as session:
        rows = session.execute(select(Case.id, Case.message_id, Case.received_at, Case.status)
                               .where(Case.message_id.like("<bench-%"))).all()
        drafts = session.execute(select(Draft.case_id, Draft.created_at, Draft.state, Draft.approved_at)
                                 .where(Draft.kind == "reply")).all()
    per_message = Counter(r.message_id for r in rows)
    case_ids = {r.id: r for r in rows}
    per_case = Counter(d.case_id for d in drafts if d.case_id in case_ids)
    fig.cases = len(per_message)
    fig.statuses = " ".join(f"{k}={v}" for k, v in sorted(Counter(r.status for r in rows).items()))
    fig.duplicated = sum(c - 1 for c in per_message.values()) + sum(c - 1 for c in per_case.values())
    drafted_msgs = {case_ids[cid].message_id for cid in per_case}
    fig.drafted = len(drafted_msgs & expected_ids)
    fig.lost = len(expected_ids - drafted_msgs)
    latencies, last = [], 0.0
    for d in drafts:
        case = case_ids.get(d.case_id)
        if case is None:
            continue
        latencies.append((d.created_at - case.received_at).total_seconds() * 1000)
        last = max(last, d.created_at.timestamp())
        fig.approved += d.approved_at is not None
        fig.sent += d.state == "sent"
    fig.last_draft, fig.p50_ms, fig.p95_ms = last, _pct(latencies, 0.50), _pct(latencies, 0.95)
    replies = Counter(str(email.message_from_bytes(m).get("In-Reply-To", "")) for m in sink_messages)
    fig.delivered = sum(c for k, c in replies.items() if k.startswith("<bench-"))
    fig.double_sent = sum(c - 1 for k, c in replies.items() if k.startswith("<bench-"))
    return fig


def settled(fig: Figures, approve: bool) -> bool:
    """Every message drafted, and (when approving) every approved draft out."""
    if fig.lost or fig.drafted < fig.expected:
        return False
    return not approve or (fig.approved >= fig.expected and fig.sent >= fig.approved)
