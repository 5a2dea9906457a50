"""Thin Celery tasks: each takes an id, calls consultant/, and retries only
transient errors, with backoff shorter than the broker visibility timeout."""
from __future__ import annotations

from consultant.context import get_context
from consultant.errors import TransientError

from .celery_app import app

RETRY = {"autoretry_for": (TransientError,), "retry_backoff": 5, "retry_backoff_max": 60,
         "retry_jitter": True, "max_retries": None}


@app.task(name="workers.tasks.process_case", bind=True, **RETRY)
def process_case(self, case_id: int) -> str:  # type: ignore[no-untyped-def]
    from consultant.pipeline import process_case as run

    return run(get_context(), case_id)


@app.task(name="workers.tasks.send_reply", bind=True, **RETRY)
def send_reply(self, draft_id: int) -> str:  # type: ignore[no-untyped-def]
    from consultant.dispatch import after_send
    from consultant.sending import send_draft

    ctx = get_context()
    state = send_draft(ctx, draft_id)
    if state == "sent":
        after_send(ctx, draft_id)
    return state


@app.task(name="workers.tasks.poll_mailbox")
def poll_mailbox() -> int:
    from consultant.mail.imap import connect, poll_once

    from consultant.mail.imap import account_name

    ctx = get_context()
    if not ctx.settings.imap_host:
        return 0
    lock = None
    if ctx.settings.broker_url.startswith("redis"):
        import redis

        lock = redis.Redis.from_url(ctx.settings.broker_url).lock(
            f"consultant:poller:{account_name(ctx.settings)}", timeout=60)
        if not lock.acquire(blocking=False):
            return 0  # a long-running poller is the leader for this mailbox
    try:
        client = connect(ctx.settings)
        try:
            return poll_once(ctx, client).created
        finally:
            client.logout()
    finally:
        if lock is not None:
            lock.release()


@app.task(name="workers.tasks.sweep")
def sweep() -> dict[str, int]:
    from consultant.dispatch import sweep as run

    return run(get_context())
