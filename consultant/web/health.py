"""Is the machinery behind the queue alive: database, broker, workers.

With no broker configured the service runs tasks in-process, so both the
broker and the workers are reported as "in-process" and healthy.  With
Redis, the broker gets a PING and the workers a Celery control ping, each
bounded by a one-second timeout so the status page never hangs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

TIMEOUT = 1.0


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def database(ctx: Any) -> Check:
    try:
        with ctx.db.session() as s:
            s.execute(text("SELECT 1"))
        return Check("database", True, ctx.db.engine.dialect.name)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return Check("database", False, str(exc)[:200])


def broker(settings: Any) -> Check:
    if settings.eager:
        return Check("broker", True, "none: tasks run in-process")
    if settings.broker_url.startswith("memory://"):
        return Check("broker", True, "in-memory broker")
    try:
        import redis

        client = redis.Redis.from_url(settings.broker_url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT)
        client.ping()
        client.close()
        return Check("broker", True, "redis answered PING")
    except Exception as exc:  # noqa: BLE001
        return Check("broker", False, str(exc)[:200])


def workers(settings: Any) -> Check:
    if settings.eager:
        return Check("workers", True, "in-process")
    try:
        from celery import Celery

        app = Celery(broker=settings.broker_url)
        replies = app.control.ping(timeout=TIMEOUT) or []
        names = sorted(name for reply in replies for name in reply)
        if names:
            return Check("workers", True, f"{len(names)} answering: {', '.join(names)[:200]}")
        return Check("workers", False, "no worker answered a ping")
    except Exception as exc:  # noqa: BLE001
        return Check("workers", False, str(exc)[:200])


def all_checks(ctx: Any) -> list[Check]:
    brk = broker(ctx.settings)
    # Celery's control ping retries a dead broker for a long time: skip it
    wrk = workers(ctx.settings) if brk.ok else Check("workers", False, "unknown: the broker is down")
    return [database(ctx), brk, wrk]
