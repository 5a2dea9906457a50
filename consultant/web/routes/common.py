"""Small helpers the routers share: load a case or 404, redirect back."""
from __future__ import annotations

from urllib.parse import quote

from fastapi import HTTPException
from sqlalchemy.orm import Session
from starlette.responses import RedirectResponse

from ...db.models import Case


def get_case(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise HTTPException(status_code=404, detail="no such case")
    return case


def back(case_id: int, msg: str = "", anchor: str = "") -> RedirectResponse:
    query = f"?msg={quote(msg)}" if msg else ""
    return RedirectResponse(f"/cases/{case_id}{query}{anchor}", status_code=303)
