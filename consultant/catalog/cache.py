"""The compiled-catalog cache: a pickle under ``<catalog dir>/cache`` named by
a fingerprint of every source it was built from.

The fingerprint hashes the path, size and modification time of each CPT and
feature YAML file, the CMS files and bundling rules in use, every overlay
file, and the catalog's own modules (so a code change rebuilds too).  Any
change means a new name, so a stale cache is never read; older pickles are
removed after a successful write.  A cache directory that cannot be written
is not an error: the catalog is then compiled in memory each time.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from .paths import BUNDLING_DIR, CMS_DIR, CPT_DIR, FEATURES_DIR, CatalogDirs

_CODE_DIR = Path(__file__).resolve().parent
FORMAT = 1


def _source_files(dirs: CatalogDirs) -> list[Path]:
    files: list[Path] = []
    for folder, pattern in ((CPT_DIR, "*.yaml"), (FEATURES_DIR, "*.yaml"), (CMS_DIR, "*"),
                            (BUNDLING_DIR, "*.yaml"), (dirs.overlay, "*"), (_CODE_DIR, "**/*.py")):
        if folder.is_dir():
            files.extend(sorted(folder.glob(pattern)))
    # NCCI edits are queried live from SQLite, never compiled in
    return [f for f in files if f.suffix != ".sqlite" and not f.name.startswith(".")]


def fingerprint(dirs: CatalogDirs) -> str:
    """A short hash that changes whenever any source changes."""
    digest = hashlib.sha256(f"format={FORMAT};root={dirs.root}".encode())
    for path in _source_files(dirs):
        try:
            st = path.stat()
        except FileNotFoundError:  # a file vanished while we looked
            continue
        digest.update(f"{path}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:20]


def cache_path(dirs: CatalogDirs, key: str) -> Path:
    return dirs.cache / f"catalog-{key}.pickle"


def read(dirs: CatalogDirs, key: str) -> object | None:
    """The cached object for ``key``, or None when absent or unreadable."""
    path = cache_path(dirs, key)
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def write(dirs: CatalogDirs, key: str, obj: object) -> Path | None:
    """Store ``obj`` atomically and drop older cache files; None on failure."""
    target = cache_path(dirs, key)
    try:
        dirs.cache.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dirs.cache, prefix=".catalog-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except OSError:
        return None
    for old in dirs.cache.glob("catalog-*.pickle"):
        if old != target:
            old.unlink(missing_ok=True)
    return target
