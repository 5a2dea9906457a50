"""``consultant rekey``: re-seal stored raw messages with the newest key.

Key rotation: put a new Fernet key first in CONSULTANT_ENCRYPTION_KEYS (old
keys after it, so old data still opens), run ``consultant rekey``, then drop
the old keys.  See docs/RELIABILITY.md.
"""
from __future__ import annotations

import click

from .common import context


@click.command()
def rekey() -> None:
    """Re-encrypt every stored raw message with the first configured key."""
    from ..crypto import rekey as run
    from ..errors import PermanentError

    try:
        count = run(context())
    except PermanentError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"rekey: {count} raw messages sealed with the newest key")


def register(cli: click.Group) -> None:
    cli.add_command(rekey)
