"""Importers for new CMS releases and licensed AMA files.  Each one reads and
validates its whole input first, raising :class:`ImportFailed` that names the
file and line of the first malformed record, and only then writes its result
into the site overlay atomically (common.py), so a broken file changes
nothing.  Each returns an :class:`ImportReport` with counts.

``run_importer(kind, paths, dirs, **options)`` is the single entry point;
kinds: ama-cpt, hcpcs, pfs, mue, ncci-ptp.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path

from ..paths import CatalogDirs
from .common import ImportFailed, ImportReport

KINDS = {"ama-cpt": "ama_cpt", "hcpcs": "hcpcs", "pfs": "pfs", "mue": "mue", "ncci-ptp": "ncci_ptp"}

__all__ = ["KINDS", "ImportFailed", "ImportReport", "run_importer"]


def run_importer(kind: str, paths: list[Path], dirs: CatalogDirs, **options: object) -> ImportReport:
    """Run one importer; options without a value (None/"") are left out."""
    module = import_module(f".{KINDS[kind]}", __name__)
    given = {k: v for k, v in options.items() if v not in (None, "")}
    return module.run([Path(p) for p in paths], dirs, **given)
