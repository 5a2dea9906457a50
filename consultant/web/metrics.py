"""Prometheus metrics for the review app, one registry per app instance.

Request counts and latencies by route template, plus gauges read from the
database at scrape time (queue depth, oldest case age, failed sends), so
/metrics is always current without a background job.  A per-app registry
keeps tests that build many apps from colliding on metric names.
"""
from __future__ import annotations

import time
from typing import Any, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from starlette.types import ASGIApp, Receive, Scope, Send

from . import stats


class QueueCollector:
    """Reads the queue's numbers from the database on every scrape."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx

    def collect(self) -> Iterator[GaugeMetricFamily]:
        with self.ctx.db.session() as s:
            snap = stats.snapshot(s)
        yield GaugeMetricFamily("consultant_queue_depth", "Cases awaiting review", value=snap.queue_depth)
        yield GaugeMetricFamily("consultant_oldest_case_age_seconds", "Age of the oldest case awaiting review",
                                value=snap.oldest_age_seconds)
        yield GaugeMetricFamily("consultant_drafts_last_hour", "Drafts created in the last hour",
                                value=snap.drafts_last_hour)
        yield GaugeMetricFamily("consultant_send_failures", "Drafts whose send failed", value=snap.send_failures)


class Metrics:
    def __init__(self, ctx: Any) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("consultant_web_requests", "HTTP requests", ["method", "route", "status"],
                                registry=self.registry)
        self.latency = Histogram("consultant_web_request_seconds", "HTTP request latency", ["route"],
                                 registry=self.registry)
        self.registry.register(QueueCollector(ctx))


class MetricsMiddleware:
    """Counts every HTTP request by its route template (not its raw path)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = {"code": 500}

        async def send_wrapper(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        start = time.perf_counter()
        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            self.metrics.requests.labels(scope["method"], route, str(status["code"])).inc()
            self.metrics.latency.labels(route).observe(time.perf_counter() - start)
