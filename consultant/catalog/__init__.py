"""The code catalog: CPT codes in the team's own words, HCPCS Level II, CMS
payment indicators and unit limits, bundling edits, and search.

``get_catalog()`` is the one entry point: it returns a process-wide
:class:`Catalog`, loading the compiled cache when its fingerprint matches
the sources and compiling (then caching) otherwise.  See docs/CATALOG.md.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from . import cache
from .build import compile_catalog
from .bundling import NCCI_DB
from .catalog import Catalog
from .model import BundleEdit, CodeEntry, Dosage, Range
from .paths import CatalogDirs, catalog_dirs

__all__ = ["BundleEdit", "Catalog", "CodeEntry", "Dosage", "Range", "get_catalog", "load_catalog"]

_lock = threading.Lock()
_loaded: dict[Path, tuple[str, Catalog]] = {}


def load_catalog(dirs: CatalogDirs, use_cache: bool = True) -> tuple[Catalog, str]:
    """Build a Catalog for ``dirs``: from the cache when fresh, else compile.
    Returns the catalog and its fingerprint."""
    key = cache.fingerprint(dirs)
    if not use_cache:
        return Catalog(compile_catalog(dirs), dirs.overlay / NCCI_DB), key
    compiled = cache.read(dirs, key)
    if compiled is None:
        # one compile per catalog directory at a time: a process that waited
        # here finds the other's fresh cache and loads it instead
        with cache.compile_lock(dirs):
            key = cache.fingerprint(dirs)
            compiled = cache.read(dirs, key)
            if compiled is None:
                compiled = compile_catalog(dirs, store=cache.PartStore(dirs))
                cache.write(dirs, key, compiled)
    return Catalog(compiled, dirs.overlay / NCCI_DB), key  # type: ignore[arg-type]


def get_catalog(root: str | os.PathLike[str] | None = None, reload: bool = False) -> Catalog:
    """The shared catalog for a catalog directory (default from the
    environment, see paths.py).  ``reload=True`` re-checks the sources and
    rebuilds when anything changed (importers call it after writing)."""
    dirs = catalog_dirs(root)
    with _lock:
        held = _loaded.get(dirs.root)
        if held is not None and not reload:
            return held[1]
        if held is not None and held[0] == cache.fingerprint(dirs):
            return held[1]
        catalog, key = load_catalog(dirs)
        _loaded[dirs.root] = (key, catalog)
        return catalog
