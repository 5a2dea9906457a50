"""The one dataclass that travels between processing stages.

Each stage reads what earlier stages filled in and adds its own part; only
the case's database id ever crosses the broker.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .mail.guard import Disposition
from .mail.headers import HeaderFacts
from .mail.parse import ParsedMessage
from .mail.render import Rendered


@dataclass
class CaseWork:
    case_id: int
    raw: bytes
    cases_today: int = 0
    released: bool = False  # staff released a held case: holds no longer apply
    headers: HeaderFacts | None = None
    disposition: Disposition | None = None
    parsed: ParsedMessage | None = None
    case_text: str = ""  # masked text exactly as the engine read it (spans index into it)
    result: dict[str, Any] = field(default_factory=dict)
    reply: Rendered | None = None
