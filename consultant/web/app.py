"""``create_app(ctx)``: the review web app, assembled from its routers.

The context (settings and database) is passed in, never read from globals,
so tests build an app on their own temporary database.  Every response
carries a strict Content-Security-Policy (scripts and styles only from our
own /static), and refusals from the guards become a redirect to /login
(pages) or a short 401/403 page (forms and JSON).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import InvalidTransition
from .claims import ClaimHeld
from .guard import Forbidden, NotSignedIn
from .metrics import Metrics, MetricsMiddleware
from .templating import Pages

STATIC = Path(__file__).with_name("static")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "frame-src 'self' about:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"same-origin"), (b"x-frame-options", b"DENY")]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_wrapper(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + HEADERS
                if not scope["path"].startswith("/static"):
                    message["headers"].append((b"cache-control", b"no-store"))
            await send(message)

        await self.app(scope, receive, send_wrapper if scope["type"] == "http" else send)


def _wants_html(request: Request) -> bool:
    return request.method == "GET" and "application/json" not in request.headers.get("accept", "")


def _install_handlers(app: FastAPI) -> None:
    pages: Pages = app.state.pages

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, _exc: NotSignedIn) -> Response:
        if _wants_html(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={target}", status_code=303)
        return JSONResponse({"error": "sign in first"}, status_code=401)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"error": exc.reason}, status_code=403)
        return pages.render(request, "error.html", status=403, title="Not allowed", message=exc.reason)

    @app.exception_handler(InvalidTransition)
    async def invalid(request: Request, exc: InvalidTransition) -> Response:
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"error": str(exc)}, status_code=409)
        return pages.render(request, "error.html", status=409, title="Not possible now", message=str(exc))

    @app.exception_handler(ClaimHeld)
    async def claim_held(request: Request, exc: ClaimHeld) -> Response:
        message = f"{exc.holder} is working on this case. Take it over explicitly if you must act on it."
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"error": message, "holder": exc.holder}, status_code=409)
        return pages.render(request, "error.html", status=409, title="Claimed by someone else", message=message)


def create_app(ctx: Any) -> FastAPI:
    """The review app bound to ``ctx`` (a consultant.context.Context)."""
    from .routes import ROUTERS

    app = FastAPI(title="consultant review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.ctx = ctx
    app.state.pages = Pages()
    app.state.metrics = Metrics(ctx)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for router in ROUTERS:
        app.include_router(router)
    _install_handlers(app)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    app.add_middleware(SecurityHeaders)
    return app
