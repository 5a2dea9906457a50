"""The status page: queue depth, oldest case, drafts per hour, send failures,
and the health of the database, broker and workers."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from starlette.requests import Request
from starlette.responses import Response

from .. import health, stats
from ..guard import reviewer

router = APIRouter(dependencies=[Depends(reviewer)])


@router.get("/status")
def status_page(request: Request) -> Response:
    ctx = request.app.state.ctx
    with ctx.db.session() as s:
        snap = stats.snapshot(s)
        return request.app.state.pages.render(
            request, "status.html", snap=snap, checks=health.all_checks(ctx),
            sla_hours=ctx.settings.review_sla_hours, title="Status")
