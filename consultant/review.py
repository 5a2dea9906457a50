"""Staff decisions on a drafted case: edit, approve, reject, ask for more.

Approval *queues* the send (Mailman's moderation model): the web request or
CLI command records the decision and enqueues ``send_reply``; it never talks
SMTP itself.  Approving an already-approved or sent case is refused, so one
case cannot be sent twice by two clicks.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import update

from . import audit
from .context import Context
from .db.models import Case, CaseStatus, Draft, DraftState, utcnow
from .errors import InvalidTransition
from .mail.render import Rendered, html_from_text, render_reply

REVIEWABLE = (CaseStatus.drafted.value, CaseStatus.in_review.value, CaseStatus.held.value, CaseStatus.failed.value)


def current_draft(case: Case) -> Draft | None:
    live = [d for d in case.drafts if d.kind == "reply" and d.state != DraftState.superseded.value]
    return live[-1] if live else None


def render_preview(case: Case, codes: list[dict[str, Any]] | None, text: str | None) -> Rendered:
    """What the client would receive with these codes and this text."""
    draft = current_draft(case)
    codes = codes if codes is not None else (draft.codes if draft else [])
    questions = draft.questions if draft else []
    rendered = render_reply(case.subject, codes, questions, case.result.get("warnings", []))
    if text is not None and draft is not None and text.strip() != draft.text.strip():
        return Rendered(rendered.subject, text, html_from_text(text))
    return rendered


def save_edit(ctx: Context, case_id: int, actor: str, codes: list[dict[str, Any]] | None = None,
              text: str | None = None) -> Draft:
    """Store the reviewer's codes and/or reply text on the pending draft."""
    with ctx.db.session() as session:
        case = _case(session, case_id, REVIEWABLE)
        draft = current_draft(case)
        if draft is None or draft.state != DraftState.pending.value:
            raise InvalidTransition(f"case {case_id} has no pending draft to edit")
        old = {"codes": _brief(draft.codes), "text_len": len(draft.text)}
        if codes is not None:
            draft.codes = codes
            rendered = render_preview(case, codes, None)
            draft.text, draft.html = rendered.text, rendered.html
        if text is not None and text.strip() != draft.text.strip():
            draft.text, draft.html = text, html_from_text(text)
        audit.record(session, actor, "edit", case_id, old=old,
                     new={"codes": _brief(draft.codes), "text_len": len(draft.text)})
        return draft


def approve(ctx: Context, case_id: int, actor: str, codes: list[dict[str, Any]] | None = None,
            text: str | None = None) -> Draft:
    """Approve the pending draft and queue it for sending (exactly once)."""
    if codes is not None or text is not None:
        save_edit(ctx, case_id, actor, codes, text)
    with ctx.db.session() as session:
        case = _case(session, case_id, REVIEWABLE)
        draft = current_draft(case)
        if draft is None:
            raise InvalidTransition(f"case {case_id} has no draft to approve")
        moved = session.execute(update(Draft).where(
            Draft.id == draft.id, Draft.state.in_([DraftState.pending.value, DraftState.failed.value]),
        ).values(state=DraftState.approved.value, approved_by=actor, approved_at=utcnow())).rowcount
        if moved != 1:
            raise InvalidTransition(f"case {case_id}: draft is already {draft.state}")
        old = case.status
        case.status, case.reason = CaseStatus.approved.value, ""
        audit.record(session, actor, "approve", case_id, old={"status": old},
                     new={"status": "approved", "draft_id": draft.id, "codes": _brief(draft.codes)})
        draft_id = draft.id
    _enqueue(ctx, draft_id)
    with ctx.db.session() as session:
        found = session.get(Draft, draft_id)
        assert found is not None
        return found


def reject(ctx: Context, case_id: int, actor: str, reason: str, send_reply: bool = False) -> Draft | None:
    """Decline the case; optionally send the polite rejection template."""
    if not reason.strip():
        raise InvalidTransition("a rejection needs a reason")
    with ctx.db.session() as session:
        case = _case(session, case_id, REVIEWABLE)
        old = _close_pending(case)
        case.status, case.reason = CaseStatus.rejected.value, reason.strip()
        audit.record(session, actor, "reject", case_id, old={"status": old},
                     new={"status": "rejected", "reason": reason.strip(), "reply": send_reply})
        draft = _template_draft(session, case, actor, "reject", {"reason": ""}) if send_reply else None
        draft_id = draft.id if draft else None
    if draft_id is not None:
        _enqueue(ctx, draft_id)
    return draft


