"""The engine's match indexes on disk: building them from the catalog takes
seconds, loading them a fraction of one.  The file sits in the catalog's own
cache directory and is named by the catalog's fingerprint plus a hash of the
engine modules that build the index, so a changed catalog or changed index
code never reads a stale file.  Any failure just means building in memory."""
from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from ..catalog.cache import dump_atomic

_HERE = Path(__file__).resolve().parent
_INDEX_CODE = ("catalog_view.py", "text.py", "lexicon.py", "index_cache.py")
FORMAT = 1


def _cache_dir() -> Path | None:
    try:
        from consultant.catalog.paths import catalog_dirs

        return Path(catalog_dirs().cache)
    except Exception:
        return None


def key() -> str | None:
    """Catalog fingerprint + index-code hash, or None when unknown."""
    try:
        from consultant.catalog import cache
        from consultant.catalog.paths import catalog_dirs

        digest = hashlib.sha256(f"{FORMAT}:{cache.fingerprint(catalog_dirs())}".encode())
    except Exception:
        return None
    for name in _INDEX_CODE:
        try:
            digest.update((_HERE / name).read_bytes())
        except OSError:
            return None
    return digest.hexdigest()[:20]


def read(k: str) -> dict | None:
    folder = _cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / f"engine-{k}.pickle", "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def write(k: str, obj: dict) -> None:
    folder = _cache_dir()
    if folder is None:
        return
    target = folder / f"engine-{k}.pickle"
    if not dump_atomic(folder, target, obj):
        return
    for old in folder.glob("engine-*.pickle"):
        if old != target:
            old.unlink(missing_ok=True)
