#!/usr/bin/env python3
"""Load and fault harness: N case emails through real Dovecot, Redis, Celery
workers, a database and an SMTP sink; prints throughput, latency and the
exactly-once figures.

Usage: bench/load.py [--n 2000] [--faults] [--db sqlite|postgres|URL]

It appends N synthetic cases to a real Dovecot, runs the IMAP poller (here, in
a thread, through a TCP proxy that --faults can cut) and two
``celery -A workers.celery_app worker`` processes on a real redis-server, an
approver thread that approves every draft, and an aiosmtpd sink.  First it
measures the raw IMAP fetch rate of the same messages (one client, no
processing).  With --faults, while the run is going: one worker is killed
with SIGKILL (and a new one started), Redis is killed and restarted empty,
the IMAP connection is cut mid-fetch, the relay answers 451 for a while, and
the database is unavailable for a few seconds.  The last line reads
``lost=L duplicated=D double_sent=S cases_per_s=X ratio_to_raw_fetch=R p95_ms=P``.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from faultkit import (FlakySink, TcpProxy, kill9, postgres_unavailable, restart_redis,  # noqa: E402
                      sqlite_locked, start_worker_process)
from loadmail import append_all, make_messages, raw_fetch_rate  # noqa: E402
from loadstats import collect, settled  # noqa: E402
from servers import free_port, start_dovecot, start_redis  # noqa: E402

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def database_url(choice: str, workdir: Path) -> str:
    if choice == "sqlite":
        return f"sqlite:///{workdir}/load.db"
    if choice != "postgres":
        return choice
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_ADMIN.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS consultant_load WITH (FORCE)"))
        conn.execute(text("CREATE DATABASE consultant_load"))
    engine.dispose()
    return PG_ADMIN.rsplit("/", 1)[0] + "/consultant_load"


def service_env(db_url: str, redis_url: str, proxy_port: int, sink_port: int, dovecot, workdir: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "CONSULTANT_DATABASE_URL": db_url, "CONSULTANT_BROKER_URL": redis_url,
        "CONSULTANT_VAR_DIR": str(workdir / "var"), "CONSULTANT_LOG_LEVEL": "WARNING",
        "CONSULTANT_IMAP_HOST": "127.0.0.1", "CONSULTANT_IMAP_PORT": str(proxy_port),
        "CONSULTANT_IMAP_USER": dovecot.user, "CONSULTANT_IMAP_PASSWORD": dovecot.password,
        "CONSULTANT_IMAP_TLS": "none", "CONSULTANT_IMAP_IDLE_SECONDS": "10",
        "CONSULTANT_SMTP_HOST": "127.0.0.1", "CONSULTANT_SMTP_PORT": str(sink_port), "CONSULTANT_SMTP_TLS": "none",
        "CONSULTANT_FROM_ADDRESS": "cases@consultant.test", "CONSULTANT_INTAKE_ADDRESSES": "cases@consultant.test",
        "CONSULTANT_MAX_CASES_PER_SENDER_PER_DAY": "1000000", "CONSULTANT_MAX_REPLIES_PER_SENDER_PER_DAY": "1000000",
        "CONSULTANT_VISIBILITY_TIMEOUT": "30", "CONSULTANT_SWEEP_AFTER_SECONDS": "60",
        "CONSULTANT_SECRET_KEY": "b" * 32,
    }


class Approver(threading.Thread):
    """Approves every drafted bench case, as a reviewer would."""

    def __init__(self, ctx) -> None:  # type: ignore[no-untyped-def]
        super().__init__(daemon=True)
        self.ctx, self.stop = ctx, threading.Event()

    def run(self) -> None:
        from sqlalchemy import select

        from consultant.db.models import Case
        from consultant.review import approve

        while not self.stop.wait(0.5):
            try:
                with self.ctx.db.session() as s:
                    ids = s.scalars(select(Case.id).where(Case.status == "drafted",
                                                          Case.message_id.like("<bench-%"))).all()
                for case_id in ids:
                    try:
                        approve(self.ctx, case_id, "bench@desk.test")
                    except Exception:  # broker or database fault: the sweeper or the next pass catches up
                        pass
            except Exception:
                pass


class Faults(threading.Thread):
    """Injects each fault once the run reaches a given fraction of drafts."""

    def __init__(self, run: "Run") -> None:
        super().__init__(daemon=True)
        self.run_ = run
        self.log: list[str] = []
        self.done = threading.Event()

    def _at(self, fraction: float, what: str) -> None:
        while not self.run_.stop.is_set() and self.run_.progress() < fraction:
            self.run_.stop.wait(0.2)
        self.log.append(f"{time.time() - self.run_.t0:7.1f}s  {what}")

    def run(self) -> None:
        r = self.run_
        self._at(0.10, "kill -9 worker 1 (and start a replacement)")
        kill9(r.workers[0])
        r.workers[0] = r.start_worker("w1b")
        self._at(0.25, "Redis killed and restarted empty")
        r.redis = restart_redis(r.redis)
        self._at(0.40, f"IMAP connection cut mid-fetch ({r.proxy.cut()} connections)")
        self._at(0.55, "SMTP relay answers 451 for 8 s")
        r.sink.failing.set()
        r.stop.wait(8)
        r.sink.failing.clear()
        self._at(0.70, "database unavailable for 5 s")
        with (sqlite_locked(r.db_url.split("///", 1)[1]) if r.db_url.startswith("sqlite")
              else postgres_unavailable(r.db_url.replace("postgresql://", "postgresql+psycopg://"))):
            r.stop.wait(5)
        self.log.append(f"{time.time() - r.t0:7.1f}s  database back")
        self.done.set()


class Run:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        from aiosmtpd.controller import Controller

        self.args, self.workdir, self.stop = args, workdir, threading.Event()
        self.dovecot, self.redis = start_dovecot(), start_redis()
        self.proxy = TcpProxy(self.dovecot.port)
        self.sink = FlakySink()
        self.smtp = Controller(self.sink, hostname="127.0.0.1", port=free_port())
        self.smtp.start()
        self.db_url = database_url(args.db, workdir)
        self.env = service_env(self.db_url, self.redis.url, self.proxy.port, self.smtp.port, self.dovecot, workdir)
        os.environ.update(self.env)
        self.workers: list = []
        self.t0 = 0.0
        self.ctx = None

    def start_worker(self, name: str):  # type: ignore[no-untyped-def]
        if self.args.profile:  # the same worker under cProfile; stats written on warm shutdown
            import subprocess

            Path(self.args.profile).mkdir(parents=True, exist_ok=True)
            out = Path(self.args.profile) / f"worker-{name}.prof"
            cmd = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "celery", "-A", "workers.celery_app",
                   "worker", "--pool=solo", "--concurrency=1", f"--hostname={name}@%h", "--loglevel=WARNING",
                   "--without-gossip", "--without-mingle", "--without-heartbeat"]
            log = (self.workdir / f"worker-{name}.log").open("ab")
            return subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **self.env, "PYTHONPATH": str(ROOT)},
                                    stdout=log, stderr=subprocess.STDOUT)
        return start_worker_process(self.env, name, self.workdir / f"worker-{name}.log")

    def progress(self) -> float:
        from sqlalchemy import func, select

        from consultant.db.models import Case, Draft

        try:
            with self.ctx.db.session() as s:  # type: ignore[union-attr]
                done = s.scalar(select(func.count(Draft.id)).join(Case, Case.id == Draft.case_id)
                                .where(Case.message_id.like("<bench-%"))) or 0
        except Exception:
            return 0.0
        return done / self.args.n

    def close(self) -> None:
        self.stop.set()
        for w in self.workers:
            w.terminate()
        for w in self.workers:
            try:
                w.wait(20)
            except Exception:
                w.kill()
        self.smtp.stop()
        self.proxy.close()
        self.redis.stop()
        self.dovecot.stop()


def warm_up(run: Run) -> None:
    """One case per worker before timing, so catalog loading is not measured."""
    from consultant.dispatch import enqueue_process
    from consultant.intake import account_id, store_message

    assert run.ctx is not None
    with run.ctx.db.session() as s:
        acct = account_id(s, "warm-up", "smtp")
    ids = [store_message(run.ctx, m, acct).case_id for m in make_messages(4, prefix="warm")]
    for case_id in ids:
        enqueue_process(run.ctx, case_id)
    wait_until(run, lambda: _statuses(run, ids) <= {"drafted"}, 300, "warm-up")


def _statuses(run: Run, ids: list[int]) -> set[str]:
    from sqlalchemy import select

    from consultant.db.models import Case

    with run.ctx.db.session() as s:  # type: ignore[union-attr]
        return set(s.scalars(select(Case.status).where(Case.id.in_(ids))))


def wait_until(run: Run, predicate, timeout: float, what: str) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except Exception:
            pass
        run.stop.wait(0.5)
    print(f"timed out waiting for {what} after {timeout:.0f} s", file=sys.stderr)
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--faults", action="store_true")
    parser.add_argument("--db", default="sqlite", help="sqlite, postgres, or a database URL")
    parser.add_argument("--timeout", type=float, default=0, help="seconds to wait for the run to settle")
    parser.add_argument("--profile", default="", help="folder for cProfile stats of the workers and the poller")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="consultant-load-", dir="/tmp"))
    run = Run(args, workdir)
    try:
        return execute(run, args)
    finally:
        run.close()
        keep = Path(tempfile.gettempdir()) / "consultant-load-logs"
        keep.mkdir(exist_ok=True)
        for log in workdir.glob("*.log"):
            shutil.copy(log, keep / log.name)
        shutil.rmtree(workdir, ignore_errors=True)


def _profiled(fn, out):  # type: ignore[no-untyped-def]
    """``fn`` under cProfile (this thread only) when ``out`` is a path."""
    if not out:
        return fn

    def wrapped(*a):  # type: ignore[no-untyped-def]
        import cProfile

        prof = cProfile.Profile()
        try:
            return prof.runcall(fn, *a)
        finally:
            prof.dump_stats(str(out))
    return wrapped


def execute(run: Run, args: argparse.Namespace) -> int:
    from consultant.context import Context
    from consultant.mail.poller import run_poller
    from consultant.settings import load_settings

    messages = make_messages(args.n)
    dc = run.dovecot
    append_all(dc.port, dc.user, dc.password, "RawFetch", messages)
    raw_n, raw_rate = raw_fetch_rate(dc.port, dc.user, dc.password, "RawFetch")
    print(f"raw IMAP fetch: {raw_n} messages at {raw_rate:.1f} msg/s (one client, batches of 25)")
    run.ctx = Context.build(load_settings())
    run.workers = [run.start_worker("w1"), run.start_worker("w2")]
    warm_up(run)
    poller = threading.Thread(target=_profiled(run_poller, args.profile and Path(args.profile) / "poller.prof"),
                              args=(run.ctx, run.stop, 4.0), daemon=True)
    poller.start()
    approver = Approver(run.ctx)
    approver.start()
    faults = Faults(run)
    run.t0 = time.time()
    if args.faults:
        faults.start()
    append_all(dc.port, dc.user, dc.password, "INBOX", messages)
    print(f"appended {args.n} messages in {time.time() - run.t0:.1f} s")
    expected = {f"<bench-{i}@load.test>" for i in range(args.n)}
    timeout = args.timeout or max(600.0, args.n * 1.0)
    wait_until(run, lambda: settled(collect(run.ctx, expected, run.sink.messages), True), timeout, "all drafts sent")
    if args.faults:
        faults.done.wait(5)
    fig = collect(run.ctx, expected, run.sink.messages)
    approver.stop.set()
    if args.profile:
        run.stop.set()
        poller.join(30)
    elapsed = (fig.last_draft - run.t0) if fig.last_draft else float("nan")
    cps = fig.drafted / elapsed if elapsed and elapsed > 0 else 0.0
    for line in faults.log:
        print("fault:", line)
    print(f"cases={fig.cases} drafts={fig.drafted} duplicates={fig.duplicated} missing={fig.lost} "
          f"approved={fig.approved} sent={fig.sent} delivered={fig.delivered} 451s={run.sink.refused}")
    print(f"statuses: {fig.statuses}")
    print(f"first APPEND to last draft: {elapsed:.1f} s; {cps:.2f} cases/s; "
          f"receipt->draft p50={fig.p50_ms:.0f} ms p95={fig.p95_ms:.0f} ms")
    print(f"lost={fig.lost} duplicated={fig.duplicated} double_sent={fig.double_sent} "
          f"cases_per_s={cps:.2f} ratio_to_raw_fetch={cps / raw_rate if raw_rate else 0:.4f} p95_ms={fig.p95_ms:.0f}")
    return 0 if not (fig.lost or fig.duplicated or fig.double_sent or fig.sent < fig.approved) else 1


if __name__ == "__main__":
    sys.exit(main())