def request_info(ctx: Context, case_id: int, actor: str, questions: list[str]) -> Draft:
    """Ask the client for what the note leaves open."""
    questions = [q.strip() for q in questions if q.strip()]
    if not questions:
        raise InvalidTransition("asking for information needs at least one question")
    with ctx.db.session() as session:
        case = _case(session, case_id, REVIEWABLE)
        old = _close_pending(case)
        case.status, case.reason = CaseStatus.approved.value, "asked the client for more information"
        draft = _template_draft(session, case, actor, "info", {}, questions)
        audit.record(session, actor, "request_info", case_id, old={"status": old},
                     new={"status": "approved", "questions": len(questions)})
        draft_id = draft.id
    _enqueue(ctx, draft_id)
    return draft


def retry_send(ctx: Context, case_id: int, actor: str, draft_id: int | None = None) -> Draft:
    """Queue a failed draft of any kind (reply, info, reject) again."""
    with ctx.db.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise InvalidTransition(f"no case {case_id}")
        failed = [d for d in case.drafts if d.state == DraftState.failed.value
                  and (draft_id is None or d.id == draft_id)]
        if not failed:
            raise InvalidTransition(f"case {case_id} has no failed send to retry")
        draft = failed[-1]
        draft.state, draft.last_error = DraftState.approved.value, ""
        if case.status == CaseStatus.failed.value:
            case.status, case.reason = CaseStatus.approved.value, ""
        audit.record(session, actor, "retry_send", case_id, entity="draft", entity_id=draft.id,
                     old={"state": "failed"}, new={"state": "approved"})
        found_id = draft.id
    _enqueue(ctx, found_id)
    with ctx.db.session() as session:
        found = session.get(Draft, found_id)
        assert found is not None
        return found


def release_held(ctx: Context, case_id: int, actor: str) -> None:
    """Staff vouch for a held case (unknown sender, cap, authentication):
    it is processed again with the guard's hold overridden."""
    with ctx.db.session() as session:
        case = _case(session, case_id, (CaseStatus.held.value,))
        old = {"status": case.status, "reason": case.reason}
        case.status, case.reason, case.guard_override = CaseStatus.received.value, f"released by {actor}", True
        audit.record(session, actor, "release", case_id, old=old, new={"status": "received"})
    from .dispatch import enqueue_process

    enqueue_process(ctx, case_id)


def _template_draft(session, case: Case, actor: str, template: str, extra: dict[str, Any],  # type: ignore[no-untyped-def]
                    questions: list[str] | None = None) -> Draft:
    rendered = render_reply(case.subject, [], questions or [], template=template, extra=extra)
    draft = Draft(case_id=case.id, kind=template, state=DraftState.approved.value, to_addr=case.sender,
                  subject=rendered.subject, text=rendered.text, html=rendered.html,
                  questions=questions or [], approved_by=actor, approved_at=utcnow())
    session.add(draft)
    session.flush()
    return draft


def _close_pending(case: Case) -> str:
    """Supersede the pending reply draft (another answer replaces it); returns the old status."""
    for d in case.drafts:
        if d.state == DraftState.pending.value:
            d.state = DraftState.superseded.value
    return case.status


def _case(session, case_id: int, allowed: tuple[str, ...]) -> Case:  # type: ignore[no-untyped-def]
    case = session.get(Case, case_id)
    if case is None:
        raise InvalidTransition(f"no case {case_id}")
    if case.status not in allowed:
        raise InvalidTransition(f"case {case_id} is {case.status}; allowed only when {', '.join(allowed)}")
    return case


def _brief(codes: list[dict[str, Any]]) -> list[str]:
    out = []
    for c in codes or []:
        if c.get("recommended", True):
            mods = "-".join(c.get("modifiers") or [])
            out.append(f"{c.get('code')}{'-' + mods if mods else ''}x{c.get('units', 1)}")
    return out


def _enqueue(ctx: Context, draft_id: int) -> None:
    from .dispatch import enqueue_send

    enqueue_send(ctx, draft_id)
