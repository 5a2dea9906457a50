"""Decisions on a case: approve and send, reject, ask for information, retry.

Approval hands the draft to the review service, which queues the send; the
case page then follows the draft from queued to sent or failed (polling
``/cases/{id}/send-status``) and offers a retry on failure.  A code list
with validation errors is approved only when the reviewer ticks "approve
anyway".  Acting needs the claim: someone else's live lease refuses (409).
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ... import review
from ...db.models import Draft, DraftState
from .. import actions, caseview, validation
from ..auth import SessionUser
from ..guard import reviewer
from .common import back, get_case
from .edit import _hold, form_lines

router = APIRouter(dependencies=[Depends(reviewer)])
DONE = {DraftState.approved.value, DraftState.sending.value, DraftState.sent.value}


def _already_decided(request: Request, case_id: int) -> bool:
    with request.app.state.ctx.db.session() as s:
        draft = caseview.current_draft(get_case(s, case_id))
        return draft is not None and draft.state in DONE


@router.post("/cases/{case_id}/approve")
def approve(request: Request, case_id: int, code: list[str] = Form([]), units: list[str] = Form([]),
            modifiers: list[str] = Form([]), text: str = Form(""), override: str = Form(""),
            user: SessionUser = Depends(reviewer)) -> Response:
    _hold(request, case_id, user.email)
    if _already_decided(request, case_id):
        return back(case_id, "Already approved; the reply is sent once.", "#send")
    lines = form_lines(code, units, modifiers)
    errors = [i for i in validation.validate(lines) if i.level == "error"]
    if errors and override != "1":
        return back(case_id, f"Not approved: {len(errors)} problem(s) in the codes. "
                    "Fix them or tick 'approve anyway'.", "#edit")
    actions.approve(request.app.state.ctx, case_id, user.email, lines, text)
    return back(case_id, "Approved; the reply is queued.", "#send")


@router.post("/cases/{case_id}/reject")
def reject(request: Request, case_id: int, reason: str = Form(""), send_reply: str = Form(""),
           user: SessionUser = Depends(reviewer)) -> Response:
    reason = reason.strip()
    if not reason:
        return back(case_id, "A rejection needs a reason.", "#decide")
    _hold(request, case_id, user.email)
    review.reject(request.app.state.ctx, case_id, user.email, reason[:2000], send_reply=send_reply == "1")
    return back(case_id, "Rejected." + (" A polite reply is queued." if send_reply == "1" else ""))


@router.post("/cases/{case_id}/ask-info")
def ask_info(request: Request, case_id: int, questions: str = Form(""),
             user: SessionUser = Depends(reviewer)) -> Response:
    asked = [q.strip(" -*\t") for q in questions.splitlines() if q.strip(" -*\t")]
    if not asked:
        return back(case_id, "Write at least one question for the client.", "#decide")
    _hold(request, case_id, user.email)
    review.request_info(request.app.state.ctx, case_id, user.email, asked)
    return back(case_id, "Question queued to the client.", "#send")


@router.post("/cases/{case_id}/process")
def process_held(request: Request, case_id: int, user: SessionUser = Depends(reviewer)) -> Response:
    _hold(request, case_id, user.email)
    review.release_held(request.app.state.ctx, case_id, user.email)
    return back(case_id, "Released: the case is being processed.")


@router.post("/drafts/{draft_id}/retry")
def retry(request: Request, draft_id: int, user: SessionUser = Depends(reviewer)) -> Response:
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        draft = s.get(Draft, draft_id)
        if draft is None:
            return JSONResponse({"error": "no such draft"}, status_code=404)
        case_id, state = draft.case_id, draft.state
    if state != DraftState.failed.value:
        return back(case_id, f"Only a failed send can be retried (this one is {state}).", "#send")
    _hold(request, case_id, user.email)
    review.retry_send(ctx, case_id, user.email, draft_id)
    return back(case_id, "Retry queued.", "#send")


def _draft_json(d: Draft) -> dict[str, Any]:
    last = d.attempts[-1] if d.attempts else None
    return {"id": d.id, "kind": d.kind, "state": d.state, "last_error": d.last_error,
            "sent_at": d.sent_at.isoformat() if d.sent_at else None, "attempts": len(d.attempts),
            "last_reply": (f"{last.smtp_code or ''} {last.detail}".strip() if last else "")}


@router.get("/cases/{case_id}/send-status")
def send_status(request: Request, case_id: int) -> JSONResponse:
    with request.app.state.ctx.db.session() as s:
        case = get_case(s, case_id)
        drafts = [_draft_json(d) for d in case.drafts if d.state != DraftState.pending.value]
        return JSONResponse({"case": case.id, "status": case.status, "drafts": drafts})
