"""The Celery application, configured from consultant settings in one dict.

acks_late + reject_on_worker_lost so a killed worker's tasks are redelivered
(every task is idempotent); a short Redis visibility timeout so redelivery
takes minutes, not an hour; retry delays stay below it.
"""
from __future__ import annotations

from celery import Celery
from celery.signals import after_setup_logger, worker_init

from consultant.settings import Settings, get_settings


def celery_config(s: Settings) -> dict[str, object]:
    return {
        "broker_url": s.broker_url or "memory://",
        "result_backend": s.result_backend or None,
        "task_serializer": "json",
        "result_serializer": "json",
        "accept_content": ["json"],
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "task_time_limit": s.task_time_limit,
        "task_soft_time_limit": max(1, s.task_time_limit - 10),
        "worker_prefetch_multiplier": 1,
        "broker_transport_options": {"visibility_timeout": s.visibility_timeout},
        "broker_connection_retry_on_startup": True,
        "task_always_eager": not s.broker_url,
        "task_ignore_result": True,
        "beat_schedule": {
            "poll-mailbox": {"task": "workers.tasks.poll_mailbox", "schedule": float(s.imap_poll_seconds)},
            "sweep": {"task": "workers.tasks.sweep", "schedule": 60.0},
        },
    }


def make_app(s: Settings | None = None) -> Celery:
    app = Celery("consultant", include=["workers.tasks"])
    app.conf.update(celery_config(s or get_settings()))
    return app


app = make_app()


@worker_init.connect
def _warm_engine(**_kwargs: object) -> None:
    """Load the catalog and engine before forking, so no task pays for it."""
    from consultant.engine import warm

    warm()


@after_setup_logger.connect
def _phi_safe_logging(**_kwargs: object) -> None:
    """The consultant log setup (PHI filter, structlog through the stdlib at
    the configured level) instead of structlog's default, which printed every
    event, unscrubbed and at any level, to a stdout Celery re-logs."""
    from consultant.logs import configure

    s = get_settings()
    configure(s.log_level, s.log_json)
