"""A real Celery worker on a real redis-server processes the tasks."""
import time

import pytest
from celery.contrib.testing.worker import start_worker
from sqlalchemy import select

from consultant.context import use_context
from consultant.db.models import Case
from consultant.dispatch import enqueue_process
from consultant.intake import account_id, store_message
from consultant.review import approve
from mailbuilder import case_email
from workers.celery_app import app, celery_config


@pytest.fixture
def celery_ctx(make_ctx, redis_server, sink):
    controller, _ = sink
    ctx = make_ctx(broker_url=redis_server.url, smtp_host=controller.hostname, smtp_port=controller.port)
    saved = dict(app.conf)
    app.conf.update(celery_config(ctx.settings))
    use_context(ctx)
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        yield ctx
    use_context(None)
    app.conf.update({k: saved[k] for k in ("broker_url", "task_always_eager")})


def _wait(ctx, predicate, timeout=180):  # first use compiles the catalog
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with ctx.db.session() as s:
            cases = list(s.scalars(select(Case)))
            if predicate(cases):
                return cases
        time.sleep(0.05)
    raise AssertionError([c.status for c in cases])


def test_worker_drafts_and_sends(celery_ctx, sink):
    ctx = celery_ctx
    assert not ctx.settings.eager
    with ctx.db.session() as s:
        acct = account_id(s, "celery", "smtp")
    ids = [store_message(ctx, case_email(subject=f"celery {i}"), acct).case_id for i in range(3)]
    for case_id in ids:
        enqueue_process(ctx, case_id)
    _wait(ctx, lambda cs: len(cs) == 3 and all(c.status == "drafted" for c in cs))
    approve(ctx, ids[0], "reviewer@desk.test")
    _wait(ctx, lambda cs: any(c.status == "sent" for c in cs))
    assert len(sink[1].messages) == 1
