"""``consultant web``, ``consultant users add`` and ``consultant audit export``:
the review web app and its accounts and audit trail from a terminal."""
from __future__ import annotations

import sys
from datetime import datetime

import click

from .common import context


@click.command("web")
@click.option("--host", default=None, help="listen address (default: settings.web_host)")
@click.option("--port", type=int, default=None, help="listen port (default: settings.web_port)")
def web(host: str | None, port: int | None) -> None:
    """Serve the review web app."""
    import uvicorn

    from ..web import create_app

    ctx = context()
    host = host or ctx.settings.web_host
    port = port if port is not None else ctx.settings.web_port
    if not ctx.settings.secret_key:
        click.echo("note: CONSULTANT_SECRET_KEY is empty; sessions are still random server-side tokens", err=True)
    click.echo(f"review web app: http://{host}:{port}/")
    uvicorn.run(create_app(ctx), host=host, port=port, log_level="warning", proxy_headers=True)


@click.group()
def users() -> None:
    """Staff accounts for the review web app."""


@users.command("add")
@click.argument("email")
@click.option("--role", type=click.Choice(["reviewer", "admin"]), required=True)
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
def users_add(email: str, role: str, password_stdin: bool) -> None:
    """Create an account, or reset its password and role."""
    from ..audit import record
    from ..web.auth import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    ctx = context()
    try:
        with ctx.db.session() as s:
            user = add_user(s, email, role, password)
            record(s, "cli", "user_add", entity="user", entity_id=user.id, new={"email": user.email, "role": role})
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"user {email.strip().lower()} ({role}) saved")


@click.group()
def audit() -> None:
    """The audit trail."""


@audit.command("export")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None, help="CSV file (default stdout)")
@click.option("--case", "case_id", type=int, default=None, help="only this case")
@click.option("--since", type=click.DateTime(), default=None, help="only events at or after this time (UTC)")
def audit_export(out: str | None, case_id: int | None, since: datetime | None) -> None:
    """Write every audit event as CSV."""
    from ..web.audit_export import write_csv

    ctx = context()
    with ctx.db.session() as s:
        if out:
            with open(out, "w", newline="", encoding="utf-8") as fh:
                count = write_csv(s, fh, case_id, since)
            click.echo(f"{count} events written to {out}", err=True)
        else:
            write_csv(s, sys.stdout, case_id, since)


def register(cli: click.Group) -> None:
    for command in (web, users, audit):
        cli.add_command(command)
