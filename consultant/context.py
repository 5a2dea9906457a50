"""The process-wide context: settings plus the database, built once.

Everything with I/O takes a Context (or pieces of it) as an argument so tests
can build their own with their own settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .db import Database
from .settings import Settings, get_settings


@dataclass
class Context:
    settings: Settings
    db: Database

    @classmethod
    def build(cls, settings: Settings, migrate: bool = True) -> "Context":
        db = Database(settings.database_url)
        if migrate:
            db.upgrade()
        return cls(settings=settings, db=db)


_override: Context | None = None


def use_context(ctx: Context | None) -> None:
    """Make ``get_context`` return ``ctx`` (embedding and tests); None resets."""
    global _override
    _override = ctx


def get_context() -> Context:
    """The process context (used by Celery tasks): the override, or one built
    once from environment settings."""
    return _override or _default_context()


@lru_cache(maxsize=1)
def _default_context() -> Context:
    return Context.build(get_settings())
