"""The long-running IMAP poller: IDLE when the server has it, polling when
not, reconnecting with capped exponential backoff, and a single leader per
mailbox (a Redis lock) when a Redis broker is configured."""
from __future__ import annotations

import random
import threading
import time
from contextlib import contextmanager
from typing import Iterator

from ..context import Context
from ..dispatch import sweep
from ..logs import get_logger
from .imap import account_name, connect, poll_once

log = get_logger(__name__)


def run_poller(ctx: Context, stop: threading.Event | None = None, max_backoff: float = 300.0) -> None:
    stop = stop or threading.Event()
    failures = 0
    while not stop.is_set():
        lost = threading.Event()  # set when the leader lock is lost (e.g. Redis restarted)
        halt = _Either(stop, lost)
        try:
            with leader_lock(ctx, stop, lost):
                while not halt.is_set():
                    try:
                        _session(ctx, halt)
                        failures = 0
                    except Exception as exc:  # network, auth, server restart: back off and retry
                        failures += 1
                        _back_off(halt, failures, max_backoff, exc)
        except Exception as exc:  # the lock's Redis is down: wait for it, never give up
            failures += 1
            _back_off(stop, failures, max_backoff, exc)


def _back_off(halt, failures: int, max_backoff: float, exc: Exception) -> None:  # type: ignore[no-untyped-def]
    delay = min(max_backoff, 2 ** min(failures, 10)) * (0.5 + random.random() / 2)
    log.warning("imap_reconnect", error=type(exc).__name__, detail=str(exc)[:200], delay=round(delay, 1))
    halt.wait(delay)


class _Either:
    """Quacks like an Event that is set when either of two events is."""

    def __init__(self, a: threading.Event, b: threading.Event) -> None:
        self.a, self.b = a, b

    def is_set(self) -> bool:
        return self.a.is_set() or self.b.is_set()

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self.is_set() and (left := deadline - time.monotonic()) > 0:
            self.a.wait(min(left, 0.5))
        return self.is_set()


def _session(ctx: Context, stop) -> None:  # type: ignore[no-untyped-def]
    s = ctx.settings
    client = connect(s)
    try:
        idle = client.has_capability("IDLE")
        while not stop.is_set():
            result = poll_once(ctx, client)
            if result.fetched or result.errors:
                log.info("imap_poll", fetched=result.fetched, created=result.created, errors=len(result.errors))
            sweep(ctx)
            if result.fetched and not stop.is_set():
                continue  # mail that arrived while this batch was worked was announced to our own commands, not to IDLE
            if idle:
                _idle(client, s.imap_idle_seconds, stop)
            else:
                stop.wait(s.imap_poll_seconds)
    finally:
        try:
            client.logout()
        except Exception:
            pass


def _idle(client, seconds: int, stop) -> None:  # type: ignore[no-untyped-def]
    """IDLE in short slices so a stop request is seen; re-issued well before 29 min."""
    client.idle()
    try:
        deadline = time.monotonic() + seconds
        while not stop.is_set() and time.monotonic() < deadline:
            if client.idle_check(timeout=min(5, seconds)):
                break
    finally:
        client.idle_done()


@contextmanager
def leader_lock(ctx: Context, stop: threading.Event, lost: threading.Event | None = None) -> Iterator[None]:
    """Hold ``consultant:poller:<mailbox>`` in Redis while polling (if Redis);
    ``lost`` is set if the lock cannot be kept, so the caller re-acquires it
    instead of polling without leadership."""
    url = ctx.settings.broker_url
    if not url.startswith(("redis://", "rediss://")):
        yield
        return
    import redis

    # thread_local=False: the keeper thread extends a lock this thread took.
    lock = redis.Redis.from_url(url).lock(f"consultant:poller:{account_name(ctx.settings)}", timeout=60,
                                          thread_local=False)
    while not stop.is_set() and not lock.acquire(blocking=True, blocking_timeout=5):
        log.info("poller_standby", reason="another poller holds the mailbox lock")
    lost = lost or threading.Event()
    keeper = threading.Thread(target=_keep, args=(lock, _Either(stop, lost), lost), daemon=True)
    keeper.start()
    try:
        yield
    finally:
        try:
            lock.release()
        except Exception:
            pass


def _keep(lock, halt, lost: threading.Event) -> None:  # type: ignore[no-untyped-def]
    while not halt.wait(20):
        try:
            lock.extend(60, replace_ttl=True)
        except Exception as exc:
            log.warning("poller_lock_lost", error=type(exc).__name__)
            lost.set()
