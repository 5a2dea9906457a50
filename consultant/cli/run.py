"""``consultant serve | demo | worker | db upgrade | sweep | purge``."""
from __future__ import annotations

import socket
import threading

import click

from .common import context


def _free(host: str, port: int) -> int:
    """``port`` if it is free on ``host``, else an ephemeral one."""
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            sock.bind((host, 0))
        return sock.getsockname()[1]


class Service:
    """Everything in one process on the embedded defaults."""

    def __init__(self, ctx, host: str | None = None, port: int | None = None) -> None:  # type: ignore[no-untyped-def]
        self.ctx, self.stop = ctx, threading.Event()
        self.web_host = host or ctx.settings.web_host
        self.web_port = port if port is not None else ctx.settings.web_port
        self.smtpd = None

    def start_background(self) -> None:
        from ..mail.smtpd import start_smtpd

        s = self.ctx.settings
        self.smtpd = start_smtpd(self.ctx, s.smtpd_host, _free(s.smtpd_host, s.smtpd_port))
        click.echo(f"smtp intake: {self.smtpd.hostname}:{self.smtpd.port} for {', '.join(s.intake_address_list)}")
        if s.imap_host:
            from ..mail.poller import run_poller

            threading.Thread(target=run_poller, args=(self.ctx, self.stop), daemon=True).start()
            click.echo(f"imap poller: {s.imap_user}@{s.imap_host}:{s.imap_port}/{s.imap_folder}")
        threading.Thread(target=self._sweeper, daemon=True).start()
        from ..engine import warm

        threading.Thread(target=warm, daemon=True).start()

    def _sweeper(self) -> None:
        from ..dispatch import sweep

        while not self.stop.wait(60):
            try:
                sweep(self.ctx)
            except Exception as exc:  # keep sweeping; the next pass retries
                click.echo(f"sweep failed: {type(exc).__name__}", err=True)

    def serve_web(self) -> None:
        """Serve the review web app in the foreground (blocks until Ctrl-C)."""
        try:
            from ..web import create_app
        except ImportError:
            click.echo("web app not available; serving mail only (Ctrl-C to stop)")
            self._wait()
            return
        import uvicorn

        port = _free(self.web_host, self.web_port)
        click.echo(f"review web app: http://{self.web_host}:{port}/")
        uvicorn.run(create_app(self.ctx), host=self.web_host, port=port, log_level="warning")

    def _wait(self) -> None:
        try:
            self.stop.wait()
        except KeyboardInterrupt:
            pass

    def close(self) -> None:
        self.stop.set()
        if self.smtpd is not None:
            self.smtpd.stop()


@click.command()
@click.option("--host", default=None, help="web app host")
@click.option("--port", type=int, default=None, help="web app port")
def serve(host: str | None, port: int | None) -> None:
    """Run the whole service in one process (SMTP intake, work, web app, poller)."""
    service = Service(context(), host, port)
    service.start_background()
    try:
        service.serve_web()
    finally:
        service.close()


@click.command()
@click.option("--serve/--no-serve", "keep_serving", default=True, help="keep serving after the demo")
def demo(keep_serving: bool) -> None:
    """Send the bundled sample cases to ourselves, approve them, send the replies."""
    from ..db.models import CaseStatus
    from ..demo import send_demo_cases, wait_for
    from ..errors import InvalidTransition
    from ..review import approve

    from ..engine import warm

    ctx = context()
    click.echo("loading the code catalog and engine (the first run compiles the catalog)...")
    click.echo(f"ready in {warm():.1f} s")
    service = Service(ctx)
    service.start_background()
    assert service.smtpd is not None
    try:
        ids = send_demo_cases(service.smtpd.hostname, service.smtpd.port, ctx.settings.intake_address_list[0])
        cases = wait_for(ctx, ids)
        drafted = [c for c in cases if c.status == CaseStatus.drafted.value]
        for case in drafted:
            try:
                approve(ctx, case.id, "demo")
            except InvalidTransition as exc:
                click.echo(f"case {case.id}: {exc}", err=True)
        final = wait_for(ctx, ids)
        sent = [c for c in final if c.status == CaseStatus.sent.value]
        for c in final:
            click.echo(f"  case {c.id}: {c.status:<8} {c.top_code or '-':<6} {c.subject}")
        where = ctx.settings.outbox_dir if ctx.settings.smtp_host == "sink" else ctx.settings.smtp_host
        click.echo(f"replies: {where}   queue: consultant queue list   database: {ctx.settings.database_url}")
        click.echo(f"demo: {len(cases)} received, {len(drafted)} drafted, {len(sent)} sent")
        if keep_serving:
            service.serve_web()
    finally:
        service.close()


@click.command()
@click.option("--concurrency", "-c", type=int, default=2)
@click.option("--beat/--no-beat", default=False, help="also run the beat scheduler in this worker")
def worker(concurrency: int, beat: bool) -> None:
    """Run a Celery worker (needs CONSULTANT_BROKER_URL)."""
    ctx = context()
    if ctx.settings.eager:
        raise click.ClickException("CONSULTANT_BROKER_URL is empty: work runs in-process; no worker needed")
    from workers.celery_app import app

    argv = ["worker", "--loglevel=INFO", f"--concurrency={concurrency}"] + (["--beat"] if beat else [])
    app.worker_main(argv)


@click.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply migrations up to the latest schema."""
    ctx = context()
    click.echo(f"database at head: {ctx.settings.database_url.split('@')[-1]}")


@click.command("sweep")
def sweep_cmd() -> None:
    """Re-enqueue cases and drafts stuck past the deadline."""
    from ..dispatch import sweep

    counts = sweep(context())
    click.echo(f"sweep: {counts['cases']} cases, {counts['drafts']} drafts re-enqueued")


@click.command()
@click.option("--older-than", "older_than", default="90d", help="age like 90d or 12h")
def purge(older_than: str) -> None:
    """Remove raw messages and derived text past retention; keep the audit trail."""
    from ..retention import parse_age, purge as run

    count = run(context(), parse_age(older_than))
    click.echo(f"purge: {count} cases purged (older than {older_than})")


def register(cli: click.Group) -> None:
    for command in (serve, demo, worker, db, sweep_cmd, purge):
        cli.add_command(command)
