"""The ``consultant`` command.  Each group of subcommands lives in its own
module; this one only assembles them and turns a SettingsError into a clear
message and exit status 2."""
from __future__ import annotations

import sys

import click

from ..settings import SettingsError


@click.group()
@click.version_option(package_name="consultant")
def cli() -> None:
    """Email-driven medical coding consultation service."""


def _register() -> None:
    from . import codes, intake, queue, run, security, suggest, web

    for module in (intake, queue, run, codes, suggest, web, security):
        module.register(cli)


def main() -> None:
    _register()
    try:
        cli(standalone_mode=True)
    except SettingsError as exc:
        click.echo(f"consultant: {exc}", err=True)
        sys.exit(2)
