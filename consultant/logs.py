"""Logging: structlog over the stdlib, with PHI scrubbed from every event."""
from __future__ import annotations

import logging
import sys
import traceback

import structlog

from .phi import PhiLogFilter, scrub_mapping


def _scrub(_logger, _name, event_dict):  # type: ignore[no-untyped-def]
    """Mask every string value; a traceback is rendered to text first so the
    exception's message (which may quote the mail) is masked too."""
    exc_info = event_dict.pop("exc_info", None)
    if exc_info:
        if exc_info is True:
            exc_info = sys.exc_info()
        elif isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        if exc_info[0] is not None:
            event_dict["exception"] = "".join(traceback.format_exception(*exc_info))
    return scrub_mapping(event_dict)


def configure(level: str = "INFO", json: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(PhiLogFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("alembic", "urllib3", "pdfminer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    renderer = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            _scrub,
            renderer,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=False,
    )


def get_logger(name: str):  # type: ignore[no-untyped-def]
    return structlog.get_logger(name)
