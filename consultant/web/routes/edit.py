"""Editing a draft: code autocomplete, live validation, save, preview.

The edit form posts parallel lists (code, units, modifiers) in display
order, so reordering rows in the page reorders the codes.  Validation and
autocomplete answer JSON for the page's script; save and preview also work
as plain form posts.  Any activity renews the reviewer's claim.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .. import actions, catalog_view, claims, validation
from ..auth import SessionUser
from ..guard import reviewer
from .common import back, get_case

router = APIRouter(dependencies=[Depends(reviewer)])


def form_lines(code: list[str], units: list[str], modifiers: list[str]) -> list[dict[str, Any]]:
    return validation.normalize(code, units, modifiers)


def _hold(request: Request, case_id: int, actor: str) -> None:
    """Refuse (ClaimHeld) unless the actor holds the case or it is free; renew."""
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        claims.require(s, get_case(s, case_id), actor, ctx.settings.claim_minutes)


@router.get("/api/codes")
def codes(q: str = "", limit: int = 10) -> JSONResponse:
    return JSONResponse({"results": catalog_view.search(q[:100], max(1, min(limit, 25)))})


@router.post("/cases/{case_id}/validate")
async def validate(request: Request, case_id: int, user: SessionUser = Depends(reviewer)) -> JSONResponse:
    body = await request.json()
    lines = validation.normalize(body.get("codes") or [] if isinstance(body, dict) else [])
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        case = get_case(s, case_id)
        if claims.holder(case) == user.email:
            claims.claim(s, case, user.email, ctx.settings.claim_minutes)
    return JSONResponse({"lines": lines, "issues": validation.as_json(validation.validate(lines))})


@router.post("/cases/{case_id}/edit")
def save(request: Request, case_id: int, code: list[str] = Form([]), units: list[str] = Form([]),
         modifiers: list[str] = Form([]), text: str = Form(""), user: SessionUser = Depends(reviewer)) -> Response:
    _hold(request, case_id, user.email)
    actions.save_edit(request.app.state.ctx, case_id, user.email, form_lines(code, units, modifiers), text)
    return back(case_id, "Draft saved.", "#edit")


@router.post("/cases/{case_id}/preview")
def preview(request: Request, case_id: int, code: list[str] = Form([]), units: list[str] = Form([]),
            modifiers: list[str] = Form([]), text: str = Form(""), user: SessionUser = Depends(reviewer)) -> Response:
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        get_case(s, case_id)
    lines = form_lines(code, units, modifiers)
    body_text, body_html = actions.render_preview(ctx, case_id, lines, text)
    fragment = request.headers.get("x-fragment") == "1"
    return request.app.state.pages.render(
        request, "preview_fragment.html" if fragment else "preview.html", case_id=case_id,
        preview_text=body_text, preview_html=body_html, issues=validation.validate(lines), title="Preview")
