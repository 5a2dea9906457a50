"""The case page and its claim: view, claim or take over, renew, release, note.

Opening a case claims it when it is free; a case someone else holds opens
read-only with a take-over button.  Every view is an audit event.
"""
from __future__ import annotations

from datetime import timezone

from fastapi import APIRouter, Depends, Form
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from ...audit import record
from ...db.models import Note
from .. import caseview, claims
from ..auth import SessionUser
from ..guard import reviewer
from .common import back, get_case

router = APIRouter(dependencies=[Depends(reviewer)])


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: int, user: SessionUser = Depends(reviewer)) -> Response:
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        case = get_case(s, case_id)
        try:
            claims.claim(s, case, user.email, ctx.settings.claim_minutes)
        except claims.ClaimHeld:
            pass  # shown read-only with the holder's name
        record(s, user.email, "view", case.id)
        s.flush()
        view = caseview.build(s, case)
        return request.app.state.pages.render(request, "case.html", v=view, title=f"Case {case.id}",
                                              mine=view.holder == user.email,
                                              claim_minutes=ctx.settings.claim_minutes)


@router.post("/cases/{case_id}/claim")
def claim_case(request: Request, case_id: int, takeover: str = Form(""),
               user: SessionUser = Depends(reviewer)) -> Response:
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        case = get_case(s, case_id)
        claims.claim(s, case, user.email, ctx.settings.claim_minutes, takeover=takeover == "1")
    return back(case_id, "You hold this case now.")


@router.post("/cases/{case_id}/renew")
def renew(request: Request, case_id: int, user: SessionUser = Depends(reviewer)) -> Response:
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        case = get_case(s, case_id)
        claims.claim(s, case, user.email, ctx.settings.claim_minutes)
        expires = case.claim_expires
    iso = expires.astimezone(timezone.utc).isoformat() if expires else None
    return JSONResponse({"holder": user.email, "expires": iso})


@router.post("/cases/{case_id}/release")
def release(request: Request, case_id: int, user: SessionUser = Depends(reviewer)) -> Response:
    with request.app.state.ctx.db.session() as s:
        claims.release(s, get_case(s, case_id), user.email)
    # back to the queue: reopening the case would claim it again
    return RedirectResponse(f"/queue?msg=Released+case+{case_id}.", status_code=303)


@router.post("/cases/{case_id}/note")
def add_note(request: Request, case_id: int, body: str = Form(""),
             user: SessionUser = Depends(reviewer)) -> Response:
    body = body.strip()
    if not body:
        return back(case_id, "A note needs some text.")
    with request.app.state.ctx.db.session() as s:
        case = get_case(s, case_id)
        s.add(Note(case_id=case.id, author=user.email, body=body[:10_000]))
        record(s, user.email, "note", case.id, new={"note": body[:500]})
    return back(case_id, "Note added.", "#notes")
