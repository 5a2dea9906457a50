"""Logging: structlog over the stdlib, with PHI scrubbed from every event."""
from __future__ import annotations

import logging
import sys

import structlog

from .phi import PhiLogFilter, scrub_mapping


def _scrub(_logger, _name, event_dict):  # type: ignore[no-untyped-def]
    return scrub_mapping(event_dict)


def configure(level: str = "INFO", json: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(PhiLogFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
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
