"""The status page and health checks."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from consultant.db.models import Draft, SendAttempt
from consultant.web import health
from servers import free_port
from web_support import IGNORE_TESTCLIENT, client_for, seed_case

pytestmark = IGNORE_TESTCLIENT


def test_status_page_numbers(ctx):
    seed_case(ctx, age_hours=5)
    seed_case(ctx, age_hours=1)
    failed = seed_case(ctx, status="failed")
    with ctx.db.session() as s:
        draft = s.query(Draft).filter_by(case_id=failed).one()
        draft.state = "failed"
        s.add(SendAttempt(draft_id=draft.id, outcome="permanent", smtp_code=550, detail="mailbox unavailable",
                          at=datetime.now(timezone.utc) - timedelta(minutes=3)))
    page = client_for(ctx, "rev@office.test").get("/status")
    assert page.status_code == 200
    text = page.text
    assert '<span class="n" id="queue-depth">2</span>' in text
    assert "5h 0m" in text or "4h 59m" in text  # oldest case, past the 4h SLA
    assert '<div class="tile overdue">' in text
    assert '<span class="n">3</span> drafts in the last hour' in text
    assert '<div class="tile bad"><span class="n">1</span> failed sends' in text
    assert "550 mailbox unavailable" in text
    assert "none: tasks run in-process" in text


def test_broker_down_is_reported_without_hanging(make_ctx):
    ctx = make_ctx(broker_url=f"redis://127.0.0.1:{free_port()}/0")
    checks = {c.name: c for c in health.all_checks(ctx)}
    assert checks["database"].ok
    assert not checks["broker"].ok and not checks["workers"].ok


def test_broker_and_workers_against_real_redis(make_ctx, redis_server):
    ctx = make_ctx(broker_url=redis_server.url)
    checks = {c.name: c for c in health.all_checks(ctx)}
    assert checks["broker"].ok, checks["broker"].detail
    assert not checks["workers"].ok and "no worker" in checks["workers"].detail
