"""The web app's narrow view of the code catalog.

The catalog (``consultant.catalog.get_catalog()``) answers ``get``,
``search``, ``mue`` and ``bundling``; this module turns its answers into
small dicts for pages and JSON, and degrades to "no catalog" (every code
unknown, no hits) when the catalog cannot be loaded, so the review screen
still works for approving what the engine wrote.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)


class _NoCatalog:
    def get(self, code: str) -> None:
        return None

    def search(self, text: str, limit: int = 10) -> list[Any]:
        return []

    def mue(self, code: str) -> None:
        return None

    def bundling(self, a: str, b: str) -> None:
        return None


@lru_cache(maxsize=1)
def catalog() -> Any:
    try:
        from ..catalog import get_catalog

        return get_catalog()
    except Exception:  # noqa: BLE001 - the catalog is optional for the review screen
        log.exception("code catalog unavailable; code lookups disabled")
        return _NoCatalog()


def _field(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def describe(entry: Any) -> dict[str, Any]:
    """A code entry as a small JSON-ready dict."""
    if isinstance(entry, tuple):  # (entry, score) from a ranked search
        entry = entry[0]
    return {
        "code": str(_field(entry, "code", "")),
        "system": _field(entry, "system", "") or "",
        "short": _field(entry, "short", "") or "",
        "addon": bool(_field(entry, "addon", False)),
        "parents": list(_field(entry, "parents", []) or []),
        "active": not _field(entry, "deleted", ""),
    }


def lookup(code: str) -> dict[str, Any] | None:
    entry = catalog().get(code.strip().upper())
    return describe(entry) if entry is not None else None


def search(text: str, limit: int = 10) -> list[dict[str, Any]]:
    text = text.strip()
    if not text:
        return []
    hits: list[dict[str, Any]] = []
    exact = lookup(text) if len(text) == 5 else None
    if exact:
        hits.append(exact)
    for entry in catalog().search(text, limit) or []:
        item = describe(entry)
        if item["code"] and all(h["code"] != item["code"] for h in hits):
            hits.append(item)
    return hits[:limit]


def mue(code: str) -> int | None:
    value = catalog().mue(code)
    if value is None:
        return None
    if isinstance(value, (tuple, list)):  # (units per day, MAI)
        value = value[0] if value else None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def bundling(a: str, b: str) -> dict[str, Any] | None:
    edit = catalog().bundling(a, b)
    if not edit:
        return None
    if _field(edit, "deleted", "") or _field(edit, "modifier_indicator", 0) == 9:
        return None
    return {"column1": _field(edit, "column1", a), "column2": _field(edit, "column2", b),
            "modifier_indicator": _field(edit, "modifier_indicator", 0), "reason": _field(edit, "reason", "")}
