"""``consultant users add``, ``consultant audit export`` and ``consultant web --help``."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from consultant.audit import record
from consultant.cli import _register, cli
from consultant.context import Context
from consultant.db.models import User
from consultant.settings import get_settings, load_settings
from consultant.web.auth import verify_password


@pytest.fixture
def cli_ctx(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/cli.db"
    monkeypatch.setenv("CONSULTANT_DATABASE_URL", url)
    monkeypatch.setenv("CONSULTANT_VAR_DIR", str(tmp_path / "var"))
    get_settings.cache_clear()
    _register()
    ctx = Context.build(load_settings(database_url=url, var_dir=tmp_path / "var"))
    yield ctx
    ctx.db.dispose()
    get_settings.cache_clear()


def run(*args: str, stdin: str = "") -> tuple[int, str]:
    """Exit code and standard output (logs go to standard error)."""
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout if result.exit_code == 0 else result.output


def test_users_add_from_stdin(cli_ctx):
    code, out = run("users", "add", "Rev@Office.test", "--role", "reviewer", "--password-stdin",
                    stdin="a long password\n")
    assert code == 0, out
    with cli_ctx.db.session() as s:
        user = s.scalars(select(User)).one()
        assert (user.email, user.role) == ("rev@office.test", "reviewer")
        assert verify_password(user, "a long password")


def test_users_add_refuses_bad_input(cli_ctx):
    code, out = run("users", "add", "a@b.test", "--role", "reviewer", "--password-stdin", stdin="short\n")
    assert code == 2 and "at least 8" in out
    code, out = run("users", "add", "a@b.test", "--role", "king", "--password-stdin", stdin="long enough\n")
    assert code == 2


def test_audit_export_csv(cli_ctx, tmp_path):
    with cli_ctx.db.session() as s:
        record(s, "rev@office.test", "edit", 7, old={"codes": ["47562x1"]}, new={"codes": ["47563x1"]})
        record(s, "rev@office.test", "note", 7, note="=HYPERLINK(\"x\")")
    out = tmp_path / "audit.csv"
    code, text = run("audit", "export", "--out", str(out))
    assert code == 0, text
    rows = list(csv.DictReader(out.open()))
    assert [r["action"] for r in rows] == ["edit", "note"]
    assert json.loads(rows[0]["old"]) == {"codes": ["47562x1"]} and json.loads(rows[0]["new"]) == {"codes": ["47563x1"]}
    assert rows[1]["note"].startswith("'=")  # no spreadsheet formula injection
    code, text = run("audit", "export", "--case", "8")
    assert code == 0 and list(csv.reader(io.StringIO(text))) == [
        ["id", "at", "actor", "action", "case_id", "entity", "entity_id", "old", "new", "note"]]


def test_web_command_is_registered(cli_ctx):
    code, out = run("web", "--help")
    assert code == 0 and "--host" in out and "--port" in out
