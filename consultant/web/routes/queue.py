"""The queue page: cases awaiting review, oldest first, with filters."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..auth import SessionUser
from ..guard import reviewer
from ..queue import AWAITING, QueueFilter, list_queue

router = APIRouter(dependencies=[Depends(reviewer)])


@router.get("/")
def root() -> Response:
    return RedirectResponse("/queue", status_code=303)


@router.get("/queue")
def queue_page(request: Request, user: SessionUser = Depends(reviewer)) -> Response:
    ctx = request.app.state.ctx
    filters = QueueFilter.from_query(dict(request.query_params))
    with ctx.db.session() as s:
        rows = list_queue(s, filters, user.email, ctx.settings.review_sla_hours)
        return request.app.state.pages.render(
            request, "queue.html", rows=rows, f=filters, statuses=AWAITING,
            sla_hours=ctx.settings.review_sla_hours, title="Queue")
