"""``consultant poll | poller | smtpd``: the two intakes."""
from __future__ import annotations

import signal
import threading

import click

from .common import context


@click.command()
def poll() -> None:
    """Fetch new case emails from the IMAP folder once."""
    from ..mail.imap import connect, poll_once

    ctx = context()
    if not ctx.settings.imap_host:
        raise click.ClickException("CONSULTANT_IMAP_HOST is not set; nothing to poll")
    client = connect(ctx.settings)
    try:
        result = poll_once(ctx, client)
    finally:
        client.logout()
    click.echo(f"poll: {result.fetched} fetched, {result.created} new cases, "
               f"{result.duplicates} already known, {len(result.errors)} errors")
    for err in result.errors:
        click.echo(f"  {err}", err=True)


@click.command()
def poller() -> None:
    """Watch the IMAP folder (IDLE or polling) until stopped."""
    from ..mail.poller import run_poller

    ctx = context()
    if not ctx.settings.imap_host:
        raise click.ClickException("CONSULTANT_IMAP_HOST is not set; nothing to poll")
    stop = _stop_on_signals()
    run_poller(ctx, stop)


@click.command()
@click.option("--host", default=None)
@click.option("--port", type=int, default=None)
def smtpd(host: str | None, port: int | None) -> None:
    """Accept case emails over SMTP for the intake addresses."""
    from ..mail.smtpd import start_smtpd

    ctx = context()
    controller = start_smtpd(ctx, host, port)
    click.echo(f"smtpd: listening on {controller.hostname}:{controller.port} for "
               f"{', '.join(ctx.settings.intake_address_list)}")
    stop = _stop_on_signals()
    stop.wait()
    controller.stop()


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def register(cli: click.Group) -> None:
    for command in (poll, poller, smtpd):
        cli.add_command(command)
