"""What every importer shares: the failure type that names file and line, the
report of counts, code-number patterns, and atomic writes into the overlay
(write a temporary file in the same folder, then ``os.replace``), plus the
``versions.json`` update that records which release a site imported.
"""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..paths import CatalogDirs

CPT_RE = re.compile(r"^\d{4}[0-9FTUM]$")
HCPCS_RE = re.compile(r"^[A-V]\d{4}$")
CODE_RE = re.compile(r"^(\d{4}[0-9FTUM]|[A-V]\d{4})$")


class ImportFailed(Exception):
    """A file was rejected; nothing was written.  The message names the file
    and, where one is to blame, the line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path, self.line = str(path), line


@dataclass
class ImportReport:
    """What an importer read and wrote."""

    kind: str
    counts: dict[str, int] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)

    def __str__(self) -> str:
        counts = ", ".join(f"{k}: {v}" for k, v in self.counts.items())
        files = ", ".join(p.name for p in self.written)
        return f"import {self.kind}: {counts} -> {files}"


def atomic_bytes(target: Path, data: bytes) -> Path:
    """Write bytes to ``target`` so readers see the old or the new file, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def gzip_bytes(text: str) -> bytes:
    """Deterministic gzip (no timestamp) of UTF-8 text."""
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as fh:
        fh.write(text.encode("utf-8"))
    return buf.getvalue()


def csv_text(fields: list[str], rows: Iterable[dict[str, object]]) -> str:
    """CSV text with a header row."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fields, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def write_gzip_csv(target: Path, fields: list[str], rows: Iterable[dict[str, object]]) -> Path:
    return atomic_bytes(target, gzip_bytes(csv_text(fields, rows)))


def record_version(dirs: CatalogDirs, key: str, label: str, source: Path) -> Path:
    """Note in versions.json which release now feeds ``key``."""
    path = dirs.overlay_file("versions")
    versions = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    versions[key] = label or f"imported from {source.name} on {dt.date.today().isoformat()}"
    return atomic_bytes(path, json.dumps(versions, indent=2, sort_keys=True).encode())


def read_lines(path: Path) -> list[str]:
    """All lines of a text file (UTF-8, falling back to Latin-1), without endings."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.splitlines()


def yyyymmdd(path: Path, line: int, text: str, allow_star: bool = False) -> str:
    """YYYYMMDD -> ISO date; '*' -> '' when allowed; else ImportFailed."""
    text = text.strip()
    if allow_star and text in ("*", ""):
        return ""
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date().isoformat()
    except ValueError:
        raise ImportFailed(path, line, f"bad date {text!r} (want YYYYMMDD)") from None
