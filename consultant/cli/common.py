"""Helpers shared by CLI modules: the context and JSON output."""
from __future__ import annotations

import json
from typing import Any

import click

from ..context import Context
from ..logs import configure
from ..settings import get_settings


def context() -> Context:
    settings = get_settings()
    configure(settings.log_level, settings.log_json)
    return Context.build(settings)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, default=str, ensure_ascii=False))
