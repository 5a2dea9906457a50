"""Everything the case page shows, gathered in one place.

The original email (body, quoted history, signature, sanitised HTML,
attachments with their extracted text), the engine's result (facts
highlighted by span, recommended codes, near misses, warnings, questions),
the current draft with its live validation, the send state of every draft,
internal notes and the case's audit history.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import review
from ..db.models import AuditEvent, Case, Draft, DraftState, Note
from . import validation
from .claims import holder
from .sanitize import clean_html, highlight

IN_FLIGHT = {DraftState.approved.value, DraftState.sending.value}


@dataclass
class CaseView:
    case: Case
    holder: str
    text: Any
    html: Any
    parsed: dict[str, Any]
    attachments: list[dict[str, Any]]
    recommended: list[dict[str, Any]]
    near_misses: list[dict[str, Any]]
    warnings: list[str]
    questions: list[str]
    facts: list[dict[str, Any]]
    draft: Draft | None
    lines: list[dict[str, Any]]
    issues: list[validation.Issue]
    drafts: list[Draft] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    history: list[AuditEvent] = field(default_factory=list)

    @property
    def in_flight(self) -> bool:
        return any(d.state in IN_FLIGHT for d in self.drafts)


def current_draft(case: Case) -> Draft | None:
    """The reply draft the reviewer edits: the newest one not superseded."""
    return review.current_draft(case)


def _warning_text(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("message") or item.get("text") or item)
    return str(item)


def suggestion_lines(result: dict[str, Any]) -> list[dict[str, Any]]:
    recs = [s for s in result.get("suggestions") or [] if isinstance(s, dict) and s.get("recommended")]
    return validation.normalize(recs)


def draft_lines(case: Case, draft: Draft | None) -> list[dict[str, Any]]:
    if draft is not None and draft.codes:
        return validation.normalize([c for c in draft.codes if isinstance(c, dict) and c.get("recommended", True)])
    return suggestion_lines(case.result or {})


def engine_text(body: str, subject: str, facts: list[dict[str, Any]]) -> str:
    """The text the facts' spans index into.

    The engine reads the subject line and the body together (``subject``,
    a blank line, then the body; ``consultant.engine.pipeline.compose``), so
    its spans are offsets into that string, not into the stored body.  Older
    results (and hand-made ones) index into the body alone; whichever text
    the recorded fact words actually sit at wins, the body on a tie.
    """
    subject = (subject or "").strip()
    texts = [body] + ([f"{subject}\n\n{body}"] if subject and body else [])

    def fits(text: str) -> int:
        hits = 0
        for f in facts:
            try:
                start, end = int(f["start"]), int(f["end"])
            except (KeyError, TypeError, ValueError):
                continue
            hits += isinstance(f.get("text"), str) and text[start:end] == f["text"]
        return hits

    return max(texts, key=fits)


def build(s: Session, case: Case) -> CaseView:
    result = case.result or {}
    parsed = case.parsed or {}
    suggestions = [x for x in result.get("suggestions") or [] if isinstance(x, dict)]
    facts = [f for f in result.get("facts") or [] if isinstance(f, dict)]
    draft = current_draft(case)
    lines = draft_lines(case, draft)
    return CaseView(
        case=case, holder=holder(case),
        text=highlight(engine_text(case.case_text or parsed.get("body", ""), case.subject or "", facts), facts),
        html=clean_html(parsed.get("html", "")) if parsed.get("html") else "",
        parsed=parsed,
        attachments=[a for a in parsed.get("attachments") or [] if isinstance(a, dict)],
        recommended=[x for x in suggestions if x.get("recommended")],
        near_misses=[x for x in suggestions if not x.get("recommended")],
        warnings=[_warning_text(w) for w in result.get("warnings") or []],
        questions=[str(q) for q in result.get("questions") or []],
        facts=facts, draft=draft, lines=lines, issues=validation.validate(lines),
        drafts=list(case.drafts),
        notes=list(s.scalars(select(Note).where(Note.case_id == case.id).order_by(Note.id))),
        history=list(s.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id))),
    )
