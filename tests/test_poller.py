"""The long-running poller against a real Dovecot: IDLE wakes it for new mail
(the polling interval is set far too long to explain the pickup), and with a
Redis broker only one poller per mailbox is the leader."""
import threading
import time

import pytest
from sqlalchemy import func, select

from consultant.db.models import Case
from consultant.mail.poller import leader_lock, run_poller
from casekit import imap_settings
from mailbuilder import case_email


@pytest.fixture
def folder(imap_folder):
    return imap_folder


def _ctx(make_ctx, dovecot, name, **kw):
    return make_ctx(**imap_settings(dovecot, name, imap_poll_seconds=3600, **kw))


def _cases(ctx) -> int:
    with ctx.db.session() as s:
        return s.scalar(select(func.count(Case.id))) or 0


def _wait(predicate, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_idle_picks_up_new_mail_without_polling(make_ctx, dovecot, folder):
    from consultant.engine import warm

    client, name = folder
    ctx = _ctx(make_ctx, dovecot, name)
    warm()  # the catalog compile is not what this test measures
    stop = threading.Event()
    thread = threading.Thread(target=run_poller, args=(ctx, stop), daemon=True)
    thread.start()
    try:
        client.append(name, case_email(subject="idle 1"))
        assert _wait(lambda: _cases(ctx) == 1)
        client.append(name, case_email(subject="idle 2"))  # arrives while the poller IDLEs
        assert _wait(lambda: _cases(ctx) == 2)
    finally:
        stop.set()
        thread.join(30)
    assert not thread.is_alive()
    client.select_folder(name)
    assert client.search(["ALL"]) == []


def test_only_one_poller_holds_the_mailbox_lock(make_ctx, dovecot, folder, redis_server):
    _, name = folder
    ctx = _ctx(make_ctx, dovecot, name, broker_url=redis_server.url)
    first_stop, second_stop = threading.Event(), threading.Event()
    entered = []

    def second() -> None:
        with leader_lock(ctx, second_stop):
            if not second_stop.is_set():
                entered.append("second")

    with leader_lock(ctx, first_stop):
        waiter = threading.Thread(target=second, daemon=True)
        waiter.start()
        waiter.join(7)  # it retries every 5 s while the first holds the lock
        assert entered == [] and waiter.is_alive()
    assert _wait(lambda: entered == ["second"], timeout=30)
    second_stop.set()
    first_stop.set()
