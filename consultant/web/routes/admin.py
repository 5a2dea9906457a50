"""Admin-only pages: staff accounts and the audit trail download."""
from __future__ import annotations

import io
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ...audit import record
from ...db.models import User
from ..audit_export import write_csv
from ..auth import ROLES, SessionUser, add_user
from ..guard import admin

router = APIRouter(dependencies=[Depends(admin)])


@router.get("/admin/users")
def users_page(request: Request) -> Response:
    with request.app.state.ctx.db.session() as s:
        users = list(s.scalars(select(User).order_by(User.email)))
        return request.app.state.pages.render(request, "users.html", users=users, roles=ROLES, title="Users")


@router.post("/admin/users")
def create_user(request: Request, email: str = Form(""), role: str = Form("reviewer"), password: str = Form(""),
                user: SessionUser = Depends(admin)) -> Response:
    try:
        with request.app.state.ctx.db.session() as s:
            created = add_user(s, email, role, password)
            record(s, user.email, "user_add", entity="user", entity_id=created.id,
                   new={"email": created.email, "role": created.role})
    except ValueError as exc:
        return RedirectResponse(f"/admin/users?msg={quote(str(exc))}", status_code=303)
    return RedirectResponse("/admin/users?msg=Saved.", status_code=303)


@router.get("/admin/audit.csv")
def audit_csv(request: Request, case: int | None = None) -> Response:
    buf = io.StringIO()
    with request.app.state.ctx.db.session() as s:
        write_csv(s, buf, case_id=case)
    return Response(buf.getvalue(), media_type="text/csv",
                    headers={"content-disposition": 'attachment; filename="audit.csv"'})
