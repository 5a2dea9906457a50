"""The compiled-catalog cache, in two layers under ``<catalog dir>/cache``.

1. ``catalog-<fingerprint>.pickle``: the whole compiled catalog.  The
   fingerprint hashes the path, size and modification time of each CPT and
   feature YAML file, the CMS files and bundling rules in use, every overlay
   file, and the catalog's own modules (so a code change rebuilds too).  Any
   change means a new name, so a stale cache is never read; older pickles are
   removed after a successful write.

2. ``parts/<kind>-<name>-<hash>.pickle``: one parsed source file (a CPT YAML
   file's entries and search tokens, the HCPCS, PFS, MUE and code-number
   files), named by a hash of the file's *content* and of the catalog's code.
   A rebuild re-parses only the files that changed.  Parts are
   content-addressed, so a catalog directory that lacks one borrows it from
   the default catalog directory (``$CONSULTANT_CATALOG_DIR``): tests that
   compile into temporary catalog directories share the suite's parts.

Writes go to a temporary name and are moved into place (``os.replace``), so a
reader never sees half a file.  Compiles of one catalog directory are
serialised by a lock file (``cache/.compile.lock``); a process that waited
finds the other's fresh pickle and loads it instead of compiling again.  A
cache directory that cannot be written is not an error: the catalog is then
compiled in memory each time.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from .paths import BUNDLING_DIR, CMS_DIR, CPT_DIR, FEATURES_DIR, CatalogDirs, catalog_dirs

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: compiles are simply not serialised
    fcntl = None  # type: ignore[assignment]

_CODE_DIR = Path(__file__).resolve().parent
FORMAT = 2
LOCK_WAIT = 300.0  # seconds to wait for another process's compile before compiling anyway
_READ_ERRORS = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError,
                TypeError, ValueError)


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


def _load(path: Path) -> object | None:
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except _READ_ERRORS:
        return None


def dump_atomic(folder: Path, target: Path, obj: object) -> bool:
    """Pickle ``obj`` to ``target`` through a temporary file; False on failure."""
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
        return True
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False


def read(dirs: CatalogDirs, key: str) -> object | None:
    """The cached object for ``key``, or None when absent or unreadable."""
    return _load(cache_path(dirs, key))


def write(dirs: CatalogDirs, key: str, obj: object) -> Path | None:
    """Store ``obj`` atomically and drop older cache files; None on failure."""
    target = cache_path(dirs, key)
    if not dump_atomic(dirs.cache, target, obj):
        return None
    for old in dirs.cache.glob("catalog-*.pickle"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


@contextlib.contextmanager
def compile_lock(dirs: CatalogDirs) -> Iterator[bool]:
    """Hold the catalog directory's compile lock (yields False when it
    cannot be taken: unwritable directory, no fcntl, or waited too long)."""
    if fcntl is None:
        yield False
        return
    try:
        dirs.cache.mkdir(parents=True, exist_ok=True)
        fd = os.open(dirs.cache / ".compile.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                held = True
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    held = False
                    break
                time.sleep(0.05)
            except OSError:
                held = False
                break
        try:
            yield held
        finally:
            if held:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# per-source-file parts ---------------------------------------------------------
_code_version: str | None = None


def code_version() -> str:
    """A hash of the catalog's own modules: parts made by other code are not reused."""
    global _code_version
    if _code_version is None:
        digest = hashlib.sha256(f"format={FORMAT}".encode())
        for path in sorted(_CODE_DIR.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _code_version = digest.hexdigest()[:16]
    return _code_version


class PartStore:
    """Content-addressed parsed source files for one catalog directory."""

    def __init__(self, dirs: CatalogDirs) -> None:
        self.folder = dirs.cache / "parts"
        self.borrow: list[Path] = []
        try:
            default = catalog_dirs()
        except OSError:  # pragma: no cover - unresolvable working directory
            default = dirs
        if default.root != dirs.root:
            self.borrow.append(default.cache / "parts")
        self.used: set[str] = set()

    @staticmethod
    def name(kind: str, source: str, data: bytes) -> str:
        digest = hashlib.sha256(f"{kind}\0{source}\0{code_version()}\0".encode())
        digest.update(data)
        stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in source)[:80]
        return f"{kind}-{stem}-{digest.hexdigest()[:20]}.pickle"

    def get(self, name: str) -> object | None:
        self.used.add(name)
        for folder in (self.folder, *self.borrow):
            obj = _load(folder / name)
            if obj is not None:
                return obj
        return None

    def put(self, name: str, obj: object) -> None:
        self.used.add(name)
        dump_atomic(self.folder, self.folder / name, obj)

    def prune(self) -> None:
        """Drop this directory's parts that the last compile did not use."""
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.pickle"):
            if path.name not in self.used:
                path.unlink(missing_ok=True)
