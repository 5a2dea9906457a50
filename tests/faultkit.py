"""Fault injection for the fault tests and bench/load.py: a TCP proxy whose
connections can be cut, an SMTP sink that answers 451 while told to, a Redis
that can be killed and restarted on the same port, Celery worker processes
that can be killed with SIGKILL, and ways to make the database unavailable
(an exclusive SQLite lock; PostgreSQL table locks and terminated backends).
"""
from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from servers import Redis, free_port, wait_port

ROOT = Path(__file__).resolve().parents[1]


class TcpProxy:
    """Forward 127.0.0.1:port to a target; ``cut()`` drops every live
    connection at once (a network failure mid-fetch)."""

    def __init__(self, target_port: int) -> None:
        self.target, self.port = target_port, free_port()
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._socks += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cut(self) -> int:
        with self._lock:
            socks, self._socks = self._socks, []
        for s in socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass
        self.cuts += 1
        return len(socks) // 2

    def close(self) -> None:
        self._listener.close()
        self.cut()


@dataclass
class FlakySink:
    """aiosmtpd handler: 451 while ``failing`` is set, else store the message."""

    messages: list[bytes] = field(default_factory=list)
    failing: threading.Event = field(default_factory=threading.Event)
    refused: int = 0

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if self.failing.is_set():
            self.refused += 1
            return "451 4.3.0 relay busy, try later"
        self.messages.append(envelope.original_content or envelope.content)
        return "250 OK queued"


def restart_redis(redis: Redis, down: threading.Event | None = None) -> Redis:
    """SIGKILL redis-server (no persistence: queued tasks are lost) and start
    a fresh one on the same port."""
    redis.proc.kill()
    redis.proc.wait(10)
    if down is not None:
        down.wait()
    proc = subprocess.Popen(["redis-server", "--port", str(redis.port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(redis.port, proc)
    return Redis(redis.port, proc)


def start_worker_process(env: dict[str, str], name: str, log: Path, stub_engine: bool = False) -> subprocess.Popen:
    """A real ``celery worker`` subprocess (solo pool: SIGKILL takes the task
    it is running with it).  ``stub_engine`` swaps the coding engine for a
    trivial one so small fault tests need not load the catalog."""
    args = [sys.executable, str(ROOT / "tests" / "fault_worker.py")] if stub_engine else \
        [sys.executable, "-m", "celery", "-A", "workers.celery_app"]
    args += ["worker", "--pool=solo", "--concurrency=1", f"--hostname={name}@%h", "--loglevel=WARNING",
             "--without-gossip", "--without-mingle", "--without-heartbeat"]
    full = {**os.environ, **env, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(args, cwd=ROOT, env=full, stdout=log.open("ab"), stderr=subprocess.STDOUT)


def kill9(proc: subprocess.Popen) -> None:
    proc.kill()
    proc.wait(10)


@contextmanager
def sqlite_locked(path: str) -> Iterator[None]:
    """Hold an exclusive lock on the SQLite file: every other writer and
    reader waits (busy timeout) until the block ends."""
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        conn.execute("COMMIT")
        conn.close()


@contextmanager
def postgres_unavailable(url: str) -> Iterator[None]:
    """Lock the work tables against everyone, then on exit terminate every
    other backend of the database (their connections die mid-use)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("BEGIN"))
        conn.execute(text("LOCK TABLE cases, drafts, inbound_messages IN ACCESS EXCLUSIVE MODE"))
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
            conn.execute(text("COMMIT"))
    engine.dispose()
