"""Shared fixtures: settings and a migrated database per test (SQLite, and
PostgreSQL too when DATABASE_URL is set), and the real servers."""
from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).parent))

# One compiled code catalog for the whole run: every test process, and every
# subprocess it starts, loads the catalog from this directory (the first
# compiles it under a lock, the rest reuse the cache; see docs/CATALOG.md).
os.environ.setdefault("CONSULTANT_CATALOG_DIR", str(Path(__file__).resolve().parent.parent / "var" / "catalog"))

from servers import start_dovecot, start_redis, start_sink  # noqa: E402

from consultant.context import Context  # noqa: E402
from consultant.settings import load_settings  # noqa: E402


def _db_params() -> list[str]:
    return ["sqlite", "postgres"] if os.environ.get("DATABASE_URL") else ["sqlite"]


def _normalise(url: str) -> str:
    from consultant.settings import Settings

    return Settings.model_validate({"database_url": url}).database_url


@pytest.fixture(scope="session")
def postgres_url():
    """A database of this test session's own on the DATABASE_URL server, so
    parallel runs on one server never reset each other's schema."""
    from sqlalchemy.engine import make_url

    base = make_url(_normalise(os.environ["DATABASE_URL"]))
    name = f"consultant_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _reset_postgres(url: str) -> str:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(params=_db_params())
def db_url(request, tmp_path: Path) -> str:
    if request.param == "postgres":
        return _reset_postgres(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{tmp_path}/consultant.db"


@pytest.fixture
def make_ctx(db_url: str, tmp_path: Path):
    """Build a Context with test settings; keyword arguments override."""
    built: list[Context] = []

    def make(**overrides) -> Context:
        values = dict(database_url=db_url, var_dir=tmp_path / "var", smtp_host="sink",
                      secret_key="t" * 32, intake_addresses="cases@consultant.test",
                      from_address="cases@consultant.test")
        values.update(overrides)
        ctx = Context.build(load_settings(**values))
        built.append(ctx)
        return ctx

    yield make
    for ctx in built:
        ctx.db.dispose()


@pytest.fixture
def ctx(make_ctx) -> Context:
    return make_ctx()


@pytest.fixture(scope="session")
def dovecot():
    server = start_dovecot()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server():
    server = start_redis()
    yield server
    server.stop()


@pytest.fixture
def imap_folder(dovecot):
    """A fresh folder per test on the session's Dovecot, so tests never see each
    other's mail; yields a logged-in client and the folder name."""
    from imapclient import IMAPClient

    folder = f"Cases{uuid.uuid4().hex[:8]}"
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False)
    client.login(dovecot.user, dovecot.password)
    client.create_folder(folder)
    yield client, folder
    client.logout()


@pytest.fixture
def sink():
    controller, handler = start_sink()
    yield controller, handler
    controller.stop()
