"""Bounded versions of the faults bench/load.py --faults injects, on real
servers: a worker killed with SIGKILL mid-task, Redis restarted empty, the
IMAP connection cut mid-fetch, an SMTP relay answering 451 for a while, and
a database that is briefly unavailable.  Afterwards every message has exactly
one case and one draft, and every approved draft was delivered once.
Waits are on database results with deadlines, never fixed sleeps.
"""
from __future__ import annotations

import email
import subprocess
import threading
import time

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from consultant.db.models import Case, Draft
from consultant.dispatch import enqueue_process, sweep
from consultant.errors import TransientError
from consultant.intake import account_id, store_message
from consultant.mail.imap import connect, poll_once
from consultant.pipeline import process_case
from consultant.review import approve
from fault_worker import stub_suggest
from faultkit import (FlakySink, TcpProxy, kill9, postgres_unavailable, restart_redis, sqlite_locked,
                      start_worker_process)
from mailbuilder import case_email
from servers import free_port, start_redis
from workers.celery_app import app, celery_config


@pytest.fixture(autouse=True)
def stub_engine(monkeypatch):
    import consultant.engine

    monkeypatch.setattr(consultant.engine, "suggest", stub_suggest)


def wait_for(ctx, predicate, timeout: float = 45.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with ctx.db.session() as s:
            cases = list(s.scalars(select(Case)))
            drafts = list(s.scalars(select(Draft)))
        if predicate(cases, drafts):
            return cases, drafts
        time.sleep(0.1)  # polling interval between checks, not a wait for a result
    raise AssertionError(f"{what} not reached in {timeout} s: {[(c.id, c.status) for c in cases]}")


def exactly_once(cases, drafts, n: int) -> bool:
    per_case = [sum(1 for d in drafts if d.case_id == c.id) for c in cases]
    return len(cases) == n and all(c.status == "drafted" for c in cases) and per_case == [1] * n


def _store(ctx, n: int, tag: str) -> list[int]:
    with ctx.db.session() as s:
        acct = account_id(s, "faults", "smtp")
    return [store_message(ctx, case_email(subject=f"{tag} {i}"), acct).case_id for i in range(n)]


@pytest.fixture
def broker():
    server = start_redis()
    holder = {"redis": server}
    yield holder
    holder["redis"].stop()


@pytest.fixture
def celery_ctx(make_ctx, broker, tmp_path):
    ctx = make_ctx(broker_url=broker["redis"].url, visibility_timeout=10)
    saved = {k: app.conf[k] for k in ("broker_url", "task_always_eager", "broker_transport_options")}
    app.conf.update(celery_config(ctx.settings))
    _fresh_connections()
    env = {"CONSULTANT_DATABASE_URL": ctx.settings.database_url.replace("+psycopg", ""),
           "CONSULTANT_BROKER_URL": ctx.settings.broker_url, "CONSULTANT_VAR_DIR": str(ctx.settings.var_dir),
           "CONSULTANT_VISIBILITY_TIMEOUT": "10", "CONSULTANT_SMTP_HOST": "sink",
           "CONSULTANT_FROM_ADDRESS": "cases@consultant.test", "CONSULTANT_INTAKE_ADDRESSES": "cases@consultant.test"}
    procs: list = []

    def worker(name: str, **extra: str):
        proc = start_worker_process({**env, **extra}, name, tmp_path / f"{name}.log", stub_engine=True)
        procs.append(proc)
        return proc

    yield ctx, worker
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            kill9(proc)
    app.conf.update(saved)
    _fresh_connections()


def _fresh_connections() -> None:
    """Drop pooled broker connections, which remember the previous broker URL."""
    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None


def test_worker_killed_mid_task_loses_and_duplicates_nothing(celery_ctx):
    ctx, worker = celery_ctx
    victim = worker("victim", CONSULTANT_TEST_STUB_DELAY="60")  # slow: still busy when killed
    ids = _store(ctx, 1, "kill")
    enqueue_process(ctx, ids[0])
    wait_for(ctx, lambda cs, ds: cs[0].status == "processing", what="the victim busy with the case")
    worker("heir")
    ids += _store(ctx, 2, "more")
    for case_id in ids[1:]:
        enqueue_process(ctx, case_id)
    # the heir has drafted the two new cases (on a loaded machine it may also have taken the victim's case
    # after the broker's visibility timeout: the exactly-once check below covers that)
    wait_for(ctx, lambda cs, ds: {d.case_id for d in ds} >= set(ids[1:]), what="the heir working")
    kill9(victim)
    # acks_late puts the unacknowledged task back after the visibility timeout;
    # the sweeper is the backstop that does not depend on the broker at all.
    ctx.settings.sweep_after_seconds = 0
    sweep(ctx)
    wait_for(ctx, lambda cs, ds: exactly_once(cs, ds, 3), timeout=50, what="all drafted once after kill -9")


def test_redis_restart_loses_queue_and_the_sweeper_recovers(celery_ctx, broker):
    ctx, worker = celery_ctx
    worker("steady")
    before = _store(ctx, 1, "before")
    enqueue_process(ctx, before[0])
    wait_for(ctx, lambda cs, ds: exactly_once(cs, ds, 1), what="first case drafted")
    broker["redis"] = restart_redis(broker["redis"])
    queued = _store(ctx, 3, "after")  # stored, then the broker loses their tasks
    ctx.settings.sweep_after_seconds = 0
    assert sweep(ctx)["cases"] == 3   # the database, not the broker, knows what is open
    wait_for(ctx, lambda cs, ds: exactly_once(cs, ds, 4), what="all drafted after a Redis restart")
    assert len(queued) == 3


@pytest.fixture
def mailbox(imap_folder):
    return imap_folder


def test_imap_connection_cut_mid_fetch(make_ctx, dovecot, mailbox):
    client, folder = mailbox
    for i in range(30):
        client.append(folder, case_email(subject=f"cut {i}"))
    proxy = TcpProxy(dovecot.port)
    ctx = make_ctx(imap_host="127.0.0.1", imap_port=proxy.port, imap_user=dovecot.user,
                   imap_password=dovecot.password, imap_tls="none", imap_folder=folder,
                   imap_processed_folder=f"{folder}.done")
    seen: list[int] = []

    def enqueue_then_cut(case_id: int) -> None:
        seen.append(case_id)
        if len(seen) == 7:
            proxy.cut()  # the connection dies in the middle of a fetched batch
        enqueue_process(ctx, case_id)

    imap = connect(ctx.settings)
    with pytest.raises(Exception):
        poll_once(ctx, imap, enqueue=enqueue_then_cut)
    imap = connect(ctx.settings)
    try:
        poll_once(ctx, imap)
    finally:
        imap.logout()
        proxy.close()
    cases, drafts = wait_for(ctx, lambda cs, ds: exactly_once(cs, ds, 30), what="30 cases once")
    assert len({c.message_id for c in cases}) == 30
    client.select_folder(folder)
    assert client.search(["ALL"]) == []
    client.select_folder(f"{folder}.done")
    assert len(client.search(["ALL"])) == 30


def test_smtp_relay_answering_451_for_a_while(make_ctx):
    sink = FlakySink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        ctx = make_ctx(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_tls="none")
        ids = _store(ctx, 3, "relay")
        for case_id in ids:
            enqueue_process(ctx, case_id)
        sink.failing.set()
        for case_id in ids:
            approve(ctx, case_id, "r@desk.test")      # each first attempt gets 451
        assert sink.refused == 3 and sink.messages == []
        sink.failing.clear()
        ctx.settings.sweep_after_seconds = 0
        assert sweep(ctx)["drafts"] == 3             # the retry
        assert sweep(ctx)["drafts"] == 0             # nothing left to send twice
    finally:
        controller.stop()
    replies = sorted(email.message_from_bytes(m)["In-Reply-To"] for m in sink.messages)
    assert len(replies) == 3 and len(set(replies)) == 3
    with ctx.db.session() as s:
        assert {d.state for d in s.scalars(select(Draft))} == {"sent"}


def test_database_briefly_unavailable(make_ctx, db_url):
    ctx = make_ctx()
    ids = _store(ctx, 2, "db")
    outcome: dict[int, object] = {}

    def work(case_id: int) -> None:
        try:
            outcome[case_id] = process_case(ctx, case_id)
        except TransientError as exc:  # Celery would retry this one
            outcome[case_id] = exc

    if db_url.startswith("sqlite"):
        blocker = sqlite_locked(db_url.split("///", 1)[1])
    else:
        blocker = postgres_unavailable(db_url)
    with blocker:
        threads = [threading.Thread(target=work, args=(i,)) for i in ids]
        for t in threads:
            t.start()
        for t in threads:
            t.join(0.5)  # let them run into the locked database
    for t in threads:
        t.join(40)
    for case_id in ids:
        if isinstance(outcome.get(case_id), TransientError):
            process_case(ctx, case_id)                # the retry
    with ctx.db.session() as s:
        assert s.scalar(select(func.count(Draft.id))) == 2
    wait_for(ctx, lambda cs, ds: exactly_once(cs, ds, 2), timeout=5, what="both drafted once")
