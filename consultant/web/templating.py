"""The one Jinja2 environment for the review UI's HTML pages.

Autoescape is on for every page and undefined names fail loudly
(``StrictUndefined``), so a template typo is a test failure rather than an
empty cell.  Email text from clients only ever reaches a page through
autoescaping or through nh3-sanitised markup (see ``sanitize.py``).
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates" / "web"


def _age(value: datetime | None) -> str:
    """'3h 12m' style age of a timestamp."""
    if value is None:
        return "-"
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    minutes = int((datetime.now(timezone.utc) - value).total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)}m"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours}h {minutes}m"
    return f"{hours // 24}d {hours % 24}h"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "-"


def _pct(value: float | None) -> str:
    return f"{round((value or 0) * 100)}%"


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(age=_age, when=_when, pct=_pct)
    return env


class Pages:
    """Renders a template into an HTMLResponse with the common context."""

    def __init__(self) -> None:
        self.env = make_environment()

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        base = {
            "user": getattr(request.state, "user", None),
            "csrf_token": getattr(request.state, "csrf_token", ""),
            "flash": request.query_params.get("msg", ""),
            "path": request.url.path,
        }
        base.update(context)
        html = self.env.get_template(name).render(**base)
        return HTMLResponse(html, status_code=status)
